/**
 * The only things the page can reach in the main process: `window.workbook`, one method per
 * contract channel, and `window.workbookShell`, the two one-way channels (events from main,
 * messages to it). With `sandbox: true` this file is built into one CommonJS file that requires
 * nothing but electron (the shared method map and channel names are bundled in; the rest is
 * types).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { workbookApiOver } from '../shared/contract/api';
import { PAGE_EVENTS_IPC, PAGE_MESSAGES_IPC } from '../shared/contract/eventChannels';
import type { Channel, ChannelInput, ChannelOutput } from '../shared/contract';
import type { Result } from '../shared/result';
import type { WorkbookShell } from './api';

function send<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
): Promise<Result<ChannelOutput<C>>> {
  // ipcRenderer.invoke is untyped; main answers every channel with the contract's Result.
  return ipcRenderer.invoke(channel, input) as Promise<Result<ChannelOutput<C>>>;
}

contextBridge.exposeInMainWorld('workbook', workbookApiOver(send));

// The page gets each event's content only: never the IPC event, its sender or ipcRenderer.
// It checks what it receives against the contract (src/shared/contract/events.ts), as main
// checks every message.
const shell: WorkbookShell = {
  subscribe(listener) {
    const forward = (_event: IpcRendererEvent, content: unknown) => {
      listener(content);
    };
    ipcRenderer.on(PAGE_EVENTS_IPC, forward);
    return () => {
      ipcRenderer.removeListener(PAGE_EVENTS_IPC, forward);
    };
  },
  tell(message) {
    ipcRenderer.send(PAGE_MESSAGES_IPC, message);
  },
};

contextBridge.exposeInMainWorld('workbookShell', shell);
