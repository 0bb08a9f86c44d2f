import type { SkillEntry, SkillsWorksheet } from '../../../shared/schema';
import { STRONG_RATING, skillLabel } from '../../../shared/domain/skillsSummary';
import { bulletedLines, truncate, type ListLine } from '../../../shared/drawing/textFit';
import { INK, type Picture } from './picture';
import { element, svgDocument, text } from './svg';
import { plural } from '../../../shared/domain/words';
import { textWidth } from './textMetrics';

/** Width of the chart in its own units: about the width of a page's text, at 0.74 pt a unit. */
export const SKILLS_CHART_WIDTH = 640;
/** Tallest the chart grows (about 7 inches on the page); fuller cells count what is left out. */
export const SKILLS_CHART_MOST_HEIGHT = 700;

const LEVELS = [1, 2, 3, 4, 5] as const;
const AXIS = 58;
const RIGHT = 4;
const TOP = 30;
const BOTTOM = 46;
const CELL_WIDTH = (SKILLS_CHART_WIDTH - AXIS - RIGHT) / LEVELS.length;
const PAD = 6;
const FONT = 10.5;
const LINE = 13;
const AXIS_FONT = 11.5;
/** Each name wraps to at most three lines, so one long name cannot fill a cell. */
const LINES_PER_NAME = 3;
const BULLET = '• ';
const FEWEST_LINES = 3;

function nameOf(entry: SkillEntry): string {
  return skillLabel(entry.skill) || 'Unnamed skill';
}

function isStrong(proficiency: number, enjoyment: number): boolean {
  return proficiency >= STRONG_RATING && enjoyment >= STRONG_RATING;
}

/** The names in each cell, keyed "proficiency,enjoyment", in the inventory's order. */
function cells(entries: readonly SkillEntry[]): Map<string, string[]> {
  const byCell = new Map<string, string[]>();
  for (const entry of entries) {
    const key = `${entry.proficiency},${entry.enjoyment}`;
    byCell.set(key, [...(byCell.get(key) ?? []), nameOf(entry)]);
  }
  return byCell;
}

const indent = textWidth(BULLET, FONT);
const fits = (line: string): boolean => textWidth(line, FONT) <= CELL_WIDTH - 2 * PAD - indent;

/** The lines of every cell when each may take `maxLines`. */
function cellLines(byCell: Map<string, string[]>, maxLines: number): Map<string, ListLine[]> {
  return new Map(
    [...byCell].map(([key, names]) => [
      key,
      bulletedLines(names, fits, maxLines, LINES_PER_NAME, BULLET),
    ]),
  );
}

/** As many lines per cell as the fullest cell needs, within the chart's height. */
function linesPerCell(byCell: Map<string, string[]>): number {
  const most =
    Math.floor((SKILLS_CHART_MOST_HEIGHT - TOP - BOTTOM) / LEVELS.length - 2 * PAD) / LINE;
  const needed = Math.max(
    FEWEST_LINES,
    ...[...cellLines(byCell, Number.MAX_SAFE_INTEGER).values()].map((lines) => lines.length),
  );
  return Math.max(1, Math.min(Math.floor(most), needed));
}

function axes(gridHeight: number, cellHeight: number): string[] {
  const parts: string[] = [];
  for (const level of LEVELS) {
    const x = AXIS + (level - 0.5) * CELL_WIDTH;
    parts.push(
      text(String(level), {
        x,
        y: TOP + gridHeight + 10,
        size: AXIS_FONT,
        fill: INK.muted,
        anchor: 'middle',
      }),
    );
    const y = TOP + (LEVELS.length - level + 0.5) * cellHeight;
    parts.push(
      text(String(level), { x: AXIS - 8, y, size: AXIS_FONT, fill: INK.muted, anchor: 'end' }),
    );
  }
  parts.push(
    text('Proficiency (1 low, 5 high)', {
      x: AXIS + (LEVELS.length * CELL_WIDTH) / 2,
      y: TOP + gridHeight + 30,
      size: AXIS_FONT,
      weight: 700,
      fill: INK.text,
      anchor: 'middle',
    }),
  );
  const middle = TOP + gridHeight / 2;
  parts.push(
    `<g transform="rotate(-90 16 ${middle})">`,
    text('Enjoyment (1 low, 5 high)', {
      x: 16,
      y: middle,
      size: AXIS_FONT,
      weight: 700,
      fill: INK.text,
      anchor: 'middle',
    }),
    '</g>',
  );
  return parts;
}

