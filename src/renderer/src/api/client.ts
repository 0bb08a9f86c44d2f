/**
 * The renderer's way to the workbook: `window.workbook` in the desktop app (set by the
 * preload), otherwise the same calls over HTTP to the `npm run web` server. Either way every
 * call resolves with a Result and never throws.
 */
import type { ChannelOutput, WorkbookApi } from '../../../shared/contract';
import { workbookApiOver, type Send } from '../../../shared/contract/api';
import { fail, type Result } from '../../../shared/result';
import { holdAccessKey, type AccessKey } from './accessKey';
import { desktopEvents, webEvents, type PageChannel, type WebEvents } from './events';

function isResult(value: unknown): value is Result<unknown> {
  return (
    typeof value === 'object' && value !== null && typeof Reflect.get(value, 'ok') === 'boolean'
  );
}

/**
 * What to tell the coach when the server refuses the page's access key. The refusal is passing
 * (code `io`, so waiting saves are tried again): opening the new address in this tab gives the
 * page the new key without a reload, and what was typed is still here to be saved.
 */
export function refusedKeyMessage(hadKey: boolean): string {
  return hadKey
    ? 'This page’s access key is out of date: the workbook was probably restarted. ' +
        'Open the new address it printed, in this tab; your changes are kept.'
    : 'This page needs its access key. Open the full address `npm run web` printed ' +
        '(it ends in #token=…).';
}

/**
 * What to tell the coach when the server does not answer after it said it was stopping (Ctrl+C
 * in its terminal): nothing is wrong, and nothing typed is lost.
 */
export const STOPPED_SERVER_MESSAGE =
  'The workbook server was stopped. What you type now is kept in this browser: start it again ' +
  'and open the address it prints, in this tab.';

/**
 * One channel over HTTP: POST /api/<channel> with the input as JSON, a Result back. The key is
 * read at each call, so a key given to the page later (see accessKey.ts) is used from then on.
 * `serverStopped`: whether the server said it was stopping (see events.ts), to say so rather
 * than that it is not answering.
 */
export function httpPost(
  key: Pick<AccessKey, 'current'>,
  fetchImpl: typeof fetch,
  serverStopped: () => boolean = () => false,
): Send {
  return async (channel, input) => {
    const token = key.current();
    let response: Response;
    try {
      response = await fetchImpl(`/api/${channel}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${token ?? ''}`,
        },
        body: JSON.stringify(input),
      });
    } catch {
      return fail(
        'io',
        serverStopped()
          ? STOPPED_SERVER_MESSAGE
          : 'The workbook is not answering. Is `npm run web` still running?',
      );
    }
    if (response.status === 401) return fail('io', refusedKeyMessage(token !== null));
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return fail(
        'internal',
        `The workbook answered something unexpected (status ${response.status}).`,
      );
    }
    // The server is ours and answers with the contract's output; the shape check guards the transport.
    return isResult(body)
      ? (body as Result<ChannelOutput<typeof channel>>)
      : fail('internal', 'The workbook answered something unexpected.');
  };
}

let pageKey: AccessKey | null = null;

/** This page's access key in web mode, held from the first time it is asked for. */
function accessKey(): AccessKey {
  pageKey ??= holdAccessKey(window, window.sessionStorage);
  return pageKey;
}

let serverEvents: WebEvents | null = null;

/** Web mode's event stream, one for the page, opened from the first time it is asked for. */
function webServerEvents(): WebEvents {
  serverEvents ??= webEvents({
    key: accessKey(),
    fetchImpl: window.fetch.bind(window),
    visibility: {
      hidden: () => document.visibilityState === 'hidden',
      onChange(listener) {
        document.addEventListener('visibilitychange', listener);
        return () => {
          document.removeEventListener('visibilitychange', listener);
        };
      },
    },
  });
  return serverEvents;
}

/** The workbook API for this page: the desktop bridge when there is one, HTTP otherwise. */
export function connectWorkbook(): WorkbookApi {
  if (window.workbook !== undefined) return window.workbook;
  const events = webServerEvents();
  return workbookApiOver(httpPost(accessKey(), window.fetch.bind(window), () => events.stopped()));
}

/** Main's events and messages to it: over IPC in the desktop app, HTTP in web mode. */
export function connectPageChannel(): PageChannel {
  if (window.workbookShell !== undefined) return desktopEvents(window.workbookShell);
  return webServerEvents();
}

/**
 * Be told when the page is given a new access key (web mode: the coach opened the address a
 * restarted server printed), to retry at once what the old key could not do. Never called in
 * the desktop app. Answers a function that stops telling.
 */
export function onNewAccessKey(listener: () => void): () => void {
  if (window.workbook !== undefined) return () => undefined;
  return accessKey().onChange(listener);
}
