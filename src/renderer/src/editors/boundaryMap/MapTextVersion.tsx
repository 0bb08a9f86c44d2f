import type { ReactNode } from 'react';
import type { BoundaryMapWorksheet, TextItem } from '../../../../shared/schema';
import { DECISION_LABELS, POWER_HOLDER_LABELS } from '../../../../shared/catalogue/labels';
import { RING_LABELS } from '../../../../shared/drawing/boundaryMapGeometry';

/**
 * Everything the drawn map shows, untruncated, as headings and lists: screen readers read this
 * instead of the picture. Hidden from sight, since the picture and the form above show the same.
 */
export function MapTextVersion({ sheet }: { sheet: BoundaryMapWorksheet }) {
  const { boundaries, cost, power, decision } = sheet;
  return (
    <figcaption className="visually-hidden">
      <h3>The map as text</h3>
      <Part title={RING_LABELS.willing}>
        <Items items={boundaries.willing} />
      </Part>
      <Part title={RING_LABELS.negotiable}>
        {boundaries.negotiable.length === 0 ? (
          <p>Nothing listed yet.</p>
        ) : (
          <ul>
            {boundaries.negotiable.map((item) => (
              <li key={item.id}>
                {item.text || 'Untitled item'}
                {item.conditions.trim() ? ` — on these conditions: ${item.conditions}` : ''}
              </li>
            ))}
          </ul>
        )}
      </Part>
      <Part title={RING_LABELS.willNot}>
        <Items items={boundaries.willNot} />
      </Part>
      <Part title="Costs">
        <ul>
          <li>Cost of acting: {cost.ofActing || 'not written yet'}</li>
          <li>Cost of not acting: {cost.ofNotActing || 'not written yet'}</li>
          <li>Cost of keeping them: {cost.ofKeeping || 'not written yet'}</li>
          <li>Cost of losing them: {cost.ofLosing || 'not written yet'}</li>
        </ul>
      </Part>
      <Part title="Power">
        <p>
          Who holds the power: {POWER_HOLDER_LABELS[power.holder]}.{' '}
          {power.why ? `Why: ${power.why}` : ''}
        </p>
        <p>What I bring:</p>
        <Items items={power.iBring} />
        <p>What they bring:</p>
        <Items items={power.theyBring} />
      </Part>
      <Part title="Decision">
        <p>
          {DECISION_LABELS[decision.choice]}. {decision.rationale}
        </p>
      </Part>
    </figcaption>
  );
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <h4>{title}</h4>
      {children}
    </>
  );
}

function Items({ items }: { items: readonly TextItem[] }) {
  if (items.length === 0) return <p>Nothing listed yet.</p>;
  return (
    <ul>
      {items.map((item) => (
        <li key={item.id}>{item.text || 'Untitled item'}</li>
      ))}
    </ul>
  );
}
