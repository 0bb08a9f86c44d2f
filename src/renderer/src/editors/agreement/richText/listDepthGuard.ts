import { Extension } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import { sinkListItem } from '@tiptap/pm/schema-list';
import { MAX_LIST_DEPTH } from '../../../../../shared/richText';

/** How deep lists nest anywhere in `state`'s document. */
function deepestList(state: EditorState): number {
  let deepest = 0;
  state.doc.descendants((node, pos) => {
    if (node.type.name !== 'bulletList' && node.type.name !== 'orderedList') return true;
    let depth = 0;
    const $pos = state.doc.resolve(pos);
    for (let d = $pos.depth; d > 0; d -= 1) {
      const name = $pos.node(d).type.name;
      if (name === 'bulletList' || name === 'orderedList') depth += 1;
    }
    deepest = Math.max(deepest, depth + 1);
    return true;
  });
  return deepest;
}

/**
 * Tab nests a list item one level deeper, but never past what a clause can store
 * (MAX_LIST_DEPTH): there Tab does nothing, rather than leave text that cannot be saved.
 */
export const ListDepthGuard = Extension.create({
  name: 'listDepthGuard',
  // Before the list item's own Tab.
  priority: 1000,

  addKeyboardShortcuts() {
    return {
      Tab: ({ editor }) => {
        const item = editor.schema.nodes.listItem;
        if (!item) return false;
        const sunk: { state?: EditorState } = {};
        sinkListItem(item)(editor.state, (tr) => {
          sunk.state = editor.state.apply(tr);
        });
        // Swallow the key when sinking would go too deep; otherwise let the list item sink.
        return sunk.state !== undefined && deepestList(sunk.state) > MAX_LIST_DEPTH;
      },
    };
  },
});
