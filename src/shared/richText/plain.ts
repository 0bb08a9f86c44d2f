import { MERGE_FIELD_PATTERN, isMergeFieldKey, type MergeFieldKey } from '../catalogue/mergeFields';
import type { RichBlock, RichInline, RichListItem, RichParagraph, RichText } from './schema';

/** A line typed as a bulleted item ("• ", "- ", "* "); its text is the first group. */
export const BULLET_LINE = /^\s*[•·*\-–]\s+(.*)$/;
/**
 * A line typed as a numbered item ("3. ", "3) "): its number, then its text. At most three
 * digits, as the Word export always read them: "2024. A year" is a sentence.
 */
export const NUMBERED_LINE = /^\s*(\d{1,3})[.)]\s+(.*)$/;

/** `Dear {{clientName}}` → a text run and a merge field; unknown `{{names}}` stay as typed. */
export function inlinesFromPlain(line: string): RichInline[] {
  const out: RichInline[] = [];
  const pattern = new RegExp(MERGE_FIELD_PATTERN.source, 'g');
  let at = 0;
  let pending = '';
  for (const match of line.matchAll(pattern)) {
    const name = match[1] ?? '';
    if (!isMergeFieldKey(name)) continue;
    pending += line.slice(at, match.index);
    if (pending !== '') out.push({ type: 'text', text: pending });
    pending = '';
    out.push({ type: 'mergeField', attrs: { key: name } });
    at = match.index + match[0].length;
  }
  pending += line.slice(at);
  if (pending !== '') out.push({ type: 'text', text: pending });
  return out;
}

function paragraph(text: string): RichParagraph {
  const content = inlinesFromPlain(text);
  return content.length === 0 ? { type: 'paragraph' } : { type: 'paragraph', content };
}

function item(text: string): RichListItem {
  return { type: 'listItem', content: [paragraph(text)] };
}

/**
 * Plain clause text as rich text, read the way the coach typed it (and the way Word export read
 * it before clauses were rich): each line is a paragraph and blank lines only separate; lines
 * starting with "•", "-" or "*" are a bulleted list; lines starting "1." or "2)" a numbered list
 * that starts at the number typed. `{{key}}` of a known merge field becomes a merge field.
 */
export function richTextFromPlain(text: string): RichText {
  const blocks: RichBlock[] = [];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trim() === '') continue;
    const last = blocks.at(-1);
    const bullet = BULLET_LINE.exec(line);
    if (bullet) {
      if (last?.type === 'bulletList') last.content.push(item(bullet[1] ?? ''));
      else blocks.push({ type: 'bulletList', content: [item(bullet[1] ?? '')] });
      continue;
    }
    const numbered = NUMBERED_LINE.exec(line);
    if (numbered) {
      if (last?.type === 'orderedList') last.content.push(item(numbered[2] ?? ''));
      else {
        const start = Number(numbered[1]);
        blocks.push({
          type: 'orderedList',
          ...(start === 1 ? {} : { attrs: { start } }),
          content: [item(numbered[2] ?? '')],
        });
      }
      continue;
    }
    blocks.push(paragraph(line.trim()));
  }
  return { type: 'doc', content: blocks.length === 0 ? [{ type: 'paragraph' }] : blocks };
}

/** How a merge field is written in plain text: its value, its label, or `{{key}}`. */
export type FieldText = (key: MergeFieldKey) => string;

/** The raw key, as the plain-text form of a clause wrote it. */
export const fieldAsKey: FieldText = (key) => `{{${key}}}`;

/** How rich text is written as plain lines. */
export interface PlainOptions {
  /** How a merge field is written (its key by default). */
  field?: FieldText;
  /** Write where each link leads after its words: "our terms <https://…>". */
  linkTargets?: boolean;
}

/** Where a text piece links to, or null. */
function hrefOf(inline: RichInline | undefined): string | null {
  if (inline?.type !== 'text') return null;
  const link = inline.marks?.find((mark) => mark.type === 'link');
  return link?.type === 'link' ? link.attrs.href : null;
}

function inlineText(inlines: readonly RichInline[] | undefined, options: PlainOptions): string {
  const field = options.field ?? fieldAsKey;
  const pieces = inlines ?? [];
  let text = '';
  pieces.forEach((inline, i) => {
    if (inline.type === 'text') text += inline.text;
    else if (inline.type === 'hardBreak') text += '\n';
    else text += field(inline.attrs.key);
    // A link's address once, after its last piece (a link partly in bold is several pieces).
    const href = hrefOf(inline);
    if (options.linkTargets === true && href !== null && hrefOf(pieces[i + 1]) !== href) {
      text += ` <${href}>`;
    }
  });
  return text;
}

function blockLines(blocks: readonly RichBlock[], options: PlainOptions, indent: string): string[] {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.type === 'paragraph') {
      lines.push(
        ...inlineText(block.content, options)
          .split('\n')
          .map((l) => indent + l),
      );
      continue;
    }
    let number = block.type === 'orderedList' ? (block.attrs?.start ?? 1) : 0;
    for (const listItem of block.content) {
      const sign = block.type === 'orderedList' ? `${number++}. ` : '• ';
      const inner = blockLines(listItem.content, options, `${indent}   `);
      const first = inner[0] ?? '';
      lines.push(`${indent}${sign}${first.slice(indent.length + 3)}`, ...inner.slice(1));
    }
  }
  return lines;
}

/**
 * Rich text as plain lines: a paragraph per line, "• " before a bulleted item and "3. " before
 * a numbered one, items nested in an item indented by three spaces, merge fields written by
 * `field`. Bold, italic and links are dropped. This is the text a signature's fingerprint is
 * taken of, and the text versions are compared by, so it changes only with a new schema.
 */
export function richTextLines(doc: RichText, options: PlainOptions = {}): string[] {
  return blockLines(doc.content, options, '');
}

/** The whole document as one plain string (lines joined with "\n"). */
export function richTextToPlain(doc: RichText, options: PlainOptions = {}): string {
  return richTextLines(doc, options).join('\n');
}

/** True when the document has no text and no merge field in it. */
export function isRichTextEmpty(doc: RichText): boolean {
  return richTextToPlain(doc).trim() === '';
}
