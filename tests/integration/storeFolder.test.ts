import { cp, mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkbookStore, serializeWorkbook, type WorkbookStore } from '../../src/main/store';
import { ok } from '../../src/shared/result';
import {
  CURRENT_SCHEMA_VERSION,
  workbook,
  type Client,
  type Workbook,
} from '../../src/shared/schema';
import { migratePartToCurrent, migrateToCurrent } from '../../src/main/store/migrations';
import { clientPart, type ClientPart } from '../../src/main/store/partFiles';
import { tempDirs } from '../helpers/tempDir';
import { workbookWith } from './support/workbooks';

const dirs = tempDirs();
const open: WorkbookStore[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  await dirs.cleanup();
});

async function opened(path: string): Promise<WorkbookStore> {
  const store = await openWorkbookStore(path);
  open.push(store);
  return store;
}

function book(store: WorkbookStore): Workbook {
  const read = store.read();
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

/** Rename a client the way the app's handlers change records: replace it, never edit in place. */
function rename_(store: WorkbookStore, id: string, change: Partial<Client>) {
  return store.update((draft) => {
    draft.clients = draft.clients.map((c) =>
      c.id === id ? { ...c, ...change, updatedAt: new Date().toISOString() } : c,
    );
    return ok(null);
  });
}

const clientFile = (folder: string, id: string) => join(folder, 'clients', `${id}.json`);

/** A client's file as it is on disk, checked against its schema. */
async function readPart(path: string): Promise<ClientPart> {
  return clientPart.parse(JSON.parse(await readFile(path, 'utf8')));
}

/** A conflict file's two versions of a client record. */
async function readConflict(path: string): Promise<{ kept: Client; other: Client }> {
  const parsed = JSON.parse(await readFile(path, 'utf8')) as { kept: Client; other: Client };
  return parsed;
}

/** What another computer's sync client does: write elsewhere, then rename over the file. */
async function replaceFromElsewhere(path: string, text: string): Promise<void> {
  await writeFile(`${path}.incoming`, text);
  await rename(`${path}.incoming`, path);
}

async function seeded(clients = 3): Promise<{ folder: string; store: WorkbookStore }> {
  const dir = await dirs.make('folder');
  const legacy = join(dir, 'practice.json');
  await writeFile(legacy, serializeWorkbook({ ...workbookWith(clients), schemaVersion: 2 }));
  const store = await opened(legacy);
  return { folder: join(dir, 'practice'), store };
}

describe('a workbook folder', () => {
  it('converts a version-2 single file into a folder, keeping the original byte for byte', async () => {
    const dir = await dirs.make('convert');
    const legacy = join(dir, 'workbook.json');
    const text = serializeWorkbook({ ...workbookWith(2), schemaVersion: 2 });
    await writeFile(legacy, text);
    const store = await opened(legacy);
    expect(store.info().state).toBe('ok');
    expect(store.info().message).toMatch(/updated to work with this version/);
    const folder = join(dir, 'workbook');
    expect(store.filePath).toBe(folder);
    expect(book(store).clients.map((c) => c.name)).toEqual(
      workbookWith(2).clients.map((c) => c.name),
    );
    expect((await readdir(folder)).sort()).toEqual(
      [
        '.validated.json',
        'backups',
        'clients',
        'coach.json',
        'workbook.json',
        'workbook.lock',
      ].sort(),
    );
    expect(await readdir(join(folder, 'clients'))).toHaveLength(2);
    const kept = (await readdir(join(folder, 'backups'))).find((n) => n.endsWith('version-2.json'));
    expect(kept).toBeDefined();
    expect(await readFile(join(folder, 'backups', kept ?? ''), 'utf8')).toBe(text);
    await expect(stat(legacy)).rejects.toThrow();
  });

  it('converts the frozen version-2 file: every record kept, each client in its own file', async () => {
    const dir = await dirs.make('frozen-v2');
    const legacy = join(dir, 'workbook.json');
    const text = await readFile(new URL('../fixtures/workbook-v2.json', import.meta.url), 'utf8');
    await writeFile(legacy, text);
    const store = await opened(legacy);
    expect(store.info().state).toBe('ok');
    // Every record as the migrations make it (they have tests of their own): clause text rich.
    const migrated = migrateToCurrent(JSON.parse(text));
    if (migrated.kind !== 'migrated') throw new Error(`expected migrated, got ${migrated.kind}`);
    const frozen = workbook.parse(migrated.data);
    const shown = book(store);
    expect(shown.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(shown.practice).toEqual(frozen.practice);
    expect(shown.agreementTemplate).toEqual(frozen.agreementTemplate);
    const byId = <T extends { id: string }>(list: T[]) =>
      [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(shown.clients)).toEqual(byId(frozen.clients));
    expect(byId(shown.worksheets)).toEqual(byId(frozen.worksheets));
    const folder = join(dir, 'workbook');
    for (const c of frozen.clients) {
      const part = await readPart(clientFile(folder, c.id));
      expect(part.worksheets.map((w) => w.id).sort()).toEqual(
        frozen.worksheets
          .filter((w) => w.clientId === c.id)
          .map((w) => w.id)
          .sort(),
      );
    }
  });

  it('opens a frozen version-3 folder as it is; a client changed is written as the current version, nothing else', async () => {
    const folder = join(await dirs.make('frozen-v3'), 'workbook');
    await cp(new URL('../fixtures/workbook-v3', import.meta.url), folder, { recursive: true });
    const files = ['workbook.json', 'coach.json', 'clients/c-0001.json'];
    const before = await Promise.all(files.map((f) => readFile(join(folder, f), 'utf8')));
    const store = await opened(folder);
    expect(store.info().state).toBe('ok');
    const shown = book(store);
    expect(shown.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(shown.clients.map((c) => c.name)).toEqual(['Mary Kowalczyk']);
    const migrated = migratePartToCurrent(JSON.parse(before[2] ?? ''));
    if (migrated.kind !== 'migrated') throw new Error(`expected migrated, got ${migrated.kind}`);
    const frozenClient = clientPart.parse(migrated.data);
    expect(shown.clients[0]).toEqual(frozenClient.client);
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(shown.worksheets.filter((w) => w.clientId === 'c-0001').sort(byId)).toEqual(
      [...frozenClient.worksheets].sort(byId),
    );
    const choice = { preparedFor: 'Thandiwe Santos', include: ['idp-goals' as const], leftOut: [] };
    expect((await rename_(store, 'c-0001', { sponsorReport: choice })).ok).toBe(true);
    const saved = await readPart(clientFile(folder, 'c-0001'));
    expect(saved.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(saved.client.sponsorReport).toEqual(choice);
    // The files nobody changed stay as version 3 wrote them, so an older app still reads them.
    expect(await readFile(join(folder, 'workbook.json'), 'utf8')).toBe(before[0]);
    expect(await readFile(join(folder, 'coach.json'), 'utf8')).toBe(before[1]);
    await store.close();
    const again = await opened(folder);
    expect(book(again).clients[0]?.sponsorReport).toEqual(choice);
  });

  it('takes a single file named workbook.json for a single file, whatever its version', async () => {
    const dir = await dirs.make('single-v3');
    const file = join(dir, 'workbook.json');
    await writeFile(file, serializeWorkbook(workbookWith(1)));
    const store = await opened(file);
    expect(store.info().state).toBe('ok');
    expect(store.filePath).toBe(join(dir, 'workbook'));
    expect(book(store).clients).toHaveLength(1);
  });

  it('writes only the changed client file, as compact JSON, and keeps files private', async () => {
    const { folder, store } = await seeded(3);
    const [a, b] = book(store).clients;
    if (a === undefined || b === undefined) throw new Error('no clients');
    const before = await stat(clientFile(folder, b.id));
    expect((await rename_(store, a.id, { notes: 'Prefers mornings' })).ok).toBe(true);
    const text = await readFile(clientFile(folder, a.id), 'utf8');
    expect(text).not.toContain('\n');
    expect(JSON.parse(text)).toMatchObject({ client: { notes: 'Prefers mornings' } });
    expect((await stat(clientFile(folder, b.id))).mtimeMs).toBe(before.mtimeMs);
    for (const path of [clientFile(folder, a.id), join(folder, 'workbook.json')]) {
      expect((await stat(path)).mode & 0o777).toBe(0o600);
    }
    for (const path of [folder, join(folder, 'clients'), join(folder, 'backups')]) {
      expect((await stat(path)).mode & 0o777).toBe(0o700);
    }
  });

  it('keeps the mode a coach gave a file', async () => {
    const { folder, store } = await seeded(1);
    const [a] = book(store).clients;
    if (a === undefined) throw new Error('no client');
    const { chmod } = await import('node:fs/promises');
    await chmod(clientFile(folder, a.id), 0o640);
    await store.close();
    const again = await opened(folder);
    expect((await rename_(again, a.id, { notes: 'x' })).ok).toBe(true);
    expect((await stat(clientFile(folder, a.id))).mode & 0o777).toBe(0o640);
  });

  it('a second opener is read-only with a clear message, and Try again works once the first closes', async () => {
    const { folder, store } = await seeded(1);
    const second = await opened(folder);
    expect(second.info()).toMatchObject({ state: 'readOnly', canRetry: true });
    expect(second.info().message).toMatch(/open in another window or on another computer since/);
    const [a] = book(second).clients;
    if (a === undefined) throw new Error('no client');
    const refused = await rename_(second, a.id, { notes: 'from the second window' });
    expect(refused.ok).toBe(false);
    expect((await readPart(clientFile(folder, a.id))).client.notes).not.toBe(
      'from the second window',
    );
    await store.close();
    const retried = await second.retryOpen();
    expect(retried.ok && retried.value.state).toBe('ok');
    expect((await rename_(second, a.id, { notes: 'now it saves' })).ok).toBe(true);
  });
});

describe('changes made elsewhere', () => {
  it('loads a client changed on another computer and says so', async () => {
    const { folder, store } = await seeded(2);
    const [a] = book(store).clients;
    if (a === undefined) throw new Error('no client');
    const part = await readPart(clientFile(folder, a.id));
    part.client = {
      ...part.client,
      name: 'Renamed Elsewhere',
      updatedAt: new Date().toISOString(),
    };
    await replaceFromElsewhere(clientFile(folder, a.id), JSON.stringify(part));
    const revision = store.info().revision;
    await store.checkForChanges();
    expect(book(store).clients.find((c) => c.id === a.id)?.name).toBe('Renamed Elsewhere');
    expect(store.info().revision).toBeGreaterThan(revision);
    expect(store.info().notice).toMatch(/1 client was changed on another computer/);
  });

  it('merges an older copy edited elsewhere: both edits to different records survive', async () => {
    const { folder, store } = await seeded(1);
    const [a] = book(store).clients;
    if (a === undefined) throw new Error('no client');
    const sheet = book(store).worksheets.find((w) => w.clientId === a.id);
    if (sheet === undefined) throw new Error('no worksheet');
    const older = await readPart(clientFile(folder, a.id));
    // Here: the client record changes (acknowledged).
    expect((await rename_(store, a.id, { notes: 'Edited here' })).ok).toBe(true);
    // Elsewhere, from the older copy: only a worksheet's title changes, and that file syncs in.
    older.worksheets = older.worksheets.map((w) =>
      w.id === sheet.id
        ? { ...w, title: 'Retitled elsewhere', updatedAt: new Date().toISOString() }
        : w,
    );
    await replaceFromElsewhere(clientFile(folder, a.id), JSON.stringify(older));
    // The next edit here finds the file changed: it merges instead of writing over it.
    expect((await rename_(store, a.id, { phone: '555 0100' })).ok).toBe(true);
    const onDisk = await readPart(clientFile(folder, a.id));
    expect(onDisk.client).toMatchObject({ notes: 'Edited here', phone: '555 0100' });
    expect(onDisk.worksheets.find((w) => w.id === sheet.id)?.title).toBe('Retitled elsewhere');
    expect(book(store).worksheets.find((w) => w.id === sheet.id)?.title).toBe('Retitled elsewhere');
  });

  it('keeps both versions when the same record changed on both sides, listing the conflict', async () => {
    const { folder, store } = await seeded(1);
    const [a] = book(store).clients;
    if (a === undefined) throw new Error('no client');
    const older = await readPart(clientFile(folder, a.id));
    expect((await rename_(store, a.id, { notes: 'Here first' })).ok).toBe(true);
    older.client = {
      ...older.client,
      notes: 'Elsewhere later',
      updatedAt: '2999-01-01T00:00:00.000Z',
    };
    await replaceFromElsewhere(clientFile(folder, a.id), JSON.stringify(older));
    expect((await rename_(store, a.id, { notes: 'Here again' })).ok).toBe(true);
    const info = store.info();
    const conflicts = info.setAside.filter((f) => f.reason === 'conflict');
    expect(conflicts).toHaveLength(1);
    const kept = await readConflict(join(folder, 'set-aside', conflicts[0]?.name ?? ''));
    // The later change stays; the other is kept aside, so nothing typed is lost.
    expect(kept.kept.notes).toBe('Elsewhere later');
    expect(kept.other.notes).toBe('Here again');
    expect(book(store).clients[0]?.notes).toBe('Elsewhere later');
  });

  it.each([
    ['a newer version', (part: ClientPart) => JSON.stringify({ ...part, schemaVersion: 99 })],
    ['garbage', () => '{"schemaVersion": 3, "client": {"na'],
  ])('never writes over %s dropped in by a sync client; keeps this side aside', async (_, make) => {
    const { folder, store } = await seeded(1);
    const [a] = book(store).clients;
    if (a === undefined) throw new Error('no client');
    const part = await readPart(clientFile(folder, a.id));
    const dropped = make(part);
    await replaceFromElsewhere(clientFile(folder, a.id), dropped);
    const refused = await rename_(store, a.id, { notes: 'Typed here' });
    expect(refused.ok).toBe(false);
    expect(refused.ok ? '' : refused.error.code).toBe('readOnly');
    expect(await readFile(clientFile(folder, a.id), 'utf8')).toBe(dropped);
    expect(store.info().state).toBe('readOnly');
    const unsaved = store.info().setAside.find((f) => f.reason === 'unsaved');
    expect(unsaved).toBeDefined();
    const kept = await readFile(join(folder, 'set-aside', unsaved?.name ?? ''), 'utf8');
    expect(clientPart.parse(JSON.parse(kept)).client.notes).toBe('Typed here');
  });
});

describe('a save that fails', () => {
  it('is not applied later behind the coach’s back, and the same change works once the disk is back', async () => {
    const { folder, store } = await seeded(2);
    const [a, b] = book(store).clients;
    if (a === undefined || b === undefined) throw new Error('no clients');
    // The clients folder disappears (a disconnected drive) and a file stands in its way.
    await rename(join(folder, 'clients'), join(folder, 'clients.away'));
    await writeFile(join(folder, 'clients'), 'not a folder');
    const failed = await store.update((draft) => {
      draft.clients = draft.clients.filter((c) => c.id !== a.id);
      draft.worksheets = draft.worksheets.filter((w) => w.clientId !== a.id);
      return ok(null);
    });
    expect(failed.ok ? '' : failed.error.code).toBe('io');
    expect(book(store).clients.map((c) => c.id)).toContain(a.id);
    await rm(join(folder, 'clients'));
    await rename(join(folder, 'clients.away'), join(folder, 'clients'));
    // An unrelated change saves; the failed delete must not ride along with it.
    expect((await rename_(store, b.id, { notes: 'later' })).ok).toBe(true);
    await expect(stat(clientFile(folder, a.id))).resolves.toBeDefined();
    await store.close();
    const again = await opened(folder);
    expect(
      book(again)
        .clients.map((c) => c.id)
        .sort(),
    ).toEqual([a.id, b.id].sort());
    expect(book(again).clients.find((c) => c.id === b.id)?.notes).toBe('later');
  });

  it('retrying a failed create makes one client, not two', async () => {
    const { folder, store } = await seeded(1);
    const template = book(store).clients[0];
    if (template === undefined) throw new Error('no client');
    const created: Client = { ...template, id: 'new-client-1', name: 'New Person' };
    const create = () =>
      store.update((draft) => {
        if (draft.clients.some((c) => c.id === created.id)) return ok(null);
        draft.clients = [...draft.clients, created];
        return ok(null);
      });
    await rename(join(folder, 'clients'), join(folder, 'clients.away'));
    await writeFile(join(folder, 'clients'), 'in the way');
    expect((await create()).ok).toBe(false);
    await rm(join(folder, 'clients'));
    await rename(join(folder, 'clients.away'), join(folder, 'clients'));
    expect((await create()).ok).toBe(true);
    expect(book(store).clients.filter((c) => c.name === 'New Person')).toHaveLength(1);
    expect(await readdir(join(folder, 'clients'))).toHaveLength(2);
  });
});

describe('recovery', () => {
  it('sets an unreadable client file aside and opens the rest, naming the file', async () => {
    const { folder, store } = await seeded(2);
    const [a] = book(store).clients;
    if (a === undefined) throw new Error('no client');
    await store.close();
    open.length = 0;
    await writeFile(clientFile(folder, a.id), Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    const again = await opened(folder);
    expect(again.info().state).toBe('ok');
    expect(again.info().message).toMatch(/not text/);
    expect(book(again).clients).toHaveLength(1);
    const aside = again.info().setAside.find((f) => f.reason === 'unreadable');
    expect(aside?.name).toContain(a.id);
    expect([...(await readFile(join(folder, 'set-aside', aside?.name ?? '')))]).toEqual([
      0x7b, 0xff, 0xfe, 0x7d,
    ]);
  });

  it('with no backups, lists what was set aside and starts empty only when asked', async () => {
    const dir = await dirs.make('recovery');
    const folder = join(dir, 'workbook');
    await mkdir(folder);
    await writeFile(join(folder, 'workbook.json'), '{"schemaVersion": 3, "practice": ');
    const store = await opened(folder);
    expect(store.info().state).toBe('recovery');
    expect(store.info().setAside.map((f) => f.reason)).toEqual(['unreadable']);
    await store.close();
    open.length = 0;
    const again = await opened(folder);
    expect(again.info().state).toBe('recovery');
    expect(again.info().setAside).toHaveLength(1);
    const started = await again.startNew(workbookWith(0));
    expect(started.ok && started.value.state).toBe('ok');
    expect(again.info().setAside).toHaveLength(1);
  });
});
