import type { SkillsWorksheet } from '../../../../shared/schema/skills';
import { skillLabel, skillsByGroup } from '../../../../shared/domain/skillsSummary';
import { Section } from '../../ui/Section';

/** The inventory sorted into the taxonomy groups, to see where the person's skills cluster. */
export function SkillsByGroup({ sheet }: { sheet: SkillsWorksheet }) {
  const groups = skillsByGroup(sheet);
  return (
    <Section
      title="Skills by group"
      description="Your skills sorted into the groups of two public skill frameworks, O*NET and ESCO."
      guidance={
        <p>
          A cluster shows what you are known for; an empty group may be a blind spot, or simply not
          what you want from work.
        </p>
      }
    >
      {groups.length === 0 ? (
        <p className="empty">Your skills appear here, grouped, once you add them.</p>
      ) : (
        <div className="skills-groups">
          {groups.map((group) => (
            <div key={group.groupId} className="skills-group">
              <h3>
                {group.label} <span className="badge">{group.taxonomy}</span>
              </h3>
              <ul>
                {group.entries.map((entry) => (
                  <li key={entry.id}>
                    {skillLabel(entry.skill)}{' '}
                    <span className="muted">
                      skill {entry.proficiency}/5, enjoyment {entry.enjoyment}/5
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </Section>
  );
}
