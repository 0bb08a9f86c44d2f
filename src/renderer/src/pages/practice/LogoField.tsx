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
  const describedBy = `${id}-hint${problem ? ` ${id}-error` : ''}`;

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
          {/*
           * The browser's own file box would say "No file chosen" beside a logo that is there
           * (it is emptied after each pick): it stays out of sight, and a button opens it.
           */}
          <input
            ref={input}
            id={id}
            type="file"
            accept="image/png,image/jpeg"
            hidden
            disabled={readOnly}
            onChange={(event) => void pick(event.target.files?.[0])}
          />
          {readOnly ? null : (
            <div className="row">
              <button
                type="button"
                className="btn btn-small"
                aria-describedby={describedBy}
                onClick={() => {
                  input.current?.click();
                }}
              >
                {logo ? 'Replace logo…' : 'Choose a logo…'}
              </button>
              {logo ? (
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
              ) : null}
            </div>
          )}
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
