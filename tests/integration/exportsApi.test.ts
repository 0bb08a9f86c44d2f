import { chmod, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../src/main/api';
import { openWorkbookStore } from '../../src/main/store';
import { webExportTarget } from '../../src/main/web/exportTarget';
import { DOCUMENT_KINDS, type ExportRecord, type Workbook } from '../../src/shared/schema';
import { wordText } from './support/docxParts';
import { EMPTY_CLIENT_DRAFT } from '../../src/shared/domain/emptyRecords';
import { diskReaders, openHarness, refusal, value, type ApiHarness } from '../unit/apiHarness';
import { tempDirs } from '../helpers/tempDir';

const dirs = tempDirs();
const harnesses: ApiHarness[] = [];
afterEach(async () => {
  await Promise.all(harnesses.splice(0).map((h) => h.dispose()));
  await dirs.cleanup();
});

/** A sample practice in a real store, exporting as web mode does into `<dir>/exports`. */
async function samplePractice(): Promise<ApiHarness & { exportsDir: string; book: Workbook }> {
  const h = await openHarness({ exports: true });
  harnesses.push(h);
  value(await h.api.call('workbook:loadSample', { clients: 3 }));
  const book = value(await h.api.call('workbook:get', {}));
  return { ...h, exportsDir: join(h.dir, 'exports'), book };
}

/** The text of a Word file's main part: proof that it is a docx Word can open. */
async function documentXml(path: string): Promise<string> {
  const files = unzipSync(new Uint8Array(await readFile(path)));
  const part = files['word/document.xml'];
  expect(part, `${basename(path)} has no word/document.xml`).toBeDefined();
  return part ? strFromU8(part) : '';
}

async function history(api: Api): Promise<ExportRecord[]> {
  return value(await api.call('workbook:get', {})).exportHistory;
}

describe('exporting from the app', () => {
  it('exports every kind of document, each a Word file, each recorded in the history', async () => {
    const h = await samplePractice();
    const client = h.book.clients[0];
    if (!client) throw new Error('the sample has no client');
    const sheets = h.book.worksheets.filter((w) => w.clientId === client.id);
    const requests = [
      ...sheets.map((w) => ({
        document: w.kind === 'boundaryMap' ? ('boundary-map' as const) : w.kind,
        worksheetId: w.id,
      })),
      { document: 'client-report' as const, clientId: client.id },
      { document: 'sponsor-report' as const, clientId: client.id },
      { document: 'practice-summary' as const },
    ];
    // Every kind, so that no document the UI offers is left untried.
    expect(new Set(requests.map((r) => r.document)).size).toBe(DOCUMENT_KINDS.length);

    for (const request of requests) {
      const outcome = value(await h.api.call('exports:save', request));
      if (outcome.status !== 'saved') throw new Error('web mode never asks, so never cancels');
      const { record } = outcome;
      expect(dirname(record.path)).toBe(h.exportsDir);
      expect(outcome.fileName).toBe(basename(record.path));
      expect(outcome.fileName).toMatch(/^2026-03-02 .+\.docx$/);
      expect(outcome.canShowInFolder).toBe(false);
      expect(record.document).toBe(request.document);
      expect(record.title.trim()).not.toBe('');
      if (request.document !== 'practice-summary') {
        expect(record.clientId).toBe(client.id);
        expect(record.title).toContain(client.name);
        expect(outcome.fileName).toContain(client.name);
      }
      expect(await documentXml(record.path)).toContain('<w:body>');
    }
    const recorded = await history(h.api);
    expect(recorded.map((r) => r.document)).toEqual(requests.map((r) => r.document));
    // What lands on disk is what the history says, and nothing else (no temp files).
    expect((await readdir(h.exportsDir)).sort()).toEqual(
      recorded.map((r) => basename(r.path)).sort(),
    );
  });

  it('a sponsor report holds the parts the request names, for the name it gives', async () => {
    const h = await samplePractice();
    const idp = h.book.worksheets.find((w) => w.kind === 'idp' && w.clientId !== null);
    const client = h.book.clients.find((c) => c.id === idp?.clientId);
    if (!client) throw new Error('the sample has no development plan');
    const sponsor = { preparedFor: 'Dana Lee', include: ['idp-log' as const], leftOut: [] };
    const outcome = value(
      await h.api.call('exports:save', {
        document: 'sponsor-report',
        clientId: client.id,
        sponsor,
      }),
    );
    if (outcome.status !== 'saved') throw new Error('web mode never asks, so never cancels');
    expect(outcome.fileName).toBe(`2026-03-02 ${client.name} - Sponsor Report.docx`);
    expect(outcome.record.document).toBe('sponsor-report');
    const text = wordText(await documentXml(outcome.record.path));
    expect(text).toContain('Confidential — prepared for Dana Lee');
    expect(text).toContain('Progress log');
    expect(text).not.toContain('Progress at a glance');
    // A choice of parts goes with a sponsor report only.
    refusal(
      await h.api.call('exports:save', { document: 'client-report', clientId: client.id, sponsor }),
      'invalid',
    );
  });

  it('names an agreement with its version, as a save dialog would suggest', async () => {
    const h = await samplePractice();
    const agreement = h.book.worksheets.find((w) => w.kind === 'agreement');
    if (agreement?.kind !== 'agreement') throw new Error('the sample has no agreement');
    const client = h.book.clients.find((c) => c.id === agreement.clientId);
    const outcome = value(
      await h.api.call('exports:save', { document: 'agreement', worksheetId: agreement.id }),
    );
    expect(outcome.status === 'saved' && outcome.fileName).toBe(
      `2026-03-02 ${client?.name ?? ''} - ${agreement.title} v${agreement.version}.docx`,
    );
  });

  it('never overwrites: a second export of the same document gets "(2)", then "(3)"', async () => {
    const h = await samplePractice();
    const names: string[] = [];
    for (let i = 0; i < 3; i++) {
      const outcome = value(await h.api.call('exports:save', { document: 'practice-summary' }));
      if (outcome.status === 'saved') names.push(outcome.fileName);
    }
    expect(names).toEqual([
      '2026-03-02 Practice Summary.docx',
      '2026-03-02 Practice Summary (2).docx',
      '2026-03-02 Practice Summary (3).docx',
    ]);
    const chosen = value(await h.api.call('exports:chooseFolder', {}));
    if (chosen.status !== 'chosen') throw new Error('web mode never cancels');
    expect(chosen.path).toBe(h.exportsDir);
    const saved = value(
      await h.api.call('exports:saveToFolder', {
        folder: chosen.folder,
        request: { document: 'practice-summary' },
      }),
    );
    expect(saved.fileName).toBe('2026-03-02 Practice Summary (4).docx');
    expect(await readdir(h.exportsDir)).toHaveLength(4);
  });

  it('exports all of a client’s documents, one call each, into the chosen folder', async () => {
    const h = await samplePractice();
    const client = h.book.clients[1];
    if (!client) throw new Error('the sample has too few clients');
    const chosen = value(await h.api.call('exports:chooseFolder', {}));
    if (chosen.status !== 'chosen') throw new Error('web mode never cancels');
    const sheets = h.book.worksheets.filter((w) => w.clientId === client.id);
    for (const sheet of sheets) {
      const document = sheet.kind === 'boundaryMap' ? 'boundary-map' : sheet.kind;
      value(
        await h.api.call('exports:saveToFolder', {
          folder: chosen.folder,
          request: { document, worksheetId: sheet.id },
        }),
      );
    }
    expect(await readdir(h.exportsDir)).toHaveLength(sheets.length);
    expect((await history(h.api)).every((r) => r.clientId === client.id)).toBe(true);
  });

  it('exporting all of a client’s documents saves the history once, at the last document', async () => {
    const h = await samplePractice();
    const client = h.book.clients[0];
    if (!client) throw new Error('the sample has no client');
    const chosen = value(await h.api.call('exports:chooseFolder', {}));
    if (chosen.status !== 'chosen') throw new Error('web mode never cancels');
    const clientFile = join(h.store.filePath, 'clients', `${client.id}.json`);
    // Each save replaces the file (a new inode): the inode tells how many saves there were.
    const inode = async () => (await stat(clientFile)).ino;
    const before = await inode();
    const sheets = h.book.worksheets.filter((w) => w.clientId === client.id);
    for (const [i, sheet] of sheets.entries()) {
      const document = sheet.kind === 'boundaryMap' ? 'boundary-map' : sheet.kind;
      const saved = value(
        await h.api.call('exports:saveToFolder', {
          folder: chosen.folder,
          request: { document, worksheetId: sheet.id },
          more: i < sheets.length - 1,
        }),
      );
      // Found for "Show in folder" even before the history is saved (web mode then says where).
      const shown = await h.api.call('exports:showInFolder', { recordId: saved.record.id });
      expect(shown.ok ? '' : shown.error.message).toMatch(/cannot be opened from the browser/);
      if (i < sheets.length - 1) expect(await inode()).toBe(before);
    }
    expect(await inode()).not.toBe(before);
    const recorded = (await history(h.api)).filter((r) => r.clientId === client.id);
    expect(recorded).toHaveLength(sheets.length);
    const onDisk = JSON.parse(await readFile(clientFile, 'utf8')) as { exportHistory: unknown[] };
    expect(onDisk.exportHistory).toHaveLength(sheets.length);
  });

  it('refuses a folder never chosen, and a document the client has nothing for', async () => {
    const h = await samplePractice();
    refusal(
      await h.api.call('exports:saveToFolder', {
        folder: 'notAHandleFromThisRun',
        request: { document: 'practice-summary' },
      }),
      'notFound',
    );
    const newcomer = value(
      await h.api.call('clients:create', { client: { ...EMPTY_CLIENT_DRAFT, name: 'Ada New' } }),
    );
    const error = refusal(
      await h.api.call('exports:save', { document: 'mentors', clientId: newcomer.id }),
      'notFound',
    );
    expect(error.message).toContain('Ada New has no Mentor List yet');
    expect(await readdir(h.exportsDir).catch(() => [])).toEqual([]);
    expect(await history(h.api)).toEqual([]);
  });

  it('keeps the newest 2,000 exports in the history, dropping the oldest', async () => {
    const h = await samplePractice();
    const old: ExportRecord[] = Array.from({ length: 2000 }, (_, i) => ({
      id: `old-${i}`,
      at: '2025-01-01T00:00:00.000Z',
      document: 'practice-summary',
      clientId: null,
      worksheetId: null,
      title: `Practice Summary ${i}`,
      path: `/nowhere/${i}.docx`,
    }));
    value(
      await h.store.update((draft) => {
        draft.exportHistory = old;
        return { ok: true, value: null };
      }),
    );
    const outcome = value(await h.api.call('exports:save', { document: 'practice-summary' }));
    const recorded = await history(h.api);
    expect(recorded).toHaveLength(2000);
    expect(recorded[0]?.id).toBe('old-1');
    expect(recorded.at(-1)?.id).toBe(outcome.status === 'saved' ? outcome.record.id : '');
  });

  it('shows a file in its folder only from the history, and says why not in the browser', async () => {
    const h = await samplePractice();
    refusal(await h.api.call('exports:showInFolder', { recordId: 'never-exported' }), 'notFound');
    const outcome = value(await h.api.call('exports:save', { document: 'practice-summary' }));
    if (outcome.status !== 'saved') throw new Error('web mode never cancels');
    const error = refusal(
      await h.api.call('exports:showInFolder', { recordId: outcome.record.id }),
      'invalid',
    );
    expect(error.message).toContain(h.exportsDir);
  });
});

describe('when exporting fails or cannot happen', () => {
  async function apiWith(
    exportsFolder: string | null | undefined,
  ): Promise<{ api: Api; dir: string }> {
    const dir = await dirs.make('exports-api');
    const store = await openWorkbookStore(join(dir, 'workbook'));
    let n = 0;
    const api = createApi({
      store,
      newId: () => `e-${++n}`,
      now: () => new Date('2026-11-23T10:00:00Z'),
      ...(exportsFolder === undefined ? {} : { exportTarget: webExportTarget(exportsFolder) }),
    });
    harnesses.push({
      api,
      store,
      dir,
      filePath: store.filePath,
      ...diskReaders(dir, store),
      dispose: () => store.close(),
    });
    value(await api.call('workbook:loadSample', { clients: 1 }));
    return { api, dir };
  }

  it('says exporting is not available when the app has nowhere to put documents', async () => {
    const { api } = await apiWith(undefined);
    const error = refusal(
      await api.call('exports:save', { document: 'practice-summary' }),
      'invalid',
    );
    expect(error.message).toBe('Exporting is not available here.');
    expect(value(await api.call('exports:info', {})).available).toBe(false);
  });

  it('tells web mode to start with --exports when it has no folder', async () => {
    const { api } = await apiWith(null);
    const error = refusal(
      await api.call('exports:save', { document: 'practice-summary' }),
      'invalid',
    );
    expect(error.message).toContain('--exports');
    const info = value(await api.call('exports:info', {}));
    expect(info).toMatchObject({ available: false, canShowInFolder: false, fixedFolder: null });
  });

  it('explains a folder that cannot exist (under a file), records nothing, leaves nothing', async () => {
    const dir = await dirs.make('exports-file');
    const file = join(dir, 'notes.txt');
    await writeFile(file, 'a file, not a folder');
    const { api } = await apiWith(join(file, 'exports'));
    const before = value(await api.call('workbook:get', {})).exportHistory;
    const error = refusal(await api.call('exports:save', { document: 'practice-summary' }), 'io');
    expect(error.message).toContain('is not a folder');
    expect(await readdir(dir)).toEqual(['notes.txt']);
    expect(value(await api.call('workbook:get', {})).exportHistory).toEqual(before);
  });

  it('explains a folder that went away mid-export and leaves no half-written file', async () => {
    const dir = await dirs.make('exports-gone');
    const folder = join(dir, 'out');
    const { api } = await apiWith(folder);
    const chosen = value(await api.call('exports:chooseFolder', {}));
    if (chosen.status !== 'chosen') throw new Error('web mode never cancels');
    // The folder is replaced by a file of the same name: no write inside it can succeed.
    await rm(folder, { recursive: true });
    await writeFile(folder, '');
    const error = refusal(
      await api.call('exports:saveToFolder', {
        folder: chosen.folder,
        request: { document: 'practice-summary' },
      }),
      'io',
    );
    expect(error.message).toContain('is not a folder');
    expect(await readdir(dir)).toEqual(['out']);
    expect(value(await api.call('workbook:get', {})).exportHistory).toEqual([]);
  });

  it('explains a read-only folder and leaves no temporary file behind', async (context) => {
    const dir = await dirs.make('exports-ro');
    const folder = join(dir, 'locked');
    await mkdir(folder);
    await chmod(folder, 0o555);
    // The superuser writes through permissions, so the refusal cannot be seen as root.
    const probe = join(folder, 'probe');
    const writable = await writeFile(probe, '').then(
      () => true,
      () => false,
    );
    if (writable) {
      await chmod(folder, 0o755);
      context.skip('running as root (or with CAP_DAC_OVERRIDE): permissions do not stop writes');
    }
    try {
      const { api } = await apiWith(folder);
      const error = refusal(await api.call('exports:save', { document: 'practice-summary' }), 'io');
      expect(error.message).toContain('permission');
      expect(await readdir(folder)).toEqual([]);
      expect(value(await api.call('workbook:get', {})).exportHistory).toEqual([]);
    } finally {
      await chmod(folder, 0o755);
    }
  });
});
