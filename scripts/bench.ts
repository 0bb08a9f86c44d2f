/**
 * `npm run bench [-- --json out.json] [-- --sizes 1000,10000] [-- --ui-loads 3]`: the figures
 * the issues name, measured on this machine with the real code, real files and fsync, side by
 * side for each workbook size, on one sample workbook per size. Reported against their goals,
 * never asserted (a busy machine is slow).
 * - the store (scripts/bench/storeFigures.ts): saves, durability, opening, export writes;
 * - the export (scripts/bench/exportFigures.ts): a client report in process, and our CLI
 *   against pandoc making the same report from Markdown;
 * - the page (scripts/bench/uiFigures.ts): `npm run web` in Chromium: the clients list's
 *   first row, the bytes the API sent for it, typing into an IDP, the page's heap.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateSampleWorkbook } from '../src/main/sample/generateSample';
import { writeWorkbookAt } from '../src/main/store/writeWorkbookAt';
import { exportFigures, type ExportFigures } from './bench/exportFigures';
import { GOALS, printTable, type SizeResult } from './bench/report';
import { storeFigures } from './bench/storeFigures';
import { uiFigures, unmeasuredUiFigures, type UiFigures } from './bench/uiFigures';

const { values } = parseArgs({
  options: {
    json: { type: 'string' },
    sizes: { type: 'string' },
    'ui-loads': { type: 'string' },
  },
  strict: true,
});
const SIZES = (values.sizes ?? '1000,10000').split(',').map(Number);
const UI_LOADS = Number(values['ui-loads'] ?? '3');
const TODAY = '2026-11-23';

function say(line: string): void {
  process.stderr.write(`${line}\n`);
}

function reason(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
}

async function measure(clients: number): Promise<SizeResult> {
  const dir = await mkdtemp(join(tmpdir(), 'cw-bench-'));
  try {
    const folder = join(dir, 'workbook');
    const sample = generateSampleWorkbook({ clients, seed: 'bench', today: TODAY });
    const written = await writeWorkbookAt(folder, sample);
    if (!written.ok) throw new Error(written.message);
    // The same client at every size (the sample makes client n alike whatever the size).
    const client = sample.clients[Math.min(500, Math.floor(clients / 2))];
    const idp = sample.worksheets.find((w) => w.kind === 'idp' && w.clientId === client?.id);
    if (client === undefined || idp === undefined) throw new Error('The sample has no clients.');

    say(`${clients} clients: store…`);
    const store = await storeFigures(folder, dir, clients);

    say(`${clients} clients: export…`);
    let exported: ExportFigures;
    try {
      exported = await exportFigures(folder, dir, clients, client.id, TODAY);
    } catch (error) {
      exported = {
        clients,
        client: client.id,
        export_in_process_ms: null,
        cli_export_ms: null,
        pandoc_ms: null,
        pandoc_vs_export: null,
        markdown_kb: 0,
        notes: [`export figures failed: ${reason(error)}`],
      };
    }

    say(`${clients} clients: page (npm run web, Chromium)…`);
    let ui: UiFigures;
    try {
      ui = await uiFigures({ folder, clients, idpId: idp.id, loads: UI_LOADS });
    } catch (error) {
      ui = unmeasuredUiFigures(clients, [`page figures failed: ${reason(error)}`]);
    }
    return { store, export: exported, ui };
  } finally {
    await rm(dir, { recursive: true, force: true, maxRetries: 5 }).catch((error: unknown) => {
      say(`Could not remove ${dir}: ${reason(error)}`);
    });
  }
}

const started = performance.now();
const results: SizeResult[] = [];
for (const size of SIZES) results.push(await measure(size));
const tookSeconds = Math.round((performance.now() - started) / 1000);

printTable(results);
console.log(`(took ${tookSeconds} s)`);
if (values.json !== undefined) {
  const json = {
    store: results.map((r) => r.store),
    export: results.map((r) => r.export),
    ui: results.map((r) => r.ui),
    goals: GOALS,
    took_s: tookSeconds,
  };
  await writeFile(values.json, `${JSON.stringify(json, null, 2)}\n`);
}
