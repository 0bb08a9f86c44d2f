import { useId, useMemo } from 'react';
import type { BoundaryMapWorksheet } from '../../../../shared/schema';
import {
  boundaryMapGeometry,
  describeBoundaryMap,
  type PillGeometry,
} from '../../../../shared/drawing/boundaryMapGeometry';
import { BoundaryRings } from './BoundaryRings';
import { MapCallout } from './MapCallout';
import { MapTextVersion } from './MapTextVersion';
import { textWidth } from './textMeasure';

/**
 * The decision view: the three rings of boundaries in the middle, the four costs in the corners,
 * what each side brings left and right (the side holding the power outlined), who holds the
 * power on top and the decision below. Drawn as one picture a coach can show a client; the
 * same content follows as text for screen readers. Where everything goes is worked out in
 * shared/drawing, which also draws the map in exported documents.
 */
export function BoundaryMapDrawing({ sheet }: { sheet: BoundaryMapWorksheet }) {
  const titleId = useId();
  const descId = useId();
  const map = useMemo(() => boundaryMapGeometry(sheet, textWidth), [sheet]);

  return (
    <figure className="bm-figure">
      <svg
        className="bm-map"
        viewBox={`0 0 ${map.width} ${map.height}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
      >
        <title id={titleId}>{`Boundary map: ${sheet.title}`}</title>
        <desc id={descId}>{describeBoundaryMap(sheet)}</desc>
        <rect className="bm-map-bg" x={0} y={0} width={map.width} height={map.height} rx={14} />
        <Pill pill={map.power} />
        {map.why ? (
          <text className="bm-why" x={map.why.x} y={map.why.y} textAnchor="middle">
            {map.why.text}
          </text>
        ) : null}
        <BoundaryRings rings={map.rings} centre={map.centre} />
        {map.callouts.map((callout) => (
          <MapCallout key={callout.key} callout={callout} />
        ))}
        <Pill pill={map.decision} />
      </svg>
      <MapTextVersion sheet={sheet} />
    </figure>
  );
}

/** A rounded label centred across the map, sized to its text. */
function Pill({ pill }: { pill: PillGeometry }) {
  const { box, text, muted, strong } = pill;
  const classes = ['bm-pill', muted ? 'bm-pill-muted' : '', strong ? 'bm-pill-strong' : ''];
  return (
    <g className={classes.filter(Boolean).join(' ')}>
      <rect x={box.x} y={box.y} width={box.width} height={box.height} rx={box.height / 2} />
      <text x={text.x} y={text.y} textAnchor="middle" fontSize={text.fontSize}>
        {text.text}
      </text>
    </g>
  );
}
