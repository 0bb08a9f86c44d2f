import type { Decision, SITUATION_KINDS, POWER_HOLDERS } from '../../shared/schema';

/**
 * Difficult-client situations for sample boundary maps, one or more per kind. `{them}` is the
 * counterpart's first name, filled in by the generator.
 */
export interface Scenario {
  kind: (typeof SITUATION_KINDS)[number];
  title: string;
  counterparts: readonly string[];
  description: string;
  cost: { ofActing: string; ofNotActing: string; ofKeeping: string; ofLosing: string };
  willing: readonly string[];
  negotiable: readonly { text: string; conditions: string }[];
  willNot: readonly string[];
  holder: (typeof POWER_HOLDERS)[number];
  why: string;
  iBring: readonly string[];
  theyBring: readonly string[];
  decisions: readonly Decision[];
  rationale: string;
  script: string;
  holdingAnswer: string;
  ifCrossedAgain: string;
  outcome: string;
}

export const SCENARIOS: readonly Scenario[] = [
  {
    kind: 'afterHoursContact',
    title: 'Late-night calls from {them}',
    counterparts: ['Dev', 'Lorna', 'Mr Achterberg', 'Sunny'],
    description:
      '{them} phones and messages late in the evening and at weekends, expecting an answer ' +
      'within the hour. It started as a one-off emergency and has become a habit.',
    cost: {
      ofActing: 'An awkward conversation; {them} may feel brushed off at first.',
      ofNotActing: 'My evenings are no longer mine, and I am tired and short with everyone else.',
      ofKeeping: 'Steady income, but only if the contact stays within working hours.',
      ofLosing: 'About a fifth of this year’s income, and a reference I hoped to use.',
    },
    willing: ['Reply to anything sent before 6 pm on the same working day.'],
    negotiable: [
      {
        text: 'A real emergency line for launch weeks.',
        conditions: 'Agreed in advance, for named dates only, billed at the out-of-hours rate.',
      },
    ],
    willNot: ['Answer routine questions at night or at weekends.'],
    holder: 'balanced',
    why: 'They rely on my knowledge of their set-up; I rely on the work. Neither of us wants to start again.',
    iBring: ['Knowledge of their history that a newcomer would take months to learn.'],
    theyBring: ['Regular, well-paid work and interesting problems.'],
    decisions: ['keepWithConditions', 'renegotiate'],
    rationale: 'The work is good; the hours are the problem. Fix the hours, keep the work.',
    script:
      '{them}, I want to give you my best, and I can’t do that at 11 at night. From Monday I’ll ' +
      'answer anything that arrives before 6 the same day. For launch weeks we can plan an ' +
      'emergency line together.',
    holdingAnswer: 'Thanks for this. I’ll look at it properly in the morning and come back to you.',
    ifCrossedAgain: 'Messages after hours wait until the next working day, without apology.',
    outcome: 'Two slips in the first month, none since. The relationship is calmer.',
  },
  {
    kind: 'brokenCommitment',
    title: '{them} keeps missing agreed deadlines',
    counterparts: ['Pieter', 'Anita', 'the Harrow Group', 'Joaquín'],
    description:
      '{them} agreed to send material by set dates so I could deliver on time. Three dates have ' +
      'passed with nothing, and then everything arrives at once with a request to hurry.',
    cost: {
      ofActing: 'Possibly a difficult conversation about fees and dates.',
      ofNotActing: 'Weekend work, rushed results and resentment that shows in the work.',
      ofKeeping: 'A good reference client, if the timing problem is solved.',
      ofLosing: 'A modest share of income; I could replace it within a few months.',
    },
    willing: ['Hold the agreed delivery date when material arrives on time.'],
    negotiable: [
      {
        text: 'A rush turnaround.',
        conditions: 'Only with a 50% rush fee and when my calendar allows.',
      },
    ],
    willNot: ['Absorb the delay by working nights.', 'Pretend the original date still stands.'],
    holder: 'me',
    why: 'They chose me for quality and would struggle to find someone at short notice.',
    iBring: ['Reliable quality and a quick grasp of their field.'],
    theyBring: ['Interesting projects and a recognisable name for my portfolio.'],
    decisions: ['keepWithConditions', 'renegotiate', 'endRelationship'],
    rationale: 'Delivery dates move with their inputs; that is fair to both of us.',
    script:
      'When material arrives late, the delivery date moves by the same number of days. If you ' +
      'need the original date, I can offer a rush service at the rush rate.',
    holdingAnswer: 'Let me look at my calendar and I’ll confirm a realistic date by tomorrow.',
    ifCrossedAgain: 'I apply the rule in writing each time and end the work after the project.',
    outcome: '',
  },
  {
    kind: 'mistreatsStaff',
    title: '{them} is rude to my team',
    counterparts: ['Gordon', 'Mrs Blythe', 'Ferdinand', 'Kat'],
    description:
      '{them} is polite to me but sharp and belittling with my staff, and last week shouted at ' +
      'a junior colleague in front of customers.',
    cost: {
      ofActing: 'Losing a client who pays on time.',
      ofNotActing: 'Losing good staff, and my team seeing that I will not stand up for them.',
      ofKeeping: 'Only worth it if the behaviour stops completely.',
      ofLosing: 'A noticeable dip in income for a quarter, but my team stays.',
    },
    willing: ['Keep serving them through me personally for a short time.'],
    negotiable: [],
    willNot: ['Let anyone shout at my staff.', 'Ask my team to “just put up with it”.'],
    holder: 'me',
    why: 'My team is the reason the service is good; clients can be replaced more easily than they can.',
    iBring: ['A team that knows their account inside out.'],
    theyBring: ['Regular orders.'],
    decisions: ['keepWithConditions', 'endRelationship', 'referToPartner'],
    rationale: 'One clear warning, in person, with the consequence spelled out.',
    script:
      '{them}, I value your business, and I won’t have my team spoken to like that. If it ' +
      'happens again, we will stop working together.',
    holdingAnswer: 'I hear you’re unhappy. Let me look into it and call you back this afternoon.',
    ifCrossedAgain: 'I end the engagement politely, in writing, and suggest another provider.',
    outcome: 'Apology to the staff member the following week. No repeat so far.',
  },
  {
    kind: 'renegotiatesTerms',
    title: '{them} wants a discount before we begin',
    counterparts: ['Brent', 'Oksana', 'the Delmar board', 'Ifeoma'],
    description:
      'The agreement was signed at the agreed price. Before the first session, {them} asked for ' +
      '20% off “as a gesture”, hinting that a cheaper option exists.',
    cost: {
      ofActing: 'They may walk away before starting.',
      ofNotActing: 'Every later term becomes open to haggling, and my rates lose meaning.',
      ofKeeping: 'Fine at the signed price.',
      ofLosing:
        'Not much yet: no work has been done, and the slot can be offered to the waiting list.',
    },
    willing: ['Explain what the price includes, once.'],
    negotiable: [
      {
        text: 'Spreading payment over three months.',
        conditions: 'Same total, first instalment before the first session.',
      },
    ],
    willNot: ['Lower the price after signing.'],
    holder: 'me',
    why: 'They approached me after a recommendation; the signed agreement is on my side.',
    iBring: ['A track record with people in exactly their situation.'],
    theyBring: ['A possible long engagement.'],
    decisions: ['keepAsIs', 'renegotiate'],
    rationale: 'Terms change only in writing, by agreement, and not before we have even begun.',
    script:
      'The price we agreed stands. If cash flow is the concern, I can split the payments over ' +
      'three months at the same total.',
    holdingAnswer: 'Let me think about how I can help and I’ll get back to you by Friday.',
    ifCrossedAgain: 'Point back to the agreement and offer to release them from it.',
    outcome: 'Accepted the instalment plan. Started on time.',
  },
  {
    kind: 'other',
    title: '{them} shares my drafts as finished work',
    counterparts: ['Colette', 'Amir', 'Hollis & Co', 'Shreya'],
    description:
      '{them} has twice forwarded my unfinished drafts to their directors as final, then asked ' +
      'me to fix the reaction.',
    cost: {
      ofActing: 'A delicate conversation about trust with someone senior.',
      ofNotActing: 'My name on half-finished work, and repair jobs I cannot bill.',
      ofKeeping: 'Good, steady work once drafts stay drafts.',
      ofLosing: 'A large client, but not my only one.',
    },
    willing: ['Share drafts for comment, clearly marked as drafts.'],
    negotiable: [
      {
        text: 'Quick summaries for their directors.',
        conditions: 'Written by me for that audience, with a day’s notice.',
      },
    ],
    willNot: ['Fix the fallout of a draft that was passed on without asking.'],
    holder: 'unclear',
    why: 'They hold the budget; I hold the expertise. It depends on how much they need this project.',
    iBring: ['Specialist knowledge they lack in-house.'],
    theyBring: ['Access to senior people and a large budget.'],
    decisions: ['undecided', 'keepWithConditions'],
    rationale: 'Still weighing it up; I want to see how they react to the first conversation.',
    script:
      'Drafts are for us to work on. When something needs to go upward, tell me and I’ll prepare it.',
    holdingAnswer:
      'I see the directors have questions. Give me a day to look and I’ll suggest a way forward.',
    ifCrossedAgain: 'Stop sending drafts; share only finished work, on a slower timeline.',
    outcome: '',
  },
] as const;
