/**
 * The desktop app's log: one line per event of our own, in `logs/main.log` in the data folder,
 * so that what went wrong in a packaged app (which has no terminal) can be read afterwards.
 *
 * What it never holds: anything from the workbook. Events are names from LOG_EVENTS, fields
 * are short values the caller chose (a platform, a version, a count, an error's code), and an
 * error is logged by its kind, code and where in our code it was thrown, never by its message,
 * which may quote a client's name, a note or a path the coach typed.
 *
 * Written by electron-log's Node logger (no Electron, no IPC channel to the page): past
 * LOG_MAX_BYTES the file is renamed `main.old.log` and a new one begins, so at most two are kept.
 */
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import electronLog from 'electron-log/node';

export const LOG_FOLDER_NAME = 'logs';
export const LOG_FILE_NAME = 'main.log';
export const LOG_MAX_BYTES = 1024 * 1024;

/** Every event the app logs. A new one is added here, so the list stays ours. */
export const LOG_EVENTS = [
  'app started',
  'app quit',
  'start failed',
  'workbook opened',
  'window opened',
  'page crashed',
  'page unresponsive',
  'page responsive again',
  'link opened in the browser',
  'link refused',
  'browser not opened',
  'spell checking',
  'export folder not remembered',
  'window position not saved',
] as const;
export type LogEvent = (typeof LOG_EVENTS)[number];

export type LogValue = string | number | boolean | null;
export type LogFields = Readonly<Record<string, LogValue>>;

export interface AppLog {
  /** Where the log is written: `<data folder>/logs/main.log`. */
  readonly filePath: string;
  info(event: LogEvent, fields?: LogFields): void;
  warn(event: LogEvent, fields?: LogFields): void;
  error(event: LogEvent, fields?: LogFields): void;
}

export interface AppLogOptions {
  /** The app's data folder; the log goes in its `logs/` folder. */
  dataFolder: string;
  /** Also print warnings and errors to the terminal (development). */
  console: boolean;
  /** Rotate past this many bytes (tests use a small size). */
  maxBytes?: number;
}

const MAX_VALUE_LENGTH = 120;
const STACK_FRAMES = 3;

/** One short line: no line breaks, at most MAX_VALUE_LENGTH characters. */
function tidy(value: LogValue): LogValue {
  if (typeof value !== 'string') return value;
  const flat = value.replace(/[\r\n\t]+/g, ' ');
  return flat.length > MAX_VALUE_LENGTH ? `${flat.slice(0, MAX_VALUE_LENGTH)}…` : flat;
}

/** `where:line:column` of a stack frame, with the folders left out. */
function frameOf(line: string): string | null {
  const match = /\(?([^()\s]+):(\d+):(\d+)\)?$/.exec(line.trim());
  if (match === null) return null;
  const [, file = '', row = '', column = ''] = match;
  return `${basename(file)}:${row}:${column}`;
}

/**
 * What the log keeps of an error: its class, its system code (ENOENT, EACCES…) and the last
 * few places in the code it passed through. Never its message, which may quote the workbook.
 */
export function describeError(error: unknown): LogFields {
  if (!(error instanceof Error)) return { error: typeof error };
  const fields: Record<string, LogValue> = { error: error.name };
  const { code, syscall } = error as { code?: unknown; syscall?: unknown };
  if (typeof code === 'string' || typeof code === 'number') fields.code = code;
  if (typeof syscall === 'string') fields.syscall = syscall;
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .map(frameOf)
    .filter((frame): frame is string => frame !== null)
    .slice(0, STACK_FRAMES);
  if (frames.length > 0) fields.at = frames.join(' < ');
  return fields;
}

let created = 0;

/** Opens the log in the data folder (made private, 0700, if missing). */
export function openAppLog(options: AppLogOptions): AppLog {
  const folder = join(options.dataFolder, LOG_FOLDER_NAME);
  const filePath = join(folder, LOG_FILE_NAME);
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
  } catch {
    // A log that cannot be written must not stop the app; electron-log says so on the console.
  }

  created += 1;
  const logger = electronLog.create({ logId: `coaching-workbook-${created}` });
  const file = logger.transports.file;
  file.resolvePathFn = () => filePath;
  file.maxSize = options.maxBytes ?? LOG_MAX_BYTES;
  file.level = 'info';
  file.format = '[{y}-{m}-{d} {h}:{i}:{s}.{ms}] [{level}] {text}';
  // Private like the workbook's own files.
  file.writeOptions = { flag: 'a', mode: 0o600, encoding: 'utf8' };
  logger.transports.console.level = options.console ? 'warn' : false;
  // Nothing else: no IPC to a page, and no remote logging (nothing leaves the machine).
  for (const [name, transport] of Object.entries(logger.transports)) {
    if (name !== 'file' && name !== 'console' && transport) transport.level = false;
  }

  function write(level: 'info' | 'warn' | 'error', event: LogEvent, fields?: LogFields): void {
    const tidied = Object.fromEntries(
      Object.entries(fields ?? {}).map(([key, value]) => [key, tidy(value)]),
    );
    if (Object.keys(tidied).length === 0) logger[level](event);
    else logger[level](event, JSON.stringify(tidied));
  }

  return {
    filePath,
    info: (event, fields) => {
      write('info', event, fields);
    },
    warn: (event, fields) => {
      write('warn', event, fields);
    },
    error: (event, fields) => {
      write('error', event, fields);
    },
  };
}
