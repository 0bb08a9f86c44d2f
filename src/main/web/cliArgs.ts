import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** What `npm run web` (and `npm start` where Electron cannot run) was asked to do. */
export interface WebArgs {
  /**
   * Absolute path of the workbook folder (created if it does not exist yet); null: the one the
   * desktop app would open, in its data folder (src/main/defaultWorkbook.ts).
   */
  workbook: string | null;
  /**
   * 0 lets the system pick a free port; null: the usual port (DEFAULT_WEB_PORT), so that a
   * restarted server has the same address and the page keeps its unsaved edits, or a free one
   * when it is taken.
   */
  port: number | null;
  /** Where exported documents go (absolute), when given. */
  exports: string | null;
  /** Open the page in the browser (unless --no-open; see shouldOpenBrowser for when it may). */
  open: boolean;
}

/** The port `npm run web` uses unless told otherwise (free of well-known services). */
export const DEFAULT_WEB_PORT = 47_815;

export const USAGE =
  'Usage: npm run web -- [--workbook <folder>] [--port N] [--exports <folder>] [--no-open]';

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
        'no-open': { type: 'boolean' },
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
  if (values.workbook?.trim() === '') {
    return {
      ok: false,
      message: `--workbook needs a folder; leave it out to open the usual workbook.\n${USAGE}`,
    };
  }
  const port = values.port === undefined ? null : Number(values.port);
  if (port !== null && (!Number.isInteger(port) || port < 0 || port > 65535)) {
    return { ok: false, message: `--port must be a whole number from 0 to 65535.\n${USAGE}` };
  }
  return {
    ok: true,
    args: {
      workbook: values.workbook === undefined ? null : resolve(values.workbook),
      port,
      exports: values.exports === undefined ? null : resolve(values.exports),
      open: values['no-open'] !== true,
    },
  };
}

/**
 * Whether to open the page in a browser: only for a person at a terminal (stdout is one), never
 * on a CI machine (CI set to anything but "" or "false"), never after --no-open, and on Linux
 * and other Unix only in a graphical session (DISPLAY or WAYLAND_DISPLAY), where xdg-open has
 * a browser to start rather than a text browser in this very terminal.
 */
export function shouldOpenBrowser(
  args: Pick<WebArgs, 'open'>,
  context: {
    platform: NodeJS.Platform;
    env: Readonly<Record<string, string | undefined>>;
    stdoutIsTerminal: boolean;
  },
): boolean {
  const { platform, env } = context;
  if (!args.open || !context.stdoutIsTerminal) return false;
  if (env.CI !== undefined && env.CI !== '' && env.CI !== 'false') return false;
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/**
 * Where exported documents go when `--exports` is not given: "Coaching Workbook" in the
 * Documents folder when there is one (where a coach looks for documents), else beside it in
 * the home folder. Made on the first export, not before.
 */
export function defaultExportsFolder(home: string, isFolder: (path: string) => boolean): string {
  const documents = join(home, 'Documents');
  return isFolder(documents)
    ? join(documents, 'Coaching Workbook')
    : join(home, 'Coaching Workbook documents');
}
