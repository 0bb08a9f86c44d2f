import type { BoundaryMapWorksheet } from '../../../../shared/schema';
import { RINGS, placeTexts, ringSlots, type Ellipse, type Slot } from './mapLayout';

const ITEM_FONT = 13;
const SLOT_OPTIONS = { lineHeight: 18, padding: 10, minWidth: 92 };

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
  const specs: RingSpec[] = [
    {
      key: 'willNot',
      label: RING_LABELS.willNot,
      outer: RINGS.willNot,
      inner: RINGS.negotiable,
      texts: boundaries.willNot.map((item) => item.text),
    },
    {
      key: 'negotiable',
      label: RING_LABELS.negotiable,
      outer: RINGS.negotiable,
      inner: RINGS.willing,
      texts: boundaries.negotiable.map((item) => item.text),
    },
    {
      key: 'willing',
      label: RING_LABELS.willing,
      outer: RINGS.willing,
      inner: null,
      texts: boundaries.willing.map((item) => item.text),
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
  const [labelSlot, ...itemSlots] = ringSlots(spec.outer, spec.inner, SLOT_OPTIONS);
  if (!labelSlot) return null;
  const texts = spec.texts.map((text) => text.trim() || 'Untitled item');
  const { placed, hidden } = placeTexts(texts, itemSlots, ITEM_FONT);
  const moreSlot: Slot | undefined = itemSlots[placed.length];
  const count = spec.texts.length;
  return (
    <g className={`bm-ring-texts bm-ring-texts-${spec.key}`}>
      <text className="bm-ring-label" x={labelSlot.x} y={labelSlot.y} textAnchor="middle">
        {spec.label.toUpperCase()}
        {count > 0 ? ` · ${count}` : ''}
      </text>
      {placed.map(({ text, slot }, index) => (
        <text
          key={index}
          className="bm-item"
          x={slot.x}
          y={slot.y}
          textAnchor="middle"
          fontSize={ITEM_FONT}
        >
          {text}
        </text>
      ))}
      {count === 0 && itemSlots[0] ? (
        <text className="bm-item-empty" x={itemSlots[0].x} y={itemSlots[0].y} textAnchor="middle">
          Nothing here yet
        </text>
      ) : null}
      {hidden > 0 && moreSlot ? (
        <text className="bm-item-more" x={moreSlot.x} y={moreSlot.y} textAnchor="middle">
          + {hidden} more
        </text>
      ) : null}
    </g>
  );
}
