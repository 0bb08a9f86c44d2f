import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_CLIENT_DRAFT, newClient } from '../../../src/shared/domain/emptyRecords';
import { fail, ok, type Result } from '../../../src/shared/result';
import type { EntitySnapshot } from '../../../src/renderer/src/state/entities';
import {
  SaveQueue,
  type PendingPersist,
  type SaveQueueOptions,
} from '../../../src/renderer/src/state/saveQueue';

const OPTIONS: SaveQueueOptions = { debounceMs: 400, retryDelaysMs: [1_000, 2_000, 5_000] };

function clientNamed(name: string, id = 'c1'): EntitySnapshot {
  return {
    type: 'client',
    value: newClient({ ...EMPTY_CLIENT_DRAFT, name }, { id, now: '2025-03-01T09:00:00.000Z' }),
  };
}

function nameOf(snapshot: EntitySnapshot): string {
  return snapshot.type === 'client' ? snapshot.value.name : snapshot.type;
}

/** The server's copy of a saved value: the main process stamps it. */
function stamped(snapshot: EntitySnapshot): EntitySnapshot {
  return snapshot.type === 'client'
    ? { type: 'client', value: { ...snapshot.value, updatedAt: '2025-03-01T10:00:00.000Z' } }
    : snapshot;
}

type Answer = Result<EntitySnapshot> | 'hold';

/**
 * The main process behind `send`: answers each save as scripted (ok by default), or holds the
 * answer until the test gives it, to have a save in flight.
 */
class FakeMain {
  readonly sent: EntitySnapshot[] = [];
  private readonly script: ((snapshot: EntitySnapshot) => Answer)[] = [];
  private readonly held: {
    snapshot: EntitySnapshot;
    resolve: (result: Result<EntitySnapshot>) => void;
  }[] = [];

  readonly send = (snapshot: EntitySnapshot): Promise<Result<EntitySnapshot>> => {
    this.sent.push(snapshot);
    const answer = this.script.shift()?.(snapshot) ?? ok(stamped(snapshot));
    if (answer !== 'hold') return Promise.resolve(answer);
    return new Promise((resolve) => this.held.push({ snapshot, resolve }));
  };

  /** The next saves answer these, in order. */
  answers(...answers: Answer[]): void {
    for (const answer of answers) this.script.push(() => answer);
  }

  /** Give the oldest held save its answer (ok with the server's copy by default). */
  release(result?: Result<EntitySnapshot>): void {
    const held = this.held.shift();
    if (!held) throw new Error('no save is in flight');
    held.resolve(result ?? ok(stamped(held.snapshot)));
  }

  sentNames(): string[] {
    return this.sent.map(nameOf);
  }
}

/** What `persist` was asked to do, in order. */
class RecordingPersist implements PendingPersist {
  readonly calls: string[] = [];
  save(key: string, snapshot: EntitySnapshot): void {
    this.calls.push(`save ${key} ${nameOf(snapshot)}`);
  }
  remove(key: string): void {
    this.calls.push(`remove ${key}`);
  }
}

function setUp(options: SaveQueueOptions = OPTIONS) {
  const main = new FakeMain();
  const saved: EntitySnapshot[] = [];
  let changes = 0;
  const queue = new SaveQueue(
    main.send,
    (snapshot) => saved.push(snapshot),
    () => (changes += 1),
    options,
  );
  return { main, queue, saved, changes: () => changes };
}

