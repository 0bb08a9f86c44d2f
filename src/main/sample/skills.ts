import { SKILL_CATALOGUE } from '../../shared/catalogue/skills';
import type { SkillRef, SkillsWorksheet } from '../../shared/schema';
import { childIds, fill, sheetBase, type SheetContext } from './context';

const SITUATIONS = [
  'Our busiest season hit while two colleagues were off sick.',
  'A long-standing customer was about to leave after a string of mistakes.',
  'A new system went live with almost no training for the people using it.',
  'Two teams blamed each other for a missed deadline.',
  'A volunteer group I belong to had no money left for its summer programme.',
  'I inherited a project that was three months late and over budget.',
  'A group of new starters arrived at once and nobody had planned their first weeks.',
] as const;

const ACTIONS = [
  'I mapped out who could cover what and rebuilt the rota that evening.',
  'I listened first, then set out plainly what we would change and by when.',
  'I wrote a one-page guide and ran short drop-in sessions for a week.',
  'I brought both leads into one room and we agreed a single plan.',
  'I organised a fundraising evening and asked local businesses for prizes.',
  'I cut the scope to what mattered most and agreed it with the sponsor.',
  'I paired each newcomer with a buddy and set up a simple checklist.',
] as const;

const RESULTS = [
  'No missed shifts, and the team asked to keep the new rota.',
  'The customer stayed and doubled their order the next year.',
  'Support calls dropped by about half within a month.',
  'The next delivery was on time and the blame stopped.',
  'We raised enough for the whole programme, with some left over.',
  'Delivered six weeks later with the core features, on the revised budget.',
  'All of them stayed past probation; two now mentor others.',
] as const;

const GAINED_AT = [
  'My current job at {org}',
  'Ten years in retail before {org}',
  'Running a youth football team at weekends',
  'A part-time degree',
  'Volunteering with a food bank',
  'Raising three children',
  'My first job in hospitality',
  'A year working abroad',
] as const;

const TRANSFERS_TO = [
  'Operations and project management in almost any sector',
  'Training, teaching and learning design',
  'Customer success and account management',
  'Charity and community leadership',
  'Consulting and advisory work',
  'People management and HR',
] as const;

const CUSTOM_SKILLS = [
  { name: 'Calming upset customers', groupId: 'onet-social' },
  { name: 'Writing funding bids', groupId: 'esco-thinking' },
  { name: 'Running a rota for shift teams', groupId: 'onet-resources' },
  { name: 'Building simple websites', groupId: 'onet-technical' },
  { name: 'Sign language (conversational)', groupId: 'esco-core' },
  { name: 'Event planning on a small budget', groupId: 'esco-thinking' },
] as const;

const TARGET_ROLES = [
  'Operations Director',
  'Learning and Development Lead',
  'Independent Consultant',
  'Head of Customer Experience',
  'Programme Manager',
  'Charity Chief Executive',
] as const;

/** A skills inventory: several catalogue skills, one custom skill, and a target role to compare. */
export function sampleSkills(ctx: SheetContext, id: string): SkillsWorksheet {
  const { rng, person } = ctx;
  const entryId = childIds(id, 'e');
  const chosen = rng.some(SKILL_CATALOGUE, rng.int(5, 9));
  const custom = rng.pick(CUSTOM_SKILLS);
  const refs: SkillRef[] = [
    ...chosen.map((skill): SkillRef => ({ source: 'catalogue', skillId: skill.id })),
    { source: 'custom', name: custom.name, groupId: custom.groupId },
  ];
  const entries = refs.map((skill) => {
    const story = rng.int(0, SITUATIONS.length - 1);
    const hasEvidence = rng.chance(0.75);
    const proficiency = rng.int(1, 5);
    return {
      id: entryId(),
      skill,
      proficiency,
      enjoyment: rng.int(1, 5),
      evidence: {
        situation: hasEvidence ? (SITUATIONS[story] ?? '') : '',
        action: hasEvidence ? (ACTIONS[story] ?? '') : '',
        result: hasEvidence ? (RESULTS[story] ?? '') : '',
      },
      gainedAt: fill(rng.pick(GAINED_AT), person),
      transfersTo: rng.pick(TRANSFERS_TO),
      wantToDevelop: proficiency <= 3 && rng.chance(0.6),
    };
  });
  // The target role asks for some skills the person has and some they lack: the gaps.
  const requirementId = childIds(id, 'r');
  const have = rng.some(chosen, rng.int(2, 3));
  const lack = rng.some(
    SKILL_CATALOGUE.filter((skill) => !chosen.includes(skill)),
    rng.int(1, 3),
  );
  const requirements = [...have, ...lack].map((skill) => ({
    id: requirementId(),
    skill: { source: 'catalogue' as const, skillId: skill.id },
    level: rng.int(3, 5),
  }));
  return {
    ...sheetBase(ctx, id, 'skills'),
    kind: 'skills',
    personName: person.name,
    entries,
    targetRole: { title: rng.pick(TARGET_ROLES), requirements },
  };
}
