import { useState } from 'react';
import type { AgreementStatus, AgreementWorksheet, DateFormat } from '../../../../shared/schema';
import { AGREEMENT_STATUS_LABELS } from '../../../../shared/catalogue/labels';
import { agreementSeries } from '../../../../shared/domain/agreementVersions';
import { formatDate } from '../../../../shared/domain/dates';
import { useModel, useReadOnly, useDateFormat, useWorksheetsOf } from '../../state/ModelContext';
import { href, navigate } from '../../router';
import { useToast } from '../../ui/Toasts';

const STATUS_BADGE: Record<AgreementStatus, string> = {
  draft: 'badge',
  sent: 'badge badge-warning',
  signed: 'badge badge-accent',
  superseded: 'badge',
};

/** Where one version stands, in a few words. */
function versionDetail(version: AgreementWorksheet, format: DateFormat): string {
  const on = (date: string | null) => (date ? ` ${formatDate(date, format)}` : '');
  switch (version.status) {
    case 'draft':
      return 'Draft, still being prepared';
    case 'sent':
      return `Sent${on(version.sentOn)}, not signed yet`;
    case 'signed':
    case 'superseded': {
      const by = version.clientSignerName.trim();
      const signed = `Signed${on(version.signedOn)}${by ? ` by ${by}` : ''}`;
      return version.status === 'signed' ? signed : `${signed}, since replaced`;
    }
  }
}

/** A client's agreements: each with its versions and where it stands. */
export function ClientAgreements({ clientId }: { clientId: string }) {
  const model = useModel();
  const readOnly = useReadOnly();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const format = useDateFormat();
  const series = agreementSeries(useWorksheetsOf(clientId), clientId);

  const create = async () => {
    setBusy(true);
    const result = await model.createAgreement(clientId);
    setBusy(false);
    if (result.ok) navigate({ name: 'worksheet', id: result.value.id });
    else toast({ message: result.error.message, tone: 'error' });
  };

  return (
    <section className="card stack" aria-labelledby="client-agreements-title">
      <div className="row">
        <h2 id="client-agreements-title" className="spacer">
          Agreements
        </h2>
        {readOnly ? null : (
          <button
            type="button"
            className="btn btn-small"
            disabled={busy}
            onClick={() => void create()}
          >
            + New agreement
          </button>
        )}
      </div>
      {series.length === 0 ? (
        <p className="empty">
          No agreement yet. A new one starts from your agreement template, with this client’s
          details filled in.
        </p>
      ) : (
        <ul className="agreement-list">
          {series.map((entry) => {
            const open = entry.openDraft ?? entry.latest;
            return (
              <li key={entry.seriesId} className="agreement-item">
                <div className="row">
                  <a className="agreement-title" href={href({ name: 'worksheet', id: open.id })}>
                    {entry.current.title.trim() || 'Agreement'}
                  </a>
                  <span className={STATUS_BADGE[entry.current.status]}>
                    {AGREEMENT_STATUS_LABELS[entry.current.status]}
                  </span>
                  {entry.latest.id !== entry.current.id ? (
                    <span className={STATUS_BADGE[entry.latest.status]}>
                      {entry.latest.status === 'sent'
                        ? `Version ${entry.latest.version} sent, not signed yet`
                        : `Version ${entry.latest.version} in draft`}
                    </span>
                  ) : null}
                </div>
                <ul className="agreement-versions" aria-label="Versions">
                  {[...entry.versions].reverse().map((version) => (
                    <li key={version.id}>
                      <a href={href({ name: 'worksheet', id: version.id })}>
                        Version {version.version}
                      </a>{' '}
                      <span className="muted">· {versionDetail(version, format)}</span>
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
