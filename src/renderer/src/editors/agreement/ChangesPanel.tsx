import type { AgreementWorksheet } from '../../../../shared/schema/agreement';
import type { DateFormat } from '../../../../shared/schema/practice';
import type { AgreementDiff, ClauseChange } from '../../../../shared/domain/agreementDiff';
import { diffSummary, unchangedRun } from '../../../../shared/domain/agreementDiffSummary';
import { Checkbox } from '../../ui/fields';
import type { EditorProps } from '../editorProps';
import { MarkedLine, MarkedLines } from './MarkedText';
import { PREVIEW_ID } from './PreviewJump';
import { versionDetail } from './statusText';

const BADGES: Record<ClauseChange['status'], { text: string; className: string }> = {
  changed: { text: 'Changed', className: 'badge badge-warning' },
  added: { text: 'Added', className: 'badge badge-accent' },
  removed: { text: 'Removed', className: 'badge badge-danger' },
  unchanged: { text: 'Unchanged', className: 'badge' },
};

/** Clauses to show, with each run of unchanged ones folded into one line. */
type Entry = { clause: ClauseChange } | { unchanged: ClauseChange[] };

function entries(clauses: readonly ClauseChange[]): Entry[] {
  const out: Entry[] = [];
  for (const clause of clauses) {
    const last = out.at(-1);
    if (clause.status !== 'unchanged') out.push({ clause });
    else if (last !== undefined && 'unchanged' in last) last.unchanged.push(clause);
    else out.push({ unchanged: [clause] });
  }
  return out;
}

function clauseHeading(clause: ClauseChange): string {
  const title = clause.title || 'Untitled clause';
  // A removed clause has no number in the new version; its old one would only confuse.
  return clause.status === 'removed' ? title : `${clause.number}. ${title}`;
}

function ClauseItem({ clause }: { clause: ClauseChange }) {
  const badge = BADGES[clause.status];
  return (
    <li className="changes-clause" data-status={clause.status}>
      <div className="changes-clause-head">
        <h3>{clauseHeading(clause)}</h3>
        <span className={badge.className}>{badge.text}</span>
      </div>
      {clause.titleParts ? (
        <p className="changes-title-was">
          Title: <MarkedLine parts={clause.titleParts} />
        </p>
      ) : null}
      <div className="changes-text">
        <MarkedLines parts={clause.parts} />
      </div>
    </li>
  );
}

function UnchangedItem({ clauses }: { clauses: readonly ClauseChange[] }) {
  return (
    <li className="changes-unchanged">
      <details>
        <summary>{unchangedRun(clauses.length)}</summary>
        {clauses.map((clause) => (
          <div key={clause.id} className="changes-unchanged-clause">
            <h3>{clauseHeading(clause)}</h3>
            <div className="changes-text">
              <MarkedLines parts={clause.parts} />
            </div>
          </div>
        ))}
      </details>
    </li>
  );
}

function ValuesTable({ diff }: { diff: AgreementDiff }) {
  if (diff.values.length === 0) return null;
  return (
    <table className="changes-values">
      <caption>Details that changed</caption>
      <thead>
        <tr>
          <th scope="col">Detail</th>
          <th scope="col">Version {diff.fromVersion}</th>
          <th scope="col">Version {diff.toVersion}</th>
        </tr>
      </thead>
      <tbody>
        {diff.values.map((value) => (
          <tr key={value.key}>
            <th scope="row">{value.label}</th>
            <td>
              {value.before === '' ? (
                <span className="muted">Blank</span>
              ) : (
                <MarkedLine parts={[{ kind: 'removed', text: value.before }]} />
              )}
            </td>
            <td>
              {value.after === '' ? (
                <span className="muted">Blank</span>
              ) : (
                <MarkedLine parts={[{ kind: 'added', text: value.after }]} />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * What changed from the version this one was made from: a line that sums it up, the details
 * (fees and the like) that now read differently, and every clause marked word by word, the
 * unchanged ones folded away. Worked out again on every change, so it follows the coach's typing.
 */
export function ChangesPanel({
  diff,
  previous,
  sheet,
  change,
  editable,
  format,
}: {
  diff: AgreementDiff;
  previous: AgreementWorksheet;
  sheet: AgreementWorksheet;
  change: EditorProps<'agreement'>['change'];
  editable: boolean;
  format: DateFormat;
}) {
  const from = diff.fromVersion;
  return (
    <section
      id={PREVIEW_ID}
      className="agreement-preview changes-panel card"
      // The button above already names it on screen; a heading saying it again was one too many.
      aria-label={`What changed from version ${from}`}
      tabIndex={0}
    >
      <p className="changes-summary" aria-live="polite">
        {diffSummary(diff)}
      </p>
      <p className="muted">
        Version {from}: {versionDetail(previous, format)}. Added words are underlined, removed words
        are struck through.
      </p>
      <Checkbox
        label="Add a page listing these changes when I export"
        checked={sheet.changesPage === true}
        disabled={!editable}
        onChange={(changesPage) => {
          change((s) => ({ ...s, changesPage }));
        }}
      />
      <ValuesTable diff={diff} />
      {diff.title ? (
        <div className="changes-clause" data-status={diff.title.status}>
          <h3>Title of the agreement</h3>
          <p className="marked-line">
            <MarkedLine parts={diff.title.parts} />
          </p>
        </div>
      ) : null}
      {diff.clauses.length === 0 ? <p className="muted">Neither version has clauses.</p> : null}
      <ol className="changes-clauses" aria-label="Clauses">
        {entries(diff.clauses).map((entry) =>
          'clause' in entry ? (
            <ClauseItem key={entry.clause.id} clause={entry.clause} />
          ) : (
            <UnchangedItem key={entry.unchanged[0]?.id ?? 'none'} clauses={entry.unchanged} />
          ),
        )}
      </ol>
      {diff.factSheet ? (
        <div className="changes-clause" data-status={diff.factSheet.status}>
          <div className="changes-clause-head">
            <h3>What to expect (fact sheet)</h3>
            <span className={BADGES[diff.factSheet.status].className}>
              {BADGES[diff.factSheet.status].text}
            </span>
          </div>
          <div className="changes-text">
            <MarkedLines parts={diff.factSheet.parts} />
          </div>
        </div>
      ) : null}
    </section>
  );
}
