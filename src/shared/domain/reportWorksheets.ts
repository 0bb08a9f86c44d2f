import type { Worksheet } from '../schema';
import { kindSpec } from '../kinds';
import { agreementSeries } from './agreementVersions';

/**
 * The worksheets a report shows for a client, in the order of its chapters: every worksheet,
 * but of each agreement only the version in force (older versions are history, not part of
 * the work).
 */
export function clientReportWorksheets(
  worksheets: readonly Worksheet[],
  clientId: string,
): Worksheet[] {
  const current = new Set(agreementSeries(worksheets, clientId).map((s) => s.current.id));
  return worksheets
    .filter((s) => s.clientId === clientId && (s.kind !== 'agreement' || current.has(s.id)))
    .sort(
      (a, b) =>
        kindSpec(a.kind).chapter - kindSpec(b.kind).chapter ||
        a.createdAt.localeCompare(b.createdAt),
    );
}

/** Orders worksheets newest first: the last changed, then the last made. */
export function newestFirst(a: Worksheet, b: Worksheet): number {
  return b.updatedAt.localeCompare(a.updatedAt) || b.createdAt.localeCompare(a.createdAt);
}
