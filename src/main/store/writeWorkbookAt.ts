import type { Workbook } from '../../shared/schema';
import { makePrivateFolder } from './atomicTextFile';
import { locateWorkbook } from './locateWorkbook';
import { allParts } from './partFiles';
import { PartDisk } from './partDisk';
import { acquireWorkbookLock } from './workbookLock';

/**
 * Write a whole workbook into the folder `path` names (for `cli sample`), holding the folder's
 * lock while writing: refused, with the message to show, when another window or computer has
 * the workbook open. Client files not in `book` are removed; the main file is written last.
 */
export async function writeWorkbookAt(
  path: string,
  book: Workbook,
): Promise<{ ok: true; folder: string; bytes: number } | { ok: false; message: string }> {
  const { folder } = await locateWorkbook(path);
  await makePrivateFolder(folder);
  const attempt = await acquireWorkbookLock(folder);
  if (!attempt.ok) return { ok: false, message: `${attempt.message} Close it there first.` };
  try {
    let bytes = 0;
    const disk = new PartDisk(folder, (event) => {
      bytes += event.bytes;
    });
    const parts = allParts(book);
    for (const key of await disk.listParts()) {
      if (!parts.has(key) && key !== 'main' && key !== 'coach') await disk.write(key, null);
    }
    await disk.writeAll(parts);
    await disk.saveChecked();
    return { ok: true, folder, bytes };
  } finally {
    await attempt.lock.release();
  }
}
