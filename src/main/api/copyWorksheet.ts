import { MAX_LINE_LENGTH, type Worksheet } from '../../shared/schema';
import type { Stamp } from './records';
import { withSpec } from '../../shared/kinds';

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
 * an undo step acting on one can then never touch the other). What else a copy of a kind
 * changes is the kind's own (a copied agreement starts a series of its own).
 */
export function copyWorksheet(sheet: Worksheet, stamp: Stamp, newId: () => string): Worksheet {
  const base = {
    id: stamp.id,
    createdAt: stamp.now,
    updatedAt: stamp.now,
    title: copyTitle(sheet.title),
  };
  // Work on a deep copy so that nothing in the result is shared with the stored original.
  const copy = withSpec(structuredClone(sheet), (spec, own): Worksheet =>
    spec.renewItemIds(own, newId),
  );
  return { ...copy, ...base };
}
