import { describe, expect, it } from 'vitest';
import { mentorsWorksheet, type CandidateStatus } from '../../src/shared/schema';
import { emptyWorksheet } from '../../src/shared/kinds';
import { mentorCoverage } from '../../src/shared/domain/mentorCoverage';

function candidate(id: string, areaIds: string[], status: CandidateStatus) {
  return {
    id,
    name: `Person ${id}`,
    role: '',
    organization: '',
    areaIds,
    howFound: 'linkedin' as const,
    howFoundDetail: '',
    relationship: 'mentor' as const,
    status,
    nextStep: '',
    nextStepDate: null,
    contactLog: [],
    givingBack: '',
  };
}

const area = (id: string, name: string) => ({ id, name, notes: '' });

const sheet = mentorsWorksheet.parse({
  ...emptyWorksheet('mentors', null, { id: 'w1', now: '2025-01-01T09:00:00.000Z' }),
  areas: [
    area('visibility', 'Marketing myself inside the organization'),
    area('speaking', 'Speaking at conferences'),
    area('business', 'Starting a business'),
    area('influence', 'Technical influence'),
  ],
  candidates: [
    candidate('p1', ['visibility', 'speaking'], 'active'),
    candidate('p2', ['visibility'], 'idea'),
    candidate('p3', ['visibility'], 'met'),
    candidate('p4', ['business'], 'ended'),
    candidate('p5', ['speaking'], 'introductionAsked'),
  ],
});

describe('mentorCoverage', () => {
  const coverage = mentorCoverage(sheet);

  it('lists each area in rank order with who covers it and how many are active', () => {
    expect(
      coverage.areas.map((a) => [a.rank, a.area.id, a.candidates.map((c) => c.id), a.activeCount]),
    ).toEqual([
      [1, 'visibility', ['p1', 'p2', 'p3'], 2],
      [2, 'speaking', ['p1', 'p5'], 1],
      [3, 'business', [], 0],
      [4, 'influence', [], 0],
    ]);
  });

  it('shows the areas with nobody yet, counting an ended relationship as nobody', () => {
    expect(coverage.uncoveredAreas.map((a) => a.id)).toEqual(['business', 'influence']);
  });

  it('has nothing uncovered when there are no areas', () => {
    const empty = mentorCoverage({ areas: [], candidates: [] });
    expect(empty).toEqual({ areas: [], uncoveredAreas: [] });
  });
});
