import {
  HOW_FOUND,
  RELATIONSHIP_KINDS,
  type CandidateStatus,
  type MentorsWorksheet,
} from '../../shared/schema';
import { addDays } from '../../shared/domain/dates';
import { datesLeadingTo } from './calendar';
import { childIds, sheetBase, type SheetContext } from './context';
import { FIRST_NAMES, LAST_NAMES, WORKPLACES } from './people';

const AREAS = [
  { name: 'Making my work visible inside the organisation', notes: 'Who notices what, and how.' },
  { name: 'Technical influence', notes: 'Getting my ideas adopted without formal authority.' },
  { name: 'Speaking at conferences', notes: 'From first proposal to a talk people remember.' },
  { name: 'Starting a business', notes: 'Pricing, first clients, the paperwork nobody mentions.' },
  { name: 'Leading a bigger team', notes: 'Going from eight people to thirty.' },
  { name: 'Money and negotiation', notes: 'Asking for a raise; reading a budget.' },
  { name: 'Writing for publication', notes: 'Articles, a newsletter, maybe a book one day.' },
  { name: 'Balancing work and caring', notes: 'Keeping a career moving with family duties.' },
] as const;

const HOW_FOUND_DETAIL: Record<(typeof HOW_FOUND)[number], string> = {
  manager: 'My manager suggested the name and offered a warm introduction.',
  hr: 'HR runs a mentoring scheme and matched us.',
  coworkers: 'A colleague worked with them before and speaks highly of them.',
  friends: 'A friend from university knows them well.',
  association: 'Heard them speak at the professional association’s spring meeting.',
  author: 'Read their article on the subject and wrote to ask for a short interview.',
  linkedin: 'Found through a shared connection on LinkedIn.',
  other: 'Met by chance at a community event.',
};

/** A next step that fits where the relationship stands. */
const NEXT_STEPS: Record<CandidateStatus, readonly string[]> = {
  idea: [
    'Send a short note asking for 30 minutes over coffee.',
    'Ask my manager for an introduction.',
  ],
  introductionAsked: ['Follow up on the introduction if nothing comes by Friday.'],
  introduced: ['Book a first meeting and send two or three questions beforehand.'],
  met: ['Thank them and report back on what I tried.', 'Ask whether they would meet monthly.'],
  active: [
    'Prepare three questions before our next call.',
    'Share my draft and ask for honest comments.',
    'Book the next monthly meeting.',
  ],
  paused: ['Check in again after the busy season.'],
  ended: [''],
};

/** How a relationship usually unfolds, oldest first; a log holds the first few. */
const CONTACT_STORY = [
  'Introduction made; we agreed to meet.',
  'First coffee. Generous with time; suggested two books.',
  'Video call. Talked through my plan; they pushed me to aim higher.',
  'Quick e-mail exchange about a deadline I was worried about.',
] as const;

const GIVING_BACK = [
  'Share what I learn from the data project; they are curious about it.',
  'Introduce them to two people in my network they wanted to meet.',
  'Review their slides before their next talk.',
  'Help with their charity’s annual fun run.',
  'Keep them posted on how their advice worked out.',
] as const;

/** Status that suits how far along the relationship is; later statuses get a contact log. */
const STATUSES: readonly (readonly [CandidateStatus, number])[] = [
  ['idea', 3],
  ['introductionAsked', 2],
  ['introduced', 2],
  ['met', 2],
  ['active', 3],
  ['paused', 1],
  ['ended', 1],
];

/** A mentor list: ranked areas, candidates per area, and often an area nobody covers yet. */
export function sampleMentors(ctx: SheetContext, id: string): MentorsWorksheet {
  const { rng, person, asOf } = ctx;
  const areaId = childIds(id, 'a');
  const areas = rng.some(AREAS, rng.int(3, 5)).map((area) => ({ id: areaId(), ...area }));
  // About a third of lists leave the last-ranked area without anybody: the summary shows that
  // gap. Every other area gets at least one candidate.
  const covering = rng.chance(0.35) ? areas.slice(0, -1) : areas;
  const candidateId = childIds(id, 'c');
  const candidates = Array.from({ length: covering.length + rng.int(0, 1) }, (_, i) => {
    const cid = candidateId();
    const status = rng.weighted(STATUSES);
    const howFound = rng.pick(HOW_FOUND);
    const logId = childIds(cid, 'l');
    const contactLog = (count: number) => {
      const dates = datesLeadingTo(asOf, count, rng);
      return CONTACT_STORY.slice(0, count).map((note, k) => ({
        id: logId(),
        date: dates[k] ?? null,
        note,
      }));
    };
    const met = !['idea', 'introductionAsked'].includes(status);
    const workplace = rng.pick(WORKPLACES);
    const inside = rng.chance(0.3);
    return {
      id: cid,
      name: `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`,
      role: rng.pick(workplace.roles),
      organization: inside ? person.organization : workplace.org,
      areaIds: [
        covering[i % Math.max(1, covering.length)],
        ...(rng.chance(0.3) ? rng.some(covering, 1) : []),
      ]
        .flatMap((area) => (area === undefined ? [] : [area.id]))
        .filter((areaId, at, all) => all.indexOf(areaId) === at),
      howFound,
      howFoundDetail: HOW_FOUND_DETAIL[howFound],
      relationship: rng.weighted(RELATIONSHIP_KINDS.map((kind, k) => [kind, k === 0 ? 5 : 1])),
      status,
      nextStep: rng.pick(NEXT_STEPS[status]),
      // Next steps fall from two weeks ago to a month ahead: some overdue, some due soon.
      nextStepDate: status === 'ended' ? null : addDays(asOf, rng.int(-14, 30)),
      contactLog: met ? contactLog(rng.int(1, CONTACT_STORY.length)) : [],
      givingBack: met ? rng.pick(GIVING_BACK) : '',
    };
  });
  return {
    ...sheetBase(ctx, id, 'mentors'),
    kind: 'mentors',
    personName: person.name,
    areas,
    candidates,
  };
}
