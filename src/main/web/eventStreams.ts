import type { ServerResponse } from 'node:http';
import { serverSentEvent, type PageEvent } from '../../shared/contract';

/** A comment line every so often keeps an idle stream open and finds pages that are gone. */
export const HEARTBEAT_MS = 25_000;

/** How long closing waits for the streams to take their last event before cutting them. */
const FINISH_MS = 1_000;

/**
 * The pages listening to the server's events (`GET /events`): each one a response left open,
 * written one Server-Sent Event at a time (src/shared/contract/events.ts).
 */
export interface EventStreams {
  /** Keep `response` open as an event stream until the page goes or the server closes. */
  open(response: ServerResponse, headers: Record<string, string>): void;
  /** Tell every page listening now. */
  send(event: PageEvent): void;
  /** End every stream, after what was sent has gone out (or a second has passed). */
  end(): Promise<void>;
  /** How many pages are listening (for tests and the log). */
  readonly size: number;
}

export function eventStreams(heartbeatMs = HEARTBEAT_MS): EventStreams {
  const open = new Set<ServerResponse>();
  let timer: ReturnType<typeof setInterval> | null = null;

  const stopBeatingIfIdle = () => {
    if (open.size === 0 && timer !== null) {
      clearInterval(timer);
      timer = null;
    }
  };

  return {
    open(response, headers) {
      response.writeHead(200, {
        ...headers,
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        'X-Accel-Buffering': 'no',
      });
      // Sent at once, so the page knows it is connected before the first event.
      response.write(': connected\n\n');
      open.add(response);
      response.on('close', () => {
        open.delete(response);
        stopBeatingIfIdle();
      });
      if (timer === null) {
        timer = setInterval(() => {
          for (const stream of open) stream.write(': still here\n\n');
        }, heartbeatMs);
        timer.unref();
      }
    },
    send(event) {
      const text = serverSentEvent(event);
      for (const stream of open) stream.write(text);
    },
    async end() {
      const streams = [...open];
      await Promise.all(
        streams.map(
          (stream) =>
            new Promise<void>((resolve) => {
              const cut = setTimeout(() => {
                stream.destroy();
                resolve();
              }, FINISH_MS);
              cut.unref();
              stream.end(() => {
                clearTimeout(cut);
                resolve();
              });
            }),
        ),
      );
      open.clear();
      stopBeatingIfIdle();
    },
    get size() {
      return open.size;
    },
  };
}
