import type { EntitySnapshot } from './entities';

/** One undoable change: the entity as it was before and after. */
export interface HistoryEntry {
  /** The entity's key (see entityKey). */
  key: string;
  before: EntitySnapshot;
  after: EntitySnapshot;
  /** Edits with the same key close together in time are one step (typing a word). */
  coalesceKey: string | null;
  at: number;
}

/** How close together (ms) two edits of the same field must be to merge into one undo step. */
export const COALESCE_WINDOW_MS = 1_000;
const MAX_ENTRIES = 500;

/** Undo and redo stacks of entity snapshots, shared by every editor. */
export class UndoHistory {
  private undoStack: HistoryEntry[] = [];
  private redoStack: HistoryEntry[] = [];

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  record(entry: HistoryEntry): void {
    this.redoStack = [];
    const last = this.undoStack.at(-1);
    if (
      last &&
      entry.coalesceKey !== null &&
      last.coalesceKey === entry.coalesceKey &&
      entry.at - last.at < COALESCE_WINDOW_MS
    ) {
      last.after = entry.after;
      last.at = entry.at;
      return;
    }
    this.undoStack.push(entry);
    if (this.undoStack.length > MAX_ENTRIES) this.undoStack.shift();
  }

  takeUndo(): HistoryEntry | undefined {
    const entry = this.undoStack.pop();
    if (entry) this.redoStack.push(entry);
    return entry;
  }

  takeRedo(): HistoryEntry | undefined {
    const entry = this.redoStack.pop();
    if (entry) this.undoStack.push(entry);
    return entry;
  }

  /** Forget steps about an entity that no longer exists. */
  forget(key: string): void {
    this.undoStack = this.undoStack.filter((entry) => entry.key !== key);
    this.redoStack = this.redoStack.filter((entry) => entry.key !== key);
  }
}
