import { useState } from 'react';
import { ExportAllDialog } from './ExportAllDialog';
import { clientReportExport } from './exportRequests';
import { ExportButton } from './useExporter';

/** The client page's header button: their report, every worksheet in one document. */
export function ClientExportActions({ clientId }: { clientId: string }) {
  return <ExportButton item={clientReportExport(clientId)} label="Export client report" />;
}

/** "Export all documents…" and the dialog it opens. */
export function ExportAllButton({ clientId }: { clientId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="btn btn-small"
        onClick={() => {
          setOpen(true);
        }}
      >
        Export all documents…
      </button>
      {open ? (
        <ExportAllDialog
          clientId={clientId}
          onClose={() => {
            setOpen(false);
          }}
        />
      ) : null}
    </>
  );
}
