import { MERGE_FIELDS, mergeFieldLabel, type MergeFieldKey } from '../catalogue/mergeFields';

/**
 * How a coach marks a merge field in their own Word document: the field's label in single
 * braces, as they read it in the app, e.g. `{Client name}` or `{Fee}`.
 */
export function wordFieldText(key: MergeFieldKey): string {
  return `{${mergeFieldLabel(key)}}`;
}

/** Letters and digits only, lower case: "Client E-mail " and "clientEmail" read the same. */
function folded(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const BY_FOLDED_NAME: ReadonlyMap<string, MergeFieldKey> = new Map(
  MERGE_FIELDS.flatMap((field) => [
    [folded(field.label), field.key] as const,
    [folded(field.key), field.key] as const,
  ]),
);

/**
 * The merge field a name typed between braces in Word stands for, or null when the app does
 * not know it. Forgiving, because Word documents are typed by hand: case, spaces, hyphens and
 * the like do not count, so `{client name}`, `{Client  Name}` and `{clientName}` all mean
 * "Client name".
 */
export function mergeFieldOfWordName(name: string): MergeFieldKey | null {
  return BY_FOLDED_NAME.get(folded(name)) ?? null;
}

/** Most fields or unknown names listed for one document: far beyond a real agreement. */
export const MAX_WORD_FIELDS_LISTED = 200;
/** Longest unknown name listed as typed. */
export const MAX_WORD_FIELD_NAME_LENGTH = 200;
