import type { WorkbookState } from '../../shared/contract';
import type { Workbook } from '../../shared/schema';
import type { BackupFolder } from './backups';
import type { PartKey } from './folderLayout';
import type { PartData } from './partFiles';
import type { PartDisk } from './partDisk';
import type { WorkbookLock } from './workbookLock';

/** How the store starts; decided by openWorkbookStore from what is on disk. */
export interface Opening {
  state: WorkbookState;
  message: string;
  /** The workbook to show (null in recovery). */
  workbook: Workbook | null;
  /** The parts as read from disk: the last version this process and the disk shared. */
  parts: Map<PartKey, PartData>;
  fileSchemaVersion: number | null;
  lastSavedAt: string | null;
  keptAsidePath: string | null;
  /** Whether "Try again" can help: another process holds the workbook. */
  lockedElsewhere: boolean;
}

export interface StoreServices {
  folder: string;
  disk: PartDisk;
  backups: BackupFolder;
  now: () => Date;
  lock: WorkbookLock | null;
  /** Read the folder again and take the lock again (for "Try again" when it was held). */
  reopen: () => Promise<Opening & { lock: WorkbookLock | null }>;
}
