import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, readdir, readFile, readlink, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Adapter } from 'lowdb';

/** Called after each durable write: used by tests and diagnostics to count real writes. */
export type WriteListener = (event: { path: string; bytes: number }) => void;

/** Files the app creates hold client data: readable by the coach's own account only. */
export const PRIVATE_FILE_MODE = 0o600;
/** Folders the app creates: the same, for the folder. */
export const PRIVATE_FOLDER_MODE = 0o700;

/**
 * A lowdb adapter for a text file whose writes are atomic and durable (see writeTextAtomic).
 * Reading is strict UTF-8: a byte sequence that is not text is an error, never silently
 * replaced, so a damaged file is recognised instead of being saved back changed.
 */
export class AtomicTextFile implements Adapter<string> {
  constructor(
    readonly filePath: string,
    private readonly onWrite?: WriteListener,
  ) {}

  /** The file's text, or null when there is no file. Throws NotTextError for non-UTF-8. */
  async read(): Promise<string | null> {
    try {
      return decodeStrictUtf8(await readFile(this.filePath));
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

/** The bytes were not UTF-8 text. */
export class NotTextError extends Error {
  constructor() {
    super('The file contains bytes that are not text (it may be damaged).');
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes → text, refusing anything that is not valid UTF-8 (a BOM is kept for the parser). */
export function decodeStrictUtf8(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new NotTextError();
  }
}

/** Temp files are `.<target name>.<pid>-<random>.tmp`: hidden, and recognisable after a crash. */
function tempPathFor(target: string): string {
  const unique = `${process.pid}-${randomBytes(6).toString('hex')}`;
  return join(dirname(target), `.${basename(target)}.${unique}.tmp`);
}

/**
 * Where a write to `path` must land: a symbolic link is written through to the file it points
 * at (so the coach's link stays a link), following chains of links.
 */
async function writeDestination(path: string): Promise<{ target: string; mode: number | null }> {
  let current = resolve(path);
  for (let hops = 0; hops < 32; hops += 1) {
    let info;
    try {
      info = await lstat(current);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return { target: current, mode: null };
      throw error;
    }
    if (!info.isSymbolicLink()) return { target: current, mode: info.mode & 0o7777 };
    current = resolve(dirname(current), await readlink(current));
  }
  throw Object.assign(new Error('Too many symbolic links'), { code: 'ELOOP' });
}

/**
 * Write `data` to `path` atomically and durably: the bytes go to a temp file in the same folder,
 * are flushed to the disk (fsync), then renamed over the target, and the folder itself is
 * flushed so the rename survives a power cut. A reader (or a crash) sees either the old file or
 * the new one, never a mix. An existing file keeps its permissions; a new one is private (0600).
 * This is the one writer of every file the app keeps: workbook parts, backups, exports, window
 * state and remembered folders.
 */
export async function writeTextAtomic(
  path: string,
  data: string | Uint8Array,
): Promise<WrittenFile> {
  const written = await replaceFile(path, data);
  await syncDirectory(dirname(written.target));
  return written;
}

/** Where a write landed, and the new file's size, time and inode (for noticing changes). */
export interface WrittenFile {
  target: string;
  size: number;
  mtimeMs: number;
  ino: number;
}

/**
 * Write many files as writeTextAtomic does, several at a time, flushing each folder once at the
 * end instead of once per file: a whole workbook of a thousand client files takes seconds
 * instead of minutes, because the disk can group the flushes. Each file is still whole-or-old.
 */
export async function writeManyAtomic(
  files: readonly { path: string; data: string | Uint8Array }[],
  concurrency = 16,
): Promise<void> {
  const folders = new Set<string>();
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++];
      if (file !== undefined)
        folders.add(dirname((await replaceFile(file.path, file.data)).target));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  for (const folder of folders) await syncDirectory(folder);
}

/** Temp file, flushed, renamed over the target (written through a link); answers the target. */
async function replaceFile(path: string, data: string | Uint8Array): Promise<WrittenFile> {
  const { target, mode } = await writeDestination(path);
  const temp = tempPathFor(target);
  let info;
  try {
    const handle = await open(temp, 'wx', PRIVATE_FILE_MODE);
    try {
      // The coach's own mode, exactly, whatever the umask; a new file is created private.
      if (mode !== null && mode !== PRIVATE_FILE_MODE) await handle.chmod(mode);
      await handle.writeFile(data);
      await handle.sync();
      info = await handle.stat();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  return { target, size: info.size, mtimeMs: info.mtimeMs, ino: info.ino };
}

/** Remove a file (if there) and flush its folder, so the removal survives a power cut. */
export async function removeDurably(path: string): Promise<void> {
  await rm(path, { force: true });
  await syncDirectory(dirname(path));
}

/** Create a folder (and its parents) the app owns: private to the coach's account. */
export async function makePrivateFolder(path: string): Promise<void> {
  await mkdir(path, { recursive: true, mode: PRIVATE_FOLDER_MODE });
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
 * Remove temp files a killed process left in `folder` (all of them, or those of one target
 * file). Only the process that holds the workbook's lock calls this, so no live write of
 * another process can be in progress.
 */
export async function removeStaleTempFiles(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => []);
  await Promise.all(
    names
      .filter((name) => name.startsWith('.') && name.endsWith('.tmp'))
      // Files, and the half-made lock folders a killed process may leave (workbookLock.ts).
      .map((name) => rm(join(folder, name), { recursive: true, force: true })),
  );
}

/** The `code` of a Node system error (ENOENT, EACCES…), if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    return typeof error.code === 'string' ? error.code : undefined;
  }
  return undefined;
}
