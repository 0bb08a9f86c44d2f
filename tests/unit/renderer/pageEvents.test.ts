import { describe, expect, it, vi } from 'vitest';
import type { PageEvent } from '../../../src/shared/contract';
import { serverSentEvent } from '../../../src/shared/contract';
import {
  desktopEvents,
  readServerSentEvents,
  webEvents,
} from '../../../src/renderer/src/api/events';
import { httpPost, STOPPED_SERVER_MESSAGE } from '../../../src/renderer/src/api/client';

/** A body that gives `chunks` one by one, then stays open until `end()`. */
function streamOf(chunks: readonly string[]): { body: ReadableStream<Uint8Array>; end(): void } {
  let close: () => void = () => undefined;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const encoder = new TextEncoder();
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      close = () => {
        controller.close();
      };
    },
  });
  return {
    body,
    end: () => {
      close();
    },
  };
}

/** A key holder whose key can be changed, as a restarted server's address would. */
function keyHolder(first: string | null) {
  let token = first;
  const listeners = new Set<() => void>();
  return {
    current: () => token,
    onChange(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    give(next: string) {
      token = next;
      for (const listener of listeners) listener();
    },
  };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
}

describe('reading Server-Sent Events', () => {
  it('hands over each message’s data, however the bytes were cut, and skips comments', async () => {
    const text =
      ': connected\n\n' +
      serverSentEvent({ type: 'command:run', id: 'help' }) +
      ': still here\r\n\r\n' +
      'event: x\ndata: {"a":\ndata: 1}\n\n';
    const cuts = [text.slice(0, 7), text.slice(7, 30), text.slice(30, 31), text.slice(31)];
    const stream = streamOf(cuts);
    const seen: string[] = [];
    const reading = readServerSentEvents(stream.body, (data) => seen.push(data));
    stream.end();
    await reading;
    expect(seen).toEqual(['{"type":"command:run","id":"help"}', '{"a":\n1}']);
  });

  it('reads CR LF line ends cut between two chunks as one line end', async () => {
    const stream = streamOf(['data: 1\r', '\ndata: 2\r\n\r', '\n', 'data: é', 'é\n\n']);
    const seen: string[] = [];
    const reading = readServerSentEvents(stream.body, (data) => seen.push(data));
    stream.end();
    await reading;
    expect(seen).toEqual(['1\n2', 'éé']);
  });
});

describe('web mode events', () => {
  it('listens with the access key, passes on the contract’s events and drops the rest', async () => {
    const stream = streamOf([
      ': connected\n\n',
      serverSentEvent({ type: 'command:run', id: 'undo' }),
      'data: {"type":"command:run","id":"rm -rf"}\n\n',
      'data: not json\n\n',
      serverSentEvent({ type: 'server:stopping' }),
    ]);
    const fetchImpl = vi.fn((_url: string, _init?: RequestInit) =>
      Promise.resolve(new Response(stream.body, { status: 200 })),
    );
    const events = webEvents({ key: keyHolder('k1'), fetchImpl: fetchImpl as typeof fetch });
    const seen: PageEvent[] = [];
    const stop = events.subscribe((event) => seen.push(event));
    await until(() => seen.length === 2);
    expect(seen).toEqual([{ type: 'command:run', id: 'undo' }, { type: 'server:stopping' }]);
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    const [url, init] = fetchImpl.mock.calls[0] ?? [];
    expect(url).toBe('/events');
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer k1');
    expect(events.stopped()).toBe(true);
    stop();
  });

  it('after the server stopped, or refused the key, waits for a new key, then listens again', async () => {
    const key = keyHolder('old');
    const replies: (() => Response)[] = [
      () => new Response(streamOf([serverSentEvent({ type: 'server:stopping' })]).body),
    ];
    const fetchImpl = vi.fn(() => {
      const next = replies.shift();
      return next ? Promise.resolve(next()) : Promise.reject(new TypeError('refused'));
    });
    const events = webEvents({
      key,
      fetchImpl,
      retryDelay: () => 1,
    });
    const seen: PageEvent[] = [];
    const stop = events.subscribe((event) => seen.push(event));
    await until(() => events.stopped());
    // The stream ends with the server; nobody is asked again until a new address is opened.
    await new Promise((r) => setTimeout(r, 30));
    expect(fetchImpl).toHaveBeenCalledTimes(1);

    // A restarted server, whose new address the coach opened in this tab.
    const back = streamOf([': connected\n\n']);
    replies.push(() => new Response(back.body));
    key.give('new');
    await until(() => !events.stopped());
    expect(fetchImpl).toHaveBeenCalledTimes(2);

    // An old key is refused (401): wait for the next one rather than knock again.
    back.end();
    replies.push(() => new Response('{}', { status: 401 }));
    await until(() => fetchImpl.mock.calls.length === 3);
    await new Promise((r) => setTimeout(r, 30));
    expect(fetchImpl).toHaveBeenCalledTimes(3);
    stop();
  });

  it('tries again a little later when the stream breaks without a word', async () => {
    let calls = 0;
    const fetchImpl = vi.fn(() => {
      calls += 1;
      return calls === 1
        ? Promise.reject(new TypeError('Failed to fetch'))
        : Promise.resolve(new Response(streamOf([': connected\n\n']).body));
    });
    const events = webEvents({
      key: keyHolder('k'),
      fetchImpl,
      retryDelay: () => 1,
    });
    const stop = events.subscribe(() => undefined);
    await until(() => calls === 2);
    stop();
  });

  it('listens only while the page is on screen, leaving connections to the tab in front', async () => {
    let hidden = true;
    const changes = new Set<() => void>();
    const visibility = {
      hidden: () => hidden,
      onChange(listener: () => void) {
        changes.add(listener);
        return () => changes.delete(listener);
      },
    };
    const signals: AbortSignal[] = [];
    const fetchImpl = vi.fn((_url: RequestInfo | URL, init?: RequestInit) => {
      if (init?.signal) signals.push(init.signal);
      return Promise.resolve(new Response(streamOf([': connected\n\n']).body));
    });
    const events = webEvents({ key: keyHolder('k'), fetchImpl, visibility });
    const stop = events.subscribe(() => undefined);
    const show = (next: boolean) => {
      hidden = !next;
      for (const listener of changes) listener();
    };
    await new Promise((r) => setTimeout(r, 20));
    expect(fetchImpl).not.toHaveBeenCalled();
    show(true);
    await until(() => fetchImpl.mock.calls.length === 1);
    // Shown again while listening: the same stream goes on.
    show(true);
    await new Promise((r) => setTimeout(r, 20));
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    show(false);
    expect(signals[0]?.aborted).toBe(true);
    show(true);
    await until(() => fetchImpl.mock.calls.length === 2);
    stop();
    expect(signals[1]?.aborted).toBe(true);
    expect(changes.size).toBe(0);
  });

  it('says the server was stopped, rather than that it is not answering, when it said so', async () => {
    let stopped = false;
    const post = httpPost(
      { current: () => 'k' },
      () => Promise.reject(new TypeError('Failed to fetch')),
      () => stopped,
    );
    const before = await post('workbook:info', {});
    expect(before.ok || before.error.message).toContain('not answering');
    stopped = true;
    const after = await post('workbook:info', {});
    expect(after).toEqual({ ok: false, error: { code: 'io', message: STOPPED_SERVER_MESSAGE } });
  });
});

describe('desktop events', () => {
  it('passes on only what the contract describes, and tells main through the preload', () => {
    let deliver: (content: unknown) => void = () => undefined;
    const tell = vi.fn();
    const channel = desktopEvents({
      subscribe: (listener) => {
        deliver = listener;
        return () => undefined;
      },
      tell,
    });
    const seen: PageEvent[] = [];
    channel.subscribe((event) => seen.push(event));
    deliver({ type: 'command:run', id: 'export' });
    deliver({ type: 'command:run', id: 'nope' });
    deliver(null);
    expect(seen).toEqual([{ type: 'command:run', id: 'export' }]);
    channel.tell({ type: 'menu:state', enabled: { undo: false } });
    expect(tell).toHaveBeenCalledWith({ type: 'menu:state', enabled: { undo: false } });
  });
});
