import { z } from 'zod';
import { MAX_TEXT_LENGTH } from '../schema/common';
import { MERGE_FIELD_KEYS, type MergeFieldKey } from '../catalogue/mergeFields';

/**
 * Rich text as the app stores it: a small, closed subset of ProseMirror's JSON (what TipTap's
 * `getJSON()` gives once normalised), so the editor's document is stored as it is and checked
 * here on every save and read.
 *
 * A document is a list of blocks: paragraphs, bulleted lists and numbered lists (a numbered
 * list may start at any number). A list item holds paragraphs and lists nested in it, at most
 * MAX_LIST_DEPTH deep. A paragraph holds text (bold, italic, or a link to a web or e-mail
 * address), line breaks, and merge fields: `{ type: 'mergeField', attrs: { key: 'clientName' } }`,
 * shown to the coach as a labelled chip and filled with the client's value on export.
 *
 * Example: `{ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Dear ' },
 * { type: 'mergeField', attrs: { key: 'clientName' } }] }] }`.
 */

/** Lists nest at most this deep (a list inside an item of a list inside…). */
export const MAX_LIST_DEPTH = 4;
/**
 * Most blocks, list items or inline pieces in one container. As many as the longest plain
 * clause could have had lines (a line and its line break are two characters), so a clause
 * migrated from plain text always fits; the text limit bounds the whole document anyway.
 */
export const MAX_RICH_CHILDREN = MAX_TEXT_LENGTH / 2;

/** Web and e-mail addresses only: never `javascript:` or a file on the laptop. */
const SAFE_HREF = /^(https?:\/\/|mailto:)[^\s<>"]+$/i;

export const boldMark = z.strictObject({ type: z.literal('bold') });
export const italicMark = z.strictObject({ type: z.literal('italic') });
export const linkMark = z.strictObject({
  type: z.literal('link'),
  attrs: z.strictObject({
    href: z
      .string()
      .max(2_000)
      .regex(SAFE_HREF, 'A link must go to a web page or an e-mail address'),
  }),
});
export const richMark = z.discriminatedUnion('type', [boldMark, italicMark, linkMark]);
export type RichMark = z.infer<typeof richMark>;

export const richTextRun = z.strictObject({
  type: z.literal('text'),
  text: z.string().min(1).max(MAX_TEXT_LENGTH),
  marks: z.array(richMark).max(3).optional(),
});
export type RichTextRun = z.infer<typeof richTextRun>;

export const mergeFieldNode = z.strictObject({
  type: z.literal('mergeField'),
  attrs: z.strictObject({ key: z.enum(MERGE_FIELD_KEYS) }),
  marks: z.array(richMark).max(3).optional(),
});
export interface MergeFieldNode {
  type: 'mergeField';
  attrs: { key: MergeFieldKey };
  marks?: RichMark[] | undefined;
}

export const hardBreak = z.strictObject({ type: z.literal('hardBreak') });

export const richInline = z.discriminatedUnion('type', [richTextRun, mergeFieldNode, hardBreak]);
export type RichInline = z.infer<typeof richInline>;

export const richParagraph = z.strictObject({
  type: z.literal('paragraph'),
  content: z.array(richInline).max(MAX_RICH_CHILDREN).optional(),
});
export type RichParagraph = z.infer<typeof richParagraph>;

export interface RichListItem {
  type: 'listItem';
  content: RichBlock[];
}
export interface RichBulletList {
  type: 'bulletList';
  content: RichListItem[];
}
export interface RichOrderedList {
  type: 'orderedList';
  attrs?: { start: number } | undefined;
  content: RichListItem[];
}
export type RichBlock = RichParagraph | RichBulletList | RichOrderedList;

// Recursive through getters (zod 4), so that blocks are a discriminated union: each is checked
// against the one shape its `type` names, not tried against every shape in turn.
const listItem = z.strictObject({
  type: z.literal('listItem'),
  get content(): z.ZodArray<z.ZodType<RichBlock>> {
    return z.array(richBlock).min(1).max(MAX_RICH_CHILDREN);
  },
});

const bulletList = z.strictObject({
  type: z.literal('bulletList'),
  get content(): z.ZodArray<z.ZodType<RichListItem>> {
    return z.array(listItem).min(1).max(MAX_RICH_CHILDREN);
  },
});

const orderedList = z.strictObject({
  type: z.literal('orderedList'),
  attrs: z.strictObject({ start: z.number().int().min(0).max(9_999) }).optional(),
  get content(): z.ZodArray<z.ZodType<RichListItem>> {
    return z.array(listItem).min(1).max(MAX_RICH_CHILDREN);
  },
});

export const richBlock: z.ZodType<RichBlock> = z.discriminatedUnion('type', [
  richParagraph,
  bulletList,
  orderedList,
]);

export interface RichText {
  type: 'doc';
  content: RichBlock[];
}

/** How deep the lists of `blocks` nest (0 for paragraphs only). */
export function listDepth(blocks: readonly RichBlock[]): number {
  let deepest = 0;
  for (const block of blocks) {
    if (block.type === 'paragraph') continue;
    for (const item of block.content) deepest = Math.max(deepest, 1 + listDepth(item.content));
  }
  return deepest;
}

/** Every character of text in `blocks`, counted. */
export function richTextLength(blocks: readonly RichBlock[]): number {
  let length = 0;
  for (const block of blocks) {
    if (block.type === 'paragraph') {
      for (const inline of block.content ?? [])
        length += inline.type === 'text' ? inline.text.length : 1;
    } else {
      for (const item of block.content) length += richTextLength(item.content);
    }
  }
  return length;
}

/** A stored rich text document: see the comment at the top of this file. */
export const richText: z.ZodType<RichText> = z
  .strictObject({
    type: z.literal('doc'),
    content: z.array(richBlock).max(MAX_RICH_CHILDREN),
  })
  .superRefine((doc, ctx) => {
    if (listDepth(doc.content) > MAX_LIST_DEPTH) {
      ctx.addIssue({
        code: 'custom',
        message: `Lists nest too deep: at most ${MAX_LIST_DEPTH} levels`,
      });
    }
    if (richTextLength(doc.content) > MAX_TEXT_LENGTH) {
      ctx.addIssue({
        code: 'custom',
        message: `Too long: at most ${MAX_TEXT_LENGTH.toLocaleString('en')} characters`,
      });
    }
  });

/** A document with nothing in it: one empty paragraph, as an editor starts. */
export function emptyRichText(): RichText {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}
