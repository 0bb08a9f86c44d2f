import type { SkillEntry } from '../../../../shared/schema/skills';
import { skillLabel } from '../../../../shared/domain/skillsSummary';
import { WORKSHEET_KIND_SPECS } from '../../../../shared/kinds';
import { ListEditor, newId } from '../../ui/ListEditor';
import { Section } from '../../ui/Section';
import { SkillEntryFields } from './SkillEntryFields';
import { unusedSkill, type SkillsChange } from './skillEdits';

/** The inventory itself: one entry per skill. */
export function EntriesSection({
  entries,
  change,
  readOnly,
}: {
  entries: readonly SkillEntry[];
  change: SkillsChange;
  readOnly: boolean;
}) {
  return (
    <Section
      title="Skills"
      description="Skills you can take from one job or industry to the next."
      guidance={
        <>
          <p>
            Look beyond job titles: volunteering, caring for family, hobbies and side projects all
            build skills that count.
          </p>
          <p>
            Rate enjoyment as honestly as skill. Work that uses only what drains you wears people
            out, however good they are at it.
          </p>
          <p>
            For evidence, tell one short story: the situation, what you did, and what came of it.
          </p>
        </>
      }
    >
      <ListEditor
        items={entries}
        itemName="Skill"
        addLabel="Add skill"
        emptyText="No skills yet. Add the first one; the list of skills groups them for you."
        readOnly={readOnly}
        itemTitle={(entry) => skillLabel(entry.skill) || 'Unnamed skill'}
        createItem={() =>
          WORKSHEET_KIND_SPECS.skills.items.entry(newId(), unusedSkill(entries.map((e) => e.skill)))
        }
        onChange={(items) => {
          change((s) => ({ ...s, entries: items }));
        }}
        renderItem={(entry) => (
          <SkillEntryFields entry={entry} change={change} readOnly={readOnly} />
        )}
      />
    </Section>
  );
}
