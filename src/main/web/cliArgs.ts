import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** What `npm run web` was asked to do. */
export interface WebArgs {
  /** Absolute path of the workbook file (created if it does not exist yet). */
  workbook: string;
  /**
   * 0 lets the system pick a free port; null: the usual port (DEFAULT_WEB_PORT), so that a
   * restarted server has the same address and the page keeps its unsaved edits, or a free one
   * when it is taken.
   */
  port: number | null;
  /** Where exported documents go (absolute), when given. */
  exports: string | null;
}

/** The port `npm run web` uses unless told otherwise (free of well-known services). */
export const DEFAULT_WEB_PORT = 47_815;

export const USAGE = 'Usage: npm run web -- --workbook <file.json> [--port N] [--exports <folder>]';

/** Parse the command line; a message for the user instead when it does not make sense. */
export function parseWebArgs(
  argv: string[],
): { ok: true; args: WebArgs } | { ok: false; message: string } {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        workbook: { type: 'string' },
        port: { type: 'string' },
        exports: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return {
      ok: false,
      message: `${error instanceof Error ? error.message : String(error)}\n${USAGE}`,
    };
  }
  if (values.workbook === undefined || values.workbook.trim() === '') {
    return { ok: false, message: `Which workbook? Name the file with --workbook.\n${USAGE}` };
  }
  const port = values.port === undefined ? null : Number(values.port);
  if (port !== null && (!Number.isInteger(port) || port < 0 || port > 65535)) {
    return { ok: false, message: `--port must be a whole number from 0 to 65535.\n${USAGE}` };
  }
  return {
    ok: true,
    args: {
      workbook: resolve(values.workbook),
      port,
      exports: values.exports === undefined ? null : resolve(values.exports),
    },
  };
}
