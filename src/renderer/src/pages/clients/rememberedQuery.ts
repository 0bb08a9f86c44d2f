import type { ClientStatus } from '../../../../shared/schema';
import { DEFAULT_CLIENT_QUERY, type ClientQuery } from './clientQuery';

// Kept while the app is open, so coming back from a client finds the list as it was left.
let remembered: ClientQuery = DEFAULT_CLIENT_QUERY;

/** How the clients list was last searched, filtered and sorted. */
export function rememberedClientQuery(): ClientQuery {
  return remembered;
}

export function rememberClientQuery(query: ClientQuery): void {
  remembered = query;
}

/** Open the clients list on one status (from Home's figures), search cleared. */
export function rememberStatusFilter(status: ClientStatus): void {
  remembered = { ...remembered, search: '', status, showArchived: false };
}
