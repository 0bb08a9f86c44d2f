import type { ExportRequestInput } from '../../../shared/contract';
import type { Worksheet } from '../../../shared/schema';
import { kindSpec } from '../../../shared/kinds';
import { agreementSeries } from '../../../shared/domain/agreementVersions';
import type { Route } from '../router';
import { findWorksheet, type WorkbookCache } from '../state/workbookCache';

/** One document to export, and how to name it to the user. */
export interface ExportItem {
  request: ExportRequestInput;
  label: string;
}

/** The export of one worksheet (for its client, when it has one). */
export function worksheetExport(sheet: Worksheet): ExportItem {
  const request: ExportRequestInput = {
    document: kindSpec(sheet.kind).document,
    worksheetId: sheet.id,
  };
  if (sheet.clientId !== null) request.clientId = sheet.clientId;
  const kind = kindSpec(sheet.kind).label;
  const title = sheet.title.trim();
  // An agreement's own title already says what it is; its version tells copies apart.
  if (sheet.kind === 'agreement') {
    return { request, label: `${title || kind} (version ${sheet.version})` };
  }
  return { request, label: title === '' || title === kind ? kind : `${kind}: ${title}` };
}

/** The client report: every worksheet of the client in one document. */
export function clientReportExport(clientId: string): ExportItem {
  return { request: { document: 'client-report', clientId }, label: 'Client report' };
}

export const PRACTICE_SUMMARY_EXPORT: ExportItem = {
  request: { document: 'practice-summary' },
  label: 'Practice summary',
};

/**
 * Everything "Export all documents" writes for a client: each worksheet (of each agreement,
 * the version in force, not the ones it replaced), then the client report.
 */
export function clientDocuments(worksheets: readonly Worksheet[], clientId: string): ExportItem[] {
  const chapter = (sheet: Worksheet) => kindSpec(sheet.kind).chapter;
  const sheets = worksheets
    .filter((w) => w.clientId === clientId && w.kind !== 'agreement')
    .sort((a, b) => chapter(a) - chapter(b) || a.createdAt.localeCompare(b.createdAt));
  const agreements = agreementSeries(worksheets, clientId).map((s) => s.current);
  return [...sheets, ...agreements].map(worksheetExport).concat(clientReportExport(clientId));
}

/**
 * What Ctrl+E exports on a screen: the worksheet, the client's report, or the practice
 * summary on Home; elsewhere nothing (null).
 */
export function screenExport(route: Route, cache: WorkbookCache): ExportItem | null {
  switch (route.name) {
    case 'worksheet': {
      const sheet = findWorksheet(cache, route.id);
      return sheet ? worksheetExport(sheet) : null;
    }
    case 'client':
      return cache.clients.some((c) => c.id === route.id) ? clientReportExport(route.id) : null;
    case 'home':
      return PRACTICE_SUMMARY_EXPORT;
    default:
      return null;
  }
}

/** A saved file's folder and name, whichever system wrote the path. */
export function splitPath(path: string): { folder: string; fileName: string } {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut < 0
    ? { folder: '', fileName: path }
    : { folder: path.slice(0, cut) || path.slice(0, 1), fileName: path.slice(cut + 1) };
}
