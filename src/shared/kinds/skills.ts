import type { RoleRequirement, SkillEntry, SkillRef, SkillsWorksheet } from '../schema/skills';
import type { KindSpec } from './kindSpec';
import { strongestSkills } from '../domain/skillsSummary';
import { plural } from '../domain/words';
import { renew } from './renew';

/** The transferable skills inventory. */
export const skillsKind = {
  kind: 'skills',
  label: 'Transferable Skills Inventory',
  buttonLabel: 'Skills inventory',
  defaultTitle: 'Transferable Skills Inventory',
  document: 'skills',
  chapter: 2,
  create: (start): SkillsWorksheet => ({
    ...start,
    kind: 'skills',
    personName: '',
    entries: [],
    targetRole: { title: '', requirements: [] },
  }),
  renewItemIds: (sheet, newId) => ({
    ...sheet,
    entries: renew(sheet.entries, newId),
    targetRole: { ...sheet.targetRole, requirements: renew(sheet.targetRole.requirements, newId) },
  }),
  summary: (sheet) => {
    if (sheet.entries.length === 0) return 'No skills listed yet';
    const strong = strongestSkills(sheet).length;
    return `${plural(sheet.entries.length, 'skill', 'skills')}, ${strong} strong and enjoyed`;
  },
  personName: (sheet) => sheet.personName,
  dueItems: () => [],
  items: {
    entry: (id: string, skill: SkillRef): SkillEntry => ({
      id,
      skill,
      proficiency: 3,
      enjoyment: 3,
      evidence: { situation: '', action: '', result: '' },
      gainedAt: '',
      transfersTo: '',
      wantToDevelop: false,
    }),
    requirement: (id: string, skill: SkillRef): RoleRequirement => ({ id, skill, level: 3 }),
  },
} satisfies KindSpec<'skills'>;
