import { useState } from 'react';
import { MERGE_FIELDS, type MergeFieldKey } from '../../../../shared/catalogue/mergeFields';
import type { WordValueSuggestion } from '../../../../shared/contract';
import { isMergeFieldKey } from '../../../../shared/domain/mergeFields';
import { wordFieldText } from '../../../../shared/domain/wordFields';

/**
 * Details the app recognised in the coach's document (their name, their fee…): the coach
 * ticks those that change from client to client, checks which field each becomes, and the
 * app makes a copy of the document with those turned into fields.
 */
export function WordSuggestions({
  suggestions,
  busy,
  onApply,
}: {
  suggestions: readonly WordValueSuggestion[];
  busy: boolean;
  onApply: (fields: { text: string; key: MergeFieldKey }[]) => void;
}) {
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [keys, setKeys] = useState<ReadonlyMap<string, MergeFieldKey>>(new Map());
  const keyOf = (s: WordValueSuggestion) => keys.get(s.text) ?? s.key;
  const chosen = suggestions.filter((s) => ticked.has(s.text));
  return (
    <div className="stack word-suggestions">
      <h3>Turn details into fields?</h3>
      <p className="muted">
        These are in your document as typed. Tick those that should change from client to client;
        the app makes a copy of your document with each one replaced by its field.
      </p>
      <ul>
        {suggestions.map((s) => (
          <li key={s.text} className="row">
            <label className="checkbox spacer">
              <input
                type="checkbox"
                checked={ticked.has(s.text)}
                onChange={(event) => {
                  const next = new Set(ticked);
                  if (event.target.checked) next.add(s.text);
                  else next.delete(s.text);
                  setTicked(next);
                }}
              />
              <span>
                “{s.text}”{' '}
                <span className="muted">
                  {s.count === 1 ? 'once' : s.count === 2 ? 'twice' : `${s.count} times`}
                </span>
              </span>
            </label>
            <select
              aria-label={`Field for “${s.text}”`}
              value={keyOf(s)}
              onChange={(event) => {
                const key = event.target.value;
                if (isMergeFieldKey(key)) setKeys(new Map(keys).set(s.text, key));
              }}
            >
              {MERGE_FIELDS.map((field) => (
                <option key={field.key} value={field.key}>
                  {wordFieldText(field.key)}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ul>
      <div className="row">
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy || chosen.length === 0}
          onClick={() => {
            onApply(chosen.map((s) => ({ text: s.text, key: keyOf(s) })));
            setTicked(new Set());
          }}
        >
          Turn the ticked details into fields
        </button>
      </div>
    </div>
  );
}
