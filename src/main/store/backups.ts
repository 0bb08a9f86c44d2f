import { constants } from 'node:fs';
import { copyFile, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupInfo } from '../../shared/contract';
import type { Workbook } from '../../shared/schema';
import { errorCode, makePrivateFolder, syncDirectory } from './atomicTextFile';
import { BACKUPS_FOLDER, CLIENTS_FOLDER, partPath } from './folderLayout';
import { fileStamp, parseFileStamp } from './paths';
import { PartDisk } from './partDisk';
import { readWorkbookFolder } from './readFolder';
import { readWorkbookText } from './readWorkbookText';

/** How many backups we keep by default (see BackupFolder for the policy). */
export const DEFAULT_BACKUPS_TO_KEEP = 20;
/** While the coach keeps working, a new backup at most this often. */
export const BACKUP_INTERVAL_MS = 10 * 60 * 1000;

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
 * disk (the last good version: the store only ever writes valid records) are copied into a new
 * folder `backups/<UTC time>/` with the same layout. The newest 20 are kept. Copies, not hard
 * links: a program that edits a file in place must not change its backups too (on file systems
 * that can, the copy is a cheap clone). A single file `backups/<UTC time>-<what>.json` is a
 * workbook from before workbooks were folders (kept when one is converted). A backup id is its
 * name; ids come from the renderer, so anything that is not exactly one of ours is refused.
 */
export class BackupFolder {
  readonly folder: string;
  /** Backups never change once written, so what we learned about one stays true. */
  private readonly restorable = new Map<string, boolean>();

  constructor(
    private readonly workbookFolder: string,
    private readonly keep: number,
  ) {
    this.folder = join(workbookFolder, BACKUPS_FOLDER);
  }

  /** Copy the workbook's files as they are now into a new backup, then drop the oldest. */
  async take(at: Date): Promise<void> {
    const source = new PartDisk(this.workbookFolder);
    const keys = await source.listParts();
    await makePrivateFolder(this.folder);
    const names = new Set(await this.names());
    let name = fileStamp(at);
    for (let n = 1; names.has(name); n += 1) name = `${fileStamp(at)}-${n}`;
    // Built under a hidden name and renamed when complete: a crash never leaves half a backup.
    const building = join(this.folder, `.${name}.tmp`);
    await makePrivateFolder(join(building, CLIENTS_FOLDER));
    let copied = 0;
    for (const key of keys) {
      try {
        await copyFile(
          partPath(this.workbookFolder, key),
          partPath(building, key),
          constants.COPYFILE_FICLONE,
        );
        copied += 1;
      } catch (error) {
        if (errorCode(error) !== 'ENOENT') throw error;
      }
    }
    if (copied === 0) {
      await rm(building, { recursive: true, force: true });
      return;
    }
    await syncDirectory(join(building, CLIENTS_FOLDER));
    await syncDirectory(building);
    await rename(building, join(this.folder, name));
    await syncDirectory(this.folder);
    this.restorable.set(name, true);
    await this.prune();
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
    const size = await sizeOf(join(this.folder, name)).catch(() => null);
    if (parsed === null || size === null) return null;
    return { id: name, takenAt: parsed.at.toISOString(), sizeBytes: size };
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

/** Bytes of a backup: the file, or every file of a backup folder. */
async function sizeOf(path: string): Promise<number> {
  const info = await stat(path);
  if (!info.isDirectory()) return info.size;
  let total = 0;
  for (const name of await readdir(path)) total += await sizeOf(join(path, name));
  return total;
}
