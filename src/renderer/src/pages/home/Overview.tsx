import type { ClientStatus } from '../../../../shared/schema';
import type { ClientSummary } from '../../../../shared/domain/clientSummary';
import type { DueGroup } from '../../../../shared/contract';
import { href } from '../../router';
import { rememberStatusFilter } from '../clients/rememberedQuery';

interface Figure {
  label: string;
  value: number;
  tone?: 'danger';
  /** Opens the clients list filtered to this status. */
  status?: ClientStatus;
}

function figuresOf(clients: readonly ClientSummary[], due: readonly DueGroup[]): Figure[] {
  const current = clients.filter((client) => client.archivedAt === null);
  const count = (status: ClientStatus) =>
    current.filter((client) => client.status === status).length;
  const overdue = due.reduce((sum, group) => sum + group.overdue, 0);
  const waiting = due.find((group) => group.kind === 'agreementAwaitingSignature')?.total ?? 0;
  return [
    { label: 'Active clients', value: count('active'), status: 'active' },
    { label: 'Prospects', value: count('prospect'), status: 'prospect' },
    { label: 'Paused', value: count('paused'), status: 'paused' },
    { label: 'Waiting for a signature', value: waiting },
    { label: 'Overdue', value: overdue, ...(overdue > 0 ? { tone: 'danger' as const } : {}) },
  ];
}

/** A few numbers that tell the coach how the practice stands today. */
export function Overview({
  clients,
  due,
}: {
  clients: readonly ClientSummary[];
  due: readonly DueGroup[];
}) {
  return (
    <ul className="overview" aria-label="Your practice at a glance">
      {figuresOf(clients, due).map((figure) => (
        <li key={figure.label} className="overview-figure" data-tone={figure.tone}>
          <span className="overview-value">{figure.value.toLocaleString()}</span>
          {figure.status ? (
            <a
              href={href({ name: 'clients' })}
              className="overview-label"
              onClick={() => {
                if (figure.status) rememberStatusFilter(figure.status);
              }}
            >
              {figure.label}
            </a>
          ) : (
            <span className="overview-label">{figure.label}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
