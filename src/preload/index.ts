/**
 * The only thing the page can reach in the main process: `window.workbook`, one method per
 * contract channel. With `sandbox: true` this file is built into one CommonJS file that
 * requires nothing but electron, so the contract is imported for its types only.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { Channel, ChannelInput, ChannelOutput, WorkbookApi } from '../shared/contract';
import type { Result } from '../shared/result';

function call<C extends Channel>(channel: C) {
  return (input: ChannelInput<C>) =>
    ipcRenderer.invoke(channel, input) as Promise<Result<ChannelOutput<C>>>;
}

const workbook = {
  workbook: {
    info: call('workbook:info'),
    get: call('workbook:get'),
    restoreBackup: call('workbook:restoreBackup'),
    loadSample: call('workbook:loadSample'),
  },
  practice: {
    get: call('practice:get'),
    update: call('practice:update'),
  },
  template: {
    get: call('template:get'),
    save: call('template:save'),
  },
  clients: {
    list: call('clients:list'),
    get: call('clients:get'),
    create: call('clients:create'),
    update: call('clients:update'),
    archive: call('clients:archive'),
    restore: call('clients:restore'),
    delete: call('clients:delete'),
    undelete: call('clients:undelete'),
  },
  worksheets: {
    list: call('worksheets:list'),
    get: call('worksheets:get'),
    create: call('worksheets:create'),
    save: call('worksheets:save'),
    duplicate: call('worksheets:duplicate'),
    delete: call('worksheets:delete'),
    undelete: call('worksheets:undelete'),
  },
  agreements: {
    create: call('agreements:create'),
    markSent: call('agreements:markSent'),
    markSigned: call('agreements:markSigned'),
    newVersion: call('agreements:newVersion'),
  },
} satisfies WorkbookApi;

contextBridge.exposeInMainWorld('workbook', workbook);
