import { readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { emptyWorkbook } from '../../shared/domain/emptyRecords';
import { CURRENT_SCHEMA_VERSION } from '../../shared/schema';
import {
  decodeStrictUtf8,
  errorCode,
  makePrivateFolder,
  removeStaleTempFiles,
  renameWithRetry,
  type WriteListener,
} from './atomicTextFile';
import { BackupFolder, DEFAULT_BACKUPS_TO_KEEP } from './backups';
import {
  asideNameOf,
  BACKUPS_FOLDER,
  CLIENTS_FOLDER,
  partPath,
  TEMPLATES_FOLDER,
} from './folderLayout';
import { allParts, type PartData } from './partFiles';
import { PartDisk } from './partDisk';
import { fileStamp } from './paths';
import { readWorkbookFolder } from './readFolder';
import { readWorkbookText } from './readWorkbookText';
import { listSetAside, setAsidePath } from './setAside';
import { locateWorkbook } from './locateWorkbook';
import { MIGRATED_MESSAGE, MISSING_WITH_BACKUPS, recoveryMessage } from './storeMessages';
import type { WorkbookStore } from './types';
import { acquireWorkbookLock } from './workbookLock';
import type { Opening } from './storeOpening';
import { FolderWorkbookStore } from './workbookStore';

export interface OpenOptions {
  /** The clock (tests move it to check backup timing). */
  now?: () => Date;
  /** How many rolling backups to keep (default 20). */
  backupsToKeep?: number;
  /** Called after every durable write of a workbook file (tests count writes with it). */
  onWrite?: WriteListener;
}

/**
 * Open a workbook, the one way the app reads and writes one. `path` is the workbook folder, or
 * a single-file workbook of an older version (converted into a folder beside it, the original
 * kept as a backup), or the `workbook.json` inside a folder.
 * - The folder's lock is taken first; when another window or computer holds it, the workbook
 *   opens read-only and nothing is written (not even a conversion).
 * - A missing workbook is created empty, unless backups or set-aside files are there: then
 *   recovery, so that an empty workbook is started only when the coach asks.
 * - A file written by a newer app makes the whole workbook read-only.
 * - An unreadable main file is set aside untouched and the workbook opens in recovery; an
 *   unreadable client file is set aside and the rest opens as usual, saying so.
 * Rejects only when the folder cannot be reached at all (e.g. permission denied).
 */
export async function openWorkbookStore(
  path: string,
  options: OpenOptions = {},
): Promise<WorkbookStore> {
  const { folder, legacyFile } = await locateWorkbook(resolve(path));
  const now = options.now ?? (() => new Date());
  const keep = Math.max(1, options.backupsToKeep ?? DEFAULT_BACKUPS_TO_KEEP);
  const backups = new BackupFolder(folder, keep);
  const disk = new PartDisk(folder, options.onWrite);
  await makePrivateFolder(folder);
  let store: FolderWorkbookStore | null = null;
  const onLost = (message: string) => store?.turnReadOnly(message);
  const reopen = async () => {
    const attempt = await acquireWorkbookLock(folder, { onLost });
    await disk.loadChecked();
    if (!attempt.ok) return { ...(await viewOnly(disk, attempt.message)), lock: null };
    const opening = await openLocked({ folder, legacyFile, disk, backups, now });
    // Next time, files unchanged since now need no validating again (a cache: may fail).
    if (opening.state === 'ok') await disk.saveChecked().catch(() => undefined);
    return { ...opening, lock: attempt.lock };
  };
  const first = await reopen();
  store = new FolderWorkbookStore({ folder, disk, backups, now, lock: first.lock, reopen }, first);
  await store.refreshLists();
  return store;
}

interface Place {
  folder: string;
  legacyFile: string | null;
  disk: PartDisk;
  backups: BackupFolder;
  now: () => Date;
}

/** Another process writes this workbook: show what is there, write nothing. */
async function viewOnly(disk: PartDisk, lockMessage: string): Promise<Opening> {
  const found = await readWorkbookFolder(disk);
  return {
    state: 'readOnly',
    message: `${lockMessage} It is open read-only here, so that nothing is written twice. Close it there, then choose Try again.`,
    workbook: found.workbook,
    parts: found.parts,
    fileSchemaVersion: null,
    lastSavedAt: null,
    keptAsidePath: null,
    lockedElsewhere: true,
  };
}

/** With the lock held: convert an old file, set unreadable files aside, decide the state. */
async function openLocked(place: Place): Promise<Opening> {
  const { folder, disk, now } = place;
  await removeStaleTempFiles(folder);
  await removeStaleTempFiles(join(folder, CLIENTS_FOLDER));
  await removeStaleTempFiles(join(folder, TEMPLATES_FOLDER));
  let message = '';
  if (place.legacyFile !== null && !(await isFile(partPath(folder, 'main')))) {
    const converted = await convertSingleFile(place, place.legacyFile);
    if (converted !== null) return converted;
    message = MIGRATED_MESSAGE;
  }
  const found = await readWorkbookFolder(disk);
  if (found.newer !== null) {
    return {
      ...base(found.workbook, found.parts),
      state: 'readOnly',
      message: found.newer.message,
      fileSchemaVersion: found.newer.fromVersion,
    };
  }
  const setAside: string[] = [];
  let mainAside: { why: string; path: string } | null = null;
  for (const { key, message: why } of found.unreadable) {
    const aside = await setAsidePath(folder, asideNameOf(key), 'unreadable', now());
    await renameWithRetry(partPath(folder, key), aside);
    if (key === 'main') mainAside = { why, path: aside };
    else setAside.push(`${why} The file was set aside, unchanged, as "${basename(aside)}".`);
  }
  if (mainAside !== null) {
    const restorable = await place.backups.listRestorable();
    const why = [mainAside.why, ...setAside].join(' ');
    return {
      ...base(null, new Map()),
      state: 'recovery',
      message: recoveryMessage(why, mainAside.path, restorable.length),
      keptAsidePath: mainAside.path,
    };
  }
  if (found.missingMain || found.workbook === null) return startOrRecover(place, found.parts);
  const lastSavedAt = (await stat(partPath(folder, 'main'))).mtime.toISOString();
  return {
    ...base(found.workbook, found.parts),
    message: [message, ...setAside].filter((m) => m !== '').join(' '),
    lastSavedAt,
  };
}

function base(workbook: Opening['workbook'], parts: Map<string, PartData>): Opening {
  return {
    state: 'ok',
    message: '',
    workbook,
    parts: parts as Opening['parts'],
    fileSchemaVersion: CURRENT_SCHEMA_VERSION,
    lastSavedAt: null,
    keptAsidePath: null,
    lockedElsewhere: false,
  };
}

/** No main file: a new workbook, or recovery when anything suggests there was one. */
async function startOrRecover(place: Place, parts: Map<string, PartData>): Promise<Opening> {
  const backups = await place.backups.listRestorable();
  const setAside = await listSetAside(place.folder);
  if (backups.length > 0 || setAside.length > 0 || parts.size > 0) {
    const why =
      backups.length > 0
        ? MISSING_WITH_BACKUPS
        : 'The workbook file is missing, but files of it were found in its folder.';
    return {
      ...base(null, new Map()),
      state: 'recovery',
      message: recoveryMessage(why, null, backups.length),
    };
  }
  const book = emptyWorkbook();
  const written = allParts(book);
  await place.disk.writeAll(written);
  return { ...base(book, written), lastSavedAt: place.now().toISOString() };
}

/**
 * A workbook of an older version is one file: convert it into the folder (the main file last,
 * so that a crash leaves a folder that is not yet a workbook and the conversion runs again),
 * then move the original into the backups. Null when done; an Opening for recovery or
 * read-only when the file cannot be converted.
 */
async function convertSingleFile(place: Place, legacyFile: string): Promise<Opening | null> {
  const { folder, disk, now } = place;
  let text: string;
  try {
    text = decodeStrictUtf8(await readFile(legacyFile));
  } catch (error) {
    if (errorCode(error) !== undefined) throw error;
    text = '\u0000';
  }
  const reading = readWorkbookText(text);
  if (reading.kind === 'newer') {
    return {
      ...base(reading.preview, new Map()),
      state: 'readOnly',
      message: reading.message,
      fileSchemaVersion: reading.fromVersion,
    };
  }
  if (reading.kind !== 'valid') {
    const aside = await setAsidePath(folder, 'workbook', 'unreadable', now());
    await renameWithRetry(legacyFile, aside);
    const restorable = await place.backups.listRestorable();
    return {
      ...base(null, new Map()),
      state: 'recovery',
      message: recoveryMessage(reading.message, aside, restorable.length),
      keptAsidePath: aside,
    };
  }
  const parts = allParts(reading.workbook);
  await disk.writeAll(parts);
  await makePrivateFolder(join(folder, BACKUPS_FOLDER));
  const kept = join(
    folder,
    BACKUPS_FOLDER,
    `${fileStamp(now())}-version-${reading.fromVersion}.json`,
  );
  await renameWithRetry(legacyFile, kept);
  return null;
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}
