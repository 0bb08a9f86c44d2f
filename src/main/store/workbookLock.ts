/**
 * One writer per workbook folder. Every process that writes (the desktop app, web mode, CLI
 * commands that write) takes this lock before its first write and keeps it while open; a second
 * opener is refused and told who holds it, so it can open read-only and offer to retry.
 *
 * The lock is proper-lockfile's lock directory, `<folder>/workbook.lock`: made with mkdir (atomic
 * on local, network and synced folders alike) and kept fresh by touching its mtime. It holds
 * `owner.json` saying which computer and process took it, when, and when it was last refreshed.
 *
 * Why both: a folder kept in Dropbox, OneDrive or iCloud is shared by two computers, and sync
 * services carry files' contents but not a folder's mtime. Another computer sees the lock
 * directory's mtime as of when it arrived there, so by the mtime alone it would take over a lock
 * that is still in use 30 s later. The holder therefore also writes `refreshedAt` into owner.json
 * at every refresh, and a lock that another computer's owner file shows refreshed lately is
 * respected whatever the directory's mtime says. A lock is taken over as stale only when both its
 * mtime and its refreshedAt (where it has one: older versions of the app wrote none) are old.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { open, readFile, rm, rmdir, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { lock } from 'proper-lockfile';
import { z } from 'zod';
import { errorCode } from './atomicTextFile';

/** The lock directory's name inside the workbook folder (not part of the workbook). */
export const WORKBOOK_LOCK_NAME = 'workbook.lock';
const OWNER_FILE_NAME = 'owner.json';
/** A lock whose mtime is older than this is abandoned; long enough for a synced folder's lag. */
const STALE_MS = 30_000;
/** How often a holder touches the lock's mtime and its owner file's refreshedAt. */
const UPDATE_MS = 10_000;
/**
 * How far another computer's clock may be from ours. Its refreshedAt is its own clock's time, so
 * it counts as fresh while it is within the stale time plus this either side of our clock: a
 * computer whose clock is a minute ahead still has its lock respected, and a lock left by a
 * computer that died is taken over at most this much later than the stale time. A refreshedAt
 * further off than that (a clock hours wrong) is not trusted, and the mtime alone decides.
 */
const CLOCK_SKEW_MS = 60_000;
/**
 * A lock directory with no owner file that is older than this was left by a process killed
 * between making it and writing owner.json, which the app does in the same callback a moment
 * later, and is taken over. Without this rule it would be refused to everyone until it went stale.
 * Its age is judged by its mtime as this computer's file system set it (by our mkdir, or by the
 * sync service putting it here), so clocks of other computers do not come into it. Sync services
 * put a folder and the files in it in place together, far within 5 s, so another computer's lock
 * still in transit is not mistaken for an empty one; and the directory is then removed only if it
 * is still empty (rmdir), so an owner file that arrives meanwhile keeps it.
 */
const EMPTY_LOCK_GRACE_MS = 5_000;

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
 * an empty one (no owner file) after a few seconds, and one that nobody has refreshed for
 * `staleMs` is taken over whoever left it. Rejects with the original error for anything else (a
 * missing folder, no permission…), for the caller to explain.
 */
