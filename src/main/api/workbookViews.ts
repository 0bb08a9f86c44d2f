import type { Client, Workbook, Worksheet } from '../../shared/schema';
import { summaryOf, type ClientSummary } from '../../shared/domain/clientSummary';
import { foldText } from '../../shared/domain/foldText';
import { DUE_ITEM_KINDS, dueItems } from '../../shared/domain/dueItems';
import type { DueGroup } from '../../shared/contract/views';

/**
 * Indexes over the stored workbook that the page's views are answered from. Records are frozen
 * and replaced on change, so each index is kept for as long as the list it was built from.
 */
const sheetsByClient = new WeakMap<readonly Worksheet[], Map<string | null, Worksheet[]>>();
const summaries = new WeakMap<Workbook, ClientSummary[]>();
const searchText = new WeakMap<Client, string>();
const due = new WeakMap<Workbook, { today: string; groups: DueGroup[] }>();

/** The worksheets of each client (null: the coach's own), in stored order. */
export function worksheetsByClient(book: Workbook): Map<string | null, Worksheet[]> {
  let index = sheetsByClient.get(book.worksheets);
  if (index === undefined) {
    index = new Map();
    for (const sheet of book.worksheets) {
      const list = index.get(sheet.clientId);
      if (list) list.push(sheet);
      else index.set(sheet.clientId, [sheet]);
    }
    sheetsByClient.set(book.worksheets, index);
  }
  return index;
}

/** One row per client, in stored order. */
export function clientSummaries(book: Workbook): ClientSummary[] {
  let rows = summaries.get(book);
  if (rows === undefined) {
    const sheets = worksheetsByClient(book);
    rows = book.clients.map((client) => summaryOf(client, sheets.get(client.id)?.length ?? 0));
    summaries.set(book, rows);
  }
  return rows;
}

/** Ids of the clients whose name, organization or notes hold every word of `text`. */
export function searchClients(book: Workbook, text: string): string[] {
  const words = foldText(text).split(' ').filter(Boolean);
  if (words.length === 0) return book.clients.map((client) => client.id);
  return book.clients
    .filter((client) => {
      let haystack = searchText.get(client);
      if (haystack === undefined) {
        haystack = foldText(`${client.name}\n${client.organization}\n${client.notes}`);
        searchText.set(client, haystack);
      }
      const found = haystack;
      return words.every((word) => found.includes(word));
    })
    .map((client) => client.id);
}

/** What is due as of `today`, by kind (kinds with nothing due left out), most urgent first. */
export function dueGroups(book: Workbook, today: string): DueGroup[] {
  const kept = due.get(book);
  if (kept?.today === today) return kept.groups;
  const items = dueItems(book, today);
  const groups = DUE_ITEM_KINDS.map((kind) => {
    const ofKind = items.filter((item) => item.kind === kind);
    return {
      kind,
      total: ofKind.length,
      overdue: ofKind.filter((item) => item.overdue).length,
      items: ofKind,
    };
  }).filter((group) => group.total > 0);
  due.set(book, { today, groups });
  return groups;
}
