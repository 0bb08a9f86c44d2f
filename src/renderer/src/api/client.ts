/**
 * The renderer's way to the workbook: `window.workbook` in the desktop app (set by the
 * preload), otherwise the same calls over HTTP to the `npm run web` server. Either way every
 * call resolves with a Result and never throws.
 */
import type { ChannelOutput, WorkbookApi } from '../../../shared/contract';
import { workbookApiOver, type Send } from '../../../shared/contract/api';
import { fail, type Result } from '../../../shared/result';

const TOKEN_KEY = 'coaching-workbook.token';
const TOKEN_PREFIX = '#token=';

/**
 * The web server's token: taken from the address the server printed (`#token=…`), then removed
 * from the address bar so it does not linger in history, and kept for this tab so a reload works.
 */
export function takeToken(location: Location, history: History, storage: Storage): string | null {
  if (location.hash.startsWith(TOKEN_PREFIX)) {
    const token = decodeURIComponent(location.hash.slice(TOKEN_PREFIX.length).split('&')[0] ?? '');
    storage.setItem(TOKEN_KEY, token);
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    return token;
  }
  return storage.getItem(TOKEN_KEY);
}

function isResult(value: unknown): value is Result<unknown> {
  return (
    typeof value === 'object' && value !== null && typeof Reflect.get(value, 'ok') === 'boolean'
  );
}

/** One channel over HTTP: POST /api/<channel> with the input as JSON, a Result back. */
function httpPost(token: string | null, fetchImpl: typeof fetch): Send {
  return async (channel, input) => {
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
      return fail('io', 'The workbook is not answering. Is `npm run web` still running?');
    }
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

/** The workbook API for this page: the desktop bridge when there is one, HTTP otherwise. */
export function connectWorkbook(): WorkbookApi {
  if (window.workbook !== undefined) return window.workbook;
  const token = takeToken(window.location, window.history, window.sessionStorage);
  return workbookApiOver(httpPost(token, window.fetch.bind(window)));
}
