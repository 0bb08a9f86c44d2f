import { useId, useRef, useState } from 'react';
import { formatDate } from '../../../shared/domain/dates';
import { useDateFormat } from '../state/ModelContext';
import { DATE_PLACEHOLDER, EXAMPLE_DATE, parseTypedDate } from './dateText';
import { Frame, describedBy, type FieldProps } from './fieldFrame';
import { useEditedFieldProblem } from './fieldProblems';

/**
 * A calendar date, shown and typed in the practice's date format (a browser's date box uses the
 * browser's order, so 11/01/2026 could sit beside 28/11/2026 on one screen); empty means "not
 * set" (null). The calendar button opens the browser's own date picker for those who prefer it.
 * A date is kept as soon as what is typed reads as one; on leaving the box it is written out in
 * the practice's format, or, if it cannot be read, the box says how to write it and the date
 * saved stays as it was.
 */
export function DateField({
  label,
  hint,
  error,
  value,
  onChange,
  readOnly = false,
}: FieldProps & {
  value: string | null;
  onChange: (value: string | null) => void;
  readOnly?: boolean;
}) {
  const id = useId();
  const format = useDateFormat();
  const held = useEditedFieldProblem(id);
  const picker = useRef<HTMLInputElement>(null);
  const shown = formatDate(value, format);
  // What the box holds: the coach's typing, until the date changes from elsewhere (undo, the
  // calendar, another format) and is shown afresh.
  const [draft, setDraft] = useState(shown);
  const [synced, setSynced] = useState(shown);
  const [unreadable, setUnreadable] = useState(false);
  if (shown !== synced) {
    setSynced(shown);
    setDraft(shown);
    setUnreadable(false);
  }

  const send = (iso: string | null) => {
    if (iso === value) return;
    // The coach's own change: what they typed stays as typed until they leave the box.
    setSynced(formatDate(iso, format));
    held.edited(() => {
      onChange(iso);
    });
  };
  const type = (text: string) => {
    setDraft(text);
    setUnreadable(false);
    if (text.trim() === '') {
      send(null);
      return;
    }
    const iso = parseTypedDate(text, format, false);
    if (iso !== null) send(iso);
  };
  const leave = () => {
    if (draft.trim() === '') {
      setDraft('');
      return;
    }
    const iso = parseTypedDate(draft, format, true);
    if (iso === null) {
      setUnreadable(true);
      return;
    }
    send(iso);
    setDraft(formatDate(iso, format));
  };

  const example = formatDate(EXAMPLE_DATE, format);
  const shownError =
    error ??
    held.problem ??
    (unreadable
      ? `Not a date: write it like ${example}. ${
          shown === '' ? 'No date is saved.' : `The date saved is still ${shown}.`
        }`
      : null);
  return (
    <Frame id={id} label={label} hint={hint} error={shownError}>
      <div className="date-field">
        <input
          id={id}
          type="text"
          data-date=""
          autoComplete="off"
          spellCheck={false}
          value={draft}
          placeholder={DATE_PLACEHOLDER[format]}
          readOnly={readOnly}
          aria-invalid={shownError ? true : undefined}
          aria-describedby={describedBy(id, hint, shownError)}
          onChange={(event) => {
            type(event.target.value);
          }}
          onBlur={leave}
        />
        {readOnly ? null : (
          <>
            {/* The browser's picker, opened by the button; the box above is the field. */}
            <input
              ref={picker}
              type="date"
              className="date-field-native"
              tabIndex={-1}
              aria-hidden="true"
              value={value ?? ''}
              onChange={(event) => {
                const iso = event.target.value === '' ? null : event.target.value;
                send(iso);
                setDraft(formatDate(iso, format));
                setUnreadable(false);
              }}
            />
            <button
              type="button"
              className="date-field-calendar"
              onClick={() => {
                try {
                  picker.current?.showPicker();
                } catch {
                  // No picker here (an old browser): typing the date still works.
                }
              }}
            >
              <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
                <rect x="1.5" y="3" width="13" height="11.5" rx="1.5" />
                <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" />
              </svg>
              <span className="visually-hidden">Pick {label} from a calendar</span>
            </button>
          </>
        )}
      </div>
    </Frame>
  );
}
