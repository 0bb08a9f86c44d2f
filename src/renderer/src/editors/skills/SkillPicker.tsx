import { useId, useState } from 'react';
import {
  SKILL_CATALOGUE,
  SKILL_GROUPS,
  findCatalogueSkill,
} from '../../../../shared/catalogue/skills';
import type { SkillGroupId } from '../../../../shared/catalogue/skills';
import type { SkillRef } from '../../../../shared/schema/skills';
import { SelectField, TextField } from '../../ui/fields';

const CUSTOM = 'custom';
const GROUP_OPTIONS = SKILL_GROUPS.map((group) => ({
  value: group.id,
  label: `${group.label} (${group.taxonomy})`,
}));

/**
 * The name of a custom skill. The workbook never stores an empty name, so while the box is empty
 * the last name stays saved and a message asks for one.
 */
function CustomName({
  name,
  onCommit,
  readOnly,
}: {
  name: string;
  onCommit: (name: string) => void;
  readOnly: boolean;
}) {
  const [draft, setDraft] = useState(name);
  const [saved, setSaved] = useState(name);
  if (name !== saved) {
    // Changed from outside (undo, redo): show the stored name.
    setSaved(name);
    setDraft(name);
  }
  return (
    <TextField
      label="Skill name"
      value={draft}
      readOnly={readOnly}
      error={draft.trim() === '' ? 'Give the skill a name.' : null}
      onChange={(value) => {
        setDraft(value);
        if (value.trim() !== '') {
          setSaved(value);
          onCommit(value);
        }
      }}
    />
  );
}

/**
 * Choose a skill from the built-in catalogue, grouped as O*NET and ESCO group them, or name your
 * own. `onChange` gets the new skill and which part changed (`name` while typing a custom name).
 */
export function SkillPicker({
  label,
  value,
  onChange,
  readOnly,
}: {
  label: string;
  value: SkillRef;
  onChange: (skill: SkillRef, part: 'choice' | 'name' | 'group') => void;
  readOnly: boolean;
}) {
  const id = useId();
  const choose = (chosen: string) => {
    if (chosen === CUSTOM) {
      if (value.source === 'custom') return;
      // Start from the skill that was chosen, so the name is never empty.
      const from = findCatalogueSkill(value.skillId);
      onChange(
        {
          source: 'custom',
          name: from?.label ?? 'My skill',
          groupId: from?.groupId ?? 'esco-core',
        },
        'choice',
      );
    } else if (findCatalogueSkill(chosen)) {
      onChange({ source: 'catalogue', skillId: chosen }, 'choice');
    }
  };
  return (
    <div className="skills-picker">
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <select
          id={id}
          value={value.source === 'catalogue' ? value.skillId : CUSTOM}
          disabled={readOnly}
          onChange={(event) => {
            choose(event.target.value);
          }}
        >
          {SKILL_GROUPS.map((group) => (
            <optgroup key={group.id} label={`${group.label} (${group.taxonomy})`}>
              {SKILL_CATALOGUE.filter((skill) => skill.groupId === group.id).map((skill) => (
                <option key={skill.id} value={skill.id}>
                  {skill.label}
                </option>
              ))}
            </optgroup>
          ))}
          <optgroup label="Not in the list">
            <option value={CUSTOM}>My own skill (type its name)</option>
          </optgroup>
        </select>
      </div>
      {value.source === 'custom' ? (
        <>
          <CustomName
            name={value.name}
            readOnly={readOnly}
            onCommit={(name) => {
              onChange({ ...value, name }, 'name');
            }}
          />
          <SelectField<SkillGroupId>
            label="Group"
            value={value.groupId}
            options={GROUP_OPTIONS}
            disabled={readOnly}
            onChange={(groupId) => {
              onChange({ ...value, groupId }, 'group');
            }}
          />
        </>
      ) : null}
    </div>
  );
}
