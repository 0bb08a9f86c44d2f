import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { ClientFile, DueGroup } from '../../../shared/contract';
import type { ClientSummary } from '../../../shared/domain/clientSummary';
import type {
  AgreementTemplate,
  DateFormat,
  ExportRecord,
  PracticeProfile,
  Worksheet,
} from '../../../shared/schema';
import { entityKey, type EntityRef } from './entities';
import { problemAt } from './entityProblems';
import { findWorksheet, type WorkbookCache } from './workbookCache';
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

/**
 * A part of the model's state: the component re-renders only when that part changed (by
 * `Object.is`, or by `same` when the selector builds a new value each time).
 */
export function useModelSelector<T>(
  select: (state: ModelState) => T,
  same: (a: T, b: T) => boolean = Object.is,
): T {
  const model = useModel();
  const last = useRef<{ state: ModelState; select: unknown; value: T } | null>(null);
  const getSnapshot = useCallback(() => {
    const state = model.getState();
    const previous = last.current;
    if (previous?.state === state && previous.select === select) return previous.value;
    const value = select(state);
    const kept = previous !== null && same(previous.value, value) ? previous.value : value;
    last.current = { state, select, value: kept };
    return kept;
  }, [model, select, same]);
  return useSyncExternalStore(model.subscribe, getSnapshot);
}

function loadedCache(state: ModelState): WorkbookCache {
  if (!state.cache) throw new Error('A screen read the workbook before it opened');
  return state.cache;
}

/** Goes up a moment after a screen's load failed, so that screens still waiting ask again. */
function useRetryTick(): number {
  return useModelSelector((s) => s.retryTick);
}

/** True when nothing may change (another window has it, or a newer app made it). */
export function useReadOnly(): boolean {
  return useModelSelector((s) => s.info?.state !== 'ok');
}

export function usePractice(): PracticeProfile {
  return useModelSelector((s) => loadedCache(s).practice);
}

export function useDateFormat(): DateFormat {
  return useModelSelector((s) => loadedCache(s).practice.dateFormat);
}

export function useTemplate(): AgreementTemplate {
  return useModelSelector((s) => loadedCache(s).template);
}

/** Every client, as a list row. */
export function useClientRows(): readonly ClientSummary[] {
  return useModelSelector((s) => loadedCache(s).clients);
}

export function useClientRow(id: string | null): ClientSummary | undefined {
  return useModelSelector((s) =>
    id === null ? undefined : loadedCache(s).clients.find((row) => row.id === id),
  );
}

/** What loading something for a screen came to. */
export type Loaded<T> =
  { status: 'loading' } | { status: 'missing' } | { status: 'ready'; value: T };

const LOADING = { status: 'loading' } as const;
const MISSING = { status: 'missing' } as const;

function sameLoaded<T>(a: Loaded<T>, b: Loaded<T>): boolean {
  if (a.status !== b.status) return false;
  return a.status !== 'ready' || (b.status === 'ready' && Object.is(a.value, b.value));
}

/** A client with every worksheet of theirs, loaded from main the first time it is asked for. */
export function useClientFile(id: string): Loaded<ClientFile> {
  const model = useModel();
  const loaded = useModelSelector((s): Loaded<ClientFile> => {
    const file = loadedCache(s).files.get(id);
    if (file) return { status: 'ready', value: file };
    return s.missing.has(`client:${id}`) ? MISSING : LOADING;
  }, sameLoaded);
  const wanted = loaded.status === 'loading';
  const tick = useRetryTick();
  useEffect(() => {
    if (wanted) void model.openClient(id);
  }, [model, id, wanted, tick]);
  return loaded;
}

/** One worksheet, loaded with its client's file the first time it is asked for. */
export function useWorksheet(id: string): Loaded<Worksheet> {
  const model = useModel();
  const loaded = useModelSelector((s): Loaded<Worksheet> => {
    const sheet = findWorksheet(loadedCache(s), id);
    if (sheet) return { status: 'ready', value: sheet };
    return s.missing.has(`worksheet:${id}`) ? MISSING : LOADING;
  }, sameLoaded);
  const wanted = loaded.status === 'loading';
  const tick = useRetryTick();
  useEffect(() => {
    if (wanted) void model.openWorksheet(id);
  }, [model, id, wanted, tick]);
  return loaded;
}

/** The coach's own worksheets. */
export function useOwnWorksheets(): readonly Worksheet[] {
  return useModelSelector((s) => loadedCache(s).own);
}

/** What is due, asked of main when the screen showing it appears (null until it answers). */
export function useDue(): readonly DueGroup[] | null {
  const model = useModel();
  useEffect(() => {
    void model.loadDue();
  }, [model]);
  const due = useModelSelector((s) => s.due);
  // Asked again after a failure, while nothing has come.
  const tick = useRetryTick();
  const missing = due === null;
  useEffect(() => {
    if (missing && tick > 0) void model.loadDue();
  }, [model, missing, tick]);
  return due;
}

/** Exports of a client, or of the whole practice (null), oldest first; null while loading. */
export function useExportHistory(clientId: string | null): readonly ExportRecord[] | null {
  const model = useModel();
  const records = useModelSelector((s) => s.histories.get(clientId ?? '') ?? null);
  const wanted = records === null;
  const tick = useRetryTick();
  useEffect(() => {
    if (wanted) void model.loadExportHistory(clientId);
  }, [model, clientId, wanted, tick]);
  return records;
}

/** What is wrong with a field the coach just edited, in words; null when nothing is. */
export function useFieldProblem(ref: EntityRef, path: string): string | null {
  const key = entityKey(ref);
  return useModelSelector((s) => problemAt(s.problems.get(key), path));
}

const NO_WORKSHEETS: readonly Worksheet[] = [];

/** The worksheets loaded for a client (their page loads them), or the coach's own (null). */
export function useWorksheetsOf(clientId: string | null): readonly Worksheet[] {
  return useModelSelector((s) => {
    const cache = loadedCache(s);
    if (clientId === null) return cache.own;
    return cache.files.get(clientId)?.worksheets ?? NO_WORKSHEETS;
  });
}
