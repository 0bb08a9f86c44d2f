import { MAX_LINE_LENGTH, type Worksheet } from '../../shared/schema';
import type { Stamp } from './records';

const COPY_SUFFIX = ' (copy)';

/** "Plan" → "Plan (copy)", shortened first when the result would be longer than a title may be. */
export function copyTitle(title: string): string {
  const room = MAX_LINE_LENGTH - COPY_SUFFIX.length;
  let kept = title.length > room ? title.slice(0, room) : title;
  // Never cut a character in half: drop a dangling high surrogate left by the slice.
  if (/[\uD800-\uDBFF]$/.test(kept)) kept = kept.slice(0, -1);
  return kept + COPY_SUFFIX;
}

/**
 * A copy of a worksheet with a new id, new timestamps, "(copy)" in its title, and new ids for
 * every item inside it, so that the copy and the original never share an item id (an editor or
 * an undo step acting on one can then never touch the other). A copied agreement starts a new
 * series: version 1, draft, not sent or signed.
 */
export function copyWorksheet(sheet: Worksheet, stamp: Stamp, newId: () => string): Worksheet {
  const renew = <T extends { id: string }>(items: T[]): T[] =>
    items.map((item) => ({ ...item, id: newId() }));
  const base = {
    id: stamp.id,
    createdAt: stamp.now,
    updatedAt: stamp.now,
    title: copyTitle(sheet.title),
  };
  // Work on a deep copy so that nothing in the result is shared with the stored original.
  const copy = structuredClone(sheet);
  switch (copy.kind) {
    case 'idp':
      return {
        ...copy,
        ...base,
        objectives: copy.objectives.map((o) => ({
          ...o,
          id: newId(),
          activities: renew(o.activities),
        })),
        progressLog: renew(copy.progressLog),
      };
    case 'skills':
      return {
        ...copy,
        ...base,
        entries: renew(copy.entries),
        targetRole: { ...copy.targetRole, requirements: renew(copy.targetRole.requirements) },
      };
    case 'boundaryMap':
      return {
        ...copy,
        ...base,
        boundaries: {
          willing: renew(copy.boundaries.willing),
          negotiable: renew(copy.boundaries.negotiable),
          willNot: renew(copy.boundaries.willNot),
        },
        power: {
          ...copy.power,
          iBring: renew(copy.power.iBring),
          theyBring: renew(copy.power.theyBring),
        },
      };
    case 'mentors': {
      const areaIds = new Map(copy.areas.map((area) => [area.id, newId()]));
      return {
        ...copy,
        ...base,
        areas: copy.areas.map((area) => ({ ...area, id: areaIds.get(area.id) ?? newId() })),
        candidates: copy.candidates.map((c) => ({
          ...c,
          id: newId(),
          areaIds: c.areaIds.map((areaId) => areaIds.get(areaId) ?? areaId),
          contactLog: renew(c.contactLog),
        })),
      };
    }
    case 'agreement':
      return {
        ...copy,
        ...base,
        clauses: renew(copy.clauses),
        seriesId: newId(),
        version: 1,
        status: 'draft',
        sentOn: null,
        signedOn: null,
        previousVersionId: null,
        supersededById: null,
      };
  }
}
