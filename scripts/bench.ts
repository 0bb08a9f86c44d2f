/**
 * Measures the numbers the issues name, on this machine, with the real code:
 * - "every change is saved within a second": the renderer waits DEFAULT_SAVE_OPTIONS.debounceMs
 *   after the last keystroke, then the store writes durably; both together must stay under 1 s
 *   for a 1,000-client workbook;
 * - "stays fast with 1,000 clients": reading and validating the workbook, and searching the list.
 * Prints a table and exits 1 when a budget is exceeded. Run with `npm run bench`.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSampleWorkbook } from '../src/main/sample/generateSample';
import { openWorkbookStore, readWorkbookText, serializeWorkbook } from '../src/main/store';
import { ok } from '../src/shared/result';
import { DEFAULT_SAVE_OPTIONS } from '../src/renderer/src/state/saveQueue';
import { DEFAULT_CLIENT_QUERY, queryClients } from '../src/renderer/src/pages/clients/clientQuery';

const CLIENTS = 1000;
const RUNS = 15;

function summary(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95) };
}

async function time(run: () => unknown): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return samples;
}

const rows: { what: string; median: number; p95: number; budget: number }[] = [];
const workbook = generateSampleWorkbook({ clients: CLIENTS, seed: 'bench', today: '2026-11-23' });
const text = serializeWorkbook(workbook);
const dir = await mkdtemp(join(tmpdir(), 'cw-bench-'));
try {
  const file = join(dir, 'workbook.json');
  await writeFile(file, text);
  const store = await openWorkbookStore(file);
  let n = 0;
  const save = summary(
    await time(() =>
      store.update((draft) => {
        const first = draft.clients[0];
        if (first) first.notes = `Edit ${(n += 1)}`;
        return ok(null);
      }),
    ),
  );
  const debounce = DEFAULT_SAVE_OPTIONS.debounceMs;
  rows.push({
    what: `keystroke to durable save (${debounce} ms wait + write)`,
    median: save.median + debounce,
    p95: save.p95 + debounce,
    budget: 1000,
  });
  await store.close();

  rows.push({
    what: 'open: parse and validate the workbook',
    ...summary(await time(() => readWorkbookText(text))),
    budget: 3000,
  });
  const queries = ['mary', 'spa', 'kowal', 'zzz-no-match'];
  let q = 0;
  rows.push({
    what: 'search the clients list (one keystroke)',
    ...summary(
      await time(() =>
        queryClients(workbook.clients, { ...DEFAULT_CLIENT_QUERY, search: queries[q++ % 4] ?? '' }),
      ),
    ),
    budget: 100,
  });
} finally {
  await rm(dir, { recursive: true, force: true });
}

console.log(
  `Benchmark: ${CLIENTS} clients, ${(text.length / 1e6).toFixed(1)} MB, ${RUNS} runs each`,
);
let failed = 0;
for (const row of rows) {
  const pass = row.p95 <= row.budget;
  if (!pass) failed += 1;
  console.log(
    `${pass ? 'ok  ' : 'SLOW'} ${row.what.padEnd(52)} median ${row.median.toFixed(0).padStart(5)} ms  p95 ${row.p95.toFixed(0).padStart(5)} ms  budget ${row.budget} ms`,
  );
}
process.exitCode = failed === 0 ? 0 : 1;
