/**
 * `npm run bench [-- --json out.json] [-- --sizes 1000,10000]`: the store's figures that the
 * issues name, measured on this machine with the real code, real files and fsync, side by side
 * for each workbook size. Reported against their goals, never asserted (a busy machine is slow).
 * - save_ms: one durable save after a small edit (median);
 * - save_vs_raw_write: that ÷ writing and fsyncing just the changed file's bytes;
 * - durable_p95_ms: time to durable under one edit every 100 ms for 10 s;
 * - open_vs_json_parse: opening the workbook ÷ JSON.parse of the same bytes;
 * - export_all_writes: workbook files written when all of one client's documents are exported.
 */
import { open, mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFile } from 'node:fs/promises';
import { createApi, systemDeps } from '../src/main/api';
import { generateSampleWorkbook } from '../src/main/sample/generateSample';
import { openWorkbookStore } from '../src/main/store';
import { writeWorkbookAt } from '../src/main/store/writeWorkbookAt';
import { webExportTarget } from '../src/main/web/exportTarget';
import { ok } from '../src/shared/result';

const { values } = parseArgs({
  options: { json: { type: 'string' }, sizes: { type: 'string' } },
  strict: true,
});
const SIZES = (values.sizes ?? '1000,10000').split(',').map(Number);
const RUNS = 30;

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

async function folderBytes(folder: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) total += await folderBytes(path);
    else total += (await stat(path)).size;
  }
  return total;
}

/** Write and fsync `bytes` to a new file: the floor any durable save of them costs. */
async function rawWrite(path: string, bytes: Buffer): Promise<number> {
  const started = performance.now();
  const handle = await open(path, 'w');
  await handle.writeFile(bytes);
  await handle.sync();
  await handle.close();
  return performance.now() - started;
}

interface Figures {
  clients: number;
  workbook_mb: number;
  save_ms: number;
  save_vs_raw_write: number;
  durable_p95_ms: number;
  open_ms: number;
  open_vs_json_parse: number;
  export_all_writes: number;
}

async function measure(clients: number): Promise<Figures> {
  const dir = await mkdtemp(join(tmpdir(), 'cw-bench-'));
  try {
    const folder = join(dir, 'workbook');
    const sample = generateSampleWorkbook({ clients, seed: 'bench', today: '2026-11-23' });
    await writeWorkbookAt(folder, sample);
    const size = await folderBytes(folder);

    // Open, against JSON.parse of the same bytes.
    const texts: string[] = [];
    for (const name of ['workbook.json', 'coach.json']) {
      texts.push(await readFile(join(folder, name), 'utf8'));
    }
    for (const name of await readdir(join(folder, 'clients'))) {
      texts.push(await readFile(join(folder, 'clients', name), 'utf8'));
    }
    let started = performance.now();
    for (const text of texts) JSON.parse(text);
    const parseMs = performance.now() - started;
    started = performance.now();
    let writes = 0;
    const store = await openWorkbookStore(folder, {
      onWrite: () => {
        writes += 1;
      },
    });
    const openMs = performance.now() - started;

    // One small edit, saved durably.
    const book = store.read();
    if (!book.ok) throw new Error(book.error.message);
    const target = book.value.clients[Math.floor(clients / 2)] ?? book.value.clients[0];
    if (target === undefined) throw new Error('The sample has no clients.');
    let n = 0;
    const edit = () =>
      store.update((draft) => {
        draft.clients = draft.clients.map((c) =>
          c.id === target.id ? { ...c, notes: `Edit ${(n += 1)}` } : c,
        );
        return ok(null);
      });
    await edit(); // the session's first save also takes the backup
    const saves: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      started = performance.now();
      await edit();
      saves.push(performance.now() - started);
    }
    const changedFile = await readFile(join(folder, 'clients', `${target.id}.json`));
    const raws: number[] = [];
    for (let i = 0; i < RUNS; i += 1) raws.push(await rawWrite(join(dir, `raw-${i}`), changedFile));

    // One edit every 100 ms for 10 s.
    const durable: number[] = [];
    const pending: Promise<unknown>[] = [];
    for (let i = 0; i < 100; i += 1) {
      const at = performance.now();
      pending.push(edit().then(() => durable.push(performance.now() - at)));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await Promise.all(pending);

    // Export all of one client's documents, as the Export all dialog does.
    const api = createApi({
      ...systemDeps(store),
      exportTarget: webExportTarget(join(dir, 'out')),
    });
    const sheets = book.value.worksheets.filter((w) => w.clientId === target.id);
    const chosen = await api.call('exports:chooseFolder', {});
    if (!chosen.ok || chosen.value.status !== 'chosen') throw new Error('No export folder');
    const handle = chosen.value.folder;
    writes = 0;
    for (const sheet of sheets) {
      const document = sheet.kind === 'boundaryMap' ? 'boundary-map' : sheet.kind;
      await api.call('exports:saveToFolder', {
        folder: handle,
        request: { document, clientId: target.id, worksheetId: sheet.id },
        more: true,
      });
    }
    await api.call('exports:saveToFolder', {
      folder: handle,
      request: { document: 'client-report', clientId: target.id },
    });
    const exportWrites = writes;
    await store.close();
    const save = median(saves);
    return {
      clients,
      workbook_mb: Number((size / 1e6).toFixed(1)),
      save_ms: Number(save.toFixed(2)),
      save_vs_raw_write: Number((save / median(raws)).toFixed(2)),
      durable_p95_ms: Number(quantile(durable, 0.95).toFixed(1)),
      open_ms: Number(openMs.toFixed(0)),
      open_vs_json_parse: Number((openMs / parseMs).toFixed(2)),
      export_all_writes: exportWrites,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const GOALS: Partial<Record<keyof Figures, { goal: number; say: string }>> = {
  save_ms: { goal: 10, say: '≤ 10' },
  save_vs_raw_write: { goal: 3, say: '≤ 3' },
  durable_p95_ms: { goal: 1000, say: '≤ 1000' },
  open_vs_json_parse: { goal: 2, say: '≤ 2' },
  export_all_writes: { goal: 1, say: '≤ 1' },
};

const results: Figures[] = [];
for (const size of SIZES) results.push(await measure(size));

const keys = Object.keys(results[0] ?? {}) as (keyof Figures)[];
console.log(
  `${'figure'.padEnd(20)}${results.map((r) => `${r.clients} clients`.padStart(16)).join('')}  goal`,
);
for (const key of keys) {
  const goal = GOALS[key];
  const cells = results.map((r) => {
    const value = r[key];
    const mark = goal === undefined ? ' ' : value <= goal.goal ? ' ' : '!';
    return `${value}${mark}`.padStart(16);
  });
  console.log(`${key.padEnd(20)}${cells.join('')}  ${goal?.say ?? ''}`);
}
console.log('(! = outside its goal; reported, not asserted)');
if (values.json !== undefined) {
  await writeFile(values.json, `${JSON.stringify({ store: results }, null, 2)}\n`);
}
