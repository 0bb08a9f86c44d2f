import type { BackupInfo, WorkbookInfo, WorkbookState } from '../../shared/contract';
import { fail, ok, type Result } from '../../shared/result';
import { CURRENT_SCHEMA_VERSION, type Workbook } from '../../shared/schema';
import { BACKUP_INTERVAL_MS } from './backups';
import { changeOf, deepFreeze, draftOf, type PartEdit } from './changedRecords';
import type { PartKey } from './folderLayout';
import { FolderWatch } from './folderWatch';
import { allParts, type PartData } from './partFiles';
import { partAfter } from './partRecords';
import { replacePart, summariseOutside } from './replacePart';
import { reconcilePart } from './reconcilePart';
import { listSetAside, type SetAsideFile } from './setAside';
import { describe, saveFailedMessage } from './storeMessages';
import type { Mutation, WorkbookStore } from './types';
import type { Opening, StoreServices } from './storeOpening';

/**
 * The workbook store over a folder of part files. Every change runs in turn on a shallow draft,
 * is validated where it changed, and is answered only once the files it touches are durably on
 * disk; a change that could not be written is not kept in memory (the page keeps it pending and
 * retries). Before a file is written, it is checked against what this process last saw: a file
 * changed elsewhere is merged record by record, never written over.
 */
export class FolderWorkbookStore implements WorkbookStore {
  readonly filePath: string;
  private data: Workbook | null;
  private readonly base = new Map<PartKey, PartData | null>();
  private queue: Promise<unknown> = Promise.resolve();
  private state: WorkbookState;
  private message: string;
  private notice: string | null = null;
  private revision = 0;
  private keptAsidePath: string | null;
  private fileSchemaVersion: number | null;
  private lastSavedAt: string | null;
  private lockedElsewhere: boolean;
  private lastBackupAt: number | null = null;
  private closed = false;
  private backupList: BackupInfo[] = [];
  private setAsideList: SetAsideFile[] = [];
  private readonly watch: FolderWatch;

  constructor(
    private readonly services: StoreServices,
    opening: Opening,
  ) {
    this.filePath = services.folder;
    this.watch = new FolderWatch(services.folder);
    this.state = opening.state;
    this.message = opening.message;
    this.data = opening.workbook === null ? null : deepFreeze(opening.workbook);
    for (const [key, part] of opening.parts) this.base.set(key, part);
    this.keptAsidePath = opening.keptAsidePath;
    this.fileSchemaVersion = opening.fileSchemaVersion;
    this.lastSavedAt = opening.lastSavedAt;
    this.lockedElsewhere = opening.lockedElsewhere;
  }

  /** Lists that need the disk, refreshed after open and after anything that changes them. */
  async refreshLists(): Promise<void> {
    const { backups, folder } = this.services;
    this.backupList =
      this.state === 'recovery' ? await backups.listRestorable() : await backups.list();
    this.setAsideList = await listSetAside(folder);
  }

  info(): WorkbookInfo {
    const book = this.data;
    return {
      state: this.state,
      message: this.message,
      filePath: this.filePath,
      keptAsidePath: this.keptAsidePath,
      fileSchemaVersion: this.fileSchemaVersion,
      lastSavedAt: this.lastSavedAt,
      backups: this.backupList,
      setAside: this.setAsideList.map(({ name, reason, at }) => ({ name, reason, at })),
      notice: this.notice,
      revision: this.revision,
      canRetry: this.lockedElsewhere,
      isNew:
        book !== null &&
        book.practice.coachName.trim() === '' &&
        book.practice.businessName.trim() === '' &&
        book.clients.length === 0,
    };
  }

  read(): Result<Workbook> {
    if (this.data === null) return fail('recovery', this.message);
    return ok(this.data);
  }

