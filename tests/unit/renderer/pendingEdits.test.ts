import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  EMPTY_CLIENT_DRAFT,
  EMPTY_PRACTICE,
  newClient,
} from '../../../src/shared/domain/emptyRecords';
import { fail, ok, type Result } from '../../../src/shared/result';
import type { EntitySnapshot } from '../../../src/renderer/src/state/entities';
import {
  localPendingEdits,
  noPendingEdits,
  type PendingEditsProblem,
  type PendingStorage,
} from '../../../src/renderer/src/state/pendingEdits';
import { SaveQueue } from '../../../src/renderer/src/state/saveQueue';
import { MemoryStorage } from '../../helpers/memoryStorage';

const WORKBOOK = '/home/coach/Coaching Workbook/workbook';

/** A browser with storage turned off: every call throws. */
class RefusingStorage implements PendingStorage {
  get length(): number {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  }
  key(): string | null {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  }
  getItem(): string | null {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  }
  setItem(): void {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  }
  removeItem(): void {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  }
}

function clientNamed(name: string, id = 'c1', notes = ''): EntitySnapshot {
  return {
    type: 'client',
    value: newClient(
      { ...EMPTY_CLIENT_DRAFT, name, notes },
      { id, now: '2025-03-01T09:00:00.000Z' },
    ),
  };
}

const PRACTICE: EntitySnapshot = {
  type: 'practice',
  value: { ...EMPTY_PRACTICE, coachName: 'Dana Reyes' },
};

/** The page after a reload: a new store over the same browser storage. */
function nextPage(storage: PendingStorage, filePath = WORKBOOK): EntitySnapshot[] {
  return localPendingEdits(storage).open(filePath);
}

describe('localPendingEdits', () => {
  it('keeps each unsaved edit for the next page of the same workbook', () => {
    const storage = new MemoryStorage();
    const store = localPendingEdits(storage);
    expect(store.open(WORKBOOK)).toEqual([]);
    store.save('client:c1', clientNamed('Ma'));
    store.save('client:c1', clientNamed('Mary'));
    store.save('practice', PRACTICE);
    expect(nextPage(storage)).toEqual([clientNamed('Mary'), PRACTICE]);
  });

  it('writes only the entity that changed', () => {
    const storage = new MemoryStorage();
    const store = localPendingEdits(storage);
    store.open(WORKBOOK);
    store.save('client:c1', clientNamed('Mary'));
    store.save('client:c2', clientNamed('Ben', 'c2'));
    const before = storage.writes;
    store.save('client:c2', clientNamed('Benjamin', 'c2'));
    expect(storage.writes - before).toBe(1);
  });

  it('forgets an edit once it is saved', () => {
    const storage = new MemoryStorage();
    const store = localPendingEdits(storage);
    store.open(WORKBOOK);
    store.save('client:c1', clientNamed('Mary'));
    store.save('client:c2', clientNamed('Ben', 'c2'));
    store.remove('client:c1');
    expect(nextPage(storage)).toEqual([clientNamed('Ben', 'c2')]);
    store.remove('client:c2');
    expect(storage.keys()).toEqual([]);
  });

  it('never mixes two workbooks, even when one path begins with the other', () => {
    const storage = new MemoryStorage();
    const first = localPendingEdits(storage);
    first.open('/coach/workbook');
    first.save('client:c1', clientNamed('Mary (first workbook)'));
    const second = localPendingEdits(storage);
    expect(second.open('/coach/workbook 2')).toEqual([]);
    second.save('client:c1', clientNamed('Mary (second workbook)'));
    expect(nextPage(storage, '/coach/workbook')).toEqual([clientNamed('Mary (first workbook)')]);
    expect(nextPage(storage, '/coach/workbook 2')).toEqual([clientNamed('Mary (second workbook)')]);
  });

  it('keeps nothing before it knows the workbook', () => {
    const storage = new MemoryStorage();
    localPendingEdits(storage).save('client:c1', clientNamed('Mary'));
    expect(storage.keys()).toEqual([]);
  });

  it('when the browser has no room: never throws, warns once, keeps going with what fits', () => {
    const storage = new MemoryStorage(20_000);
    const problems: PendingEditsProblem[] = [];
    const store = localPendingEdits(storage, (problem) => problems.push(problem));
    store.open(WORKBOOK);
    store.save('client:c1', clientNamed('Mary', 'c1', 'short notes'));

    // Long notes pasted in: too big for what the browser allows.
    const big = clientNamed('Mary', 'c1', 'x'.repeat(50_000));
    expect(() => {
      store.save('client:c1', big);
      store.save('client:c1', big);
    }).not.toThrow();
    expect(problems.map((p) => `${p.reason} ${p.key}`)).toEqual(['quota client:c1']);
    expect(problems[0]?.message).toContain('no room');
    // Smaller edits of other entities are still kept.
    store.save('client:c2', clientNamed('Ben', 'c2'));
    // The older value of the entity is not kept either: a reload must not bring it back.
    expect(nextPage(storage)).toEqual([clientNamed('Ben', 'c2')]);

    // It fits again (the coach shortened the notes), then is too big again: warned again.
    store.save('client:c1', clientNamed('Mary', 'c1', 'shorter'));
    store.save('client:c1', big);
    expect(problems.map((p) => p.reason)).toEqual(['quota', 'quota']);
  });

  it('when the browser keeps no storage at all: never throws and says so', () => {
    const problems: PendingEditsProblem[] = [];
    const store = localPendingEdits(new RefusingStorage(), (problem) => problems.push(problem));
    expect(store.open(WORKBOOK)).toEqual([]);
    expect(() => {
      store.save('client:c1', clientNamed('Mary'));
      store.remove('client:c1');
    }).not.toThrow();
    expect(problems.map((p) => p.reason)).toContain('unavailable');
  });

  it('drops what it cannot read back, and says so', () => {
    const storage = new MemoryStorage();
    const store = localPendingEdits(storage);
    store.open(WORKBOOK);
    store.save('client:c1', clientNamed('Mary'));
    store.save('client:c2', clientNamed('Ben', 'c2'));
    const [mary, ben] = storage.keys();
    if (mary === undefined || ben === undefined) throw new Error('expected two kept edits');
    storage.setItem(mary, '{"format":1,"savedAt":0,"snapshot":{"type":"client","value":{}}}');
    storage.setItem(ben.replace('client:c2', 'client:c3'), storage.getItem(ben) ?? '');
    storage.setItem(ben, 'not json');

    const problems: PendingEditsProblem[] = [];
    const next = localPendingEdits(storage, (problem) => problems.push(problem));
    // c3's entry holds c2: read under the wrong name, it is not trusted either.
    expect(next.open(WORKBOOK)).toEqual([]);
    expect(problems.map((p) => `${p.reason} ${p.key}`).sort()).toEqual([
      'unreadable client:c1',
      'unreadable client:c2',
      'unreadable client:c3',
    ]);
    expect(storage.keys()).toEqual([]);
  });
});

