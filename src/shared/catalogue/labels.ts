import type { ClientStatus, IdealClientFit } from '../schema/client';
import type { ActivityStatus, IdpWorksheet } from '../schema/idp';
import type {
  ACTIVITY_KINDS,
  ALTERNATIVE_COMPENSATION,
  OBJECTIVE_PRIORITIES,
  ONE_ON_ONE_FREQUENCIES,
} from '../schema/idp';
import type { Decision, POWER_HOLDERS, SITUATION_KINDS } from '../schema/boundaryMap';
import type { CandidateStatus, HOW_FOUND, RELATIONSHIP_KINDS } from '../schema/mentors';
import type { AgreementStatus } from '../schema/agreement';
import type { DateFormat, DocumentLanguage, PaperSize } from '../schema/practice';

/**
 * Human labels for every choice the schemas offer, in plain words for coaches. Each table is a
 * Record over its enum, so adding a value to a schema fails the typecheck until it has a label.
 */

export const CLIENT_STATUS_LABELS: Record<ClientStatus, string> = {
  prospect: 'Prospect',
  active: 'Active',
  paused: 'Paused',
  completed: 'Completed',
  ended: 'Ended',
};

export const IDEAL_CLIENT_FIT_LABELS: Record<IdealClientFit, string> = {
  unknown: 'Not judged yet',
  poor: 'Poor fit',
  partial: 'Partial fit',
  good: 'Good fit',
  ideal: 'Ideal client',
};

export const ACTIVITY_KIND_LABELS: Record<(typeof ACTIVITY_KINDS)[number], string> = {
  course: 'Course or training',
  stretchAssignment: 'Stretch assignment',
  mentoring: 'Mentoring',
  reading: 'Reading',
  networking: 'Networking',
  certification: 'Certification',
  conference: 'Conference or talk',
  other: 'Something else',
};

export const ACTIVITY_STATUS_LABELS: Record<ActivityStatus, string> = {
  notStarted: 'Not started',
  inProgress: 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

export const PRIORITY_LABELS: Record<(typeof OBJECTIVE_PRIORITIES)[number], string> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

export const ONE_ON_ONE_FREQUENCY_LABELS: Record<(typeof ONE_ON_ONE_FREQUENCIES)[number], string> =
  {
    weekly: 'Every week',
    everyTwoWeeks: 'Every two weeks',
    monthly: 'Every month',
    other: 'Another rhythm',
  };

export const ALTERNATIVE_COMPENSATION_LABELS: Record<
  (typeof ALTERNATIVE_COMPENSATION)[number],
  string
> = {
  flexibleSchedule: 'A flexible schedule',
  extraDaysOff: 'Extra days off',
  paidCertifications: 'Certifications paid for',
  paidMemberships: 'Professional memberships paid for',
  conferenceTravel: 'Travel to conferences',
  volunteeringTime: 'Paid time to volunteer',
};

export const REVIEWER_ROLE_LABELS: Record<IdpWorksheet['signOff']['reviewerRole'], string> = {
  manager: 'Manager',
  coach: 'Coach',
};

export const SITUATION_KIND_LABELS: Record<(typeof SITUATION_KINDS)[number], string> = {
  brokenCommitment: 'Breaks their word',
  mistreatsStaff: 'Treats staff badly',
  afterHoursContact: 'Contacts me at all hours',
  renegotiatesTerms: 'Tries to change agreed terms',
  other: 'Something else',
};

export const POWER_HOLDER_LABELS: Record<(typeof POWER_HOLDERS)[number], string> = {
  me: 'Mostly me',
  client: 'Mostly the client',
  balanced: 'Shared fairly evenly',
  unclear: 'Not clear yet',
};

export const DECISION_LABELS: Record<Decision, string> = {
  undecided: 'Not decided yet',
  keepAsIs: 'Keep things as they are',
  keepWithConditions: 'Keep the client, on conditions',
  renegotiate: 'Renegotiate the terms',
  referToPartner: 'Refer them to a partner',
  endRelationship: 'End the working relationship',
};

export const HOW_FOUND_LABELS: Record<(typeof HOW_FOUND)[number], string> = {
  manager: 'Through my manager',
  hr: 'Through HR',
  coworkers: 'Through co-workers',
  friends: 'Through friends',
  association: 'Professional association or event',
  author: 'Read their work',
  linkedin: 'LinkedIn or another network',
  other: 'Some other way',
};

export const RELATIONSHIP_KIND_LABELS: Record<(typeof RELATIONSHIP_KINDS)[number], string> = {
  mentor: 'Mentor',
  sponsor: 'Sponsor',
  buddy: 'Buddy',
  coach: 'Coach',
  accountabilityPartner: 'Accountability partner',
};

export const CANDIDATE_STATUS_LABELS: Record<CandidateStatus, string> = {
  idea: 'Just an idea',
  introductionAsked: 'Introduction asked for',
  introduced: 'Introduced',
  met: 'Met',
  active: 'Active',
  paused: 'Paused',
  ended: 'Ended',
};

export const AGREEMENT_STATUS_LABELS: Record<AgreementStatus, string> = {
  draft: 'Draft',
  sent: 'Sent, waiting for signature',
  signed: 'Signed',
  superseded: 'Replaced by a newer version',
};

export const PAPER_SIZE_LABELS: Record<PaperSize, string> = {
  A4: 'A4',
  Letter: 'US Letter',
};

/** Each date format shown by example, which reads more easily than the pattern. */
export const DATE_FORMAT_LABELS: Record<DateFormat, string> = {
  'YYYY-MM-DD': '2025-03-31',
  'DD/MM/YYYY': '31/03/2025',
  'MM/DD/YYYY': '03/31/2025',
  'D MMMM YYYY': '31 March 2025',
};

/** Each document language by the name a coach knows it by. */
export const DOCUMENT_LANGUAGE_LABELS: Record<DocumentLanguage, string> = {
  'en-GB': 'English (UK)',
  'en-US': 'English (US)',
};

/** A choice for a select box: the stored value and what the user reads. */
export interface LabelledOption<V extends string> {
  value: V;
  label: string;
}

/** The values of an enum with their labels, in the schema's order, for select boxes. */
export function optionsOf<V extends string>(
  values: readonly V[],
  labels: Record<V, string>,
): LabelledOption<V>[] {
  return values.map((value) => ({ value, label: labels[value] }));
}
