import { mkdir, readFile, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupInfo } from '../../shared/contract';
import { errorCode, writeTextAtomic } from './atomicTextFile';
import { readWorkbookText, type WorkbookReading } from './readWorkbookText';
import { backupsFolderOf, fileStamp, parseFileStamp, stemOf } from './paths';

/** How many backups we keep by default (see BackupFolder for the policy). */
export const DEFAULT_BACKUPS_TO_KEEP = 20;
/** While the coach keeps working, a new backup at most this often. */
export const BACKUP_INTERVAL_MS = 10 * 60 * 1000;

/**
 * Rolling backups of the workbook file, in `<name>.backups/` next to it.
 *
 * Policy: before the first write of each app session, and then before a write whenever the
 * last backup of this session is at least 10 minutes old, the file as it is on disk (the last
 * good version: the store only ever writes valid workbooks) is copied, atomically, to
 * `<name>-<UTC time>.json`. The newest 20 are kept (configurable); older ones are deleted.
 * Twenty sessions or ten-minute stretches reach back days to weeks for a typical coach, while
 * the folder stays small. A backup id is its file name; ids come from the renderer, so anything
 * that is not exactly one of our backup names is refused.
 */
export class BackupFolder {
  readonly folder: string;
  private readonly stem: string;
  /** Backups never change once written, so what we learned about one stays true. */
  private readonly restorable = new Map<string, boolean>();

  constructor(
    private readonly filePath: string,
    private readonly keep: number,
  ) {
    this.folder = backupsFolderOf(filePath);
    this.stem = stemOf(filePath);
  }

  /** Copy the workbook file as it is now into a new backup, then drop the oldest. */
  async take(at: Date): Promise<void> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.filePath);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return;
      throw error;
    }
    await mkdir(this.folder, { recursive: true });
    const names = new Set(await this.names());
    const base = `${this.stem}-${fileStamp(at)}`;
    let name = `${base}.json`;
    for (let n = 1; names.has(name); n += 1) name = `${base}-${n}.json`;
    await writeTextAtomic(join(this.folder, name), bytes);
    this.restorable.set(name, true);
    await this.prune();
  }

  /** Keep the newest `keep` backups; also clear temp files a crash left behind. */
  async prune(): Promise<void> {
    const entries = await readdir(this.folder).catch(() => []);
    const stale = entries.filter((name) => name.startsWith('.') && name.endsWith('.tmp'));
    const old = this.sortNewestFirst(entries.filter((name) => this.isBackupName(name))).slice(
      this.keep,
    );
    await Promise.all(
      [...stale, ...old].map((name) => rm(join(this.folder, name), { force: true })),
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

  /**
   * Read a backup by id. Null when the id is not one of our backups: that covers path tricks
   * such as `../secret` or `a/b`, which can never match a backup name.
   */
  async read(id: string): Promise<WorkbookReading | null> {
    if (!this.isBackupName(id) || !(await this.names()).includes(id)) return null;
    const reading = readWorkbookText(await readFile(join(this.folder, id), 'utf8'));
    this.restorable.set(id, reading.kind === 'valid');
    return reading;
  }

  /** `<stem>-<stamp>.json` or `<stem>-<stamp>-<n>.json`, and nothing else. */
  isBackupName(name: string): boolean {
    if (name.includes('/') || name.includes('\\') || name.includes('..')) return false;
    return this.parseName(name) !== null;
  }

  private parseName(name: string): { at: Date; n: number } | null {
    const prefix = `${this.stem}-`;
    if (!name.startsWith(prefix) || !name.endsWith('.json')) return null;
    const match = /^(.+Z)(?:-(\d{1,6}))?$/.exec(name.slice(prefix.length, -'.json'.length));
    const at = match?.[1] === undefined ? null : parseFileStamp(match[1]);
    return at === null ? null : { at, n: Number(match?.[2] ?? 0) };
  }

  private sortNewestFirst(names: string[]): string[] {
    const parsed = names.flatMap((name) => {
      const p = this.parseName(name);
      return p === null ? [] : [{ name, time: p.at.getTime(), n: p.n }];
    });
    parsed.sort((a, b) => b.time - a.time || b.n - a.n);
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
    const size = await stat(join(this.folder, name)).then(
      (s) => s.size,
      () => null,
    );
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
