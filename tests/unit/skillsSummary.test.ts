import { describe, expect, it } from 'vitest';
import { skillsWorksheet, type SkillEntry, type SkillRef } from '../../src/shared/schema';
import { emptyWorksheet } from '../../src/shared/kinds';
import {
  skillGaps,
  skillKey,
  skillLabel,
  skillsByGroup,
  strongestSkills,
} from '../../src/shared/domain/skillsSummary';

const catalogue = (skillId: string): SkillRef => ({ source: 'catalogue', skillId });
const custom = (name: string): SkillRef => ({ source: 'custom', name, groupId: 'esco-life' });

function entry(id: string, skill: SkillRef, proficiency: number, enjoyment: number): SkillEntry {
  return {
    id,
    skill,
    proficiency,
    enjoyment,
    evidence: { situation: '', action: '', result: '' },
    gainedAt: '',
    transfersTo: '',
    wantToDevelop: false,
  };
}

function sheet(
  entries: SkillEntry[],
  requirements: { id: string; skill: SkillRef; level: number }[] = [],
) {
  return skillsWorksheet.parse({
    ...emptyWorksheet('skills', null, { id: 'w1', now: '2025-01-01T09:00:00.000Z' }),
    entries,
    targetRole: { title: 'Team lead', requirements },
  });
}

const WRITING = catalogue('onet-content.writing');
const SPEAKING = catalogue('onet-content.speaking');
const NEGOTIATION = catalogue('onet-social.negotiation');
const TEAMS = catalogue('esco-socialCommunication.working-in-teams');

describe('skillLabel and skillKey', () => {
  it('name catalogue skills by their label and custom ones as typed', () => {
    expect(skillLabel(WRITING)).toBe('Writing');
    expect(skillLabel(custom('  Public speaking '))).toBe('Public speaking');
  });

  it('treat custom names that differ only in case and spaces as the same skill', () => {
    expect(skillKey(custom('Public Speaking '))).toBe(skillKey(custom('public speaking')));
    expect(skillKey(WRITING)).toBe('onet-content.writing');
    expect(skillKey(custom('Writing'))).not.toBe(skillKey(WRITING));
  });
});

describe('strongestSkills', () => {
  it('keeps only skills rated 4 or more on both counts, best first, in a stable order', () => {
    const entries = [
      entry('e1', WRITING, 5, 3),
      entry('e2', SPEAKING, 4, 4),
      entry('e3', NEGOTIATION, 5, 5),
      entry('e4', custom('Baking'), 4, 5),
      entry('e5', custom('Archery'), 5, 4),
      entry('e6', TEAMS, 4, 4),
    ];
    const names = (list: SkillEntry[]) => list.map((e) => skillLabel(e.skill));
    const expected = ['Negotiation', 'Archery', 'Baking', 'Speaking', 'Working in teams'];
    expect(names(strongestSkills(sheet(entries)))).toEqual(expected);
    expect(names(strongestSkills(sheet([...entries].reverse())))).toEqual(expected);
    expect(names(strongestSkills(sheet(entries), 2))).toEqual(['Negotiation', 'Archery']);
  });
});

describe('skillGaps', () => {
  it('compares each requirement with the inventory, biggest gap first', () => {
    const gaps = skillGaps(
      sheet(
        [
          entry('e1', WRITING, 2, 3),
          entry('e2', WRITING, 3, 3),
          entry('e3', custom('Public speaking'), 5, 5),
        ],
        [
          { id: 'r1', skill: WRITING, level: 4 },
          { id: 'r2', skill: custom('public speaking '), level: 4 },
          { id: 'r3', skill: NEGOTIATION, level: 3 },
          { id: 'r4', skill: TEAMS, level: 5 },
        ],
      ),
    );
    expect(gaps.map((g) => [g.label, g.proficiency, g.gap])).toEqual([
      ['Working in teams', 0, 5],
      ['Negotiation', 0, 3],
      ['Writing', 3, 1],
      ['public speaking', 5, 0],
    ]);
  });
});

describe('skillsByGroup', () => {
  it('groups entries in catalogue order and leaves out empty groups', () => {
    const groups = skillsByGroup(
      sheet([
        entry('e1', TEAMS, 3, 3),
        entry('e2', custom('Gardening'), 3, 3),
        entry('e3', SPEAKING, 3, 3),
        entry('e4', WRITING, 3, 3),
      ]),
    );
    expect(groups.map((g) => [g.label, g.entries.map((e) => e.id)])).toEqual([
      ['Content skills', ['e3', 'e4']],
      ['Social and communication', ['e1']],
      ['Life skills', ['e2']],
    ]);
  });
});
