import type { AppError, Result } from '../../../shared/result';
import { entityKey, refOf, type EntitySnapshot } from './entities';

/** Where saving stands, as the title bar shows it. */
export interface SaveStatus {
  state: 'saved' | 'saving' | 'failed';
  /** For failed: what went wrong and what happens next. */
  message: string | null;
  lastSavedAt: number | null;
}

export interface SaveQueueOptions {
  /** Quiet time after the last keystroke before a save is sent. */
  debounceMs: number;
  /** Waits between retries of a failed save; the last one repeats. */
  retryDelaysMs: readonly number[];
  /**
   * Where what is not saved yet is also kept, so it outlives the page (a reload while the
   * workbook is not answering): see pendingEdits.ts. None by default.
   */
  persist?: PendingPersist;
}

/** Keeps the queue's unsaved values outside the page. Neither method may throw. */
export interface PendingPersist {
  /** Keep the entity's newest unsaved value, in place of the one kept before. */
  save(key: string, snapshot: EntitySnapshot): void;
  /** The entity is saved, or gone: forget what was kept for it. */
  remove(key: string): void;
}

export const DEFAULT_SAVE_OPTIONS: SaveQueueOptions = {
  debounceMs: 400,
  retryDelaysMs: [1_000, 2_000, 5_000, 10_000, 30_000],
};

interface Pending {
  snapshot: EntitySnapshot;
  timer: ReturnType<typeof setTimeout> | null;
  inFlight: Promise<void> | null;
  attempts: number;
  error: AppError | null;
}

function cancelTimer(item: Pending): void {
  if (item.timer) clearTimeout(item.timer);
  item.timer = null;
}

/** Errors that another try cannot fix: the user must change something first. */
const NOT_RETRIED = new Set<AppError['code']>(['invalid', 'conflict', 'readOnly', 'recovery']);

/**
 * Saves edited entities in the background: each entity waits for a quiet moment, is sent as a
 * whole, and is retried when saving fails for a passing reason. Nothing typed is dropped: the
 * newest local value always stays queued until the main process has accepted it.
 */
export class SaveQueue {
  private readonly pending = new Map<string, Pending>();
  private lastSavedAt: number | null = null;

  constructor(
    private readonly send: (snapshot: EntitySnapshot) => Promise<Result<EntitySnapshot>>,
    /** Called when a save succeeded and no newer edit is waiting: the server's copy wins. */
    private readonly onSaved: (saved: EntitySnapshot) => void,
    private readonly onChange: () => void,
    private readonly options: SaveQueueOptions = DEFAULT_SAVE_OPTIONS,
  ) {}

  status(): SaveStatus {
    let failed: AppError | null = null;
    for (const item of this.pending.values()) if (item.error) failed = item.error;
    if (failed) {
      const retrying = !NOT_RETRIED.has(failed.code);
      return {
        state: 'failed',
        message: retrying
          ? `Not saved yet: ${failed.message} Trying again…`
          : `Not saved: ${failed.message}`,
        lastSavedAt: this.lastSavedAt,
      };
    }
    return {
      state: this.pending.size > 0 ? 'saving' : 'saved',
      message: null,
      lastSavedAt: this.lastSavedAt,
    };
  }

  /** Queue the entity's newest value. */
  enqueue(snapshot: EntitySnapshot): void {
    const key = entityKey(refOf(snapshot));
    const item = this.pending.get(key) ?? {
      snapshot,
      timer: null,
      inFlight: null,
      attempts: 0,
      error: null,
    };
    item.snapshot = snapshot;
    this.pending.set(key, item);
    this.options.persist?.save(key, snapshot);
    this.schedule(key, item, this.options.debounceMs);
    this.onChange();
  }

  /**
   * Queue again the edits an earlier page kept (see `persist`) and send them at once. An entity
   * already queued here keeps its own, newer value. Nothing is written to `persist`: that is
   * where they came from.
   */
  restore(snapshots: readonly EntitySnapshot[]): void {
    let restored = false;
    for (const snapshot of snapshots) {
      const key = entityKey(refOf(snapshot));
      if (this.pending.has(key)) continue;
      const item: Pending = { snapshot, timer: null, inFlight: null, attempts: 0, error: null };
      this.pending.set(key, item);
      this.schedule(key, item, 0);
      restored = true;
    }
    if (restored) this.onChange();
  }

  /** Drop what is queued for an entity (it was deleted). */
  discard(key: string): void {
    const item = this.pending.get(key);
    if (item) cancelTimer(item);
    this.forget(key);
    this.onChange();
  }

  /** The newest value of every entity still waiting to be saved. */
  pendingSnapshots(): EntitySnapshot[] {
    return [...this.pending.values()].map((item) => item.snapshot);
  }

  isPending(key: string): boolean {
    return this.pending.has(key);
  }

  /** Send everything queued now and wait for the answers. */
  async flush(key?: string): Promise<void> {
    const keys = key === undefined ? [...this.pending.keys()] : [key];
    await Promise.all(keys.map((k) => this.saveNow(k)));
  }

  /** Retry every failed save at once (the "Try again" button). */
  retryAll(): void {
    for (const [key, item] of this.pending) if (item.error) this.schedule(key, item, 0);
  }

  private forget(key: string): void {
    this.pending.delete(key);
    this.options.persist?.remove(key);
  }

  private schedule(key: string, item: Pending, delay: number): void {
    if (item.timer) clearTimeout(item.timer);
    item.timer = setTimeout(() => {
      item.timer = null;
      void this.saveNow(key);
    }, delay);
  }

  private async saveNow(key: string): Promise<void> {
    const item = this.pending.get(key);
    if (!item) return;
    cancelTimer(item);
    // One request per entity at a time; a newer value goes out when the current one is back.
    while (item.inFlight) await item.inFlight;
    if (this.pending.get(key) !== item) return;
    // The newest value goes now: a save or retry planned while waiting would only repeat it.
    cancelTimer(item);
    const sent = item.snapshot;
    item.inFlight = this.send(sent).then(
      (result) => {
        this.settle(key, item, sent, result);
      },
      (error: unknown) => {
        this.settle(key, item, sent, {
          ok: false,
          error: { code: 'io', message: error instanceof Error ? error.message : String(error) },
        });
      },
    );
    await item.inFlight;
  }

  private settle(
    key: string,
    item: Pending,
    sent: EntitySnapshot,
    result: Result<EntitySnapshot>,
  ): void {
    item.inFlight = null;
    if (this.pending.get(key) !== item) return;
    if (result.ok) {
      this.lastSavedAt = Date.now();
      item.error = null;
      item.attempts = 0;
      if (item.snapshot === sent) {
        this.forget(key);
        this.onSaved(result.value);
      } else if (!item.timer) {
        this.schedule(key, item, this.options.debounceMs);
      }
    } else if (result.error.code === 'notFound') {
      // The entity was deleted elsewhere; nothing left to save it into.
      this.forget(key);
    } else {
      item.error = result.error;
      item.attempts += 1;
      if (!NOT_RETRIED.has(result.error.code)) {
        const delays = this.options.retryDelaysMs;
        const delay = delays[Math.min(item.attempts - 1, delays.length - 1)] ?? 30_000;
        if (!item.timer) this.schedule(key, item, delay);
      }
    }
    this.onChange();
  }
}
