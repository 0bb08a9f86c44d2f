import type { RingGeometry } from '../../../../shared/drawing/boundaryMapGeometry';

/**
 * Three rings, one inside the other: what I will do at the heart, what I would do on conditions
 * around it, and what I will not do on the outside. Each ring holds its items' short texts.
 */
export function BoundaryRings({
  rings,
  centre,
}: {
  rings: readonly RingGeometry[];
  centre: { x: number; y: number };
}) {
  return (
    <g transform={`translate(${centre.x} ${centre.y})`}>
      {rings.map((ring) => (
        <ellipse
          key={ring.key}
          className={`bm-ring bm-ring-${ring.key}`}
          rx={ring.ellipse.rx}
          ry={ring.ellipse.ry}
        />
      ))}
      {rings.map((ring) => (
        <RingTexts key={ring.key} ring={ring} />
      ))}
    </g>
  );
}

function RingTexts({ ring }: { ring: RingGeometry }) {
  return (
    <g className={`bm-ring-texts bm-ring-texts-${ring.key}`}>
      {ring.label ? (
        <text className="bm-ring-label" x={ring.label.x} y={ring.label.y} textAnchor="middle">
          {ring.label.text}
        </text>
      ) : null}
      {ring.items.map((item, index) => (
        <text key={index} className="bm-item" x={item.x} y={item.y} textAnchor="middle">
          {item.text}
          {/* A shortened item shows in full when the pointer rests on it. */}
          {item.full === undefined ? null : <title>{item.full}</title>}
        </text>
      ))}
      {ring.empty ? (
        <text className="bm-item-empty" x={ring.empty.x} y={ring.empty.y} textAnchor="middle">
          {ring.empty.text}
        </text>
      ) : null}
      {ring.more ? (
        <text className="bm-item-more" x={ring.more.x} y={ring.more.y} textAnchor="middle">
          {ring.more.text}
        </text>
      ) : null}
    </g>
  );
}
