import { parseArgs } from 'node:util';
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { isIsoDate, todayIso } from '../../shared/domain/dates';
import { MAX_CLIENTS } from '../../shared/schema';
import { generateSampleWorkbook } from '../sample/generateSample';
import { validate } from '../../shared/validation';
import { workbook } from '../../shared/schema';
import { errorCode } from '../store/atomicTextFile';
import { writeWorkbookAt } from '../store/writeWorkbookAt';
import { locateWorkbook } from '../store/locateWorkbook';
import { MAIN_FILE } from '../store/folderLayout';
import { EXIT, formatSize, parseStrict, UsageError, type CliCommand, type CliIo } from './command';

const DEFAULT_CLIENTS = 25;
/** The same seed the app's "load sample" uses, so both give the same workbook on a given day. */
const DEFAULT_SEED = 'coaching-workbook-sample';

const USAGE = `Usage: npm run cli -- sample --out <folder> [--clients N] [--seed S] [--today YYYY-MM-DD] [--force]

Writes a sample workbook full of invented but realistic clients, each with all
five worksheets filled in. The same seed and day always give the same file.

  --out <folder>      the workbook folder to write (an existing workbook is
                      kept unless you add --force)
  --clients N         how many clients, 0 to ${MAX_CLIENTS.toLocaleString('en')} (default ${DEFAULT_CLIENTS})
  --seed S            any word or number; change it for different content
  --today YYYY-MM-DD  the day the sample is made for (default: today)
  --force             replace the workbook at --out if there is one`;

interface SampleArgs {
  out: string;
  clients: number;
  seed: string;
  today: string;
  force: boolean;
}

function parseSampleArgs(argv: string[]): SampleArgs | 'help' {
  const values = parseStrict(
    () =>
      parseArgs({
        args: argv,
        strict: true,
        allowPositionals: false,
        options: {
          out: { type: 'string' },
          clients: { type: 'string' },
          seed: { type: 'string' },
          today: { type: 'string' },
          force: { type: 'boolean' },
          help: { type: 'boolean', short: 'h' },
        },
      }).values,
  );
  if (values.help === true) return 'help';
  if (values.out === undefined || values.out.trim() === '') {
    throw new UsageError('Where should the sample go? Name the file with --out.');
  }
  const clients = values.clients === undefined ? DEFAULT_CLIENTS : Number(values.clients);
  if (
    values.clients?.trim() === '' ||
    !Number.isInteger(clients) ||
    clients < 0 ||
    clients > MAX_CLIENTS
  ) {
    throw new UsageError(
      `--clients must be a whole number from 0 to ${MAX_CLIENTS.toLocaleString('en')}.`,
    );
  }
  const today = values.today ?? todayIso(new Date());
  if (!isIsoDate(today)) {
    throw new UsageError(`--today must be a real date written YYYY-MM-DD, such as 2025-03-31.`);
  }
  return {
    out: resolve(values.out),
    clients,
    seed: values.seed ?? DEFAULT_SEED,
    today,
    force: values.force === true,
  };
}

/** Whether something already exists at `path` (a file, a folder…). */
/** A workbook (a folder's main file, or an older single file) is already at `path`. */
async function exists(path: string): Promise<boolean> {
  const place = await locateWorkbook(resolve(path));
  try {
    await stat(place.legacyFile ?? join(place.folder, MAIN_FILE));
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw error;
  }
}

function cannotWrite(file: string, error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return `The folder for ${file} does not exist. Create it first, or choose another place.`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `You do not have permission to write ${file}.`;
    case 'EISDIR':
      return `${file} is a folder. Name a file inside it instead.`;
    case 'ENOSPC':
      return `The disk is full, so ${file} could not be written.`;
    default:
      return `${file} could not be written (${error instanceof Error ? error.message : String(error)}).`;
  }
}

/** Generate, check with the same reading path as `check`, then write atomically. */
async function sample(argv: string[], io: CliIo): Promise<number> {
  const args = parseSampleArgs(argv);
  if (args === 'help') {
    io.out(USAGE);
    return EXIT.ok;
  }
  if (!args.force && (await exists(args.out))) {
    io.err(
      `${args.out} already exists and was left as it is. Add --force to replace it, or choose another name.`,
    );
    return EXIT.problem;
  }
  const book = generateSampleWorkbook({
    clients: args.clients,
    seed: args.seed,
    today: args.today,
  });
  // A bug in the generator must never leave an invalid sample on disk.
  const checked = validate(workbook, book, 'The sample');
  if (!checked.ok) {
    io.err('The sample came out invalid, so nothing was written. This is a bug in the generator:');
    for (const problem of checked.error.problems ?? [])
      io.err(`${problem.path}: ${problem.message}`);
    return EXIT.problem;
  }
  let written;
  try {
    written = await writeWorkbookAt(args.out, book);
  } catch (error) {
    io.err(cannotWrite(args.out, error));
    return EXIT.problem;
  }
  if (!written.ok) {
    io.err(written.message);
    return EXIT.problem;
  }
  io.out(
    `Wrote ${written.folder}: ${book.clients.length} clients, ${book.worksheets.length} worksheets, ` +
      `${formatSize(written.bytes)} (seed "${args.seed}", made for ${args.today}).`,
  );
  return EXIT.ok;
}

export const sampleCommand: CliCommand = {
  name: 'sample',
  summary: 'Write a sample workbook with realistic invented clients and worksheets.',
  usage: USAGE,
  run: sample,
};
