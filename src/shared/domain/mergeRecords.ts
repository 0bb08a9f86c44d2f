// Two computers can change the same workbook file through a synced folder. Instead of letting the
// last writer win, the store splits each version into records keyed by id and merges them here
// against the last version both shared: one-sided changes are taken, clashes keep both versions.

/** A record as the merge sees it: any JSON value, with how to order two versions. */
export interface MergeRules<T> {
  /** ISO timestamp of the last change, or null when the record has none (practice, template). */
  updatedAt: (record: T) => string | null;
  /** A record that must never be replaced by another version, e.g. a signed agreement. */
  isLocked: (record: T) => boolean;
}

export interface MergeConflict<T> {
  key: string;
  /** The version that stays in the workbook. */
  kept: T;
  /** The version set aside, that the coach can pick instead. */
  other: T;
}

export interface MergeOutcome<T> {
  /** Base order first, then keys new on either side in code-unit order, so both sides agree. */
  merged: Map<string, T>;
  /** In the order of `merged`. */
  conflicts: MergeConflict<T>[];
  /**
   * Keys whose result came from `theirs` without a conflict (changed or deleted only there, or
   * edited there and deleted here), for telling the coach what changed.
   */
  takenFromTheirs: string[];
}

/** JSON text with object keys sorted, so equal records give equal text whatever their key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    const items: unknown[] = value;
    return `[${items.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries: [string, unknown][] = Object.entries(value);
    const fields = entries
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`);
    return `{${fields.join(',')}}`;
  }
  // undefined stands for an absent record and must differ from every JSON value.
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

/**
 * Deep equality of JSON values, ignoring object key order: a record read back from disk by another
 * computer may list its fields in a different order without having changed.
 */
export function sameRecord(a: unknown, b: unknown): boolean {
  return a === b || canonicalJson(a) === canonicalJson(b);
}

/** Unparseable or missing timestamps sort before every real one. */
function instant(stamp: string | null): number {
  const time = stamp === null ? Number.NaN : Date.parse(stamp);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/**
 * Whether `a` beats `b` when both sides changed a record. Depends only on the two versions, never
 * on which side is which, so both computers keep the same one.
 */
function beats<T>(a: T, aJson: string, b: T, bJson: string, rules: MergeRules<T>): boolean {
  const aLocked = rules.isLocked(a);
  if (aLocked !== rules.isLocked(b)) return aLocked;
  const aTime = instant(rules.updatedAt(a));
  const bTime = instant(rules.updatedAt(b));
  if (aTime !== bTime) return aTime > bTime;
  return aJson > bJson;
}

function mergeOrder(base: ReadonlyMap<string, unknown>, ...sides: ReadonlyMap<string, unknown>[]) {
  const added = new Set<string>();
  for (const side of sides) for (const key of side.keys()) if (!base.has(key)) added.add(key);
  return [...base.keys(), ...[...added].sort()];
}

/**
 * Three-way merge of two record sets that both started from `base`, record by record, so that a
 * synced folder never silently loses a change: a record changed on one side takes that side; an
 * edit beats a deletion; a record changed on both keeps the locked one, else the later `updatedAt`,
 * and sets the other aside as a conflict. The result does not depend on which computer runs it,
 * and merging it again changes nothing. Inputs are not mutated; values are shared, not copied.
 */
export function mergeRecords<T>(
  base: ReadonlyMap<string, T>,
  ours: ReadonlyMap<string, T>,
  theirs: ReadonlyMap<string, T>,
  rules: MergeRules<T>,
): MergeOutcome<T> {
  const merged = new Map<string, T>();
  const conflicts: MergeConflict<T>[] = [];
  const takenFromTheirs: string[] = [];
  for (const key of mergeOrder(base, ours, theirs)) {
    const o = ours.get(key);
    const t = theirs.get(key);
    const baseJson = canonicalJson(base.get(key));
    const oJson = canonicalJson(o);
    const tJson = canonicalJson(t);
    let result: T | undefined;
    if (tJson === baseJson || oJson === tJson) {
      result = o;
    } else if (oJson === baseJson || o === undefined) {
      result = t;
      takenFromTheirs.push(key);
    } else if (t === undefined) {
      result = o;
    } else {
      const oursWins = beats(o, oJson, t, tJson, rules);
      result = oursWins ? o : t;
      conflicts.push({ key, kept: result, other: oursWins ? t : o });
    }
    if (result !== undefined) merged.set(key, result);
  }
  return { merged, conflicts, takenFromTheirs };
}
