import { memo } from 'react';
import type { DateFormat } from '../../../../shared/schema';
import type { ClientSummary } from '../../../../shared/domain/clientSummary';
import { CLIENT_STATUS_LABELS } from '../../../../shared/catalogue/labels';
import { formatDate } from '../../../../shared/domain/dates';
import { href } from '../../router';
import {
  STATUS_BADGE,
  checkInUrgency,
  clientLabel,
  clientSubtitle,
  formatTimestampDay,
} from './clientDisplay';

/** Row height of the clients list, in pixels: the virtual list needs it fixed. */
export const CLIENT_ROW_HEIGHT = 60;

const CHECK_IN_BADGE = { overdue: 'badge badge-danger', soon: 'badge badge-warning', later: '' };

/** The column titles above the rows (each row also names its values for screen readers). */
export function ClientListHeader() {
  return (
    <div className="client-grid client-list-header" aria-hidden="true">
      <span>Client</span>
      <span>Status</span>
      <span className="col-start">Started</span>
      <span>Yearly check-in</span>
      <span className="col-updated">Last updated</span>
      <span className="list-keys">
        <kbd>↑</kbd> <kbd>↓</kbd> to move
      </span>
    </div>
  );
}

/** What a row's quick actions ask for. */
export type ClientRowAction = 'archive' | 'restore' | 'delete';

/**
 * One client in the list: a link to their page, the key facts, and quick actions. Repainted
 * only when its own client, the day or the format changed (`onAction` must stay the same).
 */
export const ClientRow = memo(function ClientRow({
  client,
  today,
  dateFormat,
  tabIndex,
  readOnly,
  onAction,
}: {
  client: ClientSummary;
  today: string;
  dateFormat: DateFormat;
  tabIndex: 0 | -1;
  readOnly: boolean;
  onAction: (action: ClientRowAction, client: ClientSummary) => void;
}) {
  const name = clientLabel(client);
  const subtitle = clientSubtitle(client);
  const urgency = checkInUrgency(client.yearlyCheckInDate, today);
  const archived = client.archivedAt !== null;
  return (
    <div className="client-grid client-row" data-archived={archived || undefined}>
      <div className="client-name">
        <a href={href({ name: 'client', id: client.id })} tabIndex={tabIndex}>
          {name}
        </a>
        <span className="muted client-subtitle">{subtitle || '\u00a0'}</span>
      </div>
      <div className="client-status-cell">
        <span className="visually-hidden">Status: </span>
        <span className={`${STATUS_BADGE[client.status]} client-status`}>
          {CLIENT_STATUS_LABELS[client.status]}
        </span>
        {archived ? <span className="badge client-archived">Archived</span> : null}
      </div>
      <div className="col-start">
        <span className="visually-hidden">Started: </span>
        {formatDate(client.startDate, dateFormat) || <span className="muted">—</span>}
      </div>
      <div>
        <span className="visually-hidden">Yearly check-in: </span>
        {client.yearlyCheckInDate === null ? (
          <span className="muted">—</span>
        ) : (
          <span className={CHECK_IN_BADGE[urgency]}>
            {formatDate(client.yearlyCheckInDate, dateFormat)}
            {urgency === 'overdue' ? ' · late' : ''}
          </span>
        )}
      </div>
      <div className="col-updated muted">
        <span className="visually-hidden">Last updated: </span>
        {formatTimestampDay(client.updatedAt, dateFormat)}
      </div>
      <div className="client-actions">
        {readOnly ? null : (
          <>
            <button
              type="button"
              className="btn btn-quiet btn-small"
              tabIndex={tabIndex}
              aria-label={`${archived ? 'Restore' : 'Archive'} ${name}`}
              onClick={() => {
                onAction(archived ? 'restore' : 'archive', client);
              }}
            >
              {archived ? 'Restore' : 'Archive'}
            </button>
            <button
              type="button"
              className="btn btn-quiet btn-small btn-danger"
              tabIndex={tabIndex}
              aria-label={`Delete ${name}`}
              onClick={() => {
                onAction('delete', client);
              }}
            >
              Delete
            </button>
          </>
        )}
      </div>
    </div>
  );
});
