import { z } from 'zod';
import { ACTION_IDS } from '../actions';

/**
 * The contract's other direction. The request channels (index.ts) are the page asking and main
 * answering; here main tells the page something unasked (events), and the page tells main
 * something it needs to know (messages), without waiting for an answer.
 *
 * Events travel over IPC in the desktop app (eventChannels.ts) and as Server-Sent Events from
 * the web server (`GET /events`, with the same access key as the API), one JSON object each.
 * Both ends check what they receive against these schemas: neither trusts the other's build.
 */

export const actionId = z.enum(ACTION_IDS);

/** Main → page. */
export const pageEvent = z.discriminatedUnion('type', [
  /** Run one of the page's actions, as its keys would: the coach chose it in the menu. */
  z.strictObject({ type: z.literal('command:run'), id: actionId }),
  /**
   * The web server is stopping (Ctrl+C in its terminal): every change it answered is on disk.
   * The page says so, and keeps what is typed from now on until a server is back.
   */
  z.strictObject({ type: z.literal('server:stopping') }),
]);
export type PageEvent = z.output<typeof pageEvent>;
export type PageEventType = PageEvent['type'];

/** Page → main (desktop app only: the web server has no menu to tell). */
export const pageMessage = z.discriminatedUnion('type', [
  /**
   * Which of the menu's actions the page can do now (Undo with nothing to undo cannot): the
   * menu greys out the others. Sent when it changes.
   */
  z.strictObject({
    type: z.literal('menu:state'),
    enabled: z.partialRecord(actionId, z.boolean()),
  }),
]);
export type PageMessage = z.output<typeof pageMessage>;
export type MenuState = Extract<PageMessage, { type: 'menu:state' }>;

/** `value` as an event, or null when it is not one this contract knows. */
export function readPageEvent(value: unknown): PageEvent | null {
  const parsed = pageEvent.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** `value` as a page message, or null when it is not one this contract knows. */
export function readPageMessage(value: unknown): PageMessage | null {
  const parsed = pageMessage.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * One event as a Server-Sent Events message: its type as the event name, itself as the data
 * (JSON has no line breaks unless asked, so it is one `data:` line).
 */
export function serverSentEvent(event: PageEvent): string {
  return `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}
