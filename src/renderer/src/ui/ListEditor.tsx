import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

/** A fresh id for a new list item. */
export function newId(): string {
  return crypto.randomUUID();
}

export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= items.length || from === to) return items.slice();
  const copy = items.slice();
  const [moved] = copy.splice(from, 1);
  if (moved !== undefined) copy.splice(to, 0, moved);
  return copy;
}

/**
 * A repeating part of a worksheet (objectives, skills, candidates…). Items can be added,
 * removed and reordered with the buttons or from the keyboard: Alt+↑ / Alt+↓ move the item
 * that has focus, Alt+Delete removes it.
 */
export function ListEditor<T extends { id: string }>({
  items,
  onChange,
  renderItem,
  createItem,
  itemName,
  itemTitle,
  addLabel,
  emptyText,
  readOnly = false,
}: {
  items: readonly T[];
  onChange: (items: T[]) => void;
  renderItem: (item: T, update: (next: T) => void, index: number) => ReactNode;
  createItem: () => T;
  /** What one item is called, e.g. "objective". */
  itemName: string;
  /** A short title for an item, shown in its bar and read to screen readers. */
  itemTitle: (item: T, index: number) => string;
  addLabel: string;
  emptyText: string;
  readOnly?: boolean;
}) {
  const listRef = useRef<HTMLOListElement>(null);
  const focusIndex = useRef<number | null>(null);

  useEffect(() => {
    const index = focusIndex.current;
    if (index === null) return;
    focusIndex.current = null;
    const item = listRef.current?.children[index];
    // The item's first field, else its first enabled button (a disabled one cannot take focus).
    const target =
      item?.querySelector<HTMLElement>('.list-item-body :is(input, textarea, select)') ??
      item?.querySelector<HTMLElement>('button:not(:disabled)');
    target?.focus();
  });

  const update = (index: number, next: T) => {
    const copy = items.slice();
    copy[index] = next;
    onChange(copy);
  };
  const move = (index: number, to: number) => {
    if (to < 0 || to >= items.length) return;
    onChange(moveItem(items, index, to));
    focusIndex.current = to;
  };
  const remove = (index: number) => {
    onChange(items.filter((_, i) => i !== index));
    focusIndex.current = Math.min(index, items.length - 2);
  };
  const add = () => {
    onChange([...items, createItem()]);
    focusIndex.current = items.length;
  };

  const onKeyDown = (index: number) => (event: KeyboardEvent<HTMLLIElement>) => {
    // A nested list already handled the key: do not move the outer item too.
    if (readOnly || !event.altKey || event.defaultPrevented) return;
    if (event.key === 'ArrowUp') move(index, index - 1);
    else if (event.key === 'ArrowDown') move(index, index + 1);
    else if (event.key === 'Delete') remove(index);
    else return;
    event.preventDefault();
  };

  return (
    <div className="stack">
      {items.length === 0 ? <p className="empty">{emptyText}</p> : null}
      <ol className="list-editor" ref={listRef} aria-label={`${itemName} list`}>
        {items.map((item, index) => {
          const title = itemTitle(item, index);
          return (
            <li key={item.id} className="list-item" onKeyDown={onKeyDown(index)}>
              <div className="list-item-bar">
                <strong className="spacer">{title}</strong>
                {readOnly ? null : (
                  <>
                    <button
                      type="button"
                      className="btn btn-quiet btn-small"
                      disabled={index === 0}
                      aria-label={`Move ${title} up`}
                      title="Move up (Alt+↑)"
                      onClick={() => {
                        move(index, index - 1);
                      }}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className="btn btn-quiet btn-small"
                      disabled={index === items.length - 1}
                      aria-label={`Move ${title} down`}
                      title="Move down (Alt+↓)"
                      onClick={() => {
                        move(index, index + 1);
                      }}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      className="btn btn-quiet btn-small btn-danger"
                      aria-label={`Remove ${title}`}
                      title="Remove (Alt+Delete)"
                      onClick={() => {
                        remove(index);
                      }}
                    >
                      Remove
                    </button>
                  </>
                )}
              </div>
              <div className="list-item-body stack">
                {renderItem(
                  item,
                  (next) => {
                    update(index, next);
                  },
                  index,
                )}
              </div>
            </li>
          );
        })}
      </ol>
      {readOnly ? null : (
        <div>
          <button type="button" className="btn" onClick={add}>
            + {addLabel}
          </button>
        </div>
      )}
    </div>
  );
}
