import { useState } from 'react';
import { ExportAllDialog } from './ExportAllDialog';
import { clientReportExport } from './exportRequests';
import { ExportButton } from './useExporter';

/** A client page's export buttons: their report, or every document at once into a folder. */
export function ClientExportActions({ clientId }: { clientId: string }) {
  const [exportingAll, setExportingAll] = useState(false);
  return (
    <div className="row">
      <ExportButton item={clientReportExport(clientId)} label="Export client report" />
      <button
        type="button"
        className="btn"
        onClick={() => {
          setExportingAll(true);
        }}
      >
        Export all documents…
      </button>
      {exportingAll ? (
        <ExportAllDialog
          clientId={clientId}
          onClose={() => {
            setExportingAll(false);
          }}
        />
      ) : null}
    </div>
  );
}
