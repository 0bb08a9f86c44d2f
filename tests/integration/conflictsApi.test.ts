import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clientPart, type ClientPart } from '../../src/main/store/partFiles';
import { ok } from '../../src/shared/result';
import type { AgreementWorksheet, Client, Workbook } from '../../src/shared/schema';
import { openHarness, refusal, value, type ApiHarness } from '../unit/apiHarness';

const harnesses: ApiHarness[] = [];
afterEach(async () => {
  await Promise.all(harnesses.splice(0).map((h) => h.dispose()));
});

/** A sample practice in a real store on a temp folder. */
async function sample(): Promise<ApiHarness & { book: Workbook }> {
  const h = await openHarness();
  harnesses.push(h);
  value(await h.api.call('workbook:loadSample', { clients: 6 }));
  return { ...h, book: value(await h.api.call('workbook:get', {})) };
}

const clientFile = (h: ApiHarness, id: string) => join(h.store.filePath, 'clients', `${id}.json`);
const setAside = (h: ApiHarness, name: string) => join(h.store.filePath, 'set-aside', name);

async function readPart(path: string): Promise<ClientPart> {
  return clientPart.parse(JSON.parse(await readFile(path, 'utf8')));
}

interface ConflictText {
  part: string;
  record: string;
  kept: Client;
  other: Client;
}

async function readConflict(h: ApiHarness, name: string): Promise<ConflictText> {
  return JSON.parse(await readFile(setAside(h, name), 'utf8')) as ConflictText;
}

/** Change a client's notes the way the handlers change records: replace it, never edit in place. */
function setNotes(h: ApiHarness, id: string, notes: string) {
  return h.store.update((draft) => {
    draft.clients = draft.clients.map((c) =>
      c.id === id ? { ...c, notes, updatedAt: new Date().toISOString() } : c,
    );
    return ok(null);
  });
}

/** What another computer's sync client does: write elsewhere, then rename over the file. */
async function replaceFromElsewhere(path: string, text: string): Promise<void> {
  await writeFile(`${path}.incoming`, text);
  await rename(`${path}.incoming`, path);
}

/**
 * The same client changed here and on another computer: the later change (from elsewhere)
 * stays, "Here again" is kept aside. Answers the conflict file's name.
 */
async function clientConflict(h: ApiHarness, id: string): Promise<string> {
  const older = await readPart(clientFile(h, id));
  value(await setNotes(h, id, 'Here first'));
  older.client = {
    ...older.client,
    notes: 'Elsewhere later',
    updatedAt: '2999-01-01T00:00:00.000Z',
  };
  await replaceFromElsewhere(clientFile(h, id), JSON.stringify(older));
  value(await setNotes(h, id, 'Here again'));
  const conflicts = h.store.info().setAside.filter((f) => f.reason === 'conflict');
  expect(conflicts).toHaveLength(1);
  return conflicts[0]?.name ?? '';
}

function clientOf(h: ApiHarness, id: string): Client | undefined {
  const book = h.store.read();
  return book.ok ? book.value.clients.find((c) => c.id === id) : undefined;
}

