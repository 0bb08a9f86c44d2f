/**
 * The contract's one-way channels as the page has them (src/shared/contract/events.ts): events
 * from main, and messages to it. In the desktop app both go over IPC (`window.workbookShell`,
 * set by the preload); in web mode the events come as Server-Sent Events from `GET /events`,
 * read with fetch so the access key goes in the same header as the API's, and there is no one
 * to tell (the web server has no menu). Every event is checked against the contract.
 */
import {
  readPageEvent,
  WEB_EVENTS_PATH,
  type PageEvent,
  type PageMessage,
} from '../../../shared/contract';
import type { WorkbookShell } from '../../../preload/api';
import type { AccessKey } from './accessKey';

export type PageEventListener = (event: PageEvent) => void;

export interface PageChannel {
  /** Be told each event main sends. Answers a function that stops telling. */
  subscribe(listener: PageEventListener): () => void;
  /** Tell main something (nothing happens in web mode). */
  tell(message: PageMessage): void;
}

/**
 * Read a Server-Sent Events body and hand over each message's data (its `data:` lines joined).
 * Comments (`: …`, the server's heartbeat) and the other fields are skipped. Resolves when the
 * stream ends; rejects when it breaks.
 */
export async function readServerSentEvents(
  body: ReadableStream<Uint8Array>,
  onData: (data: string) => void,
): Promise<void> {
  const reader = body.getReader();
  // Streaming: a character cut between two chunks is put together again.
  const decoder = new TextDecoder();
  let buffer = '';
  /** A CR at the end of a chunk, held until the next shows whether an LF follows it. */
  let carry = '';
  const flush = (block: string) => {
    const data = block
      .split('\n')
      .filter((line) => line.startsWith('data:'))
      .map((line) => line.slice('data:'.length).replace(/^ /, ''));
    if (data.length > 0) onData(data.join('\n'));
  };
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    let text = carry + decoder.decode(value, { stream: true });
    carry = text.endsWith('\r') ? '\r' : '';
    if (carry !== '') text = text.slice(0, -1);
    buffer += text.replace(/\r\n?/g, '\n');
    let end = buffer.indexOf('\n\n');
    while (end !== -1) {
      flush(buffer.slice(0, end));
      buffer = buffer.slice(end + 2);
      end = buffer.indexOf('\n\n');
    }
  }
}

/** How long to wait before listening again after the stream broke: 1 s, 2 s, 4 s… up to 30 s. */
export function retryDelay(attempt: number): number {
  return Math.min(30_000, 1_000 * 2 ** Math.max(0, attempt - 1));
}

/** Whether the page is on screen (the document's visibility), for the stream to follow. */
export interface PageVisibility {
  hidden(): boolean;
  onChange(listener: () => void): () => void;
}

export interface WebEventsOptions {
  key: Pick<AccessKey, 'current' | 'onChange'>;
  fetchImpl: typeof fetch;
  retryDelay?: (attempt: number) => number;
  /** Absent: always listening. */
  visibility?: PageVisibility;
}

/** Web mode's events: one stream while anyone listens, kept open across breaks and new keys. */
export interface WebEvents extends PageChannel {
  /** The server said it is stopping, and no server has been heard since. */
  stopped(): boolean;
}

/**
 * Listen to the web server's events. The stream is opened when the first listener comes and
 * closed when the last goes. When it breaks it is opened again a little later; when the server
 * refuses the key, or said it was stopping (a restarted server has a new key), it waits for the
 * page to be given a new key.
 *
 * Only while the page is on screen: a browser opens at most six connections to one server, for
 * all its tabs, and a stream holds one for as long as it is open. Tabs left in the background
 * must not take the connections the one in front needs for its saves.
 */
export function webEvents(options: WebEventsOptions): WebEvents {
  const delay = options.retryDelay ?? retryDelay;
  const listeners = new Set<PageEventListener>();
  /** The server said it is stopping; nobody has been heard since. */
  let stopped = false;
  /** The server refused the key: a new one is needed to listen again. */
  let refused = false;
  /** A stream is open or on its way (or a retry is waiting). */
  let live = false;
  /** Counts connections, so that an old one's end does nothing once a newer one started. */
  let generation = 0;
  let abort: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const unwatch: (() => void)[] = [];

  const emit = (event: PageEvent) => {
    if (event.type === 'server:stopping') stopped = true;
    for (const listener of [...listeners]) listener(event);
  };

  const disconnect = () => {
    generation += 1;
    live = false;
    abort?.abort();
    abort = null;
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const connect = (attempt: number) => {
    disconnect();
    const token = options.key.current();
    // No key, or off screen: nothing to listen with, or for, until that changes.
    if (token === null || options.visibility?.hidden() === true) return;
    const mine = generation;
    const controller = new AbortController();
    abort = controller;
    live = true;
    const again = () => {
      if (mine !== generation) return;
      if (refused || stopped) {
        // A new key calls connect() again.
        live = false;
        return;
      }
      timer = setTimeout(() => {
        connect(attempt + 1);
      }, delay(attempt));
    };
    void (async () => {
      let response: Response;
      try {
        response = await options.fetchImpl(WEB_EVENTS_PATH, {
          headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' },
          cache: 'no-store',
          signal: controller.signal,
        });
      } catch {
        again();
        return;
      }
      if (!response.ok || response.body === null) {
        refused = response.status === 401;
        again();
        return;
      }
      // A server is here: whatever stopped before is back.
      stopped = false;
      attempt = 0;
      try {
        await readServerSentEvents(response.body, (data) => {
          if (mine !== generation) return;
          let parsed: unknown;
          try {
            parsed = JSON.parse(data);
          } catch {
            return;
          }
          const event = readPageEvent(parsed);
          if (event !== null) emit(event);
        });
      } catch {
        // Broken off (the server went, or this page stopped listening): see below.
      }
      again();
    })();
  };

  const start = () => {
    unwatch.push(
      options.key.onChange(() => {
        refused = false;
        connect(1);
      }),
    );
    const visibility = options.visibility;
    if (visibility !== undefined) {
      unwatch.push(
        visibility.onChange(() => {
          if (visibility.hidden()) disconnect();
          else if (!live && !refused && !stopped) connect(1);
        }),
      );
    }
    connect(1);
  };

  const stop = () => {
    for (const done of unwatch.splice(0)) done();
    disconnect();
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) start();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) stop();
      };
    },
    tell() {
      // The web server has no menu: nothing to tell it.
    },
    stopped: () => stopped,
  };
}

/** The desktop app's channels, over the preload's IPC. */
export function desktopEvents(shell: WorkbookShell): PageChannel {
  return {
    subscribe(listener) {
      return shell.subscribe((content) => {
        const event = readPageEvent(content);
        if (event !== null) listener(event);
      });
    },
    tell(message) {
      shell.tell(message);
    },
  };
}
