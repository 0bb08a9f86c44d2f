import type { Activity } from '../../../../shared/schema/idp';
import { ACTIVITY_KINDS, ACTIVITY_STATUSES } from '../../../../shared/schema/idp';
import {
  ACTIVITY_KIND_LABELS,
  ACTIVITY_STATUS_LABELS,
  optionsOf,
} from '../../../../shared/catalogue/labels';
import { SelectField, TextArea } from '../../ui/fields';
import { withActivity, type IdpChange } from './idpEdits';

const KIND_OPTIONS = optionsOf(ACTIVITY_KINDS, ACTIVITY_KIND_LABELS);
const STATUS_OPTIONS = optionsOf(ACTIVITY_STATUSES, ACTIVITY_STATUS_LABELS);

type TextKey = 'description' | 'resources' | 'managerSupport' | 'evidence';

const TEXTS: readonly { key: TextKey; label: string }[] = [
  { key: 'description', label: 'What you will do' },
  { key: 'resources', label: 'Resources or cost' },
  { key: 'managerSupport', label: 'Support needed from the manager' },
  { key: 'evidence', label: 'Evidence of completion' },
];

/** One activity that serves an objective. */
export function ActivityFields({
  objectiveId,
  activity,
  change,
  readOnly,
}: {
  objectiveId: string;
  activity: Activity;
  change: IdpChange;
  readOnly: boolean;
}) {
  const edit = (patch: Partial<Activity>, field: string) => {
    change(
      withActivity(objectiveId, activity.id, (a) => ({ ...a, ...patch })),
      `objectives.${objectiveId}.activities.${activity.id}.${field}`,
    );
  };
  return (
    <div className="idp-pair">
      <SelectField
        label="Kind of activity"
        value={activity.kind}
        options={KIND_OPTIONS}
        disabled={readOnly}
        onChange={(kind) => {
          edit({ kind }, 'kind');
        }}
      />
      <SelectField
        label="Status"
        value={activity.status}
        options={STATUS_OPTIONS}
        disabled={readOnly}
        onChange={(status) => {
          edit({ status }, 'status');
        }}
      />
      {TEXTS.map(({ key, label }) => (
        <TextArea
          key={key}
          label={label}
          rows={2}
          value={activity[key]}
          readOnly={readOnly}
          onChange={(value) => {
            edit({ [key]: value }, key);
          }}
        />
      ))}
    </div>
  );
}
