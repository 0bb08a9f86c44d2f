import { basename, join } from 'node:path';

/**
 * A workbook is a folder. `workbook.json` holds what the whole practice shares (schema version,
 * practice profile, agreement template, practice-level export history); the coach's own
 * worksheets live in `coach.json`; each client, with their worksheets, agreements and export
 * history, in `clients/<client id>.json`. A change rewrites only the file it touches, and two
 * computers editing different clients never write the same file.
 */
export const MAIN_FILE = 'workbook.json';
export const COACH_FILE = 'coach.json';
export const CLIENTS_FOLDER = 'clients';
/** Rolling backups: one folder per backup, `backups/<UTC time>/`, mirroring the layout. */
export const BACKUPS_FOLDER = 'backups';
/**
 * Word documents the coach brought as their agreement: `templates/<sha256>.docx`, named by their
 * content, written once and never changed or removed, so an agreement made from one can always
 * be produced again exactly.
 */
export const TEMPLATES_FOLDER = 'templates';
/** Files the app moved out of the way and never deletes: unreadable, unsaved, conflicts. */
export const SET_ASIDE_FOLDER = 'set-aside';

/** Which file a record lives in: the main file, the coach's own file, or one client's. */
export type PartKey = 'main' | 'coach' | `client:${string}`;

export function clientPartKey(clientId: string): PartKey {
  return `client:${clientId}`;
}

/** The client id of a client part, or null for the main and coach files. */
export function clientIdOfPart(key: PartKey): string | null {
  return key.startsWith('client:') ? key.slice('client:'.length) : null;
}

/** Where a part's file is inside the workbook folder. */
export function partPath(folder: string, key: PartKey): string {
  if (key === 'main') return join(folder, MAIN_FILE);
  if (key === 'coach') return join(folder, COACH_FILE);
  return join(folder, CLIENTS_FOLDER, `${clientIdOfPart(key) ?? ''}.json`);
}

/** Client ids are letters, digits, - and _ (see the `id` schema), so they are safe file names. */
const CLIENT_FILE = /^([A-Za-z0-9_-]{1,100})\.json$/;

/** The part stored in `clients/<name>`, or null for anything that is not a client file. */
export function partOfClientFile(name: string): PartKey | null {
  const match = CLIENT_FILE.exec(name);
  return match?.[1] === undefined ? null : clientPartKey(match[1]);
}

/** The part a name from partFileName stands for (`workbook.json`, `clients/<id>.json`…). */
export function partOfFileName(name: string): PartKey | null {
  if (name === MAIN_FILE) return 'main';
  if (name === COACH_FILE) return 'coach';
  const prefix = `${CLIENTS_FOLDER}/`;
  return name.startsWith(prefix) ? partOfClientFile(name.slice(prefix.length)) : null;
}

/** A short name for a part's file, as a coach would find it in the folder. */
export function partFileName(key: PartKey): string {
  const id = clientIdOfPart(key);
  return id === null ? basename(partPath('', key)) : `${CLIENTS_FOLDER}/${id}.json`;
}

/** `clients/ab-12.json` → `clients-ab-12`: the name files set aside about a part start with. */
export function asideNameOf(key: PartKey): string {
  return partFileName(key)
    .replace(/\//g, '-')
    .replace(/\.json$/, '');
}
