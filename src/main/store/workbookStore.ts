import { basename } from 'node:path';
import { Low } from 'lowdb';
import type { BackupInfo, WorkbookInfo, WorkbookState } from '../../shared/contract';
import { emptyWorkbook } from '../../shared/domain/emptyRecords';
import { fail, ok, type Result } from '../../shared/result';
import { CURRENT_SCHEMA_VERSION, workbook, type Workbook } from '../../shared/schema';
import { validate } from '../../shared/validation';
import { errorCode, renameWithRetry } from './atomicTextFile';
import { BACKUP_INTERVAL_MS, type BackupFolder } from './backups';
import { CoalescingWriter } from './coalescingWriter';
import { freeAsidePath, exists } from './paths';
import { describe, saveFailedMessage } from './storeMessages';
import type { Mutation, WorkbookStore } from './types';
import type { WorkbookFile } from './workbookFile';

/** How the store starts; decided by openWorkbookStore from what is on disk. */
export type Opening =
  | {
      state: 'ok';
      workbook: Workbook;
      message: string;
      fileSchemaVersion: number | null;
      lastSavedAt: string | null;
    }
  | { state: 'readOnly'; view: Result<Workbook>; message: string; fileSchemaVersion: number }
  | {
      state: 'recovery';
      message: string;
      keptAsidePath: string | null;
      fileSchemaVersion: number | null;
    };

/** See WorkbookStore (types.ts) for the contract; openWorkbookStore (index.ts) builds one. */
export class LowWorkbookStore implements WorkbookStore {
  private readonly db: Low<Workbook>;
  private readonly writer: CoalescingWriter;
  private state: WorkbookState;
  private message: string;
  private keptAsidePath: string | null = null;
  private fileSchemaVersion: number | null;
  private lastSavedAt: string | null = null;
  private readOnlyView: Result<Workbook> = fail('readOnly', '');
  private backupList: BackupInfo[];
  /** Changes committed to memory, and how many of them are known to be on disk. */
  private committed = 0;
  private saved = 0;
  private lastBackupAt: number | null = null;
  private busy: 'restoring' | 'closed' | null = null;

  constructor(
    readonly filePath: string,
    private readonly file: WorkbookFile,
    private readonly backups: BackupFolder,
    private readonly now: () => Date,
    opening: Opening,
    backupList: BackupInfo[],
  ) {
    this.db = new Low<Workbook>(file, opening.state === 'ok' ? opening.workbook : emptyWorkbook());
    this.writer = new CoalescingWriter(() => this.writeAll());
    this.state = opening.state;
    this.message = opening.message;
    this.fileSchemaVersion = opening.fileSchemaVersion;
    this.backupList = backupList;
    if (opening.state === 'ok') this.lastSavedAt = opening.lastSavedAt;
    if (opening.state === 'readOnly') this.readOnlyView = opening.view;
    if (opening.state === 'recovery') this.keptAsidePath = opening.keptAsidePath;
  }

  info(): WorkbookInfo {
    const shown = this.read();
    const practice = shown.ok ? shown.value.practice : null;
    return {
      state: this.state,
      message: this.message,
      filePath: this.filePath,
      keptAsidePath: this.keptAsidePath,
      fileSchemaVersion: this.fileSchemaVersion,
      lastSavedAt: this.lastSavedAt,
      backups: this.backupList,
      isNew:
        shown.ok &&
        practice !== null &&
        practice.coachName.trim() === '' &&
        practice.businessName.trim() === '' &&
        shown.value.clients.length === 0,
    };
  }

  read(): Result<Workbook> {
    if (this.state === 'recovery') return fail('recovery', this.message);
    if (this.state === 'readOnly') return this.readOnlyView;
    return ok(this.db.data);
  }

