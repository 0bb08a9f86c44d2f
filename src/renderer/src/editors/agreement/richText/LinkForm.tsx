import { useId, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { isSafeHref } from './clauseExtensions';

/** What the coach typed as an address, as a link: an e-mail gets `mailto:`, a bare site `https://`. */
export function hrefFromTyped(typed: string): string {
  const address = typed.trim();
  if (/^(https?:\/\/|mailto:)/i.test(address)) return address;
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(address)) return `mailto:${address}`;
  return `https://${address}`;
}

/** The address of a link as the coach reads it (an e-mail without its `mailto:`). */
function shownAddress(href: string): string {
  return href.replace(/^mailto:/i, '');
}

/**
 * The "Link…" box under the toolbar: the address the selected words link to. With nothing
 * selected, the address itself goes in as a link. "Remove link" keeps the words.
 */
export function LinkForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const id = useId();
  const current: unknown = editor.getAttributes('link').href;
  const [typed, setTyped] = useState(typeof current === 'string' ? shownAddress(current) : '');
  const [problem, setProblem] = useState<string | null>(null);

  const done = () => {
    onClose();
    editor.commands.focus();
  };

  const apply = () => {
    if (typed.trim() === '') {
      setProblem('Type the web address or e-mail address to link to.');
      return;
    }
    const href = hrefFromTyped(typed);
    if (!isSafeHref(href)) {
      setProblem('A link goes to a web page or an e-mail address.');
      return;
    }
    const { empty } = editor.state.selection;
    if (empty && !editor.isActive('link')) {
      editor
        .chain()
        .focus()
        .insertContent({
          type: 'text',
          text: shownAddress(href),
          marks: [{ type: 'link', attrs: { href } }],
        })
        .unsetMark('link')
        .run();
    } else {
      editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
    }
    onClose();
  };

  return (
    <form
      className="link-form"
      onSubmit={(event) => {
        event.preventDefault();
        apply();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          done();
        }
      }}
    >
      <label htmlFor={id}>Link to</label>
      <input
        id={id}
        type="text"
        // The box opens for this: the coach is about to type the address.
        autoFocus
        value={typed}
        placeholder="www.example.com or name@example.com"
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => {
          setTyped(event.target.value);
          setProblem(null);
        }}
      />
      <button type="submit" className="btn btn-small">
        {typeof current === 'string' ? 'Change link' : 'Add link'}
      </button>
      {typeof current === 'string' ? (
        <button
          type="button"
          className="btn btn-small"
          onClick={() => {
            editor.chain().focus().extendMarkRange('link').unsetLink().run();
            onClose();
          }}
        >
          Remove link
        </button>
      ) : null}
      <button type="button" className="btn btn-quiet btn-small" onClick={done}>
        Cancel
      </button>
      {problem ? (
        <span className="field-error" id={`${id}-problem`} role="alert">
          {problem}
        </span>
      ) : null}
    </form>
  );
}
