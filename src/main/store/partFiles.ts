import { z } from 'zod';
import {
  agreementTemplate,
  client,
  CURRENT_SCHEMA_VERSION,
  exportRecord,
  MAX_LIST_LENGTH,
  practiceProfile,
  worksheet,
  type Client,
  type ExportRecord,
  type Workbook,
  type Worksheet,
} from '../../shared/schema';
import type { Problem } from '../../shared/result';
import { validate } from '../../shared/validation';
import { clientIdOfPart, clientPartKey, partFileName, type PartKey } from './folderLayout';
import { migratePartToCurrent } from './migrations';
import { parseJson } from './readWorkbookText';

const version = z.literal(CURRENT_SCHEMA_VERSION);

/** `workbook.json`: what the whole practice shares. */
export const mainPart = z.strictObject({
  schemaVersion: version,
  practice: practiceProfile,
  agreementTemplate,
  /** Exports that belong to no client (the practice summary, the coach's own worksheets). */
  exportHistory: z.array(exportRecord),
});
/** `coach.json`: the coach's own worksheets. */
export const coachPart = z.strictObject({ schemaVersion: version, worksheets: z.array(worksheet) });
/** `clients/<id>.json`: one client with everything that is theirs. */
export const clientPart = z.strictObject({
  schemaVersion: version,
  client,
  worksheets: z.array(worksheet),
  exportHistory: z.array(exportRecord),
});
export type MainPart = z.infer<typeof mainPart>;
export type CoachPart = z.infer<typeof coachPart>;
export type ClientPart = z.infer<typeof clientPart>;
export type PartData = MainPart | CoachPart | ClientPart;

/** The file each kind of record lives in. */
export function partOfWorksheet(sheet: Worksheet): PartKey {
  return sheet.clientId === null ? 'coach' : clientPartKey(sheet.clientId);
}

/** A client's exports live with the client; the rest (and those of deleted clients) in main. */
export function partOfExport(entry: ExportRecord, clientIds: ReadonlySet<string>): PartKey {
  return entry.clientId !== null && clientIds.has(entry.clientId)
    ? clientPartKey(entry.clientId)
    : 'main';
}

/** Every part of a workbook, for writing it whole (a new, migrated or restored workbook). */
export function allParts(book: Workbook): Map<PartKey, PartData> {
  const schemaVersion = CURRENT_SCHEMA_VERSION;
  const clientIds = new Set(book.clients.map((c) => c.id));
  // One pass over each list: a part per client by filtering would be quadratic.
  const sheetsOf = new Map<string | null, Worksheet[]>();
  for (const sheet of book.worksheets) {
    const list = sheetsOf.get(sheet.clientId) ?? [];
    list.push(sheet);
    sheetsOf.set(sheet.clientId, list);
  }
  const exportsOf = new Map<PartKey, ExportRecord[]>();
  for (const entry of book.exportHistory) {
    const key = partOfExport(entry, clientIds);
    const list = exportsOf.get(key) ?? [];
    list.push(entry);
    exportsOf.set(key, list);
  }
  const parts = new Map<PartKey, PartData>();
  parts.set('main', {
    schemaVersion,
    practice: book.practice,
    agreementTemplate: book.agreementTemplate,
    exportHistory: exportsOf.get('main') ?? [],
  });
  parts.set('coach', { schemaVersion, worksheets: sheetsOf.get(null) ?? [] });
  for (const c of book.clients) {
    const key = clientPartKey(c.id);
    parts.set(key, {
      schemaVersion,
      client: c,
      worksheets: sheetsOf.get(c.id) ?? [],
      exportHistory: exportsOf.get(key) ?? [],
    });
  }
  return parts;
}

const byCreation = <T extends { createdAt: string; id: string }>(a: T, b: T) =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/**
 * The workbook in memory from its parts. Records come back in the order they were created;
 * export history newest last, the newest MAX_LIST_LENGTH kept (two computers may each add some).
 */
export function assembleWorkbook(parts: ReadonlyMap<PartKey, PartData>): Workbook | null {
  const main = parts.get('main');
  if (main === undefined || !('practice' in main)) return null;
  const clients: Client[] = [];
  const worksheets: Worksheet[] = [];
  const exports: ExportRecord[] = [...main.exportHistory];
  for (const [key, data] of parts) {
    if (key === 'main') continue;
    if ('client' in data) {
      clients.push(data.client);
      exports.push(...data.exportHistory);
    }
    if ('worksheets' in data) worksheets.push(...data.worksheets);
  }
  exports.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    practice: main.practice,
    clients: clients.sort(byCreation),
    worksheets: worksheets.sort(byCreation),
    agreementTemplate: main.agreementTemplate,
    exportHistory: exports.slice(-MAX_LIST_LENGTH),
  };
}

/** What one part's file turned out to be. */
export type PartReading =
  | { kind: 'valid'; data: PartData }
  | { kind: 'newer'; fromVersion: number; message: string }
  | { kind: 'unreadable'; message: string; problems?: Problem[] };

/** Compact JSON: the files are for the app; `cli check` explains them to a person. */
export function serializePart(data: PartData): string {
  return JSON.stringify(data);
}

/**
 * Parse and validate one part's text. Pure: no I/O, never throws. `alreadyChecked`: these exact
 * bytes passed validation before (their hash says so), so the schema check is skipped.
 */
export function readPartText(key: PartKey, text: string, alreadyChecked = false): PartReading {
  const parsed = parseJson(text);
  const name = partFileName(key);
  if (!parsed.ok) return { kind: 'unreadable', message: `${name}: ${parsed.message}` };
  const migration = migratePartToCurrent(parsed.value);
  if (migration.kind === 'newer') {
    const found = migration.fromVersion;
    return {
      kind: 'newer',
      fromVersion: found,
      message:
        `This workbook was saved by a newer version of Coaching Workbook (file version ` +
        `${found}, this app reads up to ${CURRENT_SCHEMA_VERSION}). It is open read-only so ` +
        `nothing in it can be lost: update the app to make changes.`,
    };
  }
  // An older file is brought up to date in memory; it is written as it is now on its next
  // change. Anything without a version we know is left for validation to name.
  const data = migration.kind === 'unknown' ? parsed.value : migration.data;
  const schema = key === 'main' ? mainPart : key === 'coach' ? coachPart : clientPart;
  const checked =
    alreadyChecked && migration.kind === 'current'
      ? { ok: true as const, value: data as PartData }
      : validate(schema, data, `The file ${name}`);
  if (!checked.ok) {
    const problems = (checked.error.problems ?? []).map((p) => ({
      ...p,
      path: `${name}: ${p.path}`,
    }));
    return { kind: 'unreadable', message: checked.error.message, problems };
  }
  const problem = ownershipProblem(key, checked.value);
  return problem === null
    ? { kind: 'valid', data: checked.value }
    : { kind: 'unreadable', message: `The file ${name} is not valid. ${problem}` };
}

/** Records must sit in their own file: a client's worksheets in that client's file, and so on. */
function ownershipProblem(key: PartKey, data: PartData): string | null {
  const clientId = clientIdOfPart(key);
  if ('client' in data && data.client.id !== clientId) {
    return 'It holds a different client than its name says.';
  }
  if ('worksheets' in data && data.worksheets.some((w) => w.clientId !== clientId)) {
    return 'It holds worksheets of another client.';
  }
  return null;
}
