/**
 * Export figures for one client's report:
 * - export_in_process_ms: the report built and packed in this process, warm (buildDocument
 *   and docx's Packer, as the CLI and the app do; one warm-up, then the median of a few);
 * - pandoc_vs_export: pandoc turning the same report, as Markdown with its tables, into a .docx
 *   (`pandoc in.md -o out.docx`, the whole process) ÷ our CLI exporting the report (the whole
 *   process: the command of package.json's `cli` script, without npm's own start-up).
 *   Above 1 means we are faster. Both are timed interleaved, median of a few runs each.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Packer } from 'docx';
import { buildDocument } from '../../src/main/export';
import { readWorkbookAt } from '../../src/main/store';
import type { Workbook } from '../../src/shared/schema';
import { clientReportMarkdown } from './markdownReport';
import { median, round } from './stats';

const ROOT = join(import.meta.dirname, '..', '..');
const IN_PROCESS_RUNS = 5;
const PROCESS_RUNS = 3;
export const PANDOC_MISSING = 'pandoc not installed (apt-get install pandoc)';

export interface ExportFigures {
  clients: number;
  /** The client whose report is exported. */
  client: string;
  export_in_process_ms: number | null;
  /** Our CLI, whole process (ms). */
  cli_export_ms: number | null;
  /** pandoc, whole process (ms); null when pandoc is not installed. */
  pandoc_ms: number | null;
  pandoc_vs_export: number | null;
  markdown_kb: number;
  notes: string[];
}

async function loadWorkbook(folder: string): Promise<Workbook> {
  const reading = await readWorkbookAt(folder);
  if (reading.kind !== 'valid')
    throw new Error(`The sample workbook cannot be read: ${reading.kind}`);
  return reading.workbook;
}

/** Build and pack the report in process (ms). */
async function buildAndPack(book: Workbook, clientId: string, today: string): Promise<number> {
  const started = performance.now();
  const built = buildDocument(book, { document: 'client-report', clientId }, { today });
  if (!built.ok) throw new Error(built.error.message);
  const bytes = await Packer.toBuffer(built.value.doc);
  const ms = performance.now() - started;
  if (bytes.length === 0) throw new Error('The report came out empty.');
  return ms;
}

/** Run a command to its end; its wall time in ms, or why it failed. */
function runTimed(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): { ok: true; ms: number } | { ok: false; message: string } {
  const started = performance.now();
  const run = spawnSync(command, args, { cwd: ROOT, env, encoding: 'utf8' });
  const ms = performance.now() - started;
  if (run.error !== undefined) return { ok: false, message: run.error.message };
  if (run.status !== 0) {
    return { ok: false, message: `${command} exited ${run.status}: ${run.stderr.trim()}` };
  }
  return { ok: true, ms };
}

function pandocInstalled(): boolean {
  return spawnSync('pandoc', ['--version'], { encoding: 'utf8' }).status === 0;
}

/**
 * How to run our CLI as package.json's `cli` script does, without npm around it: the script's
 * command through the shell, with node_modules/.bin on the PATH, the arguments appended.
 */
function cliCommand(args: readonly string[]): {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
} {
  const manifest: unknown = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const scripts: unknown =
    typeof manifest === 'object' && manifest !== null ? Reflect.get(manifest, 'scripts') : null;
  const cli: unknown =
    typeof scripts === 'object' && scripts !== null ? Reflect.get(scripts, 'cli') : null;
  if (typeof cli !== 'string') throw new Error('package.json has no "cli" script.');
  const bin = join(ROOT, 'node_modules', '.bin');
  return {
    command: 'sh',
    args: ['-c', `${cli} "$@"`, 'sh', ...args],
    env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` },
  };
}

/** Export figures on the workbook in `folder`, for `clientId`; files go to `scratch`. */
export async function exportFigures(
  folder: string,
  scratch: string,
  clients: number,
  clientId: string,
  today: string,
): Promise<ExportFigures> {
  const notes: string[] = [];
  const book = await loadWorkbook(folder);

  await buildAndPack(book, clientId, today); // warm-up
  const inProcess: number[] = [];
  for (let i = 0; i < IN_PROCESS_RUNS; i += 1) {
    inProcess.push(await buildAndPack(book, clientId, today));
  }

  const markdown = join(scratch, 'report.md');
  await writeFile(markdown, clientReportMarkdown(book, clientId, today));
  const cliOut = join(scratch, 'report-cli.docx');
  const cli = cliCommand([
    'export',
    '--workbook',
    folder,
    '--document',
    'client-report',
    '--client',
    clientId,
    '--today',
    today,
    '--out',
    cliOut,
  ]);
  const havePandoc = pandocInstalled();
  if (!havePandoc) notes.push(`pandoc_vs_export: ${PANDOC_MISSING}`);

  const cliRuns: number[] = [];
  const pandocRuns: number[] = [];
  let failed = false;
  for (let i = 0; i < PROCESS_RUNS && !failed; i += 1) {
    if (havePandoc) {
      const run = runTimed('pandoc', [markdown, '-o', join(scratch, 'report-pandoc.docx')]);
      if (run.ok) pandocRuns.push(run.ms);
      else {
        notes.push(`pandoc failed: ${run.message}`);
        failed = true;
      }
    }
    const run = runTimed(cli.command, cli.args, cli.env);
    if (run.ok) cliRuns.push(run.ms);
    else {
      notes.push(`CLI export failed: ${run.message}`);
      failed = true;
    }
  }
  const cliMs = failed || cliRuns.length === 0 ? null : median(cliRuns);
  const pandocMs = failed || pandocRuns.length === 0 ? null : median(pandocRuns);
  if (cliMs !== null && statSync(cliOut).size === 0) notes.push('The CLI wrote an empty file.');
  return {
    clients,
    client: clientId,
    export_in_process_ms: round(median(inProcess)),
    cli_export_ms: cliMs === null ? null : round(cliMs),
    pandoc_ms: pandocMs === null ? null : round(pandocMs),
    pandoc_vs_export: cliMs === null || pandocMs === null ? null : round(pandocMs / cliMs, 2),
    markdown_kb: round(statSync(markdown).size / 1e3, 1),
    notes,
  };
}
