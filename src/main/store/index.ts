/**
 * The durable workbook store: the only code that reads or writes a workbook folder.
 * See openWorkbookStore for how a workbook opens, FolderWorkbookStore.update for saving,
 * BackupFolder for the backup policy, and readWorkbookText for reading older single files.
 */
export { openWorkbookStore, type OpenOptions } from './openWorkbookStore';
export { readWorkbookText, serializeWorkbook, type WorkbookReading } from './readWorkbookText';
export { readWorkbookAt, type WorkbookAtReading } from './readWorkbookAt';
export { migrateToCurrent, type MigrationOutcome } from './migrations';
export { BACKUP_INTERVAL_MS, DEFAULT_BACKUPS_TO_KEEP } from './backups';
export { allParts, serializePart } from './partFiles';
export type { Mutation, WorkbookStore } from './types';
