import { useId, useLayoutEffect, useRef, useState } from 'react';
import type { AgreementWorksheet, Client } from '../../../../../shared/schema';
import { usePractice, useTemplate } from '../../../state/ModelContext';
import { agreementText } from '../../../../../shared/domain/agreementText';
import { StillBlankNote } from '../stillBlank';
import { SignatureStep } from './SignatureStep';
import { sha256Hex } from './sha256';
import { SigningDocument } from './SigningDocument';
import { WordSigningDocument } from './WordSigningDocument';
import {
  givenSignatures,
  newSignerDraft,
  signaturePicture,
  signerProblem,
  type GivenSignatures,
  type SignerDraft,
} from './signerDraft';
import '../../../styles/signing.css';

type Step = 'client' | 'coach';

/**
 * "Sign now": the agreement handed over on the coach's laptop or tablet. The client reads it
 * and signs, then the coach signs, and "Sign the agreement" records both. Full screen, large
 * and calm; Cancel (or Escape) leaves everything as it was.
 */
export function SigningView({
  sheet,
  client,
  blanks,
  busy,
  error,
  onSign,
  onCancel,
}: {
  sheet: AgreementWorksheet;
  client: Client;
  /** The details that print as a line to fill in by hand, by label (completed on paper, or in a new version). */
  blanks: readonly string[];
  busy: boolean;
  /** Why the last attempt was refused, in words. */
  error: string | null;
  /** Both signatures and the SHA-256 of the text the view showed. */
  onSign: (signatures: GivenSignatures, textSha256: string) => void;
  onCancel: () => void;
}) {
  const practice = usePractice();
  const template = useTemplate();
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [step, setStep] = useState<Step>('client');
  const [tried, setTried] = useState<Record<Step, boolean>>({ client: false, coach: false });
  const [clientDraft, setClientDraft] = useState<SignerDraft>(() =>
    newSignerDraft(sheet.clientSignerName.trim() || client.name),
  );
  const [coachDraft, setCoachDraft] = useState<SignerDraft>(() =>
    newSignerDraft(sheet.coachSignerName.trim() || practice.coachName),
  );
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  );

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    return () => {
      dialog.close();
      opener?.focus();
    };
  }, [opener]);
  // Each step starts at its top, with the focus on its heading for screen readers.
  useLayoutEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
    ref.current?.querySelector<HTMLElement>('.signing-step-heading')?.focus();
  }, [step]);

  const next = () => {
    setTried((t) => ({ ...t, client: true }));
    if (signerProblem(clientDraft) === null) setStep('coach');
  };
  // A Word agreement's text, once main filled it (the view shows it as it arrives).
  const [wordText, setWordText] = useState<string | null>(null);
  const word = sheet.wordDocument !== undefined;
  const [textProblem, setTextProblem] = useState<string | null>(null);
  // Said only while the text is missing: once it is shown, signing can go on.
  const textMessage = word && wordText === null ? textProblem : null;
  const sign = () => {
    setTried((t) => ({ ...t, coach: true }));
    const signatures = givenSignatures(clientDraft, coachDraft);
    if (signatures === null) return;
    // The exact text shown, as main will fingerprint it.
    const shownText = word ? wordText : agreementText(sheet, client, practice, template);
    if (shownText === null) {
      setTextProblem(
        'The agreement’s text is not shown yet, so it cannot be signed. Wait a moment; if a problem is shown above the agreement, it has to be solved first.',
      );
      return;
    }
    setTextProblem(null);
    void sha256Hex(shownText).then((fingerprint) => {
      onSign(signatures, fingerprint);
    });
  };
  const clientPicture = signaturePicture(clientDraft);

  return (
    <dialog
      ref={ref}
      className="signing-view"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <header className="signing-bar">
        <div>
          <h1 id={titleId}>Signing: {sheet.title.trim() || 'Agreement'}</h1>
          <p className="signing-steps">
            Step {step === 'client' ? 1 : 2} of 2 ·{' '}
            {step === 'client' ? 'The client reads and signs' : 'The coach signs'}
          </p>
        </div>
        <button type="button" className="btn signing-btn" onClick={onCancel}>
          Cancel
        </button>
      </header>
      <div className="signing-scroll" ref={scrollRef}>
        <div className="signing-content">
          {step === 'client' ? (
            <>
              <StillBlankNote blanks={blanks} />
              <p className="signing-step-heading" tabIndex={-1}>
                Please read the agreement, then sign below it.
              </p>
              {word ? (
                <WordSigningDocument sheet={sheet} onText={setWordText} />
              ) : (
                <SigningDocument
                  sheet={sheet}
                  client={client}
                  practice={practice}
                  template={template}
                />
              )}
              <SignatureStep
                heading="The client signs"
                intro="By signing, you agree to the terms above."
                draft={clientDraft}
                onChange={setClientDraft}
                problem={tried.client ? signerProblem(clientDraft) : null}
              />
            </>
          ) : (
            <>
              <p className="signing-step-heading" tabIndex={-1}>
                Thank you. Please hand the screen back to your coach.
              </p>
              <div className="signing-recap">
                {clientPicture !== null ? (
                  <img
                    src={`data:image/png;base64,${clientPicture}`}
                    alt={`Signature of ${clientDraft.name}`}
                  />
                ) : null}
                <span>Signed by {clientDraft.name.trim()}, the client</span>
              </div>
              <SignatureStep
                heading="The coach signs"
                intro="By signing, you agree to the same terms, on behalf of your practice."
                draft={coachDraft}
                onChange={setCoachDraft}
                problem={tried.coach ? signerProblem(coachDraft) : null}
              />
            </>
          )}
        </div>
      </div>
      <footer className="signing-bar">
        {(textMessage ?? error) !== null ? (
          <p className="signing-problem" role="alert">
            {textMessage ?? error}
          </p>
        ) : (
          <span className="muted">Nothing is recorded until the agreement is signed.</span>
        )}
        <div className="row">
          {step === 'client' ? (
            <button type="button" className="btn btn-primary signing-btn" onClick={next}>
              Next: the coach signs
            </button>
          ) : (
            <>
              <button
                type="button"
                className="btn signing-btn"
                onClick={() => {
                  setStep('client');
                }}
              >
                Back
              </button>
              <button
                type="button"
                className="btn btn-primary signing-btn"
                disabled={busy}
                onClick={sign}
              >
                Sign the agreement
              </button>
            </>
          )}
        </div>
      </footer>
    </dialog>
  );
}
