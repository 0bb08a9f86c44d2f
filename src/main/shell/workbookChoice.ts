import { readdir } from 'node:fs/promises';
import { errorCode, makePrivateFolder } from '../store/atomicTextFile';

// Which workbook opens at start is decided without Electron (web mode shares it).
export { lastWorkbookPathIn } from '../dataFolder';
export { readLastWorkbook, rememberLastWorkbook } from '../defaultWorkbook';

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
