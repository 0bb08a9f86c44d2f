import type { Document } from 'docx';
import type {
  AgreementWorksheet,
  Client,
  DocumentKind,
  SponsorReportChoice,
  Workbook,
  Worksheet,
  WorksheetKind,
} from '../../shared/schema';
import { fail, ok, type Result } from '../../shared/result';
import { agreementSeries } from '../../shared/domain/agreementVersions';
import { isIsoDate } from '../../shared/domain/dates';
import { documentLabel, kindOfDocument, kindSpec } from '../../shared/kinds';
import { docContext, documentShell, practiceName } from './layout';
import { frontMatter } from './frontMatter';
import { personOf, titlesOf, worksheetSections } from './worksheetSections';
import { clientReportSections } from './clientReport';
import { practiceSummarySections } from './practiceSummary';
import { SPONSOR_REPORT_TITLE, sponsorReportSections } from './sponsorReport';
import { sponsorChoiceFor } from '../../shared/domain/sponsorReport';
import { newestFirst } from '../../shared/domain/reportWorksheets';
import { cleanLine } from './text';

export { writeDocx, writeBytes, writeErrorMessage } from './writeDocx';
export { packDocument } from './packDocument';
export { defaultFileName } from './fileName';
export { wordAgreementDocument } from './wordAgreementDocument';

/** What to export: a document kind, for a client, optionally one particular worksheet. */
export interface ExportRequest {
  document: DocumentKind;
  clientId?: string;
  /** A particular worksheet (or agreement version); without it the newest one is used. */
  worksheetId?: string;
  /** For a sponsor report: what goes in; without it, the choice remembered with the client. */
  sponsor?: SponsorReportChoice;
}

export interface BuiltDocument {
  doc: Document;
  /** The document's title, without whom it is about (its properties and footer add the name). */
  title: string;
  /** For the suggested file name: the client's name (null for the practice summary). */
  clientName: string | null;
  /** For agreements: the version exported. */
  version: number | null;
}

/** True when the document is about one client (everything but the practice summary). */
export function needsClient(kind: DocumentKind): boolean {
  return kind !== 'practice-summary';
}

/**
 * The worksheet a document shows: the one asked for, else the client's newest of that kind
 * (for an agreement: the version in force of the most recent agreement).
 */
function pickWorksheet(
  workbook: Workbook,
  kind: WorksheetKind,
  client: Client | null,
  worksheetId: string | undefined,
): Result<Worksheet> {
  const label = kindSpec(kind).label;
  if (worksheetId !== undefined) {
    const sheet = workbook.worksheets.find((s) => s.id === worksheetId);
    if (sheet === undefined)
      return fail('notFound', `There is no worksheet with the id "${worksheetId}".`);
    if (sheet.kind !== kind) return fail('invalid', `That worksheet is not a ${label}.`);
    if (client !== null && sheet.clientId !== client.id) {
      return fail('invalid', `That worksheet does not belong to ${client.name}.`);
    }
    return ok(sheet);
  }
  if (client === null)
    return fail('invalid', 'Choose a client (or a worksheet) for this document.');
  if (kind === 'agreement') {
    const series = agreementSeries(workbook.worksheets, client.id)[0];
    if (series) return ok(series.current);
  } else {
    const sheet = workbook.worksheets
      .filter((s) => s.kind === kind && s.clientId === client.id)
      .sort(newestFirst)[0];
    if (sheet) return ok(sheet);
  }
  return fail('notFound', `${client.name} has no ${label} yet.`);
}

function findClient(workbook: Workbook, clientId: string | undefined): Result<Client | null> {
  if (clientId === undefined) return ok(null);
  const client = workbook.clients.find((c) => c.id === clientId);
  return client ? ok(client) : fail('notFound', `There is no client with the id "${clientId}".`);
}

/**
 * The agreement a request exports when it is made from the coach's own Word document (it is
 * then filled rather than built: see wordAgreementDocument.ts), else null.
 */
export function wordAgreementOf(
  workbook: Workbook,
  request: ExportRequest,
): AgreementWorksheet | null {
  if (request.document !== 'agreement') return null;
  const found = findClient(workbook, request.clientId);
  if (!found.ok) return null;
  const picked = pickWorksheet(workbook, 'agreement', found.value, request.worksheetId);
  if (!picked.ok || picked.value.kind !== 'agreement') return null;
  return picked.value.wordDocument === undefined ? null : picked.value;
}