describe('noPendingEdits (the desktop app)', () => {
  it('keeps nothing', () => {
    const store = noPendingEdits();
    store.save('client:c1', clientNamed('Mary'));
    expect(store.open(WORKBOOK)).toEqual([]);
  });
});

describe('an edit made while the workbook server is down', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('survives a reload and is saved once the workbook answers again', async () => {
    const storage = new MemoryStorage();
    const options = { debounceMs: 400, retryDelaysMs: [1_000] };

    // The first page: the server is down, so the edit cannot be saved.
    const down = (): Promise<Result<EntitySnapshot>> =>
      Promise.resolve(fail('io', 'The workbook is not answering.'));
    const firstStore = localPendingEdits(storage);
    firstStore.open(WORKBOOK);
    const first = new SaveQueue(
      down,
      () => undefined,
      () => undefined,
      {
        ...options,
        persist: firstStore,
      },
    );
    first.enqueue(clientNamed('Mary Chen'));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(first.status().state).toBe('failed');

    // The coach reloads once the server is back.
    const sent: EntitySnapshot[] = [];
    const up = (snapshot: EntitySnapshot): Promise<Result<EntitySnapshot>> => {
      sent.push(snapshot);
      return Promise.resolve(ok(snapshot));
    };
    const secondStore = localPendingEdits(storage);
    const second = new SaveQueue(
      up,
      () => undefined,
      () => undefined,
      {
        ...options,
        persist: secondStore,
      },
    );
    second.restore(secondStore.open(WORKBOOK));
    await vi.advanceTimersByTimeAsync(0);

    expect(sent).toEqual([clientNamed('Mary Chen')]);
    expect(second.status().state).toBe('saved');
    expect(storage.keys()).toEqual([]);
  });
});
