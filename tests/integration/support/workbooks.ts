import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { allParts, readWorkbookAt, serializePart } from '../../../src/main/store';
import { partPath } from '../../../src/main/store/folderLayout';
import type { Client, Workbook } from '../../../src/shared/schema';
import {
  emptyWorkbook,
  newClient,
  EMPTY_CLIENT_DRAFT,
} from '../../../src/shared/domain/emptyRecords';
import { emptyWorksheet } from '../../../src/shared/kinds';

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

/** The text of a single-file workbook, the format before workbooks were folders. */
export function fileText(book: unknown): string {
  return `${JSON.stringify(book, null, 2)}\n`;
}

/**
 * Write `book` as a workbook folder (workbook.json, coach.json, clients/<id>.json), file by
 * file with plain writes, as another computer or a sync client would leave it.
 */
export async function writeWorkbookFolder(folder: string, book: Workbook): Promise<void> {
  for (const [key, data] of allParts(book)) {
    const path = partPath(folder, key);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, serializePart(data));
  }
}

/** The workbook a folder holds, read as the app reads it (without changing anything). */
export async function readWorkbookFolder(folder: string): Promise<Workbook> {
  const reading = await readWorkbookAt(folder);
  if (reading.kind !== 'valid') {
    throw new Error(`The workbook at ${folder} is ${reading.kind}: ${JSON.stringify(reading)}`);
  }
  return reading.workbook;
}

/** Where a part file of the workbook folder is. */
export const mainFile = (folder: string) => join(folder, 'workbook.json');
export const clientFile = (folder: string, id: string) => join(folder, 'clients', `${id}.json`);

/**
 * `book` as the store hands it back: clients and worksheets in the order they were created
 * (then by id), export history oldest first.
 */
export function inStoredOrder(book: Workbook): Workbook {
  const byCreation = <T extends { createdAt: string; id: string }>(a: T, b: T) =>
    a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
  return {
    ...book,
    clients: [...book.clients].sort(byCreation),
    worksheets: [...book.worksheets].sort(byCreation),
    exportHistory: [...book.exportHistory].sort(
      (a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id),
    ),
  };
}
