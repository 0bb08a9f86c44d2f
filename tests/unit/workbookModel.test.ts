import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workbookApiOver } from '../../src/shared/contract/api';
import { EMPTY_CLIENT_DRAFT } from '../../src/shared/domain/emptyRecords';
import { workbook, type Client } from '../../src/shared/schema';
import { WorkbookModel } from '../../src/renderer/src/state/workbookModel';
import { openHarness, value, type ApiHarness } from './apiHarness';
import { MemoryStorage } from '../helpers/memoryStorage';

/** The page's model over the real handlers and a real workbook folder (no window, no HTTP). */
let h: ApiHarness;
let model: WorkbookModel;
/** Every channel the model asked for, in order. */
let asked: string[];

beforeEach(async () => {
  h = await openHarness();
  asked = [];
  const api = workbookApiOver((channel, input) => {
    asked.push(channel);
    return h.api.call(channel, input);
  });
  // No debounce and quick retries: the tests wait on flush() rather than on time.
  model = new WorkbookModel(api, { debounceMs: 0, retryDelaysMs: [10] });
});
afterEach(() => h.dispose());

const addClient = async (name: string): Promise<Client> =>
  value(await h.api.call('clients:create', { client: { ...EMPTY_CLIENT_DRAFT, name } }));
const onDisk = async () => workbook.parse(JSON.parse(await h.fileText()));
const cache = () => {
  const loaded = model.getState().cache;
  if (!loaded) throw new Error('not loaded');
  return loaded;
};

