import type { AgreementTemplate } from '../schema';
import { richTextFromPlain } from '../richText/plain';

/**
 * The clauses as the coach would type them (a line per paragraph, "•" for a bulleted item,
 * `{{key}}` for a merge field), read into rich text the same way old plain clauses are migrated.
 */
const PLAIN_CLAUSES: readonly { id: string; title: string; body: string }[] = [
  {
    id: 'parties',
    title: 'Who this agreement is between',
    body:
      'This agreement, dated {{agreementDate}}, is between {{clientName}} ("you") and ' +
      '{{coachName}} of {{businessName}} ("your coach"). It sets out how we will work together ' +
      'from {{startDate}}, so that we both know what to expect before the first session.',
  },
  {
    id: 'services',
    title: 'Services and format',
    body:
      'Your coaching programme:\n' +
      '• Number of sessions: {{numberOfSessions}}\n' +
      '• Length of each session: {{sessionLength}}\n' +
      '• How often we meet: {{sessionFrequency}}\n' +
      '• Where we meet: {{sessionMedium}}\n' +
      'If we meet by video, your coach sends the link with each booking confirmation.\n' +
      'Between sessions, your coach may suggest short exercises or reading; they are there to ' +
      'help you, never to grade you.',
  },
  {
    id: 'fees',
    title: 'Fees, packages and payment',
    body:
      '• Fee: {{fee}}\n' +
      '• Payment terms: {{paymentTerms}}\n' +
      'A package of sessions is personal to you and cannot be passed to someone else. What ' +
      'happens to sessions already paid for if the coaching ends early is set out under ' +
      '"Ending the coaching".\n' +
      'Fees stay as stated here for the length of this agreement. Any change to fees applies ' +
      'only from a new written agreement that you have accepted.',
  },
  {
    id: 'scheduling',
    title: 'Scheduling, rescheduling, cancellations and missed sessions',
    body:
      'We book each session at a time that suits us both.\n' +
      'If you need to move or cancel a session, please tell your coach at least ' +
      '{{cancellationNotice}} beforehand; the session is then moved at no charge.\n' +
      'A session cancelled with less notice, or missed without notice, counts as used and is ' +
      'charged in full.\n' +
      'If you arrive late, the session still ends at its booked time.\n' +
      'If your coach has to cancel, you are offered a new time as soon as possible and nothing ' +
      'is charged for the cancelled session.',
  },
  {
    id: 'communication',
    title: 'Staying in touch between sessions',
    body:
      'You are welcome to send a short update or question between sessions by e-mail to ' +
      '{{coachEmail}}.\n' +
      '• When your coach reads messages: {{contactHours}}\n' +
      '• When to expect a reply: within {{responseTime}}\n' +
      'Longer conversations belong in a session, where they get the attention they deserve.\n' +
      'Your coach does not offer an emergency service. Messages sent outside these hours are ' +
      'answered on the next working day.',
  },
  {
    id: 'confidentiality',
    title: 'Confidentiality and its limits',
    body:
      'What you share in coaching stays between you and your coach. Your coach will not pass on ' +
      'anything you say, or the fact that you are being coached, without your permission.\n' +
      'There are limits: your coach may have to share information if the law requires it, or if ' +
      'there is a serious risk of harm to you or to someone else.\n' +
      'If your employer or another sponsor pays for the coaching, they receive only what the ' +
      'three of us agree in advance, such as attendance, and never the content of a session.\n' +
      'Your coach keeps notes securely and only for as long as they are needed to serve you.',
  },
  {
    id: 'nature-of-coaching',
    title: 'What coaching is, and what it is not',
    body:
      'Coaching is a partnership in which your coach helps you clarify your goals, see your ' +
      'options and act on them. It looks forward, to what you want to achieve.\n' +
      'Coaching is not therapy, counselling, medical care, or legal or financial advice. If ' +
      'something you bring needs one of those, your coach will say so and may suggest where to ' +
      'find it.\n' +
      'You remain in charge of your own decisions and of what follows from them. Your coach ' +
      'cannot promise any particular result.',
  },
  {
    id: 'client-responsibilities',
    title: 'Your part',
    body:
      'Coaching works best when you:\n' +
      '• come to each session on time and ready, with a topic in mind;\n' +
      '• are honest about what is and is not working, including in the coaching itself;\n' +
      '• follow through on the actions you choose, or tell your coach what got in the way;\n' +
      '• pay fees on time, as set out above.',
  },
  {
    id: 'changes',
    title: 'Changes to these terms',
    body:
      'These terms change only in writing and only when both of us agree. A request made in ' +
      'passing, in a session or by message, does not change them until a new version of this ' +
      'agreement has been accepted.\n' +
      'Your coach reviews the agreement, the service and the fees with you once a year.',
  },
  {
    id: 'ending',
    title: 'Ending the coaching',
    body:
      'Either of us may end the coaching at any time by telling the other in writing, at least ' +
      '{{endingNotice}} in advance.\n' +
      'Sessions already held and sessions cancelled late remain payable. Any sessions paid for ' +
      'in advance and not yet used are refunded.\n' +
      'Your coach may end the coaching straight away if these terms are seriously broken, and ' +
      'will tell you why.',
  },
  {
    id: 'acceptance',
    title: 'Agreement',
    body:
      'By signing below, {{clientName}} and {{coachName}} confirm that they have read this ' +
      'agreement, understand it, and accept its terms. Each keeps a signed copy.',
  },
];

/**
 * The agreement a new practice starts with: one clause per section a solo professional's
 * policies and procedures agreement usually covers. The coach rewrites it to suit; each client's
 * agreement starts as a copy. Clause ids never change, so tests and exports can rely on them.
 * The signature block itself is drawn by the export, after the last clause.
 */
export const DEFAULT_AGREEMENT_TEMPLATE: AgreementTemplate = {
  title: 'Coaching Policies and Procedures Agreement',
  clauses: PLAIN_CLAUSES.map((clause) => ({ ...clause, body: richTextFromPlain(clause.body) })),
  defaults: {
    fee: 'USD 250 per session, or USD 1,800 for a package of eight sessions',
    paymentTerms: 'invoices are due within 14 days; packages are paid before the first session',
    numberOfSessions: '8',
    sessionLength: '60 minutes',
    sessionFrequency: 'every two weeks',
    sessionMedium: 'by video call, or in person at an agreed location',
    cancellationNotice: '24 hours',
    responseTime: 'two working days',
    contactHours: 'weekdays, 9 am to 5 pm',
    endingNotice: 'two weeks',
  },
  factSheet:
    'Before we start: you receive this agreement to read and sign. Take your time, and ask about ' +
    'anything that is not clear.\n' +
    'Our first session: we get to know each other, agree what you want from coaching and how we ' +
    'will know it is working.\n' +
    'Each session: you choose the topic; your coach listens, asks questions and helps you decide ' +
    'your next steps. You leave with one or two actions of your own choosing.\n' +
    'Between sessions: you work on your actions. Short updates by e-mail are welcome; your coach ' +
    'replies within the response time in the agreement.\n' +
    'Along the way: we pause now and then to look at your progress and adjust the plan.\n' +
    'At the end: we look back at what changed and what you want to keep doing on your own.',
};
