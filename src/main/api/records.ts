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

/** The client with this id, or a `notFound` error a coach can read. */
export function findClient(book: Workbook, id: string): Result<Client> {
  const found = book.clients.find((c) => c.id === id);
  return found
    ? ok(found)
    : fail('notFound', 'We could not find that client. They may have been deleted.');
}

/** The worksheet with this id, or `notFound`. */
export function findWorksheet(book: Workbook, id: string): Result<Worksheet> {
  const found = book.worksheets.find((w) => w.id === id);
  return found
    ? ok(found)
    : fail('notFound', 'We could not find that worksheet. It may have been deleted.');
}

/** The agreement with this id, or `notFound` (also when the id is another kind of worksheet). */
export function findAgreement(book: Workbook, id: string): Result<AgreementWorksheet> {
  const found = book.worksheets.find((w) => w.id === id);
  return found?.kind === 'agreement'
    ? ok(found)
    : fail('notFound', 'We could not find that agreement. It may have been deleted.');
}

/** Put `next` in place of the stored worksheet with the same id. */
export function replaceWorksheet(book: Workbook, next: Worksheet): void {
  book.worksheets = book.worksheets.map((w) => (w.id === next.id ? next : w));
}

/** Put `next` in place of the stored client with the same id. */
export function replaceClient(book: Workbook, next: Client): void {
  book.clients = book.clients.map((c) => (c.id === next.id ? next : c));
}
