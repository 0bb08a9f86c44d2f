import { isMergeFieldKey, type MergeFieldKey } from '../../../../../shared/catalogue/mergeFields';
import {
  richText,
  type RichBlock,
  type RichInline,
  type RichListItem,
  type RichMark,
  type RichText,
} from '../../../../../shared/richText';

/**
 * A node of the editor's JSON (TipTap's `getJSON()`), read without trusting it: the editor adds
 * attributes the stored shape has no place for (a numbered list's `type`, a link's `target`,
 * `rel` and `class`), and a bug or a paste could bring anything else.
 */
export interface EditorJson {
  type?: string;
  attrs?: Record<string, unknown> | undefined;
  content?: EditorJson[];
  marks?: { type: string; attrs?: Record<string, unknown> | undefined }[];
  text?: string;
}

export type EditorJsonResult = { ok: true; doc: RichText } | { ok: false; message: string };

/** Thrown inside the walk and turned into a refusal: the editor holds something not storable. */
class Unstorable extends Error {}

function marksOf(node: EditorJson): RichMark[] | undefined {
  const marks: RichMark[] = [];
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold' || mark.type === 'italic') marks.push({ type: mark.type });
    else if (mark.type === 'link' && typeof mark.attrs?.href === 'string') {
      marks.push({ type: 'link', attrs: { href: mark.attrs.href } });
    }
    // Any other mark (underline from an old paste, say) is formatting the document does not keep.
  }
  return marks.length === 0 ? undefined : marks;
}

function inlineOf(node: EditorJson): RichInline | null {
  switch (node.type) {
    case 'text': {
      if (typeof node.text !== 'string' || node.text === '') return null;
      const marks = marksOf(node);
      return marks ? { type: 'text', text: node.text, marks } : { type: 'text', text: node.text };
    }
    case 'hardBreak':
      return { type: 'hardBreak' };
    case 'mergeField': {
      const key = node.attrs?.key;
      if (typeof key !== 'string' || !isMergeFieldKey(key)) {
        throw new Unstorable('A merge field the app does not know');
      }
      const field: MergeFieldKey = key;
      const marks = marksOf(node);
      return marks
        ? { type: 'mergeField', attrs: { key: field }, marks }
        : { type: 'mergeField', attrs: { key: field } };
    }
    default:
      throw new Unstorable(`Something the clause cannot hold (${String(node.type)})`);
  }
}

function itemOf(node: EditorJson): RichListItem {
  if (node.type !== 'listItem') throw new Unstorable('A list holds something other than items');
  const content = blocksOf(node.content ?? []);
  return { type: 'listItem', content: content.length === 0 ? [{ type: 'paragraph' }] : content };
}

function blockOf(node: EditorJson): RichBlock {
  switch (node.type) {
    case 'paragraph': {
      const content = (node.content ?? []).map(inlineOf).filter((n) => n !== null);
      return content.length === 0 ? { type: 'paragraph' } : { type: 'paragraph', content };
    }
    case 'bulletList':
      return { type: 'bulletList', content: (node.content ?? []).map(itemOf) };
    case 'orderedList': {
      const start = node.attrs?.start;
      const content = (node.content ?? []).map(itemOf);
      // The stored shape leaves out the usual start, so one list has one way to be written.
      return typeof start === 'number' && start !== 1
        ? { type: 'orderedList', attrs: { start }, content }
        : { type: 'orderedList', content };
    }
    default:
      throw new Unstorable(`Something the clause cannot hold (${String(node.type)})`);
  }
}

function blocksOf(nodes: readonly EditorJson[]): RichBlock[] {
  return nodes.map(blockOf);
}

/**
 * The editor's document as the app stores it (see src/shared/richText/schema.ts), checked by the
 * same schema the store uses; or, when it cannot be stored, why, in words for the coach.
 */
export function richTextFromEditor(json: EditorJson): EditorJsonResult {
  if (json.type !== 'doc') return { ok: false, message: 'This is not a clause’s text' };
  let doc: RichText;
  try {
    const content = blocksOf(json.content ?? []);
    doc = { type: 'doc', content: content.length === 0 ? [{ type: 'paragraph' }] : content };
  } catch (error) {
    if (error instanceof Unstorable) return { ok: false, message: error.message };
    throw error;
  }
  const checked = richText.safeParse(doc);
  if (checked.success) return { ok: true, doc: checked.data };
  return { ok: false, message: checked.error.issues[0]?.message ?? 'This text cannot be saved' };
}
