import {
  BorderStyle,
  HeadingLevel,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type FileChild,
} from 'docx';
import type { DocContext } from './layout';
import { COLORS, STYLE, TABLE_STYLE } from './styles';
import { cleanLine, styledRun, textBlocks, textParagraph, textRuns } from './text';

/** What an empty field shows in a table, so a blank never looks like a printing fault. */
export const EMPTY = '—';

/** The document's title, in Word's Title style. */
export function title(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(cleanLine(text)) });
}

/** A line under the title, in Word's Subtitle style. */
export function subtitle(text: string): Paragraph {
  return new Paragraph({ style: STYLE.subtitle, children: textRuns(cleanLine(text)) });
}

const LEVELS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

/** A heading in Word's Heading 1–3 styles, so it shows in the navigation pane and contents. */
export function heading(level: 1 | 2 | 3, text: string, pageBreakBefore = false): Paragraph {
  return new Paragraph({
    heading: LEVELS[level],
    pageBreakBefore,
    children: textRuns(cleanLine(text).trim() === '' ? 'Untitled' : cleanLine(text)),
  });
}

/** Small grey print: dates, "as of" lines, explanations. */
export function note(text: string): Paragraph {
  return textParagraph(text, { style: STYLE.note });
}

/** A paragraph of the user's text; empty text shows `placeholder` in grey italics. */
export function body(text: string, placeholder = 'Nothing written yet.'): Paragraph {
  return textParagraph(text, {}, placeholder);
}

/** Longer user text as paragraphs and bullets (see textBlocks). */
export function blocks(text: string, placeholder = 'Nothing written yet.'): Paragraph[] {
  return textBlocks(text, {}, placeholder);
}

/** A labelled passage: a bold label with the text under it. */
export function passage(name: string, text: string, placeholder?: string): Paragraph[] {
  return [label(name), ...blocks(text, placeholder)];
}

/** A bulleted list (Word's List Paragraph style); nothing to list gives `placeholder`. */
export function bullets(items: readonly string[], placeholder = 'None listed.'): Paragraph[] {
  const filled = items.filter((item) => item.trim() !== '');
  if (filled.length === 0) return [body('', placeholder)];
  return filled.map((item) => textParagraph(item, { bullet: { level: 0 } }));
}

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
  const empty = content.trim() === '';
  return [
    textParagraph(
      empty ? EMPTY : content,
      { style: STYLE.tableText },
      '',
      bold ? { bold: true } : {},
    ),
  ];
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

/** A two-column table of labelled values (a form, read back). */
export function fieldTable(
  ctx: DocContext,
  fields: readonly (readonly [string, CellContent])[],
): Table {
  const widths = columnWidths(ctx.contentWidth, [30, 70]);
  return table(
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
  );
}

/** Someone who signs a document. */
export interface Signer {
  role: string;
  name: string;
  date: string;
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const SIGN_LINE = { style: BorderStyle.SINGLE, size: 6, color: '444444' } as const;

function signatureCell(signer: Signer, width: number): TableCell {
  const line = (label: string, value: string): Paragraph =>
    new Paragraph({
      style: STYLE.signature,
      children: [
        styledRun(`${label}: `, { bold: true }),
        ...textRuns(value.trim() === '' ? '' : value),
      ],
    });
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: { top: NO_BORDER, left: NO_BORDER, right: NO_BORDER, bottom: NO_BORDER },
    margins: { left: 0, right: 360 },
    children: [
      new Paragraph({
        style: STYLE.signature,
        children: [styledRun(signer.role, { bold: true, color: '222222' })],
      }),
      new Paragraph({
        spacing: { before: 720, after: 60 },
        border: { bottom: SIGN_LINE },
        children: [],
      }),
      new Paragraph({ style: STYLE.signature, children: [new TextRun('Signature')] }),
      new Paragraph({ spacing: { before: 120, after: 0 }, children: [] }),
      line('Name', signer.name),
      line('Date', signer.date.trim() === '' ? '____________________' : signer.date),
    ],
  });
}

/** Signature lines side by side: role, a line to sign on, the name and the date. */
export function signatureLines(ctx: DocContext, signers: readonly Signer[]): FileChild[] {
  const widths = columnWidths(
    ctx.contentWidth,
    signers.map(() => 1),
  );
  return [
    new Table({
      width: { size: ctx.contentWidth, type: WidthType.DXA },
      columnWidths: widths,
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
          cantSplit: true,
          children: signers.map((s, i) => signatureCell(s, widths[i] ?? 0)),
        }),
      ],
    }),
  ];
}

/**
 * Heading levels for a worksheet's sections. On its own, a worksheet's sections are Heading 1;
 * as a chapter of the client report they move one level down under the chapter's Heading 1.
 */
export interface Outline {
  section(text: string, pageBreakBefore?: boolean): Paragraph;
  sub(text: string): Paragraph;
}

/** The outline for a worksheet standing alone (depth 0) or inside a report (depth 1). */
export function outline(depth: 0 | 1): Outline {
  return {
    section: (text, pageBreakBefore = false) => heading(depth === 0 ? 1 : 2, text, pageBreakBefore),
    sub: (text) => heading(depth === 0 ? 2 : 3, text),
  };
}

/** A bold label above a passage of text; kept with the text that follows it. */
export function label(text: string): Paragraph {
  return new Paragraph({ style: STYLE.label, children: textRuns(cleanLine(text)) });
}

/** A rating out of five as filled and empty dots, with the number for screen readers. */
export function dots(value: number): string {
  const n = Math.max(0, Math.min(5, Math.round(value)));
  return `${'●'.repeat(n)}${'○'.repeat(5 - n)}  ${n}/5`;
}

/** "Yes" or "No". */
export function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
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

/** A little space between blocks (after a table, before the next heading's own spacing). */
export function spacer(): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0 }, children: [] });
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
