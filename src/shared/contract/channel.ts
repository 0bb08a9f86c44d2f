import type { z } from 'zod';
import type { Result } from '../result';

/** One IPC channel: what the renderer sends and what it gets back. */
export interface ChannelSpec {
  /** What the channel does, for readers of the contract. */
  summary: string;
  input: z.ZodType;
  output: z.ZodType;
}

export function channel<I extends z.ZodType, O extends z.ZodType>(
  summary: string,
  input: I,
  output: O,
): { summary: string; input: I; output: O } {
  return { summary, input, output };
}

/** Helpers that turn a record of specs into call signatures. */
export type InputOf<S extends ChannelSpec> = z.input<S['input']>;
export type OutputOf<S extends ChannelSpec> = z.output<S['output']>;
export type CallOf<S extends ChannelSpec> = (input: InputOf<S>) => Promise<Result<OutputOf<S>>>;
