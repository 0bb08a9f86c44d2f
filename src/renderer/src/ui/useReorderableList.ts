import { useEffect, useRef, type KeyboardEvent } from 'react';

export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= items.length || from === to) return items.slice();
  const copy = items.slice();
  const [moved] = copy.splice(from, 1);
  if (moved !== undefined) copy.splice(to, 0, moved);
  return copy;
}

/**
 * The behaviour every editable list in the app shares: add, move and remove items, Alt+↑ /
 * Alt+↓ / Alt+Delete on the focused item, and focus following the item after each change.
 * `focusTarget` picks the element to focus inside an item's <li>.
 */
export function useReorderableList<T>(
  items: readonly T[],
  onChange: (items: T[]) => void,
  focusTarget: (item: Element) => HTMLElement | null,
  readOnly: boolean,
) {
  const listRef = useRef<HTMLOListElement>(null);
  const focusIndex = useRef<number | null>(null);

  useEffect(() => {
    const index = focusIndex.current;
    if (index === null) return;
    focusIndex.current = null;
    const item = listRef.current?.children[index];
    if (item) focusTarget(item)?.focus();
  });

  const move = (index: number, to: number) => {
    if (to < 0 || to >= items.length) return;
    onChange(moveItem(items, index, to));
    focusIndex.current = to;
  };
  const remove = (index: number) => {
    onChange(items.filter((_, i) => i !== index));
    focusIndex.current = Math.min(index, items.length - 2);
  };
  const add = (item: T) => {
    onChange([...items, item]);
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

  return { listRef, move, remove, add, onKeyDown };
}
