/**
 * Which workbook the app opens when none is named: the one opened last with File → Open or
 * File → New (remembered in the data folder), else the usual one there. The desktop app and
 * web mode share this, so both open the same workbook.
 */
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { isAbsolute } from 'node:path';
import {
  lastWorkbookPathIn,
  resolveDataFolder,
  usualDataFolder,
  workbookPathIn,
  type Machine,
} from './dataFolder';
import { writeTextAtomic } from './store/atomicTextFile';

/** The machine this process runs on. */
export function thisMachine(): Machine {
  return { platform: process.platform, env: process.env, home: homedir() };
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
 * The data folder (as the desktop app resolves it, `COACHING_WORKBOOK_DATA_DIR` included) and
 * the workbook the desktop app would open in it. Nothing is created here: opening the workbook
 * makes its folders, private to the coach, the first time.
 */
export async function defaultWorkbook(
  machine: Machine = thisMachine(),
): Promise<{ dataFolder: string; workbook: string }> {
  const dataFolder = resolveDataFolder(machine.env, usualDataFolder(machine));
  const last = await readLastWorkbook(lastWorkbookPathIn(dataFolder));
  return { dataFolder, workbook: last ?? workbookPathIn(dataFolder) };
}
