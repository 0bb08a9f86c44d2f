import { patchDocument, PatchType, TextRun } from 'docx';
import type { MergeFieldKey } from '../../shared/catalogue/mergeFields';
import { DEFAULT_MERGE_FIELD_KEYS } from '../../shared/catalogue/mergeFields';
import type { WordValueSuggestion } from '../../shared/contract';
import { MAX_WORD_FIELDS_LISTED, wordFieldText } from '../../shared/domain/wordFields';
import type { Workbook } from '../../shared/schema';

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

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

/** Times `text` stands on its own in `line` (not inside a longer word). */
function occurrences(line: string, text: string): number {
  let count = 0;
  for (let at = line.indexOf(text); at !== -1; at = line.indexOf(text, at + text.length)) {
    if (!isWordChar(line[at - 1]) && !isWordChar(line[at + text.length])) count += 1;
  }
  return count;
}

/** `line` with every `text` in it blanked out, so a shorter value is not found inside it. */
function masked(line: string, text: string): string {
  return line.split(text).join('\u0000'.repeat(text.length));
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
    const count = text.reduce((sum, line) => sum + occurrences(line, candidate.text), 0);
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

/**
 * A copy of the document with each chosen text replaced by its field, e.g. every "Dana
 * Whitfield" by `{Coach name}`, keeping the formatting of the text it replaces, in the body,
 * headers and footers. patchDocument finds its delimiters and key as one run of text, wherever
 * Word split it, so the text's first and last characters serve as the delimiters and the rest
 * as the key. Longer texts go first, so that a text inside a longer one never breaks it.
 */
export async function replaceValuesWithFields(
  docx: Uint8Array,
  fields: readonly ValueCandidate[],
): Promise<Uint8Array> {
  let bytes = docx;
  const longestFirst = [...fields].sort((a, b) => b.text.length - a.text.length);
  for (const { text, key } of longestFirst) {
    const chars = Array.from(text.trim());
    const start = chars[0];
    const end = chars[chars.length - 1];
    if (chars.length < MIN_LENGTH || start === undefined || end === undefined) continue;
    bytes = await patchDocument({
      outputType: 'uint8array',
      data: bytes,
      patches: {
        [chars.slice(1, -1).join('')]: {
          type: PatchType.PARAGRAPH,
          children: [new TextRun(wordFieldText(key))],
        },
      },
      keepOriginalStyles: true,
      placeholderDelimiters: { start, end },
    });
  }
  return bytes;
}
