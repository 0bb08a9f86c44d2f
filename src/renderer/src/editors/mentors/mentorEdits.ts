import type { MentorArea, MentorCandidate, MentorsWorksheet } from '../../../../shared/schema';

/**
 * The list with new areas. Candidates pointing at an area that is gone lose that area in the
 * same change: the schema refuses a candidate that points at a missing area, so a removed area
 * must never leave such a pointer behind, not even for one save.
 */
export function withAreas(sheet: MentorsWorksheet, areas: MentorArea[]): MentorsWorksheet {
  const known = new Set(areas.map((area) => area.id));
  const candidates = sheet.candidates.map((candidate) =>
    candidate.areaIds.every((id) => known.has(id))
      ? candidate
      : { ...candidate, areaIds: candidate.areaIds.filter((id) => known.has(id)) },
  );
  return { ...sheet, areas, candidates };
}

/** One candidate changed, found by id so the edit lands on the latest copy of the list. */
export function withCandidate(
  sheet: MentorsWorksheet,
  id: string,
  edit: (candidate: MentorCandidate) => MentorCandidate,
): MentorsWorksheet {
  return {
    ...sheet,
    candidates: sheet.candidates.map((candidate) =>
      candidate.id === id ? edit(candidate) : candidate,
    ),
  };
}

/**
 * A candidate's areas with one area switched on or off, kept in the areas' rank order so the
 * same choice always reads the same way.
 */
export function toggleArea(
  areaIds: readonly string[],
  areaId: string,
  on: boolean,
  areas: readonly MentorArea[],
): string[] {
  const chosen = new Set(areaIds);
  if (on) chosen.add(areaId);
  else chosen.delete(areaId);
  return areas.map((area) => area.id).filter((id) => chosen.has(id));
}
