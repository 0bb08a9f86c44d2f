import type { Result } from '../result';
import type { Channel, ChannelInput, ChannelOutput, WorkbookApi } from './index';

/** Sends one channel's input over some transport (IPC, HTTP) and resolves to its Result. */
export type Send = <C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
) => Promise<Result<ChannelOutput<C>>>;

/**
 * The `WorkbookApi` object, one method per channel, over any transport. Closed with
 * `satisfies`, so a channel added to the contract fails the typecheck until it is listed here.
 * Used by the preload (IPC) and by the renderer's web transport (HTTP).
 */
export function workbookApiOver(send: Send): WorkbookApi {
  const call =
    <C extends Channel>(channel: C) =>
    (input: ChannelInput<C>) =>
      send(channel, input);
  return {
    workbook: {
      info: call('workbook:info'),
      get: call('workbook:get'),
      open: call('workbook:open'),
      due: call('workbook:due'),
      exportHistory: call('workbook:exportHistory'),
      restoreBackup: call('workbook:restoreBackup'),
      startNew: call('workbook:startNew'),
      retryOpen: call('workbook:retryOpen'),
      showSetAside: call('workbook:showSetAside'),
      conflictDetails: call('workbook:conflictDetails'),
      useOtherVersion: call('workbook:useOtherVersion'),
      loadSample: call('workbook:loadSample'),
    },
    practice: { get: call('practice:get'), update: call('practice:update') },
    template: { get: call('template:get'), save: call('template:save') },
    wordTemplate: {
      import: call('wordTemplate:import'),
      inspect: call('wordTemplate:inspect'),
      markFields: call('wordTemplate:markFields'),
      stopUsing: call('wordTemplate:stopUsing'),
      preview: call('wordTemplate:preview'),
    },
    clients: {
      list: call('clients:list'),
      get: call('clients:get'),
      open: call('clients:open'),
      search: call('clients:search'),
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
      signInRoom: call('agreements:signInRoom'),
      verifySignatures: call('agreements:verifySignatures'),
      newVersion: call('agreements:newVersion'),
    },
    exports: {
      info: call('exports:info'),
      save: call('exports:save'),
      chooseFolder: call('exports:chooseFolder'),
      saveToFolder: call('exports:saveToFolder'),
      showInFolder: call('exports:showInFolder'),
    },
  } satisfies WorkbookApi;
}
