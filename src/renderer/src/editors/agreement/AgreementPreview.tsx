import { RichTextView, withBlanks } from './RichTextView';
import type { Clause } from '../../../../shared/schema/agreement';
import {
  fillClauses,
  fillMergeFields,
  MERGE_BLANK,
  type MergeFieldValues,
} from '../../../../shared/domain/mergeFields';
import { mergeFieldLabel } from './mergeFieldText';
import { PreviewPanel } from './PreviewPanel';

/** Each line of the fact sheet as a paragraph, keeping the blank lines the writer left. */
function Paragraphs({ text }: { text: string }) {
  const lines = text.split('\n');
  return (
    <>
      {lines.map((line, index) => (
        // Lines have no identity beyond their place in the text.
        <p key={index}>{line.trim() === '' ? '\u00a0' : withBlanks(line)}</p>
      ))}
    </>
  );
}

/**
 * An agreement as the client will read it: every merge field filled, and each field still
 * without a value shown as a line to complete, with a note listing them.
 */
export function AgreementPreview({
  heading,
  title,
  clauses,
  values,
  factSheet,
  signers,
}: {
  heading: string;
  title: string;
  clauses: readonly Clause[];
  values: MergeFieldValues;
  /** The fact sheet's text when it goes with the agreement. */
  factSheet: string | null;
  signers?: { client: string; coach: string };
}) {
  const filled = fillClauses(clauses, values);
  const sheet = factSheet === null ? null : fillMergeFields(factSheet, values);
  const missing = [...new Set([...filled.missing, ...(sheet?.missing ?? [])])];
  return (
    <PreviewPanel heading={heading}>
      {missing.length > 0 ? (
        <p className="preview-note">
          Still blank, printed as a line to fill in: {missing.map(mergeFieldLabel).join(', ')}.
        </p>
      ) : null}
      <article className="paper">
        <h3 className="paper-title">{title.trim() || 'Agreement'}</h3>
        {filled.clauses.length === 0 ? <p className="muted">No clauses yet.</p> : null}
        <ol className="paper-clauses">
          {filled.clauses.map((clause, index) => (
            <li key={clause.id}>
              <h4>{clause.title.trim() || 'Untitled clause'}</h4>
              {/* From the clause as written, so each filled field can be told apart. */}
              <RichTextView doc={clauses[index]?.body ?? clause.body} values={values} />
            </li>
          ))}
        </ol>
        {signers ? (
          <div className="paper-signatures">
            {[
              { role: 'Client', name: signers.client },
              { role: 'Coach', name: signers.coach },
            ].map((signer) => (
              <div key={signer.role} className="paper-signature">
                <span className="signature-line" aria-hidden="true" />
                <span>
                  {signer.role}: {signer.name.trim() || MERGE_BLANK}
                </span>
                <span className="muted">Date: {MERGE_BLANK}</span>
              </div>
            ))}
          </div>
        ) : null}
        {sheet ? (
          <div className="paper-factsheet">
            <h4>What to expect</h4>
            <Paragraphs text={sheet.text} />
          </div>
        ) : null}
      </article>
    </PreviewPanel>
  );
}
