import type { AgreementWorksheet, Client, Workbook, Worksheet } from '../../shared/schema';
import { fail, ok, type Result } from '../../shared/result';
import type { ApiDeps } from './types';

/** Id and time for a new or changed record, taken once per call so that they agree. */
export interface Stamp {
  id: string;
  now: string;
}

/** A fresh id and the current time as an ISO timestamp. */
export function stampOf(deps: ApiDeps): Stamp {
  return { id: deps.newId(), now: deps.now().toISOString() };
}

export function findClient(book: Workbook, id: string): Result<Client> {
  const found = book.clients.find((c) => c.id === id);
  return found
    ? ok(found)
    : fail('notFound', 'We could not find that client. They may have been deleted.');
}

export function findWorksheet(book: Workbook, id: string): Result<Worksheet> {
  const found = book.worksheets.find((w) => w.id === id);
  return found
    ? ok(found)
    : fail('notFound', 'We could not find that worksheet. It may have been deleted.');
}

export function findAgreement(book: Workbook, id: string): Result<AgreementWorksheet> {
  const found = book.worksheets.find((w) => w.id === id);
  return found?.kind === 'agreement'
    ? ok(found)
    : fail('notFound', 'We could not find that agreement. It may have been deleted.');
}

/** Whether a record with this id is already in the workbook (clients or worksheets). */
export function worksheetIdTaken(book: Workbook, id: string): boolean {
  return book.worksheets.some((w) => w.id === id);
}

/** Remove and return the worksheet at `id` from the draft (caller has checked it exists). */
export function removeWorksheet(book: Workbook, id: string): void {
  book.worksheets = book.worksheets.filter((w) => w.id !== id);
}

/** Replace the stored record with the same id by `next`. */
export function replaceWorksheet(book: Workbook, next: Worksheet): void {
  book.worksheets = book.worksheets.map((w) => (w.id === next.id ? next : w));
}

export function replaceClient(book: Workbook, next: Client): void {
  book.clients = book.clients.map((c) => (c.id === next.id ? next : c));
}
