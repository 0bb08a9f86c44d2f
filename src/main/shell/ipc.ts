import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import {
  CHANNELS,
  PAGE_MESSAGES_IPC,
  readPageMessage,
  type PageMessage,
} from '../../shared/contract';
import { fail } from '../../shared/result';
import { isTrustedSender } from './trust';
import type { Api } from '../api';

/** Whether an IPC message comes from our page in its top frame. */
function fromOurPage(event: IpcMainEvent | IpcMainInvokeEvent, rendererUrl: string): boolean {
  const frame = event.senderFrame;
  const sender = frame === null ? null : { url: frame.url, isTopFrame: frame.parent === null };
  return isTrustedSender(sender, rendererUrl);
}

/**
 * Serve every contract channel over IPC. A message from anything but our page in its top
 * frame (an iframe, a page we navigated to by mistake) is answered with an error and never
 * reaches the handlers.
 */
export function registerIpcHandlers(api: Pick<Api, 'handle'>, rendererUrl: string): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      if (!fromOurPage(event, rendererUrl)) {
        return Promise.resolve(fail('invalid', 'This page is not allowed to use the workbook.'));
      }
      return api.handle(channel, payload);
    });
  }
}

/**
 * Hear what the page tells main (src/shared/contract/events.ts): only from our page in its
 * top frame, and only messages the contract describes; anything else is dropped unanswered.
 */
export function listenToPage(rendererUrl: string, onMessage: (message: PageMessage) => void): void {
  ipcMain.on(PAGE_MESSAGES_IPC, (event, content: unknown) => {
    if (!fromOurPage(event, rendererUrl)) return;
    const message = readPageMessage(content);
    if (message !== null) onMessage(message);
  });
}
