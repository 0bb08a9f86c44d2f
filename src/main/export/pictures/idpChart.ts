import type { IdpWorksheet, Objective } from '../../../shared/schema';
import { objectiveState, type ObjectiveState } from '../../../shared/domain/idpProgress';
import { fitLine, truncate } from '../../../shared/drawing/textFit';
import { INK, type Picture } from './picture';
import { element, svgDocument, text } from './svg';
import { plural } from '../../../shared/domain/words';
import { textWidth } from './textMetrics';

/** Width of the chart in its own units: about the width of a page's text, at 0.74 pt a unit. */
export const IDP_CHART_WIDTH = 640;
/** More objectives than this are counted under the chart, not drawn (the page has its height). */
export const MOST_OBJECTIVES_DRAWN = 12;

const SIDE = 4;
const LEGEND_Y = 10;
const FIRST_ROW = 32;
const ROW = 50;
const LABEL_FONT = 12.5;
const SMALL_FONT = 11;
const BAR_TOP = 17;
const BAR_HEIGHT = 17;
const SUMMARY_WIDTH = 92;
const BAR_WIDTH = IDP_CHART_WIDTH - 2 * SIDE - SUMMARY_WIDTH;
const CELL_GAP = 3;

/** What the chart needs to know besides the plan: today, and how the practice writes dates. */
export interface IdpChartOptions {
  today: string;
  date(iso: string | null): string;
  /** The short name of an objective, as its heading in the document says it. */
  name(objective: Objective): string;
}

type Activity = Objective['activities'][number];
type LiveStatus = Exclude<Activity['status'], 'dropped'>;

/** Done first, then under way, then not started: the bar fills from the left. */
const ORDER: readonly LiveStatus[] = ['done', 'inProgress', 'notStarted'];

const CELL_LOOK: Record<LiveStatus, { fill: string; stroke: string }> = {
  done: { fill: INK.accent, stroke: INK.accent },
  inProgress: { fill: 'url(#under-way)', stroke: INK.accent },
  notStarted: { fill: INK.white, stroke: INK.faint },
};

const LEGEND: readonly { status: LiveStatus; label: string }[] = [
  { status: 'done', label: 'Done' },
  { status: 'inProgress', label: 'In progress' },
  { status: 'notStarted', label: 'Not started' },
];

interface Row {
  number: number;
  objective: Objective;
  state: ObjectiveState;
  counts: Record<LiveStatus, number>;
  overdue: boolean;
}

function rowOf(objective: Objective, index: number, today: string): Row {
  const counts: Record<LiveStatus, number> = { done: 0, inProgress: 0, notStarted: 0 };
  for (const activity of objective.activities) {
    if (activity.status !== 'dropped') counts[activity.status] += 1;
  }
  const state = objectiveState(objective);
  const open = state === 'notStarted' || state === 'inProgress';
  const overdue = open && objective.targetDate !== null && objective.targetDate < today;
  return { number: index + 1, objective, state, counts, overdue };
}

function total(row: Row): number {
  return row.counts.done + row.counts.inProgress + row.counts.notStarted;
}

/** Diagonal stripes for "in progress": told apart from done and not started without colour. */
const STRIPES = [
  '<defs><pattern id="under-way" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">',
  element('rect', { x: 0, y: 0, width: 6, height: 6, fill: INK.accentSoft }),
  element('line', { x1: 1.5, y1: 0, x2: 1.5, y2: 6, stroke: INK.accent, 'stroke-width': 2.4 }),
  '</pattern></defs>',
].join('');

function legend(): string[] {
  let x = SIDE;
  const parts = [
    text('Each block is one activity:', { x, y: LEGEND_Y, size: SMALL_FONT, fill: INK.muted }),
  ];
  x += textWidth('Each block is one activity:', SMALL_FONT) + 12;
  for (const { status, label } of LEGEND) {
    const look = CELL_LOOK[status];
    parts.push(
      element('rect', { x, y: LEGEND_Y - 6, width: 16, height: 12, ...look, 'stroke-width': 1 }),
      text(label, { x: x + 22, y: LEGEND_Y, size: SMALL_FONT, fill: INK.text }),
    );
    x += 22 + textWidth(label, SMALL_FONT) + 16;
  }
  return parts;
}

/** The due date on the right of the objective's name; an overdue one says so in words. */
function dueNote(row: Row, options: IdpChartOptions): { text: string; overdue: boolean } | null {
  const { targetDate } = row.objective;
  if (targetDate === null || row.state === 'done' || row.state === 'dropped') return null;
  const date = options.date(targetDate);
  return row.overdue
    ? { text: `Overdue, due ${date}`, overdue: true }
    : { text: `Due ${date}`, overdue: false };
}

