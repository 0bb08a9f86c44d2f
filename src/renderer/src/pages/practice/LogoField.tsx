import { useId, useRef, useState } from 'react';
import type { Logo } from '../../../../shared/schema/practice';
import { logoFromFile, logoSource } from './logoFile';

/**
 * The practice logo: pick a PNG or JPEG, see it as documents will show it, or remove it.
 * A refused file leaves the current logo as it was and says why.
 */
export function LogoField({
  logo,
  readOnly,
  onChange,
}: {
  logo: Logo | null;
  readOnly: boolean;
  onChange: (logo: Logo | null) => void;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const pick = async (file: File | undefined) => {
    if (!file) return;
    const result = await logoFromFile(file);
    // Clear the input so picking the same file again still reports a change.
    if (input.current) input.current.value = '';
    if (!result.ok) {
      setProblem(result.error.message);
      return;
    }
    setProblem(null);
    onChange(result.value);
  };

  return (
    <div className="field logo-field">
      <label htmlFor={id}>Logo</label>
      <div className="logo-row">
        <div className="logo-preview" data-empty={logo === null || undefined}>
          {logo ? (
            <img src={logoSource(logo)} alt={`Your logo (${logo.fileName || 'image'})`} />
          ) : (
            <span className="muted">No logo yet</span>
          )}
        </div>
        <div className="stack logo-actions">
          <input
            ref={input}
            id={id}
            type="file"
            accept="image/png,image/jpeg"
            disabled={readOnly}
            aria-describedby={`${id}-hint${problem ? ` ${id}-error` : ''}`}
            onChange={(event) => void pick(event.target.files?.[0])}
          />
          {logo && !readOnly ? (
            <div>
              <button
                type="button"
                className="btn btn-small btn-danger"
                onClick={() => {
                  setProblem(null);
                  onChange(null);
                }}
              >
                Remove logo
              </button>
            </div>
          ) : null}
          <span className="field-hint" id={`${id}-hint`}>
            PNG or JPEG, up to 1.5 MB. It goes at the top of every document you export.
          </span>
          {problem ? (
            <span className="field-error" id={`${id}-error`} role="alert">
              {problem}
            </span>
          ) : null}
        </div>
      </div>
    </div>
  );
}
