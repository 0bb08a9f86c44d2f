import type { MentorArea, MentorCandidate, MentorsWorksheet } from '../schema/mentors';
import type { KindSpec } from './kindSpec';
import { mentorCoverage } from '../domain/mentorCoverage';
import { dated, dueBase, dueDetail, whose } from '../domain/due/dueItem';
import { firstLine } from '../domain/words';
import { plural } from '../domain/words';
import { renew } from './renew';

/** The mentor list: areas to grow in and the people who could help. */
export const mentorsKind = {
  kind: 'mentors',
  label: 'Mentor List',
  buttonLabel: 'Mentor list',
  defaultTitle: 'Mentor List',
  document: 'mentors',
  chapter: 3,
  create: (start): MentorsWorksheet => ({
    ...start,
    kind: 'mentors',
    personName: '',
    areas: [],
    candidates: [],
  }),
  renewItemIds: (sheet, newId) => {
    // Candidates point at areas by id: give each area its new id everywhere.
    const areaIds = new Map(sheet.areas.map((area) => [area.id, newId()]));
    return {
      ...sheet,
      areas: sheet.areas.map((area) => ({ ...area, id: areaIds.get(area.id) ?? newId() })),
      candidates: sheet.candidates.map((c) => ({
        ...c,
        id: newId(),
        areaIds: c.areaIds.map((areaId) => areaIds.get(areaId) ?? areaId),
        contactLog: renew(c.contactLog, newId),
      })),
    };
  },
  summary: (sheet) => {
    if (sheet.areas.length === 0) return 'No mentoring areas yet';
    const open = mentorCoverage(sheet).uncoveredAreas.length;
    const people = plural(sheet.candidates.length, 'person', 'people');
    return open === 0
      ? `${people}, every area covered`
      : `${people}, ${plural(open, 'area', 'areas')} with nobody yet`;
  },
  personName: (sheet) => sheet.personName,
  dueItems: (sheet, ctx) =>
    sheet.candidates.flatMap((candidate) => {
      const date = candidate.nextStepDate;
      if (candidate.status === 'ended' || date === null || date > ctx.horizon) return [];
      const who = candidate.name.trim() || 'a possible mentor';
      return [
        {
          ...dueBase(sheet),
          ...dated(date, ctx),
          kind: 'mentorNextStep' as const,
          itemId: candidate.id,
          title: `Next step with ${who}: ${firstLine(candidate.nextStep, 'get in touch')}`,
          detail: `${dueDetail(date, ctx.today, ctx.format)}, in ${whose(sheet, ctx)} ${sheet.title.trim() || 'mentor list'}.`,
        },
      ];
    }),
  items: {
    area: (id: string): MentorArea => ({ id, name: '', notes: '' }),
    candidate: (id: string): MentorCandidate => ({
      id,
      name: '',
      role: '',
      organization: '',
      areaIds: [],
      howFound: 'other',
      howFoundDetail: '',
      relationship: 'mentor',
      status: 'idea',
      nextStep: '',
      nextStepDate: null,
      contactLog: [],
      givingBack: '',
    }),
    contact: (id: string, today: string): MentorCandidate['contactLog'][number] => ({
      id,
      date: today,
      note: '',
    }),
  },
} satisfies KindSpec<'mentors'>;
