import type {
  CandidateStatus,
  MentorArea,
  MentorCandidate,
  MentorsWorksheet,
} from '../schema/mentors';

/** Statuses in which a person is actually mentoring, not just a name on the list. */
export const ACTIVE_CANDIDATE_STATUSES: readonly CandidateStatus[] = ['met', 'active'];

export interface AreaCoverage {
  area: MentorArea;
  /** 1 for the most wanted area; the list order is the rank. */
  rank: number;
  /** People listed for this area, in list order. Ended relationships no longer cover it. */
  candidates: MentorCandidate[];
  /** How many of them the person has met or works with now. */
  activeCount: number;
}

export interface MentorCoverage {
  areas: AreaCoverage[];
  /** Areas with nobody listed yet (nor anyone still in play): where to look next. */
  uncoveredAreas: MentorArea[];
}

/** Who covers each mentoring area, in rank order, and which areas have nobody yet. */
export function mentorCoverage(
  sheet: Pick<MentorsWorksheet, 'areas' | 'candidates'>,
): MentorCoverage {
  const areas = sheet.areas.map((area, index) => {
    const candidates = sheet.candidates.filter(
      (candidate) => candidate.status !== 'ended' && candidate.areaIds.includes(area.id),
    );
    return {
      area,
      rank: index + 1,
      candidates,
      activeCount: candidates.filter((candidate) =>
        ACTIVE_CANDIDATE_STATUSES.includes(candidate.status),
      ).length,
    };
  });
  return {
    areas,
    uncoveredAreas: areas.filter((entry) => entry.candidates.length === 0).map((e) => e.area),
  };
}
