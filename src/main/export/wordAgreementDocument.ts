import { fail, ok, type Result } from '../../shared/result';
import type { AgreementWorksheet, Workbook } from '../../shared/schema';
import { fillWordTemplate } from '../wordTemplate/fillWordTemplate';
import { withSignatureCertificate } from '../wordTemplate/wordCertificate';
import { agreementMergeValues } from '../../shared/domain/mergeFields';
import type { DocumentFacts } from './worker/protocol';
import { titlesOf } from './worksheetSections';

/**
 * An agreement made from the coach's own Word document, as the .docx to hand the client: that
 * document filled with the agreement's values (its styles, header, logo and layout as the
 * coach made them). `template` is the document's bytes, read from the workbook folder and
 * checked against the agreement's fingerprint of it by whoever read them. Signed in the room, it
 * ends with a signature certificate page; otherwise nothing is added to the coach's document
 * (a draft is told apart in the app, where its state is shown, not by marks in their layout).
 */
export async function wordAgreementDocument(
  workbook: Workbook,
  agreement: AgreementWorksheet,
  template: Uint8Array,
): Promise<Result<{ facts: DocumentFacts; bytes: Uint8Array }>> {
  const filled = await fillWordTemplate(template, agreementMergeValues(workbook, agreement));
  if (!filled.ok) {
    return fail('invalid', `The agreement could not be put together: ${filled.error.message}`);
  }
  const signed = withSignatureCertificate(
    filled.value.bytes,
    agreement.signatures ?? [],
    workbook.practice.dateFormat,
  );
  if (!signed.ok) return signed;
  const client = workbook.clients.find((c) => c.id === agreement.clientId) ?? null;
  return ok({
    facts: {
      title: titlesOf(agreement).title,
      clientName: client?.name ?? null,
      version: agreement.version,
    },
    bytes: signed.value,
  });
}
