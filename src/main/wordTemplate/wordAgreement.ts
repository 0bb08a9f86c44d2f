import { agreementMergeValues } from '../../shared/domain/mergeFields';
import { fail, ok, type Result } from '../../shared/result';
import type { AgreementWorksheet, Workbook } from '../../shared/schema';
import { readTemplateFile } from '../store/templateFiles';
import { fillWordTemplate, type FilledWordDocument } from './fillWordTemplate';
import { wordDocumentLines } from './wordText';

/** A Word agreement filled for its client, with its text as plain lines. */
export interface FilledWordAgreement extends FilledWordDocument {
  /** The filled document's paragraphs as plain text (see wordDocumentLines), NFC, trimmed at the end. */
  lines: string[];
}

/**
 * An agreement made from the coach's own Word document, filled for its client: the document
 * is read from the workbook folder by its fingerprint (refused if missing or changed), so a
 * sent or signed version, whose values are frozen, always fills to the same text.
 */
export async function fillWordAgreement(
  workbookFolder: string,
  book: Workbook,
  agreement: AgreementWorksheet,
): Promise<Result<FilledWordAgreement>> {
  const ref = agreement.wordDocument;
  if (ref === undefined) {
    return fail('invalid', 'This agreement is written in the app, not in a Word document.');
  }
  const template = await readTemplateFile(workbookFolder, ref);
  if (!template.ok) return template;
  const filled = await fillWordTemplate(template.value, agreementMergeValues(book, agreement));
  if (!filled.ok) return filled;
  // As agreementText writes a clause agreement's text: NFC, no trailing spaces.
  const lines = wordDocumentLines(filled.value.bytes).map((line) =>
    line.normalize('NFC').replace(/\s+$/u, ''),
  );
  return ok({ ...filled.value, lines });
}

/**
 * The exact plain text of an agreement made from a Word document: its filled paragraphs, one
 * per line. This is the text a signature of such an agreement fingerprints (the clause
 * agreements' counterpart is agreementText in src/shared/domain/agreementText.ts).
 */
export async function wordAgreementText(
  workbookFolder: string,
  book: Workbook,
  agreement: AgreementWorksheet,
): Promise<Result<string>> {
  const filled = await fillWordAgreement(workbookFolder, book, agreement);
  return filled.ok ? ok(filled.value.lines.join('\n')) : filled;
}
