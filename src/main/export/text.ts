import { Paragraph, Tab, TextRun, type IParagraphOptions, type IRunOptions } from 'docx';

/* eslint-disable no-control-regex -- finding control characters is the point here */
/**
 * Characters XML 1.0 forbids: C0 controls other than tab, line feed and carriage return,
 * the surrogate range (a well-formed pair is matched first and kept), and U+FFFE/U+FFFF.
 * Word refuses to open a document that contains any of them.
 */
const FORBIDDEN =
  /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/g;
/* eslint-enable no-control-regex */

/**
 * Longest piece of text we put in one run. Word copes with long runs, but some readers
 * slow down badly on a single huge `w:t`; splitting loses nothing.
 */
const MAX_RUN_CHARS = 8_000;

/** Formatting for a run of text (bold, colour, size…). */
export type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/** One run of our own fixed wording (a label), formatted. User text goes through textRuns. */
export function styledRun(text: string, style: RunStyle): TextRun {
  // Built as a typed object: given inline, docx's `string | options` overload confuses the checker.
  const options: IRunOptions = { ...style, text };
  return new TextRun(options);
}

/** Any string, reduced to what XML and Word accept. Tabs and line breaks are kept. */
export function cleanText(value: string): string {
  return value.replace(FORBIDDEN, (match) => (match.length === 2 ? match : ''));
}

/** One clean line of text: line breaks and tabs become spaces (titles, table headers, names). */
export function cleanLine(value: string): string {
  return cleanText(value).replace(/\r\n|\r|\n|\t/g, ' ');
}

/** The text split into lines, whatever line endings it was typed or pasted with. */
export function splitLines(value: string): string[] {
  return cleanText(value).split(/\r\n|\r|\n/);
}

/** Right-to-left letters: Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms. */
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const LTR = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/;

/** Whether the first strong letter of the text reads right to left (so the paragraph should too). */
export function isRightToLeft(value: string): boolean {
  for (const ch of value) {
    if (RTL.test(ch)) return true;
    if (LTR.test(ch)) return false;
  }
  return false;
}

/** Split a string into pieces of at most `size` characters, never inside a surrogate pair. */
function chunks(value: string, size: number): string[] {
  if (value.length <= size) return [value];
  const out: string[] = [];
  let start = 0;
  while (start < value.length) {
    let end = Math.min(start + size, value.length);
    const last = value.charCodeAt(end - 1);
    if (end < value.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    out.push(value.slice(start, end));
    start = end;
  }
  return out;
}

/**
 * Runs for any user text: line breaks become Word line breaks, tabs become tabs, and very
 * long text is spread over several runs. `style` applies to every run (bold, colour…).
 */
export function textRuns(
  value: string,
  style: Omit<IRunOptions, 'text' | 'children' | 'break'> = {},
): TextRun[] {
  const rtl = isRightToLeft(value);
  const runs: TextRun[] = [];
  splitLines(value).forEach((line, index) => {
    const children: (string | Tab)[] = [];
    line.split('\t').forEach((piece, i) => {
      if (i > 0) children.push(new Tab());
      // Each string child is written as its own w:t element.
      if (piece !== '') children.push(...chunks(piece, MAX_RUN_CHARS));
    });
    runs.push(
      new TextRun({
        ...style,
        ...(rtl ? { rightToLeft: true } : {}),
        children,
        ...(index > 0 ? { break: 1 } : {}),
      }),
    );
  });
  return runs;
}

/** A paragraph of user text, right-to-left when the text is. Empty text gives `placeholder`. */
export function textParagraph(
  value: string,
  options: Omit<IParagraphOptions, 'children' | 'text'> = {},
  placeholder = '',
  runStyle: RunStyle = {},
): Paragraph {
  const text = value.trim() === '' ? placeholder : value;
  const empty = value.trim() === '';
  return new Paragraph({
    ...options,
    ...(isRightToLeft(text) ? { bidirectional: true } : {}),
    children: textRuns(text, empty ? { ...runStyle, italics: true, color: '7A7A7A' } : runStyle),
  });
}

const BULLET_LINE = /^\s*[•·*\-–]\s+(.*)$/;

/**
 * Free text as Word paragraphs: a blank line starts a new paragraph, a line starting with a
 * bullet sign ("•", "-", "*") becomes a bulleted list item, and every other line break stays
 * a line break inside its paragraph. Empty text gives `placeholder` in grey italics.
 */
export function textBlocks(
  value: string,
  options: Omit<IParagraphOptions, 'children' | 'text'> = {},
  placeholder = '',
): Paragraph[] {
  if (value.trim() === '') return [textParagraph('', options, placeholder)];
  const out: Paragraph[] = [];
  let lines: string[] = [];
  const flush = (): void => {
    if (lines.some((line) => line.trim() !== ''))
      out.push(textParagraph(lines.join('\n'), options));
    lines = [];
  };
  for (const line of splitLines(value)) {
    const bullet = BULLET_LINE.exec(line);
    if (bullet) {
      flush();
      // A bullet keeps Word's List Paragraph style: docx would write a second w:pStyle.
      out.push(
        textParagraph(bullet[1] ?? '', { ...options, style: undefined, bullet: { level: 0 } }),
      );
    } else if (line.trim() === '') {
      flush();
    } else {
      lines.push(line);
    }
  }
  flush();
  return out;
}
