import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_CLIENT_DRAFT } from '../../src/shared/domain/emptyRecords';
import { workbook } from '../../src/shared/schema';
import { openHarness, refusal, value, type ApiHarness } from './apiHarness';

let h: ApiHarness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(() => h.dispose());

const addClient = async (name: string) =>
  value(await h.api.call('clients:create', { client: { ...EMPTY_CLIENT_DRAFT, name } }));

describe('clients through the API', () => {
  it('creates a client with an id and timestamps, and saves it to the file', async () => {
    const ana = await addClient('Ana Costa');
    expect(ana.id).toMatch(/^id-\d+$/);
    expect(ana.createdAt).toBe(ana.updatedAt);
    expect(ana.archivedAt).toBeNull();
    const onDisk = workbook.parse(JSON.parse(await h.fileText()));
    expect(onDisk.clients).toEqual([ana]);
  });

  it('lists clients by name whatever their case, hiding archived ones unless asked', async () => {
    await addClient('zoë Adams');
    const bob = await addClient('bob Li');
    await addClient('Alice Moreau');
    await addClient('Émile Dubois');
    value(await h.api.call('clients:archive', { id: bob.id }));
    const shown = value(await h.api.call('clients:list', { includeArchived: false }));
    expect(shown.map((c) => c.name)).toEqual(['Alice Moreau', 'Émile Dubois', 'zoë Adams']);
    const all = value(await h.api.call('clients:list', { includeArchived: true }));
    expect(all.map((c) => c.name)).toEqual(['Alice Moreau', 'bob Li', 'Émile Dubois', 'zoë Adams']);
  });

  it('archives and restores without losing anything', async () => {
    const ana = await addClient('Ana');
    const archived = value(await h.api.call('clients:archive', { id: ana.id }));
    expect(archived.archivedAt).not.toBeNull();
    const again = value(await h.api.call('clients:archive', { id: ana.id }));
    expect(again.archivedAt).toBe(archived.archivedAt);
    const restored = value(await h.api.call('clients:restore', { id: ana.id }));
    expect(restored.archivedAt).toBeNull();
    expect(restored.name).toBe('Ana');
    expect(value(await h.api.call('clients:list', { includeArchived: false }))).toHaveLength(1);
  });

  it('updates a client but keeps its id, creation date and archive date as stored', async () => {
    const ana = await addClient('Ana');
    value(await h.api.call('clients:archive', { id: ana.id }));
    const updated = value(
      await h.api.call('clients:update', {
        client: {
          ...ana,
          name: 'Ana Costa',
          status: 'active',
          createdAt: '2000-01-01T00:00:00.000Z',
          archivedAt: null,
        },
      }),
    );
    expect(updated.name).toBe('Ana Costa');
    expect(updated.status).toBe('active');
    expect(updated.createdAt).toBe(ana.createdAt);
    expect(updated.archivedAt).not.toBeNull();
    expect(updated.updatedAt > ana.updatedAt).toBe(true);
    expect(value(await h.api.call('clients:get', { id: ana.id }))).toEqual(updated);
  });

  it('refuses to update, archive or get a client that does not exist', async () => {
    const ana = await addClient('Ana');
    const before = await h.fileText();
    refusal(await h.api.call('clients:update', { client: { ...ana, id: 'nobody' } }), 'notFound');
    refusal(await h.api.call('clients:archive', { id: 'nobody' }), 'notFound');
    refusal(await h.api.call('clients:get', { id: 'nobody' }), 'notFound');
    expect(await h.fileText()).toBe(before);
  });

  it('refuses a client without a name, naming the field', async () => {
    const error = refusal(
      await h.api.handle('clients:create', { client: { ...EMPTY_CLIENT_DRAFT, name: '   ' } }),
      'invalid',
    );
    expect(error.problems?.map((p) => p.path)).toEqual(['client.name']);
    expect(error.message).toContain('client.name');
  });

  it('deletes a client with all their worksheets, and undo puts everything back', async () => {
    const ana = await addClient('Ana');
    const other = await addClient('Ben');
    value(await h.api.call('worksheets:create', { kind: 'idp', clientId: ana.id }));
    value(await h.api.call('worksheets:create', { kind: 'mentors', clientId: other.id }));
    value(await h.api.call('agreements:create', { clientId: ana.id }));
    const before = value(await h.api.call('workbook:get', {}));

    const deleted = value(await h.api.call('clients:delete', { id: ana.id }));
    expect(deleted.client).toEqual(ana);
    expect(deleted.worksheets.map((w) => w.kind).sort()).toEqual(['agreement', 'idp']);
    const after = value(await h.api.call('workbook:get', {}));
    expect(after.clients.map((c) => c.name)).toEqual(['Ben']);
    expect(after.worksheets.map((w) => w.clientId)).toEqual([other.id]);

    value(await h.api.call('clients:undelete', { deleted }));
    const restored = value(await h.api.call('workbook:get', {}));
    expect(new Set(restored.clients)).toEqual(new Set(before.clients));
    expect(restored.worksheets).toHaveLength(before.worksheets.length);
    expect(restored.worksheets).toEqual(expect.arrayContaining(before.worksheets));

    refusal(await h.api.call('clients:undelete', { deleted }), 'conflict');
  });

  it('will not put back worksheets of another client along with a deleted one', async () => {
    const ana = await addClient('Ana');
    const ben = await addClient('Ben');
    const bensPlan = value(
      await h.api.call('worksheets:create', { kind: 'idp', clientId: ben.id }),
    );
    const deleted = value(await h.api.call('clients:delete', { id: ana.id }));
    const forged = { ...deleted, worksheets: [{ ...bensPlan, id: 'forged' }] };
    refusal(await h.api.call('clients:undelete', { deleted: forged }), 'invalid');
  });
});
