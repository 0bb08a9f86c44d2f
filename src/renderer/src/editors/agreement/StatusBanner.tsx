import type { AgreementWorksheet } from '../../../../shared/schema/agreement';
import type { DateFormat } from '../../../../shared/schema/practice';
import { formatDate } from '../../../../shared/domain/dates';
import { href } from '../../router';
import { StatusIcon } from './StatusIcon';
import { signedByWords } from './statusText';

/**
 * Why this version can or cannot change, in one sentence and a pointer: a signed one is locked,
 * a sent one waits for its signature, a replaced one links to the version that replaced it.
 */
export function StatusBanner({
  sheet,
  versions,
  format,
}: {
  sheet: AgreementWorksheet;
  versions: readonly AgreementWorksheet[];
  format: DateFormat;
}) {
  const date = (iso: string | null) => (iso ? formatDate(iso, format) : 'an earlier day');
  const signers = signedByWords(sheet);
  const by = signers ? ` by ${signers}` : '';
  const previous = versions.find((v) => v.id === sheet.previousVersionId);
  switch (sheet.status) {
    case 'draft':
      return previous ? (
        <p className="muted">
          A new draft made from{' '}
          <a href={href({ name: 'worksheet', id: previous.id })}>version {previous.version}</a>.
          Change what you need, then send it or record the signature.
        </p>
      ) : (
        <p className="muted">
          A draft: change anything you need for this client, then send it or record the signature.
        </p>
      );
    case 'sent':
      return (
        <div className="lock-banner" data-tone="waiting" role="note">
          <StatusIcon kind="sent" />
          <div>
            <strong>Sent on {date(sheet.sentOn)} — waiting for a signature</strong>
            <span>
              It stays exactly as the client received it. To change anything, make a new version.
            </span>
          </div>
        </div>
      );
    case 'signed':
      return (
        <div className="lock-banner" role="note">
          <StatusIcon kind="locked" />
          <div>
            <strong>
              Signed on {date(sheet.signedOn)}
              {by} — locked
            </strong>
            <span>
              This is the record of what you both agreed, so it can no longer change. To change the
              terms, make a new version and have it signed.
            </span>
          </div>
        </div>
      );
    case 'superseded': {
      const newer = versions.find((v) => v.id === sheet.supersededById);
      const what =
        sheet.signedOn === null
          ? `Sent on ${date(sheet.sentOn)}, never signed`
          : `Signed on ${date(sheet.signedOn)}${by}`;
      return (
        <div className="lock-banner" data-tone="history" role="note">
          <StatusIcon kind="locked" />
          <div>
            <strong>{what} — replaced by a newer version</strong>
            <span>
              Kept as history and locked.{' '}
              {newer ? (
                <a href={href({ name: 'worksheet', id: newer.id })}>
                  See version {newer.version}, which replaced it
                </a>
              ) : (
                'The version that replaced it is in this agreement’s history.'
              )}
              .
            </span>
          </div>
        </div>
      );
    }
  }
}
