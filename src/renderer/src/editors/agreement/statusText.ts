import type { AgreementStatus, AgreementWorksheet } from '../../../../shared/schema/agreement';
import type { DateFormat } from '../../../../shared/schema/practice';
import { formatDate, todayIso } from '../../../../shared/domain/dates';

/** The badge class for each state: waiting stands out, signed reads as done. */
export const STATUS_BADGE: Record<AgreementStatus, string> = {
  draft: 'badge',
  sent: 'badge badge-warning',
  signed: 'badge badge-accent',
  superseded: 'badge',
};

/**
 * Who signed, as the agreement names them: "Dana Whitfield and Alex Morgan", one of them when
 * only one name was recorded, or '' when neither was.
 */
export function signedByWords(
  version: Pick<AgreementWorksheet, 'clientSignerName' | 'coachSignerName'>,
): string {
  return [version.clientSignerName, version.coachSignerName]
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .join(' and ');
}

/**
 * Where one version stands, with its dates, in a few words. It sits beside the state's badge,
 * so it does not name the state again ("Started on…", not "Draft, started on…").
 */
export function versionDetail(version: AgreementWorksheet, format: DateFormat): string {
  const on = (date: string | null) => (date ? ` on ${formatDate(date, format)}` : '');
  const sent = version.sentOn ? `sent${on(version.sentOn)}` : '';
  switch (version.status) {
    case 'draft':
      return `Started${on(todayIso(new Date(version.createdAt)))}`;
    case 'sent':
      return `Sent${on(version.sentOn)}, waiting for a signature`;
    case 'signed':
    case 'superseded': {
      const by = signedByWords(version);
      const signed = `signed${on(version.signedOn)}${by ? ` by ${by}` : ''}`;
      const both = sent ? `${capitalise(sent)}, ${signed}` : capitalise(signed);
      return version.status === 'signed' ? both : `${both}; since replaced`;
    }
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
