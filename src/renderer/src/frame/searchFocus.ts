/**
 * The "search clients" shortcut works from any screen: it asks the clients list to focus its
 * search box, now if it is showing, or as soon as it mounts.
 */
let pending = false;
const listeners = new Set<() => void>();

export function requestSearchFocus(): void {
  pending = true;
  for (const listener of listeners) listener();
}

/** For the clients list: call `focus` whenever search focus is asked for. */
export function onSearchFocusRequest(focus: () => void): () => void {
  const listener = () => {
    if (!pending) return;
    pending = false;
    focus();
  };
  listeners.add(listener);
  listener();
  return () => listeners.delete(listener);
}
