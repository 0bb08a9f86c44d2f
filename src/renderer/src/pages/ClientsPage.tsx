import { useMemo, useRef, useState } from 'react';
import { todayIso } from '../../../shared/domain/dates';
import { useReadOnly, useWorkbook } from '../state/ModelContext';
import { NewClientDialog } from '../frame/NewClientDialog';
import { VirtualList } from './clients/VirtualList';
import { CLIENT_ROW_HEIGHT, ClientListHeader, ClientRow } from './clients/ClientRow';
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
  const workbook = useWorkbook();
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
  const today = todayIso(new Date());

  const setQuery = (next: ClientQuery) => {
    rememberClientQuery(next);
    setQueryState(next);
  };
  const shown = useMemo(() => queryClients(workbook.clients, query), [workbook.clients, query]);
  const total = query.showArchived
    ? workbook.clients.length
    : workbook.clients.filter((client) => client.archivedAt === null).length;
  const archivedCount = workbook.clients.length - total;
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
      {workbook.clients.length === 0 ? (
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
                dateFormat={workbook.practice.dateFormat}
                tabIndex={tabIndex}
                readOnly={readOnly}
                onArchive={() => {
                  actions.archive(client);
                }}
                onRestore={() => {
                  actions.restore(client);
                }}
                onDelete={() => {
                  actions.askDelete(client);
                }}
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
