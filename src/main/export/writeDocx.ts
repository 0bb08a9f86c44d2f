import { dirname } from 'node:path';
import type { Document } from 'docx';
import { fail, ok, type Result } from '../../shared/result';
import { writeTextAtomic } from '../store/atomicTextFile';
import { packDocument } from './packDocument';

/** Plain-words explanations of the file errors a coach can actually run into. */
const MESSAGES: Record<string, (folder: string) => string> = {
  EACCES: (folder) =>
    `You do not have permission to save in "${folder}". Choose another folder, such as Documents.`,
  EPERM: (folder) =>
    `The computer did not allow saving in "${folder}". Choose another folder, such as Documents.`,
  EROFS: (folder) => `"${folder}" is read-only (a locked drive or disc). Choose another folder.`,
  ENOSPC: () => 'The disk is full. Free some space or save to another drive, then try again.',
  EBUSY: () =>
    'The file is open in another program (perhaps Word). Close it there, or save under another name.',
  ENOENT: (folder) => `There is no folder "${folder}". Choose another folder.`,
  ENOTDIR: (folder) => `"${folder}" is not a folder. Choose another place to save.`,
  EISDIR: () => 'There is a folder with that name already. Choose another file name.',
  ENAMETOOLONG: (folder) =>
    `The file name, or the path of "${folder}", is too long for this computer. Choose a ` +
    'shorter file name, or a folder with a shorter path such as Documents.',
};

function codeOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = error.code;
    if (typeof code === 'string') return code;
  }
  return '';
}

/** A clear `io` error for a failed write, whatever the operating system said. */
export function writeErrorMessage(error: unknown, targetPath: string): string {
  const explain = MESSAGES[codeOf(error)];
  if (explain) return explain(dirname(targetPath));
  const detail = error instanceof Error ? error.message : String(error);
  return `The document could not be saved to "${targetPath}": ${detail}`;
}

/**
 * Write a document to `targetPath` with the app's one atomic writer (writeTextAtomic): a failed
 * or interrupted save never leaves half a document, nor destroys an older copy the coach chose
 * to replace, and leaves no temporary file. A new document is private to the coach's account
 * (0600); a replaced one keeps the permissions it had.
 */
export async function writeDocx(
  doc: Document,
  targetPath: string,
): Promise<Result<{ path: string; bytes: number }>> {
  const packed = await packDocument(doc);
  return packed.ok ? writeBytes(packed.value, targetPath) : packed;
}

/** The file-writing half of {@link writeDocx}, for bytes already packed. */
export async function writeBytes(
  bytes: Uint8Array,
  targetPath: string,
): Promise<Result<{ path: string; bytes: number }>> {
  try {
    await writeTextAtomic(targetPath, bytes);
    return ok({ path: targetPath, bytes: bytes.byteLength });
  } catch (error) {
    return fail('io', writeErrorMessage(error, targetPath));
  }
}
