import {
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
  type FileChild,
} from 'docx';
import type { BoundaryMapWorksheet } from '../../shared/schema';
import {
  DECISION_LABELS,
  POWER_HOLDER_LABELS,
  SITUATION_KIND_LABELS,
} from '../../shared/catalogue/labels';
import type { DocContext } from './layout';
import {
  columnWidths,
  dueDate,
  fieldTable,
  label,
  introNote,
  outline,
  part,
  passage,
  spacer,
} from './parts';
import { COLORS, STYLE, TABLE_STYLE } from './styles';
import { styledRun, textParagraph, textRuns } from './text';
import { figure } from './pictures/figure';
import { boundaryMapPicture, nothingOnTheMap } from './pictures/boundaryMapPicture';

/** A bullet inside a narrow shaded cell: a small indent so the text keeps its width. */
const CELL_BULLET = {
  // No paragraph style: docx 9.15.2 writes a second w:pStyle (ListParagraph) next to it on a
  // bullet, which Word reports as damage. The table-text look is set directly instead.
  bullet: { level: 0 },
  indent: { left: 260, hanging: 220 },
  spacing: { before: 0, after: 40, line: 252, lineRule: 'auto' },
} as const;

/** A bullet item in a zone, in the table text size. */
function cellBullet(text: string): Paragraph {
  return textParagraph(text, CELL_BULLET, '', { size: 19 });
}

/** One coloured zone of the map: a heading and what sits in it. */
interface Zone {
  title: string;
  fill: string;
  children: Paragraph[];
}

function zoneTitle(text: string): Paragraph {
  return new Paragraph({
    style: STYLE.tableText,
    spacing: { after: 80 },
    children: [styledRun(text, { bold: true, color: COLORS.heading })],
  });
}

/** What sits in a zone: each item as a bullet, nothing when nothing was written. */
function items(texts: readonly string[]): Paragraph[] {
  return texts.filter((t) => t.trim() !== '').map((t) => cellBullet(t));
}

/** Zones in a grid, each shaded in its own colour: the drawn part of the map. */
function zoneRow(ctx: DocContext, ...rows: (readonly Zone[])[]): Table {
  const widths = columnWidths(
    ctx.contentWidth,
    (rows[0] ?? []).map(() => 1),
  );
  return new Table({
    style: TABLE_STYLE,
    width: { size: ctx.contentWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: rows.map(
      (zones) =>
        new TableRow({
          cantSplit: true,
          children: zones.map(
            (zone, i) =>
              new TableCell({
                width: { size: widths[i] ?? 0, type: WidthType.DXA },
                shading: { fill: zone.fill, type: 'clear', color: 'auto' },
                margins: { top: 120, bottom: 120, left: 140, right: 140 },
                children: [zoneTitle(zone.title), ...zone.children],
              }),
          ),
        }),
    ),
  });
}

function costZone(title: string, text: string): Zone {
  return {
    title,
    fill: COLORS.labelFill,
    children: text.trim() === '' ? [] : [textParagraph(text, { style: STYLE.tableText })],
  };
}

function theMap(sheet: BoundaryMapWorksheet, ctx: DocContext): FileChild[] {
  const { cost, boundaries, power } = sheet;
  const negotiable = boundaries.negotiable.filter((n) => n.text.trim() !== '');
  return [
    label('What it costs'),
    zoneRow(
      ctx,
      [costZone('To act', cost.ofActing), costZone('Not to act', cost.ofNotActing)],
      [
        costZone('To keep this client', cost.ofKeeping),
        costZone('To lose this client', cost.ofLosing),
      ],
    ),
    label('Where my boundaries are'),
    zoneRow(ctx, [
      {
        title: 'I am willing to',
        fill: COLORS.willing,
        children: items(boundaries.willing.map((i) => i.text)),
      },
      {
        title: 'Negotiable, on conditions',
        fill: COLORS.negotiable,
        children: negotiable.flatMap((n) => [
          cellBullet(n.text),
          ...(n.conditions.trim() === ''
            ? []
            : [
                new Paragraph({
                  style: STYLE.tableText,
                  indent: { left: 260 },
                  children: [
                    styledRun('On condition: ', { italics: true }),
                    ...textRuns(n.conditions, { italics: true }),
                  ],
                }),
              ]),
        ]),
      },
      {
        title: 'I will not',
        fill: COLORS.willNot,
        children: items(boundaries.willNot.map((i) => i.text)),
      },
    ]),
    label(`Who holds the power: ${POWER_HOLDER_LABELS[power.holder]}`),
    ...(power.why.trim() === '' ? [] : [textParagraph(power.why, { keepNext: true })]),
    zoneRow(ctx, [
      {
        title: 'What I bring that they value',
        fill: COLORS.headerFill,
        children: items(power.iBring.map((i) => i.text)),
      },
      {
        title: 'What they bring',
        fill: COLORS.labelFill,
        children: items(power.theyBring.map((i) => i.text)),
      },
    ]),
  ];
}

/** The body of a boundary map: the situation, the drawn map, the decision and its review. */
export function boundaryMapSections(
  sheet: BoundaryMapWorksheet,
  ctx: DocContext,
  depth: 0 | 1,
): FileChild[] {
  const o = outline(depth);
  const { situation, decision, words, review } = sheet;
  return [
    ...part(
      o.section('The situation'),
      fieldTable(ctx, [
        // "Something else" says nothing: the description says what it is.
        [
          'What is happening',
          situation.kind === 'other' ? '' : SITUATION_KIND_LABELS[situation.kind],
        ],
        ['With', situation.counterpart],
        ['In detail', situation.description],
      ]),
    ),
    ...(nothingOnTheMap(sheet)
      ? []
      : [
          o.section('The map'),
          introNote(
            'Three questions: what it costs, where my boundaries are, and who holds the power.',
          ),
          ...figure(ctx, boundaryMapPicture(sheet)),
          ...theMap(sheet, ctx),
          spacer(),
        ]),
    ...part(
      o.section('The decision'),
      fieldTable(ctx, [
        // "Still undecided" is where every map starts, not something the coach wrote.
        ['Decision', decision.choice === 'undecided' ? '' : DECISION_LABELS[decision.choice]],
        ['Why', decision.rationale],
      ]),
    ),
    ...part(o.sub('The words I will use'), [
      ...passage('What I will say', words.script),
      ...passage('If I need time first', words.holdingAnswer),
      ...passage('If the line is crossed again', sheet.ifCrossedAgain),
    ]),
    ...part(
      o.sub('Review'),
      fieldTable(ctx, [
        // A review date that has passed with no outcome written is still to be done.
        ['Review', dueDate(ctx, review.date, review.outcome.trim() === '')],
        ['Outcome', review.outcome],
      ]),
    ),
  ];
}