  /**
   * The mutation runs on a private copy; the whole result is validated before it replaces the
   * workbook in memory, so a refused change leaves memory and file exactly as they were.
   * Accepted changes resolve once a write containing them is durable. If that write fails
   * (disk full, permission denied), the change stays in memory, the answer is an `io` error,
   * and the next change (or close) writes everything again: nothing typed is lost while the
   * app runs.
   */
  async update<T>(mutation: Mutation<T>): Promise<Result<T>> {
    if (this.busy === 'closed') return fail('internal', 'The workbook is already closed.');
    if (this.state !== 'ok') return fail(this.state, this.message);
    if (this.busy === 'restoring') {
      return fail('conflict', 'A backup is being restored. Please try again in a moment.');
    }
    const draft = structuredClone(this.db.data);
    let outcome: Result<T>;
    try {
      outcome = mutation(draft);
    } catch (error) {
      return fail('internal', `The change could not be made: ${describe(error)}`);
    }
    if (!outcome.ok) return outcome;
    const checked = validate(workbook, draft, 'This change');
    if (!checked.ok) return checked;
    this.db.data = checked.value;
    this.committed += 1;
    const failure = await this.writer.request();
    return failure === null ? outcome : fail('io', saveFailedMessage(failure));
  }

  async listBackups(): Promise<BackupInfo[]> {
    this.backupList = await this.backups.listRestorable();
    return this.backupList;
  }

  async restoreBackup(backupId: string): Promise<Result<WorkbookInfo>> {
    if (this.busy !== null) return fail('conflict', 'The workbook is busy. Please try again.');
    if (!this.backups.isBackupName(backupId)) {
      return fail('invalid', 'That is not one of the backups of this workbook.');
    }
    this.busy = 'restoring';
    try {
      await this.writer.idle();
      return await this.restore(backupId);
    } catch (error) {
      return fail(
        'io',
        `The backup could not be restored (${describe(error)}). Nothing was changed.`,
      );
    } finally {
      this.busy = null;
    }
  }

  async close(): Promise<void> {
    if (this.busy === 'closed') return;
    await this.writer.idle();
    // A write failed earlier: give it one more chance before letting go.
    if (this.state === 'ok' && this.saved < this.committed) await this.writer.request();
    this.busy = 'closed';
  }

  private async restore(backupId: string): Promise<Result<WorkbookInfo>> {
    const reading = await this.backups.read(backupId);
    if (reading === null) return fail('notFound', 'This backup no longer exists.');
    if (reading.kind === 'newer') {
      return fail(
        'conflict',
        'This backup was made by a newer version of the app and cannot be restored here.',
      );
    }
    if (reading.kind !== 'valid') {
      return fail('invalid', `This backup cannot be restored: ${reading.message}`);
    }
    const at = this.now();
    let asidePath: string | null = null;
    if (await exists(this.filePath)) {
      asidePath = await freeAsidePath(
        this.filePath,
        this.state === 'recovery' ? 'unreadable' : 'replaced',
        at,
      );
      await renameWithRetry(this.filePath, asidePath);
    }
    try {
      await this.file.write(reading.workbook);
    } catch (error) {
      // Put the file we moved back where it was, so that "nothing was changed" stays true.
      if (asidePath !== null)
        await renameWithRetry(asidePath, this.filePath).catch(() => undefined);
      throw error;
    }
    this.db.data = reading.workbook;
    this.committed += 1;
    this.saved = this.committed;
    this.state = 'ok';
    this.message =
      asidePath === null
        ? `Your workbook was restored from the backup "${backupId}".`
        : `Your workbook was restored from the backup "${backupId}". The file it replaced was kept as "${basename(asidePath)}".`;
    this.keptAsidePath = asidePath ?? this.keptAsidePath;
    this.fileSchemaVersion = CURRENT_SCHEMA_VERSION;
    this.lastSavedAt = at.toISOString();
    this.backupList = await this.backups.list();
    return ok(this.info());
  }

  /** One durable write of the whole workbook, with a backup first when one is due. */
  private async writeAll(): Promise<void> {
    const at = this.now();
    if (this.lastBackupAt === null || at.getTime() - this.lastBackupAt >= BACKUP_INTERVAL_MS) {
      try {
        await this.backups.take(at);
        this.lastBackupAt = at.getTime();
        this.backupList = await this.backups.list();
      } catch (error) {
        // A failed backup must not stop the coach's work from being saved; try next time.
        if (errorCode(error) === undefined) throw error;
      }
    }
    const writing = this.committed;
    await this.db.write();
    this.saved = Math.max(this.saved, writing);
    this.fileSchemaVersion = CURRENT_SCHEMA_VERSION;
    this.lastSavedAt = at.toISOString();
  }
}
