import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../../src/main/api';
import { exportsHandlers } from '../../src/main/api/exportsHandlers';
import type { ApiDeps } from '../../src/main/api/types';
import { createExportPool, type ExportPool } from '../../src/main/export/worker/exportPool';
import { generateSampleWorkbook } from '../../src/main/sample/generateSample';
import { openWorkbookStore, type WorkbookStore } from '../../src/main/store';
import { webExportTarget } from '../../src/main/web/exportTarget';
import type { Workbook } from '../../src/shared/schema';
import { tempDirs } from '../helpers/tempDir';
import { refusal, value } from '../unit/apiHarness';
import { docxText } from './support/libreoffice';
import { writeWorkbookFolder } from './support/workbooks';

const TODAY = '2026-11-23';
const dirs = tempDirs();
const stores: WorkbookStore[] = [];
const pools: ExportPool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
  await Promise.all(stores.splice(0).map((store) => store.close()));
  await dirs.cleanup();
});

/**
 * A sample practice whose first client holds every worksheet but the agreements: a client
 * report of a few hundred pages, seconds of work to build and pack.
 */
function practiceWithALongReport(clients: number): Workbook {
  const book = generateSampleWorkbook({ clients, seed: 'export-worker', today: TODAY });
  const first = book.clients[0];
  if (first === undefined) throw new Error('the sample has no client');
  book.worksheets = book.worksheets.map((sheet) =>
    sheet.kind === 'agreement' ? sheet : { ...sheet, clientId: first.id },
  );
  return book;
}

/** That practice in a real store, exporting as web mode does into `<dir>/exports`. */
async function openPractice(
  clients = 8,
): Promise<{ deps: ApiDeps; book: Workbook; exportsDir: string }> {
  const dir = await dirs.make('export-worker');
  const book = practiceWithALongReport(clients);
  await writeWorkbookFolder(join(dir, 'workbook'), book);
  const store = await openWorkbookStore(join(dir, 'workbook'));
  stores.push(store);
  const exportsDir = join(dir, 'exports');
  let ids = 0;
  const deps: ApiDeps = {
    store,
    newId: () => `export-${++ids}`,
    now: () => new Date(`${TODAY}T09:00:00Z`),
    exportTarget: webExportTarget(exportsDir),
  };
  return { deps, book, exportsDir };
}

function clientOf(book: Workbook, index: number): { id: string; name: string } {
  const client = book.clients[index];
  if (client === undefined) throw new Error(`the sample has no client ${index}`);
  return client;
}

describe('exporting in the worker', () => {
  it('builds a long client report while the main thread keeps answering', async () => {
    const { deps, book } = await openPractice();
    const api = createApi(deps);
    const client = clientOf(book, 0);
    // Warm: the first export also starts the worker (and compiles it, under vitest).
    value(await api.call('exports:save', { document: 'idp', clientId: client.id }));

    let ticks = 0;
    let longestGap = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
      ticks += 1;
    }, 10);
    const started = performance.now();
    let exportDone = 0;
    const exporting = api
      .call('exports:save', { document: 'client-report', clientId: client.id })
      .then((result) => {
        exportDone = performance.now();
        return result;
      });
    // Requests that read the store are answered meanwhile, not after the export.
    const practice = await api.call('practice:get', {});
    const answeredAt = performance.now();
    const other = await api.call('clients:get', { id: clientOf(book, 1).id });
    const saved = value(await exporting);
    clearInterval(timer);

    expect(value(practice).businessName).toBe(book.practice.businessName);
    expect(value(other).name).toBe(clientOf(book, 1).name);
    const exportMs = exportDone - started;
    expect(exportMs, 'the report takes long enough to prove something').toBeGreaterThan(1000);
    expect(answeredAt - started).toBeLessThan(exportMs / 4);
    // The timer kept firing all along: no gap near the export's length.
    expect(longestGap).toBeLessThan(Math.min(500, exportMs / 4));
    expect(ticks).toBeGreaterThan(exportMs / 10 / 4);

    if (saved.status !== 'saved') throw new Error('web mode never cancels');
    const text = await docxText(saved.record.path);
    expect(text).toContain('Contents');
    expect(text).toContain(client.name);
    expect(text).toContain('Transferable Skills Inventory');
  });

  it('a worker that crashes fails its export clearly, and the next export starts a new one', async () => {
    // Thirty clients' worksheets: too much for the memory given, unlike a short document.
    const { deps, book, exportsDir } = await openPractice(30);
    const pool = createExportPool({ resourceLimits: { maxOldGenerationSizeMb: 64 } });
    pools.push(pool);
    const exports = exportsHandlers(deps, pool);

    const crashed = await exports['exports:save']({
      document: 'client-report',
      clientId: clientOf(book, 0).id,
    });
    const error = refusal(crashed, 'internal');
    expect(error.message).toMatch(/stopped before it finished \(it ran out of memory\)/);
    expect(error.message).toContain('Nothing was saved');
    expect(await readdir(exportsDir).catch(() => [])).toEqual([]);

    const second = clientOf(book, 1);
    const saved = value(
      await exports['exports:save']({ document: 'client-report', clientId: second.id }),
    );
    if (saved.status !== 'saved') throw new Error('web mode never cancels');
    expect(await readdir(exportsDir)).toEqual([saved.fileName]);
    expect(await docxText(saved.record.path)).toContain(second.name);
  });

  it('gives the same errors as building in process', async () => {
    const { deps, book } = await openPractice();
    const api = createApi(deps);
    const unknown = await api.call('exports:save', { document: 'idp', clientId: 'nobody' });
    expect(refusal(unknown, 'notFound').message).toBe('There is no client with the id "nobody".');
    const none = await api.call('exports:save', {
      document: 'idp',
      clientId: clientOf(book, 1).id,
    });
    expect(refusal(none, 'notFound').message).toBe(
      `${clientOf(book, 1).name} has no Individual Development Plan yet.`,
    );
    const sheet = book.worksheets.find((w) => w.kind === 'idp');
    if (sheet === undefined) throw new Error('the sample has no IDP');
    const elsewhere = await api.call('exports:save', {
      document: 'idp',
      clientId: clientOf(book, 1).id,
      worksheetId: sheet.id,
    });
    expect(refusal(elsewhere, 'invalid').message).toBe(
      `That worksheet does not belong to ${clientOf(book, 1).name}.`,
    );
  });
});
