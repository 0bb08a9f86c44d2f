import { useEffect, useState } from 'react';
import type { WorkbookApi } from '../../shared/contract';
import { AppFrame } from './frame/AppFrame';
import { ModelProvider } from './state/ModelContext';
import { WorkbookModel } from './state/workbookModel';
import { ToastProvider } from './ui/Toasts';

/** The app: one workbook model for the window, the frame around every screen. */
export function App({ api }: { api: WorkbookApi }) {
  const [model] = useState(() => new WorkbookModel(api));
  useEffect(() => {
    void model.load();
  }, [model]);
  return (
    <ModelProvider model={model}>
      <ToastProvider>
        <AppFrame />
      </ToastProvider>
    </ModelProvider>
  );
}
