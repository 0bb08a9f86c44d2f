import { useId } from 'react';
import { DrawnSignature } from './DrawnSignature';
import { TypedSignature } from './TypedSignature';
import type { SignerDraft } from './signerDraft';

/**
 * One person's signature: drawn or typed (their choice), and their full name as it should
 * appear on the agreement.
 */
export function SignatureStep({
  heading,
  intro,
  draft,
  onChange,
  problem,
}: {
  heading: string;
  intro: string;
  draft: SignerDraft;
  onChange: (draft: SignerDraft) => void;
  /** Shown once the signer tried to go on without signing. */
  problem: string | null;
}) {
  const nameId = useId();
  const methodName = useId();
  const problemId = useId();
  const set = (patch: Partial<SignerDraft>) => {
    onChange({ ...draft, ...patch });
  };
  return (
    <section className="signature-step" aria-labelledby={`${nameId}-heading`}>
      <h2 id={`${nameId}-heading`}>{heading}</h2>
      <p className="signing-intro">{intro}</p>
      <fieldset className="signing-method">
        <legend>How would you like to sign?</legend>
        {(
          [
            ['drawn', 'Draw my signature'],
            ['typed', 'Type my name'],
          ] as const
        ).map(([method, text]) => (
          <label key={method} className="signing-method-choice">
            <input
              type="radio"
              name={methodName}
              value={method}
              checked={draft.method === method}
              onChange={() => {
                set({ method });
              }}
            />
            <span>{text}</span>
          </label>
        ))}
      </fieldset>
      {draft.method === 'drawn' ? (
        <DrawnSignature
          label={heading}
          drawing={draft.drawing}
          onChange={(drawing) => {
            set({ drawing });
          }}
        />
      ) : (
        <TypedSignature
          text={draft.typedText}
          placeholder={draft.name}
          onChange={(typedText, typedPngBase64) => {
            set({ typedText, typedPngBase64 });
          }}
        />
      )}
      <div className="field">
        <label htmlFor={nameId}>Full name</label>
        <input
          id={nameId}
          type="text"
          className="signing-input"
          value={draft.name}
          autoComplete="off"
          aria-invalid={problem !== null && draft.name.trim() === '' ? true : undefined}
          onChange={(event) => {
            set({ name: event.target.value });
          }}
        />
      </div>
      {problem !== null ? (
        <p id={problemId} className="signing-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
