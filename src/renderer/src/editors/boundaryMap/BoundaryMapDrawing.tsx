import { useId } from 'react';
import type { BoundaryMapWorksheet } from '../../../../shared/schema';
import { DECISION_LABELS, POWER_HOLDER_LABELS } from '../../../../shared/catalogue/labels';
import { BoundaryRings } from './BoundaryRings';
import { MapCallout, type CalloutBox } from './MapCallout';
import { MapTextVersion } from './MapTextVersion';
import { fitLine } from './mapLayout';
import { fitsWidth, textWidth } from './textMeasure';

const WIDTH = 1100;
const HEIGHT = 740;
const COLUMN = 232;
const MARGIN = 8;
const GAP = 12;
const BOX_HEIGHT = (HEIGHT - 2 * MARGIN - 2 * GAP) / 3;

/** Three boxes down each side: a cost, the power sources, another cost. */
function column(side: 'left' | 'right', row: 0 | 1 | 2): CalloutBox {
  const x = side === 'left' ? MARGIN : WIDTH - MARGIN - COLUMN;
  return { x, y: MARGIN + row * (BOX_HEIGHT + GAP), width: COLUMN, height: BOX_HEIGHT };
}

/**
 * The decision view: the three rings of boundaries in the middle, the four costs in the corners,
 * what each side brings left and right (the side holding the power outlined), who holds the
 * power on top and the decision below. Drawn as one picture a coach can show a client; the
 * same content follows as text for screen readers.
 */
export function BoundaryMapDrawing({ sheet }: { sheet: BoundaryMapWorksheet }) {
  const titleId = useId();
  const descId = useId();
  const { cost, power, decision, boundaries } = sheet;
  const holder = POWER_HOLDER_LABELS[power.holder];
  const choice = DECISION_LABELS[decision.choice];
  const mineStrong = power.holder === 'me' || power.holder === 'balanced';
  const theirsStrong = power.holder === 'client' || power.holder === 'balanced';
  const counts = `${boundaries.willing.length} willing, ${boundaries.negotiable.length} negotiable, ${boundaries.willNot.length} will not`;

  return (
    <figure className="bm-figure">
      <svg
        className="bm-map"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
      >
        <title id={titleId}>{`Boundary map: ${sheet.title}`}</title>
        <desc id={descId}>
          {`Three rings of boundaries (${counts}). Power: ${holder}. Decision: ${choice}. The full map follows as text.`}
        </desc>
        <rect className="bm-map-bg" x={0} y={0} width={WIDTH} height={HEIGHT} rx={14} />
        <Pill y={14} text={`Who holds the power: ${holder}`} muted={power.holder === 'unclear'} />
        {power.why.trim() ? (
          <text className="bm-why" x={WIDTH / 2} y={70} textAnchor="middle">
            {fitLine(power.why, fitsWidth(WIDTH - 2 * COLUMN - 80, 12.5))}
          </text>
        ) : null}
        <BoundaryRings boundaries={boundaries} cx={WIDTH / 2} cy={HEIGHT / 2 + 8} />
        <MapCallout box={column('left', 0)} title="Cost of acting" text={cost.ofActing} />
        <MapCallout box={column('right', 0)} title="Cost of not acting" text={cost.ofNotActing} />
        <MapCallout
          box={column('left', 1)}
          title="What I bring"
          items={power.iBring.map((item) => item.text)}
          strong={mineStrong}
          emptyText="Nothing listed yet"
        />
        <MapCallout
          box={column('right', 1)}
          title="What they bring"
          items={power.theyBring.map((item) => item.text)}
          strong={theirsStrong}
          emptyText="Nothing listed yet"
        />
        <MapCallout box={column('left', 2)} title="Cost of keeping them" text={cost.ofKeeping} />
        <MapCallout box={column('right', 2)} title="Cost of losing them" text={cost.ofLosing} />
        <Pill
          y={HEIGHT - 50}
          text={`Decision: ${choice}`}
          muted={decision.choice === 'undecided'}
          strong
        />
      </svg>
      <MapTextVersion sheet={sheet} />
    </figure>
  );
}

/** A rounded label centred across the map, sized to its text. */
function Pill({
  y,
  text,
  muted = false,
  strong = false,
}: {
  y: number;
  text: string;
  muted?: boolean;
  strong?: boolean;
}) {
  const font = strong ? 15 : 14;
  const shown = fitLine(text, fitsWidth(WIDTH - 2 * COLUMN - 100, font, 650));
  const width = textWidth(shown, font, 650) + 40;
  const classes = ['bm-pill', muted ? 'bm-pill-muted' : '', strong ? 'bm-pill-strong' : ''];
  return (
    <g className={classes.filter(Boolean).join(' ')}>
      <rect x={(WIDTH - width) / 2} y={y} width={width} height={34} rx={17} />
      <text x={WIDTH / 2} y={y + 17} textAnchor="middle" fontSize={font}>
        {shown}
      </text>
    </g>
  );
}
