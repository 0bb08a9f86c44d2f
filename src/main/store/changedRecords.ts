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

/** What a change does to one part's file: records to put, records to take out, or all of it. */
export interface PartEdit {
  put: Map<string, unknown>;
  remove: Set<string>;
  /** The client was deleted: their file goes. */
  drop: boolean;
}

/** Records a mutation added or replaced, and the files they make dirty. */
export interface WorkbookChange {
  /** Per part file, what changes in it (keys as in partRecords: `client`, `worksheet:<id>`…). */
  edits: Map<PartKey, PartEdit>;
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
  /** Where each changed record stands in the new list, when the diff found them in place. */
  places: number[] | null;
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
  if (before === after) return { changed: [], removed: [], replaced, places: [] };
  if (before.length === after.length) {
    const changed: T[] = [];
    const places: number[] = [];
    let samePlaces = true;
    for (let i = 0; i < after.length && samePlaces; i += 1) {
      const was = before[i] as T;
      const now = after[i] as T;
      if (was === now) continue;
      if (was.id !== now.id) samePlaces = false;
      changed.push(now);
      places.push(i);
      replaced.set(now, was);
    }
    if (samePlaces) return { changed, removed: [], replaced, places };
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
  return { changed, removed, replaced, places: null };
}

/**
 * What a mutation changed, validated: each changed record against its own schema, and the
 * rules between records that the change touches (unique ids, a worksheet's client exists, a
 * deleted client leaves no worksheet behind, list sizes). Untouched records are not looked at.
 */
export function changeOf(before: Workbook, draft: Workbook): Result<WorkbookChange> {
  const edits = new Map<PartKey, PartEdit>();
  const edit = (key: PartKey): PartEdit => {
    let found = edits.get(key);
    if (found === undefined) {
      found = { put: new Map(), remove: new Set(), drop: false };
      edits.set(key, found);
    }
    return found;
  };
  const next: Workbook = { ...draft };

  const clients = diffList(before.clients, draft.clients);
  const checkedClients = validateEach(client, clients.changed, 'client');
  if (!checkedClients.ok) return checkedClients;
  next.clients = swap(draft.clients, clients, checkedClients.value);
  for (const c of checkedClients.value) edit(clientPartKey(c.id)).put.set('client', c);
  for (const c of clients.removed) edit(clientPartKey(c.id)).drop = true;
  // Built only when a change needs it: with 10,000 clients a set of ids is not free.
  let ids: Set<string> | null = null;
  const clientIds = () => (ids ??= new Set(next.clients.map((c) => c.id)));
  if (clients.changed.length > clients.replaced.size && clientIds().size !== next.clients.length) {
    return fail('conflict', 'This client is already in the workbook.');
  }
  if (next.clients.length > MAX_CLIENTS) return tooMany(`${MAX_CLIENTS} clients`);

  const sheets = diffList(before.worksheets, draft.worksheets);
  const checkedSheets = validateEach(worksheet, sheets.changed, 'worksheet');
  if (!checkedSheets.ok) return checkedSheets;
  next.worksheets = swap(draft.worksheets, sheets, checkedSheets.value);
  for (const [i, sheet] of checkedSheets.value.entries()) {
    const key = `worksheet:${sheet.id}`;
    edit(partOfWorksheet(sheet)).put.set(key, sheet);
    const old = sheets.replaced.get(sheets.changed[i] as (typeof sheets.changed)[number]);
    if (old !== undefined && old.clientId !== sheet.clientId) {
      edit(partOfWorksheet(old)).remove.add(key);
    }
    const ownerKnown = old !== undefined && old.clientId === sheet.clientId;
    const ownerMayBeGone = clients.removed.length > 0 || !ownerKnown;
    if (sheet.clientId !== null && ownerMayBeGone && !clientIds().has(sheet.clientId)) {
      return fail('notFound', 'We could not find the client this worksheet belongs to.');
    }
  }
  for (const sheet of sheets.removed)
    edit(partOfWorksheet(sheet)).remove.add(`worksheet:${sheet.id}`);
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
  next.exportHistory = swap(draft.exportHistory, exports, checkedExports.value);
  if (next.exportHistory.length > MAX_LIST_LENGTH) return tooMany(`${MAX_LIST_LENGTH} exports`);
  for (const entry of checkedExports.value) {
    edit(partOfExport(entry, clientIds())).put.set(`export:${entry.id}`, entry);
  }
  if (exports.removed.length > 0) {
    const oldIds = new Set(before.clients.map((c) => c.id));
    for (const entry of exports.removed) {
      edit(partOfExport(entry, oldIds)).remove.add(`export:${entry.id}`);
    }
  }

  if (draft.practice !== before.practice) {
    const checked = validate(practiceProfile, draft.practice, 'The practice profile');
    if (!checked.ok) return checked;
    next.practice = deepFreeze(checked.value);
    edit('main').put.set('practice', next.practice);
  }
  if (draft.agreementTemplate !== before.agreementTemplate) {
    const checked = validate(agreementTemplate, draft.agreementTemplate, 'The agreement template');
    if (!checked.ok) return checked;
    next.agreementTemplate = deepFreeze(checked.value);
    edit('main').put.set('template', next.agreementTemplate);
  }
  return ok({ edits, next });
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

/**
 * The list with each changed record replaced by its validated copy. The draft's lists belong
 * to this change alone, so they are updated in place: by position when the diff knows it.
 */
function swap<T>(list: T[], diff: ListDiff<T>, checked: readonly T[]): T[] {
  const { changed, places } = diff;
  if (changed.length === 0) return list;
  if (places !== null) {
    places.forEach((place, i) => (list[place] = checked[i] as T));
    return list;
  }
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
