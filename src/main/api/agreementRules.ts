import { agreementMergeValues } from '../../shared/domain/mergeFields';
import { MERGE_FIELDS } from '../../shared/catalogue/mergeFields';
import type { AgreementWorksheet, MergeValues, Workbook } from '../../shared/schema';

/**
 * Why an agreement that is no longer a draft cannot be edited, in words a coach understands.
 * A sent agreement is frozen too: what the client received must stay what we keep on file,
 * so a change to it is a new version, exactly as for a signed one.
 */
export function frozenMessage(agreement: AgreementWorksheet): string {
  switch (agreement.status) {
    case 'draft':
      return '';
    case 'sent':
      return `This agreement was sent on ${agreement.sentOn ?? 'an earlier day'} and is waiting for a signature, so it no longer changes. Make a new version to change it.`;
    case 'signed':
      return `This agreement was signed on ${agreement.signedOn ?? 'an earlier day'} and is locked. Make a new version to change it.`;
    case 'superseded':
      return 'This agreement was replaced by a newer version and is kept as history. Make your changes in the newest version.';
  }
}

/** Every version of one agreement in the workbook. */
export function seriesOf(book: Workbook, seriesId: string): AgreementWorksheet[] {
  return book.worksheets.filter(
    (w): w is AgreementWorksheet => w.kind === 'agreement' && w.seriesId === seriesId,
  );
}

/**
 * A version of the series, other than `exceptId`, still being prepared or waiting for a
 * signature, if any.
 */
export function openVersionOf(
  book: Workbook,
  seriesId: string,
  exceptId?: string,
): AgreementWorksheet | undefined {
  return seriesOf(book, seriesId).find(
    (a) => a.id !== exceptId && (a.status === 'draft' || a.status === 'sent'),
  );
}

/**
 * Every merge value the agreement shows right now, written into it, so that later edits to the
 * client, the practice or the template never change what was sent or signed.
 */
export function frozenMergeValues(book: Workbook, agreement: AgreementWorksheet): MergeValues {
  return agreementMergeValues(book, agreement);
}

/**
 * Merge values for a new draft made from a sent or signed version. Client and practice values
 * that simply repeat their live source are dropped, so the draft follows those records again;
 * values that differ (adjusted for this client, or changed since) are kept as they were agreed,
 * and so are the fee and other template values, as when an agreement is created. The agreement
 * date always belongs to the new version itself.
 */
export function reopenedMergeValues(book: Workbook, draft: AgreementWorksheet): MergeValues {
  const live = agreementMergeValues(book, { ...draft, mergeValues: {} });
  const kept: MergeValues = {};
  for (const { key, source } of MERGE_FIELDS) {
    const value = draft.mergeValues[key];
    if (value === undefined || key === 'agreementDate') continue;
    if (source === 'defaults' || value !== live[key]) kept[key] = value;
  }
  return kept;
}
