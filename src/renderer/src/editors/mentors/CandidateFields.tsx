import {
  CANDIDATE_STATUSES,
  HOW_FOUND,
  RELATIONSHIP_KINDS,
  type MentorCandidate,
  type MentorsWorksheet,
} from '../../../../shared/schema';
import {
  CANDIDATE_STATUS_LABELS,
  HOW_FOUND_LABELS,
  RELATIONSHIP_KIND_LABELS,
} from '../../../../shared/catalogue/labels';
import { Checkbox, DateField, SelectField, TextArea, TextField } from '../../ui/fields';
import type { EditorProps } from '../editorProps';
import { ContactLog } from './ContactLog';
import { toggleArea, withCandidate } from './mentorEdits';

const STATUS_OPTIONS = CANDIDATE_STATUSES.map((value) => ({
  value,
  label: CANDIDATE_STATUS_LABELS[value],
}));
const HOW_FOUND_OPTIONS = HOW_FOUND.map((value) => ({ value, label: HOW_FOUND_LABELS[value] }));
const RELATIONSHIP_OPTIONS = RELATIONSHIP_KINDS.map((value) => ({
  value,
  label: RELATIONSHIP_KIND_LABELS[value],
}));

type Text = 'name' | 'role' | 'organization' | 'howFoundDetail' | 'nextStep' | 'givingBack';

/** Every field of one possible mentor. */
export function CandidateFields({
  candidate,
  areas,
  change,
  readOnly,
}: {
  candidate: MentorCandidate;
  areas: MentorsWorksheet['areas'];
  change: EditorProps<'mentors'>['change'];
  readOnly: boolean;
}) {
  const id = candidate.id;
  const set = (patch: Partial<MentorCandidate>, field: string) => {
    change((s) => withCandidate(s, id, (c) => ({ ...c, ...patch })), `candidates.${id}.${field}`);
  };
  const text = (field: Text, label: string, multiline = false, hint?: string) => {
    const common = {
      label,
      hint,
      value: candidate[field],
      readOnly,
      onChange: (value: string) => {
        set({ [field]: value }, field);
      },
    };
    return multiline ? <TextArea {...common} rows={2} /> : <TextField {...common} />;
  };
  const who = candidate.name.trim() || 'this person';

  return (
    <div className="mt-candidate">
      <div className="mt-grid-3">
        {text('name', 'Name')}
        {text('role', 'Role')}
        {text('organization', 'Organization')}
      </div>
      <fieldset className="mt-areas">
        <legend>Areas {who} could help with</legend>
        {areas.length === 0 ? (
          <p className="muted">Add mentoring areas above, then tick the ones that fit.</p>
        ) : (
          <div className="mt-area-checks">
            {areas.map((area, index) => (
              <Checkbox
                key={area.id}
                label={`${index + 1}. ${area.name.trim() || 'Unnamed area'}`}
                checked={candidate.areaIds.includes(area.id)}
                disabled={readOnly}
                onChange={(on) => {
                  change(
                    (s) =>
                      withCandidate(s, id, (c) => ({
                        ...c,
                        areaIds: toggleArea(c.areaIds, area.id, on, s.areas),
                      })),
                    `candidates.${id}.areaIds`,
                  );
                }}
              />
            ))}
          </div>
        )}
      </fieldset>
      <div className="mt-grid-3">
        <SelectField
          label="Relationship"
          value={candidate.relationship}
          options={RELATIONSHIP_OPTIONS}
          disabled={readOnly}
          onChange={(relationship) => {
            set({ relationship }, 'relationship');
          }}
        />
        <SelectField
          label="Status"
          value={candidate.status}
          options={STATUS_OPTIONS}
          disabled={readOnly}
          onChange={(status) => {
            set({ status }, 'status');
          }}
        />
        <SelectField
          label="How I found them"
          value={candidate.howFound}
          options={HOW_FOUND_OPTIONS}
          disabled={readOnly}
          onChange={(howFound) => {
            set({ howFound }, 'howFound');
          }}
        />
      </div>
      {text(
        'howFoundDetail',
        'How I found them: details',
        false,
        'Who introduced you, where you met, what you read.',
      )}
      <div className="mt-next-step">
        {text('nextStep', 'Next step', true)}
        <DateField
          label="Next step by"
          value={candidate.nextStepDate}
          readOnly={readOnly}
          onChange={(nextStepDate) => {
            set({ nextStepDate }, 'nextStepDate');
          }}
        />
      </div>
      {text(
        'givingBack',
        'What I give back',
        true,
        'Your perspective, an introduction, help with a project: people stay when they get something too.',
      )}
      <ContactLog
        candidate={candidate}
        readOnly={readOnly}
        onList={(contactLog) => {
          change((s) => withCandidate(s, id, (c) => ({ ...c, contactLog })));
        }}
        onEntry={(entryId, patch, field) => {
          change(
            (s) =>
              withCandidate(s, id, (c) => ({
                ...c,
                contactLog: c.contactLog.map((entry) =>
                  entry.id === entryId ? { ...entry, ...patch } : entry,
                ),
              })),
            `candidates.${id}.contactLog.${entryId}.${field}`,
          );
        }}
      />
    </div>
  );
}
