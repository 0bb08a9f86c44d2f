import type { AgreementDiff, ValueChange } from './agreementDiff';
import { plural } from './words';

/** "the fee", "where sessions happen": a detail named inside a sentence. */
function detailName(value: ValueChange): string {
  const label = value.label.toLowerCase();
  return label.startsWith('where ') ? label : `the ${label}`;
}

function clausesPhrase(diff: AgreementDiff): string | null {
  const { changed, added, removed } = diff.counts;
  const bits = [
    { count: changed, verb: 'changed' },
    { count: added, verb: 'added' },
    { count: removed, verb: 'removed' },
  ].filter((bit) => bit.count > 0);
  if (bits.length === 0) return null;
  // Only the first number names what it counts: "2 clauses changed, 1 added".
  return bits
    .map((bit, i) =>
      i === 0
        ? `${plural(bit.count, 'clause', 'clauses')} ${bit.verb}`
        : `${bit.count} ${bit.verb}`,
    )
    .join(', ');
}

function valuesPhrase(values: readonly ValueChange[]): string | null {
  const [first, second] = values;
  if (first === undefined) return null;
  if (values.length === 1) return `${detailName(first)} changed`;
  if (values.length === 2 && second !== undefined) {
    return `${detailName(first)} and ${detailName(second)} changed`;
  }
  return `${values.length} details changed`;
}

function factSheetPhrase(diff: AgreementDiff): string | null {
  switch (diff.factSheet?.status) {
    case undefined:
      return null;
    case 'added':
      return 'the fact sheet was added';
    case 'removed':
      return 'the fact sheet was left out';
    case 'changed':
      return 'the fact sheet changed';
  }
}

/**
 * One line saying what changed, most important first: "2 clauses changed, 1 added; the fee
 * changed." Or "Nothing has changed from version 1." while a new version is still a copy.
 */
export function diffSummary(diff: AgreementDiff): string {
  const phrases = [
    clausesPhrase(diff),
    diff.title === null ? null : 'the title changed',
    valuesPhrase(diff.values),
    factSheetPhrase(diff),
  ].filter((phrase): phrase is string => phrase !== null);
  const text = phrases.join('; ');
  if (text === '') return `Nothing has changed from version ${diff.fromVersion}.`;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** "3 clauses unchanged", for a run of clauses folded away. */
export function unchangedRun(count: number): string {
  return `${plural(count, 'clause', 'clauses')} unchanged`;
}
