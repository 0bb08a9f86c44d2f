import { describe, expect, it } from 'vitest';
import {
  holdAccessKey,
  splitHash,
  takeToken,
  type KeyStorage,
  type KeyWindow,
} from '../../../src/renderer/src/api/accessKey';
import { httpPost } from '../../../src/renderer/src/api/client';
import { parseRoute } from '../../../src/renderer/src/router';

const ORIGIN = 'http://127.0.0.1:4173';

/** sessionStorage, in memory. */
class MemoryStorage implements KeyStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

/** A storage the browser refuses to use (storage turned off). */
class RefusingStorage implements KeyStorage {
  getItem(): string | null {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  }
  setItem(): void {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  }
}

type HashListener = (event: Pick<HashChangeEvent, 'oldURL'>) => void;

/**
 * A browser tab as far as the key holder sees it: the address (Location), History's
 * replaceState, and `hashchange` when an address differing only in its fragment is opened.
 */
class FakeTab implements KeyWindow {
  readonly location = { hash: '', pathname: '/', search: '' };
  readonly history = {
    state: null,
    replaceState: (_state: unknown, _unused: string, url?: string | URL | null): void => {
      if (url !== undefined && url !== null) this.setAddress(new URL(url, this.href()));
    },
  };
  private readonly listeners: { listener: HashListener; capture: boolean }[] = [];

  constructor(address: string) {
    this.setAddress(new URL(address));
  }

  href(): string {
    return `${ORIGIN}${this.location.pathname}${this.location.search}${this.location.hash}`;
  }

  addEventListener(type: 'hashchange', listener: HashListener, options: AddEventListenerOptions) {
    this.listeners.push({ listener, capture: options.capture === true });
  }

  removeEventListener(type: 'hashchange', listener: HashListener) {
    const at = this.listeners.findIndex((entry) => entry.listener === listener);
    if (at !== -1) this.listeners.splice(at, 1);
  }

  /** Type an address of the same page into the address bar: only the fragment changes. */
  open(address: string): void {
    const oldURL = this.href();
    this.setAddress(new URL(address));
    const ordered = [
      ...this.listeners.filter((entry) => entry.capture),
      ...this.listeners.filter((entry) => !entry.capture),
    ];
    for (const { listener } of ordered) listener({ oldURL });
  }

  private setAddress(url: URL): void {
    this.location.pathname = url.pathname;
    this.location.search = url.search;
    this.location.hash = url.hash;
  }
}

describe('splitHash', () => {
  it('separates the key from the route, whichever comes first', () => {
    expect(splitHash('#token=abc')).toEqual({ token: 'abc', route: '' });
    expect(splitHash('#/clients/c1&token=abc')).toEqual({ token: 'abc', route: '#/clients/c1' });
    expect(splitHash('#token=abc&/practice')).toEqual({ token: 'abc', route: '#/practice' });
    expect(splitHash('#/clients')).toEqual({ token: null, route: '#/clients' });
    expect(splitHash('#token=a%2Bb')).toEqual({ token: 'a+b', route: '' });
    expect(splitHash('#token=')).toEqual({ token: null, route: '' });
  });
});

describe('takeToken', () => {
  it('keeps the key from the printed address for the tab and takes it out of the address bar', () => {
    const tab = new FakeTab(`${ORIGIN}/#token=first-key`);
    const storage = new MemoryStorage();
    expect(takeToken(tab.location, tab.history, storage)).toBe('first-key');
    expect(tab.href()).toBe(`${ORIGIN}/`);
    // A reload: the address has no key any more, the tab still has it.
    expect(takeToken(tab.location, tab.history, storage)).toBe('first-key');
  });

  it('leaves the route of an address that carried both', () => {
    const tab = new FakeTab(`${ORIGIN}/?x=1#/clients/c%2F1&token=k`);
    expect(takeToken(tab.location, tab.history, new MemoryStorage())).toBe('k');
    expect(tab.href()).toBe(`${ORIGIN}/?x=1#/clients/c%2F1`);
  });

  it('answers null when the page was opened without a key', () => {
    const tab = new FakeTab(`${ORIGIN}/`);
    expect(takeToken(tab.location, tab.history, new MemoryStorage())).toBeNull();
  });
});

