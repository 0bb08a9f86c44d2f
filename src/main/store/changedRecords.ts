import type { z } from 'zod';
import {
  agreementTemplate,
  client,
  exportRecord,
  MAX_CLIENTS,
  MAX_LIST_LENGTH,
  MAX_WORKSHEETS,
  practiceProfile,
  worksheet,
  type Workbook,
} from '../../shared/schema';
import { fail, ok, type Result } from '../../shared/result';
import { validate } from '../../shared/validation';
import { clientPartKey, type PartKey } from './folderLayout';
import { partOfExport, partOfWorksheet } from './partFiles';

/**
 * A private draft of the workbook for a mutation: its lists are new arrays, its records the
 * stored (frozen) ones. A mutation replaces the records it changes, so what changed is exactly
 * the records that are no longer the same objects: no deep copy, no deep comparison.
 */
export function draftOf(book: Workbook): Workbook {
  return {
    ...book,
    clients: [...book.clients],
    worksheets: [...book.worksheets],
    exportHistory: [...book.exportHistory],
  };
}

/** Records a mutation added or replaced, and the files they make dirty. */
export interface WorkbookChange {
  parts: Set<PartKey>;
  /** The changed workbook with every changed record validated (and frozen). */
  next: Workbook;
}

interface ListDiff<T> {
  /** New or replaced records, as the mutation left them. */
  changed: T[];
  /** Records whose id is gone. */
  removed: T[];
  /** The stored version of each changed record that replaced one (same id), by new record. */
  replaced: Map<T, T>;
}

/**
 * Which records a mutation replaced, added or removed. The usual change replaces one record in
 * place (same length, same positions), found by one pass comparing references; anything else
 * (additions, removals, reordering) falls back to sets.
 */
function diffList<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
): ListDiff<T> {
  const replaced = new Map<T, T>();
  if (before === after) return { changed: [], removed: [], replaced };
  if (before.length === after.length) {
    const changed: T[] = [];
    let samePlaces = true;
    for (let i = 0; i < after.length && samePlaces; i += 1) {
      const was = before[i] as T;
      const now = after[i] as T;
      if (was === now) continue;
      if (was.id !== now.id) samePlaces = false;
      changed.push(now);
      replaced.set(now, was);
    }
    if (samePlaces) return { changed, removed: [], replaced };
    replaced.clear();
  }
  const kept = new Set<T>(before);
  const changed = after.filter((item) => !kept.has(item));
  const remaining = new Set<T>(after);
  const afterIds = new Set(after.map((item) => item.id));
  const removed = before.filter((item) => !remaining.has(item) && !afterIds.has(item.id));
  if (changed.length > 0) {
    const byId = new Map(before.map((item) => [item.id, item]));
    for (const item of changed) {
      const was = byId.get(item.id);
      if (was !== undefined) replaced.set(item, was);
    }
  }
  return { changed, removed, replaced };
}

/**
 * What a mutation changed, validated: each changed record against its own schema, and the
 * rules between records that the change touches (unique ids, a worksheet's client exists, a
 * deleted client leaves no worksheet behind, list sizes). Untouched records are not looked at.
 */