describe('using the other version of a conflict', () => {
  it('puts the version kept aside in the workbook and keeps the replaced one in the file', async () => {
    const h = await sample();
    const ana = h.book.clients[0];
    if (ana === undefined) throw new Error('no client');
    const name = await clientConflict(h, ana.id);
    expect(clientOf(h, ana.id)?.notes).toBe('Elsewhere later');

    const details = value(await h.api.call('workbook:conflictDetails', { name }));
    expect(details).toMatchObject({
      label: `Client record of ${ana.name}`,
      currentUpdatedAt: '2999-01-01T00:00:00.000Z',
      differences: ['Notes'],
      canUse: true,
      why: null,
    });

    const info = value(await h.api.call('workbook:useOtherVersion', { name }));
    expect(info.setAside.map((f) => f.name)).toContain(name);
    // In memory and on disk, with a time later than the version it replaced: it wins from now on.
    const now = clientOf(h, ana.id);
    expect(now?.notes).toBe('Here again');
    expect(now?.updatedAt.localeCompare('2999-01-01T00:00:00.000Z')).toBe(1);
    expect((await readPart(clientFile(h, ana.id))).client).toEqual(now);
    // The version it replaced is in the file now, so nothing is lost.
    const file = await readConflict(h, name);
    expect(file.part).toBe(`clients/${ana.id}.json`);
    expect(file.record).toBe('client');
    expect(file.kept).toEqual(now);
    expect(file.other.notes).toBe('Elsewhere later');

    // And back again.
    value(await h.api.call('workbook:useOtherVersion', { name }));
    expect(clientOf(h, ana.id)?.notes).toBe('Elsewhere later');
    expect((await readConflict(h, name)).other.notes).toBe('Here again');
    expect(await readdir(join(h.store.filePath, 'set-aside'))).toEqual([name]);
  });

  it('never replaces a signed agreement; says so, and changes nothing', async () => {
    const h = await sample();
    const signed = h.book.worksheets.find(
      (w): w is AgreementWorksheet => w.kind === 'agreement' && w.status === 'signed',
    );
    if (signed === undefined) throw new Error('the sample has no signed agreement');
    const name = `clients-${signed.clientId}.conflict-2026-03-02T09-30-00-000Z.json`;
    await mkdir(join(h.store.filePath, 'set-aside'), { recursive: true });
    const text = JSON.stringify({
      part: `clients/${signed.clientId}.json`,
      record: `worksheet:${signed.id}`,
      kept: signed,
      other: { ...signed, status: 'sent', signedOn: null, updatedAt: '2026-03-02T09:30:00.000Z' },
    });
    await writeFile(setAside(h, name), text);
    await h.store.checkForChanges();
    expect(h.store.info().setAside.map((f) => f.name)).toContain(name);

    const details = value(await h.api.call('workbook:conflictDetails', { name }));
    expect(details.label).toMatch(/^Policies and Procedures Agreement, version \d+ of /);
    expect(details.canUse).toBe(false);
    expect(details.why).toMatch(/signed agreement is never replaced/);

    const before = await h.filesOnDisk();
    const refused = refusal(await h.api.call('workbook:useOtherVersion', { name }), 'conflict');
    expect(refused.message).toMatch(/signed agreement is never replaced/);
    expect(await h.filesOnDisk()).toEqual(before);
  });

  it('refuses a name the store did not list, and an item deleted since', async () => {
    const h = await sample();
    for (const name of ['../workbook.json', 'clients-x.conflict-2026-03-02T09-00-00-000Z.json']) {
      refusal(await h.api.call('workbook:useOtherVersion', { name }), 'notFound');
      refusal(await h.api.call('workbook:conflictDetails', { name }), 'notFound');
    }
    const client = h.book.clients[1];
    if (client === undefined) throw new Error('no client');
    const name = await clientConflict(h, client.id);
    value(await h.api.call('clients:delete', { id: client.id }));
    const gone = refusal(await h.api.call('workbook:useOtherVersion', { name }), 'notFound');
    expect(gone.message).toMatch(/no longer in the workbook/);
    expect(value(await h.api.call('workbook:conflictDetails', { name })).canUse).toBe(false);
  });

  it('refuses another version that is not valid, and a file that is not a conflict', async () => {
    const h = await sample();
    const client = h.book.clients[2];
    if (client === undefined) throw new Error('no client');
    await mkdir(join(h.store.filePath, 'set-aside'), { recursive: true });
    const broken = `clients-${client.id}.conflict-2026-03-02T09-40-00-000Z.json`;
    await writeFile(
      setAside(h, broken),
      JSON.stringify({
        part: `clients/${client.id}.json`,
        record: 'client',
        kept: client,
        other: { ...client, name: '' },
      }),
    );
    const junk = `clients-${client.id}.conflict-2026-03-02T09-41-00-000Z.json`;
    await writeFile(setAside(h, junk), '{}');
    await h.store.checkForChanges();
    const invalid = refusal(
      await h.api.call('workbook:useOtherVersion', { name: broken }),
      'invalid',
    );
    expect(invalid.message).toMatch(/other version is not valid/);
    refusal(await h.api.call('workbook:useOtherVersion', { name: junk }), 'invalid');
    expect(value(await h.api.call('workbook:conflictDetails', { name: junk }))).toMatchObject({
      canUse: false,
      label: 'An item that cannot be read',
    });
    expect(clientOf(h, client.id)).toEqual(client);
  });
});
