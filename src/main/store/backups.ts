import { constants, copyFileSync, linkSync, statSync, utimesSync } from 'node:fs';
import { readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupInfo } from '../../shared/contract';
import type { Workbook } from '../../shared/schema';
import { errorCode, makePrivateFolder, syncDirectory } from './atomicTextFile';
import { BACKUPS_FOLDER, CLIENTS_FOLDER, partPath, type PartKey } from './folderLayout';
import { isRecord } from './migrations/record';
import { fileStamp, parseFileStamp } from './paths';
import { PartDisk } from './partDisk';
import { readWorkbookFolder } from './readFolder';
import { readWorkbookText } from './readWorkbookText';

/** How many backups we keep by default (see BackupFolder for the policy). */
export const DEFAULT_BACKUPS_TO_KEEP = 20;
/** While the coach keeps working, a new backup at most this often. */
export const BACKUP_INTERVAL_MS = 10 * 60 * 1000;

/** Inside each backup folder: its size, noted when it was taken (listing stays cheap). */
const SIZE_FILE = 'backup.json';

/** A backup as read back: usable, made by a newer app, or not usable (with why). */
export type BackupReading =
  | { kind: 'valid'; workbook: Workbook }
  | { kind: 'newer'; message: string }
  | { kind: 'invalid'; message: string };

/**
 * Rolling backups of a workbook folder, in its `backups/` folder.
 *
 * Policy: before the first write of each app session, and then before a write whenever the
 * last backup of this session is at least 10 minutes old, the workbook's files as they are on
 * disk (the last good version: the store only ever writes valid records) are kept in a new
 * folder `backups/<UTC time>/` with the same layout. The newest 20 are kept. A file is copied
 * the first time and hard-linked from the newest backup while it stays unchanged: backups are
 * never written to, so a link is as safe as a copy, and a program that edits the workbook's
 * own files in place cannot reach them. A single file `backups/<UTC time>-<what>.json` is a
 * workbook from before workbooks were folders (kept when one is converted). A backup id is its
 * name; ids come from the renderer, so anything that is not exactly one of ours is refused.
 */
export class BackupFolder {
  readonly folder: string;
  /** Backups never change once written, so what we learned about one stays true. */
  private readonly restorable = new Map<string, boolean>();
  private readonly sizes = new Map<string, number>();

  constructor(
    private readonly workbookFolder: string,
    private readonly keep: number,
  ) {
    this.folder = join(workbookFolder, BACKUPS_FOLDER);
  }

  /**
   * Keep the workbook's files as they are now in a new backup, then drop the oldest. A file
   * unchanged since the newest backup (same size and time) is hard-linked to that backup's
   * copy, which nothing ever writes to; the others are copied and keep their times. So a backup costs what changed since the last one, not the whole workbook.
   */
  async take(at: Date): Promise<void> {
    const source = new PartDisk(this.workbookFolder);
    const keys = await source.listParts();
    await makePrivateFolder(this.folder);
    const names = await this.names();
    const newest = this.sortNewestFirst(names).find((n) => !n.endsWith('.json'));
    const taken = new Set(names);
    let name = fileStamp(at);
    for (let n = 1; taken.has(name); n += 1) name = `${fileStamp(at)}-${n}`;
    // Built under a hidden name and renamed when complete: a crash never leaves half a backup.
    const building = join(this.folder, `.${name}.tmp`);
    await makePrivateFolder(join(building, CLIENTS_FOLDER));
    const previous = newest === undefined ? null : join(this.folder, newest);
    let bytes = 0;
    let kept = 0;
    for (const key of keys) {
      const size = this.keepOne(key, previous, building);
      if (size === null) continue;
      bytes += size;
      kept += 1;
    }
    if (kept === 0) {
      await rm(building, { recursive: true, force: true });
      return;
    }
    await writeFile(join(building, SIZE_FILE), `${JSON.stringify({ bytes })}\n`, { mode: 0o600 });
    await syncDirectory(join(building, CLIENTS_FOLDER));
    await syncDirectory(building);
    await rename(building, join(this.folder, name));
    await syncDirectory(this.folder);
    this.restorable.set(name, true);
    this.sizes.set(name, bytes);
    await this.prune();
  }

