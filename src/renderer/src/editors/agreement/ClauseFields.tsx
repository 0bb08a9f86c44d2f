import { useId, useLayoutEffect, useRef, useState } from 'react';
import type { Clause } from '../../../../shared/schema/agreement';
import { unknownMergeFields } from '../../../../shared/domain/mergeFields';
import type { MergeFieldKey } from '../../../../shared/catalogue/mergeFields';
import { TextField } from '../../ui/fields';
import { richTextFromPlain, richTextToPlain } from '../../../../shared/richText/plain';
import { insertAt, mergeFieldGroups, SOURCE_LABELS } from './mergeFieldText';

const GROUPS = mergeFieldGroups();

/**
 * One clause: its title, its body, and a picker that puts a merge field where the cursor is in
 * the body. Unknown `{{names}}` (usually typos) are pointed out, since they would print as typed.
 */
export function ClauseFields({
  clause,
  readOnly,
  onChange,
}: {
  clause: Clause;
  readOnly: boolean;
  onChange: (next: Clause, field: 'title' | 'body') => void;
}) {
  const id = useId();
  const body = useRef<HTMLTextAreaElement>(null);
  const caret = useRef<number | null>(null);
  const [picked, setPicked] = useState<MergeFieldKey>('clientName');
  // The body as typed, kept here so blank lines survive while the coach types; the stored body
  // is rich text read from it (see richTextFromPlain).
  const [text, setText] = useState(() => richTextToPlain(clause.body));
  const stored = richTextToPlain(clause.body);
  if (richTextToPlain(richTextFromPlain(text)) !== stored) setText(stored);
  const unknown = unknownMergeFields(`${clause.title}\n${text}`);

  const changeText = (next: string) => {
    setText(next);
    onChange({ ...clause, body: richTextFromPlain(next) }, 'body');
  };

  // After an insert, put the cursor just after the new field, ready to keep typing.
  useLayoutEffect(() => {
    const at = caret.current;
    if (at === null || !body.current) return;
    caret.current = null;
    body.current.focus();
    body.current.setSelectionRange(at, at);
  }, [text]);

  const insert = () => {
    const area = body.current;
    const start = area?.selectionStart ?? text.length;
    const end = area?.selectionEnd ?? start;
    const next = insertAt(text, start, end, `{{${picked}}}`);
    caret.current = next.caret;
    changeText(next.text);
  };

  return (
    <div className="clause-fields">
      <TextField
        label="Clause title"
        value={clause.title}
        readOnly={readOnly}
        onChange={(title) => {
          onChange({ ...clause, title }, 'title');
        }}
      />
      <div className="field">
        <label htmlFor={`${id}-body`}>Clause text</label>
        <textarea
          ref={body}
          id={`${id}-body`}
          rows={Math.min(12, Math.max(4, text.split('\n').length + 1))}
          value={text}
          readOnly={readOnly}
          aria-describedby={unknown.length > 0 ? `${id}-unknown` : undefined}
          onChange={(event) => {
            changeText(event.target.value);
          }}
        />
      </div>
      {readOnly ? null : (
        <div className="merge-picker">
          <label htmlFor={`${id}-pick`}>Merge field</label>
          <select
            id={`${id}-pick`}
            value={picked}
            onChange={(event) => {
              const field = GROUPS.flatMap((g) => g.fields).find(
                (f) => f.key === event.target.value,
              );
              if (field) setPicked(field.key);
            }}
          >
            {GROUPS.map((group) => (
              <optgroup key={group.source} label={SOURCE_LABELS[group.source]}>
                {group.fields.map((field) => (
                  <option key={field.key} value={field.key}>
                    {field.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <button type="button" className="btn btn-small" onClick={insert}>
            Insert at cursor
          </button>
        </div>
      )}
      {unknown.length > 0 ? (
        <p className="merge-warning" id={`${id}-unknown`}>
          {unknown.map((name) => `{{${name}}}`).join(', ')}{' '}
          {unknown.length === 1 ? 'is not a merge field' : 'are not merge fields'} the app knows, so{' '}
          {unknown.length === 1 ? 'it prints' : 'they print'} exactly as typed. Check the spelling,
          or insert the field from the list.
        </p>
      ) : null}
    </div>
  );
}
