import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import { z } from 'zod';
import { makePrivateFolder, writeTextAtomic } from '../store/atomicTextFile';

/** Where the last export folder is remembered: beside window-state.json, apart from the workbook. */
export function exportFolderPathIn(dataFolder: string): string {
  return join(dataFolder, 'export-folder.json');
}

const memorySchema = z.object({ lastFolder: z.string().min(1).max(10_000) });

/** The folder the user last exported into, or null (never fatal: a bad file is ignored). */
export async function loadLastExportFolder(filePath: string): Promise<string | null> {
  try {
    const parsed = memorySchema.safeParse(JSON.parse(await readFile(filePath, 'utf8')));
    return parsed.success && isAbsolute(parsed.data.lastFolder) ? parsed.data.lastFolder : null;
  } catch {
    return null;
  }
}

/**
 * Remember the folder for the next save dialog, with the app's one atomic writer (it names the
 * coach's client folders, so a new file is private, 0600, in a private folder, 0700).
 */
export async function saveLastExportFolder(filePath: string, folder: string): Promise<void> {
  await makePrivateFolder(dirname(filePath));
  await writeTextAtomic(filePath, `${JSON.stringify({ lastFolder: folder }, null, 2)}\n`);
}
