import type { ACTIVITY_KINDS } from '../../shared/schema';

/** Phrase banks for sample development plans. `{org}`, `{role}`, `{first}` are filled in. */

export const SHORT_TERM_GOALS = [
  'Grow into a confident lead for my team within the year and run our planning without help.',
  'Take ownership of one visible project at {org} and see it through from start to finish.',
  'Get the certification my field expects and use it on real work before the next review.',
  'Move from doing the work myself to helping others do it well.',
  'Be the person people at {org} ask about budgets and numbers, not just the day-to-day.',
  'Settle into the {role} role properly: know the people, the numbers and the pressure points.',
  'Speak at one internal event and one outside event this year.',
] as const;

export const LONG_TERM_GOALS = [
  'Within five years, lead a department of my own, ideally one that spans several sites.',
  'Run my own small consultancy in three to four years, with two or three steady clients.',
  'Become a recognised specialist in my area: someone invited to teach, write and advise.',
  'Move into a senior role in a purpose-led organisation, closer to the people we serve.',
  'Reach a director-level seat while keeping evenings and weekends for my family.',
  'Build a portfolio career: part-time leadership, some teaching and some advisory work.',
] as const;

export const STRENGTHS = [
  'Calm under pressure; people trust me to hold a difficult conversation.',
  'Quick to spot patterns in messy information and turn them into a plan.',
  'Warm with clients and colleagues; I keep relationships going for years.',
  'Organised and reliable: deadlines are met and nobody has to chase me.',
  'Practical problem solver with a good feel for what will work on the ground.',
  'Clear writer; my reports get read and acted on.',
] as const;

export const AREAS_TO_DEVELOP = [
  'Delegating instead of quietly doing it all myself.',
  'Speaking up in senior meetings, especially when I disagree.',
  'Reading a budget and making the case for money.',
  'Saying no, or "not yet", without apologising three times.',
  'Thinking further ahead than the next busy week.',
  'Giving feedback that is honest and still kind.',
] as const;

export interface ObjectiveIdea {
  what: string;
  measure: string;
  activities: readonly ActivityIdea[];
}

export interface ActivityIdea {
  kind: (typeof ACTIVITY_KINDS)[number];
  description: string;
  resources: string;
  managerSupport: string;
  evidence: string;
}

