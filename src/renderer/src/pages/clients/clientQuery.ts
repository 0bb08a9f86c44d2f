import { CLIENT_STATUSES, type Client, type ClientStatus } from '../../../../shared/schema';

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

/** Letters that Unicode does not split into a base letter and an accent, spelled plainly. */
const PLAIN_LETTERS: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/**
 * Text folded for matching: lower case, accents removed and spaces squeezed, so "Zoë" is
 * found by "zoe" and "ZOË" alike, and "Tromsø" by "tromso".
 */
export function foldText(text: string): string {
  return text
    .toLocaleLowerCase('en')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[øæœßłđðþı]/g, (letter) => PLAIN_LETTERS[letter] ?? letter)
    .replace(/\s+/g, ' ')
    .trim();
}

// Client records are replaced, never changed in place, so the folded text can be kept per record.
const folded = new WeakMap<Client, string>();

/** The text a client is found by: name, organization and private notes. */
function haystack(client: Client): string {
  let text = folded.get(client);
  if (text === undefined) {
    text = foldText(`${client.name}\n${client.organization}\n${client.notes}`);
    folded.set(client, text);
  }
  return text;
}

const STATUS_ORDER = new Map(CLIENT_STATUSES.map((status, index) => [status, index]));
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function byName(a: Client, b: Client): number {
  return collator.compare(a.name, b.name) || a.id.localeCompare(b.id);
}

/** Empty dates go last whichever way the list is ordered. */
function byDate(a: string | null, b: string | null, newestFirst: boolean): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return newestFirst ? b.localeCompare(a) : a.localeCompare(b);
}

function comparer(sort: ClientSort): (a: Client, b: Client) => number {
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
 * the client's name, organization or notes (in any order), ignoring case and accents.
 */
export function queryClients(clients: readonly Client[], query: ClientQuery): Client[] {
  const words = foldText(query.search).split(' ').filter(Boolean);
  const shown = clients.filter((client) => {
    if (!query.showArchived && client.archivedAt !== null) return false;
    if (query.status !== 'all' && client.status !== query.status) return false;
    if (words.length === 0) return true;
    const text = haystack(client);
    return words.every((word) => text.includes(word));
  });
  return shown.sort(comparer(query.sort));
}
