import { dirname, join } from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import { openWorkbookStore } from '../store';
import type { CurrentStore } from '../store/currentStore';
import { prepareNewWorkbookFolder, rememberLastWorkbook } from './workbookChoice';

export interface SwitcherDeps {
  store: CurrentStore;
  window: () => BrowserWindow | null;
  /** Close the window (the page saves what it holds first, or asks), then call `then`. */
  closeWindowThen: (then: () => Promise<void>) => void;
  openWindow: () => Promise<void>;
  memoryPath: string;
  documentsFolder: string;
}

/**
 * File → Open Workbook and File → New Workbook. The window closes first, so that the page
 * saves what it holds into the workbook it came from (or the coach chooses to keep it open);
 * then the other workbook opens behind the same handlers and a new window shows it.
 */
export function workbookSwitcher(deps: SwitcherDeps) {
  const switchTo = async (folder: string) => {
    const next = await openWorkbookStore(folder);
    await deps.store.replaceWith(next);
    await rememberLastWorkbook(deps.memoryPath, next.filePath).catch(() => undefined);
    await deps.openWindow();
  };
  const explain = (title: string, error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox(title, reason);
  };

  return {
    openWorkbook: async () => {
      const parent = deps.window();
      const options = {
        title: 'Open a workbook',
        buttonLabel: 'Open',
        defaultPath: dirname(deps.store.filePath),
        properties: ['openDirectory' as const],
      };
      const chosen = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options);
      const folder = chosen.filePaths[0];
      if (chosen.canceled || folder === undefined || folder === deps.store.filePath) return;
      deps.closeWindowThen(() =>
        switchTo(folder).catch((error: unknown) => {
          explain('The workbook could not be opened', error);
          return deps.openWindow();
        }),
      );
    },
    newWorkbook: async () => {
      const parent = deps.window();
      const options = {
        title: 'New workbook',
        buttonLabel: 'Create',
        defaultPath: join(deps.documentsFolder, 'Coaching Workbook'),
        nameFieldLabel: 'Workbook name',
      };
      const chosen = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      if (chosen.canceled || chosen.filePath === '') return;
      const folder = chosen.filePath;
      const ready = await prepareNewWorkbookFolder(folder).catch((error: unknown) => ({
        ok: false as const,
        message: error instanceof Error ? error.message : String(error),
      }));
      if (!ready.ok) {
        dialog.showErrorBox('The workbook could not be created there', ready.message);
        return;
      }
      deps.closeWindowThen(() =>
        switchTo(folder).catch((error: unknown) => {
          explain('The new workbook could not be created', error);
          return deps.openWindow();
        }),
      );
    },
  };
}