describe('holdAccessKey', () => {
  it('takes a new key from an address opened in the same tab, and the page stays where it was', () => {
    const storage = new MemoryStorage();
    const tab = new FakeTab(`${ORIGIN}/#token=old-key`);
    const key = holdAccessKey(tab, storage);
    tab.open(`${ORIGIN}/#/clients/c1`);
    let changes = 0;
    key.onChange(() => (changes += 1));

    // The server restarted and printed a new address; the coach opens it in this tab.
    tab.open(`${ORIGIN}/#token=new-key`);

    expect(key.current()).toBe('new-key');
    expect(changes).toBe(1);
    expect(tab.href()).toBe(`${ORIGIN}/#/clients/c1`);
    // A reload after that uses the new key.
    expect(holdAccessKey(new FakeTab(`${ORIGIN}/`), storage).current()).toBe('new-key');
  });

  it('takes the key out before the router reads the new fragment', () => {
    const tab = new FakeTab(`${ORIGIN}/#/practice`);
    const key = holdAccessKey(tab, new MemoryStorage());
    const seenByRouter: string[] = [];
    tab.addEventListener('hashchange', () => seenByRouter.push(tab.location.hash), {});
    tab.open(`${ORIGIN}/#token=k`);
    expect(key.current()).toBe('k');
    expect(seenByRouter).toEqual(['#/practice']);
  });

  it('moving between pages, or opening the same key again, changes nothing', () => {
    const tab = new FakeTab(`${ORIGIN}/#token=k`);
    const key = holdAccessKey(tab, new MemoryStorage());
    let changes = 0;
    key.onChange(() => (changes += 1));
    tab.open(`${ORIGIN}/#/clients`);
    tab.open(`${ORIGIN}/#token=k`);
    expect(key.current()).toBe('k');
    expect(changes).toBe(0);
    expect(tab.href()).toBe(`${ORIGIN}/#/clients`);
  });

  it('a page opened without a key gets one when its address is opened', () => {
    const tab = new FakeTab(`${ORIGIN}/`);
    const key = holdAccessKey(tab, new MemoryStorage());
    expect(key.current()).toBeNull();
    tab.open(`${ORIGIN}/#token=k`);
    expect(key.current()).toBe('k');
    expect(tab.href()).toBe(`${ORIGIN}/`);
  });

  it('works for the page’s lifetime when the browser keeps no storage', () => {
    const tab = new FakeTab(`${ORIGIN}/#token=k1`);
    const key = holdAccessKey(tab, new RefusingStorage());
    expect(key.current()).toBe('k1');
    tab.open(`${ORIGIN}/#token=k2`);
    expect(key.current()).toBe('k2');
  });

  it('stops listening when stopped', () => {
    const tab = new FakeTab(`${ORIGIN}/#token=k1`);
    const key = holdAccessKey(tab, new MemoryStorage());
    key.stop();
    tab.open(`${ORIGIN}/#token=k2`);
    expect(key.current()).toBe('k1');
  });
});

describe('parseRoute', () => {
  it('ignores an access key in the fragment', () => {
    expect(parseRoute('#token=abc')).toEqual({ name: 'home' });
    expect(parseRoute('#/clients/c1&token=abc')).toEqual({ name: 'client', id: 'c1' });
  });
});

describe('httpPost', () => {
  /** The server, as the page sees it: records the key each request carried. */
  function fakeServer(acceptedKey: string) {
    const keys: (string | null)[] = [];
    const fetchImpl: typeof fetch = (_input, init) => {
      const authorization = new Headers(init?.headers).get('Authorization');
      const key = authorization?.replace(/^Bearer /, '') ?? null;
      keys.push(key);
      const accepted = key === acceptedKey;
      const body = accepted
        ? { ok: true, value: { state: 'ok' } }
        : { ok: false, error: { code: 'invalid', message: 'This page needs its access key.' } };
      return Promise.resolve(new Response(JSON.stringify(body), { status: accepted ? 200 : 401 }));
    };
    return { keys, fetchImpl };
  }

  it('sends the newest key with every request', async () => {
    const tab = new FakeTab(`${ORIGIN}/#token=old`);
    const key = holdAccessKey(tab, new MemoryStorage());
    const server = fakeServer('new');
    const send = httpPost(key, server.fetchImpl);

    const refused = await send('workbook:info', {});
    tab.open(`${ORIGIN}/#token=new`);
    const accepted = await send('workbook:info', {});

    expect(server.keys).toEqual(['old', 'new']);
    expect(refused.ok).toBe(false);
    expect(accepted.ok).toBe(true);
  });

  it('a refused old key tells the coach to open the new address, and saves will be retried', async () => {
    const tab = new FakeTab(`${ORIGIN}/#token=old`);
    const send = httpPost(holdAccessKey(tab, new MemoryStorage()), fakeServer('new').fetchImpl);
    const result = await send('workbook:info', {});
    if (result.ok) throw new Error('the old key was accepted');
    // `io` is a passing failure: the save queue tries again, and succeeds once the key is new.
    expect(result.error.code).toBe('io');
    expect(result.error.message).toContain('probably restarted');
    expect(result.error.message).toContain('Open the new address it printed, in this tab');
  });

  it('a page without any key is told it needs its access key', async () => {
    const send = httpPost(
      holdAccessKey(new FakeTab(`${ORIGIN}/`), new MemoryStorage()),
      fakeServer('k').fetchImpl,
    );
    const result = await send('workbook:info', {});
    expect(result.ok ? '' : result.error.message).toContain('needs its access key');
  });
});
