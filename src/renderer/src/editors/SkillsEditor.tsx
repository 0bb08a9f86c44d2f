import { Section } from '../ui/Section';
import type { EditorProps } from './editorProps';
import { PersonNameField } from './PersonNameField';
import { EntriesSection } from './skills/EntriesSection';
import { SkillsByGroup } from './skills/SkillsByGroup';
import { SkillsSummary } from './skills/SkillsSummary';
import { TargetRoleSection } from './skills/TargetRoleSection';
import '../styles/skills.css';

/**
 * The transferable skills inventory: what the person can do, how much they enjoy it, the proof,
 * and how they measure up to a role they want. The summary on top is computed.
 */
export function SkillsEditor({ sheet, change, readOnly }: EditorProps<'skills'>) {
  return (
    <div className="stack skills-editor">
      <SkillsSummary sheet={sheet} />
      <Section
        title="Whose inventory"
        guidance={<p>Fill it in together in a session, or send it as homework before one.</p>}
      >
        <PersonNameField
          label="Name"
          value={sheet.personName}
          clientId={sheet.clientId}
          readOnly={readOnly}
          onChange={(personName) => {
            change((s) => ({ ...s, personName }), 'personName');
          }}
        />
      </Section>
      <EntriesSection entries={sheet.entries} change={change} readOnly={readOnly} />
      <TargetRoleSection targetRole={sheet.targetRole} change={change} readOnly={readOnly} />
      <SkillsByGroup sheet={sheet} />
    </div>
  );
}
