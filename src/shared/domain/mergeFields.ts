import {
  MERGE_FIELDS,
  MERGE_FIELD_PATTERN,
  isMergeFieldKey,
  type MergeFieldKey,
} from '../catalogue/mergeFields';
import type { AgreementTemplate, AgreementWorksheet, Clause } from '../schema/agreement';
import type { Client } from '../schema/client';
import type { DateFormat, PracticeProfile } from '../schema/practice';
import type { Workbook } from '../schema/workbook';
import { formatDateInWords, todayIso } from './dates';
import { MERGE_BLANK, fillRichText } from '../richText/fill';

export { MERGE_BLANK };

export type MergeFieldValues = Record<MergeFieldKey, string>;

export { isMergeFieldKey };

/**
 * A fresh copy of the shared pattern. MERGE_FIELD_PATTERN is global, so its `lastIndex` is
 * state shared by every caller; using it directly makes a second scan start mid-text.
 */
function pattern(): RegExp {
  return new RegExp(MERGE_FIELD_PATTERN.source, 'g');
}

/** Where a merge value can come from; any of them may be missing while a draft is prepared. */
export interface MergeSources {
  agreement: Pick<AgreementWorksheet, 'mergeValues' | 'sentOn' | 'createdAt'> | null;
  client: Pick<Client, 'name' | 'organization' | 'email' | 'startDate'> | null;
  practice: Pick<PracticeProfile, 'coachName' | 'businessName' | 'email' | 'phone'>;
  template: Pick<AgreementTemplate, 'defaults'>;
  dateFormat: DateFormat;
}

/**
 * The value of every merge field for one agreement. A key present in the agreement's own
 * `mergeValues` wins, even when it is empty (values are frozen that way when the agreement is
 * sent); otherwise the value comes from the field's source. Dates go into the clauses' running
 * text, so they are written in words in the practice's style ("26 November 2026", or
 * "November 26, 2026" with a month-first date format), never as numbers.
 */
export function mergeValuesFor(sources: MergeSources): MergeFieldValues {
  const { agreement, client, practice, template, dateFormat } = sources;
  const agreementDate =
    agreement === null ? null : (agreement.sentOn ?? todayIso(new Date(agreement.createdAt)));
  const fromSource: MergeFieldValues = {
    clientName: client?.name.trim() ?? '',
    clientOrganization: client?.organization.trim() ?? '',
    clientEmail: client?.email.trim() ?? '',
    startDate: formatDateInWords(client?.startDate ?? null, dateFormat),
    coachName: practice.coachName.trim(),
    businessName: practice.businessName.trim(),
    coachEmail: practice.email.trim(),
    coachPhone: practice.phone.trim(),
    agreementDate: formatDateInWords(agreementDate, dateFormat),
    fee: template.defaults.fee ?? '',
    paymentTerms: template.defaults.paymentTerms ?? '',
    numberOfSessions: template.defaults.numberOfSessions ?? '',
    sessionLength: template.defaults.sessionLength ?? '',
    sessionFrequency: template.defaults.sessionFrequency ?? '',
    sessionMedium: template.defaults.sessionMedium ?? '',
    cancellationNotice: template.defaults.cancellationNotice ?? '',
    responseTime: template.defaults.responseTime ?? '',
    contactHours: template.defaults.contactHours ?? '',
    endingNotice: template.defaults.endingNotice ?? '',
  };
  const overrides = agreement?.mergeValues ?? {};
  const values = { ...fromSource };
  for (const field of MERGE_FIELDS) {
    const override = overrides[field.key];
    if (override !== undefined) values[field.key] = override;
  }
  return values;
}

/**
 * The value of every merge field for `agreement`, from its client, the practice (whose date
 * format writes the dates) and the template: what its clauses, or its Word document, are
 * filled with (see mergeValuesFor).
 */
export function agreementValues(
  agreement: MergeSources['agreement'],
  client: MergeSources['client'],
  practice: MergeSources['practice'] & Pick<PracticeProfile, 'dateFormat'>,
  template: MergeSources['template'],
): MergeFieldValues {
  return mergeValuesFor({ agreement, client, practice, template, dateFormat: practice.dateFormat });
}

/** The same for an agreement of `book`, its client found there. */
export function agreementMergeValues(
  book: Pick<Workbook, 'clients' | 'practice' | 'agreementTemplate'>,
  agreement: MergeSources['agreement'] & Pick<AgreementWorksheet, 'clientId'>,
): MergeFieldValues {
  const client = book.clients.find((c) => c.id === agreement.clientId) ?? null;
  return agreementValues(agreement, client, book.practice, book.agreementTemplate);
}

/** Text with its merge fields filled, and what could not be filled. */
export interface FilledText {
  text: string;
  /** Known fields that had no value and print as MERGE_BLANK; each once, in order of use. */
  missing: MergeFieldKey[];
  /** `{{names}}` the app does not know; left in the text as typed; each once, in order. */
  unknown: string[];
}

/**
 * Replace every `{{key}}` in `text`. A known field with an empty value becomes MERGE_BLANK, so a
 * printed agreement shows a line to complete; an unknown one stays as typed and is reported,
 * so a typo is visible rather than silently dropped.
 */
export function fillMergeFields(
  text: string,
  values: Readonly<Partial<Record<MergeFieldKey, string>>>,
): FilledText {
  const missing: MergeFieldKey[] = [];
  const unknown: string[] = [];
  const filled = text.replace(pattern(), (match: string, name: string) => {
    if (!isMergeFieldKey(name)) {
      if (!unknown.includes(name)) unknown.push(name);
      return match;
    }
    const value = values[name] ?? '';
    if (value.trim() === '') {
      if (!missing.includes(name)) missing.push(name);
      return MERGE_BLANK;
    }
    return value;
  });
  return { text: filled, missing, unknown };
}

/**
 * Every clause of an agreement filled: titles (plain text, where a `{{key}}` may still be typed)
 * and rich bodies, whose merge fields become text. Returns what was missing or unknown across
 * all of them, each once, in order of use.
 */
export function fillClauses(
  clauses: readonly Clause[],
  values: Readonly<Partial<Record<MergeFieldKey, string>>>,
): { clauses: Clause[]; missing: MergeFieldKey[]; unknown: string[] } {
  const missing = new Set<MergeFieldKey>();
  const unknown = new Set<string>();
  const filled = clauses.map((clause) => {
    const title = fillMergeFields(clause.title, values);
    const body = fillRichText(clause.body, values);
    for (const key of [...title.missing, ...body.missing]) missing.add(key);
    for (const name of title.unknown) unknown.add(name);
    return { ...clause, title: title.text, body: body.doc };
  });
  return { clauses: filled, missing: [...missing], unknown: [...unknown] };
}

function namesIn(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(pattern())) {
    const name = match[1];
    if (name !== undefined && !names.includes(name)) names.push(name);
  }
  return names;
}

/** The known merge fields `text` uses, each once, in order of first use. */
export function mergeFieldsUsed(text: string): MergeFieldKey[] {
  return namesIn(text).filter(isMergeFieldKey);
}

/** The `{{names}}` in `text` that are not merge fields (usually typos), each once. */
export function unknownMergeFields(text: string): string[] {
  return namesIn(text).filter((name) => !isMergeFieldKey(name));
}
