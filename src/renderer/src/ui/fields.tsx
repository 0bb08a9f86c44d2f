import { useId } from 'react';
import { useEditedFieldProblem } from './fieldProblems';
import { Frame, describedBy, type FieldProps } from './fieldFrame';

export { DateField } from './DateField';

export function TextField({
  label,
  hint,
  error,
  value,
  onChange,
  type = 'text',
  readOnly = false,
  placeholder,
  autoFocus,
  required,
}: FieldProps & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'url';
  readOnly?: boolean;
  placeholder?: string;
  autoFocus?: boolean;
  required?: boolean;
}) {
  const id = useId();
  const held = useEditedFieldProblem(id);
  const shown = error ?? held.problem;
  return (
    <Frame id={id} label={label} hint={hint} error={shown}>
      <input
        id={id}
        type={type}
        value={value}
        readOnly={readOnly}
        placeholder={placeholder}
        autoFocus={autoFocus}
        required={required}
        aria-invalid={shown ? true : undefined}
        aria-describedby={describedBy(id, hint, shown)}
        onChange={(event) => {
          held.edited(() => {
            onChange(event.target.value);
          });
        }}
      />
    </Frame>
  );
}

export function TextArea({
  label,
  hint,
  error,
  value,
  onChange,
  rows = 3,
  readOnly = false,
  placeholder,
}: FieldProps & {
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  readOnly?: boolean;
  placeholder?: string;
}) {
  const id = useId();
  const held = useEditedFieldProblem(id);
  const shown = error ?? held.problem;
  return (
    <Frame id={id} label={label} hint={hint} error={shown}>
      <textarea
        id={id}
        value={value}
        rows={rows}
        readOnly={readOnly}
        placeholder={placeholder}
        aria-invalid={shown ? true : undefined}
        aria-describedby={describedBy(id, hint, shown)}
        onChange={(event) => {
          held.edited(() => {
            onChange(event.target.value);
          });
        }}
      />
    </Frame>
  );
}

export function SelectField<V extends string>({
  label,
  hint,
  error,
  value,
  onChange,
  options,
  disabled = false,
}: FieldProps & {
  value: V;
  onChange: (value: V) => void;
  options: readonly { value: V; label: string }[];
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        value={value}
        disabled={disabled}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

export function NumberField({
  label,
  hint,
  error,
  value,
  onChange,
  min,
  max,
  readOnly = false,
}: FieldProps & {
  value: number;
  onChange: (value: number) => void;
  min: number;
  max: number;
  readOnly?: boolean;
}) {
  const id = useId();
  const held = useEditedFieldProblem(id);
  const shown = error ?? held.problem;
  return (
    <Frame id={id} label={label} hint={hint} error={shown}>
      <input
        id={id}
        type="number"
        value={value}
        min={min}
        max={max}
        readOnly={readOnly}
        aria-invalid={shown ? true : undefined}
        aria-describedby={describedBy(id, hint, shown)}
        onChange={(event) => {
          const next = Math.round(Number(event.target.value));
          if (Number.isFinite(next)) {
            held.edited(() => {
              onChange(Math.min(max, Math.max(min, next)));
            });
          }
        }}
      />
    </Frame>
  );
}

export function Checkbox({
  label,
  checked,
  onChange,
  disabled = false,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
}) {
  return (
    <label className="checkbox">
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(event) => {
          onChange(event.target.checked);
        }}
      />
      {label}
    </label>
  );
}

/** A 1–5 rating as a group of radio buttons (arrow keys move between them). */
export function RatingField({
  label,
  hint,
  value,
  onChange,
  describe,
  readOnly = false,
}: {
  label: string;
  hint?: string;
  value: number;
  onChange: (value: number) => void;
  readOnly?: boolean;
  /** Words for each level, read by screen readers and shown as a tooltip. */
  describe: (level: number) => string;
}) {
  const name = useId();
  return (
    <div className="field">
      <span className="field-label" id={`${name}-label`}>
        {label}
      </span>
      <div className="rating" role="radiogroup" aria-labelledby={`${name}-label`}>
        {[1, 2, 3, 4, 5].map((level) => (
          <label key={level} title={describe(level)}>
            <input
              type="radio"
              name={name}
              value={level}
              checked={value === level}
              disabled={readOnly}
              aria-label={`${level}: ${describe(level)}`}
              onChange={() => {
                onChange(level);
              }}
            />
            <span aria-hidden="true">{level}</span>
          </label>
        ))}
      </div>
      {hint ? <span className="field-hint">{hint}</span> : null}
    </div>
  );
}
