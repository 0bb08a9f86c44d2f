import { MERGE_FIELDS, mergeFieldLabel } from '../../../../shared/catalogue/mergeFields';
import type { MergeFieldSource } from '../../../../shared/catalogue/mergeFields';

export { mergeFieldLabel };

/** Where a merge field's value comes from, in words for the coach. */
export const SOURCE_LABELS: Record<MergeFieldSource, string> = {
  client: 'From the client record',
  practice: 'From My practice',
  agreement: 'From this agreement',
  defaults: 'Your usual terms',
};

/** The merge fields grouped by where their value comes from, in catalogue order. */
export function mergeFieldGroups(): {
  source: MergeFieldSource;
  fields: (typeof MERGE_FIELDS)[number][];
}[] {
  const groups: { source: MergeFieldSource; fields: (typeof MERGE_FIELDS)[number][] }[] = [];
  for (const field of MERGE_FIELDS) {
    const group = groups.find((g) => g.source === field.source);
    if (group) group.fields.push(field);
    else groups.push({ source: field.source, fields: [field] });
  }
  return groups;
}

/**
 * `record` with `key` set to `value`, or without `key` at all when `value` is undefined, so an
 * emptied value falls back to its source instead of being stored as ''.
 */
export function withValue<K extends string>(
  record: Partial<Record<K, string>>,
  keys: readonly K[],
  key: K,
  value: string | undefined,
): Partial<Record<K, string>> {
  const copy: Partial<Record<K, string>> = {};
  for (const k of keys) {
    const kept = k === key ? value : record[k];
    if (kept !== undefined) copy[k] = kept;
  }
  return copy;
}
