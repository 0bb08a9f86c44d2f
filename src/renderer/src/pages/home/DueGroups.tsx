import { useState } from 'react';
import type { DueGroup as Group } from '../../../../shared/contract';
import type { DueItem, DueItemKind } from '../../../../shared/domain/dueItems';
import { useModel } from '../../state/ModelContext';
import { useToast } from '../../ui/Toasts';
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

/**
 * One kind of thing due: its first few items (enough to act on, short enough to see every
 * group), and all of them, asked of main, on "Show all".
 */
function DueGroup({ group }: { group: Group }) {
  const model = useModel();
  const toast = useToast();
  const [all, setAll] = useState<readonly DueItem[] | null>(null);
  const [expanded, setExpanded] = useState(false);
  // What is due was asked again (Home shown again, a change elsewhere): the full list too.
  const [shownFor, setShownFor] = useState(group);
  if (shownFor !== group) {
    setShownFor(group);
    setAll(null);
    setExpanded(false);
  }
  const { kind, total, overdue } = group;
  const { title, hint } = GROUPS[kind];
  const headingId = `due-${kind}`;
  const shown = expanded && all ? all : group.items;
  const toggle = async () => {
    if (expanded) {
      setExpanded(false);
      return;
    }
    const items = all ?? (await model.dueOfKind(kind));
    if (items === null) {
      toast({
        message: 'The full list could not be loaded. Try again in a moment.',
        tone: 'error',
      });
      return;
    }
    setAll(items);
    setExpanded(true);
  };
  return (
    <section className="card stack due-group" aria-labelledby={headingId}>
      <div className="row">
        <h3 id={headingId} className="spacer due-title">
          {title} <span className="due-count">{total}</span>
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
      {total > group.items.length || expanded ? (
        <button
          type="button"
          className="btn btn-small due-more"
          aria-expanded={expanded}
          onClick={() => void toggle()}
        >
          {expanded ? 'Show fewer' : `Show all ${total}`}
        </button>
      ) : null}
    </section>
  );
}

/** What is due, one card per kind; overdue first within each. */
export function DueGroups({ groups }: { groups: readonly Group[] }) {
  return (
    <div className="due-groups">
      {groups.map((group) => (
        <DueGroup key={group.kind} group={group} />
      ))}
    </div>
  );
}
