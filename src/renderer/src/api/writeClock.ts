/**
 * When this page last had the workbook written. The save queue knows when an edit was saved, but
 * archive, restore, delete, export, mark as sent and the other actions go to main directly; the
 * title bar's "saved at" must move after those too. Every call goes through `recordWrites`, so
 * this sees them all without the model having to report each one.
 */
import { useSyncExternalStore } from 'react';
import type { Channel, ChannelOutput, WorkbookApi } from '../../../shared/contract';
import { workbookApiOver, type Send } from '../../../shared/contract/api';
import { fail, type Result } from '../../../shared/result';

/** Channels that have written the workbook (or, for exports, a document) when they succeed. */
const WRITES: ReadonlySet<Channel> = new Set<Channel>([
  'practice:update',
  'template:save',
  'clients:create',
  'clients:update',
  'clients:archive',
  'clients:restore',
  'clients:delete',
  'clients:undelete',
  'worksheets:create',
  'worksheets:save',
  'worksheets:duplicate',
  'worksheets:delete',
  'worksheets:undelete',
  'agreements:create',
  'agreements:markSent',
  'agreements:markSigned',
  'agreements:newVersion',
  'exports:save',
  'exports:saveToFolder',
]);

let lastWriteAt: number | null = null;
const listeners = new Set<() => void>();

/** An export the coach cancelled in the save dialog wrote nothing. */
function cancelled(value: unknown): boolean {
  return (
    typeof value === 'object' && value !== null && Reflect.get(value, 'status') === 'cancelled'
  );
}

function noteWrite(at: number): void {
  lastWriteAt = at;
  for (const listener of listeners) listener();
}

/** One channel, sent by calling the method of `api` that carries it. */
function sendThrough(api: WorkbookApi): Send {
  return async (channel, input) => {
    const [namespace = '', verb = ''] = channel.split(':');
    const group: unknown = Reflect.get(api, namespace);
    const method: unknown =
      typeof group === 'object' && group !== null ? Reflect.get(group, verb) : undefined;
    if (typeof method !== 'function') return fail('internal', `No way to call ${channel}.`);
    // The method is the api's own for this very channel, so its answer has the channel's type.
    return (await method.call(group, input)) as Result<ChannelOutput<typeof channel>>;
  };
}

/**
 * `api`, with the time of each successful write kept for `useLastWriteAt`. `now` is the clock
 * (tests may give their own).
 */
export function recordWrites(api: WorkbookApi, now: () => number = Date.now): WorkbookApi {
  const send = sendThrough(api);
  return workbookApiOver(async (channel, input) => {
    const result = await send(channel, input);
    if (result.ok && WRITES.has(channel) && !cancelled(result.value)) noteWrite(now());
    return result;
  });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** When this page last had something written, in ms since the epoch; null before the first. */
export function useLastWriteAt(): number | null {
  return useSyncExternalStore(subscribe, () => lastWriteAt);
}
