import { isAbsolute, join, resolve } from 'node:path';

/** Set this to keep the app's data somewhere else, e.g. a fresh temporary folder per test. */
export const DATA_DIR_ENV = 'COACHING_WORKBOOK_DATA_DIR';

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
