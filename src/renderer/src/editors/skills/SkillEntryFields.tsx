import type { SkillEntry } from '../../../../shared/schema/skills';
import { Checkbox, RatingField, TextArea } from '../../ui/fields';
import { SkillPicker } from './SkillPicker';
import {
  ENJOYMENT_WORDS,
  PROFICIENCY_WORDS,
  levelWords,
  withEntry,
  type SkillsChange,
} from './skillEdits';

type Evidence = SkillEntry['evidence'];

const EVIDENCE: readonly { key: keyof Evidence; label: string; hint: string }[] = [
  { key: 'situation', label: 'Situation', hint: 'Where and when, and what was at stake.' },
  { key: 'action', label: 'Action', hint: 'What you did yourself.' },
  { key: 'result', label: 'Result', hint: 'What changed, with numbers if you have them.' },
];

/** One skill in the inventory: how good, how enjoyed, the story that proves it. */
export function SkillEntryFields({
  entry,
  change,
  readOnly,
}: {
  entry: SkillEntry;
  change: SkillsChange;
  readOnly: boolean;
}) {
  const id = entry.id;
  const edit = (patch: Partial<SkillEntry>, field: string) => {
    change(
      withEntry(id, (e) => ({ ...e, ...patch })),
      `entries.${id}.${field}`,
    );
  };
  return (
    <div className="stack">
      <div className="skills-entry-head">
        <SkillPicker
          label="Skill"
          value={entry.skill}
          readOnly={readOnly}
          onChange={(skill, part) => {
            edit({ skill }, `skill.${part}`);
          }}
        />
        <fieldset className="skills-plain skills-ratings" disabled={readOnly}>
          <RatingField
            label="How good are you at it?"
            value={entry.proficiency}
            hint={levelWords(PROFICIENCY_WORDS, entry.proficiency)}
            describe={(level) => levelWords(PROFICIENCY_WORDS, level)}
            onChange={(proficiency) => {
              edit({ proficiency }, 'proficiency');
            }}
          />
          <RatingField
            label="How much do you enjoy it?"
            value={entry.enjoyment}
            hint={levelWords(ENJOYMENT_WORDS, entry.enjoyment)}
            describe={(level) => levelWords(ENJOYMENT_WORDS, level)}
            onChange={(enjoyment) => {
              edit({ enjoyment }, 'enjoyment');
            }}
          />
        </fieldset>
      </div>
      <fieldset className="skills-plain">
        <legend className="field-label">Evidence: one time you used it</legend>
        <div className="skills-evidence">
          {EVIDENCE.map(({ key, label, hint }) => (
            <TextArea
              key={key}
              label={label}
              hint={hint}
              rows={2}
              value={entry.evidence[key]}
              readOnly={readOnly}
              onChange={(value) => {
                change(
                  withEntry(id, (e) => ({ ...e, evidence: { ...e.evidence, [key]: value } })),
                  `entries.${id}.evidence.${key}`,
                );
              }}
            />
          ))}
        </div>
      </fieldset>
      <div className="grid-2">
        <TextArea
          label="Where you gained it"
          rows={2}
          value={entry.gainedAt}
          readOnly={readOnly}
          onChange={(gainedAt) => {
            edit({ gainedAt }, 'gainedAt');
          }}
        />
        <TextArea
          label="Roles or industries it transfers to"
          rows={2}
          value={entry.transfersTo}
          readOnly={readOnly}
          onChange={(transfersTo) => {
            edit({ transfersTo }, 'transfersTo');
          }}
        />
      </div>
      <Checkbox
        label="I want to develop this skill further"
        checked={entry.wantToDevelop}
        disabled={readOnly}
        onChange={(wantToDevelop) => {
          edit({ wantToDevelop }, 'wantToDevelop');
        }}
      />
    </div>
  );
}
