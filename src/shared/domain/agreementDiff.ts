import {
  MERGE_FIELDS,
  MERGE_FIELD_PATTERN,
  isMergeFieldKey,
  mergeFieldLabel,
  type MergeFieldKey,
} from '../catalogue/mergeFields';
import { richTextFields, richTextFromPlain, richTextLines, type FieldText } from '../richText';
import type { AgreementWorksheet, Clause } from '../schema/agreement';
import { mergeFieldsUsed, mergeValuesFor, type MergeSources } from './mergeFields';
import { hasMarks, normalLines, sameLines, wordParts, type WordPart } from './textDiff';

export type { WordPart } from './textDiff';

/**
 * A merge field as the comparison reads it: by its label, "[Fee]", not by its value. A coach
 * comparing versions asks two questions, "what did I reword?" and "which details changed?", and
 * the second is answered once in `values`: read by value, a new fee would mark every clause
 * that mentions it and a new client name nearly all of them, burying the wording that changed.
 * Read by label, a field swapped for another, or for typed text, still shows.
 */
export const fieldAsLabel: FieldText = (key) => `[${mergeFieldLabel(key)}]`;

/**
 * A clause's text as lines, merge fields by label: "• " and "2. " in front of list items and
 * nested items indented, so a paragraph turned into a list, or a list renumbered, shows.
 */
function clauseLines(clause: Clause): string[] {
  return richTextLines(clause.body, { field: fieldAsLabel, linkTargets: true });
}

/** The merge fields a clause uses, in its title or its text. */
function clauseFields(clause: Clause): MergeFieldKey[] {
  return [...mergeFieldsUsed(clause.title), ...richTextFields(clause.body)];
}

/** A line of plain text (a title) with its `{{fields}}` read by label. */
function lineWithLabels(text: string): string {
  return text.replace(new RegExp(MERGE_FIELD_PATTERN.source, 'g'), (match, name: string) =>
    isMergeFieldKey(name) ? fieldAsLabel(name) : match,
  );
}

/**
 * The fact sheet's text as lines, merge fields by label; none when it does not go with it.
 * It is still plain text, read as lists the way its export reads it.
 */
function factSheetLines(sheet: AgreementWorksheet): string[] {
  return sheet.factSheet.include
    ? richTextLines(richTextFromPlain(sheet.factSheet.body), { field: fieldAsLabel })
    : [];
}

export type ClauseStatus = 'added' | 'removed' | 'changed' | 'unchanged';

/** One clause compared: placed in the newer version's order, a removed one where it was. */
export interface ClauseChange {
  status: ClauseStatus;
  /** The clause's id (in the newer version; in the older for a removed clause). */
  id: string;
  /** Its title now (its last title for a removed one), fields by label. */
  title: string;
  /** The title it had, when it changed. */
  previousTitle: string | null;
  /** The title word by word, when it changed. */
  titleParts: WordPart[] | null;
  /** Its number in the newer version, or in the older one for a removed clause. */
  number: number;
  /** Its text: all added, all removed, all the same, or marked word by word. */
  parts: WordPart[];
}

/** A merge value that reads differently in the newer version ("£120" → "£140"). */
export interface ValueChange {
  key: MergeFieldKey;
  label: string;
  before: string;
  after: string;
}

/** A passage of the agreement other than a clause (its title, its fact sheet), compared. */
export interface PassageChange {
  status: Exclude<ClauseStatus, 'unchanged'>;
  parts: WordPart[];
}

/** What changed from one version of an agreement to the next. */
export interface AgreementDiff {
  fromVersion: number;
  toVersion: number;
  /** The agreement's title, when it changed. */
  title: PassageChange | null;
  clauses: ClauseChange[];
  /** The "what to expect" fact sheet, when it changed, came in or was left out. */
  factSheet: PassageChange | null;
  /** Merge values that differ, in the catalogue's order. */
  values: ValueChange[];
  counts: Record<ClauseStatus, number>;
}

function allOf(kind: WordPart['kind'], lines: readonly string[]): WordPart[] {
  const text = normalLines(lines).join('\n');
  return text === '' ? [] : [{ kind, text }];
}

function titleText(clause: Clause): string {
  return lineWithLabels(clause.title).trim().replace(/\s+/g, ' ');
}

/**
 * The clauses a client reads, numbered as the exported agreement numbers them: one with neither
 * title nor text (just added, not written yet) is left out there, and so here.
 */
function printedClauses(sheet: AgreementWorksheet): Clause[] {
  return sheet.clauses.filter(
    (clause) => titleText(clause) !== '' || normalLines(clauseLines(clause)).length > 0,
  );
}

/** Old clauses matched to new ones: by id (a new version keeps them), else by the same title. */
function matchClauses(
  before: readonly Clause[],
  after: readonly Clause[],
): Map<number, number | null> {
  const matched = new Map<number, number | null>();
  const taken = new Set<number>();
  after.forEach((clause, i) => {
    const j = before.findIndex((old) => old.id === clause.id);
    matched.set(i, j === -1 || taken.has(j) ? null : j);
    if (j !== -1) taken.add(j);
  });
  after.forEach((clause, i) => {
    if (matched.get(i) !== null || titleText(clause) === '') return;
    const title = titleText(clause).toLowerCase();
    const j = before.findIndex((old, k) => !taken.has(k) && titleText(old).toLowerCase() === title);
    if (j === -1) return;
    matched.set(i, j);
    taken.add(j);
  });
  return matched;
}

