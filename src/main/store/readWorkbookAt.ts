import { readFile, stat } from 'node:fs/promises';
import type { Problem } from '../../shared/result';
import { CURRENT_SCHEMA_VERSION, type Workbook } from '../../shared/schema';
import { decodeStrictUtf8, errorCode, NotTextError } from './atomicTextFile';
import { partPath } from './folderLayout';
import { locateWorkbook } from './locateWorkbook';
import { PartDisk } from './partDisk';
import { readWorkbookFolder } from './readFolder';
import { readWorkbookText } from './readWorkbookText';

/** A workbook read without changing anything (for `cli check` and `cli export`). */
export type WorkbookAtReading =
  | { kind: 'valid'; workbook: Workbook; fromVersion: number; files: number; migrated: boolean }
  | { kind: 'invalid'; message: string; problems: Problem[] }
  | { kind: 'newer'; fromVersion: number; message: string; preview: Workbook | null }
  | { kind: 'cannotRead'; message: string };

/** What to read of a workbook folder: all of it, or the practice and one client only. */
export interface ReadScope {
  /** Read only this client's file beside the practice's (for a document about them). */
  onlyClient?: string;
}

/**
 * Read the workbook at `path` (a folder, its workbook.json, or an older single file) exactly
 * as the app would, without writing, converting or setting anything aside. With `onlyClient`,
 * a folder's other client files are not read (an older single file is read whole).
 */
export async function readWorkbookAt(
  path: string,
  scope: ReadScope = {},
): Promise<WorkbookAtReading> {
  let place;
  try {
    place = await locateWorkbook(path);
    await stat(partPath(place.folder, 'main'));
  } catch (error) {
    const code = errorCode(error);
    if (place?.legacyFile) return readSingleFile(place.legacyFile);
    if (code === 'ENOENT' || code === 'ENOTDIR')
      return { kind: 'cannotRead', message: `There is no workbook at ${path}.` };
    if (code === 'EACCES' || code === 'EPERM')
      return { kind: 'cannotRead', message: `You do not have permission to read ${path}.` };
    throw error;
  }
  const only = scope.onlyClient;
  const found = await readWorkbookFolder(
    new PartDisk(place.folder),
    only === undefined
      ? undefined
      : (key) => key === 'main' || key === 'coach' || key === `client:${only}`,
  );
  if (found.newer !== null)
    return {
      kind: 'newer',
      fromVersion: found.newer.fromVersion,
      message: found.newer.message,
      preview: null,
    };
  if (found.unreadable.length > 0) {
    const problems = found.unreadable.flatMap((u) =>
      u.problems.length > 0 ? u.problems : [{ path: u.key, message: u.message }],
    );
    return { kind: 'invalid', message: found.unreadable.map((u) => u.message).join(' '), problems };
  }
  if (found.workbook === null)
    return { kind: 'cannotRead', message: `There is no workbook at ${path}.` };
  return {
    kind: 'valid',
    workbook: found.workbook,
    fromVersion: CURRENT_SCHEMA_VERSION,
    files: found.parts.size,
    migrated: false,
  };
}

async function readSingleFile(file: string): Promise<WorkbookAtReading> {
  let text: string;
  try {
    text = decodeStrictUtf8(await readFile(file));
  } catch (error) {
    if (error instanceof NotTextError)
      return {
        kind: 'cannotRead',
        message: `${file} is not a workbook: it is not text (is it a Word document or an image?).`,
      };
    return {
      kind: 'cannotRead',
      message: `${file} could not be read (${errorCode(error) ?? String(error)}).`,
    };
  }
  const reading = readWorkbookText(text);
  switch (reading.kind) {
    case 'valid':
      return {
        kind: 'valid',
        workbook: reading.workbook,
        fromVersion: reading.fromVersion,
        files: 1,
        migrated: reading.migrated,
      };
    case 'newer':
      return reading;
    case 'invalid':
      return { kind: 'invalid', message: reading.message, problems: reading.problems };
    case 'unparseable':
    case 'unknownVersion':
      return { kind: 'cannotRead', message: `${file} cannot be used as it is. ${reading.message}` };
  }
}
