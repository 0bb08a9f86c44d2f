import type { Workbook } from '../../shared/schema';
import type { Result } from '../../shared/result';
import type { BackupInfo, WorkbookInfo } from '../../shared/contract';

/**
 * A change to the workbook. It receives a private draft whose lists are new arrays holding the
 * stored (frozen) records, and either replaces the records it changes and returns ok(value), or
 * returns an error and the draft is thrown away. The store validates each replaced record (and
 * the rules between records it touches) before accepting it: an invalid draft is refused with
 * a message naming each field, and nothing is written.
 */
export type Mutation<T> = (draft: Workbook) => Result<T>;

/**
 * The one owner of a workbook folder. Only the process holding the folder's lock writes; every
 * read and write of the workbook goes through it.
 */
export interface WorkbookStore {
  /** Absolute path of the workbook folder. */
  readonly filePath: string;
  /** How the workbook opened, with its backups and the files set aside. */
  info(): WorkbookInfo;
  /**
   * The current workbook (treat as read-only: its records are frozen). In recovery there is no
   * workbook: an error with code `recovery`.
   */
  read(): Result<Workbook>;
  /**
   * Apply a change. Resolves once the files it touches are durably on disk, or with an error;
   * a change that could not be written is not applied (nothing is saved behind the coach's back).
   */
  update<T>(mutation: Mutation<T>): Promise<Result<T>>;
  /** Load files changed by another computer or program (cheap when nothing changed). */
  checkForChanges(): Promise<void>;
  listBackups(): Promise<BackupInfo[]>;
  /** Replace the workbook with a backup; what it replaces becomes a backup first. */
  restoreBackup(backupId: string): Promise<Result<WorkbookInfo>>;
  /** In recovery, start an empty workbook (only when the coach asks). */
  startNew(empty: Workbook): Promise<Result<WorkbookInfo>>;
  /** Read-only because another window held the workbook: try to take it over again. */
  retryOpen(): Promise<Result<WorkbookInfo>>;
  /** Wait for pending writes, then release the folder's lock. */
  close(): Promise<void>;
}
