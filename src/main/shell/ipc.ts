import { ipcMain } from 'electron';
import { CHANNELS } from '../../shared/contract';
import { fail } from '../../shared/result';
import { isTrustedSender } from './trust';
import type { Api } from '../api';

/**
 * Serve every contract channel over IPC. A message from anything but our page in its top
 * frame (an iframe, a page we navigated to by mistake) is answered with an error and never
 * reaches the handlers.
 */
export function registerIpcHandlers(api: Pick<Api, 'handle'>, rendererUrl: string): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      const frame = event.senderFrame;
      const sender = frame === null ? null : { url: frame.url, isTopFrame: frame.parent === null };
      if (!isTrustedSender(sender, rendererUrl)) {
        return Promise.resolve(fail('invalid', 'This page is not allowed to use the workbook.'));
      }
      return api.handle(channel, payload);
    });
  }
}
