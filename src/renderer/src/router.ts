import { useSyncExternalStore } from 'react';
import { routeOfHash } from './api/accessKey';

/** Every screen of the app, addressed by the URL fragment so it works from file:// too. */
export type Route =
  | { name: 'home' }
  | { name: 'clients' }
  | { name: 'client'; id: string }
  | { name: 'worksheet'; id: string }
  | { name: 'mine' }
  | { name: 'practice' }
  | { name: 'template' };

/** The route in a URL fragment; an access key in it (`#token=…`, see accessKey.ts) is ignored. */
export function parseRoute(hash: string): Route {
  const parts = routeOfHash(hash)
    .replace(/^#\/?/, '')
    .split('/')
    .filter(Boolean)
    .map(decodeURIComponent);
  const [first, second] = parts;
  if (first === 'clients' && second) return { name: 'client', id: second };
  if (first === 'clients') return { name: 'clients' };
  if (first === 'worksheets' && second) return { name: 'worksheet', id: second };
  if (first === 'my-worksheets') return { name: 'mine' };
  if (first === 'practice' && second === 'template') return { name: 'template' };
  if (first === 'practice') return { name: 'practice' };
  return { name: 'home' };
}

export function href(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'clients':
      return '#/clients';
    case 'client':
      return `#/clients/${encodeURIComponent(route.id)}`;
    case 'worksheet':
      return `#/worksheets/${encodeURIComponent(route.id)}`;
    case 'mine':
      return '#/my-worksheets';
    case 'practice':
      return '#/practice';
    case 'template':
      return '#/practice/template';
  }
}

export function navigate(route: Route): void {
  window.location.hash = href(route);
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => {
    window.removeEventListener('hashchange', listener);
  };
}

/** The current route; re-renders when it changes. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
