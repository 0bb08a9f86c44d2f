import type { Activity, Objective } from '../../../../shared/schema/idp';
import { OBJECTIVE_PRIORITIES } from '../../../../shared/schema/idp';
import {
  ACTIVITY_KIND_LABELS,
  ACTIVITY_STATUS_LABELS,
  PRIORITY_LABELS,
  optionsOf,
} from '../../../../shared/catalogue/labels';
import { objectiveState } from '../../../../shared/domain/idpProgress';
import { addDays } from '../../../../shared/domain/dates';
import { DateField, SelectField, TextArea } from '../../ui/fields';
import { WORKSHEET_KIND_SPECS } from '../../../../shared/kinds';
import { ListEditor, newId } from '../../ui/ListEditor';
import { ActivityFields } from './ActivityFields';
import { excerpt, withObjective, type IdpChange } from './idpEdits';

const PRIORITY_OPTIONS = optionsOf(OBJECTIVE_PRIORITIES, PRIORITY_LABELS);

function newActivity(): Activity {
  return WORKSHEET_KIND_SPECS.idp.items.activity(newId());
}

/** A badge for where the objective stands and whether its date needs attention. */
function ObjectiveBadges({ objective, today }: { objective: Objective; today: string }) {
  const state = objectiveState(objective);
  const open = state === 'notStarted' || state === 'inProgress';
  const date = objective.targetDate;
  let due: { text: string; tone: string } | null = null;
  if (open && date !== null && date < today) due = { text: 'Overdue', tone: 'badge-danger' };
  else if (open && date !== null && date <= addDays(today, 30)) {
    due = { text: 'Due within 30 days', tone: 'badge-warning' };
  }
  return (
    <div className="row idp-badges">
      <span className={`badge${state === 'done' ? ' badge-accent' : ''}`}>
        {ACTIVITY_STATUS_LABELS[state]}
      </span>
      {due ? <span className={`badge ${due.tone}`}>{due.text}</span> : null}
    </div>
  );
}

/** One SMART objective and its activities. */
export function ObjectiveFields({
  objective,
  today,
  change,
  readOnly,
}: {
  objective: Objective;
  today: string;
  change: IdpChange;
  readOnly: boolean;
}) {
  const id = objective.id;
  const edit = (patch: Partial<Objective>, field: string) => {
    change(
      withObjective(id, (o) => ({ ...o, ...patch })),
      `objectives.${id}.${field}`,
    );
  };
  return (
    <div className="stack idp-objective" data-objective-id={id}>
      <ObjectiveBadges objective={objective} today={today} />
      <div className="idp-pair">
        <TextArea
          label="What will you achieve?"
          rows={2}
          value={objective.what}
          readOnly={readOnly}
          onChange={(what) => {
            edit({ what }, 'what');
          }}
        />
        <TextArea
          label="How will success be measured?"
          rows={2}
          value={objective.measure}
          readOnly={readOnly}
          onChange={(measure) => {
            edit({ measure }, 'measure');
          }}
        />
        <DateField
          label="Target date"
          value={objective.targetDate}
          readOnly={readOnly}
          onChange={(targetDate) => {
            edit({ targetDate }, 'targetDate');
          }}
        />
        <SelectField
          label="Priority"
          value={objective.priority}
          options={PRIORITY_OPTIONS}
          disabled={readOnly}
          onChange={(priority) => {
            edit({ priority }, 'priority');
          }}
        />
      </div>
      <div
        className="idp-activities"
        onKeyDown={(event) => {
          // An activity's list already moved or removed it: the objective must not move too.
          if (event.defaultPrevented) event.stopPropagation();
        }}
      >
        <h3>Activities</h3>
        <ListEditor
          items={objective.activities}
          itemName={`Activity of ${objective.what.trim() ? excerpt(objective.what, 40) : 'this objective'}`}
          addLabel="Add activity"
          emptyText="No activities yet. How will you get there?"
          readOnly={readOnly}
          itemTitle={(activity, index) =>
            `${index + 1}. ${ACTIVITY_KIND_LABELS[activity.kind]}${
              activity.description.trim() ? `: ${excerpt(activity.description, 40)}` : ''
            }`
          }
          createItem={newActivity}
          onChange={(activities) => {
            change(withObjective(id, (o) => ({ ...o, activities })));
          }}
          renderItem={(activity) => (
            <ActivityFields
              objectiveId={id}
              activity={activity}
              change={change}
              readOnly={readOnly}
            />
          )}
        />
      </div>
    </div>
  );
}
