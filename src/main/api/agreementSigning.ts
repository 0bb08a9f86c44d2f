import { fail, ok, type Result } from '../../shared/result';
import type { AgreementSignature, AgreementWorksheet, Workbook } from '../../shared/schema';
import { frozenMergeValues, frozenMessage, seriesOf } from './agreementRules';
import { replaceWorksheet } from './records';

/** Who signed and when, as both ways of signing record it. */
export interface Signing {
  signedOn: string;
  clientSignerName: string;
  coachSignerName: string;
  /**
   * Signatures given in the room, made from the record as it will be kept (so that they can
   * fingerprint its text); absent when the agreement was signed on paper.
   */
  signatures?: (signed: AgreementWorksheet) => Result<AgreementSignature[]>;
}

/**
 * Sign one version in `draft`: it is locked from then on, its merge values frozen if it was
 * still a draft, and the earlier sent or signed versions of the same agreement are superseded
 * by it, so exactly one version is the one in force. `now` stamps every record it changes.
 */
export function signAgreement(
  draft: Workbook,
  current: AgreementWorksheet,
  signing: Signing,
  now: string,
): Result<AgreementWorksheet> {
  if (current.status !== 'draft' && current.status !== 'sent') {
    return fail('conflict', frozenMessage(current));
  }
  const earlier = seriesOf(draft, current.seriesId);
  if (earlier.some((a) => a.version > current.version && a.status === 'signed')) {
    return fail('conflict', 'A newer version of this agreement is already signed.');
  }
  const signed: AgreementWorksheet = {
    ...current,
    status: 'signed',
    signedOn: signing.signedOn,
    clientSignerName: signing.clientSignerName,
    coachSignerName: signing.coachSignerName,
    updatedAt: now,
  };
  // Signed straight from a draft: freeze the values now, as sending would have.
  if (current.status === 'draft') signed.mergeValues = frozenMergeValues(draft, signed);
  if (signing.signatures) {
    const signatures = signing.signatures(signed);
    if (!signatures.ok) return signatures;
    signed.signatures = signatures.value;
  }
  replaceWorksheet(draft, signed);
  for (const older of earlier) {
    if (older.version < current.version && (older.status === 'signed' || older.status === 'sent')) {
      replaceWorksheet(draft, {
        ...older,
        status: 'superseded',
        supersededById: signed.id,
        updatedAt: now,
      });
    }
  }
  return ok(signed);
}
