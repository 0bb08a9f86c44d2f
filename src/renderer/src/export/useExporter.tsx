import { useEffect, useMemo, useState } from 'react';
import type { ExportSaved, ExportsInfo } from '../../../shared/contract';
import { ACTIONS } from '../../../shared/actions';
import { displayKeys } from '../actions';
import { parseRoute } from '../router';
import { useModel } from '../state/ModelContext';
import type { WorkbookModel } from '../state/workbookModel';
import { useToast } from '../ui/Toasts';
import { screenExport, type ExportItem } from './exportRequests';

/** What the export flow offers every screen. */
export interface Exporter {
  /** Export one document (the user picks where, on a desktop); a toast tells how it went. */
  exportDocument: (item: ExportItem) => Promise<void>;
  /** Export what the current screen shows (Ctrl+E). */
  exportScreen: () => Promise<void>;
  /** Open the file manager at an exported file, from the history. */
  showInFolder: (recordId: string) => Promise<void>;
  /** Show a document written by "Export all" in the history on screen. */
  noteSaved: (saved: ExportSaved) => void;
}

/** One export at a time from this window: a second press while saving does nothing. */
let exporting = false;

/** The export flow: runs exports in the main process and reports each in a toast. */
export function useExporter(): Exporter {
  const model = useModel();
  const toast = useToast();
  return useMemo(() => {
    const showInFolder = async (recordId: string) => {
      const shown = await model.exports.showInFolder({ recordId });
      if (!shown.ok) toast({ message: shown.error.message, tone: 'error' });
    };
    const noteSaved = (saved: ExportSaved) => {
      model.noteExport(saved.record);
    };
    const exportDocument = async (item: ExportItem) => {
      if (exporting) return;
      // A field held back would be missing from the document: say so instead.
      const heldBack = model.heldBackMessage();
      if (heldBack !== null) {
        toast({ message: `${item.label} was not exported. ${heldBack}`, tone: 'error' });
        return;
      }
      exporting = true;
      try {
        // Edits still waiting are saved first: the document shows exactly what is on screen.
        await model.flush();
        const result = await model.exports.save(item.request);
        if (!result.ok) {
          toast({
            message: `${item.label} was not exported. ${result.error.message}`,
            tone: 'error',
          });
          return;
        }
        const outcome = result.value;
        if (outcome.status === 'cancelled') return;
        noteSaved(outcome);
        const recordId = outcome.record.id;
        toast(
          outcome.canShowInFolder
            ? {
                message: `Saved ${outcome.fileName}`,
                action: { label: 'Show in folder', run: () => void showInFolder(recordId) },
              }
            : { message: `Saved ${outcome.fileName} in ${outcome.folder}` },
        );
      } finally {
        exporting = false;
      }
    };
    const exportScreen = async () => {
      const cache = model.getState().cache;
      const item = cache ? screenExport(parseRoute(window.location.hash), cache) : null;
      if (item === null) {
        toast({
          message: `${displayKeys(ACTIONS.export.keys[0])} exports the worksheet, client or Home page you are on. Open one of them first.`,
        });
        return;
      }
      await exportDocument(item);
    };
    return { exportDocument, exportScreen, showInFolder, noteSaved };
  }, [model, toast]);
}

const infoByModel = new WeakMap<WorkbookModel, Promise<ExportsInfo | null>>();

/** How exporting works here (asked once per window); null until known. */
export function useExportsInfo(): ExportsInfo | null {
  const model = useModel();
  const [info, setInfo] = useState<ExportsInfo | null>(null);
  useEffect(() => {
    let live = true;
    let asked = infoByModel.get(model);
    if (asked === undefined) {
      asked = model.exports.info({}).then((r) => (r.ok ? r.value : null));
      infoByModel.set(model, asked);
    }
    void asked.then((value) => {
      if (live) setInfo(value);
    });
    return () => {
      live = false;
    };
  }, [model]);
  return info;
}

/** A button that exports one document and says so while it works. */
export function ExportButton({
  item,
  label,
  className = 'btn',
}: {
  item: ExportItem;
  label: string;
  className?: string;
}) {
  const { exportDocument } = useExporter();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className={className}
      aria-busy={busy || undefined}
      onClick={() => {
        if (busy) return;
        setBusy(true);
        void exportDocument(item).finally(() => {
          setBusy(false);
        });
      }}
    >
      {busy ? 'Exporting…' : label}
    </button>
  );
}
