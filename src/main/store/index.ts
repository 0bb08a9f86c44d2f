/**
 * The durable workbook store: the only code that reads or writes the workbook file.
 * See openWorkbookStore for how a file opens, LowWorkbookStore.update for saving, BackupFolder
 * for the backup policy, and readWorkbookText for the one reading path shared with `cli check`.
 */
export { openWorkbookStore, type OpenOptions } from './openWorkbookStore';
export { readWorkbookText, type WorkbookReading } from './readWorkbookText';
export { migrateToCurrent, type MigrationOutcome } from './migrations';
export { BACKUP_INTERVAL_MS, DEFAULT_BACKUPS_TO_KEEP } from './backups';
export { serializeWorkbook } from './workbookFile';
export type { Mutation, WorkbookStore } from './types';
