import { SKILL_GROUPS, findCatalogueSkill, type SkillGroupId } from '../catalogue/skills';
import type { RoleRequirement, SkillEntry, SkillRef, SkillsWorksheet } from '../schema/skills';

/** A rating at or above this counts as high, for both proficiency and enjoyment. */
export const STRONG_RATING = 4;

/** The name a person reads: the catalogue label, or the custom name as typed (trimmed). */
export function skillLabel(ref: SkillRef): string {
  if (ref.source === 'custom') return ref.name.trim();
  return findCatalogueSkill(ref.skillId)?.label ?? ref.skillId;
}

/**
 * A stable identity for comparing skills: the catalogue id, or `custom:` and the lowercased,
 * trimmed name, so "Public speaking " and "public speaking" are the same skill.
 */
export function skillKey(ref: SkillRef): string {
  return ref.source === 'catalogue' ? ref.skillId : `custom:${ref.name.trim().toLowerCase()}`;
}

/** The group a skill belongs to. */
export function skillGroupOf(ref: SkillRef): SkillGroupId | null {
  if (ref.source === 'custom') return ref.groupId;
  return findCatalogueSkill(ref.skillId)?.groupId ?? null;
}

function compareLabels(a: SkillEntry, b: SkillEntry): number {
  return (
    skillLabel(a.skill).localeCompare(skillLabel(b.skill), 'en', { sensitivity: 'base' }) ||
    a.id.localeCompare(b.id)
  );
}

/**
 * The skills the person is both good at and enjoys (both ratings at least 4), best first:
 * by proficiency plus enjoyment, then proficiency, then name, then id, so the order never
 * depends on how the list happened to be sorted.
 */
export function strongestSkills(sheet: Pick<SkillsWorksheet, 'entries'>, n = 5): SkillEntry[] {
  return sheet.entries
    .filter((entry) => entry.proficiency >= STRONG_RATING && entry.enjoyment >= STRONG_RATING)
    .sort(
      (a, b) =>
        b.proficiency + b.enjoyment - (a.proficiency + a.enjoyment) ||
        b.proficiency - a.proficiency ||
        compareLabels(a, b),
    )
    .slice(0, Math.max(0, n));
}

/** How one requirement of the target role compares with the person's skills. */
export interface SkillGap {
  requirement: RoleRequirement;
  label: string;
  /** The level the role asks for (1–5). */
  level: number;
  /** The person's proficiency; 0 when the skill is not in their inventory. */
  proficiency: number;
  /** How far short they fall: level − proficiency, or 0 when they meet it. */
  gap: number;
}

/**
 * Every requirement of the target role with the person's proficiency and the gap, biggest gap
 * first (ties: higher level first, then the order the requirements were listed in). When a
 * skill appears twice in the inventory, the higher proficiency counts.
 */
export function skillGaps(sheet: Pick<SkillsWorksheet, 'entries' | 'targetRole'>): SkillGap[] {
  const best = new Map<string, number>();
  for (const entry of sheet.entries) {
    const key = skillKey(entry.skill);
    best.set(key, Math.max(best.get(key) ?? 0, entry.proficiency));
  }
  return sheet.targetRole.requirements
    .map((requirement) => {
      const proficiency = best.get(skillKey(requirement.skill)) ?? 0;
      return {
        requirement,
        label: skillLabel(requirement.skill),
        level: requirement.level,
        proficiency,
        gap: Math.max(0, requirement.level - proficiency),
      };
    })
    .sort((a, b) => b.gap - a.gap || b.level - a.level);
}

export interface SkillGroupEntries {
  groupId: SkillGroupId;
  label: string;
  taxonomy: string;
  entries: SkillEntry[];
}

/**
 * The inventory grouped after the catalogue's groups, in catalogue order; only groups with at
 * least one entry; entries keep the order the person gave them.
 */
export function skillsByGroup(sheet: Pick<SkillsWorksheet, 'entries'>): SkillGroupEntries[] {
  return SKILL_GROUPS.map((group) => ({
    groupId: group.id,
    label: group.label,
    taxonomy: group.taxonomy,
    entries: sheet.entries.filter((entry) => skillGroupOf(entry.skill) === group.id),
  })).filter((group) => group.entries.length > 0);
}
