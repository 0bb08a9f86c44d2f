import { useEffect, useId, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { mergeFieldGroups, SOURCE_LABELS } from '../mergeFieldText';
import { insertMergeField } from './MergeFieldNode';

const GROUPS = mergeFieldGroups();

/**
 * "Insert field ▾": every merge field, grouped by where its value comes from; the one chosen
 * goes in as a chip where the caret is. Arrows move in the menu, Escape closes it.
 */
export function InsertFieldMenu({
  editor,
  tabIndex,
  onFocus,
}: {
  editor: Editor;
  tabIndex: number;
  onFocus: () => void;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  useEffect(() => {
    if (!open) return;
    items()[0]?.focus();
    const closeOutside = (event: PointerEvent) => {
      const target = event.target;
      if (
        target instanceof Node &&
        (menu.current?.contains(target) || button.current?.contains(target))
      )
        return;
      setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside, true);
    return () => {
      document.removeEventListener('pointerdown', closeOutside, true);
    };
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div className="insert-field">
      <button
        ref={button}
        type="button"
        className="btn btn-quiet btn-small"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        tabIndex={tabIndex}
        onFocus={onFocus}
        onClick={() => {
          setOpen((was) => !was);
        }}
      >
        Insert field <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <div
          ref={menu}
          id={id}
          className="insert-field-menu"
          role="menu"
          aria-label="Merge fields"
          onKeyDown={(event) => {
            const all = items();
            const at = all.findIndex((item) => item === document.activeElement);
            const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
            if (step !== 0) {
              event.preventDefault();
              all[(at + step + all.length) % all.length]?.focus();
            } else if (event.key === 'Home' || event.key === 'End') {
              event.preventDefault();
              (event.key === 'Home' ? all[0] : all.at(-1))?.focus();
            } else if (event.key === 'Escape') {
              event.preventDefault();
              event.stopPropagation();
              close();
            } else if (event.key === 'Tab') {
              setOpen(false);
            }
          }}
        >
          {GROUPS.map((group) => (
            <div key={group.source} role="group" aria-labelledby={`${id}-${group.source}`}>
              <div className="insert-field-group" id={`${id}-${group.source}`}>
                {SOURCE_LABELS[group.source]}
              </div>
              {group.fields.map((field) => (
                <button
                  key={field.key}
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  onClick={() => {
                    setOpen(false);
                    insertMergeField(editor, field.key);
                  }}
                >
                  {field.label}
                </button>
              ))}
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}
