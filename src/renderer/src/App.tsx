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
        model.retrySaves();
        // Not opened yet (refused, or still asking with the old key): ask again with the new one.
        const { info, loadError } = model.getState();
        if (info === null || loadError !== null) void model.load();
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
