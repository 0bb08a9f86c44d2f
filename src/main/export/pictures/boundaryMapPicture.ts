import type { BoundaryMapWorksheet } from '../../../shared/schema';
import {
  boundaryMapGeometry,
  describeBoundaryMap,
  type CalloutGeometry,
  type MapText,
  type PillGeometry,
  type RingGeometry,
  type RingKey,
} from '../../../shared/drawing/boundaryMapGeometry';
import { COLORS } from '../styles';
import { INK, type Picture } from './picture';
import { element, svgDocument, text } from './svg';
import { textWidth } from './textMetrics';

/**
 * Text in the exported map is this much larger than in the app: on a page the whole map is
 * about 16 cm wide, and the app's sizes would print at 5–6 pt.
 */
export const PRINT_TEXT_SCALE = 1.3;

/** The rings in the documents' zone colours, edged as in the app. */
const RING_COLOURS: Record<RingKey, { fill: string; edge: string }> = {
  willing: { fill: `#${COLORS.willing}`, edge: '#8CC3A0' },
  negotiable: { fill: `#${COLORS.negotiable}`, edge: '#E0BD5A' },
  willNot: { fill: `#${COLORS.willNot}`, edge: '#DC9188' },
};

/** Nothing written on the map: no costs, boundaries or power to draw (or to list). */
export function nothingOnTheMap(sheet: BoundaryMapWorksheet): boolean {
  const { boundaries, cost, power } = sheet;
  const texts = [
    ...boundaries.willing.map((item) => item.text),
    ...boundaries.negotiable.map((item) => item.text),
    ...boundaries.willNot.map((item) => item.text),
    ...power.iBring.map((item) => item.text),
    ...power.theyBring.map((item) => item.text),
    cost.ofActing,
    cost.ofNotActing,
    cost.ofKeeping,
    cost.ofLosing,
    power.why,
  ];
  return power.holder === 'unclear' && texts.every((value) => value.trim() === '');
}

function pill({ box, text: label, muted, strong }: PillGeometry): string[] {
  // As in the app: an undecided decision is drawn quiet, not filled.
  const fill = muted ? INK.panel : strong ? INK.accent : INK.accentSoft;
  const stroke = muted ? INK.line : INK.accent;
  const ink = muted ? INK.muted : strong ? INK.white : INK.accentStrong;
  return [
    element('rect', { ...box, rx: box.height / 2, fill, stroke, 'stroke-width': 1.3 }),
    text(label.text, { ...at(label), weight: 700, fill: ink, anchor: 'middle' }),
  ];
}

function at(line: MapText): { x: number; y: number; size: number } {
  return { x: line.x, y: line.y, size: line.fontSize };
}

function ring(geometry: RingGeometry): string {
  const { fill, edge } = RING_COLOURS[geometry.key];
  return element('ellipse', {
    cx: 0,
    cy: 0,
    rx: geometry.ellipse.rx,
    ry: geometry.ellipse.ry,
    fill,
    stroke: edge,
    'stroke-width': 2,
  });
}

function ringTexts(geometry: RingGeometry): string[] {
  const { label, items, empty, more } = geometry;
  return [
    ...(label
      ? [
          text(label.text, {
            ...at(label),
            weight: 700,
            fill: INK.muted,
            anchor: 'middle',
            letterSpacing: 1.2,
          }),
        ]
      : []),
    ...items.map((item) =>
      text(item.text, { ...at(item), weight: 500, fill: INK.text, anchor: 'middle' }),
    ),
    ...(empty
      ? [text(empty.text, { ...at(empty), italic: true, fill: INK.muted, anchor: 'middle' })]
      : []),
    ...(more
      ? [text(more.text, { ...at(more), weight: 700, fill: INK.accentStrong, anchor: 'middle' })]
      : []),
  ];
}

function callout({ box, title, lines, empty, strong }: CalloutGeometry): string[] {
  return [
    element('rect', {
      ...box,
      rx: 10,
      fill: strong ? INK.accentSoft : INK.panel,
      stroke: strong ? INK.accent : INK.line,
      'stroke-width': strong ? 3 : 1.3,
    }),
    text(title.text, { ...at(title), weight: 700, fill: INK.accentStrong }),
    ...(empty ? [text(empty.text, { ...at(empty), italic: true, fill: INK.muted })] : []),
    ...lines.map((line) =>
      text(line.text, {
        ...at(line),
        weight: line.more ? 700 : 400,
        fill: line.more ? INK.accentStrong : INK.text,
      }),
    ),
  ];
}

/**
 * The boundary map as the app draws it (same geometry, text measured with Arial's widths and
 * printed larger), or null when nothing is written in it yet.
 */
export function boundaryMapPicture(sheet: BoundaryMapWorksheet): Picture | null {
  if (nothingOnTheMap(sheet)) return null;
  const map = boundaryMapGeometry(sheet, textWidth, { textScale: PRINT_TEXT_SCALE });
  const { centre } = map;
  const parts = [
    ...pill(map.power),
    ...(map.why
      ? [text(map.why.text, { ...at(map.why), italic: true, fill: INK.muted, anchor: 'middle' })]
      : []),
    `<g transform="translate(${centre.x} ${centre.y})">`,
    ...map.rings.map(ring),
    ...map.rings.flatMap(ringTexts),
    '</g>',
    ...map.callouts.flatMap(callout),
    ...pill(map.decision),
  ];
  return {
    svg: svgDocument(map.width, map.height, parts),
    width: map.width,
    height: map.height,
    name: 'Boundary map',
    description: describeBoundaryMap(sheet),
  };
}
