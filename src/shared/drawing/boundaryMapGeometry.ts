/**
 * The whole drawn boundary map as geometry: where every box, ring and line of text goes, and
 * what each line says once wrapped or shortened to its room. The app draws it as SVG in the
 * page (measuring text on a canvas) and the export draws it as a picture for Word (measuring
 * with Arial's widths): both from this one description, so they show the same map.
 */
import type { BoundaryMapWorksheet } from '../schema';
import { DECISION_LABELS, POWER_HOLDER_LABELS } from '../catalogue/labels';
import { RINGS, layoutRing, ringSlots, type Ellipse } from './mapLayout';
import type {
  BoundaryMapGeometry,
  CalloutGeometry,
  GeometryOptions,
  MapBox,
  MapText,
  MeasureText,
  PillGeometry,
  RingGeometry,
  RingKey,
} from './boundaryMapTypes';
import { bulletedLines, fitLine, wrapLines, type Fits } from './textFit';

export type * from './boundaryMapTypes';

export const MAP_WIDTH = 1100;
export const MAP_HEIGHT = 740;
const COLUMN = 232;
const MARGIN = 8;
const GAP = 12;
const BOX_HEIGHT = (MAP_HEIGHT - 2 * MARGIN - 2 * GAP) / 3;
const PILL_WEIGHT = 650;
const ITEM_WEIGHT = 500;
const CALLOUT_PAD = 12;
/** A callout's items wrap to at most this many lines each, so one cannot crowd out the rest. */
const MOST_LINES_PER_ITEM = 3;
const BULLET = '• ';

/** The rings' names, as the map and its text versions say them. */
export const RING_LABELS: Record<RingKey, string> = {
  willing: 'Willing',
  negotiable: 'Negotiable',
  willNot: 'Will not',
};

/**
 * What the drawn map shows, in one sentence for readers who cannot see it (the page's SVG
 * description, the exported picture's alt text).
 */
export function describeBoundaryMap(sheet: BoundaryMapWorksheet): string {
  const { boundaries, power, decision } = sheet;
  const counts = `${boundaries.willing.length} willing, ${boundaries.negotiable.length} negotiable, ${boundaries.willNot.length} will not`;
  return `Three rings of boundaries (${counts}). Power: ${POWER_HOLDER_LABELS[power.holder]}. Decision: ${DECISION_LABELS[decision.choice]}. The full map follows as text.`;
}

/** Where the boundary map's parts go, and the text each shows. */
export function boundaryMapGeometry(
  sheet: BoundaryMapWorksheet,
  measure: MeasureText,
  options: GeometryOptions = {},
): BoundaryMapGeometry {
  const s = options.textScale ?? 1;
  const fits =
    (width: number, size: number, weight = 400): Fits =>
    (line) =>
      measure(line, size, weight) <= width;
  const { cost, power, decision, boundaries } = sheet;

  const pill = (y: number, text: string, muted: boolean, strong: boolean): PillGeometry => {
    const fontSize = (strong ? 15 : 14) * s;
    const shown = fitLine(text, fits(MAP_WIDTH - 2 * COLUMN - 100, fontSize, PILL_WEIGHT));
    const width = measure(shown, fontSize, PILL_WEIGHT) + 40 * s;
    const height = 34 * s;
    return {
      box: { x: (MAP_WIDTH - width) / 2, y, width, height },
      text: shortened(shown, text, MAP_WIDTH / 2, y + height / 2, fontSize),
      muted,
      strong,
    };
  };

  const whyFont = 12.5 * s;
  const why = power.why.trim()
    ? shortened(
        fitLine(power.why, fits(MAP_WIDTH - 2 * COLUMN - 80, whyFont)),
        power.why,
        MAP_WIDTH / 2,
        14 + 56 * s,
        whyFont,
      )
    : null;

  const mineStrong = power.holder === 'me' || power.holder === 'balanced';
  const theirsStrong = power.holder === 'client' || power.holder === 'balanced';
  const callout = (
    key: CalloutGeometry['key'],
    side: 'left' | 'right',
    row: 0 | 1 | 2,
    title: string,
    content: { text: string } | { items: readonly string[]; strong: boolean },
  ): CalloutGeometry => {
    const x = side === 'left' ? MARGIN : MAP_WIDTH - MARGIN - COLUMN;
    const box = { x, y: MARGIN + row * (BOX_HEIGHT + GAP), width: COLUMN, height: BOX_HEIGHT };
    return calloutGeometry(key, box, title, content, measure, s);
  };

  return {
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    power: pill(
      14,
      `Who holds the power: ${POWER_HOLDER_LABELS[power.holder]}`,
      power.holder === 'unclear',
      false,
    ),
    why,
    centre: { x: MAP_WIDTH / 2, y: MAP_HEIGHT / 2 + 8 },
    rings: ringGeometry(boundaries, measure, s),
    callouts: [
      callout('ofActing', 'left', 0, 'Cost of acting', { text: cost.ofActing }),
      callout('ofNotActing', 'right', 0, 'Cost of not acting', { text: cost.ofNotActing }),
      callout('iBring', 'left', 1, 'What I bring', {
        items: power.iBring.map((item) => item.text),
        strong: mineStrong,
      }),
      callout('theyBring', 'right', 1, 'What they bring', {
        items: power.theyBring.map((item) => item.text),
        strong: theirsStrong,
      }),
      callout('ofKeeping', 'left', 2, 'Cost of keeping them', { text: cost.ofKeeping }),
      callout('ofLosing', 'right', 2, 'Cost of losing them', { text: cost.ofLosing }),
    ],
    decision: pill(
      MAP_HEIGHT - 16 - 34 * s,
      `Decision: ${DECISION_LABELS[decision.choice]}`,
      decision.choice === 'undecided',
      true,
    ),
  };
}

