import { describe, expect, it } from 'vitest';
import { mentorsWorksheet, type MentorsWorksheet } from '../../../src/shared/schema';
import { emptyWorksheet } from '../../../src/shared/kinds';
import {
  toggleArea,
  withAreas,
  withCandidate,
} from '../../../src/renderer/src/editors/mentors/mentorEdits';

const STAMP = { id: 'ws-1', now: '2025-03-01T09:00:00.000Z' };

function sheetWithTwoAreas(): MentorsWorksheet {
  const base = emptyWorksheet('mentors', null, STAMP);
  const person = (id: string, areaIds: string[]) => ({
    id,
    name: id,
    role: '',
    organization: '',
    areaIds,
    howFound: 'manager' as const,
    howFoundDetail: '',
    relationship: 'mentor' as const,
    status: 'idea' as const,
    nextStep: '',
    nextStepDate: null,
    contactLog: [],
    givingBack: '',
  });
  return {
    ...base,
    areas: [
      { id: 'speaking', name: 'Speaking at conferences', notes: '' },
      { id: 'business', name: 'Starting a business', notes: '' },
    ],
    candidates: [person('ana', ['speaking', 'business']), person('ben', ['business'])],
  };
}

describe('withAreas', () => {
  it('removing an area takes it off every person in the same change, so the list stays valid', () => {
    const sheet = sheetWithTwoAreas();
    const next = withAreas(
      sheet,
      sheet.areas.filter((area) => area.id !== 'business'),
    );
    expect(next.candidates.map((c) => c.areaIds)).toEqual([['speaking'], []]);
    expect(mentorsWorksheet.safeParse(next).success).toBe(true);
    // Without the clean-up the schema would refuse it: the test above is not vacuous.
    expect(mentorsWorksheet.safeParse({ ...sheet, areas: next.areas }).success).toBe(false);
  });

  it('reordering areas leaves the people untouched', () => {
    const sheet = sheetWithTwoAreas();
    const next = withAreas(sheet, [...sheet.areas].reverse());
    expect(next.areas.map((a) => a.id)).toEqual(['business', 'speaking']);
    expect(next.candidates[0]).toBe(sheet.candidates[0]);
  });
});

describe('toggleArea', () => {
  it('keeps a person’s areas in rank order, whatever order they were ticked in', () => {
    const { areas } = sheetWithTwoAreas();
    const afterBusiness = toggleArea([], 'business', true, areas);
    expect(toggleArea(afterBusiness, 'speaking', true, areas)).toEqual(['speaking', 'business']);
    expect(toggleArea(['speaking', 'business'], 'speaking', false, areas)).toEqual(['business']);
  });
});

describe('withCandidate', () => {
  it('changes only the person with that id', () => {
    const sheet = sheetWithTwoAreas();
    const next = withCandidate(sheet, 'ben', (c) => ({ ...c, status: 'active' }));
    expect(next.candidates.map((c) => c.status)).toEqual(['idea', 'active']);
    expect(next.candidates[0]).toBe(sheet.candidates[0]);
  });
});
