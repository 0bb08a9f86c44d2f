/**
 * One writer per workbook folder. Every process that writes (the desktop app, web mode, CLI
 * commands that write) takes this lock before its first write and keeps it while open; a second
 * opener is refused and told who holds it, so it can open read-only and offer to retry.
 *
 * The lock is proper-lockfile's lock directory, `<folder>/workbook.lock`: made with mkdir (atomic
 * on local, network and synced folders alike) and kept fresh by touching its mtime. It holds
 * `owner.json` saying which computer and process took it, and when.
 */
import * as fs from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { lock } from 'proper-lockfile';
import { z } from 'zod';
import { errorCode } from './atomicTextFile';

/** The lock directory's name inside the workbook folder (not part of the workbook). */
export const WORKBOOK_LOCK_NAME = 'workbook.lock';
const OWNER_FILE_NAME = 'owner.json';
/** A lock whose mtime is older than this is abandoned; long enough for a synced folder's lag. */
const STALE_MS = 30_000;
/** How often a holder touches the lock's mtime, well within STALE_MS. */
const UPDATE_MS = 10_000;

/** Who holds a lock, as far as its owner file tells; null where it does not say. */
export interface LockHolder {
  hostname: string | null;
  pid: number | null;
  since: Date | null;
  sameMachine: boolean;
}

export interface WorkbookLock {
  readonly folder: string;
  /** Give the lock up; safe to call twice, and after the lock was lost. */
  release(): Promise<void>;
  /** true once the lock was lost (compromised): stop writing. */
  readonly lost: boolean;
}

export type LockAttempt =
  { ok: true; lock: WorkbookLock } | { ok: false; holder: LockHolder; message: string };

export interface LockOptions {
  /** Called (once) if the lock is lost while held, with a message for the coach. */
  onLost?: (message: string) => void;
  staleMs?: number;
  updateMs?: number;
}

const LOST_MESSAGE =
  'This window can no longer save the workbook: it seems to have been opened in another window ' +
  'or on another computer. Changes made here from now on are not saved. Close the workbook and ' +
  'open it again to carry on.';

/**
 * Take the lock on a workbook folder. Resolves `{ ok: false }` with a message for the coach when
 * another process holds it; a lock left by a dead process on this computer is taken over at once,
 * and one that nobody has refreshed for `staleMs` is taken over whoever left it. Rejects with the
 * original error for anything else (a missing folder, no permission…), for the caller to explain.
 */
export async function acquireWorkbookLock(
  folder: string,
  options: LockOptions = {},
): Promise<LockAttempt> {
  const lockPath = join(folder, WORKBOOK_LOCK_NAME);
  const first = await tryLock(folder, lockPath, options);
  if (first.ok) return first;
  const ownerText = await readOwnerText(lockPath);
  const holder = holderFrom(ownerText);
  if (!leftByDeadProcess(holder)) return refused(holder);
  // Remove it only if it is still the one judged dead, not one a third process just took.
  if ((await readOwnerText(lockPath)) === ownerText) {
    await rm(lockPath, { recursive: true, force: true });
  }
  const second = await tryLock(folder, lockPath, options);
  return second.ok ? second : refused(holderFrom(await readOwnerText(lockPath)));
}

/**
 * "This workbook is open in another window or on another computer since 14:02." The time is
 * local; a day other than today is named ("since 27 Nov, 14:02"), and an unknown time left out.
 */
export function lockHeldMessage(holder: LockHolder, now: Date = new Date()): string {
  const where = 'This workbook is open in another window or on another computer';
  const since = holder.since;
  if (since === null) return `${where}.`;
  const time = `${pad(since.getHours())}:${pad(since.getMinutes())}`;
  if (since.toDateString() === now.toDateString()) return `${where} since ${time}.`;
  const year = since.getFullYear() === now.getFullYear() ? '' : ` ${since.getFullYear()}`;
  return `${where} since ${since.getDate()} ${MONTHS[since.getMonth()] ?? ''}${year}, ${time}.`;
}

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const pad = (value: number) => String(value).padStart(2, '0');

type TryResult = { ok: true; lock: WorkbookLock } | { ok: false };

