import { useState } from 'react';
import { ExportAllDialog } from './ExportAllDialog';
import { clientReportExport } from './exportRequests';
import { ExportButton } from './useExporter';
import { SponsorReportDialog } from './SponsorReportDialog';
import { useClientFile } from '../state/ModelContext';

/**
 * The client page's header buttons: their report, every worksheet in one document; and the
 * report for their sponsor or manager, with only the parts the coach ticks.
 */
export function ClientExportActions({ clientId }: { clientId: string }) {
  return (
    <div className="row">
      <ExportButton item={clientReportExport(clientId)} label="Export client report" />
      <SponsorReportButton clientId={clientId} />
    </div>
  );
}

/** "Sponsor report…" and the dialog it opens, once the client's worksheets are loaded. */
function SponsorReportButton({ clientId }: { clientId: string }) {
  const file = useClientFile(clientId);
  const [open, setOpen] = useState(false);
  if (file.status !== 'ready') return null;
  return (
    <>
      <button
        type="button"
        className="btn"
        onClick={() => {
          setOpen(true);
        }}
      >
        Sponsor report…
      </button>
      {open ? (
        <SponsorReportDialog
          client={file.value.client}
          worksheets={file.value.worksheets}
          onClose={() => {
            setOpen(false);
          }}
        />
      ) : null}
    </>
  );
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
