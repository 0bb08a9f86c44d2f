import {
  CURRENT_SCHEMA_VERSION,
  isLockedAgreementRecord,
  type Client,
  type Worksheet,
} from '../../shared/schema';
import type { PartEdit } from './changedRecords';
import type { MergeRules } from '../../shared/domain/mergeRecords';
import type { PartKey } from './folderLayout';
import type { PartData } from './partFiles';

/**
 * One part's records keyed for a record-by-record merge: `practice`, `template`, `client`,
 * `worksheet:<id>` and `export:<id>`. Each is replaced whole, never merged field by field.
 */
export function recordsOf(data: PartData | null): Map<string, unknown> {
  const records = new Map<string, unknown>();
  if (data === null) return records;
  if ('practice' in data) {
    records.set('practice', data.practice);
    records.set('template', data.agreementTemplate);
  }
  if ('client' in data) records.set('client', data.client);
  if ('worksheets' in data) for (const w of data.worksheets) records.set(`worksheet:${w.id}`, w);
  if ('exportHistory' in data) for (const e of data.exportHistory) records.set(`export:${e.id}`, e);
  return records;
}

/**
 * A part from merged records; `fallback` supplies what a part cannot be without (the practice,
 * the client record) when neither side kept it, so a merge never drops a client's worksheets.
 */
export function partOfRecords(
  key: PartKey,
  records: ReadonlyMap<string, unknown>,
  fallback: PartData,
): PartData {
  const worksheets: Worksheet[] = [];
  const exports: unknown[] = [];
  for (const [name, value] of records) {
    if (name.startsWith('worksheet:')) worksheets.push(value as Worksheet);
    if (name.startsWith('export:')) exports.push(value);
  }
  const schemaVersion = fallback.schemaVersion;
  if (key === 'coach') return { schemaVersion, worksheets };
  if ('practice' in fallback) {
    return {
      schemaVersion,
      practice: (records.get('practice') ?? fallback.practice) as typeof fallback.practice,
      agreementTemplate: (records.get('template') ??
        fallback.agreementTemplate) as typeof fallback.agreementTemplate,
      exportHistory: exports as typeof fallback.exportHistory,
    };
  }
  if (!('client' in fallback)) return { schemaVersion, worksheets };
  return {
    schemaVersion,
    client: (records.get('client') ?? fallback.client) as typeof fallback.client,
    worksheets,
    exportHistory: exports as typeof fallback.exportHistory,
  };
}

/** Later change wins; a signed agreement is never replaced by another version. */
export const RECORD_MERGE_RULES: MergeRules<unknown> = {
  updatedAt: (record) => {
    if (typeof record !== 'object' || record === null) return null;
    const stamp = 'updatedAt' in record ? record.updatedAt : 'at' in record ? record.at : null;
    return typeof stamp === 'string' ? stamp : null;
  },
  isLocked: isLockedAgreementRecord,
};

/**
 * A part after a change: its last version on disk with the change's records put in and taken
 * out. Costs the size of the one part, whatever the size of the workbook.
 */
export function partAfter(key: PartKey, base: PartData | null, edit: PartEdit): PartData | null {
  if (edit.drop) return null;
  const records = recordsOf(base);
  for (const name of edit.remove) records.delete(name);
  for (const [name, value] of edit.put) records.set(name, value);
  return partOfRecords(key, records, base ?? emptyPart(key, records));
}

/** The shape of a part that has no file yet (a new client; a folder without coach.json). */
function emptyPart(key: PartKey, records: ReadonlyMap<string, unknown>): PartData {
  const schemaVersion = CURRENT_SCHEMA_VERSION;
  if (key === 'coach') return { schemaVersion, worksheets: [] };
  const found = records.get('client') as Client | undefined;
  if (key === 'main' || found === undefined) {
    throw new Error(`There is no ${key === 'main' ? 'workbook.json' : 'client record'} to change.`);
  }
  return { schemaVersion, client: found, worksheets: [], exportHistory: [] };
}
