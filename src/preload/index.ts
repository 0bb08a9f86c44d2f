/**
 * The only thing the page can reach in the main process: `window.workbook`, one method per
 * contract channel. With `sandbox: true` this file is built into one CommonJS file that
 * requires nothing but electron (the shared method map is bundled in; it imports only types).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { workbookApiOver } from '../shared/contract/api';
import type { Channel, ChannelInput, ChannelOutput } from '../shared/contract';
import type { Result } from '../shared/result';

function send<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
): Promise<Result<ChannelOutput<C>>> {
  // ipcRenderer.invoke is untyped; main answers every channel with the contract's Result.
  return ipcRenderer.invoke(channel, input) as Promise<Result<ChannelOutput<C>>>;
}

contextBridge.exposeInMainWorld('workbook', workbookApiOver(send));
