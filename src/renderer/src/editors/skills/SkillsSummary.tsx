import type { SkillsWorksheet } from '../../../../shared/schema/skills';
import {
  STRONG_RATING,
  skillGaps,
  skillLabel,
  strongestSkills,
} from '../../../../shared/domain/skillsSummary';
import { ENJOYMENT_WORDS, PROFICIENCY_WORDS, shortWords } from './skillEdits';

const LEVELS = [1, 2, 3, 4, 5] as const;

/** Five cells: filled up to what the person has, outlined up to what the role asks. */
function GapBar({ proficiency, level }: { proficiency: number; level: number }) {
  return (
    <span className="skills-gapbar" aria-hidden="true">
      {LEVELS.map((cell) => {
        const state =
          cell <= proficiency
            ? cell <= level
              ? 'have'
              : 'extra'
            : cell <= level
              ? 'short'
              : 'none';
        return <span key={cell} className={`skills-cell skills-cell-${state}`} />;
      })}
    </span>
  );
}

function GapsTable({ sheet }: { sheet: SkillsWorksheet }) {
  const gaps = skillGaps(sheet);
  const role = sheet.targetRole.title.trim();
  if (gaps.length === 0) {
    return (
      <p className="muted">
        Add a target role and the skills it needs (further down) to see where you fall short.
      </p>
    );
  }
  return (
    <table className="table skills-gaps">
      <caption className="visually-hidden">
        Gaps for {role || 'the target role'}: the level the role asks for and yours
      </caption>
      <thead>
        <tr>
          <th scope="col">Skill</th>
          <th scope="col">Role asks</th>
          <th scope="col">You have</th>
          <th scope="col">Gap</th>
          <th scope="col">
            <span className="visually-hidden">Picture of the gap</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {gaps.map((gap) => (
          <tr key={gap.requirement.id}>
            <th scope="row">{gap.label}</th>
            <td>{gap.level}</td>
            <td>{gap.proficiency === 0 ? 'Not listed' : gap.proficiency}</td>
            <td>
              {gap.gap === 0 ? (
                <span className="badge badge-accent">Met</span>
              ) : (
                <span className="badge badge-warning">
                  {gap.gap} {gap.gap === 1 ? 'level' : 'levels'} short
                </span>
              )}
            </td>
            <td>
              <GapBar proficiency={gap.proficiency} level={gap.level} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function GapLegend() {
  return (
    <p className="skills-legend muted" aria-hidden="true">
      <span className="skills-cell skills-cell-have" /> your level{' '}
      <span className="skills-cell skills-cell-short" /> still to gain{' '}
      <span className="skills-cell skills-cell-extra" /> beyond what the role asks
    </p>
  );
}

/** What the inventory says: the skills to build a career on, and the gaps for the target role. */
export function SkillsSummary({ sheet }: { sheet: SkillsWorksheet }) {
  const strongest = strongestSkills(sheet);
  const toDevelop = sheet.entries.filter((entry) => entry.wantToDevelop);
  const role = sheet.targetRole.title.trim();
  return (
    <section className="card skills-summary" aria-labelledby="skills-summary-title">
      <div className="stack">
        <h2 id="skills-summary-title">Strongest and most enjoyed</h2>
        {strongest.length === 0 ? (
          <p className="muted">
            Skills rated {STRONG_RATING} or more for both skill and enjoyment show here.
          </p>
        ) : (
          <ol className="skills-strongest">
            {strongest.map((entry) => (
              <li key={entry.id}>
                <strong>{skillLabel(entry.skill)}</strong>
                <span className="muted">
                  {shortWords(PROFICIENCY_WORDS, entry.proficiency)} ({entry.proficiency}/5),{' '}
                  {shortWords(ENJOYMENT_WORDS, entry.enjoyment).toLowerCase()} ({entry.enjoyment}
                  /5)
                </span>
              </li>
            ))}
          </ol>
        )}
        {toDevelop.length > 0 ? (
          <p>
            <span className="muted">Want to develop: </span>
            {toDevelop.map((entry) => skillLabel(entry.skill)).join(', ')}
          </p>
        ) : null}
      </div>
      <div className="stack">
        <h2>Gaps for {role ? `“${role}”` : 'the target role'}</h2>
        <GapsTable sheet={sheet} />
        {sheet.targetRole.requirements.length > 0 ? <GapLegend /> : null}
      </div>
    </section>
  );
}