async function tryLock(folder: string, lockPath: string, options: LockOptions): Promise<TryResult> {
  let lost = false;
  let release: () => Promise<void>;
  try {
    release = await lock(folder, {
      lockfilePath: lockPath,
      realpath: false,
      stale: options.staleMs ?? STALE_MS,
      update: options.updateMs ?? UPDATE_MS,
      retries: 0,
      fs: lockFs(lockPath),
      // proper-lockfile's default throws from a timer, which would crash the process.
      onCompromised: () => {
        if (lost) return;
        lost = true;
        try {
          options.onLost?.(LOST_MESSAGE);
        } catch {
          // The listener's failure must not become an uncaught exception in a timer.
        }
      },
    });
  } catch (error) {
    if (errorCode(error) === 'ELOCKED') return { ok: false };
    throw error;
  }
  const held: WorkbookLock = {
    folder,
    get lost() {
      return lost;
    },
    async release() {
      try {
        await release();
      } catch (error) {
        // Released already, or lost: the lock directory may be someone else's now, so leave it.
        if (errorCode(error) !== 'ERELEASED') throw error;
      }
    },
  };
  return { ok: true, lock: held };
}

/**
 * The file system proper-lockfile uses for this lock. The owner file is written inside the lock
 * directory as soon as it is made, before proper-lockfile records the directory's mtime (writing
 * it afterwards would change the mtime and make the lock look compromised at its first refresh).
 * proper-lockfile removes its lock with rmdir, which fails on a directory that is not empty, so
 * removal (on release, stale takeover and exit) takes the owner file with it.
 */
function lockFs(lockPath: string) {
  type Callback = (error: NodeJS.ErrnoException | null) => void;
  const ownerText = JSON.stringify({
    hostname: hostname(),
    pid: process.pid,
    since: new Date().toISOString(),
    app: 'Coaching Workbook',
  });
  return {
    ...fs,
    mkdir(path: string, callback: Callback) {
      fs.mkdir(path, (error) => {
        if (error !== null || path !== lockPath) {
          callback(error);
          return;
        }
        const ownerPath = join(path, OWNER_FILE_NAME);
        fs.writeFile(ownerPath, ownerText, { mode: 0o600 }, (writeError) => {
          if (writeError === null) {
            callback(null);
            return;
          }
          // A lock that cannot say whose it is would be refused to everyone: undo it.
          fs.rm(path, { recursive: true, force: true }, () => {
            callback(writeError);
          });
        });
      });
    },
    rmdir(path: string, callback: Callback) {
      if (path === lockPath) fs.rm(path, { recursive: true }, callback);
      else fs.rmdir(path, callback);
    },
    rmdirSync(path: string) {
      if (path === lockPath) fs.rmSync(path, { recursive: true });
      else fs.rmdirSync(path);
    },
  };
}

async function readOwnerText(lockPath: string): Promise<string | null> {
  try {
    return await readFile(join(lockPath, OWNER_FILE_NAME), 'utf8');
  } catch {
    // Missing (the lock is being taken right now) or unreadable: the holder is unknown.
    return null;
  }
}

const ownerFile = z.object({
  hostname: z.string().min(1).nullable().catch(null),
  pid: z.number().int().positive().nullable().catch(null),
  since: z.iso.datetime().nullable().catch(null),
});

function holderFrom(ownerText: string | null): LockHolder {
  let data: unknown = null;
  try {
    data = ownerText === null ? null : JSON.parse(ownerText);
  } catch {
    data = null;
  }
  const parsed = ownerFile.safeParse(data);
  const owner = parsed.success ? parsed.data : { hostname: null, pid: null, since: null };
  return {
    hostname: owner.hostname,
    pid: owner.pid,
    since: owner.since === null ? null : new Date(owner.since),
    sameMachine: owner.hostname === hostname(),
  };
}

/**
 * Left by a process on this computer that is no longer running. Our own pid is alive, so two
 * locks in one process still exclude each other; a pid reused by another process is only
 * taken over once the lock goes stale.
 */
function leftByDeadProcess(holder: LockHolder): boolean {
  if (!holder.sameMachine || holder.pid === null) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return errorCode(error) === 'ESRCH'; // EPERM: alive, run by another user
  }
}

function refused(holder: LockHolder): LockAttempt {
  return { ok: false, holder, message: lockHeldMessage(holder) };
}
