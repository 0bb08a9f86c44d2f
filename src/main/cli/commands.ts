import { checkCommand } from './check';
import type { CliCommand } from './command';
import { exportCommand } from './export';
import { sampleCommand } from './sample';

/** Every CLI command, in the order the help lists them. A new command is one file and one line here. */
export const COMMANDS: readonly CliCommand[] = [sampleCommand, checkCommand, exportCommand];
