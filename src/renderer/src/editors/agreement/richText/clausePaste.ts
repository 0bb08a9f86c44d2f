import type { Schema } from '@tiptap/pm/model';
import { Fragment, Slice } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import { richTextFromPlain } from '../../../../../shared/richText';
import { MAX_TEXT_LENGTH } from '../../../../../shared/schema/common';
import { chipsInHtml, labelsAsKeys } from '../writtenFields';
import { listsFromWordHtml } from './wordPaste';

/** What pasting does to HTML before the editor reads it: Word's lists, written-out fields. */
export function transformPastedHtml(html: string): string {
  return chipsInHtml(listsFromWordHtml(html));
}

/** About how many characters of text `html` holds, without building it: tags and entities out. */
function textLengthOfHtml(html: string): number {
  return html
    .replace(/<(style|script)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&[#a-z0-9]+;/gi, ' ')
    .replace(/\s+/g, ' ').length;
}

/** Why a paste of `incoming` characters cannot go in, or null when it fits. */
export function pasteTooLong(view: EditorView, incoming: number): string | null {
  const { doc, selection } = view.state;
  const replaced = doc.textBetween(selection.from, selection.to).length;
  const after = doc.textContent.length - replaced + incoming;
  if (after <= MAX_TEXT_LENGTH) return null;
  return `That is too much to paste into one clause: a clause holds at most ${MAX_TEXT_LENGTH.toLocaleString('en')} characters, and this would make it ${after.toLocaleString('en')}. Nothing was pasted; paste a shorter part, or split the text over several clauses.`;
}

/** Plain text as a clause reads it: lines as paragraphs, "•" and "1." lines as lists, fields as chips. */
function sliceFromPlain(schema: Schema, text: string): Slice {
  const doc = schema.nodeFromJSON(richTextFromPlain(labelsAsKeys(text)));
  const first = doc.firstChild;
  const last = doc.lastChild;
  // A paragraph at either end joins the paragraph the caret is in; a list stays a list.
  const openStart = first?.type.name === 'paragraph' ? 1 : 0;
  const openEnd = last?.type.name === 'paragraph' ? 1 : 0;
  return new Slice(Fragment.from(doc.content), openStart, openEnd);
}

/**
 * Handle a paste before the editor reads it: refuse one too long for a clause (checked on the
 * clipboard's size, so a huge paste is never parsed), and read plain text (no HTML with it)
 * the way clauses have always been read. True when the paste was dealt with here.
 */
export function handleClausePaste(
  view: EditorView,
  event: ClipboardEvent,
  refuse: (message: string) => void,
): boolean {
  const data = event.clipboardData;
  if (!data) return false;
  const html = data.getData('text/html');
  const text = data.getData('text/plain');
  const incoming = text !== '' ? text.length : textLengthOfHtml(html);
  const problem = pasteTooLong(view, incoming);
  if (problem !== null) {
    event.preventDefault();
    refuse(problem);
    return true;
  }
  // HTML goes through the editor's own reader (after transformPastedHtml); one word or address
  // too, so pasting a web address over selected words still makes them a link.
  if (html !== '' || text === '' || /^[^\s{]+$/.test(text.trim())) return false;
  event.preventDefault();
  view.dispatch(
    view.state.tr.replaceSelection(sliceFromPlain(view.state.schema, text)).scrollIntoView(),
  );
  return true;
}
