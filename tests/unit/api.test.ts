import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_CLIENT_DRAFT, emptyWorkbook } from '../../src/shared/domain/emptyRecords';
import { CURRENT_SCHEMA_VERSION } from '../../src/shared/schema';
import { openHarness, refusal, value, type ApiHarness, type HarnessOptions } from './apiHarness';

let h: ApiHarness | undefined;
afterEach(async () => {
  await h?.dispose();
  h = undefined;
});
async function open(options?: HarnessOptions): Promise<ApiHarness> {
  h = await openHarness(options);
  return h;
}

describe('the single entry, Api.handle', () => {
  it('answers an unknown operation with a typed error, whatever its name', async () => {
    const { api } = await open();
    for (const name of ['clients:explode', '__proto__', 'constructor', 'toString', '', 42, null]) {
      const error = refusal(await api.handle(name, {}), 'invalid');
      expect(error.message).toMatch(/no operation called/);
    }
  });

  it('refuses a malformed payload, naming each wrong field, and writes nothing', async () => {
    const { api, fileText } = await open();
    const before = await fileText();
    const error = refusal(
      await api.handle('clients:create', {
        client: { ...EMPTY_CLIENT_DRAFT, name: 'Ana', status: 'vip', startDate: '2026-02-30' },
        extra: true,
      }),
      'invalid',
    );
    expect(error.problems?.map((p) => p.path).sort()).toEqual([
      '(root)',
      'client.startDate',
      'client.status',
    ]);
    refusal(await api.handle('clients:list', null), 'invalid');
    refusal(await api.handle('practice:get', undefined), 'invalid');
    expect(await fileText()).toBe(before);
  });

  it('turns an unexpected failure into an internal error instead of throwing', async () => {
    const { api } = await open({
      now: () => {
        throw new Error('the clock stopped');
      },
    });
    const error = refusal(await api.handle('workbook:loadSample', { clients: 2 }), 'internal');
    expect(error.message).toContain('the clock stopped');
  });

  it('lets the store refuse records with broken ids, so nothing invalid reaches the file', async () => {
    const { api, fileText } = await open({ newId: () => 'not a valid id!' });
    const before = await fileText();
    const error = refusal(
      await api.call('clients:create', { client: { ...EMPTY_CLIENT_DRAFT, name: 'Ana' } }),
      'invalid',
    );
    // The store validates the one record that changed, and names its field.
    expect(error.message).toMatch(/client is not valid\. id: Not a valid identifier/);
    expect(await fileText()).toBe(before);
  });

  it('hands out copies: changing an answer never changes the workbook', async () => {
    const { api } = await open();
    const ana = value(
      await api.call('clients:create', { client: { ...EMPTY_CLIENT_DRAFT, name: 'Ana' } }),
    );
    ana.name = 'Changed behind our back';
    value(await api.call('workbook:get', {})).clients.length = 0;
    expect(value(await api.call('clients:get', { id: ana.id })).name).toBe('Ana');
  });
});

describe('practice profile and template', () => {
  it('replaces the profile and keeps it across a restart', async () => {
    const first = await open();
    const profile = value(await first.api.call('practice:get', {}));
    const updated = { ...profile, coachName: 'Sam Rivera', paperSize: 'Letter' as const };
    expect(value(await first.api.call('practice:update', { profile: updated }))).toEqual(updated);
    await first.store.close();
    const again = await open({ fileText: await first.fileText() });
    expect(value(await again.api.call('practice:get', {}))).toEqual(updated);
    await first.dispose();
  });

  it('refuses an invalid profile and an invalid template, naming the field', async () => {
    const { api, fileText } = await open();
    const before = await fileText();
    const profile = value(await api.call('practice:get', {}));
    const error = refusal(
      await api.handle('practice:update', { profile: { ...profile, paperSize: 'A5' } }),
      'invalid',
    );
    expect(error.message).toContain('profile.paperSize');
    const template = value(await api.call('template:get', {}));
    const bad = { ...template, defaults: { ...template.defaults, shoeSize: '42' } };
    refusal(await api.handle('template:save', { template: bad }), 'invalid');
    expect(await fileText()).toBe(before);
  });

  it('saves a changed template for the next agreements', async () => {
    const { api } = await open();
    const template = value(await api.call('template:get', {}));
    const saved = value(
      await api.call('template:save', { template: { ...template, title: 'How we work' } }),
    );
    expect(value(await api.call('template:get', {}))).toEqual(saved);
  });
});

describe('the workbook as a whole', () => {
  it('tells how it opened, fills a new workbook with the sample, and only a new one', async () => {
    const { api } = await open();
    expect(value(await api.call('workbook:info', {}))).toMatchObject({ state: 'ok', isNew: true });
    const info = value(await api.call('workbook:loadSample', { clients: 3 }));
    expect(info.isNew).toBe(false);
    const book = value(await api.call('workbook:get', {}));
    expect(book.clients).toHaveLength(3);
    expect(book.worksheets.length).toBeGreaterThan(3);
    const error = refusal(await api.call('workbook:loadSample', { clients: 3 }), 'conflict');
    expect(error.message).toMatch(/new, empty workbook/);
  });

  it('restores a backup, and refuses a name that is not one of its backups', async () => {
    // A store takes its first backup before its first write over an existing file.
    const first = await open();
    const ana = { ...EMPTY_CLIENT_DRAFT, name: 'Ana' };
    value(await first.api.call('clients:create', { client: ana }));
    await first.store.close();
    const { api } = await open({ fileText: await first.fileText() });
    await first.dispose();
    value(await api.call('clients:create', { client: { ...ana, name: 'Ben' } }));
    const { backups } = value(await api.call('workbook:info', {}));
    const backup = backups[0];
    if (!backup) throw new Error('Expected a backup to have been taken');
    const info = value(await api.call('workbook:restoreBackup', { backupId: backup.id }));
    expect(info.state).toBe('ok');
    const names = value(await api.call('clients:list', { includeArchived: true })).map(
      (c) => c.name,
    );
    expect(names).toEqual(['Ana']);
    refusal(await api.call('workbook:restoreBackup', { backupId: '../../etc/passwd' }), 'invalid');
  });

  it('in read-only mode shows the workbook but refuses every change with `readOnly`', async () => {
    const newer = { ...emptyWorkbook(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 };
    const { api, filesOnDisk } = await open({ fileText: JSON.stringify(newer) });
    const before = await filesOnDisk();
    expect(before['book.json']).toBe(JSON.stringify(newer));
    expect(value(await api.call('workbook:info', {})).state).toBe('readOnly');
    value(await api.call('clients:list', { includeArchived: true }));
    refusal(
      await api.call('clients:create', { client: { ...EMPTY_CLIENT_DRAFT, name: 'Ana' } }),
      'readOnly',
    );
    refusal(await api.call('workbook:loadSample', { clients: 1 }), 'readOnly');
    expect(await filesOnDisk()).toEqual(before);
  });

  it('in recovery answers reads and changes with `recovery`, and info explains', async () => {
    const { api } = await open({ fileText: '{"schemaVersion": 2, "clients": [' });
    const info = value(await api.call('workbook:info', {}));
    expect(info.state).toBe('recovery');
    expect(info.keptAsidePath).not.toBeNull();
    refusal(await api.call('workbook:get', {}), 'recovery');
    refusal(await api.call('practice:get', {}), 'recovery');
    refusal(await api.call('worksheets:create', { kind: 'idp', clientId: null }), 'recovery');
    refusal(await api.call('workbook:loadSample', { clients: 1 }), 'recovery');
  });
});
