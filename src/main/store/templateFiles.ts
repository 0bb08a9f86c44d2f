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

/** Whether the file at `path` holds exactly the bytes of this fingerprint (false when absent). */
async function holds(path: string, sha256: string, size: number): Promise<boolean> {
  const existing = await stat(path).catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  });
  if (!existing?.isFile() || existing.size !== size) return false;
  return sha256Of(new Uint8Array(await readFile(path))) === sha256;
}

/** What the coach can do when a kept document is missing or not as it was. */
const WHAT_TO_DO =
  'If this workbook is in a synced folder, wait until syncing finishes and try again. Otherwise bring the same document in again on the agreement template: the app puts it back.';

/**
 * Keep a Word document in the workbook folder as `templates/<sha256>.docx`: written atomically
 * (temp file, flushed, renamed) unless a file of that name already holds these very bytes
 * (checked by their fingerprint, not their size: a file damaged by a sync or an edit by hand is
 * written again, so bringing the same document in repairs it). The name is the content's
 * fingerprint, so two computers sharing the folder never write different files under one name.
 * Answers the fingerprint.
 */
export async function keepTemplateFile(
  workbookFolder: string,
  bytes: Uint8Array,
): Promise<Result<string>> {
  const sha256 = sha256Of(bytes);
  const path = templateFilePath(workbookFolder, sha256);
  try {
    if (await holds(path, sha256, bytes.byteLength)) return ok(sha256);
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
        `The Word document “${ref.fileName}” is not in the workbook folder (${TEMPLATES_FOLDER}/${ref.sha256}.docx). It may still be syncing from your other computer. ${WHAT_TO_DO}`,
      );
    }
    const detail = error instanceof Error ? error.message : String(error);
    return fail('io', `The Word document “${ref.fileName}” could not be read: ${detail}`);
  }
  if (sha256Of(bytes) !== ref.sha256) {
    return fail(
      'conflict',
      `The Word document “${ref.fileName}” in the workbook folder is not the one this agreement was made from: it has changed or is only partly there. ${WHAT_TO_DO}`,
    );
  }
  return ok(bytes);
}