/** A line of text, remembering the whole text when the line is a shortening of it. */
function shortened(shown: string, full: string, x: number, y: number, fontSize: number): MapText {
  const whole = full.replace(/\s+/g, ' ').trim();
  return shown === whole
    ? { text: shown, x, y, fontSize }
    : { text: shown, x, y, fontSize, full: whole };
}

/** The three rings, outermost first, each with its label and the items that fit. */
function ringGeometry(
  boundaries: BoundaryMapWorksheet['boundaries'],
  measure: MeasureText,
  s: number,
): RingGeometry[] {
  const itemFont = 13 * s;
  const slotOptions = { lineHeight: 18 * s, padding: 10 * s, minWidth: 120 * s };
  const texts = (items: readonly { text: string }[]) =>
    items.map((item) => item.text.trim() || 'Untitled item');
  const specs: { key: RingKey; outer: Ellipse; inner: Ellipse | null; texts: string[] }[] = [
    {
      key: 'willNot',
      outer: RINGS.willNot,
      inner: RINGS.negotiable,
      texts: texts(boundaries.willNot),
    },
    {
      key: 'negotiable',
      outer: RINGS.negotiable,
      inner: RINGS.willing,
      texts: texts(boundaries.negotiable),
    },
    { key: 'willing', outer: RINGS.willing, inner: null, texts: texts(boundaries.willing) },
  ];
  return specs.map((spec) => {
    const slots = ringSlots(spec.outer, spec.inner, slotOptions);
    const layout = layoutRing(
      spec.texts,
      slots,
      spec.inner === null,
      (slot) => (line) => measure(line, itemFont, ITEM_WEIGHT) <= slot.width,
    );
    const count = spec.texts.length;
    const small = 12.5 * s;
    return {
      key: spec.key,
      ellipse: spec.outer,
      label: layout.label
        ? {
            text: `${RING_LABELS[spec.key].toUpperCase()}${count > 0 ? ` · ${count}` : ''}`,
            x: 0,
            y: layout.label.y,
            fontSize: 11.5 * s,
          }
        : null,
      items: layout.placed.map(({ text, full, slot }) =>
        text === full
          ? { text, x: 0, y: slot.y, fontSize: itemFont }
          : { text, x: 0, y: slot.y, fontSize: itemFont, full },
      ),
      empty: layout.empty
        ? { text: 'Nothing here yet', x: 0, y: layout.empty.y, fontSize: small }
        : null,
      more: layout.more
        ? { text: `+ ${layout.more.count} more`, x: 0, y: layout.more.slot.y, fontSize: small }
        : null,
    };
  });
}

/** A callout's title and its lines: a wrapped paragraph, or bulleted items. */
function calloutGeometry(
  key: CalloutGeometry['key'],
  box: MapBox,
  title: string,
  content: { text: string } | { items: readonly string[]; strong: boolean },
  measure: MeasureText,
  s: number,
): CalloutGeometry {
  const titleFont = 13 * s;
  const bodyFont = 12.5 * s;
  const lineHeight = 17 * s;
  const fits =
    (width: number, weight = 400): Fits =>
    (line) =>
      measure(line, bodyFont, weight) <= width;
  const inner = box.width - 2 * CALLOUT_PAD;
  const maxLines = Math.max(1, Math.floor((box.height - CALLOUT_PAD - 34 * s) / lineHeight));
  const indent = measure(BULLET, bodyFont, 400);
  const lines =
    'items' in content
      ? bulletedLines(content.items, fits(inner - indent), maxLines, MOST_LINES_PER_ITEM, BULLET)
      : wrapLines(content.text, fits(inner), maxLines).map((text) => ({
          text,
          indent: false,
          more: false,
        }));
  const x = box.x + CALLOUT_PAD;
  const firstY = box.y + CALLOUT_PAD + 30 * s;
  const titleText = fitLine(title, (line) => measure(line, titleFont, 700) <= inner);
  return {
    key,
    box,
    title: { text: titleText, x, y: box.y + CALLOUT_PAD + 8 * s, fontSize: titleFont },
    lines: lines.map((line, index) => ({
      text: line.text,
      x: line.indent ? x + indent : x,
      y: firstY + index * lineHeight,
      fontSize: bodyFont,
      more: line.more,
    })),
    empty:
      lines.length === 0
        ? {
            text: 'items' in content ? 'Nothing listed yet' : 'Not written yet',
            x,
            y: firstY,
            fontSize: bodyFont,
          }
        : null,
    strong: 'items' in content && content.strong,
  };
}
