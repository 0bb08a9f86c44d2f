import { constants } from 'node:fs';
import { lstat, open, realpath } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** A file to send back, or null when there is no such file inside the served folder. */
export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/**
 * Read the file a URL path names inside `root`, never outside it: `..`, encoded slashes and
 * absolute paths that would escape the folder find nothing. `/` serves index.html. Only real
 * regular files are served: a symbolic link anywhere below the folder (even one pointing
 * inside it) finds nothing, so a link planted in the folder cannot publish another file. The
 * folder itself may be reached through links (it is resolved first).
 */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const base = resolve(root);
  const wanted = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const filePath = resolve(join(base, wanted));
  if (!filePath.startsWith(base + sep)) return null;
  try {
    const path = await realFileIn(await realpath(base), relative(base, filePath).split(sep));
    if (path === null) return null;
    const body = await readSameFile(path.file, path.identity);
    if (body === null) return null;
    const contentType =
      CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
    return { body, contentType };
  } catch {
    return null;
  }
}

interface Identity {
  dev: number;
  ino: number;
}

/**
 * `names` below `realRoot`, checked one component at a time without following links: folders
 * up to the last, a regular file at the end. Null when any of them is something else.
 */
async function realFileIn(
  realRoot: string,
  names: string[],
): Promise<{ file: string; identity: Identity } | null> {
  let current = realRoot;
  for (const [index, name] of names.entries()) {
    current = join(current, name);
    const info = await lstat(current);
    const last = index === names.length - 1;
    if (last ? !info.isFile() : !info.isDirectory()) return null;
    if (last) return { file: current, identity: { dev: info.dev, ino: info.ino } };
  }
  return null;
}

/**
 * The bytes of `file`, opened without following a final link and only if it is still the file
 * that was checked: a component swapped for a link between the check and the read finds
 * nothing rather than whatever the link points at.
 */
async function readSameFile(file: string, checked: Identity): Promise<Buffer | null> {
  // Windows has no O_NOFOLLOW (undefined there); the identity check below still holds.
  const noFollow = (constants as Partial<typeof constants>).O_NOFOLLOW ?? 0;
  const handle = await open(file, constants.O_RDONLY | noFollow);
  try {
    const info = await handle.stat();
    if (!info.isFile() || info.dev !== checked.dev || info.ino !== checked.ino) return null;
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}
