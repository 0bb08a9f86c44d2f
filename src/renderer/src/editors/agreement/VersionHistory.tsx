import type { AgreementWorksheet } from '../../../../shared/schema/agreement';
import type { DateFormat } from '../../../../shared/schema/practice';
import { AGREEMENT_STATUS_LABELS } from '../../../../shared/catalogue/labels';
import { href } from '../../router';
import { STATUS_BADGE, versionDetail } from './statusText';

/** Every version of this agreement, newest first, each a link; the one on screen is marked. */
export function VersionHistory({
  versions,
  currentId,
  dateFormat,
}: {
  versions: readonly AgreementWorksheet[];
  currentId: string;
  dateFormat: DateFormat;
}) {
  return (
    <div className="stack">
      <h3 id="agreement-history-title">Version history</h3>
      <ol className="version-history" aria-labelledby="agreement-history-title">
        {[...versions].reverse().map((version) => {
          const here = version.id === currentId;
          return (
            <li key={version.id} aria-current={here ? 'page' : undefined}>
              <a href={href({ name: 'worksheet', id: version.id })}>Version {version.version}</a>
              <span className={STATUS_BADGE[version.status]}>
                {AGREEMENT_STATUS_LABELS[version.status]}
              </span>
              <span className="muted">
                {versionDetail(version, dateFormat)}
                {here ? ' (this one)' : ''}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
