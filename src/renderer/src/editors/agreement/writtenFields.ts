import {
  MERGE_FIELD_PATTERN,
  isMergeFieldKey,
  mergeFieldLabel,
  type MergeFieldKey,
} from '../../../../shared/catalogue/mergeFields';
import { mergeFieldOfWordName } from '../../../../shared/domain/wordFields';

/**
 * Merge fields written out in text. The coach writes and reads them by label in braces,
 * `{Client name}`: the way a chip is copied as plain text (see MergeFieldNode's renderText), the
 * way the fact sheet shows them, and the way one is typed by hand. `{{clientName}}` is how plain
 * text stores them (and how clauses were written before they were rich). Pasted into a clause,
 * either becomes a chip.
 */

/** How a merge field is written in a plain text such as the fact sheet. */
export const FIELDS_HINT =
  'Merge fields work here too: write a field’s name in braces, such as {Client name} or {Fee}.';

/** A field's label in single braces, not part of a `{{…}}`. */
const LABEL_IN_BRACES = /(?<!\{)\{([^{}\n]{1,60})\}(?!\})/g;

/**
 * The merge field a `{Label}` names, if any: read as a field typed in a Word document is (see
 * mergeFieldOfWordName), so `{Client email}` means the same in the fact sheet and in Word.
 */
export function fieldOfLabel(label: string): MergeFieldKey | undefined {
  return mergeFieldOfWordName(label) ?? undefined;
}

/** How a chip is written as plain text: its label in braces. */
export function chipText(label: string): string {
  return `{${label}}`;
}

/** `text` with every `{Label}` of a known field written `{{key}}`, as richTextFromPlain reads. */
export function labelsAsKeys(text: string): string {
  return text.replace(LABEL_IN_BRACES, (whole, label: string) => {
    const key = fieldOfLabel(label);
    return key === undefined ? whole : `{{${key}}}`;
  });
}

/** `text` with every `{{key}}` of a known field written `{Label}`, as the coach reads it. */
export function keysAsLabels(text: string): string {
  return text.replace(new RegExp(MERGE_FIELD_PATTERN.source, 'g'), (whole, name: string) =>
    isMergeFieldKey(name) ? chipText(mergeFieldLabel(name)) : whole,
  );
}

/** The HTML the editor reads as a chip. */
export function chipHtml(key: MergeFieldKey): string {
  return `<span data-merge-field="${key}"></span>`;
}

/** Known fields in one run of text (no tags in it) as chips. */
function chipsInText(text: string): string {
  return text
    .replace(new RegExp(MERGE_FIELD_PATTERN.source, 'g'), (whole, name: string) =>
      isMergeFieldKey(name) ? chipHtml(name) : whole,
    )
    .replace(LABEL_IN_BRACES, (whole, label: string) => {
      const key = fieldOfLabel(label);
      return key === undefined ? whole : chipHtml(key);
    });
}

/** `html` with the merge fields written in its text turned into chips; tags are left alone. */
export function chipsInHtml(html: string): string {
  if (!html.includes('{')) return html;
  return html
    .split(/(<[^>]*>)/)
    .map((part) => (part.startsWith('<') ? part : chipsInText(part)))
    .join('');
}
