import {
  AlignmentType,
  ExternalHyperlink,
  LevelFormat,
  Paragraph,
  Tab,
  TextRun,
  type IParagraphOptions,
  type IRunOptions,
  type NumberingDefinition,
  type ParagraphChild,
} from 'docx';
import { smartQuotes } from './quotes';
import { BULLET_LINE, NUMBERED_LINE } from '../../shared/richText/plain';

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
      if (piece !== '') children.push(...chunks(smartQuotes(piece), MAX_RUN_CHARS));
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

/** Characters a URI may hold as they are; any other is percent-encoded in a link's target. */
const NOT_URI = /[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/gu;

/** Where an address found in text leads: mail for an e-mail address, the web for the rest. */
export function linkTarget(address: string): string {
  const target = /^[a-z][a-z0-9+.-]*:\/\//i.test(address)
    ? address
    : address.includes('@') && !address.toLowerCase().startsWith('www.')
      ? `mailto:${address}`
      : `https://${address}`;
  return target.replace(NOT_URI, (ch) => encodeURIComponent(ch));
}

/** Where web addresses start: `https://`, `http://` or `www.`. */
const WEB_START = /https?:\/\/|www\./gi;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const ADDRESS_STOP = /[\s<>"]/u;
/** A sentence's punctuation after an address ends the sentence, not the address. */
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', "'", '’', '”']);
const EMAIL_LOCAL = /[A-Za-z0-9._%+-]/;
const EMAIL_DOMAIN = /[A-Za-z0-9.-]/;

/** `end` moved back past the characters `drop` accepts, but not before `start`. */
function trimEnd(line: string, start: number, end: number, drop: (ch: string) => boolean): number {
  let at = end;
  while (at > start && drop(line.charAt(at - 1))) at--;
  return at;
}

/** A host name of at least two labels ending in letters, like `example.org`. */
function isMailHost(host: string): boolean {
  const labels = host.split('.');
  return (
    labels.length >= 2 &&
    labels.every((label) => /^[A-Za-z0-9-]+$/.test(label)) &&
    /^[A-Za-z]{2,}$/.test(labels[labels.length - 1] ?? '')
  );
}

interface Span {
  start: number;
  end: number;
}

/**
 * Web and e-mail addresses in one line of text, in order. Found by scanning outwards from
 * each `https://`, `www.` and `@`, so a 50,000-character line costs one pass: a regular
 * expression for an e-mail address backtracks over every letter before each start.
 */
function addressSpans(line: string): Span[] {
  const spans: Span[] = [];
  for (const match of line.matchAll(WEB_START)) {
    const start = match.index;
    if (start < (spans[spans.length - 1]?.end ?? 0)) continue;
    if (start > 0 && WORD_CHAR.test(line.charAt(start - 1))) continue;
    if (start > 0 && '@.-_'.includes(line.charAt(start - 1))) continue; // in an e-mail address
    let end = start + match[0].length;
    while (end < line.length && !ADDRESS_STOP.test(line.charAt(end))) end++;
    end = trimEnd(line, start, end, (ch) => TRAILING.has(ch));
    if (end > start + match[0].length) spans.push({ start, end });
  }
  const web = [...spans];
  let next = 0; // the first web address that does not end before the '@' being looked at
  for (let at = line.indexOf('@'); at !== -1; at = line.indexOf('@', at + 1)) {
    while ((web[next]?.end ?? Infinity) <= at) next++;
    if ((web[next]?.start ?? Infinity) <= at) continue; // part of a web address
    let start = at;
    while (start > 0 && EMAIL_LOCAL.test(line.charAt(start - 1))) start--;
    let end = at + 1;
    while (end < line.length && EMAIL_DOMAIN.test(line.charAt(end))) end++;
    end = trimEnd(line, at + 1, end, (ch) => ch === '.' || ch === '-');
    if (start === at || line.charAt(start) === '.') continue;
    if (isMailHost(line.slice(at + 1, end))) spans.push({ start, end });
  }
  spans.sort((x, y) => x.start - y.start);
  // Two e-mail addresses sharing characters ("a@b.org@c.org"): the first one wins.
  return spans.filter((span, i) => i === 0 || span.start >= (spans[i - 1]?.end ?? 0));
}

/** One line of text cut into plain pieces and addresses, in order. */
function addressPieces(line: string): { text: string; link: boolean }[] {
  const pieces: { text: string; link: boolean }[] = [];
  let at = 0;
  for (const { start, end } of addressSpans(line)) {
    if (start > at) pieces.push({ text: line.slice(at, start), link: false });
    pieces.push({ text: line.slice(start, end), link: true });
    at = end;
  }
  if (at < line.length) pieces.push({ text: line.slice(at), link: false });
  return pieces;
}

/**
 * Runs for user text, as textRuns makes them, with every web and e-mail address a link the
 * reader can click (Word's Hyperlink style: blue, underlined).
 */
export function linkedRuns(value: string, style: RunStyle = {}): ParagraphChild[] {
  // Quotes are made typographic on whole lines: a quote next to a link belongs to the sentence.
  const lines = splitLines(value).map(smartQuotes);
  if (!lines.some((line) => addressPieces(line).some((piece) => piece.link))) {
    return textRuns(value, style);
  }
  const rtl = isRightToLeft(value) ? { rightToLeft: true } : {};
  const out: ParagraphChild[] = [];
  lines.forEach((line, index) => {
    if (index > 0) out.push(new TextRun({ ...style, ...rtl, break: 1 }));
    for (const piece of addressPieces(line)) {
      if (!piece.link) {
        out.push(...textRuns(piece.text, style));
        continue;
      }
      const runs = textRuns(piece.text, { ...style, style: 'Hyperlink' });
      out.push(new ExternalHyperlink({ link: linkTarget(piece.text), children: runs }));
    }
  });
  return out;
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
    // Widow and orphan control: a page never starts or ends with one lone line of it.
    widowControl: true,
    ...options,
    ...(isRightToLeft(text) ? { bidirectional: true } : {}),
    children: empty
      ? textRuns(text, { ...runStyle, italics: true, color: '7A7A7A' })
      : linkedRuns(text, runStyle),
  });
}

