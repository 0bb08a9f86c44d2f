import { existsSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import {
  dialog,
  shell,
  type BrowserWindow,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import { fail, ok } from '../../shared/result';
import type { ExportTarget } from '../api';
import { describeError, type AppLog } from '../log/appLog';
import { loadLastExportFolder, saveLastExportFolder } from './exportFolderMemory';

export interface ExportDialogOptions {
  /** The window the dialogs belong to (they are modal to it), if it is open. */
  window: () => BrowserWindow | null;
  /** The small JSON file remembering the last folder (see exportFolderPathIn). */
  memoryPath: string;
  /** Where the first save dialog opens: the user's Documents folder. */
  defaultFolder: string;
  log: AppLog;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The desktop app's export target: the system's own save and folder dialogs, opening in the
 * folder used last time, and the file manager for "Show in folder".
 */
export function desktopExportTarget(options: ExportDialogOptions): ExportTarget {
  async function startFolder(): Promise<string> {
    const last = await loadLastExportFolder(options.memoryPath);
    // A folder on a drive that has since gone would make the dialog open somewhere odd.
    return last !== null && existsSync(last) ? last : options.defaultFolder;
  }
  function remember(folder: string): void {
    saveLastExportFolder(options.memoryPath, folder).catch((error: unknown) => {
      options.log.warn('export folder not remembered', describeError(error));
    });
  }

  return {
    canShowInFolder: true,
    fixedFolder: null,
    unavailableReason: null,
    chooseFile: async (suggestedName) => {
      try {
        const dialogOptions: SaveDialogOptions = {
          title: 'Export to Word',
          buttonLabel: 'Export',
          defaultPath: join(await startFolder(), suggestedName),
          filters: [{ name: 'Word document', extensions: ['docx'] }],
          properties: ['createDirectory', 'showOverwriteConfirmation'],
        };
        const parent = options.window();
        const answer = parent
          ? await dialog.showSaveDialog(parent, dialogOptions)
          : await dialog.showSaveDialog(dialogOptions);
        if (answer.canceled || !answer.filePath) return ok(null);
        // Some systems drop the extension the user deleted; Word needs it to open the file.
        const path =
          extname(answer.filePath).toLowerCase() === '.docx'
            ? answer.filePath
            : `${answer.filePath}.docx`;
        remember(dirname(path));
        return ok(path);
      } catch (error) {
        return fail('io', `The save window could not be opened: ${reason(error)}`);
      }
    },
    chooseFolder: async () => {
      try {
        const dialogOptions: OpenDialogOptions = {
          title: 'Choose a folder for the documents',
          buttonLabel: 'Export here',
          defaultPath: await startFolder(),
          properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
        };
        const parent = options.window();
        const answer = parent
          ? await dialog.showOpenDialog(parent, dialogOptions)
          : await dialog.showOpenDialog(dialogOptions);
        const folder = answer.filePaths[0];
        if (answer.canceled || folder === undefined) return ok(null);
        remember(folder);
        return ok(folder);
      } catch (error) {
        return fail('io', `The folder window could not be opened: ${reason(error)}`);
      }
    },
    showInFolder: (path) => {
      try {
        shell.showItemInFolder(path);
        return Promise.resolve(ok(undefined));
      } catch (error) {
        return Promise.resolve(fail('io', `The folder could not be opened: ${reason(error)}`));
      }
    },
  };
}
