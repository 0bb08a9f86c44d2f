import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useEditorState } from '@tiptap/react';
import type { Editor } from '@tiptap/core';
import { ariaKeysHere, displayKeys } from '../../../actions';
import { InsertFieldMenu } from './InsertFieldMenu';

interface Tool {
  id: string;
  label: string;
  keys?: string;
  icon: ReactNode;
  active: (state: ToolState) => boolean;
  run: (editor: Editor) => void;
}

interface ToolState {
  bold: boolean;
  italic: boolean;
  bulletList: boolean;
  orderedList: boolean;
  link: boolean;
}

const icon = (path: string) => (
  <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
    <path d={path} />
  </svg>
);

const TOOLS: readonly Tool[] = [
  {
    id: 'bold',
    label: 'Bold',
    keys: 'Mod+B',
    icon: <b aria-hidden="true">B</b>,
    active: (s) => s.bold,
    run: (e) => e.chain().focus().toggleBold().run(),
  },
  {
    id: 'italic',
    label: 'Italic',
    keys: 'Mod+I',
    icon: <i aria-hidden="true">I</i>,
    active: (s) => s.italic,
    run: (e) => e.chain().focus().toggleItalic().run(),
  },
  {
    id: 'bulletList',
    label: 'Bulleted list',
    icon: icon('M2.5 3.5h1v1h-1zM6 4h8M2.5 7.5h1v1h-1zM6 8h8M2.5 11.5h1v1h-1zM6 12h8'),
    active: (s) => s.bulletList,
    run: (e) => e.chain().focus().toggleBulletList().run(),
  },
  {
    id: 'orderedList',
    label: 'Numbered list',
    icon: icon('M2 2.5h1.5v3M2 5.5h3M2 9h2.5L2 12.5h3M7 4h7M7 11h7'),
    active: (s) => s.orderedList,
    run: (e) => e.chain().focus().toggleOrderedList().run(),
  },
];

/**
 * The buttons over a clause: Bold, Italic, the two lists, "Link…" and "Insert field". One stop
 * for Tab; the arrow keys move between the buttons (a toolbar as screen readers expect it).
 */
export function RichTextToolbar({
  editor,
  controls,
  linkOpen,
  onLink,
}: {
  editor: Editor;
  /** The id of the text box the buttons work on. */
  controls: string;
  linkOpen: boolean;
  onLink: () => void;
}) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }): ToolState => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      link: e.isActive('link'),
    }),
    equalityFn: (a, b) =>
      b !== null &&
      a.bold === b.bold &&
      a.italic === b.italic &&
      a.bulletList === b.bulletList &&
      a.orderedList === b.orderedList &&
      a.link === b.link,
  });
  const bar = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState(0);
  const count = TOOLS.length + 2;

  const onKeyDown = (event: KeyboardEvent) => {
    const step =
      event.key === 'ArrowRight'
        ? 1
        : event.key === 'ArrowLeft'
          ? -1
          : event.key === 'Home'
            ? -focused
            : 0;
    const last = event.key === 'End';
    if (step === 0 && !last) return;
    // The menu's own arrows move within the menu.
    if (event.target instanceof HTMLElement && event.target.closest('[role="menu"]')) return;
    event.preventDefault();
    const next = last ? count - 1 : (focused + step + count) % count;
    setFocused(next);
    const buttons = bar.current?.querySelectorAll<HTMLElement>(
      ':scope > button, :scope > .insert-field > button',
    );
    buttons?.[next]?.focus();
  };

  return (
    <div
      ref={bar}
      className="rich-text-toolbar"
      role="toolbar"
      aria-label="Formatting"
      aria-controls={controls}
      onKeyDown={onKeyDown}
    >
      {TOOLS.map((tool, index) => (
        <button
          key={tool.id}
          type="button"
          className="btn btn-quiet btn-small tool"
          aria-label={tool.label}
          aria-pressed={tool.active(state)}
          aria-keyshortcuts={tool.keys ? ariaKeysHere(tool.keys) : undefined}
          title={tool.keys ? `${tool.label} (${displayKeys(tool.keys)})` : tool.label}
          tabIndex={focused === index ? 0 : -1}
          // The text keeps its selection: the button works on it.
          onMouseDown={(event) => {
            event.preventDefault();
          }}
          onFocus={() => {
            setFocused(index);
          }}
          onClick={() => {
            tool.run(editor);
          }}
        >
          {tool.icon}
        </button>
      ))}
      <button
        type="button"
        className="btn btn-quiet btn-small"
        aria-pressed={state.link}
        aria-expanded={linkOpen}
        title={
          state.link
            ? 'Change or remove this link'
            : 'Link the selected words to a web page or an e-mail address'
        }
        tabIndex={focused === TOOLS.length ? 0 : -1}
        onMouseDown={(event) => {
          event.preventDefault();
        }}
        onFocus={() => {
          setFocused(TOOLS.length);
        }}
        onClick={onLink}
      >
        Link…
      </button>
      <InsertFieldMenu
        editor={editor}
        tabIndex={focused === TOOLS.length + 1 ? 0 : -1}
        onFocus={() => {
          setFocused(TOOLS.length + 1);
        }}
      />
    </div>
  );
}
