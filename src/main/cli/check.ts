import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { CURRENT_SCHEMA_VERSION } from '../../shared/schema';
import { readWorkbookAt } from '../store';
import { EXIT, parseStrict, UsageError, type CliCommand, type CliIo } from './command';

const USAGE = `Usage: npm run cli -- check --workbook <folder or file>

Checks a workbook (its folder, or an older single file) and lists every problem in it, each with where it is
(for example "clients.3.status: ..."). The file is only read, never changed.

Exit code: 0 when the workbook is valid, 1 when it has problems or cannot be
read, 2 when the command line is wrong.`;

/** Read, migrate in memory and validate one workbook file, then report what was found. */
async function check(argv: string[], io: CliIo): Promise<number> {
  const values = parseStrict(
    () =>
      parseArgs({
        args: argv,
        strict: true,
        allowPositionals: false,
        options: {
          workbook: { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
      }).values,
  );
  if (values.help === true) {
    io.out(USAGE);
    return EXIT.ok;
  }
  if (values.workbook === undefined || values.workbook.trim() === '') {
    throw new UsageError('Which workbook? Name the file with --workbook.');
  }
  const file = resolve(values.workbook);
  let reading;
  try {
    reading = await readWorkbookAt(file);
  } catch (error) {
    io.err(
      `${file} could not be read (${error instanceof Error ? error.message : String(error)}).`,
    );
    return EXIT.problem;
  }
  switch (reading.kind) {
    case 'valid': {
      const { workbook, fromVersion } = reading;
      io.out(
        `OK: ${workbook.clients.length} clients, ${workbook.worksheets.length} worksheets ` +
          `(schema version ${fromVersion})`,
      );
      if (reading.migrated) {
        io.out(
          'This file is from an older version of the app. It is valid and will be turned into ' +
            'a workbook folder the next time the app opens it; checking did not change it.',
        );
      }
      return EXIT.ok;
    }
    case 'invalid': {
      const count = reading.problems.length;
      io.out(`${file} is not a valid workbook: ${count} ${count === 1 ? 'problem' : 'problems'}.`);
      for (const problem of reading.problems) io.out(`${problem.path}: ${problem.message}`);
      return EXIT.problem;
    }
    case 'newer':
      io.out(
        `${file} was saved by a newer version of Coaching Workbook (file version ` +
          `${reading.fromVersion}; this one understands up to ${CURRENT_SCHEMA_VERSION}), so it ` +
          'cannot be checked here. Update the app, then check it again.',
      );
      return EXIT.problem;
    case 'cannotRead':
      io.err(reading.message);
      return EXIT.problem;
  }
}

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'Check a workbook file and list every problem in it (never changes the file).',
  usage: USAGE,
  run: check,
};
