import { createHash } from 'node:crypto';
import { agreementText } from '../../shared/domain/agreementText';
import { fail, ok, type Result } from '../../shared/result';
import type { AgreementWorksheet, Workbook } from '../../shared/schema';
import { wordAgreementText } from '../wordTemplate/wordAgreement';

/** The exact text of an agreement written in the app, its clauses filled (see agreementText). */
export function appAgreementText(book: Workbook, sheet: AgreementWorksheet): string {
  const client = book.clients.find((c) => c.id === sheet.clientId) ?? null;
  return agreementText(sheet, client, book.practice, book.agreementTemplate);
}

/** What the text is needed for, to say why it could not be had. */
export type SignedTextUse = 'sign' | 'verify';

const CANNOT = {
  sign: 'This agreement cannot be signed now',
  verify: 'The signed text cannot be checked',
};

/**
 * The exact text an agreement's signatures fingerprint: for an agreement written in the app,
 * `agreementText`; for one made from the coach's own Word document, that document filled with
 * the agreement's (frozen) values, read from the workbook folder (see wordAgreementText). When
 * that document is missing or was changed, the answer says so: a Word agreement is never
 * fingerprinted, nor declared unchanged, against any other text.
 */
export async function signedTextOf(
  workbookFolder: string,
  book: Workbook,
  sheet: AgreementWorksheet,
  use: SignedTextUse,
): Promise<Result<string>> {
  if (sheet.wordDocument === undefined) return ok(appAgreementText(book, sheet));
  const text = await wordAgreementText(workbookFolder, book, sheet);
  if (text.ok) return text;
  return fail(text.error.code, `${CANNOT[use]}: ${lowerFirst(text.error.message)}`);
}

function lowerFirst(sentence: string): string {
  return sentence.startsWith('The ') ? `the ${sentence.slice(4)}` : sentence;
}

/** The SHA-256 of a text as UTF-8, as 64 hexadecimal digits: what a signature keeps of it. */
export function textFingerprint(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