/** "Mentor List: Mary Achterberg-Osei": a title property and footer that say whom it is about. */
function titleFor(title: string, about: string): string {
  return about === '' ? title : `${title}: ${about}`;
}

function build(workbook: Workbook, request: ExportRequest, today: string): Result<BuiltDocument> {
  const ctx = docContext(workbook.practice, today);
  const found = findClient(workbook, request.clientId);
  if (!found.ok) return found;
  const client = found.value;

  if (request.document === 'practice-summary') {
    const title = 'Practice Summary';
    const practice = practiceName(workbook.practice);
    const children = [
      ...frontMatter(ctx, title, practice),
      ...practiceSummarySections(workbook, ctx),
    ];
    const doc = documentShell(ctx, {
      title: titleFor(title, practice),
      subject: `Clients, agreements and what is due${practice ? ` at ${practice}` : ''}`,
      children,
    });
    return ok({ doc, title, clientName: null, version: null });
  }

  if (request.document === 'client-report') {
    if (client === null) return fail('invalid', 'Choose the client this report is for.');
    const name = cleanLine(client.name).trim();
    const children = clientReportSections(workbook, client, ctx);
    const doc = documentShell(ctx, {
      title: titleFor('Coaching Report', name),
      subject: `Coaching report${name ? ` for ${name}` : ''}`,
      children,
      coverPage: true,
      contents: true,
    });
    return ok({ doc, title: 'Coaching Report', clientName: client.name, version: null });
  }

  if (request.document === 'sponsor-report') {
    if (client === null) return fail('invalid', 'Choose the client this report is about.');
    const choice = request.sponsor ?? sponsorChoiceFor(client, workbook.worksheets);
    const children = sponsorReportSections(workbook, client, choice, ctx);
    const name = cleanLine(client.name).trim();
    const doc = documentShell(ctx, {
      title: titleFor(SPONSOR_REPORT_TITLE, name),
      subject: `Coaching progress${name ? ` of ${name}` : ''}, as agreed to share with a sponsor`,
      children,
    });
    return ok({ doc, title: 'Sponsor Report', clientName: client.name, version: null });
  }

  const kind = kindOfDocument(request.document);
  if (kind === null) return fail('invalid', `Unknown document kind "${request.document}".`);
  const picked = pickWorksheet(workbook, kind, client, request.worksheetId);
  if (!picked.ok) return picked;
  const sheet = picked.value;
  const owner = workbook.clients.find((c) => c.id === sheet.clientId) ?? null;
  const { title, topic } = titlesOf(sheet);
  const person = personOf(sheet, workbook);
  const children = [
    ...frontMatter(ctx, title, person, topic),
    ...worksheetSections(sheet, workbook, ctx, 0),
  ];
  // The client the worksheet belongs to, else (the coach's own worksheets) whom it is about.
  const about = cleanLine(owner?.name.trim() || person).trim();
  const kindLabel = documentLabel(request.document);
  const doc = documentShell(ctx, {
    title: titleFor(title, about),
    subject: about ? `${kindLabel} for ${about}` : kindLabel,
    children,
    // A draft agreement says so on every page, so it is never mistaken for the one to sign.
    ...(sheet.kind === 'agreement' && sheet.status === 'draft'
      ? { mark: 'DRAFT — not for signature' }
      : {}),
  });
  return ok({
    doc,
    title,
    clientName: owner?.name ?? null,
    version: sheet.kind === 'agreement' ? sheet.version : null,
  });
}

/**
 * Build a Word document from the workbook: pure (nothing is written), so the CLI, the app and
 * tests share it. `today` (YYYY-MM-DD) dates the document and decides what counts as due.
 */
export function buildDocument(
  workbook: Workbook,
  request: ExportRequest,
  options: { today: string },
): Result<BuiltDocument> {
  if (!isIsoDate(options.today))
    return fail('invalid', `"${options.today}" is not a date (YYYY-MM-DD).`);
  if (
    needsClient(request.document) &&
    request.clientId === undefined &&
    request.worksheetId === undefined
  ) {
    return fail('invalid', `Choose a client for the ${documentLabel(request.document)}.`);
  }
  try {
    return build(workbook, request, options.today);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail('internal', `The document could not be put together: ${detail}`);
  }
}