function legend(): string[] {
  const label = `Strong and enjoyed: ${STRONG_RATING} or more for both`;
  return [
    element('rect', {
      x: AXIS,
      y: 4,
      width: 16,
      height: 12,
      fill: INK.accentSoft,
      stroke: INK.accent,
      'stroke-width': 1,
    }),
    text(label, { x: AXIS + 22, y: 10, size: AXIS_FONT, fill: INK.text }),
  ];
}

function grid(lines: Map<string, ListLine[]>, cellHeight: number): string[] {
  const parts: string[] = [];
  for (const proficiency of LEVELS) {
    for (const enjoyment of LEVELS) {
      const x = AXIS + (proficiency - 1) * CELL_WIDTH;
      const y = TOP + (LEVELS.length - enjoyment) * cellHeight;
      const strong = isStrong(proficiency, enjoyment);
      parts.push(
        element('rect', {
          x,
          y,
          width: CELL_WIDTH,
          height: cellHeight,
          fill: strong ? INK.accentSoft : INK.white,
          stroke: INK.line,
          'stroke-width': 1,
        }),
      );
      for (const [index, line] of (lines.get(`${proficiency},${enjoyment}`) ?? []).entries()) {
        parts.push(
          text(line.text, {
            x: x + PAD + (line.indent ? indent : 0),
            y: y + PAD + LINE / 2 + index * LINE,
            size: FONT,
            weight: line.more ? 700 : 400,
            fill: line.more ? INK.accentStrong : INK.text,
          }),
        );
      }
    }
  }
  // The strong corner outlined on top of the grid lines, so it reads as one area.
  parts.push(
    element('rect', {
      x: AXIS + (STRONG_RATING - 1) * CELL_WIDTH,
      y: TOP,
      width: (LEVELS.length - STRONG_RATING + 1) * CELL_WIDTH,
      height: (LEVELS.length - STRONG_RATING + 1) * cellHeight,
      fill: 'none',
      stroke: INK.accent,
      'stroke-width': 1.5,
    }),
  );
  return parts;
}

/** The chart in words, for the alt text: the strong corner, then every skill and its ratings. */
function describe(entries: readonly SkillEntry[]): string {
  const name = (entry: SkillEntry) => truncate(nameOf(entry), 60);
  const strong = entries.filter((entry) => isStrong(entry.proficiency, entry.enjoyment));
  const each = entries
    .slice(0, 40)
    .map(
      (entry) => `${name(entry)} (proficiency ${entry.proficiency}, enjoyment ${entry.enjoyment})`,
    );
  const rest = entries.length > each.length ? ` and ${entries.length - each.length} more` : '';
  return [
    `Chart of ${plural(entries.length, 'skill', 'skills')} by proficiency (across) and enjoyment (up), each rated 1 to 5.`,
    strong.length > 0
      ? `Strong and enjoyed: ${strong.map(name).join(', ')}.`
      : 'No skill is strong and enjoyed yet.',
    `${each.join('; ')}${rest}.`,
    'Every skill follows in full below.',
  ].join(' ');
}

/**
 * The skills inventory as a proficiency × enjoyment chart: a 5 × 5 grid, each skill's name in
 * the cell of its two ratings, the strong-and-enjoyed corner shaded. Null when no skill is listed.
 */
export function skillsChart(sheet: Pick<SkillsWorksheet, 'entries'>): Picture | null {
  if (sheet.entries.length === 0) return null;
  const byCell = cells(sheet.entries);
  const perCell = linesPerCell(byCell);
  const cellHeight = perCell * LINE + 2 * PAD;
  const gridHeight = LEVELS.length * cellHeight;
  const height = TOP + gridHeight + BOTTOM;
  return {
    svg: svgDocument(SKILLS_CHART_WIDTH, height, [
      ...legend(),
      ...grid(cellLines(byCell, perCell), cellHeight),
      ...axes(gridHeight, cellHeight),
    ]),
    width: SKILLS_CHART_WIDTH,
    height,
    name: 'Skills by proficiency and enjoyment',
    description: describe(sheet.entries),
  };
}