/** Word's own numbered list counting from `start`, with the same indent as a bulleted one. */
function numberedList(start: number): NumberingDefinition {
  return {
    reference: start === 1 ? 'workbook-numbered' : `workbook-numbered-from-${start}`,
    levels: [
      {
        level: 0,
        format: LevelFormat.DECIMAL,
        text: '%1.',
        start,
        alignment: AlignmentType.START,
        style: { paragraph: { indent: { left: 720, hanging: 360 } } },
      },
    ],
  };
}

type Line =
  | { kind: 'text'; text: string }
  | { kind: 'bullet'; text: string }
  | { kind: 'numbered'; text: string; number: number };

/** A line that is not blank, read for what it is. */
function readLine(line: string): Line {
  const bullet = BULLET_LINE.exec(line);
  if (bullet) return { kind: 'bullet', text: bullet[1] ?? '' };
  const numbered = NUMBERED_LINE.exec(line);
  if (numbered) {
    return { kind: 'numbered', text: numbered[2] ?? '', number: Number(numbered[1]) };
  }
  return { kind: 'text', text: line.trim() };
}

/**
 * Free text as Word paragraphs, from how the coach wrote it: each line is a paragraph (blank
 * lines only separate), a line starting with a bullet sign ("•", "-", "*") a bulleted list item,
 * and a line starting with a number ("1.", "2)") an item of a Word numbered list. A list starts
 * at the number typed on its first line, and one that picks up where an earlier list stopped
 * (after a note in between) carries on counting. A line that leads into a list (it ends with a
 * colon) stays on the page with the list's first item, and a list is followed by the usual
 * space. Empty text gives `placeholder` in grey italics.
 */
export function textBlocks(
  value: string,
  options: Omit<IParagraphOptions, 'children' | 'text'> = {},
  placeholder = '',
): Paragraph[] {
  if (value.trim() === '') return [textParagraph('', options, placeholder)];
  const lines = splitLines(value)
    .filter((line) => line.trim() !== '')
    .map(readLine);
  // The list the last numbered item was in, and the number it had, for a list to carry on.
  let list: { definition: NumberingDefinition; number: number } | null = null;
  return lines.map((line, i) => {
    const next = lines[i + 1];
    if (line.kind === 'text') {
      const leadsIn = next !== undefined && next.kind !== 'text' && line.text.endsWith(':');
      return textParagraph(line.text, leadsIn ? { ...options, keepNext: true } : options);
    }
    // A list item keeps Word's List Paragraph style: docx would write a second w:pStyle.
    const item: Omit<IParagraphOptions, 'children' | 'text'> = {
      ...options,
      style: undefined,
      ...(next?.kind !== line.kind ? { spacing: { after: 120 } } : {}),
    };
    if (line.kind === 'bullet') return textParagraph(line.text, { ...item, bullet: { level: 0 } });
    let restart = false;
    if (lines[i - 1]?.kind === 'numbered' && list !== null) {
      list = { ...list, number: list.number + 1 };
    } else if (list !== null && line.number === list.number + 1 && line.number !== 1) {
      list = { ...list, number: line.number };
    } else {
      list = { definition: numberedList(line.number), number: line.number };
      restart = true;
    }
    return textParagraph(line.text, {
      ...item,
      numbering: { reference: list.definition, level: 0, ...(restart ? { restart: true } : {}) },
    });
  });
}
