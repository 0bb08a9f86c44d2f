import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { todayIso } from '../../../shared/domain/dates';
import { useClientRows, useDateFormat, useModel, useReadOnly } from '../state/ModelContext';
import type { ClientSummary } from '../../../shared/domain/clientSummary';
import { NewClientDialog } from '../frame/NewClientDialog';
import { VirtualList } from './clients/VirtualList';
import {
  CLIENT_ROW_HEIGHT,
  ClientListHeader,
  ClientRow,
  type ClientRowAction,
} from './clients/ClientRow';
import { ClientFilters } from './clients/ClientFilters';
import { useClientActions } from './clients/useClientActions';
import { DEFAULT_CLIENT_QUERY, queryClients, type ClientQuery } from './clients/clientQuery';
import { rememberClientQuery, rememberedClientQuery } from './clients/rememberedQuery';
import '../styles/pages.css';

function countText(shown: number, total: number): string {
  const noun = total === 1 ? 'client' : 'clients';
  return shown === total
    ? `${total.toLocaleString()} ${noun}`
    : `Showing ${shown.toLocaleString()} of ${total.toLocaleString()} ${noun}`;
}

/** Every client: find, filter, sort, open, archive and delete. */
export function ClientsPage() {
  const model = useModel();
  const clients = useClientRows();
  const dateFormat = useDateFormat();
  const readOnly = useReadOnly();
  const [query, setQueryState] = useState(rememberedClientQuery);
  const [adding, setAdding] = useState(false);
  const listRef = useRef<HTMLDivElement>(null);
  // The deleted row's controls are gone: keep the keyboard in the list, on the row now in its place.
  const actions = useClientActions({
    afterDelete: () => {
      requestAnimationFrame(() => {
        listRef.current?.querySelector<HTMLElement>('a[tabindex="0"]')?.focus();
      });
    },
  });
  const [today] = useState(() => todayIso(new Date()));
  // Rows keep one action handler, so that only rows whose client changed repaint.
  const latestActions = useRef(actions);
  useLayoutEffect(() => {
    latestActions.current = actions;
  });
  const onAction = useCallback((action: ClientRowAction, client: ClientSummary) => {
    const run = latestActions.current;
    if (action === 'archive') run.archive(client);
    else if (action === 'restore') run.restore(client);
    else run.askDelete(client);
  }, []);
  // Notes are searched in main (the page holds only the rows); names show at once meanwhile.
  const [foundInMain, setFoundInMain] = useState<{ text: string; ids: ReadonlySet<string> } | null>(
    null,
  );
  const search = query.search.trim();
  useEffect(() => {
    if (search === '') return;
    let current = true;
    const timer = setTimeout(() => {
      void model.searchClients(search).then((ids) => {
        if (current && ids) setFoundInMain({ text: search, ids });
      });
    }, 120);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [model, search, clients]);

  const setQuery = (next: ClientQuery) => {
    rememberClientQuery(next);
    setQueryState(next);
  };
  const found = foundInMain?.text === search ? foundInMain.ids : null;
  const shown = useMemo(() => queryClients(clients, query, found), [clients, query, found]);
  const total = query.showArchived
    ? clients.length
    : clients.filter((client) => client.archivedAt === null).length;
  const archivedCount = clients.length - total;
  const filtered = query.search.trim() !== '' || query.status !== 'all';

  return (
    <div className="page clients-page">
      <div className="page-header">
        <div className="spacer stack-tight">
          <h1>Clients</h1>
          <p className="muted" role="status">
            {countText(shown.length, total)}
            {!query.showArchived && archivedCount > 0 ? `, ${archivedCount} archived` : ''}
          </p>
        </div>
      </div>
      <ClientFilters query={query} onChange={setQuery} />
      {clients.length === 0 ? (
        <div className="empty stack">
          <p>
            <strong>No clients yet.</strong> Add your first client to start their record and
            worksheets.
          </p>
          {readOnly ? null : (
            <div>
              <button
                type="button"
                className="btn btn-primary"
                onClick={() => {
                  setAdding(true);
                }}
              >
                Add a client
              </button>
            </div>
          )}
        </div>
      ) : shown.length === 0 ? (
        <div className="empty stack">
          <p>
            {filtered
              ? 'No client matches your search and filters.'
              : 'Every client is archived. Tick “Show archived” to see them.'}
          </p>
          {filtered ? (
            <div>
              <button
                type="button"
                className="btn"
                onClick={() => {
                  setQuery({ ...DEFAULT_CLIENT_QUERY, sort: query.sort });
                }}
              >
                Clear search and filters
              </button>
            </div>
          ) : null}
        </div>
      ) : (
        <div className="card client-list" ref={listRef}>
          <ClientListHeader />
          <VirtualList
            items={shown}
            rowHeight={CLIENT_ROW_HEIGHT}
            label="Clients"
            description="Use the up and down arrow keys to move between clients, Home and End to jump to the first or last."
            getKey={(client) => client.id}
            renderRow={(client, _index, tabIndex) => (
              <ClientRow
                client={client}
                today={today}
                dateFormat={dateFormat}
                tabIndex={tabIndex}
                readOnly={readOnly}
                onAction={onAction}
              />
            )}
          />
        </div>
      )}
      {actions.dialog}
      {adding ? (
        <NewClientDialog
          onClose={() => {
            setAdding(false);
          }}
        />
      ) : null}
    </div>
  );
}
