/**
 * The store's figures on a sample workbook folder (real code, real files, fsync):
 * - save_ms: one durable save after a small edit (median);
 * - save_vs_raw_write: that ÷ writing and fsyncing just the changed file's bytes;
 * - durable_p95_ms: time to durable under one edit every 100 ms for 10 s;
 * - open_vs_json_parse: opening the workbook ÷ JSON.parse of the same bytes;
 * - export_all_writes: workbook files written when all of one client's documents are exported.
 * The workbook is edited (one client's private notes) and closed again afterwards.
 */
import { open, readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createApi, systemDeps } from '../../src/main/api';
import { openWorkbookStore } from '../../src/main/store';
import { webExportTarget } from '../../src/main/web/exportTarget';
import { ok } from '../../src/shared/result';
import { median, quantile, round } from './stats';

const RUNS = 30;

export interface StoreFigures {
  clients: number;
  workbook_mb: number;
  save_ms: number;
  save_vs_raw_write: number;
  durable_p95_ms: number;
  open_ms: number;
  open_vs_json_parse: number;
  export_all_writes: number;
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

/** Measure the store on the workbook in `folder`; `scratch` is a folder for other files. */
export async function storeFigures(
  folder: string,
  scratch: string,
  clients: number,
): Promise<StoreFigures> {
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

  try {
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
    for (let i = 0; i < RUNS; i += 1) {
      raws.push(await rawWrite(join(scratch, `raw-${i}`), changedFile));
    }

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
      exportTarget: webExportTarget(join(scratch, 'out')),
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
    const save = median(saves);
    return {
      clients,
      workbook_mb: round(size / 1e6, 1),
      save_ms: round(save, 2),
      save_vs_raw_write: round(save / median(raws), 2),
      durable_p95_ms: round(quantile(durable, 0.95), 1),
      open_ms: round(openMs),
      open_vs_json_parse: round(openMs / parseMs, 2),
      export_all_writes: exportWrites,
    };
  } finally {
    await store.close();
  }
}
