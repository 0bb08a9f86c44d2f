import { useState } from 'react';
import type { SignatureCheck } from '../../../../../shared/contract';
import type { AgreementWorksheet } from '../../../../../shared/schema';
import type { DateFormat } from '../../../../../shared/schema/practice';
import { fingerprintInGroups, signerRoleWords } from '../../../../../shared/domain/signatureWords';
import { useModel } from '../../../state/ModelContext';
import { dateAndTime } from '../../../ui/timeText';
import '../../../styles/signing.css';

/** Checks that found the same thing about the same signing: both people, one answer. */
interface CheckGroup {
  checks: SignatureCheck[];
  signedAt: string;
  matches: boolean;
  signedSha256: string;
  currentSha256: string;
}

function grouped(checks: readonly SignatureCheck[]): CheckGroup[] {
  const groups: CheckGroup[] = [];
  for (const check of checks) {
    const same = groups.find(
      (g) =>
        g.signedAt === check.signedAt &&
        g.matches === check.matches &&
        g.signedSha256 === check.signedSha256,
    );
    if (same) same.checks.push(check);
    else groups.push({ ...check, checks: [check] });
  }
  return groups;
}

/** Who a group of checks is about: "both of you", or the one signer by name. */
function whoSigned(checks: readonly SignatureCheck[]): string {
  const roles = new Set(checks.map((c) => c.role));
  if (roles.has('client') && roles.has('coach')) return 'both of you';
  return checks.map((c) => c.name.trim() || signerRoleWords(c.role)).join(' and ');
}

/** The verdict of a check in one plain line, with the time as the app shows times. */
function verdict(group: CheckGroup, format: DateFormat): string {
  const who = whoSigned(group.checks);
  const when = dateAndTime(group.signedAt, format);
  return group.matches
    ? `✓ The text is exactly what ${who} signed on ${when}.`
    : `✗ The text has changed since ${who} signed it on ${when}: it is no longer exactly what was signed.`;
}

/**
 * The answer of one check: a verdict, and behind "Fingerprint" the fingerprints recorded and
 * worked out now, in groups of eight as the printed certificate has them.
 */
function CheckResult({ group, format }: { group: CheckGroup; format: DateFormat }) {
  return (
    <div className="verify-result" data-tone={group.matches ? 'same' : 'changed'}>
      <p>{verdict(group, format)}</p>
      <details className="verify-fingerprint">
        <summary>Fingerprint</summary>
        <dl>
          <dt>Recorded when signed, as on the signature certificate</dt>
          <dd>{fingerprintInGroups(group.signedSha256)}</dd>
          <dt>Worked out now from the text kept</dt>
          <dd>{fingerprintInGroups(group.currentSha256)}</dd>
        </dl>
      </details>
    </div>
  );
}

/**
 * The signatures given in the room on a signed (or since replaced) agreement, and "Verify":
 * whether the text kept is still exactly the text signed (main works its fingerprint out again).
 */
export function SignedInRoom({ sheet, format }: { sheet: AgreementWorksheet; format: DateFormat }) {
  const model = useModel();
  const [checks, setChecks] = useState<readonly SignatureCheck[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const signatures = sheet.signatures ?? [];
  if (signatures.length === 0) return null;
  const verify = async () => {
    setBusy(true);
    const result = await model.verifyAgreementSignatures(sheet.id);
    setBusy(false);
    setChecks(result.ok ? result.value.checks : null);
    setProblem(result.ok ? null : result.error.message);
  };
  return (
    <div className="signed-in-room">
      <ul className="signed-in-room-list" aria-label="Signatures given on this computer">
        {signatures.map((s) => (
          <li key={s.role}>
            <img src={`data:image/png;base64,${s.imagePngBase64}`} alt={`Signature of ${s.name}`} />
            <span>
              {signerRoleWords(s.role)}: {s.name}
            </span>
            <span className="muted">{dateAndTime(s.signedAt, format)}</span>
          </li>
        ))}
      </ul>
      <div className="row">
        <button type="button" className="btn" disabled={busy} onClick={() => void verify()}>
          Verify the signed text
        </button>
        <span className="muted">Checks that the agreement kept is exactly the text signed.</span>
      </div>
      <div role="status" className="stack">
        {grouped(checks ?? []).map((group) => (
          <CheckResult key={group.checks.map((c) => c.role).join()} group={group} format={format} />
        ))}
        {problem !== null ? <p className="signing-problem">{problem}</p> : null}
      </div>
    </div>
  );
}