  /**
   * One file into the backup being built: linked when unchanged, else copied; its size.
   * Synchronous on purpose: thousands of small file operations run several times faster so
   * (measured: 10,000 files linked in 0.2 s, against 5 s through the thread pool).
   */
  private keepOne(key: PartKey, previous: string | null, building: string): number | null {
    const from = partPath(this.workbookFolder, key);
    const to = partPath(building, key);
    const now = statSync(from, { throwIfNoEntry: false });
    if (now === undefined) return null;
    if (previous !== null) {
      const before = statSync(partPath(previous, key), { throwIfNoEntry: false });
      if (before !== undefined && before.size === now.size && sameMillisecond(before, now)) {
        try {
          linkSync(partPath(previous, key), to);
          return now.size;
        } catch {
          // No hard links here (some file systems): copy instead.
        }
      }
    }
    try {
      copyFileSync(from, to, constants.COPYFILE_FICLONE);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
    // Not flushed one by one (that would make the first backup of a large workbook take
    // seconds): a copy a crash cut short has another size, so the next backup copies it again.
    utimesSync(to, now.atime, now.mtime);
    return now.size;
  }

  /** Keep the newest `keep` backups; also clear half-built ones a crash left behind. */
  async prune(): Promise<void> {
    const entries = await readdir(this.folder).catch(() => []);
    const stale = entries.filter((name) => name.startsWith('.') && name.endsWith('.tmp'));
    const old = this.sortNewestFirst(entries.filter((name) => this.isBackupName(name))).slice(
      this.keep,
    );
    await Promise.all(
      [...stale, ...old].map((name) =>
        rm(join(this.folder, name), { recursive: true, force: true }),
      ),
    );
  }

  /** Every backup, newest first, without opening them (cheap). */
  async list(): Promise<BackupInfo[]> {
    const infos = await Promise.all(
      this.sortNewestFirst(await this.names()).map((n) => this.info(n)),
    );
    return infos.filter((info): info is BackupInfo => info !== null);
  }

  /** The backups that can be restored (they read as a valid or migratable workbook), newest first. */
  async listRestorable(): Promise<BackupInfo[]> {
    const all = await this.list();
    const checks = await Promise.all(all.map((backup) => this.isRestorable(backup.id)));
    return all.filter((_, i) => checks[i]);
  }

  /** Read a backup by id; null when the id is not one of our backups (path tricks included). */
  async read(id: string): Promise<BackupReading | null> {
    if (!this.isBackupName(id) || !(await this.names()).includes(id)) return null;
    const path = join(this.folder, id);
    const reading = id.endsWith('.json')
      ? fromFileReading(readWorkbookText(await readFile(path, 'utf8')))
      : await readSnapshot(path);
    this.restorable.set(id, reading.kind === 'valid');
    return reading;
  }

  /** `<stamp>`, `<stamp>-<n>` (folders) or `<stamp>-<word>.json` (a converted single file). */
  isBackupName(name: string): boolean {
    if (name.includes('/') || name.includes('\\') || name.includes('..')) return false;
    return this.parseName(name) !== null;
  }

  private parseName(name: string): { at: Date; n: number } | null {
    const match =
      /^(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z)(?:-(\d{1,6})|-([a-z0-9-]{1,40})\.json)?$/.exec(
        name,
      );
    const at = match?.[1] === undefined ? null : parseFileStamp(match[1]);
    return at === null ? null : { at, n: Number(match?.[2] ?? 0) };
  }

  private sortNewestFirst(names: string[]): string[] {
    const parsed = names.flatMap((name) => {
      const p = this.parseName(name);
      return p === null ? [] : [{ name, time: p.at.getTime(), n: p.n }];
    });
    parsed.sort((a, b) => b.time - a.time || b.n - a.n || a.name.localeCompare(b.name));
    return parsed.map((entry) => entry.name);
  }

  private async names(): Promise<string[]> {
    try {
      return (await readdir(this.folder)).filter((name) => this.isBackupName(name));
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
  }

  private async info(name: string): Promise<BackupInfo | null> {
    const parsed = this.parseName(name);
    const size = this.sizes.get(name) ?? (await this.sizeOf(name));
    if (parsed === null || size === null) return null;
    return { id: name, takenAt: parsed.at.toISOString(), sizeBytes: size };
  }

  /** A backup's size: noted in it when it was taken, else counted once; null if it is gone. */
  private async sizeOf(name: string): Promise<number | null> {
    const path = join(this.folder, name);
    let bytes: number | null = null;
    try {
      const noted: unknown = JSON.parse(await readFile(join(path, SIZE_FILE), 'utf8'));
      if (isRecord(noted) && typeof noted.bytes === 'number') bytes = noted.bytes;
    } catch {
      bytes = await folderBytes(path).catch(() => null);
    }
    if (bytes !== null) this.sizes.set(name, bytes);
    return bytes;
  }

  private async isRestorable(id: string): Promise<boolean> {
    const known = this.restorable.get(id);
    if (known !== undefined) return known;
    const reading = await this.read(id).catch(() => null);
    return reading?.kind === 'valid';
  }
}

function fromFileReading(reading: ReturnType<typeof readWorkbookText>): BackupReading {
  if (reading.kind === 'valid') return { kind: 'valid', workbook: reading.workbook };
  return { kind: reading.kind === 'newer' ? 'newer' : 'invalid', message: reading.message };
}

async function readSnapshot(path: string): Promise<BackupReading> {
  const found = await readWorkbookFolder(new PartDisk(path));
  if (found.newer !== null) return { kind: 'newer', message: found.newer.message };
  const problem = found.unreadable[0];
  if (problem !== undefined) return { kind: 'invalid', message: problem.message };
  if (found.workbook === null) return { kind: 'invalid', message: 'It holds no workbook.' };
  return { kind: 'valid', workbook: found.workbook };
}

/** Copies keep their source's time to about a millisecond (utimes goes through a float). */
function sameMillisecond(a: { mtimeMs: number }, b: { mtimeMs: number }): boolean {
  return Math.abs(a.mtimeMs - b.mtimeMs) < 1;
}

/** Bytes of every file under a folder (for backups made before their size was noted). */
async function folderBytes(path: string): Promise<number> {
  const info = await stat(path);
  if (!info.isDirectory()) return info.size;
  let total = 0;
  for (const name of await readdir(path)) total += await folderBytes(join(path, name));
  return total;
}
