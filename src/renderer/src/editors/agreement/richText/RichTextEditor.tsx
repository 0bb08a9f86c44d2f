import { memo, useEffect, useId, useRef, useState } from 'react';
import { EditorContent, useEditor, type UseEditorOptions } from '@tiptap/react';
import type { Editor } from '@tiptap/core';
import { Selection, TextSelection } from '@tiptap/pm/state';
import type { RichText } from '../../../../../shared/richText';
import { clauseExtensions } from './clauseExtensions';
import { handleClausePaste, transformPastedHtml } from './clausePaste';
import { richTextFromEditor } from './editorJson';
import { LinkForm } from './LinkForm';
import { RichTextToolbar } from './RichTextToolbar';
import { useFieldSuggestions } from './useFieldSuggestions';
import '../../../styles/richText.css';

/** True when the editor already shows `doc`, so setting it again would only move the caret. */
function shows(editor: Editor, doc: RichText): boolean {
  const shown = richTextFromEditor(editor.getJSON());
  return shown.ok && JSON.stringify(shown.doc) === JSON.stringify(doc);
}

/** Show `doc` (changed elsewhere: the app's Undo, a reload), keeping the caret where it was. */
function showFromOutside(editor: Editor, next: RichText): void {
  const { from, to } = editor.state.selection;
  editor.commands.setContent(next, { emitUpdate: false });
  const { doc } = editor.state;
  const $head = doc.resolve(Math.min(to, doc.content.size));
  const selection =
    from === to
      ? Selection.near($head)
      : TextSelection.between(doc.resolve(Math.min(from, doc.content.size)), $head);
  editor.view.dispatch(editor.state.tr.setSelection(selection));
}

interface Props {
  value: RichText;
  /** Called with each change, already in the stored shape and checked by its schema. */
  onChange: (next: RichText) => void;
  /** The label's text, shown above the editor and read with it. */
  label: string;
  /** The id of a hint to read with the text box. */
  hintId?: string | undefined;
  readOnly?: boolean;
}

/**
 * Text written like a document: paragraphs, bulleted and numbered lists, bold, italic, links and
 * merge fields shown as labelled chips (from "Insert field" or by typing `{`). Controlled: it
 * shows `value`, and a change made here comes back through `onChange` only; when `value` changes
 * from outside it follows without echoing a change.
 */
export const RichTextEditor = memo(function RichTextEditor({
  value,
  onChange,
  label,
  hintId,
  readOnly = false,
}: Props) {
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const [linkOpen, setLinkOpen] = useState(false);
  const suggestions = useFieldSuggestions();
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  /** The document the editor and its owner agree on: the last one sent or received. */
  const agreed = useRef(value);

  // Made once: the editor compares its options on every render and would reconfigure otherwise.
  const [options] = useState<UseEditorOptions>(() => ({
    extensions: clauseExtensions(suggestions.view),
    content: value,
    editable: !readOnly,
    // Its styles are in richText.css: an injected <style> breaks the page's CSP.
    injectCSS: false,
    editorProps: {
      attributes: {
        id: `${id}-text`,
        class: 'rich-text-content',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': `${id}-label`,
        spellcheck: 'true',
      },
      transformPastedHTML: transformPastedHtml,
      handleDOMEvents: {
        paste: (view, event) => handleClausePaste(view, event, setProblem),
      },
    },
    onUpdate: ({ editor }) => {
      const result = richTextFromEditor(editor.getJSON());
      if (!result.ok) {
        setProblem(`${result.message}. Until it is fixed, this clause’s text is not saved.`);
        return;
      }
      setProblem(null);
      agreed.current = result.doc;
      latest.current(result.doc);
    },
  }));
  const editor = useEditor(options);

  useEffect(() => {
    // TipTap 3 has no view while an editor is not (or no longer) in the page: a destroyed one
    // is replaced by a new `editor`, which runs these effects again.
    if (editor.isDestroyed || value === agreed.current) return;
    agreed.current = value;
    if (shows(editor, value)) return;
    showFromOutside(editor, value);
    setProblem(null);
  }, [editor, value]);

  useEffect(() => {
    if (editor.isDestroyed) return;
    if (editor.isEditable !== !readOnly) editor.setEditable(!readOnly, false);
    editor.view.dom.setAttribute('aria-readonly', String(readOnly));
    if (readOnly) setLinkOpen(false);
  }, [editor, readOnly]);

  // The text box says which field the `{` list would insert, for screen readers.
  const { open, listId, activeId } = suggestions.aria;
  useEffect(() => {
    if (editor.isDestroyed) return;
    const dom = editor.view.dom;
    const set = (name: string, to: string | null) => {
      if (to === null) dom.removeAttribute(name);
      else dom.setAttribute(name, to);
    };
    set(
      'aria-describedby',
      [hintId, problem ? `${id}-problem` : null].filter(Boolean).join(' ') || null,
    );
    set('aria-invalid', problem ? 'true' : null);
    set('aria-autocomplete', 'list');
    set('aria-controls', open ? listId : null);
    set('aria-activedescendant', open ? activeId : null);
  }, [editor, open, listId, activeId, hintId, problem, id]);

  return (
    <div className={readOnly ? 'rich-text is-read-only' : 'rich-text'}>
      <span
        className="field-label"
        id={`${id}-label`}
        onClick={() => {
          editor.commands.focus();
        }}
      >
        {label}
      </span>
      <div className="rich-text-box">
        {readOnly ? null : (
          <RichTextToolbar
            editor={editor}
            controls={`${id}-text`}
            linkOpen={linkOpen}
            onLink={() => {
              setLinkOpen((was) => !was);
            }}
          />
        )}
        {linkOpen ? (
          <LinkForm
            editor={editor}
            onClose={() => {
              setLinkOpen(false);
            }}
          />
        ) : null}
        <EditorContent editor={editor} />
      </div>
      {problem ? (
        <span className="field-error" id={`${id}-problem`} role="alert">
          {problem}
        </span>
      ) : null}
      {suggestions.popup}
    </div>
  );
});
