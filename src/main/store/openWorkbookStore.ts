import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { emptyWorkbook } from '../../shared/domain/emptyRecords';
import { fail, ok } from '../../shared/result';
import { removeStaleTempFiles, renameWithRetry, type WriteListener } from './atomicTextFile';
import { BackupFolder, DEFAULT_BACKUPS_TO_KEEP } from './backups';
import { freeAsidePath } from './paths';
import { MIGRATED_MESSAGE, MISSING_WITH_BACKUPS, recoveryMessage } from './storeMessages';
import type { WorkbookStore } from './types';
import { LowWorkbookStore, type Opening } from './workbookStore';
import { WorkbookFile, type FileReading } from './workbookFile';

export interface OpenOptions {
  /** The clock (tests move it to check backup timing). */
  now?: () => Date;
  /** How many rolling backups to keep (default 20). */
  backupsToKeep?: number;
  /** Called after every durable write of the workbook file (tests count writes with it). */
  onWrite?: WriteListener;
}

/**
 * Open the workbook file, the one way the app reads and writes it.
 * - missing file: a new workbook from emptyWorkbook(), written at once (but if backups of a
 *   missing workbook exist, recovery instead, so a restart cannot hide them);
 * - valid file: state `ok`; an older version is migrated and saved (a backup of the old file
 *   is taken first);
 * - newer version: state `readOnly`; the file is never written;
 * - unparseable, invalid or versionless file: moved aside untouched to
 *   `<name>.unreadable-<time>.json`, state `recovery`, restorable backups listed newest first.
 * Rejects only when the file or its folder cannot be reached at all (e.g. permission denied).
 */
export async function openWorkbookStore(
  filePath: string,
  options: OpenOptions = {},
): Promise<WorkbookStore> {
  const path = resolve(filePath);
  const now = options.now ?? (() => new Date());
  const backups = new BackupFolder(
    path,
    Math.max(1, options.backupsToKeep ?? DEFAULT_BACKUPS_TO_KEEP),
  );
  await mkdir(dirname(path), { recursive: true });
  await removeStaleTempFiles(path);
  const file = new WorkbookFile(path, options.onWrite);
  const reading = await file.inspect();
  const opening = await decide(path, reading, backups, now);
  const backupList =
    opening.state === 'recovery' ? await backups.listRestorable() : await backups.list();
  if (opening.state === 'recovery') {
    opening.message = recoveryMessage(opening.message, opening.keptAsidePath, backupList.length);
  }
  const store = new LowWorkbookStore(path, file, backups, now, opening, backupList);
  // A new or migrated workbook is saved straight away; if that fails, the next change retries.
  if (reading.kind === 'missing' && opening.state === 'ok') await store.update(() => ok(null));
  if (reading.kind === 'valid' && reading.migrated) await store.update(() => ok(null));
  return store;
}

async function decide(
  path: string,
  reading: FileReading,
  backups: BackupFolder,
  now: () => Date,
): Promise<Opening> {
  switch (reading.kind) {
    case 'missing':
      if ((await backups.listRestorable()).length > 0) {
        return {
          state: 'recovery',
          message: MISSING_WITH_BACKUPS,
          keptAsidePath: null,
          fileSchemaVersion: null,
        };
      }
      return {
        state: 'ok',
        workbook: emptyWorkbook(),
        message: '',
        fileSchemaVersion: null,
        lastSavedAt: null,
      };
    case 'valid':
      return {
        state: 'ok',
        workbook: reading.workbook,
        message: reading.migrated ? MIGRATED_MESSAGE : '',
        fileSchemaVersion: reading.fromVersion,
        lastSavedAt: (await stat(path)).mtime.toISOString(),
      };
    case 'newer':
      return {
        state: 'readOnly',
        view:
          reading.preview === null ? fail('readOnly', reading.previewMessage) : ok(reading.preview),
        message: reading.message,
        fileSchemaVersion: reading.fromVersion,
      };
    case 'unparseable':
    case 'unknownVersion':
    case 'invalid': {
      // Rename, never copy or rewrite: the coach's bytes survive exactly as they were. If even
      // that is impossible (the file is locked), it stays where it is, untouched.
      let keptAsidePath: string | null = await freeAsidePath(path, 'unreadable', now());
      try {
        await renameWithRetry(path, keptAsidePath);
      } catch {
        keptAsidePath = null;
      }
      return {
        state: 'recovery',
        message: reading.message,
        keptAsidePath,
        fileSchemaVersion: reading.kind === 'invalid' ? reading.fromVersion : null,
      };
    }
  }
}
