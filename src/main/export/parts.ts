import { HeadingLevel, Paragraph, type FileChild } from 'docx';
import type { DocContext } from './layout';
import { STYLE } from './styles';
import { cleanLine, textBlocks, textParagraph, textRuns } from './text';

/** Paragraph-level building blocks; tables and signature lines live next door. */
export * from './tables';
export * from './signatures';

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

/** A note that introduces what follows it, kept on the same page as that. */
export function introNote(text: string): Paragraph {
  return textParagraph(text, { style: STYLE.note, keepNext: true });
}

/** A paragraph of the user's text; empty text shows `placeholder` (if any) in grey italics. */
export function body(text: string, placeholder = ''): Paragraph {
  return textParagraph(text, {}, placeholder);
}

/** Longer user text as paragraphs and lists (see textBlocks); nothing at all when empty. */
export function blocks(text: string): Paragraph[] {
  return text.trim() === '' ? [] : textBlocks(text, {});
}

/** A labelled passage: a bold label with the text under it; left out, label and all, when empty. */
export function passage(name: string, text: string): Paragraph[] {
  return text.trim() === '' ? [] : [label(name), ...blocks(text)];
}

/** A bulleted list (Word's List Paragraph style); nothing when there is nothing to list. */
export function bullets(items: readonly string[]): Paragraph[] {
  return items
    .filter((item) => item.trim() !== '')
    .map((item) => textParagraph(item, { bullet: { level: 0 } }));
}

/** A part of a document under its heading, left out, heading and all, when it has nothing in it. */
export function part(heading: Paragraph, children: readonly FileChild[]): FileChild[] {
  return children.length === 0 ? [] : [heading, ...children];
}

/** A date something is due by, marked overdue once it has passed while still open. */
export function dueDate(ctx: DocContext, iso: string | null, open = true): string {
  if (iso === null) return '';
  return open && iso < ctx.today ? `${ctx.date(iso)} (overdue)` : ctx.date(iso);
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

/** A little space between blocks (after a table, before the next heading's own spacing). */
export function spacer(): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0 }, children: [] });
}
