import { readFile, stat } from 'node:fs/promises';
import { errorCode } from '../store/atomicTextFile';

/** Why a file could not be opened for reading, in plain words. */
function cannotRead(file: string, error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return `There is no file at ${file}.`;
    case 'EACCES':
    case 'EPERM':
      return `You do not have permission to read ${file}.`;
    case 'EISDIR':
      return `${file} is a folder, not a workbook file.`;
    default:
      return `${file} could not be read (${error instanceof Error ? error.message : String(error)}).`;
  }
}

/**
 * A workbook file's text, or a plain-words message when it is missing, a folder, unreadable or
 * not UTF-8 text. Opens read-only: reading never changes the file.
 */
export async function readTextFile(
  file: string,
): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  try {
    if ((await stat(file)).isDirectory())
      return { ok: false, message: cannotRead(file, { code: 'EISDIR' }) };
    // Opened read-only ('r'): checking must never change the file.
    const bytes = await readFile(file, { flag: 'r' });
    try {
      return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      return {
        ok: false,
        message: `${file} is not a workbook: it is not text (is it a Word document or an image?).`,
      };
    }
  } catch (error) {
    return { ok: false, message: cannotRead(file, error) };
  }
}
