import { fail, ok } from '../../shared/result';
import { newClient } from '../../shared/domain/emptyRecords';
import type { Client } from '../../shared/schema';
import { findClient, replaceClient, stampOf } from './records';
import type { ApiDeps, HandlersOf } from './types';
import type { ViewChannel } from './viewsHandlers';

/** Names sort as a person reads them: by locale, ignoring case ("émile" next to "Emile"). */
const byName = new Intl.Collator(undefined, { sensitivity: 'accent', numeric: true });

function sortByName(clients: Client[]): Client[] {
  return [...clients].sort((a, b) => byName.compare(a.name, b.name) || a.id.localeCompare(b.id));
}

/**
 * Client records. Deleting a client takes their worksheets with them (signed agreements too: the
 * coach may need to erase a person's data) and hands everything back so the deletion can be undone.
 */
export function clientsHandlers(deps: ApiDeps): Omit<HandlersOf<'clients'>, ViewChannel> {
  const { store } = deps;

  /** Change one stored client; `edit` gets the stored record and the current time. */
  const change = (id: string, edit: (stored: Client, now: string) => Client) =>
    store.update((draft) => {
      const found = findClient(draft, id);
      if (!found.ok) return found;
      const next = edit(found.value, deps.now().toISOString());
      replaceClient(draft, next);
      return ok(next);
    });

  return {
    'clients:list': ({ includeArchived }) => {
      const book = store.read();
      if (!book.ok) return Promise.resolve(book);
      const shown = book.value.clients.filter((c) => includeArchived || c.archivedAt === null);
      return Promise.resolve(ok(sortByName(shown)));
    },
    'clients:get': ({ id }) => {
      const book = store.read();
      return Promise.resolve(book.ok ? findClient(book.value, id) : book);
    },
    'clients:create': ({ client }) =>
      store.update((draft) => {
        const created = newClient(client, stampOf(deps));
        draft.clients.push(created);
        return ok(created);
      }),
    'clients:update': ({ client }) =>
      change(client.id, (stored, now) => ({
        ...client,
        id: stored.id,
        createdAt: stored.createdAt,
        archivedAt: stored.archivedAt,
        updatedAt: now,
      })),
    'clients:archive': ({ id }) =>
      // Archiving twice keeps the first date: the client was hidden then.
      change(id, (stored, now) =>
        stored.archivedAt === null ? { ...stored, archivedAt: now, updatedAt: now } : stored,
      ),
    'clients:restore': ({ id }) =>
      change(id, (stored, now) =>
        stored.archivedAt === null ? stored : { ...stored, archivedAt: null, updatedAt: now },
      ),
    'clients:delete': ({ id }) =>
      store.update((draft) => {
        const found = findClient(draft, id);
        if (!found.ok) return found;
        const worksheets = draft.worksheets.filter((w) => w.clientId === id);
        draft.clients = draft.clients.filter((c) => c.id !== id);
        draft.worksheets = draft.worksheets.filter((w) => w.clientId !== id);
        // Their export history lived in their file and goes with it: erasing a client erases all.
        draft.exportHistory = draft.exportHistory.filter((e) => e.clientId !== id);
        return ok({ client: found.value, worksheets });
      }),
    'clients:undelete': ({ deleted }) =>
      store.update((draft) => {
        const { client, worksheets } = deleted;
        if (worksheets.some((w) => w.clientId !== client.id)) {
          return fail('invalid', 'Only worksheets of this client can be put back with them.');
        }
        if (draft.clients.some((c) => c.id === client.id)) {
          return fail('conflict', 'This client is already in the workbook.');
        }
        const taken = new Set(draft.worksheets.map((w) => w.id));
        if (worksheets.some((w) => taken.has(w.id))) {
          return fail('conflict', 'Some of these worksheets are already back in the workbook.');
        }
        draft.clients.push(client);
        draft.worksheets = draft.worksheets.concat(worksheets);
        return ok(client);
      }),
  };
}
