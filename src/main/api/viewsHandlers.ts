import { ok } from '../../shared/result';
import { todayIso } from '../../shared/domain/dates';
import type { viewsChannels } from '../../shared/contract/views';
import { findClient } from './records';
import type { ApiDeps, Handler } from './types';
import { clientSummaries, dueGroups, searchClients, worksheetsByClient } from './workbookViews';

export type ViewChannel = keyof typeof viewsChannels;

/** The channels that answer what one screen shows, so the page never loads the whole workbook. */
export function viewsHandlers(deps: ApiDeps): { [C in ViewChannel]: Handler<C> } {
  const { store } = deps;
  return {
    'workbook:open': () => {
      const book = store.read();
      if (!book.ok) return Promise.resolve(book);
      const { practice, agreementTemplate } = book.value;
      return Promise.resolve(
        ok({
          practice,
          agreementTemplate,
          clients: clientSummaries(book.value),
          ownWorksheets: worksheetsByClient(book.value).get(null) ?? [],
        }),
      );
    },
    'workbook:due': ({ kind, first }) => {
      const book = store.read();
      if (!book.ok) return Promise.resolve(book);
      const groups = dueGroups(book.value, todayIso(deps.now()))
        .filter((group) => kind === null || group.kind === kind)
        .map((group) => ({ ...group, items: group.items.slice(0, first) }));
      return Promise.resolve(ok(groups));
    },
    'workbook:exportHistory': ({ clientId }) => {
      const book = store.read();
      if (!book.ok) return Promise.resolve(book);
      const all = book.value.exportHistory;
      return Promise.resolve(
        ok(clientId === null ? all : all.filter((r) => r.clientId === clientId)),
      );
    },
    'clients:open': ({ id }) => {
      const book = store.read();
      if (!book.ok) return Promise.resolve(book);
      const client = findClient(book.value, id);
      if (!client.ok) return Promise.resolve(client);
      const worksheets = worksheetsByClient(book.value).get(id) ?? [];
      return Promise.resolve(ok({ client: client.value, worksheets }));
    },
    'clients:search': ({ text }) => {
      const book = store.read();
      return Promise.resolve(book.ok ? ok(searchClients(book.value, text)) : book);
    },
  };
}
