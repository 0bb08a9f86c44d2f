import { memo } from 'react';
import type { IdpWorksheet } from '../../../../shared/schema/idp';
import { TextArea, TextField } from '../../ui/fields';
import { Section } from '../../ui/Section';
import { PersonNameField } from '../PersonNameField';
import type { IdpChange } from './idpEdits';

type Profile = IdpWorksheet['profile'];
type Goals = IdpWorksheet['goals'];

const PROFILE_FIELDS: readonly { key: keyof Profile; label: string }[] = [
  { key: 'name', label: 'Name' },
  { key: 'position', label: 'Current position' },
  { key: 'organization', label: 'Organization' },
  { key: 'manager', label: 'Manager' },
];

/** Who the plan belongs to. */
export const ProfileSection = memo(function ProfileSection({
  profile,
  clientId,
  change,
  readOnly,
}: {
  profile: Profile;
  /** Whose plan it is: their name is offered for an empty name field. */
  clientId: string | null;
  change: IdpChange;
  readOnly: boolean;
}) {
  return (
    <Section
      title="Profile"
      guidance={
        <p>
          This plan belongs to the employee, not to the company. Name the manager who will be asked
          for time, budget and support.
        </p>
      }
    >
      <div className="idp-pair">
        {PROFILE_FIELDS.map(({ key, label }) => {
          const onChange = (value: string) => {
            change((s) => ({ ...s, profile: { ...s.profile, [key]: value } }), `profile.${key}`);
          };
          return key === 'name' ? (
            <PersonNameField
              key={key}
              label={label}
              value={profile.name}
              clientId={clientId}
              readOnly={readOnly}
              onChange={onChange}
            />
          ) : (
            <TextField
              key={key}
              label={label}
              value={profile[key]}
              readOnly={readOnly}
              onChange={onChange}
            />
          );
        })}
      </div>
    </Section>
  );
});

const GOAL_FIELDS: readonly { key: keyof Goals; label: string; hint: string }[] = [
  { key: 'shortTerm', label: 'Short-term goal', hint: 'Where you want to be in about a year.' },
  {
    key: 'longTerm',
    label: 'Long-term goal',
    hint: 'Where you are heading in three to five years.',
  },
  { key: 'strengths', label: 'Strengths', hint: 'What you already do well and can build on.' },
  {
    key: 'areasToDevelop',
    label: 'Areas to develop',
    hint: 'What stands between you and those goals.',
  },
];

/** Where the employee wants their career to go. */
export const GoalsSection = memo(function GoalsSection({
  goals,
  change,
  readOnly,
}: {
  goals: Goals;
  change: IdpChange;
  readOnly: boolean;
}) {
  return (
    <Section
      title="Career goals"
      guidance={
        <>
          <p>Start with the destination; the objectives below are the road to it.</p>
          <p>
            Be honest about areas to develop: naming a gap is what gets a course or a stretch
            assignment approved.
          </p>
        </>
      }
    >
      <div className="idp-pair">
        {GOAL_FIELDS.map(({ key, label, hint }) => (
          <TextArea
            key={key}
            label={label}
            hint={hint}
            rows={4}
            value={goals[key]}
            readOnly={readOnly}
            onChange={(value) => {
              change((s) => ({ ...s, goals: { ...s.goals, [key]: value } }), `goals.${key}`);
            }}
          />
        ))}
      </div>
    </Section>
  );
});
