/**
 * `npm run cli -- <command> ...`: workbook tools for the terminal (sample data, checking a file).
 * Each command lives in its own file and is listed in commands.ts.
 */
import { COMMANDS } from './commands';
import { EXIT, UsageError, type CliIo } from './command';

const io: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

function mainUsage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const list = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return (
    'Usage: npm run cli -- <command> [options]\n\nCommands:\n' +
    `${list}\n\nRun "npm run cli -- <command> --help" for the options of one command.`
  );
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(mainUsage());
    return EXIT.ok;
  }
  if (name === undefined) {
    io.err(`Which command?\n\n${mainUsage()}`);
    return EXIT.usage;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`There is no command "${name}".\n\n${mainUsage()}`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${error.message}\n\n${command.usage}`);
    return EXIT.usage;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    io.err(
      `Something went wrong: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    process.exitCode = EXIT.problem;
  },
);
