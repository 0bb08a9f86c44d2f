import type { CalloutGeometry } from '../../../../shared/drawing/boundaryMapGeometry';

/**
 * A labelled box beside the rings: a cost (wrapped paragraph) or a list of power sources
 * (bulleted, "+ N more" when they do not all fit). A strong box marks the side holding the power.
 */
export function MapCallout({ callout }: { callout: CalloutGeometry }) {
  const { box, title, lines, empty, strong } = callout;
  return (
    <g className={strong ? 'bm-callout bm-callout-strong' : 'bm-callout'}>
      <rect
        className="bm-callout-box"
        x={box.x}
        y={box.y}
        width={box.width}
        height={box.height}
        rx={10}
      />
      <text className="bm-callout-title" x={title.x} y={title.y} fontSize={title.fontSize}>
        {title.text}
      </text>
      {empty ? (
        <text className="bm-item-empty" x={empty.x} y={empty.y} fontSize={empty.fontSize}>
          {empty.text}
        </text>
      ) : (
        lines.map((line, index) => (
          <text
            key={index}
            className={line.more ? 'bm-item-more' : 'bm-callout-text'}
            x={line.x}
            y={line.y}
            fontSize={line.fontSize}
          >
            {line.text}
          </text>
        ))
      )}
    </g>
  );
}