export async function acquireWorkbookLock(
  folder: string,
  options: LockOptions = {},
): Promise<LockAttempt> {
  const lockPath = join(folder, WORKBOOK_LOCK_NAME);
  // Checked before proper-lockfile is asked, as it would remove the lock as stale by its mtime.
  const before = ownerFrom(await readOwnerText(lockPath));
  if (refreshedElsewhere(before, options.staleMs ?? STALE_MS)) return refused(before.holder);

  const first = await tryLock(folder, lockPath, options);
  if (first.ok) return first;
  const ownerText = await readOwnerText(lockPath);
  const { holder } = ownerFrom(ownerText);
  if (ownerText === null) {
    if (!(await leftEmpty(lockPath))) return refused(holder);
    // rmdir, not rm: only while it is still empty, not once an owner file has arrived in it.
    await rmdir(lockPath).catch(() => undefined);
  } else {
    if (!leftByDeadProcess(holder)) return refused(holder);
    // Remove it only if it is still the one judged dead, not one a third process just took.
    if ((await readOwnerText(lockPath)) === ownerText) {
      await rm(lockPath, { recursive: true, force: true });
    }
  }
  const second = await tryLock(folder, lockPath, options);
  return second.ok ? second : refused(ownerFrom(await readOwnerText(lockPath)).holder);
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
  const staleMs = options.staleMs ?? STALE_MS;
  const owner = ownerRecord(join(lockPath, OWNER_FILE_NAME));
  let lost = false;
  const markLost = () => {
    void owner.stop();
    if (lost) return;
    lost = true;
    try {
      options.onLost?.(LOST_MESSAGE);
    } catch {
      // The listener's failure must not become an uncaught exception in a timer.
    }
  };
  let release: () => Promise<void>;
  try {
    release = await lock(folder, {
      lockfilePath: lockPath,
      realpath: false,
      stale: staleMs,
      update: options.updateMs ?? UPDATE_MS,
      retries: 0,
      fs: lockFs(lockPath, owner),
      // proper-lockfile's default throws from a timer, which would crash the process.
      onCompromised: markLost,
    });
  } catch (error) {
    if (errorCode(error) === 'ELOCKED') return { ok: false };
    throw error;
  }
  // proper-lockfile's own bounds on its refresh interval, so both refreshes keep the same pace.
  owner.refreshEvery(Math.max(Math.min(options.updateMs ?? UPDATE_MS, staleMs / 2), 1000), () => {
    // Another process wrote its own owner file here: it took the lock over. proper-lockfile
    // notices only if the directory's mtime changed, which a sync service may not do. Until
    // release it still touches the directory's mtime, which only keeps their lock looking fresh.
    owner.keepDirectory();
    markLost();
  });
  const held: WorkbookLock = {
    folder,
    get lost() {
      return lost;
    },
    async release() {
      // No owner file write may be under way while the directory is removed (Windows refuses).
      await owner.stop();
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

type OwnerRecord = ReturnType<typeof ownerRecord>;

/**
 * This process's owner file in a lock it takes: its first text, written when the directory is
 * made, and its refresh, which rewrites `refreshedAt` every so often while the lock is held.
 *
 * The file is rewritten in place (opened without creating, written over from the start,
 * truncated), never by writing a temporary file and renaming it: adding or renaming a file in the
 * lock directory changes the directory's mtime, which proper-lockfile would take for another
 * process taking the lock (compromised). Rewriting a file's content leaves the directory's mtime
 * alone. The owner file is small and written with one write, so readers see the old or the new
 * text; a sync service copies it whole.
 */
function ownerRecord(ownerPath: string) {
  const fields = { hostname: hostname(), pid: process.pid, since: '' };
  const textAt = (refreshedAt: Date) =>
    JSON.stringify({ ...fields, refreshedAt: refreshedAt.toISOString(), app: 'Coaching Workbook' });
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> | null = null;
  let stopped = false;
  let keep = false;

  /** Still ours: another process's owner file means the lock was taken over. */
  const stillOurs = (text: string): boolean | null => {
    const { holder } = ownerFrom(text);
    if (holder.hostname === null) return null; // unreadable: judge at the next refresh
    return (
      holder.hostname === fields.hostname &&
      holder.pid === fields.pid &&
      holder.since?.toISOString() === fields.since
    );
  };

  const refresh = async (onTakenOver: () => void) => {
    let current: string;
    try {
      current = await readFile(ownerPath, 'utf8');
    } catch {
      return; // gone: proper-lockfile finds the directory gone and reports the lock lost
    }
    if (stopped) return;
    if (stillOurs(current) === false) {
      onTakenOver();
      return;
    }
    const data = Buffer.from(textAt(new Date()));
    const handle = await open(ownerPath, 'r+'); // r+: never creates it again
    try {
      await handle.write(data, 0, data.length, 0);
      await handle.truncate(data.length);
    } finally {
      await handle.close();
    }
  };

  return {
    /** The text to write when the lock directory is made; `since` and `refreshedAt` are now. */
    firstText(): string {
      const now = new Date();
      fields.since = now.toISOString();
      return textAt(now);
    },
    refreshEvery(intervalMs: number, onTakenOver: () => void): void {
      if (stopped) return;
      timer = setInterval(() => {
        if (writing !== null || stopped) return;
        writing = refresh(onTakenOver)
          .catch(() => undefined) // a failed write is tried again next time
          .finally(() => {
            writing = null;
          });
      }, intervalMs);
      timer.unref(); // the lock must not keep the process running
    },
    /** Stop refreshing; resolves once a write under way has finished. */
    async stop(): Promise<void> {
      stopped = true;
      clearInterval(timer);
      await writing;
    },
    /** From now on removing the lock leaves its directory alone: it is someone else's. */
    keepDirectory(): void {
      keep = true;
    },
    get keep(): boolean {
      return keep;
    },
  };
}

/**
 * The file system proper-lockfile uses for this lock. The owner file is written inside the lock
 * directory as soon as it is made, before proper-lockfile records the directory's mtime (writing
 * it afterwards would change the mtime and make the lock look compromised at its first refresh).
 * proper-lockfile removes its lock with rmdir, which fails on a directory that is not empty, so
 * removal (on release, stale takeover and exit) takes the owner file with it; except once another
 * process's owner file was found in it, when the directory is theirs and is left alone.
 */
function lockFs(lockPath: string, owner: OwnerRecord) {
  type Callback = (error: NodeJS.ErrnoException | null) => void;
  return {
    ...fs,
    mkdir(path: string, callback: Callback) {
      if (path !== lockPath) {
        fs.mkdir(path, callback);
        return;
      }
      // Built aside and renamed into place: a process killed at any moment leaves either no
      // lock or a lock that says whose it is (never an empty one nobody can judge).
      const building = `${dirname(path)}/.${basename(path)}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
      const giveUp = (error: NodeJS.ErrnoException | null) => {
        fs.rm(building, { recursive: true, force: true }, () => {
          callback(error);
        });
      };
      fs.mkdir(building, { mode: 0o700 }, (error) => {
        if (error !== null) {
          callback(error);
          return;
        }
        fs.writeFile(
          join(building, OWNER_FILE_NAME),
          owner.firstText(),
          { mode: 0o600 },
          (writeError) => {
            if (writeError !== null) {
              giveUp(writeError);
              return;
            }
            fs.rename(building, path, (renameError) => {
              if (renameError === null) {
                callback(null);
                return;
              }
              // Someone holds it (a directory with their owner file in it): say so as mkdir would.
              const taken = ['ENOTEMPTY', 'EEXIST', 'EPERM', 'EACCES'].includes(
                renameError.code ?? '',
              );
              giveUp(
                taken
                  ? Object.assign(new Error('The lock is held'), { code: 'EEXIST' })
                  : renameError,
              );
            });
          },
        );
      });
    },
    rmdir(path: string, callback: Callback) {
      if (path !== lockPath) fs.rmdir(path, callback);
      else if (owner.keep) callback(null);
      else fs.rm(path, { recursive: true }, callback);
    },
    rmdirSync(path: string) {
      if (path !== lockPath) fs.rmdirSync(path);
      else if (!owner.keep) fs.rmSync(path, { recursive: true });
    },
  };
}

async function readOwnerText(lockPath: string): Promise<string | null> {
  try {
    return await readFile(join(lockPath, OWNER_FILE_NAME), 'utf8');
  } catch {
    // Missing (the lock is being taken right now, or was left empty) or unreadable.
    return null;
  }
}

const ownerFile = z.object({
  hostname: z.string().min(1).nullable().catch(null),
  pid: z.number().int().positive().nullable().catch(null),
  since: z.iso.datetime().nullable().catch(null),
  refreshedAt: z.iso.datetime().nullable().catch(null),
});

/** What an owner file says: who holds the lock, and when it last refreshed it (null: not said). */
function ownerFrom(ownerText: string | null): { holder: LockHolder; refreshedAt: Date | null } {
  let data: unknown = null;
  try {
    data = ownerText === null ? null : JSON.parse(ownerText);
  } catch {
    data = null;
  }
  const parsed = ownerFile.safeParse(data);
  const owner = parsed.success
    ? parsed.data
    : { hostname: null, pid: null, since: null, refreshedAt: null };
  return {
    holder: {
      hostname: owner.hostname,
      pid: owner.pid,
      since: owner.since === null ? null : new Date(owner.since),
      sameMachine: owner.hostname === hostname(),
    },
    refreshedAt: owner.refreshedAt === null ? null : new Date(owner.refreshedAt),
  };
}

/**
 * Held by another computer that refreshed it lately, by its owner file: respected even if the lock
 * directory's mtime is old, as sync services do not carry a directory's mtime. See CLOCK_SKEW_MS.
 */
function refreshedElsewhere(
  owner: { holder: LockHolder; refreshedAt: Date | null },
  staleMs: number,
): boolean {
  const { holder, refreshedAt } = owner;
  if (holder.hostname === null || holder.sameMachine || refreshedAt === null) return false;
  return Math.abs(Date.now() - refreshedAt.getTime()) < staleMs + CLOCK_SKEW_MS;
}

/** A lock directory without an owner file, older than EMPTY_LOCK_GRACE_MS (or gone already). */
async function leftEmpty(lockPath: string): Promise<boolean> {
  try {
    return Date.now() - (await stat(lockPath)).mtimeMs > EMPTY_LOCK_GRACE_MS;
  } catch (error) {
    return errorCode(error) === 'ENOENT';
  }
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
