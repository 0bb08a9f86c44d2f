import { createHash } from 'node:crypto';
import { wordAgreementText } from '../../../src/main/wordTemplate/wordAgreement';
import { agreementText } from '../../../src/shared/domain/agreementText';
import type { ApiHarness } from '../../unit/apiHarness';

/**
 * The SHA-256 of an agreement's text as the signing view shows it, worked out as the page does:
 * with the shared agreementText for clauses, or the filled Word document's lines. What a test
 * sends with `agreements:signInRoom`, as the page would.
 */
export async function shownFingerprint(h: ApiHarness, id: string): Promise<string> {
  const book = await h.api.call('workbook:get', {});
  if (!book.ok) throw new Error(book.error.message);
  const sheet = book.value.worksheets.find((w) => w.id === id);
  if (sheet?.kind !== 'agreement') throw new Error(`no agreement ${id}`);
  let text: string;
  if (sheet.wordDocument === undefined) {
    const client = book.value.clients.find((c) => c.id === sheet.clientId) ?? null;
    text = agreementText(sheet, client, book.value.practice, book.value.agreementTemplate);
  } else {
    const filled = await wordAgreementText(h.store.filePath, book.value, sheet);
    // No text to show (the document is missing): main refuses before it compares.
    if (!filled.ok) return '0'.repeat(64);
    text = filled.value;
  }
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
