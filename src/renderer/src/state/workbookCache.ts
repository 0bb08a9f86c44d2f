import type { ClientFile, OpenedWorkbook } from '../../../shared/contract';
import { summaryOf, type ClientSummary } from '../../../shared/domain/clientSummary';
import type { AgreementTemplate, Client, PracticeProfile, Worksheet } from '../../../shared/schema';
import type { EntityRef, EntitySnapshot } from './entities';

/**
 * What the page has loaded of the workbook: the small parts and one row per client from the
 * start, each client's record and worksheets once their page has been opened. Every update
 * makes a new cache and keeps what did not change, so a screen that selects a part re-renders
 * only when that part changed.
 */
export interface WorkbookCache {
  practice: PracticeProfile;
  template: AgreementTemplate;
  /** Every client as a list row. */
  clients: readonly ClientSummary[];
  /** The clients opened so far, with all their worksheets. */
  files: ReadonlyMap<string, ClientFile>;
  /** The coach's own worksheets. */
  own: readonly Worksheet[];
}

export function cacheOf(opened: OpenedWorkbook): WorkbookCache {
  return {
    practice: opened.practice,
    template: opened.agreementTemplate,
    clients: opened.clients,
    files: new Map(),
    own: opened.ownWorksheets,
  };
}

/** A loaded worksheet, wherever it belongs. */
export function findWorksheet(cache: WorkbookCache, id: string): Worksheet | undefined {
  const own = cache.own.find((sheet) => sheet.id === id);
  if (own) return own;
  for (const file of cache.files.values()) {
    const found = file.worksheets.find((sheet) => sheet.id === id);
    if (found) return found;
  }
  return undefined;
}

/** The entity as the page has it, or undefined when it is not loaded (or gone). */
export function readCached(cache: WorkbookCache, ref: EntityRef): EntitySnapshot | undefined {
  switch (ref.type) {
    case 'practice':
      return { type: 'practice', value: cache.practice };
    case 'template':
      return { type: 'template', value: cache.template };
    case 'client': {
      const value = cache.files.get(ref.id)?.client;
      return value && { type: 'client', value };
    }
    case 'worksheet': {
      const value = findWorksheet(cache, ref.id);
      return value && { type: 'worksheet', value };
    }
  }
}

/** The cache with the entity put in place (only where it is loaded). */
export function writeCached(cache: WorkbookCache, snapshot: EntitySnapshot): WorkbookCache {
  switch (snapshot.type) {
    case 'practice':
      return { ...cache, practice: snapshot.value };
    case 'template':
      return { ...cache, template: snapshot.value };
    case 'client':
      return putClient(cache, snapshot.value);
    case 'worksheet':
      return putWorksheet(cache, snapshot.value);
  }
}

function replaced<T extends { id: string }>(items: readonly T[], item: T): T[] | null {
  const index = items.findIndex((existing) => existing.id === item.id);
  if (index === -1) return null;
  const copy = items.slice();
  copy[index] = item;
  return copy;
}

function withFile(cache: WorkbookCache, file: ClientFile): ReadonlyMap<string, ClientFile> {
  const files = new Map(cache.files);
  files.set(file.client.id, file);
  return files;
}

/** The row of a client, recounted from `count` when given, else keeping its count. */
function withSummary(cache: WorkbookCache, client: Client, count?: number): ClientSummary[] {
  const index = cache.clients.findIndex((row) => row.id === client.id);
  const row = summaryOf(client, count ?? cache.clients[index]?.worksheetCount ?? 0);
  if (index === -1) return [...cache.clients, row];
  const rows = cache.clients.slice();
  rows[index] = row;
  return rows;
}

/** A client added or changed: their row, and their record where their page is loaded. */
export function putClient(cache: WorkbookCache, client: Client): WorkbookCache {
  const file = cache.files.get(client.id);
  return {
    ...cache,
    clients: withSummary(cache, client),
    files: file ? withFile(cache, { ...file, client }) : cache.files,
  };
}

/** A client's record and worksheets, as main just answered them. */
export function putFile(cache: WorkbookCache, file: ClientFile): WorkbookCache {
  return {
    ...cache,
    clients: withSummary(cache, file.client, file.worksheets.length),
    files: withFile(cache, file),
  };
}

export function removeClient(cache: WorkbookCache, id: string): WorkbookCache {
  const files = new Map(cache.files);
  files.delete(id);
  return { ...cache, clients: cache.clients.filter((row) => row.id !== id), files };
}

/** A worksheet changed (or added), where it is loaded; its client's count follows. */
export function putWorksheet(cache: WorkbookCache, sheet: Worksheet): WorkbookCache {
  return placeWorksheet(cache, sheet, false);
}

/** A worksheet main just made (created, copied, a new version, put back): counted even unloaded. */
export function addWorksheet(cache: WorkbookCache, sheet: Worksheet): WorkbookCache {
  return placeWorksheet(cache, sheet, true);
}

function placeWorksheet(cache: WorkbookCache, sheet: Worksheet, isNew: boolean): WorkbookCache {
  if (sheet.clientId === null) {
    return { ...cache, own: replaced(cache.own, sheet) ?? [...cache.own, sheet] };
  }
  const file = cache.files.get(sheet.clientId);
  if (!file) {
    // Not loaded here: only the count can change, when the worksheet is new.
    return isNew ? recount(cache, sheet.clientId, 1) : cache;
  }
  const same = replaced(file.worksheets, sheet);
  const next = {
    ...cache,
    files: withFile(cache, { ...file, worksheets: same ?? [...file.worksheets, sheet] }),
  };
  return same ? next : recount(next, sheet.clientId, 1);
}

export function removeWorksheet(cache: WorkbookCache, sheet: Worksheet): WorkbookCache {
  if (sheet.clientId === null) {
    return { ...cache, own: cache.own.filter((w) => w.id !== sheet.id) };
  }
  const file = cache.files.get(sheet.clientId);
  const next = file
    ? {
        ...cache,
        files: withFile(cache, {
          ...file,
          worksheets: file.worksheets.filter((w) => w.id !== sheet.id),
        }),
      }
    : cache;
  return recount(next, sheet.clientId, -1);
}

function recount(cache: WorkbookCache, clientId: string, by: number): WorkbookCache {
  const index = cache.clients.findIndex((row) => row.id === clientId);
  const row = cache.clients[index];
  if (!row) return cache;
  const rows = cache.clients.slice();
  rows[index] = { ...row, worksheetCount: Math.max(0, row.worksheetCount + by) };
  return { ...cache, clients: rows };
}
