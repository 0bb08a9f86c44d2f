import type { Workbook, WorksheetKind } from '../../../shared/schema';
import type { ExportRequest } from '../index';

/**
 * The worksheets the practice summary reads: agreements for their states, and those whose due
 * dates it lists (see dueItems). Skills inventories and boundary maps have nothing due.
 */
const SUMMARY_KINDS: ReadonlySet<WorksheetKind> = new Set(['agreement', 'idp', 'mentors']);

/**
 * The part of the workbook one export reads, as a workbook of its own: buildDocument gives the
 * same document (and the same errors) from it as from the whole workbook. Sending a worker only
 * this keeps the copy cheap: one client's records for a client's document, rather than
 * thousands of clients' worksheets.
 */
export function exportSlice(workbook: Workbook, request: ExportRequest): Workbook {
  const head = { ...workbook, exportHistory: [] };
  if (request.document === 'practice-summary') {
    return {
      ...head,
      worksheets: workbook.worksheets.filter((sheet) => SUMMARY_KINDS.has(sheet.kind)),
    };
  }
  const asked =
    request.worksheetId === undefined
      ? undefined
      : workbook.worksheets.find((sheet) => sheet.id === request.worksheetId);
  // The client asked for, and the owner of the worksheet asked for (which may be another
  // client: buildDocument then says it does not belong to the first).
  const owners = new Set<string | null>();
  if (request.clientId !== undefined) owners.add(request.clientId);
  if (asked !== undefined) owners.add(asked.clientId);
  return {
    ...head,
    clients: workbook.clients.filter((client) => owners.has(client.id)),
    worksheets: workbook.worksheets.filter(
      (sheet) => sheet === asked || (sheet.clientId !== null && owners.has(sheet.clientId)),
    ),
  };
}
