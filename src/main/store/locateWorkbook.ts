import { stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { errorCode } from './atomicTextFile';
import { CLIENTS_FOLDER, COACH_FILE, MAIN_FILE } from './folderLayout';

/** Where a workbook is: its folder, and an older single-file workbook to convert into it. */
export interface WorkbookPlace {
  folder: string;
  legacyFile: string | null;
}

/**
 * Find the workbook a path names: a folder (with `<folder>.json` beside it, an older single
 * file, converted on open), the `workbook.json` inside a folder, or an older single file
 * `<name>.json` (its folder is `<name>` beside it). A path that does not exist names a folder
 * (`.json` dropped), so `--workbook notes.json` and `--workbook notes` mean the same.
 */
export async function locateWorkbook(path: string): Promise<WorkbookPlace> {
  const kind = await kindOf(path);
  if (kind === 'folder') {
    return {
      folder: path,
      legacyFile: (await kindOf(`${path}.json`)) === 'file' ? `${path}.json` : null,
    };
  }
  const isJson = extname(path).toLowerCase() === '.json';
  const withoutJson = isJson ? path.slice(0, -5) : path;
  if (kind === 'missing') {
    const legacy = !isJson && (await kindOf(`${path}.json`)) === 'file' ? `${path}.json` : null;
    return { folder: withoutJson, legacyFile: legacy };
  }
  if (!isJson) {
    throw new WorkbookPathError(
      `${path} is a file, not a workbook. Name a workbook folder instead.`,
    );
  }
  if (basename(path) === MAIN_FILE && (await isFolderMainFile(path))) {
    return { folder: dirname(path), legacyFile: null };
  }
  return { folder: withoutJson, legacyFile: path };
}

/** The path names something that is not a workbook; the message says what to do. */
export class WorkbookPathError extends Error {}

async function kindOf(path: string): Promise<'folder' | 'file' | 'missing'> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'file';
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return 'missing';
    throw error;
  }
}

/**
 * Whether a `workbook.json` is the main file of a workbook folder rather than an older single
 * file: a folder always has `coach.json` beside it (or `clients/`), a single file never.
 */
async function isFolderMainFile(path: string): Promise<boolean> {
  const beside = await Promise.all(
    [COACH_FILE, CLIENTS_FOLDER].map((name) => kindOf(join(dirname(path), name))),
  );
  return beside.some((kind) => kind !== 'missing');
}
