import type { BoundaryMapWorksheet } from '../../../../shared/schema';
import { RINGS, layoutRing, ringSlots, type Ellipse } from './mapLayout';
import { fitsWidth } from './textMeasure';

const ITEM_FONT = 13;
const ITEM_WEIGHT = 500;
const SLOT_OPTIONS = { lineHeight: 18, padding: 10, minWidth: 120 };

interface RingSpec {
  key: 'willNot' | 'negotiable' | 'willing';
  label: string;
  outer: Ellipse;
  inner: Ellipse | null;
  texts: string[];
}

/** The rings' labels, as the map and its text version both say them. */
export const RING_LABELS = {
  willing: 'Willing',
  negotiable: 'Negotiable',
  willNot: 'Will not',
} as const;

/**
 * Three rings, one inside the other: what I will do at the heart, what I would do on conditions
 * around it, and what I will not do on the outside. Each ring holds its items' short texts.
 */
export function BoundaryRings({
  boundaries,
  cx,
  cy,
}: {
  boundaries: BoundaryMapWorksheet['boundaries'];
  cx: number;
  cy: number;
}) {
  const texts = (items: readonly { text: string }[]) =>
    items.map((item) => item.text.trim() || 'Untitled item');
  const specs: RingSpec[] = [
    {
      key: 'willNot',
      label: RING_LABELS.willNot,
      outer: RINGS.willNot,
      inner: RINGS.negotiable,
      texts: texts(boundaries.willNot),
    },
    {
      key: 'negotiable',
      label: RING_LABELS.negotiable,
      outer: RINGS.negotiable,
      inner: RINGS.willing,
      texts: texts(boundaries.negotiable),
    },
    {
      key: 'willing',
      label: RING_LABELS.willing,
      outer: RINGS.willing,
      inner: null,
      texts: texts(boundaries.willing),
    },
  ];
  return (
    <g transform={`translate(${cx} ${cy})`}>
      {specs.map((spec) => (
        <ellipse
          key={spec.key}
          className={`bm-ring bm-ring-${spec.key}`}
          rx={spec.outer.rx}
          ry={spec.outer.ry}
        />
      ))}
      {specs.map((spec) => (
        <RingTexts key={spec.key} spec={spec} />
      ))}
    </g>
  );
}

function RingTexts({ spec }: { spec: RingSpec }) {
  const slots = ringSlots(spec.outer, spec.inner, SLOT_OPTIONS);
  const layout = layoutRing(spec.texts, slots, spec.inner === null, (slot) =>
    fitsWidth(slot.width, ITEM_FONT, ITEM_WEIGHT),
  );
  const count = spec.texts.length;
  return (
    <g className={`bm-ring-texts bm-ring-texts-${spec.key}`}>
      {layout.label ? (
        <text className="bm-ring-label" x={0} y={layout.label.y} textAnchor="middle">
          {spec.label.toUpperCase()}
          {count > 0 ? ` · ${count}` : ''}
        </text>
      ) : null}
      {layout.placed.map(({ text, full, slot }, index) => (
        <text key={index} className="bm-item" x={0} y={slot.y} textAnchor="middle">
          {text}
          {/* A shortened item shows in full when the pointer rests on it. */}
          {text === full ? null : <title>{full}</title>}
        </text>
      ))}
      {layout.empty ? (
        <text className="bm-item-empty" x={0} y={layout.empty.y} textAnchor="middle">
          Nothing here yet
        </text>
      ) : null}
      {layout.more ? (
        <text className="bm-item-more" x={0} y={layout.more.slot.y} textAnchor="middle">
          + {layout.more.count} more
        </text>
      ) : null}
    </g>
  );
}
