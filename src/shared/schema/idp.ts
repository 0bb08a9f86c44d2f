import { z } from 'zod';
import { id, lineText, list, longText, optionalDate } from './common';
import { worksheetBaseFields } from './worksheetBase';

export const OBJECTIVE_PRIORITIES = ['high', 'medium', 'low'] as const;

export const ACTIVITY_KINDS = [
  'course',
  'stretchAssignment',
  'mentoring',
  'reading',
  'networking',
  'certification',
  'conference',
  'other',
] as const;

export const ACTIVITY_STATUSES = ['notStarted', 'inProgress', 'done', 'dropped'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const activity = z.strictObject({
  id,
  kind: z.enum(ACTIVITY_KINDS),
  description: longText,
  /** Resources needed or cost. */
  resources: longText,
  /** What the manager (or coach) is asked to provide. */
  managerSupport: longText,
  status: z.enum(ACTIVITY_STATUSES),
  /** Proof of completion: certificate, link, result. */
  evidence: longText,
});
export type Activity = z.infer<typeof activity>;

/** A SMART development objective. */
export const objective = z.strictObject({
  id,
  what: longText,
  /** How success is measured. */
  measure: longText,
  targetDate: optionalDate,
  priority: z.enum(OBJECTIVE_PRIORITIES),
  activities: list(activity),
});
export type Objective = z.infer<typeof objective>;

export const progressEntry = z.strictObject({
  id,
  date: optionalDate,
  entry: longText,
});
export type ProgressEntry = z.infer<typeof progressEntry>;

export const ONE_ON_ONE_FREQUENCIES = ['weekly', 'everyTwoWeeks', 'monthly', 'other'] as const;

/** Compensation a manager can often grant when a raise is deferred. */
export const ALTERNATIVE_COMPENSATION = [
  'flexibleSchedule',
  'extraDaysOff',
  'paidCertifications',
  'paidMemberships',
  'conferenceTravel',
  'volunteeringTime',
] as const;

export const salaryPlan = z.strictObject({
  /** A raise was promised but deferred. */
  raisePromised: z.boolean(),
  /** The promise is confirmed in writing. */
  inWriting: z.boolean(),
  /** When the manager said the raise would come. */
  expectedDate: optionalDate,
  /** Next quarterly check on the promise. */
  nextQuarterlyReview: optionalDate,
  alternatives: z.array(z.enum(ALTERNATIVE_COMPENSATION)).max(ALTERNATIVE_COMPENSATION.length),
  notes: longText,
});

export const idpWorksheet = z.strictObject({
  ...worksheetBaseFields,
  kind: z.literal('idp'),
  profile: z.strictObject({
    name: lineText,
    position: lineText,
    organization: lineText,
    manager: lineText,
  }),
  goals: z.strictObject({
    shortTerm: longText,
    longTerm: longText,
    strengths: longText,
    areasToDevelop: longText,
  }),
  objectives: list(objective),
  progressLog: list(progressEntry),
  review: z.strictObject({
    oneOnOneFrequency: z.enum(ONE_ON_ONE_FREQUENCIES),
    oneOnOneMinutes: z.number().int().min(0).max(600),
    nextReviewDate: optionalDate,
    salary: salaryPlan,
  }),
  signOff: z.strictObject({
    employeeName: lineText,
    employeeDate: optionalDate,
    reviewerName: lineText,
    reviewerRole: z.enum(['manager', 'coach']),
    reviewerDate: optionalDate,
  }),
});
export type IdpWorksheet = z.infer<typeof idpWorksheet>;
