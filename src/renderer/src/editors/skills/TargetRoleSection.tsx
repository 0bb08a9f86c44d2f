import type { SkillsWorksheet } from '../../../../shared/schema/skills';
import { skillLabel } from '../../../../shared/domain/skillsSummary';
import { RatingField, TextField } from '../../ui/fields';
import { WORKSHEET_KIND_SPECS } from '../../../../shared/kinds';
import { ListEditor, newId } from '../../ui/ListEditor';
import { Section } from '../../ui/Section';
import { SkillPicker } from './SkillPicker';
import {
  ROLE_LEVEL_WORDS,
  levelWords,
  unusedSkill,
  withRequirement,
  type SkillsChange,
} from './skillEdits';

/** The role the person is aiming for and the skills it asks for. */
export function TargetRoleSection({
  targetRole,
  change,
  readOnly,
}: {
  targetRole: SkillsWorksheet['targetRole'];
  change: SkillsChange;
  readOnly: boolean;
}) {
  return (
    <Section
      title="Target role"
      description="The role you are aiming for, and the level of each skill it asks for."
      guidance={
        <>
          <p>
            Take the requirements from a real job advert or a conversation with someone already in
            the role, not from guesswork.
          </p>
          <p>The gaps in the summary above show where to focus your development.</p>
        </>
      }
    >
      <TextField
        label="Role title"
        value={targetRole.title}
        readOnly={readOnly}
        onChange={(title) => {
          change((s) => ({ ...s, targetRole: { ...s.targetRole, title } }), 'targetRole.title');
        }}
      />
      <ListEditor
        items={targetRole.requirements}
        itemName="Requirement"
        addLabel="Add requirement"
        emptyText="No requirements yet. Which skills does the role need?"
        readOnly={readOnly}
        itemTitle={(requirement) => `${skillLabel(requirement.skill)}, level ${requirement.level}`}
        createItem={() =>
          WORKSHEET_KIND_SPECS.skills.items.requirement(
            newId(),
            unusedSkill(targetRole.requirements.map((r) => r.skill)),
          )
        }
        onChange={(requirements) => {
          change((s) => ({ ...s, targetRole: { ...s.targetRole, requirements } }));
        }}
        renderItem={(requirement) => (
          <div className="skills-requirement">
            <SkillPicker
              label="Skill the role needs"
              value={requirement.skill}
              readOnly={readOnly}
              onChange={(skill, part) => {
                change(
                  withRequirement(requirement.id, (r) => ({ ...r, skill })),
                  `targetRole.requirements.${requirement.id}.skill.${part}`,
                );
              }}
            />
            <fieldset className="skills-plain" disabled={readOnly}>
              <RatingField
                label="Level needed"
                value={requirement.level}
                hint={levelWords(ROLE_LEVEL_WORDS, requirement.level)}
                describe={(level) => levelWords(ROLE_LEVEL_WORDS, level)}
                onChange={(level) => {
                  change(
                    withRequirement(requirement.id, (r) => ({ ...r, level })),
                    `targetRole.requirements.${requirement.id}.level`,
                  );
                }}
              />
            </fieldset>
          </div>
        )}
      />
    </Section>
  );
}