function bar(row: Row, top: number): string[] {
  const y = top + BAR_TOP;
  if (row.state === 'dropped') {
    return [
      text('Dropped', {
        x: SIDE,
        y: y + BAR_HEIGHT / 2,
        size: SMALL_FONT,
        italic: true,
        fill: INK.muted,
      }),
    ];
  }
  const count = total(row);
  if (count === 0) {
    return [
      element('rect', {
        x: SIDE,
        y,
        width: BAR_WIDTH,
        height: BAR_HEIGHT,
        fill: INK.white,
        stroke: INK.faint,
        'stroke-dasharray': '4 3',
      }),
      text('No activities planned yet', {
        x: SIDE + 8,
        y: y + BAR_HEIGHT / 2,
        size: SMALL_FONT,
        italic: true,
        fill: INK.muted,
      }),
    ];
  }
  // Blocks with gaps while they stay wide enough to count; one continuous bar beyond that.
  const gap = count <= 24 ? CELL_GAP : 0;
  const cell = (BAR_WIDTH - gap * (count - 1)) / count;
  const statuses = ORDER.flatMap((status) =>
    Array.from({ length: row.counts[status] }, () => status),
  );
  const parts = statuses.map((status, index) =>
    element('rect', {
      x: SIDE + index * (cell + gap),
      y,
      width: cell,
      height: BAR_HEIGHT,
      ...CELL_LOOK[status],
      'stroke-width': 1,
    }),
  );
  const summary = row.state === 'done' ? 'All done' : `${row.counts.done} of ${count} done`;
  parts.push(
    text(summary, {
      x: SIDE + BAR_WIDTH + 10,
      y: y + BAR_HEIGHT / 2,
      size: SMALL_FONT,
      weight: row.state === 'done' ? 700 : 400,
      fill: INK.text,
    }),
  );
  return parts;
}

function rowParts(row: Row, top: number, options: IdpChartOptions): string[] {
  const due = dueNote(row, options);
  const dueWeight = due?.overdue === true ? 700 : 400;
  const dueWidth = due ? textWidth(due.text, SMALL_FONT, dueWeight) + 14 : 0;
  const room = IDP_CHART_WIDTH - 2 * SIDE - dueWidth;
  const label = fitLine(
    `${row.number}. ${options.name(row.objective)}`,
    (line) => textWidth(line, LABEL_FONT, 700) <= room,
  );
  return [
    text(label, {
      x: SIDE,
      y: top + 6,
      size: LABEL_FONT,
      weight: 700,
      fill: row.state === 'dropped' ? INK.muted : INK.text,
    }),
    ...(due
      ? [
          text(due.text, {
            x: IDP_CHART_WIDTH - SIDE,
            y: top + 6,
            size: SMALL_FONT,
            weight: dueWeight,
            fill: due.overdue ? INK.warning : INK.muted,
            anchor: 'end',
          }),
        ]
      : []),
    ...bar(row, top),
  ];
}

/** One objective in words, for the alt text. */
function describeRow(row: Row, options: IdpChartOptions): string {
  // "Speak up in meetings." reads "Speak up in meetings: …" before what follows.
  const name = `${row.number}. ${truncate(options.name(row.objective), 80).replace(/[.!?;:,]+$/, '')}`;
  if (row.state === 'dropped') return `${name}: dropped.`;
  const count = total(row);
  if (count === 0) return `${name}: no activities planned yet.`;
  const under = row.counts.inProgress > 0 ? `, ${row.counts.inProgress} in progress` : '';
  const late = row.overdue ? `; overdue, it was due ${options.date(row.objective.targetDate)}` : '';
  return `${name}: ${row.counts.done} of ${count} activities done${under}${late}.`;
}

/**
 * IDP progress as a chart: one bar per objective, a block per activity (done, in progress, not
 * started), the due date beside each name and overdue ones marked in words. Null when the plan
 * has no objectives yet.
 */
export function idpChart(
  sheet: Pick<IdpWorksheet, 'objectives'>,
  options: IdpChartOptions,
): Picture | null {
  if (sheet.objectives.length === 0) return null;
  const rows = sheet.objectives.map((objective, index) => rowOf(objective, index, options.today));
  const drawn = rows.slice(0, MOST_OBJECTIVES_DRAWN);
  const hidden = rows.length - drawn.length;
  const parts = [
    STRIPES,
    ...legend(),
    ...drawn.flatMap((row, index) => rowParts(row, FIRST_ROW + index * ROW, options)),
  ];
  let height = FIRST_ROW + drawn.length * ROW;
  if (hidden > 0) {
    parts.push(
      text(`+ ${plural(hidden, 'more objective', 'more objectives')}, each described below`, {
        x: SIDE,
        y: height + 4,
        size: SMALL_FONT,
        italic: true,
        fill: INK.muted,
      }),
    );
    height += 20;
  }
  const sentences = drawn.map((row) => describeRow(row, options));
  if (hidden > 0) sentences.push(`And ${hidden} more.`);
  return {
    svg: svgDocument(IDP_CHART_WIDTH, height, parts),
    width: IDP_CHART_WIDTH,
    height,
    name: 'Progress by objective',
    description: `Bar chart of progress on each objective, one block per activity. ${sentences.join(' ')} Each objective is described in full below.`,
  };
}
