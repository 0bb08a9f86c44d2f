import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { errorCode, makePrivateFolder, writeTextAtomic } from './atomicTextFile';
import { SET_ASIDE_FOLDER } from './folderLayout';
import { fileStamp, parseFileStamp } from './paths';

/** Why a file was set aside: never deleted by the app, listed for the coach. */
export type SetAsideReason = 'unreadable' | 'unsaved' | 'conflict' | 'replaced' | 'original';
const REASONS: readonly SetAsideReason[] = [
  'unreadable',
  'unsaved',
  'conflict',
  'replaced',
  'original',
];

export interface SetAsideFile {
  name: string;
  path: string;
  reason: SetAsideReason;
  at: string;
}

/** `set-aside/<what>.<reason>-<UTC time>[-n].json`. */
const NAME = /^(.+)\.([a-z]+)-(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z)(?:-\d+)?\.json$/;

/** A free name in the workbook's set-aside folder for `what` (e.g. `clients-abc`), created 0700. */
export async function setAsidePath(
  folder: string,
  what: string,
  reason: SetAsideReason,
  at: Date,
): Promise<string> {
  const dir = join(folder, SET_ASIDE_FOLDER);
  await makePrivateFolder(dir);
  const taken = new Set(await readdir(dir));
  const base = `${what}.${reason}-${fileStamp(at)}`;
  let name = `${base}.json`;
  for (let n = 1; taken.has(name); n += 1) name = `${base}-${n}.json`;
  return join(dir, name);
}

/** Keep `text` in the set-aside folder; answers the path it went to. */
export async function keepAside(
  folder: string,
  what: string,
  reason: SetAsideReason,
  at: Date,
  text: string,
): Promise<string> {
  const path = await setAsidePath(folder, what, reason, at);
  await writeTextAtomic(path, text);
  return path;
}

/** Every file set aside in the workbook folder, newest first. */
export async function listSetAside(folder: string): Promise<SetAsideFile[]> {
  const dir = join(folder, SET_ASIDE_FOLDER);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
  const files = await Promise.all(
    names.map(async (name): Promise<SetAsideFile | null> => {
      const match = NAME.exec(name);
      const reason = REASONS.find((r) => r === match?.[2]);
      const path = join(dir, name);
      if (reason === undefined) return null;
      const at =
        parseFileStamp(match?.[3] ?? '') ??
        (await stat(path).then(
          (s) => s.mtime,
          () => null,
        ));
      return at === null ? null : { name, path, reason, at: at.toISOString() };
    }),
  );
  return files
    .filter((f): f is SetAsideFile => f !== null)
    .sort((a, b) => b.at.localeCompare(a.at));
}