function compareClause(old: Clause, now: Clause, number: number): ClauseChange {
  const title = titleText(now);
  const previous = titleText(old);
  const titleChanged = title !== previous;
  const before = clauseLines(old);
  const after = clauseLines(now);
  const same = sameLines(before, after);
  return {
    status: titleChanged || !same ? 'changed' : 'unchanged',
    id: now.id,
    title,
    previousTitle: titleChanged ? previous : null,
    titleParts: titleChanged ? wordParts([previous], [title]) : null,
    number,
    parts: same ? allOf('same', after) : wordParts(before, after),
  };
}

function removedClause(old: Clause, number: number): ClauseChange {
  return {
    status: 'removed',
    id: old.id,
    title: titleText(old),
    previousTitle: null,
    titleParts: null,
    number,
    parts: allOf('removed', clauseLines(old)),
  };
}

function addedClause(now: Clause, number: number): ClauseChange {
  return {
    status: 'added',
    id: now.id,
    title: titleText(now),
    previousTitle: null,
    titleParts: null,
    number,
    parts: allOf('added', clauseLines(now)),
  };
}

/** Every clause compared, in the newer order, each removed one after the clause it followed. */
function compareClauses(before: readonly Clause[], after: readonly Clause[]): ClauseChange[] {
  const matched = matchClauses(before, after);
  const newIndexOf = new Map<number, number>();
  for (const [i, j] of matched) if (j !== null) newIndexOf.set(j, i);
  // Removed clauses by the new index of the nearest earlier old clause still there (-1: first).
  const removedAfter = new Map<number, number[]>();
  let anchor = -1;
  before.forEach((_, j) => {
    const i = newIndexOf.get(j);
    if (i !== undefined) {
      anchor = i;
      return;
    }
    removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), j]);
  });
  const removedAt = (i: number): ClauseChange[] =>
    (removedAfter.get(i) ?? []).flatMap((j) => {
      const old = before[j];
      return old === undefined ? [] : [removedClause(old, j + 1)];
    });
  return [
    ...removedAt(-1),
    ...after.flatMap((now, i) => {
      const j = matched.get(i) ?? null;
      const old = j === null ? undefined : before[j];
      const change = old === undefined ? addedClause(now, i + 1) : compareClause(old, now, i + 1);
      return [change, ...removedAt(i)];
    }),
  ];
}

function comparePassage(before: readonly string[], after: readonly string[]): PassageChange | null {
  const a = normalLines(before);
  const b = normalLines(after);
  if (a.length === 0 && b.length === 0) return null;
  if (a.length === 0) return { status: 'added', parts: allOf('added', b) };
  if (b.length === 0) return { status: 'removed', parts: allOf('removed', a) };
  if (sameLines(a, b)) return null;
  const parts = wordParts(a, b);
  return hasMarks(parts) ? { status: 'changed', parts } : null;
}

/** The merge fields either version prints: only their values can change what a client reads. */
function fieldsPrinted(sheets: readonly AgreementWorksheet[]): Set<MergeFieldKey> {
  const keys = new Set<MergeFieldKey>();
  for (const sheet of sheets) {
    for (const key of mergeFieldsUsed(sheet.title)) keys.add(key);
    for (const clause of sheet.clauses) for (const key of clauseFields(clause)) keys.add(key);
    if (sheet.factSheet.include) {
      for (const key of mergeFieldsUsed(sheet.factSheet.body)) keys.add(key);
    }
  }
  return keys;
}

function compareValues(
  before: AgreementWorksheet,
  after: AgreementWorksheet,
  sources: Omit<MergeSources, 'agreement'>,
): ValueChange[] {
  const old = mergeValuesFor({ ...sources, agreement: before });
  const now = mergeValuesFor({ ...sources, agreement: after });
  const printed = fieldsPrinted([before, after]);
  const clean = (value: string): string => value.trim().replace(/\s+/g, ' ');
  // Each version carries its own date, so "the agreement date changed" would say nothing.
  return MERGE_FIELDS.filter(
    ({ key }) => key !== 'agreementDate' && printed.has(key) && clean(old[key]) !== clean(now[key]),
  ).map(({ key, label }) => ({ key, label, before: clean(old[key]), after: clean(now[key]) }));
}

/**
 * What changed from `before` (usually the version `after` was made from) to `after`: its
 * title, each clause (matched by id, else by an identical title; in `after`'s order with removed
 * clauses where they were), the fact sheet, and the merge values either prints that now read
 * differently. `sources` are the records both versions fill their values from. Pure: the editor
 * calls it on every change of a draft, and the export for its "Changes from version N" page.
 */
export function agreementDiff(
  before: AgreementWorksheet,
  after: AgreementWorksheet,
  sources: Omit<MergeSources, 'agreement'>,
): AgreementDiff {
  const clauses = compareClauses(printedClauses(before), printedClauses(after));
  const counts: Record<ClauseStatus, number> = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  for (const clause of clauses) counts[clause.status]++;
  return {
    fromVersion: before.version,
    toVersion: after.version,
    title: comparePassage([lineWithLabels(before.title)], [lineWithLabels(after.title)]),
    clauses,
    factSheet: comparePassage(factSheetLines(before), factSheetLines(after)),
    values: compareValues(before, after, sources),
    counts,
  };
}

/** True when nothing a client reads changed. */
export function isUnchanged(diff: AgreementDiff): boolean {
  return (
    diff.title === null &&
    diff.factSheet === null &&
    diff.values.length === 0 &&
    diff.clauses.every((clause) => clause.status === 'unchanged')
  );
}
