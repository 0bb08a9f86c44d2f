/**
 * Every handler answers with a Result instead of throwing, so that no error crosses the
 * process boundary as an exception and the UI can always show a clear message.
 */
export const ERROR_CODES = [
  /** The input did not match the channel's schema, or the change would make the workbook invalid. */
  'invalid',
  /** The record asked for does not exist. */
  'notFound',
  /** The change is not allowed in the record's current state (e.g. editing a signed agreement). */
  'conflict',
  /** The workbook opened read-only (made by a newer version); nothing can be changed. */
  'readOnly',
  /** The workbook file could not be read and is waiting for recovery. */
  'recovery',
  /** Reading or writing a file failed. */
  'io',
  /** Anything unexpected; the message says what happened. */
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with an input or a file, located by its path (e.g. `clients.3.name`). */
export interface Problem {
  path: string;
  message: string;
}

export interface AppError {
  code: ErrorCode;
  /** A sentence a coach can read. */
  message: string;
  /** For `invalid`: every field that was wrong. */
  problems?: Problem[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, message: string, problems?: Problem[]): Result<T> {
  return problems === undefined
    ? { ok: false, error: { code, message } }
    : { ok: false, error: { code, message, problems } };
}

/** The same result with its value transformed; errors pass through unchanged. */
export function mapResult<T, U>(result: Result<T>, transform: (value: T) => U): Result<U> {
  return result.ok ? { ok: true, value: transform(result.value) } : result;
}
