import { useState } from 'react';
import { MERGE_FIELDS, type MergeFieldKey } from '../../../../shared/catalogue/mergeFields';
import { wordFieldText } from '../../../../shared/domain/wordFields';

/**
 * Every field a coach can type in their Word document, as they type it ({Client name}), each
 * with a button that copies it, ready to paste into Word.
 */
export function WordFieldList() {
  const [copied, setCopied] = useState<MergeFieldKey | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const copy = async (key: MergeFieldKey) => {
    try {
      await navigator.clipboard.writeText(wordFieldText(key));
      setProblem(null);
      setCopied(key);
    } catch {
      setProblem('It could not be copied here: select the field and copy it by hand.');
    }
  };
  return (
    <div className="stack word-field-list">
      <ul>
        {MERGE_FIELDS.map((field) => (
          <li key={field.key} className="row">
            <code className="spacer">{wordFieldText(field.key)}</code>
            <button
              type="button"
              className="btn btn-small btn-quiet"
              aria-label={`Copy ${wordFieldText(field.key)}`}
              onClick={() => void copy(field.key)}
            >
              {copied === field.key ? 'Copied' : 'Copy'}
            </button>
          </li>
        ))}
      </ul>
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
