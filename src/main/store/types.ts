import type { Workbook } from '../../shared/schema';
import type { Result } from '../../shared/result';
import type { BackupInfo, WorkbookInfo } from '../../shared/contract';

/**
 * A change to the workbook. It receives a private draft copy and either edits it and returns
 * ok(value), or returns an error and the draft is thrown away. The store validates the edited
 * draft against the schema before accepting it: an invalid draft is refused with a message
 * naming each field, and nothing is written.
 */
export type Mutation<T> = (draft: Workbook) => Result<T>;

/**
 * The one owner of the workbook file. Only the main process holds one; every read and write
 * of the workbook goes through it.
 */
export interface WorkbookStore {
  /** Absolute path of the workbook file. */
  readonly filePath: string;
  /** How the workbook opened, with its backups. */
  info(): WorkbookInfo;
  /**
   * The current workbook (treat as read-only). In recovery there is no workbook: an error
   * with code `recovery`. In read-only mode the workbook is returned but cannot change.
   */
  read(): Result<Workbook>;
  /**
   * Apply a change. Resolves once the change is durably on disk (or was refused). Changes that
   * arrive while a write is in flight are coalesced into the next single write.
   */
  update<T>(mutation: Mutation<T>): Promise<Result<T>>;
  listBackups(): Promise<BackupInfo[]>;
  /** Replace the workbook with a backup; the file it replaces is kept aside first. */
  restoreBackup(backupId: string): Promise<Result<WorkbookInfo>>;
  /** Wait for pending writes, then release the file. */
  close(): Promise<void>;
}
