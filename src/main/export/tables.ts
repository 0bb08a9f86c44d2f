import {
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { DocContext } from './layout';
import { COLORS, STYLE, TABLE_STYLE } from './styles';
import { textParagraph, textRuns } from './text';

/** No line at all, for tables that only lay things out. */
export const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

/** Cell content: plain text, or paragraphs made by the caller. */
export type CellContent = string | Paragraph[];

interface CellOptions {
  width: number;
  fill?: string;
  bold?: boolean;
  columnSpan?: number;
}

function cellParagraphs(content: CellContent, bold: boolean): Paragraph[] {
  if (typeof content !== 'string') return content.length > 0 ? content : [new Paragraph({})];
  // An empty cell stays empty: no dash or placeholder is printed for what was left blank.
  return [textParagraph(content, { style: STYLE.tableText }, '', bold ? { bold: true } : {})];
}

/** One table cell with an explicit width (LibreOffice needs widths to lay tables out). */
export function cell(content: CellContent, options: CellOptions): TableCell {
  return new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    ...(options.fill ? { shading: { fill: options.fill, type: 'clear', color: 'auto' } } : {}),
    ...(options.columnSpan ? { columnSpan: options.columnSpan } : {}),
    verticalAlign: VerticalAlignTable.TOP,
    children: cellParagraphs(content, options.bold === true),
  });
}

/** Column widths from relative weights, summing exactly to the width given. */
export function columnWidths(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((total * w) / sum));
  const rest = total - widths.reduce((a, b) => a + b, 0);
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}

function table(ctx: DocContext, widths: number[], rows: TableRow[]): Table {
  return new Table({
    style: TABLE_STYLE,
    width: { size: ctx.contentWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows,
  });
}

/**
 * A table with a header row that Word repeats at the top of every page the table runs onto.
 * `weights` sets each column's share of the page width.
 */
export function dataTable(
  ctx: DocContext,
  headers: readonly string[],
  rows: readonly (readonly CellContent[])[],
  weights: readonly number[],
): Table {
  const widths = columnWidths(ctx.contentWidth, weights);
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: headers.map((h, i) =>
      cell(h, { width: widths[i] ?? 0, fill: COLORS.headerFill, bold: true }),
    ),
  });
  const bodyRows = rows.map(
    (row) =>
      new TableRow({
        // A short row stays on one page; a very long one must be free to run over pages.
        cantSplit: row.every((content) => typeof content !== 'string' || content.length < 600),
        children: row.map((content, i) => cell(content, { width: widths[i] ?? 0 })),
      }),
  );
  return table(ctx, widths, [headerRow, ...bodyRows]);
}

/** Whether a cell has anything in it. */
function isFilled(content: CellContent): boolean {
  return typeof content === 'string' ? content.trim() !== '' : content.length > 0;
}

/**
 * A two-column table of labelled values (a form, read back). A field left empty is left out
 * with its label; with no field filled in there is no table at all.
 */
export function fieldTable(
  ctx: DocContext,
  allFields: readonly (readonly [string, CellContent])[],
): Table[] {
  const fields = allFields.filter(([, value]) => isFilled(value));
  if (fields.length === 0) return [];
  const widths = columnWidths(ctx.contentWidth, [30, 70]);
  return [
    table(
      ctx,
      widths,
      // Rows are not chained with keep-with-next: LibreOffice then pushes whole blocks (the
      // table, the heading before it, what follows) onto the next page, leaving pages half empty.
      fields.map(
        ([name, value]) =>
          new TableRow({
            cantSplit: true,
            children: [
              cell(name, { width: widths[0] ?? 0, fill: COLORS.labelFill, bold: true }),
              cell(value, { width: widths[1] ?? 0 }),
            ],
          }),
      ),
    ),
  ];
}

/**
 * A horizontal bar showing a share from 0 to 100, drawn as a one-row table with two shaded
 * cells: it looks the same in Word and LibreOffice and needs no picture.
 */
export function progressBar(ctx: DocContext, percent: number): Table {
  const share = Math.max(0, Math.min(100, Math.round(percent)));
  const done = Math.round((ctx.contentWidth * share) / 100);
  const parts = [
    ...(share > 0 ? [{ width: done, fill: COLORS.accent }] : []),
    ...(share < 100 ? [{ width: ctx.contentWidth - done, fill: COLORS.headerFill }] : []),
  ];
  return new Table({
    width: { size: ctx.contentWidth, type: WidthType.DXA },
    columnWidths: parts.map((p) => p.width),
    layout: TableLayoutType.FIXED,
    borders: {
      top: NO_BORDER,
      bottom: NO_BORDER,
      left: NO_BORDER,
      right: NO_BORDER,
      insideHorizontal: NO_BORDER,
      insideVertical: NO_BORDER,
    },
    rows: [
      new TableRow({
        height: { value: 200, rule: 'exact' },
        children: parts.map(
          (p) =>
            new TableCell({
              width: { size: p.width, type: WidthType.DXA },
              shading: { fill: p.fill, type: 'clear', color: 'auto' },
              children: [
                new Paragraph({ spacing: { before: 0, after: 0, line: 120, lineRule: 'exact' } }),
              ],
            }),
        ),
      }),
    ],
  });
}

/** One line of a table cell with its own emphasis. */
export interface CellLine {
  text: string;
  bold?: boolean;
  color?: string;
}

/** A table cell made of lines with their own emphasis (a name in bold, a note under it). */
export function cellLines(lines: readonly CellLine[]): Paragraph[] {
  return lines
    .filter((line) => line.text.trim() !== '')
    .map(
      (line) =>
        new Paragraph({
          style: STYLE.tableText,
          children: textRuns(line.text, {
            ...(line.bold ? { bold: true } : {}),
            ...(line.color ? { color: line.color } : {}),
          }),
        }),
    );
}
