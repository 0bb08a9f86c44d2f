/**
 * Where the app keeps its data, worked out without Electron, so that the desktop app and web
 * mode (`npm start` where Electron cannot run, `npm run web`) open the same workbook.
 */
import { isAbsolute, join, posix, resolve, win32 } from 'node:path';

/** Set this to keep the app's data somewhere else, e.g. a fresh temporary folder per test. */
export const DATA_DIR_ENV = 'COACHING_WORKBOOK_DATA_DIR';

/**
 * The app's name as Electron knows it: package.json's productName. Electron names the data
 * folder (`app.getPath('userData')`) after it, so this must stay equal to it (a test checks).
 */
export const APP_NAME = 'Coaching Workbook';

/** What the usual data folder depends on: the system, its environment and the home folder. */
export interface Machine {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  home: string;
}

/**
 * The folder Electron gives the desktop app as `userData`: the system's folder for application
 * settings (Chromium's choice, mirrored here), then the app's name.
 * - Linux and other Unix: `$XDG_CONFIG_HOME`, or `~/.config` when it is not set;
 * - macOS: `~/Library/Application Support`;
 * - Windows: `%APPDATA%` (the roaming application data folder).
 */
export function usualDataFolder({ platform, env, home }: Machine): string {
  if (platform === 'win32') {
    const appData = env.APPDATA?.trim();
    const base = appData ? appData : win32.join(home, 'AppData', 'Roaming');
    return win32.join(base, APP_NAME);
  }
  if (platform === 'darwin') {
    return posix.join(home, 'Library', 'Application Support', APP_NAME);
  }
  const config = env.XDG_CONFIG_HOME?.trim();
  return posix.join(config ? resolve(config) : posix.join(home, '.config'), APP_NAME);
}

/**
 * The folder that holds the workbook and the window state: the environment override when it
 * is set (relative paths are taken from the current folder), otherwise the app's usual place.
 */
export function resolveDataFolder(
  env: Readonly<Record<string, string | undefined>>,
  usualFolder: string,
): string {
  const override = env[DATA_DIR_ENV]?.trim();
  if (override === undefined || override === '') return usualFolder;
  return isAbsolute(override) ? override : resolve(override);
}

/**
 * Where the workbook folder lives inside the data folder. An older `workbook.json` beside it
 * is converted into this folder the first time the app opens it.
 */
export function workbookPathIn(dataFolder: string): string {
  return join(dataFolder, 'workbook');
}

/** Where the window's size and position are remembered (kept apart from the workbook). */
export function windowStatePathIn(dataFolder: string): string {
  return join(dataFolder, 'window-state.json');
}

/** Where the app remembers which workbook folder was open last (beside the window state). */
export function lastWorkbookPathIn(dataFolder: string): string {
  return join(dataFolder, 'last-workbook.json');
}
