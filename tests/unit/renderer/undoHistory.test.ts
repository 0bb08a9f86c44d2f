import { describe, expect, it } from 'vitest';
import { EMPTY_CLIENT_DRAFT, newClient } from '../../../src/shared/domain/emptyRecords';
import type { EntitySnapshot } from '../../../src/renderer/src/state/entities';
import {
  COALESCE_WINDOW_MS,
  UndoHistory,
  type HistoryEntry,
} from '../../../src/renderer/src/state/undoHistory';

function client(id: string, name: string): EntitySnapshot {
  return {
    type: 'client',
    value: newClient({ ...EMPTY_CLIENT_DRAFT, name }, { id, now: '2025-03-01T09:00:00.000Z' }),
  };
}

function nameOf(snapshot: EntitySnapshot): string {
  return snapshot.type === 'client' ? snapshot.value.name : snapshot.type;
}

/**
 * Types into a client's name the way the model records it: each edit goes from the name as it
 * is to the new one, in the field `client:<id>/name`, at the given time.
 */
class Typist {
  readonly history = new UndoHistory();
  private readonly names = new Map<string, string>();

  type(id: string, name: string, at: number, field: string | null = 'name'): void {
    const key = `client:${id}`;
    const entry: HistoryEntry = {
      key,
      before: client(id, this.names.get(id) ?? ''),
      after: client(id, name),
      coalesceKey: field === null ? null : `${key}/${field}`,
      at,
    };
    this.names.set(id, name);
    this.history.record(entry);
  }

  /** Undo one step; answers the name it brings back. */
  undo(): string | undefined {
    const entry = this.history.takeUndo();
    if (!entry) return undefined;
    this.names.set(entry.key.replace('client:', ''), nameOf(entry.before));
    return nameOf(entry.before);
  }

  redo(): string | undefined {
    const entry = this.history.takeRedo();
    if (!entry) return undefined;
    this.names.set(entry.key.replace('client:', ''), nameOf(entry.after));
    return nameOf(entry.after);
  }

  /** Undo everything; answers the name after each step. */
  undoAll(): string[] {
    const seen: string[] = [];
    for (let name = this.undo(); name !== undefined; name = this.undo()) seen.push(name);
    return seen;
  }
}

describe('UndoHistory', () => {
  it('undoes and redoes steps in order', () => {
    const t = new Typist();
    expect(t.history.canUndo).toBe(false);
    t.type('c1', 'Mary', 0, null);
    t.type('c1', 'Mary Chen', 100, null);
    expect(t.history.canUndo).toBe(true);
    expect(t.history.canRedo).toBe(false);

    expect(t.undo()).toBe('Mary');
    expect(t.history.canRedo).toBe(true);
    expect(t.undo()).toBe('');
    expect(t.history.canUndo).toBe(false);
    expect(t.undo()).toBeUndefined();

    expect(t.redo()).toBe('Mary');
    expect(t.redo()).toBe('Mary Chen');
    expect(t.redo()).toBeUndefined();
  });

  it('makes one step of typing in one field while the keystrokes come close together', () => {
    const t = new Typist();
    // Each keystroke comes within the window of the one before; together they last longer.
    let at = 0;
    for (const name of ['M', 'Ma', 'Mar', 'Mary']) {
      t.type('c1', name, at);
      at += COALESCE_WINDOW_MS - 1;
    }
    expect(t.undoAll()).toEqual(['']);
    expect(t.redo()).toBe('Mary');
  });

  it('starts a new step after a pause as long as the window', () => {
    const t = new Typist();
    t.type('c1', 'Mary', 0);
    t.type('c1', 'Mary Chen', COALESCE_WINDOW_MS);
    expect(t.undoAll()).toEqual(['Mary', '']);
  });

  it('keeps edits of different fields or entities, and edits without a key, as separate steps', () => {
    const t = new Typist();
    t.type('c1', 'Mary', 0);
    t.type('c2', 'Ben', 10);
    t.type('c2', 'Ben (organization)', 20, 'organization');
    t.type('c2', 'Benjamin', 30, null);
    t.type('c2', 'Benjamin Ode', 40, null);
    expect(t.history.takeUndo()?.coalesceKey).toBeNull();
    expect(t.history.takeUndo()?.coalesceKey).toBeNull();
    expect(t.history.takeUndo()?.coalesceKey).toBe('client:c2/organization');
    expect(t.history.takeUndo()?.key).toBe('client:c2');
    expect(t.history.takeUndo()?.key).toBe('client:c1');
    expect(t.history.canUndo).toBe(false);
  });

  it('a new edit after undo drops what could be redone, and is a step of its own', () => {
    const t = new Typist();
    t.type('c1', 'Mary', 0);
    t.type('c1', 'Mary Chen', 2_000);
    expect(t.undo()).toBe('Mary');
    t.type('c1', 'Mary C.', 2_100);
    expect(t.history.canRedo).toBe(false);
    expect(t.redo()).toBeUndefined();
    expect(t.undoAll()).toEqual(['Mary', '']);
  });

  it('keeps the newest 500 steps', () => {
    const t = new Typist();
    for (let i = 1; i <= 501; i++) t.type('c1', `name ${i}`, i, null);
    const names = t.undoAll();
    expect(names).toHaveLength(500);
    // The oldest step (from '' to 'name 1') is the one that went.
    expect(names.at(-1)).toBe('name 1');
  });

  it('forgets the steps of an entity that no longer exists, and keeps the others in order', () => {
    const t = new Typist();
    t.type('c1', 'Mary', 0, null);
    t.type('c2', 'Ben', 10, null);
    t.type('c1', 'Mary Chen', 20, null);
    t.type('c2', 'Benjamin', 30, null);
    expect(t.undo()).toBe('Ben');

    t.history.forget('client:c2');
    expect(t.history.canRedo).toBe(false);
    expect(t.undoAll()).toEqual(['Mary', '']);
  });
});
