/**
 * Edits not saved yet, kept in the browser (localStorage) so that they outlive the page: in web
 * mode the workbook server may be down or restarting while the coach types, and a reload must
 * not lose what is still waiting. The save queue writes each entity's newest unsaved value here
 * as it changes (only that entity) and removes it once the workbook has it; the next page reads
 * them back and queues them again (SaveQueue.restore).
 *
 * Kept per workbook, by its file path, so two workbooks never mix. In the desktop app the main
 * process is always there to save to, so the caller uses `noPendingEdits()` there.
 */
import { z } from 'zod';
import { agreementTemplate, client, practiceProfile, worksheet } from '../../../shared/schema';
import { entityKey, refOf, type EntitySnapshot } from './entities';
import type { PendingPersist } from './saveQueue';

const PREFIX = 'coaching-workbook.pending ';
const FORMAT = 1;

/**
 * The part of the browser's Storage (localStorage) used here, spelled out so that this module
 * needs no DOM types.
 */
export interface PendingStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Why an unsaved edit is not (or no longer) kept safe from a reload. */
export interface PendingEditsProblem {
  /**
   * quota: the browser has no room left; unavailable: its storage refused otherwise (turned
   * off, failing); unreadable: an edit kept by an earlier page could not be read and was dropped.
   */
  reason: 'quota' | 'unavailable' | 'unreadable';
  /** The entity it is about (see entityKey). */
  key: string;
  /** What to tell the coach. */
  message: string;
}

/** The save queue's `persist`, for one workbook at a time. */
export interface PendingEditStore extends PendingPersist {
  /**
   * Keep edits for the workbook at `filePath` from now on, and answer the edits kept for it
   * by an earlier page (to give to SaveQueue.restore). Before the first call nothing is kept.
   */
  open(filePath: string): EntitySnapshot[];
}

/** A store that keeps nothing: for the desktop app, where the main process is always there. */
export function noPendingEdits(): PendingEditStore {
  return {
    open: () => [],
    save: () => undefined,
    remove: () => undefined,
  };
}

const keptEdit = z.object({
  format: z.literal(FORMAT),
  savedAt: z.number(),
  snapshot: z.discriminatedUnion('type', [
    z.object({ type: z.literal('practice'), value: practiceProfile }),
    z.object({ type: z.literal('template'), value: agreementTemplate }),
    z.object({ type: z.literal('client'), value: client }),
    z.object({ type: z.literal('worksheet'), value: worksheet }),
  ]),
});

const MESSAGES: Record<PendingEditsProblem['reason'], string> = {
  quota:
    'This browser has no room left to keep your latest change safe from a reload. ' +
    'Keep this page open until it is saved.',
  unavailable:
    'This browser would not keep your latest change safe from a reload (its storage is off ' +
    'or failing). Keep this page open until it is saved.',
  unreadable:
    'A change this browser kept from an earlier visit could not be read, so it was left out.',
};

/** The browser's "no room" (a DOMException, which is an Error). */
function isQuotaError(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

/**
 * Keep unsaved edits in `storage` (the page's localStorage). Never throws: when the browser
 * refuses a write (no room, storage off) the edit is still queued and saved as usual, only not
 * safe from a reload; `onProblem` is told once per entity until a write for it works again.
 * A value that could not be written replaces the older one kept: that one is removed, so a
 * reload never brings back something the coach had typed over.
 */
export function localPendingEdits(
  storage: PendingStorage,
  onProblem: (problem: PendingEditsProblem) => void = () => undefined,
): PendingEditStore {
  let prefix: string | null = null;
  /** Entities whose newest value could not be kept (told once, until it works again). */
  const failing = new Set<string>();

  const report = (reason: PendingEditsProblem['reason'], key: string): void => {
    if (reason !== 'unreadable') {
      if (failing.has(key)) return;
      failing.add(key);
    }
    onProblem({ reason, key, message: MESSAGES[reason] });
  };

  const removeQuietly = (storageKey: string): boolean => {
    try {
      storage.removeItem(storageKey);
      return true;
    } catch {
      return false;
    }
  };

  return {
    open(filePath) {
      prefix = `${PREFIX}${encodeURIComponent(filePath)} `;
      const kept: EntitySnapshot[] = [];
      let names: string[];
      try {
        names = [];
        for (let i = 0; i < storage.length; i++) {
          const name = storage.key(i);
          if (name?.startsWith(prefix)) names.push(name);
        }
      } catch {
        report('unavailable', '');
        return kept;
      }
      for (const name of names) {
        const key = name.slice(prefix.length);
        let snapshot: EntitySnapshot | null = null;
        try {
          const text = storage.getItem(name);
          const parsed = keptEdit.safeParse(text === null ? null : JSON.parse(text));
          if (parsed.success && entityKey(refOf(parsed.data.snapshot)) === key) {
            snapshot = parsed.data.snapshot;
          }
        } catch {
          // Unreadable JSON, or storage failing: treated as unreadable below.
        }
        if (snapshot) {
          kept.push(snapshot);
        } else {
          removeQuietly(name);
          report('unreadable', key);
        }
      }
      return kept;
    },

    save(key, snapshot) {
      if (prefix === null) return;
      const name = `${prefix}${key}`;
      try {
        storage.setItem(name, JSON.stringify({ format: FORMAT, savedAt: Date.now(), snapshot }));
        failing.delete(key);
      } catch (error) {
        removeQuietly(name);
        report(isQuotaError(error) ? 'quota' : 'unavailable', key);
      }
    },

    remove(key) {
      if (prefix === null) return;
      failing.delete(key);
      if (!removeQuietly(`${prefix}${key}`)) report('unavailable', key);
    },
  };
}
