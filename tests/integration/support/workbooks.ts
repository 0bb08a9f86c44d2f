import type { Client, Workbook } from '../../../src/shared/schema';
import {
  emptyWorkbook,
  newClient,
  EMPTY_CLIENT_DRAFT,
  emptyWorksheet,
} from '../../../src/shared/domain/emptyRecords';

const NOW = '2025-01-06T09:00:00.000Z';

/** A client record as the app would create it. */
export function client(n: number, overrides: Partial<Client> = {}): Client {
  return {
    ...newClient(
      {
        ...EMPTY_CLIENT_DRAFT,
        name: `Client ${n}`,
        email: `client${n}@example.com`,
        status: 'active',
      },
      { id: `client-${n}`, now: NOW },
    ),
    ...overrides,
  };
}

/** A valid workbook with a practice name, `clients` clients and one IDP and one skills sheet each. */
export function workbookWith(clients: number): Workbook {
  const book = emptyWorkbook();
  book.practice.coachName = 'Helen Okafor';
  book.practice.businessName = 'Northbridge Career Coaching';
  for (let n = 0; n < clients; n += 1) {
    book.clients.push(client(n, { notes: 'Prefers morning sessions. '.repeat(10) }));
    book.worksheets.push(emptyWorksheet('idp', `client-${n}`, { id: `idp-${n}`, now: NOW }));
    book.worksheets.push(emptyWorksheet('skills', `client-${n}`, { id: `skills-${n}`, now: NOW }));
  }
  return book;
}

/** The workbook file text, as the store writes it. */
export function fileText(book: unknown): string {
  return `${JSON.stringify(book, null, 2)}\n`;
}