export const OBJECTIVES: readonly ObjectiveIdea[] = [
  {
    what: 'Lead the quarterly planning meeting for my team on my own.',
    measure: 'Two planning meetings run end to end, with feedback from the team of 4/5 or better.',
    activities: [
      {
        kind: 'stretchAssignment',
        description: 'Co-run the next planning meeting with my manager, then run the one after.',
        resources: 'Half a day to prepare each time.',
        managerSupport: 'Hand over the agenda and step back on the day.',
        evidence: 'Agenda, notes and the team feedback form.',
      },
      {
        kind: 'course',
        description: 'Short course on facilitation and running workshops.',
        resources: 'About £450 in fees, two days away from work.',
        managerSupport: 'Approve the cost from the training budget.',
        evidence: 'Course certificate.',
      },
    ],
  },
  {
    what: 'Build a working grasp of budgeting for my area.',
    measure: 'Draft next year’s budget for my area and have it accepted with few changes.',
    activities: [
      {
        kind: 'mentoring',
        description: 'Monthly hour with someone from finance who walks me through the numbers.',
        resources: 'One hour a month.',
        managerSupport: 'Introduce me to the finance lead.',
        evidence: 'My own draft budget with the finance lead’s comments.',
      },
      {
        kind: 'reading',
        description: 'Read a plain-language book on finance for non-finance managers.',
        resources: 'About £25 for the book.',
        managerSupport: 'None needed.',
        evidence: 'One-page summary shared with my manager.',
      },
    ],
  },
  {
    what: 'Become visible beyond my own team at {org}.',
    measure: 'Present our work at two cross-team meetings and be invited back by at least one.',
    activities: [
      {
        kind: 'networking',
        description: 'Coffee with one person from another department every month.',
        resources: 'An hour a month.',
        managerSupport: 'Suggest names worth meeting.',
        evidence: 'A list of people met and what came of it.',
      },
      {
        kind: 'conference',
        description: 'Give a short talk at the internal knowledge-sharing day.',
        resources: 'Preparation time, about a day.',
        managerSupport: 'Put my name forward to the organisers.',
        evidence: 'Slides and the recording.',
      },
    ],
  },
  {
    what: 'Earn the professional certification expected for a senior {role}.',
    measure: 'Exam passed and the certificate on file.',
    activities: [
      {
        kind: 'certification',
        description: 'Register, study and sit the exam.',
        resources: 'Exam fee around £600, plus study time of three hours a week.',
        managerSupport: 'Agree study time in work hours and cover the fee.',
        evidence: 'Exam result and certificate.',
      },
      {
        kind: 'course',
        description: 'Evening preparation course, ten weeks.',
        resources: 'About £300.',
        managerSupport: 'Flexible finish on course nights.',
        evidence: 'Attendance record.',
      },
    ],
  },
  {
    what: 'Delegate at least three recurring tasks to people in my team.',
    measure: 'Three tasks handed over and running without me for two months.',
    activities: [
      {
        kind: 'other',
        description: 'List everything I do in a month and mark what only I can do.',
        resources: 'Two hours.',
        managerSupport: 'Review the list with me.',
        evidence: 'The list, and a handover note for each task.',
      },
      {
        kind: 'reading',
        description: 'Read about delegation and try one idea each week.',
        resources: 'Library book.',
        managerSupport: 'None needed.',
        evidence: 'Notes in my progress log.',
      },
    ],
  },
  {
    what: 'Speak up with my own view in senior meetings.',
    measure: 'In each monthly senior meeting, make at least one proposal or challenge.',
    activities: [
      {
        kind: 'mentoring',
        description: 'Prepare before each meeting with a trusted colleague who attends too.',
        resources: 'Half an hour a month.',
        managerSupport: 'Give me a slot on the agenda once a quarter.',
        evidence: 'Minutes showing my contributions.',
      },
      {
        kind: 'course',
        description: 'Workshop on assertive communication.',
        resources: 'One day, about £200.',
        managerSupport: 'Approve the day out.',
        evidence: 'Workshop notes and what I changed afterwards.',
      },
    ],
  },
  {
    what: 'Write and publish one practical article about what we do well.',
    measure: 'Article accepted by a trade magazine or well-read blog in our field.',
    activities: [
      {
        kind: 'stretchAssignment',
        description: 'Pitch the article idea to two editors.',
        resources: 'A few evenings.',
        managerSupport: 'Sign off that the content can be shared publicly.',
        evidence: 'The published link.',
      },
    ],
  },
  {
    what: 'Learn the data tools our team keeps asking others for help with.',
    measure: 'Build two of our monthly reports myself, without help.',
    activities: [
      {
        kind: 'course',
        description: 'Online course on spreadsheets and dashboards, at my own pace.',
        resources: 'Subscription, about £30 a month for three months.',
        managerSupport: 'Two hours a week of protected learning time.',
        evidence: 'The two reports, and the course completion page.',
      },
      {
        kind: 'mentoring',
        description: 'Pair with the data analyst once a fortnight.',
        resources: 'One hour every two weeks.',
        managerSupport: 'Ask the analyst’s manager to agree.',
        evidence: 'Reports built during the sessions.',
      },
    ],
  },
] as const;

export const PROGRESS_NOTES = [
  'Met my manager and agreed the plan; she liked the budgeting objective most.',
  'First session with my mentor. Good questions, a bit of homework.',
  'Booked the course. Cheaper than expected because of an early-bird rate.',
  'Ran part of the team meeting today. Nervous at first, went fine.',
  'Fell behind for a few weeks: month-end was heavy. Back on it now.',
  'Got positive feedback from a director I had never spoken to before.',
  'Handed over the weekly report to a colleague. It went out on time without me.',
  'Exam date set. Study plan pinned above my desk.',
  'Coaching session: realised I avoid asking for things I have earned.',
  'Shared a draft with two colleagues; they suggested cutting it by half. They were right.',
] as const;

export const SALARY_NOTES = [
  'Raise promised at the last review, deferred "until the new budget". Asked for it by e-mail.',
  'Manager agreed in principle; HR is checking the band. Review again next quarter.',
  'No raise this year. Asked for paid certification and one extra day off instead.',
  'Promise confirmed in writing after I asked politely for a short e-mail.',
] as const;
