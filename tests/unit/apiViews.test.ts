import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_CLIENT_DRAFT } from '../../src/shared/domain/emptyRecords';
import { openHarness, refusal, value, type ApiHarness } from './apiHarness';

let h: ApiHarness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(() => h.dispose());

const addClient = async (name: string, notes = '') =>
  value(await h.api.call('clients:create', { client: { ...EMPTY_CLIENT_DRAFT, name, notes } }));

describe('what the screens load', () => {
  it('opens with one small row per client and the coach’s own worksheets, never the notes', async () => {
    const ana = await addClient('Ana Costa', 'Private: going through a divorce');
    value(await h.api.call('worksheets:create', { kind: 'idp', clientId: ana.id }));
    value(await h.api.call('worksheets:create', { kind: 'mentors', clientId: ana.id }));
    const mine = value(await h.api.call('worksheets:create', { kind: 'skills', clientId: null }));
    const opened = value(await h.api.call('workbook:open', {}));
    expect(opened.clients).toEqual([
      expect.objectContaining({ id: ana.id, name: 'Ana Costa', worksheetCount: 2 }),
    ]);
    expect(JSON.stringify(opened)).not.toContain('divorce');
    expect(opened.ownWorksheets.map((w) => w.id)).toEqual([mine.id]);
  });

  it('opens one client with every worksheet and agreement of theirs, and only theirs', async () => {
    const ana = await addClient('Ana');
    const bo = await addClient('Bo');
    const idp = value(await h.api.call('worksheets:create', { kind: 'idp', clientId: ana.id }));
    const deal = value(await h.api.call('agreements:create', { clientId: ana.id }));
    value(await h.api.call('worksheets:create', { kind: 'idp', clientId: bo.id }));
    const file = value(await h.api.call('clients:open', { id: ana.id }));
    expect(file.client).toEqual(ana);
    expect(file.worksheets.map((w) => w.id).sort()).toEqual([idp.id, deal.id].sort());
    const gone = value(await h.api.call('clients:delete', { id: bo.id }));
    expect(gone.client.id).toBe(bo.id);
    refusal(await h.api.call('clients:open', { id: bo.id }), 'notFound');
  });

  it('finds clients by any words of their name, organization or notes, ignoring accents', async () => {
    const zoe = await addClient('Zoë Müller', 'Met at the Lisbon conférence');
    await addClient('Bob Ortega');
    const found = value(await h.api.call('clients:search', { text: 'lisbon CONFERENCE zoe' }));
    expect(found).toEqual([zoe.id]);
    expect(value(await h.api.call('clients:search', { text: 'lisbon bob' }))).toEqual([]);
  });

  it('works out what is due in main, and keeps each client’s exports apart', async () => {
    const ana = await addClient('Ana');
    value(
      await h.api.call('clients:update', {
        client: { ...ana, yearlyCheckInDate: '2026-03-10', status: 'active' },
      }),
    );
    const due = value(await h.api.call('workbook:due', { kind: null, first: 5 }));
    expect(due).toEqual([
      {
        kind: 'yearlyCheckIn',
        total: 1,
        overdue: 0,
        items: [expect.objectContaining({ clientId: ana.id, overdue: false })],
      },
    ]);
    expect(value(await h.api.call('workbook:exportHistory', { clientId: ana.id }))).toEqual([]);
  });
});
