import { useState, type ReactNode } from 'react';
import type { Client } from '../../../../shared/schema';
import type { ClientSummary } from '../../../../shared/domain/clientSummary';
import { useModel, useModelSelector } from '../../state/ModelContext';
import { useToast } from '../../ui/Toasts';
import { ConfirmDialog } from '../../ui/Dialog';

/** What the actions need of a client: their row in the list, or their record. */
type ClientLike = Pick<ClientSummary, 'id' | 'name'>;

function displayName(client: ClientLike): string {
  return client.name.trim() || 'this client';
}

function worksheetsPhrase(count: number): string {
  if (count === 0) return 'They have no worksheets yet.';
  return count === 1
    ? 'Their one worksheet goes with them.'
    : `Their ${count} worksheets go with them.`;
}

/**
 * Archive, restore and delete a client, each with a toast that can take it back. Delete asks
 * first: render `dialog` somewhere on the page.
 */
export function useClientActions(
  options: { afterDelete?: () => void; afterUndoDelete?: (client: Client) => void } = {},
): {
  archive: (client: ClientLike) => void;
  restore: (client: ClientLike) => void;
  askDelete: (client: ClientLike) => void;
  dialog: ReactNode;
} {
  const model = useModel();
  const toast = useToast();
  const [deleting, setDeleting] = useState<ClientLike | null>(null);

  const failed = (message: string) => {
    toast({ message, tone: 'error' });
  };

  const archive = (client: ClientLike) => {
    void model.archiveClient(client.id).then((result) => {
      if (!result.ok) {
        failed(result.error.message);
        return;
      }
      toast({
        message: `Archived ${displayName(client)}.`,
        action: { label: 'Undo', run: () => void model.restoreClient(client.id) },
      });
    });
  };

  const restore = (client: ClientLike) => {
    void model.restoreClient(client.id).then((result) => {
      if (!result.ok) {
        failed(result.error.message);
        return;
      }
      toast({ message: `${displayName(client)} is back in your client list.` });
    });
  };

  const remove = (client: ClientLike) => {
    setDeleting(null);
    void model.deleteClient(client.id).then((result) => {
      if (!result.ok) {
        failed(result.error.message);
        return;
      }
      options.afterDelete?.();
      const deleted = result.value;
      toast({
        message: `Deleted ${displayName(client)}.`,
        action: {
          label: 'Undo',
          run: () =>
            void model.undeleteClient(deleted).then((undone) => {
              if (undone.ok) options.afterUndoDelete?.(undone.value);
              else failed(undone.error.message);
            }),
        },
      });
    });
  };

  const deletingId = deleting?.id ?? null;
  const sheetCount = useModelSelector(
    (s) => s.cache?.clients.find((row) => row.id === deletingId)?.worksheetCount ?? 0,
  );
  const dialog = deleting ? (
    <ConfirmDialog
      title={`Delete ${displayName(deleting)}?`}
      message={
        <p>
          {`${displayName(deleting)} will be removed from your workbook. ${worksheetsPhrase(sheetCount)} `}
          You can undo this right after. To keep the record out of sight instead, archive it.
        </p>
      }
      confirmLabel="Delete client"
      danger
      onConfirm={() => {
        remove(deleting);
      }}
      onCancel={() => {
        setDeleting(null);
      }}
    />
  ) : null;

  return { archive, restore, askDelete: setDeleting, dialog };
}
