import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  decodeStrictUtf8,
  errorCode,
  makePrivateFolder,
  NotTextError,
  removeDurably,
  writeManyAtomic,
  writeTextAtomic,
  type WriteListener,
} from './atomicTextFile';
import {
  CLIENTS_FOLDER,
  partFileName,
  partOfClientFile,
  partPath,
  type PartKey,
} from './folderLayout';
import { CURRENT_SCHEMA_VERSION } from '../../shared/schema';
import { isRecord } from './migrations/record';
import { readPartText, serializePart, type PartData, type PartReading } from './partFiles';

/** What a file looked like when this app last read or wrote it. */
export interface Fingerprint {
  size: number;
  mtimeMs: number;
  ino: number;
  /** SHA-256 of the bytes: a sync client may touch a file without changing it. */
  hash: string;
}

/** A part as found on disk: missing, or read (with the fingerprint of the bytes read). */
export type PartOnDisk =
  { kind: 'missing' } | { kind: 'read'; reading: PartReading; fingerprint: Fingerprint };

/** Hashes of files already validated, kept between opens (hidden; a cache, never data). */
const CHECKED_FILE = '.validated.json';

const hashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * The files of one workbook folder, and what this process last saw of each, so that a file
 * changed by someone else (another computer through a synced folder, a person, a tool) is
 * noticed before it could be written over.
 */
export class PartDisk {
  private readonly seen = new Map<PartKey, Fingerprint | null>();
  private clientsFolderMade = false;
  private readonly checked = new Set<string>();

  constructor(
    readonly folder: string,
    private readonly onWrite?: WriteListener,
  ) {}

  /** Every part file in the folder: main, coach and each client file. */
  async listParts(): Promise<PartKey[]> {
    const names = await readdir(join(this.folder, CLIENTS_FOLDER)).catch((error: unknown) => {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    });
    const clients = names.flatMap((name) => {
      const key = partOfClientFile(name);
      return key === null ? [] : [key];
    });
    return ['main', 'coach', ...clients.sort()];
  }

  /**
   * Read one part as it is on disk now, and remember it as seen. Synchronous I/O on purpose:
   * one small file at a time, and at open a thousand of them read three times faster than
   * through the thread pool (nothing else runs while a workbook opens).
   */
  // eslint-disable-next-line @typescript-eslint/require-await -- sync I/O inside, on purpose (above)
  async read(key: PartKey): Promise<PartOnDisk> {
    const path = partPath(this.folder, key);
    let bytes: Buffer;
    let info;
    try {
      const fd = openSync(path, 'r');
      try {
        info = fstatSync(fd);
        bytes = readFileSync(fd);
      } finally {
        closeSync(fd);
      }
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
      this.seen.set(key, null);
      return { kind: 'missing' };
    }
    const hash = hashOf(bytes);
    const fingerprint = { size: info.size, mtimeMs: info.mtimeMs, ino: info.ino, hash };
    this.seen.set(key, fingerprint);
    let text: string;
    try {
      text = decodeStrictUtf8(bytes);
    } catch (error) {
      if (!(error instanceof NotTextError)) throw error;
      const message = `${partFileName(key)}: ${error.message}`;
      return { kind: 'read', reading: { kind: 'unreadable', message }, fingerprint };
    }
    const reading = readPartText(key, text, this.checked.has(hash));
    if (reading.kind === 'valid') this.checked.add(hash);
    return { kind: 'read', reading, fingerprint };
  }

  /**
   * The content hashes this app has already validated (files it wrote or checked): loading
   * them lets a workbook open without validating unchanged files again. A file changed
   * anywhere else has another hash and is validated in full.
   */
  async loadChecked(): Promise<void> {
    try {
      const saved: unknown = JSON.parse(await readFile(join(this.folder, CHECKED_FILE), 'utf8'));
      if (
        isRecord(saved) &&
        saved.schemaVersion === CURRENT_SCHEMA_VERSION &&
        Array.isArray(saved.hashes)
      ) {
        for (const hash of saved.hashes) if (typeof hash === 'string') this.checked.add(hash);
      }
    } catch {
      // No list, or a damaged one: every file is validated, as on a first open.
    }
  }

  /** Keep the hashes of the valid files on disk now, for the next open. Only the lock holder. */
  async saveChecked(): Promise<void> {
    const onDisk = new Set<string>();
    for (const seen of this.seen.values())
      if (seen && this.checked.has(seen.hash)) onDisk.add(seen.hash);
    const text = JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, hashes: [...onDisk] });
    await writeTextAtomic(join(this.folder, CHECKED_FILE), text);
  }

  /**
   * Whether the part's file is no longer the one this process last read or wrote. Cheap when
   * nothing changed (one stat); the bytes are hashed only when size, time or inode moved.
   */
  async changedSinceSeen(key: PartKey): Promise<boolean> {
    const seen = this.seen.get(key);
    const path = partPath(this.folder, key);
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
      return seen !== null && seen !== undefined;
    }
    if (seen === null || seen === undefined) return true;
    if (info.size === seen.size && info.mtimeMs === seen.mtimeMs && info.ino === seen.ino)
      return false;
    const bytes = await readFile(path).catch(() => null);
    if (bytes === null || hashOf(bytes) !== seen.hash) return true;
    this.seen.set(key, { size: info.size, mtimeMs: info.mtimeMs, ino: info.ino, hash: seen.hash });
    return false;
  }

  /** Write a part (or remove it, for null) durably, and remember what was written. */
  async write(key: PartKey, data: PartData | null): Promise<void> {
    const path = partPath(this.folder, key);
    if (data === null) {
      await removeDurably(path);
      this.seen.set(key, null);
      return;
    }
    if (key.startsWith('client:') && !this.clientsFolderMade) {
      await makePrivateFolder(join(this.folder, CLIENTS_FOLDER));
      this.clientsFolderMade = true;
    }
    const bytes = Buffer.from(serializePart(data), 'utf8');
    const info = await writeTextAtomic(path, bytes);
    this.checked.add(hashOf(bytes));
    this.seen.set(key, {
      size: info.size,
      mtimeMs: info.mtimeMs,
      ino: info.ino,
      hash: hashOf(bytes),
    });
    this.onWrite?.({ path, bytes: bytes.length });
  }

  /**
   * Write many parts at once (a new, converted or restored workbook): the main file last, once
   * every other file is durably there, so that a folder is a workbook only when complete.
   */
  async writeAll(parts: ReadonlyMap<PartKey, PartData>): Promise<void> {
    await makePrivateFolder(join(this.folder, CLIENTS_FOLDER));
    this.clientsFolderMade = true;
    const others = [...parts].filter(([key]) => key !== 'main');
    const files = others.map(([key, data]) => ({
      key,
      path: partPath(this.folder, key),
      data: Buffer.from(serializePart(data), 'utf8'),
    }));
    await writeManyAtomic(files);
    for (const file of files) {
      const info = await stat(file.path);
      const hash = hashOf(file.data);
      this.seen.set(file.key, { size: info.size, mtimeMs: info.mtimeMs, ino: info.ino, hash });
      this.checked.add(hash);
      this.onWrite?.({ path: file.path, bytes: file.data.length });
    }
    const main = parts.get('main');
    if (main !== undefined) await this.write('main', main);
  }

  /** Parts this process knows of (read or written). */
  knownParts(): PartKey[] {
    return [...this.seen.keys()];
  }

  forget(key: PartKey): void {
    this.seen.delete(key);
  }
}