describe('the page’s workbook model', () => {
  it('opens with the client rows only, and loads a client when their page asks', async () => {
    const ana = await addClient('Ana');
    value(await h.api.call('worksheets:create', { kind: 'idp', clientId: ana.id }));
    await model.load();
    expect(asked).not.toContain('workbook:get');
    expect(cache().clients.map((c) => [c.name, c.worksheetCount])).toEqual([['Ana', 1]]);
    expect(cache().files.size).toBe(0);
    await model.openClient(ana.id);
    expect(
      cache()
        .files.get(ana.id)
        ?.worksheets.map((w) => w.kind),
    ).toEqual(['idp']);
  });

  it('shows an edit at once, updates the client’s row, and saves it to disk', async () => {
    const ana = await addClient('Ana');
    await model.load();
    await model.openClient(ana.id);
    model.editClient(ana.id, (c) => ({ ...c, name: 'Ana Costa' }), 'name');
    expect(cache().clients[0]?.name).toBe('Ana Costa');
    expect(model.getState().save.state).toBe('saving');
    await model.flush();
    expect(model.getState().save.state).toBe('saved');
    expect((await onDisk()).clients[0]?.name).toBe('Ana Costa');
  });

  it('holds back an edit the schema refuses, says why at the field, and saves it once fixed', async () => {
    const ana = await addClient('Ana');
    await model.load();
    await model.openClient(ana.id);
    model.editClient(ana.id, (c) => ({ ...c, name: '   ' }), 'name');
    const state = model.getState();
    expect(state.problems.get(`client:${ana.id}`)).toEqual([
      { path: 'name', message: 'A client needs a name' },
    ]);
    expect(state.save).toMatchObject({
      state: 'failed',
      message: 'Not saved: A client needs a name',
    });
    await model.flush();
    expect(asked).not.toContain('clients:update');
    expect((await onDisk()).clients[0]?.name).toBe('Ana');
    model.editClient(ana.id, (c) => ({ ...c, name: 'Ana B' }), 'name');
    expect(model.getState().problems.size).toBe(0);
    await model.flush();
    expect((await onDisk()).clients[0]?.name).toBe('Ana B');
  });

  it('merges keystrokes in one field into one undo step, and undoes to disk', async () => {
    const ana = await addClient('Ana');
    await model.load();
    await model.openClient(ana.id);
    for (const name of ['Ana ', 'Ana C', 'Ana Co']) {
      model.editClient(ana.id, (c) => ({ ...c, name }), 'name');
    }
    model.editClient(ana.id, (c) => ({ ...c, role: 'CFO' }), 'role');
    model.undo();
    expect(cache().files.get(ana.id)?.client).toMatchObject({ name: 'Ana Co', role: '' });
    model.undo();
    expect(cache().files.get(ana.id)?.client.name).toBe('Ana');
    expect(model.getState().canUndo).toBe(false);
    model.redo();
    await model.flush();
    expect((await onDisk()).clients[0]?.name).toBe('Ana Co');
  });

  it('keeps an edit not yet saved on top when the workbook is read again', async () => {
    const ana = await addClient('Ana');
    const slow = new WorkbookModel(
      workbookApiOver((channel, input) => h.api.call(channel, input)),
      { debounceMs: 60_000, retryDelaysMs: [10] },
    );
    await slow.load();
    await slow.openClient(ana.id);
    slow.editClient(ana.id, (c) => ({ ...c, notes: 'typed, not saved yet' }), 'notes');
    await slow.load();
    expect(slow.getState().cache?.files.get(ana.id)?.client.notes).toBe('typed, not saved yet');
    await slow.flush();
    expect((await onDisk()).clients[0]?.notes).toBe('typed, not saved yet');
  });

  it('counts worksheets as they are made and deleted, and forgets a deleted client', async () => {
    const ana = await addClient('Ana');
    await model.load();
    await model.openClient(ana.id);
    const made = value(await model.createWorksheet('mentors', ana.id));
    expect(cache().clients[0]?.worksheetCount).toBe(1);
    expect(
      cache()
        .files.get(ana.id)
        ?.worksheets.map((w) => w.id),
    ).toEqual([made.id]);
    value(await model.deleteWorksheet(made.id));
    expect(cache().clients[0]?.worksheetCount).toBe(0);
    value(await model.deleteClient(ana.id));
    expect(cache().clients).toEqual([]);
    expect(cache().files.has(ana.id)).toBe(false);
    expect((await onDisk()).clients).toEqual([]);
  });

  it('keeps an unsaved edit in the browser’s storage, and a reloaded page saves it', async () => {
    const ana = await addClient('Ana');
    const storage = new MemoryStorage();
    // The server stops answering while the coach types: nothing reaches main.
    let down = false;
    const api = workbookApiOver((channel, input) =>
      down
        ? Promise.resolve({ ok: false, error: { code: 'io', message: 'Not answering.' } })
        : h.api.call(channel, input),
    );
    const before = new WorkbookModel(
      api,
      { debounceMs: 0, retryDelaysMs: [60_000] },
      Date.now,
      storage,
    );
    await before.load();
    await before.openClient(ana.id);
    down = true;
    before.editClient(ana.id, (c) => ({ ...c, notes: 'typed while the server was down' }), 'notes');
    await before.flush();
    expect(before.getState().save.state).toBe('failed');
    // The page is reloaded once the server is back: a new model on the same storage.
    down = false;
    const after = new WorkbookModel(api, { debounceMs: 0, retryDelaysMs: [10] }, Date.now, storage);
    await after.load();
    await after.flush();
    expect((await onDisk()).clients[0]?.notes).toBe('typed while the server was down');
    expect(storage.length).toBe(0);
  });

  it('keeps a held-back edit on screen when an earlier keystroke’s save comes back, and across a reload', async () => {
    const ana = await addClient('Bo');
    await model.load();
    await model.openClient(ana.id);
    model.editClient(ana.id, (c) => ({ ...c, name: 'B' }), 'name');
    model.editClient(ana.id, (c) => ({ ...c, name: '' }), 'name');
    await model.flush();
    expect((await onDisk()).clients[0]?.name).toBe('B');
    expect(cache().files.get(ana.id)?.client.name).toBe('');
    await model.load();
    expect(cache().files.get(ana.id)?.client.name).toBe('');
    expect(model.getState().save.message).toBe('Not saved: A client needs a name');
  });

  it('refuses to archive, send or export what the page shows while a field is held back', async () => {
    const ana = await addClient('Ana');
    await model.load();
    await model.openClient(ana.id);
    model.editClient(ana.id, (c) => ({ ...c, name: '' }), 'name');
    const archived = await model.archiveClient(ana.id);
    expect(archived.ok).toBe(false);
    if (!archived.ok) expect(archived.error.message).toContain('First fix the field marked in red');
    expect(model.heldBackMessage()).toContain('A client needs a name');
    expect((await onDisk()).clients[0]?.archivedAt).toBeNull();
  });

  it('sends nothing to a server that now has another workbook open, and says the page must reload', async () => {
    const ana = await addClient('Ana');
    const other = await openHarness();
    try {
      let serving = h;
      const api = workbookApiOver((channel, input) => serving.api.call(channel, input));
      const page = new WorkbookModel(api, { debounceMs: 60_000, retryDelaysMs: [10] });
      await page.load();
      await page.openClient(ana.id);
      page.editClient(ana.id, (c) => ({ ...c, notes: 'meant for the first workbook' }), 'notes');
      // The server is restarted on another workbook; the page is given its new key.
      serving = other;
      await page.reconnect();
      expect(page.getState().otherWorkbook).toBe(true);
      await page.flush();
      expect(await other.fileText()).not.toContain('meant for the first workbook');
      expect((await onDisk()).clients[0]?.notes).toBe('');
    } finally {
      await other.dispose();
    }
  });

  it('marks a client that is gone as missing instead of loading forever', async () => {
    await model.load();
    await model.openClient('no-such-client');
    expect(model.getState().missing.has('client:no-such-client')).toBe(true);
  });
});
