/**
 * The IPC names of the two one-way channels beside the request channels (events.ts describes
 * what travels on them). Kept apart from events.ts, free of zod, for the preload: it must stay
 * one small file that requires nothing but electron.
 */

/** Main → page: one `PageEvent` per message. */
export const PAGE_EVENTS_IPC = 'page:event';

/** Page → main: one `PageMessage` per message. */
export const PAGE_MESSAGES_IPC = 'page:message';

/** Web mode: where the page reads main's events, as Server-Sent Events (GET, with the access key). */
export const WEB_EVENTS_PATH = '/events';
