import { useState } from 'react';
import { SKILL_GROUPS, findCatalogueSkill } from '../../../../shared/catalogue/skills';
import type { SkillGroupId } from '../../../../shared/catalogue/skills';
import type { SkillRef } from '../../../../shared/schema/skills';
import { SelectField, TextField } from '../../ui/fields';
import { SkillCombobox, type SkillChoice } from './SkillCombobox';

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
 * Choose a skill from the built-in catalogue, found by name or by group (as O*NET and ESCO group
 * them), or name your own. `onChange` gets the new skill and which part changed (`name` while
 * typing a custom name).
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
  const choose = (choice: SkillChoice) => {
    if (choice.source === 'catalogue') {
      if (findCatalogueSkill(choice.skillId)) onChange(choice, 'choice');
      return;
    }
    if (value.source === 'custom') {
      if (choice.name !== null) onChange({ ...value, name: choice.name }, 'choice');
      return;
    }
    // Named as typed, else after the skill that was chosen, so the name is never empty.
    const from = findCatalogueSkill(value.skillId);
    onChange(
      {
        source: 'custom',
        name: choice.name ?? from?.label ?? 'My skill',
        groupId: from?.groupId ?? 'esco-core',
      },
      'choice',
    );
  };
  return (
    <div className="skills-picker">
      <SkillCombobox label={label} value={value} readOnly={readOnly} onChoose={choose} />
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
