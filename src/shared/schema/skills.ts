import { z } from 'zod';
import { id, lineText, list, longText, rating } from './common';
import { worksheetBaseFields } from './worksheetBase';
import { SKILL_GROUP_IDS, isCatalogueSkillId } from '../catalogue/skills';

/** A skill is either one from the built-in catalogue or one the user names. */
export const skillRef = z.discriminatedUnion('source', [
  z.strictObject({
    source: z.literal('catalogue'),
    skillId: z.string().refine(isCatalogueSkillId, 'Not a skill in the built-in catalogue'),
  }),
  z.strictObject({
    source: z.literal('custom'),
    name: lineText.refine((value) => value.trim().length > 0, 'A custom skill needs a name'),
    groupId: z.enum(SKILL_GROUP_IDS),
  }),
]);
export type SkillRef = z.infer<typeof skillRef>;

export const skillEntry = z.strictObject({
  id,
  skill: skillRef,
  proficiency: rating,
  /** How much the person enjoys using the skill. */
  enjoyment: rating,
  evidence: z.strictObject({
    situation: longText,
    action: longText,
    result: longText,
  }),
  /** Where the skill was gained: a job, a volunteer role, study… */
  gainedAt: longText,
  /** Roles or industries the skill carries over to. */
  transfersTo: longText,
  wantToDevelop: z.boolean(),
});
export type SkillEntry = z.infer<typeof skillEntry>;

/** What a target role asks for, to find the gaps. */
export const roleRequirement = z.strictObject({
  id,
  skill: skillRef,
  level: rating,
});
export type RoleRequirement = z.infer<typeof roleRequirement>;

export const skillsWorksheet = z.strictObject({
  ...worksheetBaseFields,
  kind: z.literal('skills'),
  personName: lineText,
  entries: list(skillEntry),
  targetRole: z.strictObject({
    title: lineText,
    requirements: list(roleRequirement),
  }),
});
export type SkillsWorksheet = z.infer<typeof skillsWorksheet>;