  update<T>(mutation: Mutation<T>): Promise<Result<T>> {
    return this.enqueue(async () => {
      if (this.closed) return fail('internal', 'The workbook is already closed.');
      if (this.state !== 'ok' || this.data === null) {
        return fail(this.state === 'ok' ? 'recovery' : this.state, this.message);
      }
      const draft = draftOf(this.data);
      let outcome: Result<T>;
      try {
        outcome = mutation(draft);
      } catch (error) {
        return fail('internal', `The change could not be made: ${describe(error)}`);
      }
      if (!outcome.ok) return outcome;
      const change = changeOf(this.data, draft);
      if (!change.ok) return change;
      if (change.value.edits.size === 0) return outcome;
      const saved = await this.save(change.value.next, change.value.edits);
      return saved.ok ? outcome : saved;
    });
  }

  /** Look for files changed elsewhere and load them (a cheap check when nothing changed). */
  checkForChanges(): Promise<void> {
    return this.enqueue(async () => {
      if (this.closed || this.state !== 'ok' || this.data === null) return;
      const { disk } = this.services;
      if (!(await this.watch.mayHaveChanged())) return;
      const keys = new Set([...(await disk.listParts()), ...this.base.keys()]);
      const loaded: PartKey[] = [];
      for (const key of keys) {
        if (!(await disk.changedSinceSeen(key))) continue;
        const ours = this.base.get(key) ?? null;
        const outcome = await reconcilePart(this.reconcileContext(), key, ours, this.now());
        if (outcome.kind === 'blocked') {
          this.turnReadOnly(outcome.message);
          await this.refreshLists();
          return;
        }
        this.data = replacePart(this.data, key, outcome.data);
        this.base.set(key, outcome.data);
        loaded.push(key);
      }
      await this.watch.settle();
      if (loaded.length > 0) this.tellChangedElsewhere(loaded);
      await this.refreshLists();
    });
  }

  async listBackups(): Promise<BackupInfo[]> {
    await this.refreshLists();
    return this.backupList;
  }

  restoreBackup(backupId: string): Promise<Result<WorkbookInfo>> {
    return this.enqueue(async () => {
      if (this.closed) return fail('internal', 'The workbook is already closed.');
      if (this.lockedElsewhere) return fail('readOnly', this.message);
      const { backups } = this.services;
      if (!backups.isBackupName(backupId)) {
        return fail('invalid', 'That is not one of the backups of this workbook.');
      }
      try {
        const reading = await backups.read(backupId);
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
        // What is there now becomes a backup itself, so restoring can be undone.
        await backups.take(this.now());
        await this.writeWhole(reading.workbook);
      } catch (error) {
        return fail('io', `The backup could not be restored (${describe(error)}).`);
      }
      this.message = `Your workbook was restored from the backup of ${backupId.slice(0, 10)}. What it replaced was kept as a backup too.`;
      await this.refreshLists();
      return ok(this.info());
    });
  }

  /** Start an empty workbook in recovery: only when the coach asks. Client files stay. */
  startNew(empty: Workbook): Promise<Result<WorkbookInfo>> {
    return this.enqueue(async () => {
      if (this.state !== 'recovery') {
        return fail('conflict', 'The workbook is open: there is nothing to start again.');
      }
      try {
        await this.writeWhole(empty);
      } catch (error) {
        return fail('io', saveFailedMessage(error));
      }
      this.message = 'A new, empty workbook was started. Nothing that was set aside was deleted.';
      await this.refreshLists();
      return ok(this.info());
    });
  }

  /** "Try again" after another window held the workbook: take it over if it was let go. */
  retryOpen(): Promise<Result<WorkbookInfo>> {
    return this.enqueue(async () => {
      if (!this.lockedElsewhere) return ok(this.info());
      const opening = await this.services.reopen();
      this.services.lock = opening.lock;
      this.state = opening.state;
      this.message = opening.message;
      this.lockedElsewhere = opening.lockedElsewhere;
      this.data = opening.workbook === null ? null : deepFreeze(opening.workbook);
      this.base.clear();
      for (const [key, part] of opening.parts) this.base.set(key, part);
      this.revision += 1;
      await this.refreshLists();
      return ok(this.info());
    });
  }

  async close(): Promise<void> {
    await this.enqueue(async () => {
      if (!this.closed && this.services.lock !== null && this.state === 'ok') {
        await this.services.disk.saveChecked().catch(() => undefined);
      }
      this.closed = true;
    });
    await this.services.lock?.release();
  }

