import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fail, ok, type Result } from '../../shared/result';
import type { WordDocumentRef } from '../../shared/schema';
import { errorCode, makePrivateFolder, writeTextAtomic } from './atomicTextFile';
import { TEMPLATES_FOLDER } from './folderLayout';

/** The SHA-256 of some bytes, as 64 lower-case hexadecimal digits. */
export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Where the Word document with this fingerprint is kept in a workbook folder. */
export function templateFilePath(workbookFolder: string, sha256: string): string {
  return join(workbookFolder, TEMPLATES_FOLDER, `${sha256}.docx`);
}

/**
 * Keep a Word document in the workbook folder as `templates/<sha256>.docx`: written atomically
 * (temp file, flushed, renamed) and only when no file of that name is there yet. The name is
 * the content's fingerprint, so a file already there holds these very bytes: it is never
 * written again, and two computers sharing the folder never write different files under one
 * name. Answers the fingerprint.
 */
export async function keepTemplateFile(
  workbookFolder: string,
  bytes: Uint8Array,
): Promise<Result<string>> {
  const sha256 = sha256Of(bytes);
  const path = templateFilePath(workbookFolder, sha256);
  try {
    const existing = await stat(path).catch((error: unknown) => {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    });
    if (existing?.isFile() && existing.size === bytes.byteLength) return ok(sha256);
    await makePrivateFolder(join(workbookFolder, TEMPLATES_FOLDER));
    await writeTextAtomic(path, bytes);
    return ok(sha256);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail('io', `The Word document could not be kept in the workbook folder: ${detail}`);
  }
}

/**
 * The bytes of the Word document an agreement or the template refers to, checked against its
 * fingerprint: a file that went missing or changed (a sync gone wrong, an edit by hand) is
 * reported, never filled in its place.
 */
export async function readTemplateFile(
  workbookFolder: string,
  ref: WordDocumentRef,
): Promise<Result<Uint8Array>> {
  const path = templateFilePath(workbookFolder, ref.sha256);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    if (errorCode(error) === 'ENOENT') {
      return fail(
        'notFound',
        `The Word document “${ref.fileName}” is missing from the workbook folder (${TEMPLATES_FOLDER}/${ref.sha256}.docx). Restore the folder from a backup or copy, or bring the document in again.`,
      );
    }
    const detail = error instanceof Error ? error.message : String(error);
    return fail('io', `The Word document “${ref.fileName}” could not be read: ${detail}`);
  }
  if (sha256Of(bytes) !== ref.sha256) {
    return fail(
      'conflict',
      `The Word document “${ref.fileName}” in the workbook folder has been changed since it was brought in, so it is no longer the one this agreement was made from. Restore it from a backup or copy.`,
    );
  }
  return ok(bytes);
}
