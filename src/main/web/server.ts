import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isChannel, WEB_EVENTS_PATH, type PageEvent } from '../../shared/contract';
import { fail, type ErrorCode, type Result } from '../../shared/result';
import { CONTENT_SECURITY_POLICY } from '../shell/contentSecurityPolicy';
import { allowedHosts, allowedOrigins, hasToken, readBody } from './httpGuards';
import { eventStreams, type EventStreams } from './eventStreams';
import { readStaticFile } from './staticFiles';
import type { Api } from '../api';

export interface WebServerOptions {
  api: Pick<Api, 'handle'>;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** Required on every API call and on the events as `Authorization: Bearer <token>`. */
  token: string;
  /** 0 picks a free port. */
  port: number;
  /** Larger request bodies are refused with 413. */
  maxBodyBytes?: number;
}

export interface WebServer {
  port: number;
  /** The page's address, without the token. */
  origin: string;
  /** Tell every page listening to `GET /events` (src/shared/contract/events.ts). */
  send(event: PageEvent): void;
  /** Stop: the event streams end after what was sent to them, then every connection closes. */
  close(): Promise<void>;
}

/** Generous for a whole workbook with long notes; a runaway request stops here. */
export const DEFAULT_MAX_BODY_BYTES = 20 * 1024 * 1024;

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

function sendJson(response: ServerResponse, status: number, body: Result<unknown>): void {
  const headers: Record<string, string> = { 'Content-Type': 'application/json; charset=utf-8' };
  // After a refusal the rest of the request is not worth reading: drop the connection.
  if (status !== 200) headers.Connection = 'close';
  response.writeHead(status, { ...SECURITY_HEADERS, ...headers });
  response.end(JSON.stringify(body));
}

function refuse(response: ServerResponse, status: number, code: ErrorCode, message: string): void {
  sendJson(response, status, fail(code, message));
}

const KEY_NEEDED =
  'This page needs its access key. Open the full address printed when the workbook started.';

function refuseWithoutToken(response: ServerResponse): void {
  response.setHeader('WWW-Authenticate', 'Bearer');
  refuse(response, 401, 'invalid', KEY_NEEDED);
}

/**
 * `GET /events`: the server's events as Server-Sent Events, for as long as the page stays.
 * The same access key as the API, in the same header: the page reads the stream with fetch
 * (EventSource cannot send a header, and the key is kept out of addresses).
 */
function serveEvents(
  request: IncomingMessage,
  response: ServerResponse,
  options: WebServerOptions,
  streams: EventStreams,
): void {
  if (request.method !== 'GET') {
    response.setHeader('Allow', 'GET');
    refuse(response, 405, 'invalid', 'The workbook events only answer GET requests.');
    return;
  }
  if (!hasToken(request, options.token)) {
    refuseWithoutToken(response);
    return;
  }
  streams.open(response, SECURITY_HEADERS);
}

async function serveApi(
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
  options: WebServerOptions,
): Promise<void> {
  if (request.method !== 'POST') {
    response.setHeader('Allow', 'POST');
    refuse(response, 405, 'invalid', 'The workbook API only answers POST requests.');
    return;
  }
  if (!hasToken(request, options.token)) {
    refuseWithoutToken(response);
    return;
  }
  const channel = path.slice('/api/'.length);
  if (!isChannel(channel)) {
    refuse(
      response,
      404,
      'notFound',
      `There is no "${channel.slice(0, 100)}" in the workbook API.`,
    );
    return;
  }
  const body = await readBody(request, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
  if (!body.ok) {
    if (body.reason === 'tooLarge') {
      refuse(response, 413, 'invalid', 'That is more than the workbook accepts in one go.');
    }
    return;
  }
  let payload: unknown;
  try {
    payload = JSON.parse(body.text);
  } catch {
    refuse(response, 400, 'invalid', 'The request was not valid JSON.');
    return;
  }
  sendJson(response, 200, await options.api.handle(channel, payload));
}

async function serveFile(
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
  rendererDir: string,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { ...SECURITY_HEADERS, Allow: 'GET, HEAD' }).end();
    return;
  }
  const file = await readStaticFile(rendererDir, path);
  if (file === null) {
    response.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Not found');
    return;
  }
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': file.contentType,
    'Content-Length': file.body.length,
  });
  response.end(request.method === 'HEAD' ? undefined : file.body);
}

/**
 * Serve the renderer and the workbook API on 127.0.0.1 only. Every request must name this
 * server as its Host (a web page cannot rebind a domain name onto it), cross-site pages are
 * refused, and the API needs the per-run token.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  let hosts = new Set<string>();
  let origins = new Set<string>();
  const streams = eventStreams();
  const server = createServer((request, response) => {
    const host = request.headers.host ?? '';
    const origin = request.headers.origin;
    if (!hosts.has(host) || (origin !== undefined && !origins.has(origin))) {
      refuse(response, 403, 'invalid', 'This address is only for this computer’s own browser.');
      return;
    }
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === WEB_EVENTS_PATH) {
      serveEvents(request, response, options, streams);
      return;
    }
    const serving = path.startsWith('/api/')
      ? serveApi(request, response, path, options)
      : serveFile(request, response, path, options.rendererDir);
    serving.catch(() => {
      if (!response.headersSent) {
        refuse(response, 500, 'internal', 'Something went wrong on the workbook server.');
      } else {
        response.destroy();
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  hosts = allowedHosts(port);
  origins = allowedOrigins(port);
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    send: (event) => {
      streams.send(event);
    },
    close: async () => {
      const closed = new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
      await streams.end();
      server.closeAllConnections();
      await closed;
    },
  };
}
