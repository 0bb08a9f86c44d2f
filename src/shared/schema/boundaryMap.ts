import { z } from 'zod';
import { id, list, lineText, longText, optionalDate, textItem } from './common';
import { worksheetBaseFields } from './worksheetBase';

export const SITUATION_KINDS = [
  'brokenCommitment',
  'mistreatsStaff',
  'afterHoursContact',
  'renegotiatesTerms',
  'other',
] as const;

export const POWER_HOLDERS = ['me', 'client', 'balanced', 'unclear'] as const;

export const DECISIONS = [
  'undecided',
  'keepAsIs',
  'keepWithConditions',
  'renegotiate',
  'referToPartner',
  'endRelationship',
] as const;
export type Decision = (typeof DECISIONS)[number];

/** Something the coach is open to only on conditions. */
export const negotiableItem = z.strictObject({
  id,
  text: longText,
  conditions: longText,
});

export const boundaryMapWorksheet = z.strictObject({
  ...worksheetBaseFields,
  kind: z.literal('boundaryMap'),
  situation: z.strictObject({
    kind: z.enum(SITUATION_KINDS),
    /** Who the situation is with, when it is not the worksheet's client. */
    counterpart: lineText,
    description: longText,
  }),
  cost: z.strictObject({
    ofActing: longText,
    ofNotActing: longText,
    ofKeeping: longText,
    ofLosing: longText,
  }),
  boundaries: z.strictObject({
    willing: list(textItem),
    negotiable: list(negotiableItem),
    willNot: list(textItem),
  }),
  power: z.strictObject({
    holder: z.enum(POWER_HOLDERS),
    why: longText,
    iBring: list(textItem),
    theyBring: list(textItem),
  }),
  decision: z.strictObject({
    choice: z.enum(DECISIONS),
    rationale: longText,
  }),
  words: z.strictObject({
    /** What I will say. */
    script: longText,
    /** A "let me get back to you" answer that buys time. */
    holdingAnswer: longText,
  }),
  ifCrossedAgain: longText,
  review: z.strictObject({
    date: optionalDate,
    outcome: longText,
  }),
});
export type BoundaryMapWorksheet = z.infer<typeof boundaryMapWorksheet>;
