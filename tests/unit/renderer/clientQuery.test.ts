import { describe, expect, it } from 'vitest';
import type { Client } from '../../../src/shared/schema';
import { EMPTY_CLIENT_DRAFT } from '../../../src/shared/domain/emptyRecords';
import { summaryOf, type ClientSummary } from '../../../src/shared/domain/clientSummary';
import {
  DEFAULT_CLIENT_QUERY,
  foldText,
  queryClients,
  type ClientQuery,
} from '../../../src/renderer/src/pages/clients/clientQuery';

let counter = 0;
/** A client's row in the list, made from a whole record as main makes it. */
function client(fields: Partial<Client>): ClientSummary {
  counter += 1;
  const record: Client = {
    ...EMPTY_CLIENT_DRAFT,
    id: `c${counter}`,
    createdAt: '2025-01-01T10:00:00.000Z',
    updatedAt: '2025-01-01T10:00:00.000Z',
    archivedAt: null,
    ...fields,
  };
  return summaryOf(record, 0);
}

const names = (clients: ClientSummary[]) => clients.map((c) => c.name);
const query = (over: Partial<ClientQuery>): ClientQuery => ({ ...DEFAULT_CLIENT_QUERY, ...over });

describe('foldText', () => {
  it('ignores case, accents and extra spaces', () => {
    expect(foldText('  ZOË   Ångström ')).toBe('zoe angstrom');
    expect(foldText('Tromsø, Łódź, Straße, Æsir')).toBe('tromso, lodz, strasse, aesir');
  });
});

describe('queryClients', () => {
  const zoe = client({ name: 'Zoë Müller', organization: 'Nordlicht GmbH', status: 'active' });
  const bob = client({
    name: 'bob Ortega',
    notes: 'Met at the Lisbon conférence',
    status: 'prospect',
  });
  const ann = client({
    name: 'Ann Lee',
    status: 'paused',
    archivedAt: '2025-02-01T10:00:00.000Z',
  });
  const all = [zoe, bob, ann];

  it('finds a client by name or organization whatever the accents and case', () => {
    expect(names(queryClients(all, query({ search: 'zoe muller' })))).toEqual(['Zoë Müller']);
    expect(names(queryClients(all, query({ search: 'NORDLICHT' })))).toEqual(['Zoë Müller']);
  });

  it('adds the clients main found by their notes once its answer is in', () => {
    const search = query({ search: 'lisbon conference' });
    expect(queryClients(all, search)).toEqual([]);
    expect(names(queryClients(all, search, new Set([bob.id])))).toEqual(['bob Ortega']);
    // An archived client found in main stays out unless archived clients are shown.
    expect(queryClients(all, search, new Set([ann.id]))).toEqual([]);
  });

  it('needs every word to match, in any order', () => {
    expect(names(queryClients(all, query({ search: 'muller zoe' })))).toEqual(['Zoë Müller']);
    expect(queryClients(all, query({ search: 'zoe lisbon' }))).toEqual([]);
  });

  it('leaves archived clients out unless asked, and filters by status', () => {
    expect(names(queryClients(all, query({})))).toEqual(['bob Ortega', 'Zoë Müller']);
    expect(names(queryClients(all, query({ showArchived: true })))).toEqual([
      'Ann Lee',
      'bob Ortega',
      'Zoë Müller',
    ]);
    expect(names(queryClients(all, query({ status: 'active' })))).toEqual(['Zoë Müller']);
  });

  it('sorts by status, start date, next check-in and last update, empty dates last', () => {
    const a = client({
      name: 'A',
      status: 'ended',
      startDate: '2024-05-01',
      yearlyCheckInDate: null,
    });
    const b = client({
      name: 'B',
      status: 'prospect',
      startDate: null,
      yearlyCheckInDate: '2025-09-01',
      updatedAt: '2025-03-01T10:00:00.000Z',
    });
    const c = client({
      name: 'C',
      status: 'active',
      startDate: '2025-01-10',
      yearlyCheckInDate: '2025-06-01',
    });
    const list = [a, b, c];
    expect(names(queryClients(list, query({ sort: 'status' })))).toEqual(['B', 'C', 'A']);
    expect(names(queryClients(list, query({ sort: 'startDate' })))).toEqual(['C', 'A', 'B']);
    expect(names(queryClients(list, query({ sort: 'checkIn' })))).toEqual(['C', 'B', 'A']);
    expect(names(queryClients(list, query({ sort: 'updated' }))).at(0)).toBe('B');
  });

  it('does not reorder the list it was given', () => {
    const list = [zoe, bob];
    queryClients(list, query({}));
    expect(list).toEqual([zoe, bob]);
  });
});
