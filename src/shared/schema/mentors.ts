import { z } from 'zod';
import { id, lineText, list, longText, optionalDate } from './common';
import { worksheetBaseFields } from './worksheetBase';

/** An area to be mentored in; the list order is its rank. */
export const mentorArea = z.strictObject({
  id,
  name: lineText,
  notes: longText,
});
export type MentorArea = z.infer<typeof mentorArea>;

export const HOW_FOUND = [
  'manager',
  'hr',
  'coworkers',
  'friends',
  'association',
  'author',
  'linkedin',
  'other',
] as const;

export const RELATIONSHIP_KINDS = [
  'mentor',
  'sponsor',
  'buddy',
  'coach',
  'accountabilityPartner',
] as const;

export const CANDIDATE_STATUSES = [
  'idea',
  'introductionAsked',
  'introduced',
  'met',
  'active',
  'paused',
  'ended',
] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];

export const contactEntry = z.strictObject({
  id,
  date: optionalDate,
  note: longText,
});

export const mentorCandidate = z.strictObject({
  id,
  name: lineText,
  role: lineText,
  organization: lineText,
  areaIds: z.array(id).max(200),
  howFound: z.enum(HOW_FOUND),
  howFoundDetail: longText,
  relationship: z.enum(RELATIONSHIP_KINDS),
  status: z.enum(CANDIDATE_STATUSES),
  nextStep: longText,
  nextStepDate: optionalDate,
  contactLog: list(contactEntry),
  /** What the person gets back: reciprocity keeps it alive. */
  givingBack: longText,
});
export type MentorCandidate = z.infer<typeof mentorCandidate>;

export const mentorsWorksheet = z
  .strictObject({
    ...worksheetBaseFields,
    kind: z.literal('mentors'),
    personName: lineText,
    areas: list(mentorArea),
    candidates: list(mentorCandidate),
  })
  .superRefine((sheet, ctx) => {
    const known = new Set(sheet.areas.map((area) => area.id));
    sheet.candidates.forEach((candidate, c) => {
      candidate.areaIds.forEach((areaId, a) => {
        if (!known.has(areaId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['candidates', c, 'areaIds', a],
            message: 'Refers to a mentoring area that is not in this list',
          });
        }
      });
    });
  });
export type MentorsWorksheet = z.infer<typeof mentorsWorksheet>;
