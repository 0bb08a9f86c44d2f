import { CLIENT_STATUSES, type ClientStatus } from '../../../../shared/schema';
import { foldText } from '../../../../shared/domain/foldText';
import type { ClientSummary } from '../../../../shared/domain/clientSummary';

export { foldText };

/** How the clients list can be ordered. */
export const CLIENT_SORTS = ['name', 'status', 'startDate', 'checkIn', 'updated'] as const;
export type ClientSort = (typeof CLIENT_SORTS)[number];

export const CLIENT_SORT_LABELS: Record<ClientSort, string> = {
  name: 'Name',
  status: 'Status',
  startDate: 'Start date (newest first)',
  checkIn: 'Next check-in (soonest first)',
  updated: 'Last updated (most recent first)',
};

/** What the coach asked the clients list to show. */
export interface ClientQuery {
  search: string;
  status: ClientStatus | 'all';
  showArchived: boolean;
  sort: ClientSort;
}

export const DEFAULT_CLIENT_QUERY: ClientQuery = {
  search: '',
  status: 'all',
  showArchived: false,
  sort: 'name',
};

// Summaries are replaced, never changed in place, so the folded text can be kept per record.
const folded = new WeakMap<ClientSummary, string>();

/** The text a row is found by in the page: name and organization (notes are searched in main). */
function haystack(client: ClientSummary): string {
  let text = folded.get(client);
  if (text === undefined) {
    text = foldText(`${client.name}\n${client.organization}`);
    folded.set(client, text);
  }
  return text;
}

const STATUS_ORDER = new Map(CLIENT_STATUSES.map((status, index) => [status, index]));
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function byName(a: ClientSummary, b: ClientSummary): number {
  return collator.compare(a.name, b.name) || a.id.localeCompare(b.id);
}

/** Empty dates go last whichever way the list is ordered. */
function byDate(a: string | null, b: string | null, newestFirst: boolean): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return newestFirst ? b.localeCompare(a) : a.localeCompare(b);
}

function comparer(sort: ClientSort): (a: ClientSummary, b: ClientSummary) => number {
  switch (sort) {
    case 'name':
      return byName;
    case 'status':
      return (a, b) =>
        (STATUS_ORDER.get(a.status) ?? 0) - (STATUS_ORDER.get(b.status) ?? 0) || byName(a, b);
    case 'startDate':
      return (a, b) => byDate(a.startDate, b.startDate, true) || byName(a, b);
    case 'checkIn':
      return (a, b) => byDate(a.yearlyCheckInDate, b.yearlyCheckInDate, false) || byName(a, b);
    case 'updated':
      return (a, b) => b.updatedAt.localeCompare(a.updatedAt) || byName(a, b);
  }
}

/**
 * The clients the list shows, in order. Every word of the search must appear somewhere in
 * the client's name, organization or notes (in any order), ignoring case and accents. Names
 * and organizations are matched here at once; `foundInMain` adds the clients the main process
 * found by their notes, when its answer is in.
 */
export function queryClients(
  clients: readonly ClientSummary[],
  query: ClientQuery,
  foundInMain: ReadonlySet<string> | null = null,
): ClientSummary[] {
  const words = foldText(query.search).split(' ').filter(Boolean);
  const shown = clients.filter((client) => {
    if (!query.showArchived && client.archivedAt !== null) return false;
    if (query.status !== 'all' && client.status !== query.status) return false;
    if (words.length === 0 || foundInMain?.has(client.id)) return true;
    const text = haystack(client);
    return words.every((word) => text.includes(word));
  });
  return shown.sort(comparer(query.sort));
}