  /** The lock was lost while open: stop writing, say so. */
  turnReadOnly(message: string): void {
    this.state = 'readOnly';
    this.message = message;
    this.revision += 1;
  }

  private now(): Date {
    return this.services.now();
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private reconcileContext() {
    return { folder: this.services.folder, disk: this.services.disk, base: this.base };
  }

  /**
   * Write the parts a change touched. All or nothing: when one cannot be written, those already
   * written are put back, and memory keeps the workbook as it was.
   */
  private async save(next: Workbook, edits: ReadonlyMap<PartKey, PartEdit>): Promise<Result<null>> {
    const at = this.now();
    await this.backupIfDue(at);
    const { disk } = this.services;
    const written: { key: PartKey; before: PartData | null }[] = [];
    const fromElsewhere: PartKey[] = [];
    let book = next;
    try {
      for (const [key, edit] of edits) {
        let data = partAfter(key, this.base.get(key) ?? null, edit);
        if (await disk.changedSinceSeen(key)) {
          const outcome = await reconcilePart(this.reconcileContext(), key, data, at);
          if (outcome.kind === 'blocked') {
            await this.putBack(written);
            this.turnReadOnly(outcome.message);
            await this.refreshLists();
            return fail('readOnly', outcome.message);
          }
          if (outcome.tookTheirs) fromElsewhere.push(key);
          data = outcome.data;
          book = replacePart(book, key, data);
        }
        await disk.write(key, data);
        written.push({ key, before: this.base.get(key) ?? null });
        this.base.set(key, data);
      }
    } catch (error) {
      await this.putBack(written);
      return fail('io', saveFailedMessage(error));
    }
    // Its records are frozen already (validated in changeOf, or read from disk): no deep walk.
    this.data = book;
    this.lastSavedAt = at.toISOString();
    this.fileSchemaVersion = CURRENT_SCHEMA_VERSION;
    await this.watch.settle();
    if (fromElsewhere.length > 0) {
      this.tellChangedElsewhere(fromElsewhere);
      await this.refreshLists();
    }
    return ok(null);
  }

  /** Undo the writes of a change that could not be completed (best effort, then memory follows). */
  private async putBack(written: { key: PartKey; before: PartData | null }[]): Promise<void> {
    for (const { key, before } of written.reverse()) {
      try {
        await this.services.disk.write(key, before);
        this.base.set(key, before);
      } catch {
        // The new version stays on disk: memory must say so too.
        const after = this.base.get(key) ?? null;
        if (this.data !== null) this.data = replacePart(this.data, key, after);
      }
    }
  }

  /** Replace every part with `book`'s (a restored backup, a new workbook). */
  private async writeWhole(book: Workbook): Promise<void> {
    const { disk } = this.services;
    const parts = allParts(book);
    const gone = (await disk.listParts()).filter((key) => !parts.has(key) && key !== 'main');
    // The main file last: a folder is a workbook only once it is there.
    await disk.writeAll(parts);
    for (const key of gone) await disk.write(key, null);
    this.base.clear();
    for (const [key, data] of parts) this.base.set(key, data);
    this.data = deepFreeze(structuredClone(book));
    this.state = 'ok';
    this.revision += 1;
    this.lastSavedAt = this.now().toISOString();
    this.fileSchemaVersion = CURRENT_SCHEMA_VERSION;
  }

  private async backupIfDue(at: Date): Promise<void> {
    if (this.lastBackupAt !== null && at.getTime() - this.lastBackupAt < BACKUP_INTERVAL_MS) {
      return;
    }
    try {
      await this.services.backups.take(at);
      this.lastBackupAt = at.getTime();
      this.backupList = await this.services.backups.list();
    } catch {
      // A failed backup must not stop the coach's work from being saved; try next time.
    }
  }

  private tellChangedElsewhere(keys: readonly PartKey[]): void {
    this.notice = summariseOutside(keys);
    this.revision += 1;
  }
}
