import type { MergeFieldKey } from '../../shared/catalogue/mergeFields';
import { DEFAULT_MERGE_FIELD_KEYS } from '../../shared/catalogue/mergeFields';
import type { WordValueSuggestion } from '../../shared/contract';
import { MAX_WORD_FIELDS_LISTED } from '../../shared/domain/wordFields';
import type { Workbook } from '../../shared/schema';
import { wholeOccurrences } from './wholeWords';

/** Text the app knows as one of the coach's values, and the field it would become. */
export interface ValueCandidate {
  text: string;
  key: MergeFieldKey;
}

/** Shorter values ("6", "1h") appear by chance everywhere: only these are worth offering. */
const MIN_LENGTH = 3;
/** Clients looked for: the most recent are the likeliest to be named in the coach's own copy. */
const MAX_CLIENTS = 500;

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
/** Dates as coaches write them: 12 March 2026, March 12, 2026, 12/03/2026, 2026-03-12. */
const DATE = new RegExp(
  `\\b(?:\\d{1,2}(?:st|nd|rd|th)? (?:${MONTHS}),? \\d{4}|(?:${MONTHS}) \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}|\\d{4}-\\d{2}-\\d{2})\\b`,
  'g',
);

/**
 * What the app could recognise in a coach's own agreement: their name, business name, e-mail
 * and phone from My practice, their usual terms (the fee, the session length…), and the names,
 * organisations and e-mails of their clients (a copy made for one client often still has
 * their name in it).
 */
export function valueCandidates(book: Workbook): ValueCandidate[] {
  const { practice, agreementTemplate } = book;
  const candidates: ValueCandidate[] = [
    { text: practice.coachName, key: 'coachName' },
    { text: practice.businessName, key: 'businessName' },
    { text: practice.email, key: 'coachEmail' },
    { text: practice.phone, key: 'coachPhone' },
    ...DEFAULT_MERGE_FIELD_KEYS.map((key) => ({
      text: agreementTemplate.defaults[key] ?? '',
      key,
    })),
    ...book.clients.slice(-MAX_CLIENTS).flatMap((client): ValueCandidate[] => [
      { text: client.name, key: 'clientName' },
      { text: client.organization, key: 'clientOrganization' },
      { text: client.email, key: 'clientEmail' },
    ]),
  ];
  return candidates
    .map((c) => ({ ...c, text: c.text.trim() }))
    .filter((c) => c.text.length >= MIN_LENGTH && !c.text.includes('\n'));
}

/** `line` with `text` blanked out where it stands alone, as it would be replaced: so a shorter value is not found inside it. */
function masked(line: string, text: string): string {
  let out = line;
  for (const at of wholeOccurrences(line, text)) {
    out = out.slice(0, at) + '\u0000'.repeat(text.length) + out.slice(at + text.length);
  }
  return out;
}

/**
 * The candidates found in a document's lines, each text once (the first field named for it
 * wins), with how often it appears, plus dates, offered as the agreement date. Longer texts
 * are looked for first and then blanked out, as fields already typed in braces are, so that
 * "Dana" is not offered again inside "Dana Whitfield". Most frequent first.
 */
export function suggestionsIn(
  lines: readonly string[],
  candidates: readonly ValueCandidate[],
): WordValueSuggestion[] {
  let text = lines.map((line) =>
    line.replace(/\{[^{}]*\}/g, (field) => '\u0000'.repeat(field.length)),
  );
  const found = new Map<string, WordValueSuggestion>();
  const longestFirst = [...candidates].sort((a, b) => b.text.length - a.text.length);
  for (const candidate of longestFirst) {
    if (found.has(candidate.text)) continue;
    const count = text.reduce(
      (sum, line) => sum + wholeOccurrences(line, candidate.text).length,
      0,
    );
    if (count === 0) continue;
    found.set(candidate.text, { ...candidate, count });
    text = text.map((line) => masked(line, candidate.text));
  }
  for (const line of text) {
    for (const match of line.matchAll(DATE)) {
      const date = match[0];
      const known = found.get(date);
      if (known === undefined) found.set(date, { text: date, key: 'agreementDate', count: 1 });
      else if (known.key === 'agreementDate') known.count += 1;
    }
  }
  return [...found.values()]
    .sort((a, b) => b.count - a.count || b.text.length - a.text.length)
    .slice(0, MAX_WORD_FIELDS_LISTED);
}
