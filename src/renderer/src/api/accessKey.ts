/**
 * The web server's access key (its per-run token). `npm run web` prints the page's address with
 * the key in the fragment, `…/#token=KEY`; the page keeps the key for this tab and takes it out
 * of the address bar so it does not linger in history. The fragment also carries the page's
 * route (`#/clients`, see router.ts): a fragment may hold both, `#/clients&token=KEY`.
 *
 * A restarted server has a new key. Opening its new address in the same tab changes only the
 * fragment, so the page is not reloaded: the key is picked up on `hashchange` and every later
 * request carries it.
 */

const STORAGE_KEY = 'coaching-workbook.token';
const TOKEN_PART = 'token=';

/** The address bar as the access key needs it (the browser's Location and History). */
export interface AddressBar {
  readonly location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  readonly history: Pick<History, 'state' | 'replaceState'>;
}

/** Where the key is kept for the tab, so a reload works (the browser's sessionStorage). */
export type KeyStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** A fragment split into the access key it carries, if any, and the route that is left. */
export interface SplitHash {
  /** The key, decoded; null when the fragment has none (an empty `token=` counts as none). */
  token: string | null;
  /** The fragment without the key, with its `#`, or '' when nothing is left. */
  route: string;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Split `#/clients&token=KEY` (or `#token=KEY`, or `#/clients`) into key and route. */
export function splitHash(hash: string): SplitHash {
  const parts = hash.replace(/^#/, '').split('&');
  let token: string | null = null;
  const rest: string[] = [];
  for (const part of parts) {
    if (part.startsWith(TOKEN_PART)) {
      const value = decode(part.slice(TOKEN_PART.length));
      if (value !== '') token = value;
    } else if (part !== '') {
      rest.push(part);
    }
  }
  return { token, route: rest.length > 0 ? `#${rest.join('&')}` : '' };
}

/** The fragment's route with any access key taken out (what the router should read). */
export function routeOfHash(hash: string): string {
  return hash.includes(TOKEN_PART) ? splitHash(hash).route : hash;
}

function stored(storage: KeyStorage): string | null {
  try {
    return storage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function store(storage: KeyStorage, token: string): void {
  try {
    storage.setItem(STORAGE_KEY, token);
  } catch {
    // Storage refused (full, or turned off): the key still works until the page is reloaded.
  }
}

/**
 * The key in the address, if there is one: kept in `storage` and taken out of the address bar,
 * leaving the route (or `fallbackRoute` when the address had no route). Otherwise the key kept
 * earlier in this tab, if any.
 */
export function takeToken(
  location: AddressBar['location'],
  history: AddressBar['history'],
  storage: KeyStorage,
  fallbackRoute = '',
): string | null {
  if (!location.hash.includes(TOKEN_PART)) return stored(storage);
  const { token, route } = splitHash(location.hash);
  history.replaceState(
    history.state,
    '',
    `${location.pathname}${location.search}${route === '' ? fallbackRoute : route}`,
  );
  if (token === null) return stored(storage);
  store(storage, token);
  return token;
}

/** The browser window as the key holder needs it. */
export interface KeyWindow extends AddressBar {
  addEventListener(
    type: 'hashchange',
    listener: (event: Pick<HashChangeEvent, 'oldURL'>) => void,
    options: AddEventListenerOptions,
  ): void;
  removeEventListener(
    type: 'hashchange',
    listener: (event: Pick<HashChangeEvent, 'oldURL'>) => void,
    options: EventListenerOptions,
  ): void;
}

/** The access key of this tab, always the newest one it was given. */
export interface AccessKey {
  /** The key to send with the next request, or null when the page was opened without one. */
  current(): string | null;
  /** Be told when a new key arrives (the coach opened the address a restarted server printed). */
  onChange(listener: () => void): () => void;
  /** Stop listening to the address bar. */
  stop(): void;
}

/**
 * Hold the page's access key: the one in the address (or kept for this tab) now, and the one
 * in any address opened later in the same tab. An address with only a key keeps the page on the
 * route it was showing.
 */
export function holdAccessKey(page: KeyWindow, storage: KeyStorage): AccessKey {
  let token = takeToken(page.location, page.history, storage);
  const listeners = new Set<() => void>();

  const onHashChange = (event: Pick<HashChangeEvent, 'oldURL'>): void => {
    if (!page.location.hash.includes(TOKEN_PART)) return;
    const next = takeToken(page.location, page.history, storage, previousRoute(event.oldURL));
    if (next === null || next === token) return;
    token = next;
    for (const listener of [...listeners]) listener();
  };
  // Capture, so the key is out of the address before the router reads the new fragment.
  page.addEventListener('hashchange', onHashChange, { capture: true });

  return {
    current: () => token,
    onChange(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    stop() {
      page.removeEventListener('hashchange', onHashChange, { capture: true });
      listeners.clear();
    },
  };
}

/** The route of the address the page was on before (a `hashchange` event's oldURL). */
function previousRoute(oldURL: string): string {
  const at = oldURL.indexOf('#');
  return at === -1 ? '' : splitHash(oldURL.slice(at)).route;
}
