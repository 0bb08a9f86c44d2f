import { z } from 'zod';
import { id, lineText, list } from './common';

/**
 * The parts of a client's worksheets a sponsor report can show, each ticked on its own. The
 * names are also what `cli export --include` takes. Private notes are not among them: they
 * never leave the app.
 */
export const SPONSOR_PARTS = [
  'idp-goals',
  'idp-progress',
  'idp-log',
  'idp-review',
  'idp-salary',
  'skills-summary',
  'skills-target-role',
  'skills-entries',
  'mentor-areas',
  'mentor-people',
  'boundary-map',
  'agreement-summary',
] as const;
export const sponsorPart = z.enum(SPONSOR_PARTS);
export type SponsorPart = z.infer<typeof sponsorPart>;

/**
 * What a coach chose to put in a client's sponsor report, remembered with the client so the
 * next report starts from it.
 */
export const sponsorReportChoice = z.strictObject({
  /** The sponsor's or manager's name, printed as "Confidential — prepared for <name>". */
  preparedFor: lineText,
  /** The parts ticked; a worksheet whose kind has none ticked stays out. */
  include: z
    .array(sponsorPart)
    .max(SPONSOR_PARTS.length)
    .refine((parts) => new Set(parts).size === parts.length, 'A part is listed twice'),
  /**
   * Worksheets left out although parts of their kind are ticked: by worksheet id, and for an
   * agreement by its series id, so that a new version of it stays out too.
   */
  leftOut: list(id),
});
export type SponsorReportChoice = z.infer<typeof sponsorReportChoice>;
