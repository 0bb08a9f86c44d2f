import { useEffect, useState } from 'react';
import type { WorkbookApi, WorkbookInfo } from '../../shared/contract';

type Status =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; info: WorkbookInfo; clientCount: number | null };

const STATE_TEXT: Record<WorkbookInfo['state'], string> = {
  ok: 'Your workbook is open and ready.',
  readOnly: 'Your workbook is open to read only.',
  recovery: 'Your workbook could not be read. It was kept aside untouched.',
};

async function loadStatus(api: WorkbookApi): Promise<Status> {
  const info = await api.workbook.info({});
  if (!info.ok) return { kind: 'failed', message: info.error.message };
  const clients = await api.clients.list({ includeArchived: false });
  return { kind: 'ready', info: info.value, clientCount: clients.ok ? clients.value.length : null };
}

function clientsText(count: number | null): string {
  if (count === null) return 'Clients are not available right now.';
  if (count === 0) return 'No clients yet.';
  return count === 1 ? '1 client' : `${count} clients`;
}

/** A small first page: proves the page reaches the workbook, until the full UI takes over. */
export function App({ api }: { api: WorkbookApi }) {
  const [status, setStatus] = useState<Status>({ kind: 'loading' });

  useEffect(() => {
    let current = true;
    void loadStatus(api).then((next) => {
      if (current) setStatus(next);
    });
    return () => {
      current = false;
    };
  }, [api]);

  return (
    <main className="shell">
      <section className="shell-card" aria-labelledby="shell-title">
        <h1 id="shell-title">Coaching Workbook</h1>
        {status.kind === 'loading' && <p role="status">Opening your workbook…</p>}
        {status.kind === 'failed' && (
          <p role="alert" className="shell-problem">
            {status.message}
          </p>
        )}
        {status.kind === 'ready' && (
          <>
            <p role="status" className={`shell-state shell-state-${status.info.state}`}>
              {STATE_TEXT[status.info.state]}
            </p>
            {status.info.message !== '' && <p>{status.info.message}</p>}
            <dl className="shell-facts">
              <dt>Clients</dt>
              <dd data-testid="client-count">{clientsText(status.clientCount)}</dd>
              <dt>Saved in</dt>
              <dd className="shell-path">{status.info.filePath}</dd>
              <dt>Last saved</dt>
              <dd>
                {status.info.lastSavedAt === null
                  ? 'Not yet'
                  : new Date(status.info.lastSavedAt).toLocaleString()}
              </dd>
            </dl>
          </>
        )}
      </section>
    </main>
  );
}
