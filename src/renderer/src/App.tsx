import { useEffect, useState } from 'react';
import type { WorkbookApi } from '../../shared/contract';
import { onNewAccessKey } from './api/client';
import { AppFrame } from './frame/AppFrame';
import { ModelProvider } from './state/ModelContext';
import { DEFAULT_SAVE_OPTIONS } from './state/saveQueue';
import { WorkbookModel } from './state/workbookModel';
import { ToastProvider } from './ui/Toasts';

/** The app: one workbook model for the window, the frame around every screen. */
export function App({ api }: { api: WorkbookApi }) {
  const [model] = useState(
    () =>
      new WorkbookModel(
        api,
        DEFAULT_SAVE_OPTIONS,
        Date.now,
        // In the browser, unsaved edits are kept in it, so a reload or a restarted server loses nothing.
        window.workbook === undefined ? window.localStorage : null,
      ),
  );
  useEffect(() => {
    void model.load();
  }, [model]);
  // The server was restarted and its new address opened in this tab: send what is waiting now.
  useEffect(
    () =>
      onNewAccessKey(() => {
        // A new key means a new server process: the workbook may have changed meanwhile (or be
        // another one), so it is read again before edits waiting go out on top of it.
        void model.reconnect();
      }),
    [model],
  );
  // The server now has another workbook open: start this page afresh on it (edits to the old
  // one stay kept in this browser, under that workbook).
  useEffect(
    () =>
      model.subscribe(() => {
        if (model.getState().otherWorkbook) window.location.reload();
      }),
    [model],
  );
  return (
    <ModelProvider model={model}>
      <ToastProvider>
        <AppFrame />
      </ToastProvider>
    </ModelProvider>
  );
}
