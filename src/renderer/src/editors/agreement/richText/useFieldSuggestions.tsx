import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { SOURCE_LABELS } from '../mergeFieldText';
import type { FieldOption, FieldSuggestionProps, FieldSuggestionView } from './fieldSuggestion';

interface Open {
  props: FieldSuggestionProps;
  /** The option Enter would choose. */
  active: number;
}

/**
 * The list the `{` key opens: its state, the bridge the editor's suggestion plugin talks to, and
 * the list itself (drawn over the page beside the caret). The editor's text box keeps the focus
 * throughout; arrows move the choice, Enter or Tab takes it, a click takes the one clicked.
 */
export function useFieldSuggestions(): {
  view: FieldSuggestionView;
  popup: ReactNode;
  /** What the text box says about the list, for screen readers. */
  aria: { listId: string; activeId: string | null; open: boolean };
} {
  const listId = useId();
  const [open, setShown] = useState<Open | null>(null);
  // What the key handler reads: the plugin calls it between renders.
  const latest = useRef<Open | null>(null);
  const setOpen = (next: Open | null) => {
    latest.current = next;
    setShown(next);
  };
  const [host] = useState(() => document.createElement('div'));
  const unmount = useRef<(() => void) | null>(null);

  const [view] = useState<FieldSuggestionView>(() => ({
    show: (props) => {
      unmount.current ??= props.mount(host);
      const previous = latest.current;
      const keep = previous && previous.props.query === props.query ? previous.active : 0;
      setOpen({ props, active: Math.min(keep, Math.max(0, props.items.length - 1)) });
    },
    hide: () => {
      unmount.current?.();
      unmount.current = null;
      setOpen(null);
    },
    keyDown: ({ event }) => {
      const current = latest.current;
      if (!current || current.props.items.length === 0) return false;
      const count = current.props.items.length;
      const move = (active: number) => {
        setOpen({ ...current, active });
        return true;
      };
      if (event.key === 'ArrowDown') return move((current.active + 1) % count);
      if (event.key === 'ArrowUp') return move((current.active - 1 + count) % count);
      if (event.key === 'Enter' || event.key === 'Tab') {
        const option = current.props.items[current.active];
        if (option) current.props.command(option);
        return option !== undefined;
      }
      return false;
    },
  }));

  useEffect(
    () => () => {
      unmount.current?.();
      unmount.current = null;
    },
    [],
  );

  const items = open?.props.items ?? [];
  const optionId = (option: FieldOption) => `${listId}-${option.key}`;
  const activeOption = open ? items[open.active] : undefined;
  const popup =
    open && items.length > 0
      ? createPortal(
          <ul
            className="field-suggestions"
            id={listId}
            role="listbox"
            aria-label="Merge fields"
            // The text box keeps the focus while an option is clicked.
            onMouseDown={(event) => {
              event.preventDefault();
            }}
          >
            {items.map((option, index) => (
              <li
                key={option.key}
                id={optionId(option)}
                role="option"
                aria-selected={index === open.active}
                onClick={() => {
                  open.props.command(option);
                }}
                onMouseMove={() => {
                  if (index !== open.active) setOpen({ ...open, active: index });
                }}
              >
                <span className="field-suggestion-label">{option.label}</span>
                <span className="field-suggestion-source">{SOURCE_LABELS[option.source]}</span>
              </li>
            ))}
          </ul>,
          host,
        )
      : null;
  return {
    view,
    popup,
    aria: {
      listId,
      activeId: activeOption ? optionId(activeOption) : null,
      open: popup !== null,
    },
  };
}
