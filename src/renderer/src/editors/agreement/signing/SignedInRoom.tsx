import { useState } from 'react';
import type { SignatureCheck } from '../../../../../shared/contract';
import type { AgreementWorksheet } from '../../../../../shared/schema';
import type { DateFormat } from '../../../../../shared/schema/practice';
import {
  shortFingerprint,
  signedWhen,
  signerRoleWords,
  verificationSentence,
} from '../../../../../shared/domain/signatureWords';
import { useModel } from '../../../state/ModelContext';
import '../../../styles/signing.css';

/** The answer of one check: a sentence, and the two fingerprints for whoever wants to compare. */
function CheckResult({ check, format }: { check: SignatureCheck; format: DateFormat }) {
  return (
    <div className="verify-result" data-tone={check.matches ? 'same' : 'changed'}>
      <p>
        <strong>{verificationSentence(check, format)}</strong>
      </p>
      <p className="verify-fingerprint">
        Fingerprint signed {shortFingerprint(check.signedSha256)}
        {check.matches ? '' : ` · fingerprint now ${shortFingerprint(check.currentSha256)}`}
      </p>
    </div>
  );
}

/**
 * The signatures given in the room on a signed agreement, and "Verify": whether the text kept
 * is still exactly the text signed (the main process works its fingerprint out again).
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
            <span className="muted">{signedWhen(s.signedAt, format)}</span>
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
        {(checks ?? []).map((check) => (
          <CheckResult key={check.role} check={check} format={format} />
        ))}
        {problem !== null ? <p className="signing-problem">{problem}</p> : null}
      </div>
    </div>
  );
}
