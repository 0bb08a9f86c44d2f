import { readFile, readdir } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { writeTextAtomic, makePrivateFolder } from '../store/atomicTextFile';
import { errorCode } from '../store/atomicTextFile';

/** Where the app remembers which workbook folder was open last (beside the window state). */
export function lastWorkbookPathIn(dataFolder: string): string {
  return join(dataFolder, 'last-workbook.json');
}

/** The workbook folder opened last with File → Open or File → New, or null (the usual one). */
export async function readLastWorkbook(memoryPath: string): Promise<string | null> {
  try {
    const saved: unknown = JSON.parse(await readFile(memoryPath, 'utf8'));
    if (typeof saved === 'object' && saved !== null && 'folder' in saved) {
      const { folder } = saved;
      if (typeof folder === 'string' && isAbsolute(folder)) return folder;
    }
  } catch {
    // Nothing remembered, or a damaged note: the usual workbook opens.
  }
  return null;
}

/** Remember `folder` for the next start. */
export async function rememberLastWorkbook(memoryPath: string, folder: string): Promise<void> {
  await writeTextAtomic(memoryPath, `${JSON.stringify({ folder })}\n`);
}

/**
 * Whether `folder` can become a new workbook: it does not exist yet (it is created, private),
 * or it is empty. A folder with anything in it is refused, with a sentence saying why, so that
 * File → New never mixes a workbook into someone's other files.
 */
export async function prepareNewWorkbookFolder(
  folder: string,
): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    const names = await readdir(folder);
    if (names.length > 0) {
      return {
        ok: false,
        message: `"${folder}" already holds files. Choose a new name, or an empty folder, for the new workbook. To open a workbook that is there, use File → Open Workbook.`,
      };
    }
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
  await makePrivateFolder(folder);
  return { ok: true };
}
