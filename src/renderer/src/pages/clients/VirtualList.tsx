import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

/** Rows drawn beyond the visible ones, so fast scrolling does not show blank space. */
const OVERSCAN = 8;
/** Rows drawn before the list has measured itself. */
const INITIAL_ROWS = 30;

interface Range {
  first: number;
  last: number;
}

function scrollParent(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll') return node;
  }
  return null;
}

function focusablesIn(row: Element | null | undefined): HTMLElement[] {
  return row ? Array.from(row.querySelectorAll<HTMLElement>('a[href], button, input')) : [];
}

/**
 * A long list that draws only the rows in view (plus a few), each row the same height, and
 * scrolls with the page. It stays one stop in the Tab order: the active row's controls are
 * tabbable, and ↑ ↓ Home End PageUp PageDown move between rows, keeping the same control.
 * Screen readers hear each row's position in the whole list.
 */
export function VirtualList<T>({
  items,
  rowHeight,
  label,
  description,
  getKey,
  renderRow,
}: {
  items: readonly T[];
  rowHeight: number;
  label: string;
  /** How to move around the list, read by screen readers. */
  description?: string;
  getKey: (item: T) => string;
  /** `tabIndex` is 0 for the active row and -1 for the others: give it to every control. */
  renderRow: (item: T, index: number, tabIndex: 0 | -1) => ReactNode;
}) {
  const listRef = useRef<HTMLUListElement>(null);
  const descriptionId = useId();
  const [range, setRange] = useState<Range>({ first: 0, last: INITIAL_ROWS });
  const [activeIndex, setActiveIndex] = useState(0);
  const pendingFocus = useRef<{ index: number; column: number } | null>(null);
  const active = Math.max(0, Math.min(activeIndex, items.length - 1));

  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const scroller = scrollParent(list);
    const measure = () => {
      const top = list.getBoundingClientRect().top;
      const viewTop = scroller ? scroller.getBoundingClientRect().top : 0;
      const viewBottom = scroller ? scroller.getBoundingClientRect().bottom : window.innerHeight;
      const first = Math.max(0, Math.floor((viewTop - top) / rowHeight) - OVERSCAN);
      const last = Math.max(first, Math.ceil((viewBottom - top) / rowHeight) + OVERSCAN);
      setRange((current) =>
        current.first === first && current.last === last ? current : { first, last },
      );
    };
    const target = scroller ?? window;
    target.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('resize', measure);
    // Fires once at once, and again whenever the page around the list changes size.
    const observer = new ResizeObserver(measure);
    observer.observe(scroller ?? list);
    observer.observe(list);
    return () => {
      target.removeEventListener('scroll', measure);
      window.removeEventListener('resize', measure);
      observer.disconnect();
    };
  }, [rowHeight]);

  // Move focus once the row asked for is drawn; focusing it scrolls it into view.
  useEffect(() => {
    const wanted = pendingFocus.current;
    if (!wanted) return;
    pendingFocus.current = null;
    const row = listRef.current?.querySelector(`[data-index="${wanted.index}"]`);
    const controls = focusablesIn(row);
    controls[Math.min(wanted.column, controls.length - 1)]?.focus();
  });

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const row = (event.target as HTMLElement).closest('[data-index]');
    if (!row) return;
    const from = Number(row.getAttribute('data-index'));
    const page = Math.max(1, Math.floor(window.innerHeight / rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: from + 1,
      ArrowUp: from - 1,
      PageDown: from + page,
      PageUp: from - page,
      Home: 0,
      End: items.length - 1,
    };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const index = Math.max(0, Math.min(items.length - 1, to));
    const column = Math.max(0, focusablesIn(row).indexOf(event.target as HTMLElement));
    pendingFocus.current = { index, column };
    setActiveIndex(index);
  };

  const indices: number[] = [];
  const last = Math.min(items.length - 1, range.last);
  if (active < range.first) indices.push(active);
  for (let index = range.first; index <= last; index++) indices.push(index);
  if (active > last && active < items.length) indices.push(active);

  return (
    <>
      {description ? (
        <span id={descriptionId} className="visually-hidden">
          {description}
        </span>
      ) : null}
      <ul
        ref={listRef}
        className="vlist"
        aria-label={label}
        aria-describedby={description ? descriptionId : undefined}
        style={{ height: items.length * rowHeight }}
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          const row = (event.target as HTMLElement).closest('[data-index]');
          if (row) setActiveIndex(Number(row.getAttribute('data-index')));
        }}
      >
        {indices.map((index) => {
          const item = items[index];
          if (item === undefined) return null;
          return (
            <li
              key={getKey(item)}
              className="vlist-row"
              data-index={index}
              aria-setsize={items.length}
              aria-posinset={index + 1}
              style={{ top: index * rowHeight, height: rowHeight }}
            >
              {renderRow(item, index, index === active ? 0 : -1)}
            </li>
          );
        })}
      </ul>
    </>
  );
}
