import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import {
  CHANNELS,
  contract,
  isChannel,
  type Channel,
  type ChannelInput,
  type ChannelOutput,
  type ChannelSpec,
  type Contract,
} from '../../shared/contract';
import { fail, ok, type Result } from '../../shared/result';
import { validate } from '../../shared/validation';
import type { WorkbookStore } from '../store/types';
import { agreementsHandlers } from './agreementsHandlers';
import { clientsHandlers } from './clientsHandlers';
import { exportsHandlers } from './exportsHandlers';
import { practiceHandlers } from './practiceHandlers';
import type { ApiDeps, Handlers } from './types';
import { viewsHandlers } from './viewsHandlers';
import { workbookHandlers } from './workbookHandlers';
import { wordTemplateHandlers } from './wordTemplateHandlers';
import { worksheetsHandlers } from './worksheetsHandlers';

export type { ApiDeps } from './types';
export type { ExportTarget } from './exportTarget';

/** The handlers of every channel, served alike by IPC, the web server and tests. */
export interface Api {
  /**
   * The one entry every transport uses. Checks the channel name and the payload, runs the
   * handler, and always resolves with a Result: it never throws and never rejects.
   */
  readonly handle: (channel: unknown, payload: unknown) => Promise<Result<unknown>>;
  /** The same, typed by channel, for tests and trusted callers in the main process. */
  readonly call: <C extends Channel>(
    channel: C,
    input: ChannelInput<C>,
  ) => Promise<Result<ChannelOutput<C>>>;
}

/** Ids from the system's random UUIDs and the system clock: what the app runs with. */
export function systemDeps(store: WorkbookStore): ApiDeps {
  return { store, newId: randomUUID, now: () => new Date() };
}

/**
 * In tests and development, answers are checked against the contract too, to catch our own
 * bugs; a coach's app skips it (checking a 10,000-client answer costs more than making it).
 * Vitest sets VITEST, `electron-vite dev` sets ELECTRON_RENDERER_URL, the e2e tests and
 * anyone curious set WORKBOOK_CHECK_CONTRACT=1.
 */
export function checksAnswers(env: NodeJS.ProcessEnv = process.env): boolean {
  return (
    env.WORKBOOK_CHECK_CONTRACT === '1' ||
    env.VITEST !== undefined ||
    env.ELECTRON_RENDERER_URL !== undefined ||
    env.NODE_ENV === 'development'
  );
}

const CHECK_OUTPUT = checksAnswers();

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : 'no details';
}

/** Validate the input, run the handler, check its answer, and hand back private copies. */
async function runSpec<S extends ChannelSpec>(
  channel: string,
  spec: S,
  handler: (input: z.output<S['input']>) => Promise<Result<z.output<S['output']>>>,
  payload: unknown,
): Promise<Result<z.output<S['output']>>> {
  const input = validate<S['input']>(spec.input, payload, 'What was sent');
  if (!input.ok) return input;
  // A private copy: nothing the caller still holds can reach the workbook afterwards.
  const result = await handler(structuredClone(input.value));
  if (!result.ok) return result;
  if (CHECK_OUTPUT) {
    const checked = validate(spec.output, result.value, `The answer to ${channel}`);
    if (!checked.ok) {
      console.error(`[api] ${channel} answered outside the contract:`, checked.error.problems);
      return fail('internal', checked.error.message, checked.error.problems);
    }
  }
  // A copy again, so that the caller can never change the store's own records.
  return ok(structuredClone(result.value));
}

/** Build every handler once, from the store and the sources of ids and time. */
export function createApi(deps: ApiDeps): Api {
  // Typed as Handlers: leaving out a channel of the contract does not compile.
  const handlers: Handlers = {
    ...workbookHandlers(deps),
    ...practiceHandlers(deps),
    ...clientsHandlers(deps),
    ...worksheetsHandlers(deps),
    ...agreementsHandlers(deps),
    ...exportsHandlers(deps),
    ...viewsHandlers(deps),
    ...wordTemplateHandlers(deps),
  };

  async function run<C extends Channel>(
    channel: C,
    payload: unknown,
  ): Promise<Result<ChannelOutput<C>>> {
    try {
      return await runSpec<Contract[C]>(channel, contract[channel], handlers[channel], payload);
    } catch (error) {
      console.error(`[api] ${channel} failed:`, error);
      return fail('internal', `Something went wrong in ${channel}: ${describe(error)}`);
    }
  }

  return {
    handle: (channel, payload) => {
      if (typeof channel !== 'string' || !isChannel(channel)) {
        const name = typeof channel === 'string' ? channel.slice(0, 100) : typeof channel;
        return Promise.resolve(fail('invalid', `There is no operation called "${name}".`));
      }
      return run(channel, payload);
    },
    call: run,
  };
}

/** Every channel name, for transports that register one route per channel. */
export { CHANNELS };
