import { InputRule, Node, mergeAttributes, type Editor, type Range } from '@tiptap/core';
import {
  MERGE_FIELD_PATTERN,
  isMergeFieldKey,
  mergeFieldLabel,
  type MergeFieldKey,
} from '../../../../../shared/catalogue/mergeFields';
import { chipText } from '../writtenFields';

/** A field's key from the chip's HTML, when it is one the app knows. */
function keyOf(element: HTMLElement): MergeFieldKey | null {
  const key = element.getAttribute('data-merge-field') ?? '';
  return isMergeFieldKey(key) ? key : null;
}

/** `{{clientName}}` just typed, ready to become a chip. */
const TYPED_KEY = new RegExp(`${MERGE_FIELD_PATTERN.source}$`);

/**
 * A merge field in a clause: one piece of the text the caret steps over and Backspace deletes
 * whole, shown as a chip with the field's label (never its key). It takes bold and italic like
 * the words around it, and is stored as `{ type: 'mergeField', attrs: { key } }`.
 */
export const MergeFieldNode = Node.create({
  name: 'mergeField',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,

  addAttributes() {
    return {
      key: {
        default: null,
        parseHTML: keyOf,
        renderHTML: (attributes: { key?: unknown }) => ({ 'data-merge-field': attributes.key }),
      },
    };
  },

  parseHTML() {
    // A span naming a field the app does not know is read as its text, never as a chip.
    return [
      { tag: 'span[data-merge-field]', getAttrs: (element) => (keyOf(element) ? null : false) },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    const key: unknown = node.attrs.key;
    const label = typeof key === 'string' && isMergeFieldKey(key) ? mergeFieldLabel(key) : '';
    return [
      'span',
      mergeAttributes(HTMLAttributes, {
        class: 'merge-chip',
        contenteditable: 'false',
        title: `Merge field: ${label}, filled for each client`,
      }),
      label,
    ];
  },

  renderText({ node }) {
    const key: unknown = node.attrs.key;
    return typeof key === 'string' && isMergeFieldKey(key) ? chipText(mergeFieldLabel(key)) : '';
  },

  addInputRules() {
    return [
      // Someone who types `{{clientName}}` from habit gets the chip.
      new InputRule({
        find: TYPED_KEY,
        handler: ({ state, range, match }) => {
          const name = match[1] ?? '';
          if (!isMergeFieldKey(name)) return null;
          const marks = state.doc.resolve(range.from).marks();
          state.tr.replaceWith(range.from, range.to, this.type.create({ key: name }, null, marks));
        },
      }),
    ];
  },
});

/**
 * Put a chip for `key` in place of `range` (or of the selection), carrying the bold or italic
 * being typed there, and leave the caret just after it.
 */
export function insertMergeField(editor: Editor, key: MergeFieldKey, range?: Range): void {
  const { state } = editor;
  const type = state.schema.nodes.mergeField;
  if (!type) return;
  const from = range?.from ?? state.selection.from;
  const to = range?.to ?? state.selection.to;
  const marks = state.storedMarks ?? state.doc.resolve(from).marks();
  const tr = state.tr.replaceWith(from, to, type.create({ key }, null, marks));
  editor.view.dispatch(tr.scrollIntoView());
  editor.view.focus();
}
