import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { Client, Workbook, Worksheet } from '../../../shared/schema';
import type { ModelState, WorkbookModel } from './workbookModel';

const ModelContext = createContext<WorkbookModel | null>(null);

export function ModelProvider({ model, children }: { model: WorkbookModel; children: ReactNode }) {
  return <ModelContext.Provider value={model}>{children}</ModelContext.Provider>;
}

/** The workbook model: edits, undo/redo, structural changes. */
export function useModel(): WorkbookModel {
  const model = useContext(ModelContext);
  if (!model) throw new Error('useModel must be used inside <ModelProvider>');
  return model;
}

/** The model's state; re-renders on every change. */
export function useModelState(): ModelState {
  const model = useModel();
  return useSyncExternalStore(model.subscribe, model.getState);
}

/** The loaded workbook. Screens render only once it is loaded (see App). */
export function useWorkbook(): Workbook {
  const { workbook } = useModelState();
  if (!workbook) throw new Error('useWorkbook used before the workbook loaded');
  return workbook;
}

/** True when nothing may change (the file came from a newer version of the app). */
export function useReadOnly(): boolean {
  return useModelState().info?.state !== 'ok';
}

export function useClient(id: string): Client | undefined {
  return useWorkbook().clients.find((client) => client.id === id);
}

export function useWorksheet(id: string): Worksheet | undefined {
  return useWorkbook().worksheets.find((sheet) => sheet.id === id);
}