/** Let time pass, running the timers and the answers that fall due. */
async function wait(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('SaveQueue', () => {
  it('sends one save for a burst of keystrokes, once typing pauses', async () => {
    const { main, queue, saved } = setUp();
    for (const name of ['M', 'Ma', 'Mar', 'Mary']) {
      queue.enqueue(clientNamed(name));
      await wait(100);
    }
    expect(queue.status().state).toBe('saving');
    await wait(299);
    expect(main.sent).toEqual([]);
    await wait(1);
    expect(main.sentNames()).toEqual(['Mary']);
    expect(queue.status().state).toBe('saved');
    expect(queue.status().lastSavedAt).not.toBeNull();
    // The server's copy (with its time stamp) is what the page keeps.
    expect(saved).toEqual([stamped(clientNamed('Mary'))]);
  });

  it('retries a failed save after each configured delay until it is saved', async () => {
    const { main, queue, saved } = setUp();
    main.answers(fail('io', 'The disk is full.'), fail('io', 'The disk is full.'));
    queue.enqueue(clientNamed('Mary'));
    await wait(400);
    expect(main.sent).toHaveLength(1);
    expect(queue.status()).toMatchObject({
      state: 'failed',
      message: 'Not saved yet: The disk is full. Trying again…',
    });

    await wait(999);
    expect(main.sent).toHaveLength(1);
    await wait(1);
    expect(main.sent).toHaveLength(2);
    await wait(1_999);
    expect(main.sent).toHaveLength(2);
    await wait(1);
    expect(main.sentNames()).toEqual(['Mary', 'Mary', 'Mary']);
    expect(queue.status()).toMatchObject({ state: 'saved', message: null });
    expect(saved).toHaveLength(1);
  });

  it('keeps retrying at the last delay, and counts a thrown send as a failure', async () => {
    const { main, queue } = setUp({ debounceMs: 400, retryDelaysMs: [1_000] });
    main.answers(fail('io', 'down'), fail('io', 'down'));
    queue.enqueue(clientNamed('Mary'));
    await wait(400 + 1_000 + 1_000);
    expect(main.sent).toHaveLength(3);
    expect(queue.status().state).toBe('saved');

    // A send that rejects instead of answering is a passing failure too.
    const rejecting = new SaveQueue(
      () => Promise.reject(new Error('socket hang up')),
      () => undefined,
      () => undefined,
      OPTIONS,
    );
    rejecting.enqueue(clientNamed('Ann'));
    await wait(400);
    expect(rejecting.status().message).toBe('Not saved yet: socket hang up Trying again…');
  });

  it('does not retry what the workbook refused as invalid, and says it is not saved', async () => {
    const { main, queue, saved } = setUp();
    main.answers(fail('invalid', 'A client needs a name.'));
    queue.enqueue(clientNamed(''));
    await wait(400);
    await wait(60_000);
    expect(main.sent).toHaveLength(1);
    expect(queue.status()).toMatchObject({
      state: 'failed',
      message: 'Not saved: A client needs a name.',
    });
    expect(saved).toEqual([]);

    // Fixing it saves it.
    queue.enqueue(clientNamed('Mary'));
    await wait(400);
    expect(main.sentNames()).toEqual(['', 'Mary']);
    expect(queue.status().state).toBe('saved');
  });

  it('sends an edit typed during a save after it, and the older answer does not overwrite it', async () => {
    const { main, queue, saved } = setUp();
    main.answers('hold', 'hold');
    queue.enqueue(clientNamed('Mar'));
    await wait(400);
    expect(main.sentNames()).toEqual(['Mar']);

    queue.enqueue(clientNamed('Mary'));
    await wait(400);
    // One request per entity at a time: 'Mary' waits for the answer about 'Mar'.
    expect(main.sentNames()).toEqual(['Mar']);

    main.release(ok(stamped(clientNamed('Mar'))));
    await wait(0);
    // The answer about 'Mar' is not shown: 'Mary' is what the coach sees, and it goes next.
    expect(saved).toEqual([]);
    expect(main.sentNames()).toEqual(['Mar', 'Mary']);
    expect(queue.status().state).toBe('saving');

    main.release(ok(stamped(clientNamed('Mary'))));
    await wait(10_000);
    expect(saved).toEqual([stamped(clientNamed('Mary'))]);
    expect(main.sentNames()).toEqual(['Mar', 'Mary']);
    expect(queue.status().state).toBe('saved');
  });

  it('when a save fails while a newer edit waits, the newer one goes and retries wait their delay', async () => {
    const { main, queue } = setUp();
    main.answers('hold', fail('io', 'down'));
    queue.enqueue(clientNamed('Mar'));
    await wait(400);
    queue.enqueue(clientNamed('Mary'));
    await wait(400);
    main.release(fail('io', 'down'));
    await wait(0);
    expect(main.sentNames()).toEqual(['Mar', 'Mary']);
    // Two failures in a row: the next try waits the second delay, and is the only one.
    await wait(1_999);
    expect(main.sent).toHaveLength(2);
    await wait(1);
    expect(main.sentNames()).toEqual(['Mar', 'Mary', 'Mary']);
    expect(queue.status().state).toBe('saved');
  });

  it('flush sends at once and resolves when the workbook has answered', async () => {
    const { main, queue } = setUp();
    queue.enqueue(clientNamed('Mary'));
    queue.enqueue(clientNamed('Ben', 'c2'));
    await queue.flush('client:c1');
    expect(main.sentNames()).toEqual(['Mary']);
    expect(queue.isPending('client:c1')).toBe(false);
    expect(queue.isPending('client:c2')).toBe(true);
    await queue.flush();
    expect(main.sentNames()).toEqual(['Mary', 'Ben']);
    expect(queue.status().state).toBe('saved');
    // Nothing is sent again when the debounce would have ended.
    await wait(10_000);
    expect(main.sent).toHaveLength(2);
  });

  it('discard drops a queued edit: it is never sent, and a late answer is ignored', async () => {
    const { main, queue, saved } = setUp();
    queue.enqueue(clientNamed('Mary'));
    queue.discard('client:c1');
    await wait(10_000);
    expect(main.sent).toEqual([]);
    expect(queue.status().state).toBe('saved');

    main.answers('hold');
    queue.enqueue(clientNamed('Ann'));
    await wait(400);
    queue.discard('client:c1');
    main.release();
    await wait(0);
    expect(saved).toEqual([]);
    expect(queue.status().state).toBe('saved');
  });

  it('drops an edit of something deleted elsewhere (notFound) without retrying', async () => {
    const { main, queue, saved } = setUp();
    main.answers(fail('notFound', 'There is no such client.'));
    queue.enqueue(clientNamed('Mary'));
    await wait(400);
    await wait(60_000);
    expect(main.sent).toHaveLength(1);
    expect(saved).toEqual([]);
    expect(queue.status()).toMatchObject({ state: 'saved', message: null });
  });

  it('retryAll sends every failed save now, also those that are not retried by themselves', async () => {
    const { main, queue } = setUp();
    main.answers(fail('readOnly', 'The workbook is read-only.'), fail('io', 'down'));
    queue.enqueue(clientNamed('Mary'));
    queue.enqueue(clientNamed('Ben', 'c2'));
    await wait(400);
    expect(queue.status().message).toMatch(/^Not saved/);
    await wait(500);
    expect(main.sent).toHaveLength(2);

    queue.retryAll();
    await wait(0);
    expect(main.sentNames()).toEqual(['Mary', 'Ben', 'Mary', 'Ben']);
    expect(queue.status().state).toBe('saved');
  });

  it('keeps every unsaved value in persist and forgets it once saved or dropped', async () => {
    const persist = new RecordingPersist();
    const { main, queue } = setUp({ ...OPTIONS, persist });
    main.answers(fail('io', 'down'));
    queue.enqueue(clientNamed('Ma'));
    queue.enqueue(clientNamed('Mary'));
    await wait(400);
    // Failed: still kept.
    expect(persist.calls).toEqual(['save client:c1 Ma', 'save client:c1 Mary']);
    await wait(1_000);
    expect(persist.calls).toEqual(['save client:c1 Ma', 'save client:c1 Mary', 'remove client:c1']);

    persist.calls.length = 0;
    queue.enqueue(clientNamed('Ben', 'c2'));
    queue.discard('client:c2');
    main.answers(fail('notFound', 'gone'));
    queue.enqueue(clientNamed('Ann', 'c3'));
    await wait(400);
    expect(persist.calls).toEqual([
      'save client:c2 Ben',
      'remove client:c2',
      'save client:c3 Ann',
      'remove client:c3',
    ]);
  });

  it('restore queues kept edits again and sends them at once; newer edits here win', async () => {
    const persist = new RecordingPersist();
    const { main, queue, saved, changes } = setUp({ ...OPTIONS, persist });
    queue.enqueue(clientNamed('Ben (typed here)', 'c2'));
    persist.calls.length = 0;
    const before = changes();

    queue.restore([clientNamed('Mary'), clientNamed('Ben (kept earlier)', 'c2')]);
    expect(changes()).toBeGreaterThan(before);
    expect(queue.status().state).toBe('saving');
    expect(queue.isPending('client:c1')).toBe(true);
    await wait(0);
    expect(main.sentNames()).toEqual(['Mary']);
    expect(saved).toEqual([stamped(clientNamed('Mary'))]);
    await wait(400);
    expect(main.sentNames()).toEqual(['Mary', 'Ben (typed here)']);
    // Restored values are not written again; saved ones are forgotten.
    expect(persist.calls).toEqual(['remove client:c1', 'remove client:c2']);
  });
});
