import type { z } from 'zod';
import type { Channel, ChannelOutput, Contract } from '../../shared/contract';
import type { Result } from '../../shared/result';
import type { WorkbookStore } from '../store/types';
import type { ExportTarget } from './exportTarget';

/** What the handlers need from the outside world: the store, and where ids and time come from. */
export interface ApiDeps {
  store: WorkbookStore;
  /** A fresh record id matching the `id` schema (letters, digits, - and _). */
  newId: () => string;
  now: () => Date;
  /** Where exported documents go; without it, exporting answers that it is not available. */
  exportTarget?: ExportTarget;
}

/** A channel's input after validation (what the handler receives). */
export type HandlerInput<C extends Channel> = z.output<Contract[C]['input']>;

/** One channel's handler: gets a validated input, answers with a Result. */
export type Handler<C extends Channel> = (
  input: HandlerInput<C>,
) => Promise<Result<ChannelOutput<C>>>;

/** Every channel of the contract mapped to its handler. */
export type Handlers = { [C in Channel]: Handler<C> };

/** The handlers of the channels whose namespace is N (e.g. `clients`): all of them, no others. */
export type HandlersOf<N extends string> = {
  [C in Channel as C extends `${N}:${string}` ? C : never]: Handler<C>;
};
