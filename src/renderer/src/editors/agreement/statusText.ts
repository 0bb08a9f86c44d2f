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

/** Where one version stands, with its dates, in a few words. */
export function versionDetail(version: AgreementWorksheet, format: DateFormat): string {
  const on = (date: string | null) => (date ? ` on ${formatDate(date, format)}` : '');
  const sent = version.sentOn ? `sent${on(version.sentOn)}` : '';
  switch (version.status) {
    case 'draft':
      return `Draft, started${on(todayIso(new Date(version.createdAt)))}`;
    case 'sent':
      return `Sent${on(version.sentOn)}, waiting for a signature`;
    case 'signed':
    case 'superseded': {
      const by = version.clientSignerName.trim();
      const signed = `signed${on(version.signedOn)}${by ? ` by ${by}` : ''}`;
      const both = sent ? `${capitalise(sent)}, ${signed}` : capitalise(signed);
      return version.status === 'signed' ? both : `${both}; since replaced`;
    }
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