export function changeOf(before: Workbook, draft: Workbook): Result<WorkbookChange> {
  const parts = new Set<PartKey>();
  const next: Workbook = { ...draft };

  const clients = diffList(before.clients, draft.clients);
  const checkedClients = validateEach(client, clients.changed, 'client');
  if (!checkedClients.ok) return checkedClients;
  next.clients = swap(draft.clients, clients.changed, checkedClients.value);
  for (const c of [...clients.changed, ...clients.removed]) parts.add(clientPartKey(c.id));
  const clientIds = new Set(next.clients.map((c) => c.id));
  if (clientIds.size !== next.clients.length) {
    return fail('conflict', 'This client is already in the workbook.');
  }
  if (next.clients.length > MAX_CLIENTS) return tooMany(`${MAX_CLIENTS} clients`);

  const sheets = diffList(before.worksheets, draft.worksheets);
  const checkedSheets = validateEach(worksheet, sheets.changed, 'worksheet');
  if (!checkedSheets.ok) return checkedSheets;
  next.worksheets = swap(draft.worksheets, sheets.changed, checkedSheets.value);
  for (const [i, sheet] of checkedSheets.value.entries()) {
    parts.add(partOfWorksheet(sheet));
    const old = sheets.replaced.get(sheets.changed[i] as (typeof sheets.changed)[number]);
    if (old !== undefined) parts.add(partOfWorksheet(old));
    if (sheet.clientId !== null && !clientIds.has(sheet.clientId)) {
      return fail('notFound', 'We could not find the client this worksheet belongs to.');
    }
  }
  for (const sheet of sheets.removed) parts.add(partOfWorksheet(sheet));
  const addedSheets = sheets.changed.length > sheets.replaced.size;
  if (addedSheets && new Set(next.worksheets.map((w) => w.id)).size !== next.worksheets.length) {
    return fail('conflict', 'This worksheet is already in the workbook.');
  }
  if (next.worksheets.length > MAX_WORKSHEETS) return tooMany(`${MAX_WORKSHEETS} worksheets`);
  for (const gone of clients.removed) {
    if (next.worksheets.some((w) => w.clientId === gone.id)) {
      return fail('conflict', 'A client cannot be removed while worksheets of theirs remain.');
    }
  }

  const exports = diffList(before.exportHistory, draft.exportHistory);
  const checkedExports = validateEach(exportRecord, exports.changed, 'export record');
  if (!checkedExports.ok) return checkedExports;
  next.exportHistory = swap(draft.exportHistory, exports.changed, checkedExports.value);
  if (next.exportHistory.length > MAX_LIST_LENGTH) return tooMany(`${MAX_LIST_LENGTH} exports`);
  for (const entry of exports.changed) parts.add(partOfExport(entry, clientIds));
  if (exports.removed.length > 0) {
    const oldIds = new Set(before.clients.map((c) => c.id));
    for (const entry of exports.removed) parts.add(partOfExport(entry, oldIds));
  }

  if (draft.practice !== before.practice) {
    const checked = validate(practiceProfile, draft.practice, 'The practice profile');
    if (!checked.ok) return checked;
    next.practice = deepFreeze(checked.value);
    parts.add('main');
  }
  if (draft.agreementTemplate !== before.agreementTemplate) {
    const checked = validate(agreementTemplate, draft.agreementTemplate, 'The agreement template');
    if (!checked.ok) return checked;
    next.agreementTemplate = deepFreeze(checked.value);
    parts.add('main');
  }
  // Parts of clients that no longer exist and are not being deleted: nothing to write there.
  for (const key of parts) {
    if (
      key.startsWith('client:') &&
      !clientIds.has(key.slice(7)) &&
      !clients.removed.some((c) => clientPartKey(c.id) === key)
    ) {
      parts.delete(key);
    }
  }
  return ok({ parts, next });
}

function tooMany(what: string): Result<never> {
  return fail('invalid', `A workbook can hold at most ${what}.`);
}

/** Validate each record with its own schema; the problem names the field, not a list index. */
function validateEach<S extends typeof client | typeof worksheet | typeof exportRecord>(
  schema: S,
  records: readonly unknown[],
  what: string,
): Result<z.output<S>[]> {
  const out: z.output<S>[] = [];
  for (const record of records) {
    const checked = validate(schema, record, `This ${what}`);
    if (!checked.ok) return checked;
    out.push(deepFreeze(checked.value as z.output<S>));
  }
  return ok(out);
}

/** The list with each changed record replaced by its validated copy. */
function swap<T>(list: T[], changed: readonly T[], checked: readonly T[]): T[] {
  if (changed.length === 0) return list;
  const replacement = new Map<T, T>(changed.map((item, i) => [item, checked[i] as T]));
  return list.map((item) => replacement.get(item) ?? item);
}

/**
 * Freeze a record and everything in it. Stored records are shared between the store, its
 * drafts and the files' last-known versions; freezing makes a mutation that edits one in place
 * (instead of replacing it) fail loudly instead of going unsaved.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
