/** Exit codes every command keeps to, so scripts can tell the cases apart. */
export const EXIT = {
  /** Done, or the file is valid. */
  ok: 0,
  /** The file has problems or could not be read or written. */
  problem: 1,
  /** The command line itself was wrong. */
  usage: 2,
} as const;

/** Where a command writes: stdout for results, stderr for errors. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

/** One `npm run cli -- <name>` command. Add a file exporting one, then list it in commands.ts. */
export interface CliCommand {
  name: string;
  /** One line for the list of commands. */
  summary: string;
  /** The full help text, shown for `--help` and after a usage error. */
  usage: string;
  /** Runs the command and resolves to its exit code; throws UsageError for a bad command line. */
  run(argv: string[], io: CliIo): Promise<number>;
}

/** A mistake in the command line: reported with the command's usage, exit code 2. */
export class UsageError extends Error {}

/**
 * Run node:util parseArgs (called strict, without positionals) and turn its errors into
 * UsageErrors with shorter wording than Node's.
 */
export function parseStrict<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /^Unknown option '([^']+)'/.exec(message);
    if (unknown) throw new UsageError(`There is no option ${unknown[1] ?? ''}.`);
    const positional = /^Unexpected argument '([^']+)'/.exec(message);
    if (positional) {
      throw new UsageError(`Unexpected "${positional[1] ?? ''}": options start with --.`);
    }
    throw new UsageError(message);
  }
}

/** A file size as people read it: `812 bytes`, `14.2 KB`, `27.8 MB`. */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
