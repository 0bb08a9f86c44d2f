import { join } from 'node:path';
import { fail, ok } from '../../shared/result';
import { writeErrorMessage } from '../export';
import { makePrivateFolder } from '../store/atomicTextFile';
import { freePathIn, type ExportTarget } from '../api/exportTarget';

const NEEDS_FOLDER =
  'To export in the browser, start web mode with a folder for the documents: ' +
  'npm run web -- --workbook <file> --exports <folder>.';

/**
 * Web mode's stand-in for the save dialogs: every document goes into the `--exports` folder
 * under its suggested name, "(2)", "(3)"… added rather than replacing a file. A browser
 * cannot open the computer's file manager, so "Show in folder" is not offered. Without a
 * folder, every export explains how to give one.
 */
export function webExportTarget(folder: string | null): ExportTarget {
  if (folder === null) {
    return {
      canShowInFolder: false,
      fixedFolder: null,
      unavailableReason: NEEDS_FOLDER,
      chooseFile: () => Promise.resolve(fail('invalid', NEEDS_FOLDER)),
      chooseFolder: () => Promise.resolve(fail('invalid', NEEDS_FOLDER)),
      showInFolder: () => Promise.resolve(fail('invalid', NEEDS_FOLDER)),
    };
  }

  const target = folder;
  /**
   * The folder, made if it is missing (a fresh test folder, one the user has not made yet):
   * private to the coach's account (0700), as the documents in it are (0600).
   */
  async function ready(): Promise<string> {
    await makePrivateFolder(target);
    return target;
  }

  return {
    canShowInFolder: false,
    fixedFolder: folder,
    unavailableReason: null,
    chooseFile: async (suggestedName) => {
      try {
        await ready();
      } catch (error) {
        return fail('io', writeErrorMessage(error, join(folder, suggestedName)));
      }
      const free = await freePathIn(folder, suggestedName);
      return free === null
        ? fail('io', `"${folder}" already holds too many copies of this document.`)
        : ok(free);
    },
    chooseFolder: async () => {
      try {
        return ok(await ready());
      } catch (error) {
        return fail('io', writeErrorMessage(error, join(folder, 'documents')));
      }
    },
    showInFolder: () =>
      Promise.resolve(
        fail('invalid', `Folders cannot be opened from the browser. The file is in ${folder}.`),
      ),
  };
}
