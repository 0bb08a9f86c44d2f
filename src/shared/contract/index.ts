import type { CallOf, InputOf, OutputOf } from './channel';
import { workbookChannels } from './workbook';
import { practiceChannels } from './practice';
import { clientsChannels } from './clients';
import { agreementsChannels, worksheetsChannels } from './worksheets';
import { exportsChannels } from './exports';
import { viewsChannels } from './views';
import { wordTemplateChannels } from './wordTemplate';

export * from './channel';
export * from './workbook';
export * from './practice';
export * from './clients';
export * from './worksheets';
export * from './exports';
export * from './views';
export * from './wordTemplate';
export * from './events';
export * from './eventChannels';

/**
 * The one contract between the renderer and the main process: every channel, named
 * `namespace:verb`, with the schema of its input and of its output. The preload, the IPC
 * handlers, the web server and the renderer's client are all typed from this object.
 */
export const contract = {
  ...workbookChannels,
  ...practiceChannels,
  ...clientsChannels,
  ...worksheetsChannels,
  ...agreementsChannels,
  ...exportsChannels,
  ...viewsChannels,
  ...wordTemplateChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = InputOf<Contract[C]>;
export type ChannelOutput<C extends Channel> = OutputOf<Contract[C]>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

type NamespaceOf<C extends string> = C extends `${infer N}:${string}` ? N : never;

/**
 * What the preload exposes on `window.workbook`: one object per namespace with one method
 * per verb, e.g. `window.workbook.clients.create({ client })`.
 */
export type WorkbookApi = {
  [N in NamespaceOf<Channel>]: {
    [C in Channel as C extends `${N}:${infer V}` ? V : never]: CallOf<Contract[C]>;
  };
};
