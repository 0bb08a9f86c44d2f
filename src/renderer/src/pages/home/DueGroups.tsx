import { useState } from 'react';
import type { DueItem, DueItemKind } from '../../../../shared/domain/dueItems';
import { DUE_ITEM_KINDS } from '../../../../shared/domain/dueItems';
import { href } from '../../router';

const GROUPS: Record<DueItemKind, { title: string; hint: string }> = {
  agreementAwaitingSignature: {
    title: 'Agreements waiting for a signature',
    hint: 'Sent to the client and not signed yet. A friendly nudge often does it.',
  },
  idpObjective: {
    title: 'Development objectives',
    hint: 'Due within 30 days or already late, in development plans.',
  },
  mentorNextStep: {
    title: 'Mentor next steps',
    hint: 'Introductions to ask for, people to meet, thanks to send.',
  },
  yearlyCheckIn: {
    title: 'Yearly check-ins',
    hint: 'Time to revisit the agreement, the service and the fees with these clients.',
  },
};

function placeOf(item: DueItem): string {
  if (item.worksheetId !== null) return href({ name: 'worksheet', id: item.worksheetId });
  if (item.clientId !== null) return href({ name: 'client', id: item.clientId });
  return href({ name: 'home' });
}

function DueEntry({ item }: { item: DueItem }) {
  return (
    <li className="due-item" data-overdue={item.overdue || undefined}>
      <div className="due-main">
        <a href={placeOf(item)}>{item.title}</a>
        <span className="muted due-detail">{item.detail}</span>
      </div>
      {item.overdue ? <span className="badge badge-danger">Overdue</span> : null}
      {!item.overdue &&
      item.daysFromToday !== null &&
      item.daysFromToday >= 0 &&
      item.daysFromToday <= 7 ? (
        <span className="badge badge-warning">This week</span>
      ) : null}
    </li>
  );
}

/** Items shown before "Show all": enough to act on, short enough to see every group. */
const FIRST_ITEMS = 5;

function DueGroup({ kind, items }: { kind: DueItemKind; items: readonly DueItem[] }) {
  const [expanded, setExpanded] = useState(false);
  const overdue = items.filter((item) => item.overdue).length;
  const { title, hint } = GROUPS[kind];
  const headingId = `due-${kind}`;
  const shown = expanded ? items : items.slice(0, FIRST_ITEMS);
  return (
    <section className="card stack due-group" aria-labelledby={headingId}>
      <div className="row">
        <h3 id={headingId} className="spacer due-title">
          {title} <span className="due-count">{items.length}</span>
        </h3>
        {overdue > 0 ? <span className="badge badge-danger">{overdue} overdue</span> : null}
      </div>
      <p className="muted">{hint}</p>
      <ul className="due-list">
        {shown.map((item) => (
          <DueEntry
            key={`${item.kind}:${item.worksheetId ?? ''}:${item.itemId ?? ''}:${item.clientId ?? ''}`}
            item={item}
          />
        ))}
      </ul>
      {items.length > FIRST_ITEMS ? (
        <button
          type="button"
          className="btn btn-small due-more"
          aria-expanded={expanded}
          onClick={() => {
            setExpanded(!expanded);
          }}
        >
          {expanded ? 'Show fewer' : `Show all ${items.length}`}
        </button>
      ) : null}
    </section>
  );
}

/** What is due, one card per kind; overdue first within each. */
export function DueGroups({ items }: { items: readonly DueItem[] }) {
  return (
    <div className="due-groups">
      {DUE_ITEM_KINDS.map((kind) => {
        const group = items.filter((item) => item.kind === kind);
        return group.length === 0 ? null : <DueGroup key={kind} kind={kind} items={group} />;
      })}
    </div>
  );
}
