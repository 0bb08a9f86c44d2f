import { CLIENT_STATUS_LABELS } from '../../../shared/catalogue/labels';
import { useClientFile, useDateFormat, useReadOnly } from '../state/ModelContext';
import { href, navigate } from '../router';
import { EntityFields } from '../ui/fieldProblems';
import { ClientRecord } from './clients/ClientRecord';
import { ClientAgreements } from './clients/ClientAgreements';
import { WorksheetList } from './clients/WorksheetList';
import { useClientActions } from './clients/useClientActions';
import { ClientExportActions } from '../export/ClientExportActions';
import { RecentExports } from '../export/ExportHistory';
import {
  STATUS_BADGE,
  clientLabel,
  clientSubtitle,
  formatTimestampDay,
} from './clients/clientDisplay';
import '../styles/pages.css';

/** One client: their record, their worksheets and their agreements. */
export function ClientPage({ id }: { id: string }) {
  const file = useClientFile(id);
  const format = useDateFormat();
  const readOnly = useReadOnly();
  const actions = useClientActions({
    afterDelete: () => {
      navigate({ name: 'clients' });
    },
    afterUndoDelete: (restored) => {
      navigate({ name: 'client', id: restored.id });
    },
  });

  if (file.status === 'loading') {
    return (
      <div className="page" aria-busy="true">
        <p className="muted">Opening this client…</p>
      </div>
    );
  }
  if (file.status === 'missing') {
    return (
      <div className="page">
        <h1>Client not found</h1>
        <p className="muted">This client may have been deleted.</p>
        <p>
          <a href={href({ name: 'clients' })}>Back to all clients</a>
        </p>
        {actions.dialog}
      </div>
    );
  }
  const { client } = file.value;
  const archived = client.archivedAt !== null;
  const subtitle = clientSubtitle(client);

  return (
    <div className="page client-page">
      <nav aria-label="Breadcrumb" className="muted breadcrumb">
        <a href={href({ name: 'clients' })}>Clients</a> › {clientLabel(client)}
      </nav>
      <div className="page-header">
        <div className="spacer stack-tight">
          <div className="row">
            <h1>{clientLabel(client)}</h1>
            <span className={STATUS_BADGE[client.status]}>
              {CLIENT_STATUS_LABELS[client.status]}
            </span>
            {archived ? <span className="badge badge-warning">Archived</span> : null}
          </div>
          <p className="muted">
            {subtitle ? `${subtitle} · ` : ''}
            Updated {formatTimestampDay(client.updatedAt, format)}
          </p>
        </div>
        <ClientExportActions clientId={client.id} />
        {readOnly ? null : (
          <div className="row">
            {archived ? (
              <button
                type="button"
                className="btn"
                onClick={() => {
                  actions.restore(client);
                }}
              >
                Restore
              </button>
            ) : (
              <button
                type="button"
                className="btn"
                onClick={() => {
                  actions.archive(client);
                }}
              >
                Archive
              </button>
            )}
            <button
              type="button"
              className="btn btn-danger"
              onClick={() => {
                actions.askDelete(client);
              }}
            >
              Delete client
            </button>
          </div>
        )}
      </div>
      {archived ? (
        <p className="card notice">
          This client is archived: they stay out of your client list and of what is due on Home.
          Nothing was deleted. Restore them to bring them back.
        </p>
      ) : null}
      <div className="client-layout">
        <EntityFields entity={`client:${client.id}`}>
          <ClientRecord client={client} />
        </EntityFields>
        <div className="stack client-side">
          <section className="card stack" aria-labelledby="client-worksheets-title">
            <h2 id="client-worksheets-title">Worksheets</h2>
            <WorksheetList
              clientId={client.id}
              emptyText="No worksheets yet. Start one with the buttons above."
            />
          </section>
          <ClientAgreements clientId={client.id} />
          <RecentExports clientId={client.id} />
        </div>
      </div>
      {actions.dialog}
    </div>
  );
}
