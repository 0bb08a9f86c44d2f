import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createApi, type Api } from '../../src/main/api';
import {
  openWorkbookStore,
  readWorkbookAt,
  serializeWorkbook,
  type WorkbookStore,
} from '../../src/main/store';
import { webExportTarget } from '../../src/main/web/exportTarget';
import type { AppError, ErrorCode, Result } from '../../src/shared/result';

/** A real store on a real file in a fresh temp folder, with the API built on it. */
export interface ApiHarness {
  api: Api;
  store: WorkbookStore;
  dir: string;
  filePath: string;
  /** The workbook as its files on disk hold it now, as one JSON text (read as the app would). */
  fileText: () => Promise<string>;
  /**
   * Every file under the temp folder (the workbook folder, an old single file, backups, files
   * set aside), by path, with its text: to check that nothing at all was written. The lock is
   * left out (it is refreshed while the store is open).
   */
  filesOnDisk: () => Promise<Record<string, string>>;
  /** Close the store and delete the folder. */
  dispose: () => Promise<void>;
}

export interface HarnessOptions {
  /**
   * Text of a single-file workbook (the format before folders) before the store opens it; it is
   * converted into the folder on open. Default: nothing, a new workbook.
   */
  fileText?: string;
  /** Replaces the predictable id source (to check what happens when it misbehaves). */
  newId?: () => string;
  /** Replaces the predictable clock. */
  now?: () => Date;
  /** Export as web mode does, into `<dir>/exports` (otherwise exporting is not available). */
  exports?: boolean;
}

/** Shared by every harness, so that a reopened workbook never sees an id it already holds. */
let ids = 0;

/**
 * Ids `id-1`, `id-2`… and a clock that starts at 2026-03-02 09:00 UTC and moves one second per
 * reading, so that every timestamp a test sees is predictable and strictly increasing.
 */
export async function openHarness(options: HarnessOptions = {}): Promise<ApiHarness> {
  const dir = await mkdtemp(join(tmpdir(), 'api-'));
  // A single file `book.json` is converted into the folder `book` beside it; without one, the
  // store starts a new workbook in that folder.
  const filePath = join(dir, options.fileText === undefined ? 'book' : 'book.json');
  if (options.fileText !== undefined) await writeFile(filePath, options.fileText);
  const store = await openWorkbookStore(filePath);
  let ticks = 0;
  const start = Date.UTC(2026, 2, 2, 9, 0, 0);
  const api = createApi({
    store,
    newId: options.newId ?? (() => `id-${++ids}`),
    now: options.now ?? (() => new Date(start + 1000 * ticks++)),
    ...(options.exports === true ? { exportTarget: webExportTarget(join(dir, 'exports')) } : {}),
  });
  return {
    api,
    store,
    dir,
    filePath,
    ...diskReaders(dir, store),
    dispose: async () => {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** fileText and filesOnDisk of a harness whose store works in (a folder inside) `dir`. */
export function diskReaders(
  dir: string,
  store: WorkbookStore,
): Pick<ApiHarness, 'fileText' | 'filesOnDisk'> {
  return {
    fileText: async () => {
      const reading = await readWorkbookAt(store.filePath);
      if (reading.kind !== 'valid') throw new Error(`The workbook on disk is ${reading.kind}`);
      return serializeWorkbook(reading.workbook);
    },
    filesOnDisk: async () => {
      const files: Record<string, string> = {};
      const entries = await readdir(dir, { recursive: true, withFileTypes: true });
      for (const entry of entries) {
        const path = join(entry.parentPath, entry.name);
        if (!entry.isFile() || relative(dir, path).includes('workbook.lock')) continue;
        files[relative(dir, path)] = await readFile(path, 'utf8');
      }
      return files;
    },
  };
}

/** The value of an ok result; fails the test with the error's message otherwise. */
export function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`Expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** The error of a refused result, checked to carry `code`; fails the test otherwise. */
export function refusal<T>(result: Result<T>, code: ErrorCode): AppError {
  if (result.ok) throw new Error(`Expected a ${code} error, but the call succeeded`);
  if (result.error.code !== code) {
    throw new Error(`Expected ${code}, got ${result.error.code}: ${result.error.message}`);
  }
  return result.error;
}
