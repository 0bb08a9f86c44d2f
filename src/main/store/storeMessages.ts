import { basename } from 'node:path';
import { errorCode } from './atomicTextFile';

/**
 * What the coach reads when a save fails. The change was not applied (the workbook in memory
 * stays what is on disk); the page keeps it as not saved and sends it again.
 */
export function saveFailedMessage(error: unknown): string {
  const kept =
    'It is kept in this window, shown as not saved, and saving is tried again; nothing is ' +
    'saved behind your back later.';
  switch (errorCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `The disk is full, so your latest change was not saved. ${kept} Free some space on the disk.`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `The app is not allowed to write in the workbook folder, so your latest change was not saved. ${kept}`;
    case 'ENOENT':
      return `The folder that holds the workbook is missing (was a drive disconnected?), so your latest change was not saved. ${kept}`;
    default:
      return `Your latest change was not saved (${describe(error)}). ${kept}`;
  }
}

/** Recovery: the file could not be used; say why, where it went, and what can be done. */
export function recoveryMessage(
  reason: string,
  keptAsidePath: string | null,
  backupCount: number,
): string {
  const kept =
    keptAsidePath === null
      ? ''
      : ` The file was set aside, unchanged, as "${basename(keptAsidePath)}", so nothing in it is lost.`;
  const offer =
    backupCount > 0
      ? 'You can restore your newest backup to carry on.'
      : 'No backup was found to restore.';
  return `Your workbook could not be opened. ${reason}${kept} ${offer}`;
}

export const MISSING_WITH_BACKUPS =
  'The workbook file is missing, but backups of it were found. This usually happens when the ' +
  'app was closed before an unreadable workbook was restored.';

export const MIGRATED_MESSAGE =
  'Your workbook was updated to work with this version of the app. A copy of it as it was ' +
  'is kept in the backups.';

export function describe(error: unknown): string {
  return errorCode(error) ?? (error instanceof Error ? error.message : String(error));
}
