import type { Result } from '../../shared/result';
import type { BackupInfo, WorkbookInfo } from '../../shared/contract';
import type { Workbook } from '../../shared/schema';
import type { Mutation, WorkbookStore } from './types';

/**
 * The workbook the app has open now. The handlers are built once, on this; File → Open and
 * File → New put another workbook behind it, and every request after that goes there.
 */
export class CurrentStore implements WorkbookStore {
  constructor(private current: WorkbookStore) {}

  get filePath(): string {
    return this.current.filePath;
  }

  /** Put `next` in place and close the one it replaces (its lock is released). */
  async replaceWith(next: WorkbookStore): Promise<void> {
    const previous = this.current;
    this.current = next;
    await previous.close();
  }

  info(): WorkbookInfo {
    return this.current.info();
  }
  read(): Result<Workbook> {
    return this.current.read();
  }
  update<T>(mutation: Mutation<T>): Promise<Result<T>> {
    return this.current.update(mutation);
  }
  checkForChanges(): Promise<void> {
    return this.current.checkForChanges();
  }
  listBackups(): Promise<BackupInfo[]> {
    return this.current.listBackups();
  }
  restoreBackup(backupId: string): Promise<Result<WorkbookInfo>> {
    return this.current.restoreBackup(backupId);
  }
  startNew(empty: Workbook): Promise<Result<WorkbookInfo>> {
    return this.current.startNew(empty);
  }
  retryOpen(): Promise<Result<WorkbookInfo>> {
    return this.current.retryOpen();
  }
  close(): Promise<void> {
    return this.current.close();
  }
}
