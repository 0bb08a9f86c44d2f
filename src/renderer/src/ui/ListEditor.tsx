import type { ReactNode } from 'react';
import { ItemControls } from './ItemControls';
import { useReorderableList } from './useReorderableList';

export { moveItem } from './useReorderableList';

/** A fresh id for a new list item. */
export function newId(): string {
  return crypto.randomUUID();
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
  const { listRef, move, remove, add, onKeyDown } = useReorderableList(
    items,
    onChange,
    // The item's first field, passing over date boxes: a new entry's date starts as today, and
    // what the coach types next would go into the date and be lost. Else its first date, else
    // its first enabled button (a disabled one cannot take focus).
    (item) =>
      item.querySelector<HTMLElement>(
        '.list-item-body :is(input:not([type="date"], [data-date]), textarea, select)',
      ) ??
      item.querySelector<HTMLElement>('.list-item-body input[data-date]') ??
      item.querySelector<HTMLElement>('button:not(:disabled)'),
    readOnly,
  );

  const update = (index: number, next: T) => {
    const copy = items.slice();
    copy[index] = next;
    onChange(copy);
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
                  <ItemControls
                    title={title}
                    index={index}
                    count={items.length}
                    move={move}
                    remove={remove}
                  />
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
          <button
            type="button"
            className="btn"
            onClick={() => {
              add(createItem());
            }}
          >
            + {addLabel}
          </button>
        </div>
      )}
    </div>
  );
}
