import { memo } from 'react';
import type { IdpWorksheet, Objective } from '../../../../shared/schema/idp';
import type { DateFormat } from '../../../../shared/schema/practice';
import { idpProgress, DEFAULT_DUE_WITHIN_DAYS } from '../../../../shared/domain/idpProgress';
import { daysBetween, formatDate } from '../../../../shared/domain/dates';
import { plural } from '../../../../shared/domain/words';
import { excerpt } from './idpEdits';

/** Bring an objective into view and put the cursor in it. */
function goToObjective(objectiveId: string) {
  const fields = document.querySelector(`[data-objective-id="${CSS.escape(objectiveId)}"]`);
  fields?.closest('li')?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  fields?.querySelector<HTMLElement>('textarea, input')?.focus({ preventScroll: true });
}

function DueList({
  title,
  objectives,
  describe,
  tone,
}: {
  title: string;
  objectives: readonly Objective[];
  describe: (objective: Objective) => string;
  tone: 'danger' | 'warning';
}) {
  if (objectives.length === 0) return null;
  return (
    <div className={`idp-due idp-due-${tone}`}>
      <h3>{title}</h3>
      <ul>
        {objectives.map((objective) => (
          <li key={objective.id}>
            <button
              type="button"
              className="btn btn-quiet btn-small idp-due-link"
              onClick={() => {
                goToObjective(objective.id);
              }}
            >
              {excerpt(objective.what, 70) || 'Untitled objective'}
            </button>
            <span className="muted">{describe(objective)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** How far the plan has come and which objectives need attention now. */
export const IdpSummary = memo(function IdpSummary({
  sheet,
  today,
  dateFormat,
}: {
  sheet: IdpWorksheet;
  today: string;
  dateFormat: DateFormat;
}) {
  const progress = idpProgress(sheet, today);
  const when = (objective: Objective) => formatDate(objective.targetDate, dateFormat);
  const nothingDue = progress.overdue.length === 0 && progress.dueSoon.length === 0;
  return (
    <section className="card idp-summary" aria-labelledby="idp-summary-title">
      <div className="stack">
        <h2 id="idp-summary-title">Where the plan stands</h2>
        {progress.objectivesTotal === 0 ? (
          <p className="muted">Add objectives and their activities below to see progress here.</p>
        ) : (
          <div className="idp-progress">
            <progress
              max={100}
              value={progress.percent}
              aria-label="Progress of the plan"
              aria-valuetext={`${progress.percent}% complete`}
            />
            {/*
             * The percentage is not the share of activities done (an objective with one activity
             * would weigh less than one with five), so it says what it is the average of.
             */}
            <p>
              <strong>{progress.percent}% complete</strong>{' '}
              <span className="muted">
                (each objective counts the same, by the share of its activities done)
              </span>
            </p>
            <p>
              {progress.objectivesDone} of{' '}
              {plural(progress.objectivesTotal, 'objective', 'objectives')} done ·{' '}
              {progress.activitiesTotal === 0
                ? 'no activities planned yet'
                : `${progress.activitiesDone} of ${plural(progress.activitiesTotal, 'activity', 'activities')} done`}
            </p>
          </div>
        )}
        {sheet.review.nextReviewDate ? (
          <p>
            Next review: <strong>{formatDate(sheet.review.nextReviewDate, dateFormat)}</strong>
          </p>
        ) : null}
      </div>
      <div className="stack">
        <DueList
          title="Overdue"
          tone="danger"
          objectives={progress.overdue}
          describe={(o) =>
            `was due ${when(o)} (${plural(daysBetween(o.targetDate ?? today, today), 'day', 'days')} ago)`
          }
        />
        <DueList
          title={`Due within ${DEFAULT_DUE_WITHIN_DAYS} days`}
          tone="warning"
          objectives={progress.dueSoon}
          describe={(o) => `due ${when(o)}`}
        />
        {nothingDue && progress.objectivesTotal > 0 ? (
          <p className="muted">
            Nothing overdue, and nothing due in the next {DEFAULT_DUE_WITHIN_DAYS} days.
          </p>
        ) : null}
      </div>
    </section>
  );
});
