import type {
  RoleRequirement,
  SkillEntry,
  SkillsWorksheet,
} from '../../../../shared/schema/skills';
import { SKILL_CATALOGUE } from '../../../../shared/catalogue/skills';
import { skillKey } from '../../../../shared/domain/skillsSummary';
import type { SkillRef } from '../../../../shared/schema/skills';
import type { EditorProps } from '../editorProps';

/** The skills editor's way to change its worksheet (see EditorProps). */
export type SkillsChange = EditorProps<'skills'>['change'];

/** A recipe that edits one skill entry, found by id in the latest worksheet. */
export function withEntry(
  entryId: string,
  edit: (entry: SkillEntry) => SkillEntry,
): (sheet: SkillsWorksheet) => SkillsWorksheet {
  return (sheet) => ({
    ...sheet,
    entries: sheet.entries.map((entry) => (entry.id === entryId ? edit(entry) : entry)),
  });
}

/** A recipe that edits one requirement of the target role. */
export function withRequirement(
  requirementId: string,
  edit: (requirement: RoleRequirement) => RoleRequirement,
): (sheet: SkillsWorksheet) => SkillsWorksheet {
  return (sheet) => ({
    ...sheet,
    targetRole: {
      ...sheet.targetRole,
      requirements: sheet.targetRole.requirements.map((requirement) =>
        requirement.id === requirementId ? edit(requirement) : requirement,
      ),
    },
  });
}

/**
 * A skill for a new item: the first catalogue skill not listed yet, so that adding several in a
 * row does not produce a column of identical names.
 */
export function unusedSkill(used: readonly SkillRef[]): SkillRef {
  const taken = new Set(used.map(skillKey));
  const free = SKILL_CATALOGUE.find((skill) => !taken.has(skill.id)) ?? SKILL_CATALOGUE[0];
  return free
    ? { source: 'catalogue', skillId: free.id }
    : { source: 'custom', name: 'New skill', groupId: 'esco-core' };
}

/** Words for each proficiency level (also used for the level a role asks for). */
export const PROFICIENCY_WORDS = [
  'Beginner: just starting out',
  'Basic: can do it with some help',
  'Capable: can do it on my own',
  'Strong: others come to me for it',
  'Expert: could teach it',
] as const;

/** Words for the level a target role asks for. */
export const ROLE_LEVEL_WORDS = [
  'Beginner: some exposure is enough',
  'Basic: works at it with help',
  'Capable: handles it alone',
  'Strong: the person others turn to',
  'Expert: could teach it',
] as const;

/** Words for each level of enjoyment. */
export const ENJOYMENT_WORDS = [
  'Drains me',
  'Would rather not',
  'Neutral',
  'Enjoy it',
  'Love it: it gives me energy',
] as const;

/** The words for a 1–5 level. */
export function levelWords(words: readonly string[], level: number): string {
  return words[level - 1] ?? String(level);
}

/** The first words only ("Strong"), for summaries. */
export function shortWords(words: readonly string[], level: number): string {
  return levelWords(words, level).split(':')[0] ?? '';
}
