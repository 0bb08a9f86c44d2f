import type { Extensions } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { linkMark } from '../../../../../shared/richText';
import { FieldSuggestion, type FieldSuggestionView } from './fieldSuggestion';
import { ListDepthGuard } from './listDepthGuard';
import { MergeFieldNode } from './MergeFieldNode';

/** Web and e-mail addresses only, as the stored shape allows: never `javascript:` or a file. */
export function isSafeHref(href: string): boolean {
  return linkMark.safeParse({ type: 'link', attrs: { href } }).success;
}

/**
 * What a clause can hold, and nothing more: paragraphs, bulleted and numbered lists, bold,
 * italic, links, line breaks and merge fields (see src/shared/richText/schema.ts). The editor's
 * own undo is off: the app's Undo (Ctrl+Z) takes back clause edits like every other edit, in
 * one history, so one press never undoes twice.
 */
export function clauseExtensions(suggestions: FieldSuggestionView): Extensions {
  return [
    StarterKit.configure({
      heading: false,
      code: false,
      codeBlock: false,
      blockquote: false,
      strike: false,
      underline: false,
      horizontalRule: false,
      undoRedo: false,
      trailingNode: false,
      // Only for pictures and tables between paragraphs, which clauses do not have.
      gapcursor: false,
      link: {
        // A click while writing puts the caret in the link; it opens from the preview.
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        isAllowedUri: (url) => isSafeHref(url),
        HTMLAttributes: { rel: 'noopener noreferrer', target: null, class: null },
      },
    }),
    MergeFieldNode,
    FieldSuggestion.configure({ view: suggestions }),
    ListDepthGuard,
  ];
}
