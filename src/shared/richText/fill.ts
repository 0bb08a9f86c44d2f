import type { MergeFieldKey } from '../catalogue/mergeFields';
import type { RichBlock, RichInline, RichText } from './schema';

/** What an empty merge field prints as: a line the client can fill in by hand. */
export const MERGE_BLANK = '__________';

/** The merge fields `doc` uses, each once, in order of first use. */
export function richTextFields(doc: RichText): MergeFieldKey[] {
  const keys: MergeFieldKey[] = [];
  const visit = (blocks: readonly RichBlock[]): void => {
    for (const block of blocks) {
      if (block.type !== 'paragraph') {
        for (const item of block.content) visit(item.content);
        continue;
      }
      for (const inline of block.content ?? []) {
        if (inline.type === 'mergeField' && !keys.includes(inline.attrs.key)) {
          keys.push(inline.attrs.key);
        }
      }
    }
  };
  visit(doc.content);
  return keys;
}

function fillInlines(
  inlines: readonly RichInline[],
  values: Readonly<Partial<Record<MergeFieldKey, string>>>,
  missing: Set<MergeFieldKey>,
): RichInline[] {
  return inlines.map((inline): RichInline => {
    if (inline.type !== 'mergeField') return inline;
    const value = values[inline.attrs.key] ?? '';
    if (value.trim() === '') missing.add(inline.attrs.key);
    const text = value.trim() === '' ? MERGE_BLANK : value;
    return inline.marks === undefined
      ? { type: 'text', text }
      : { type: 'text', text, marks: inline.marks };
  });
}

function fillBlocks(
  blocks: readonly RichBlock[],
  values: Readonly<Partial<Record<MergeFieldKey, string>>>,
  missing: Set<MergeFieldKey>,
): RichBlock[] {
  return blocks.map((block): RichBlock => {
    if (block.type === 'paragraph') {
      return block.content === undefined
        ? block
        : { ...block, content: fillInlines(block.content, values, missing) };
    }
    return {
      ...block,
      content: block.content.map((item) => ({
        ...item,
        content: fillBlocks(item.content, values, missing),
      })),
    };
  });
}

/**
 * `doc` with every merge field replaced by its value as text (keeping the field's bold or
 * italic). A field with no value becomes MERGE_BLANK, so a printed agreement shows a line to
 * complete, and is listed in `missing` (each once, in order of use).
 */
export function fillRichText(
  doc: RichText,
  values: Readonly<Partial<Record<MergeFieldKey, string>>>,
): { doc: RichText; missing: MergeFieldKey[] } {
  const missing = new Set<MergeFieldKey>();
  const content = fillBlocks(doc.content, values, missing);
  return { doc: { type: 'doc', content }, missing: [...missing] };
}
