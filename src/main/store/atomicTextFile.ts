import { randomBytes } from 'node:crypto';
import { open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';

/** Called after each durable write: used by tests and diagnostics to count real writes. */
export type WriteListener = (event: { path: string; bytes: number }) => void;

/**
 * A lowdb adapter for a text file whose writes are atomic and durable: the text goes to a
 * temp file in the same folder, is flushed to the disk (fsync), then renamed over the target,
 * and the folder itself is flushed so the rename survives a power cut. A reader (or a crash)
 * therefore sees either the old file or the new one, never a mix.
 */
export class AtomicTextFile implements Adapter<string> {
  constructor(
    readonly filePath: string,
    private readonly onWrite?: WriteListener,
  ) {}

  /** The file's text, or null when there is no file. */
  async read(): Promise<string | null> {
    try {
      return await readFile(this.filePath, 'utf8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
  }

  async write(text: string): Promise<void> {
    await writeTextAtomic(this.filePath, text);
    this.onWrite?.({ path: this.filePath, bytes: Buffer.byteLength(text) });
  }
}

/** Temp files are `.<target name>.<pid>-<random>.tmp`: hidden, and recognisable after a crash. */
function tempPathFor(target: string): string {
  const unique = `${process.pid}-${randomBytes(6).toString('hex')}`;
  return join(dirname(target), `.${basename(target)}.${unique}.tmp`);
}

/** Write `data` to `target` atomically and durably (see AtomicTextFile). */
export async function writeTextAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(target);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dirname(target));
}

/**
 * rename(), retried briefly on Windows, where a virus scanner or indexer holding the file open
 * makes it fail for a moment with EPERM, EACCES or EBUSY. Elsewhere those errors are final.
 */
export async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const transient = ['EPERM', 'EACCES', 'EBUSY'].includes(errorCode(error) ?? '');
      if (process.platform !== 'win32' || !transient || attempt >= 8) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25 * attempt));
    }
  }
}

/**
 * Flush a folder's entries (a rename) to disk. Some platforms cannot open or sync a folder
 * (Windows answers EISDIR or EPERM); there the rename is as durable as the system makes it.
 */
export async function syncDirectory(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    if (!CANNOT_SYNC_DIRECTORY.has(errorCode(error) ?? '')) throw error;
  } finally {
    await handle?.close();
  }
}

const CANNOT_SYNC_DIRECTORY = new Set(['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'ENOTSUP', 'EBADF']);

/**
 * Remove temp files a killed process left next to `target`. Only the one process that owns the
 * workbook calls this, at open, so no live write can be in progress.
 */
export async function removeStaleTempFiles(target: string): Promise<void> {
  const prefix = `.${basename(target)}.`;
  const names = await readdir(dirname(target)).catch(() => []);
  await Promise.all(
    names
      .filter((name) => name.startsWith(prefix) && name.endsWith('.tmp'))
      .map((name) => rm(join(dirname(target), name), { force: true })),
  );
}

/** The `code` of a Node system error (ENOENT, EACCES…), if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    return typeof error.code === 'string' ? error.code : undefined;
  }
  return undefined;
}
