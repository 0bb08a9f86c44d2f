import { useState } from 'react';
import type { AgreementWorksheet } from '../../../../shared/schema/agreement';
import { AGREEMENT_STATUS_LABELS } from '../../../../shared/catalogue/labels';
import { agreementSeries } from '../../../../shared/domain/agreementVersions';
import { formatDate, todayIso } from '../../../../shared/domain/dates';
import {
  useModel,
  useModelSelector,
  useReadOnly,
  useDateFormat,
  useWorksheetsOf,
} from '../../state/ModelContext';
import type { GivenSignatures } from './signing/signerDraft';
import { SignedInRoom } from './signing/SignedInRoom';
import { LazySigningView } from './signing/LazySigningView';
import { href, navigate } from '../../router';
import { Section } from '../../ui/Section';
import { useToast } from '../../ui/Toasts';
import { SendDialog, SignDialog, type Signature } from './AgreementDialogs';
import { STATUS_BADGE } from './statusText';
import { VersionHistory } from './VersionHistory';
import { StatusBanner } from './StatusBanner';
import { agreementGuidance } from './agreementGuidance';
import { StillBlankNote, useStillBlank } from './stillBlank';

type Open = 'send' | 'sign' | 'signNow' | null;

/**
 * Where the agreement stands — state, version, history — and the step that moves it on:
 * send, sign, or make a new version of one that can no longer change.
 */
export function AgreementStatusSection({ sheet }: { sheet: AgreementWorksheet }) {
  const model = useModel();
  const toast = useToast();
  const workbookReadOnly = useReadOnly();
  const format = useDateFormat();
  const worksheets = useWorksheetsOf(sheet.clientId);
  const [open, setOpen] = useState<Open>(null);
  const [busy, setBusy] = useState(false);
  const [signingError, setSigningError] = useState<string | null>(null);
  const clientId = sheet.clientId;
  const client = useModelSelector((s) => s.cache?.files.get(clientId)?.client ?? null);
  const [today] = useState(() => todayIso(new Date()));
  const blanks = useStillBlank(sheet, client);
  const series = agreementSeries(worksheets, sheet.clientId).find(
    (s) => s.seriesId === sheet.seriesId,
  );
  const versions = series?.versions ?? [sheet];
  const openOther = versions.find(
    (v) => v.id !== sheet.id && (v.status === 'draft' || v.status === 'sent'),
  );

  const finish = (result: Awaited<ReturnType<typeof model.markAgreementSent>>, done: string) => {
    setBusy(false);
    if (!result.ok) {
      toast({ message: result.error.message, tone: 'error' });
      return false;
    }
    setOpen(null);
    toast({ message: done });
    return true;
  };
  const send = async (sentOn: string) => {
    setBusy(true);
    const result = await model.markAgreementSent(sheet.id, sentOn);
    finish(result, `Marked as sent on ${formatDate(sentOn, format)}.`);
  };
  const sign = async (signature: Signature) => {
    setBusy(true);
    const result = await model.markAgreementSigned({ id: sheet.id, ...signature });
    finish(
      result,
      `Signed on ${formatDate(signature.signedOn, format)}. This version is now locked.`,
    );
  };
  const signNow = async (signatures: GivenSignatures, textSha256: string) => {
    setBusy(true);
    setSigningError(null);
    const result = await model.signAgreementInRoom({ id: sheet.id, signatures, textSha256 });
    setBusy(false);
    if (!result.ok) {
      // Shown in the signing view, so nothing drawn there is lost.
      setSigningError(result.error.message);
      return;
    }
    setOpen(null);
    toast({ message: 'Signed by both of you. This version is now locked.' });
  };
  const newVersion = async () => {
    setBusy(true);
    const result = await model.newAgreementVersion(sheet.id);
    if (finish(result, 'A new draft version is ready to change.') && result.ok) {
      navigate({ name: 'worksheet', id: result.value.id });
    }
  };

  const canAct = !workbookReadOnly && !busy;
  const actions = workbookReadOnly ? null : (
    <div className="row">
      {sheet.status === 'draft' ? (
        <button
          type="button"
          className="btn"
          disabled={!canAct}
          onClick={() => {
            setOpen('send');
          }}
        >
          Mark as sent
        </button>
      ) : null}
      {sheet.status === 'sent' && client !== null ? (
        <button
          type="button"
          className="btn btn-primary"
          disabled={!canAct}
          onClick={() => {
            setSigningError(null);
            setOpen('signNow');
          }}
        >
          Sign now
        </button>
      ) : null}
      {sheet.status === 'draft' || sheet.status === 'sent' ? (
        <button
          type="button"
          className={sheet.status === 'sent' ? 'btn' : 'btn btn-primary'}
          disabled={!canAct}
          onClick={() => {
            setOpen('sign');
          }}
        >
          Mark as signed
        </button>
      ) : null}
      {(sheet.status === 'sent' || sheet.status === 'signed') && !openOther ? (
        <button type="button" className="btn" disabled={!canAct} onClick={() => void newVersion()}>
          Make a new version
        </button>
      ) : null}
    </div>
  );

  return (
    <Section
      title="Where this agreement stands"
      actions={actions}
      guidance={agreementGuidance(sheet).status.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    >
      <div className="agreement-status">
        <div className="agreement-status-row">
          <span className={STATUS_BADGE[sheet.status]}>
            {AGREEMENT_STATUS_LABELS[sheet.status]}
          </span>
          <span className="badge">Version {sheet.version}</span>
        </div>
        <StatusBanner sheet={sheet} versions={versions} format={format} />
        {openOther && sheet.status !== 'draft' ? (
          <p>
            <a href={href({ name: 'worksheet', id: openOther.id })}>
              Version {openOther.version} is in progress
            </a>{' '}
            <span className="muted">— make your changes there.</span>
          </p>
        ) : null}
        {/* Beside "Sign now", so the coach can deal with them before handing the laptop over. */}
        {sheet.status === 'sent' ? <StillBlankNote blanks={blanks} /> : null}
        {/* A replaced version keeps its signatures, and its certificate still says to verify. */}
        {sheet.status === 'signed' || sheet.status === 'superseded' ? (
          <SignedInRoom sheet={sheet} format={format} />
        ) : null}
        <VersionHistory versions={versions} currentId={sheet.id} dateFormat={format} />
      </div>
      {open === 'send' ? (
        <SendDialog
          today={today}
          busy={busy}
          onSend={(sentOn) => void send(sentOn)}
          onCancel={() => {
            setOpen(null);
          }}
        />
      ) : null}
      {open === 'sign' ? (
        <SignDialog
          today={today}
          clientSigner={sheet.clientSignerName}
          coachSigner={sheet.coachSignerName}
          busy={busy}
          onSign={(signature) => void sign(signature)}
          onCancel={() => {
            setOpen(null);
          }}
        />
      ) : null}
      {open === 'signNow' && client !== null ? (
        <LazySigningView
          sheet={sheet}
          client={client}
          blanks={blanks}
          busy={busy}
          error={signingError}
          onSign={(signatures, textSha256) => void signNow(signatures, textSha256)}
          onCancel={() => {
            setOpen(null);
          }}
        />
      ) : null}
    </Section>
  );
}
