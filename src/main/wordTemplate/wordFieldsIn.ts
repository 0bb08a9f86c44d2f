import { patchDetector } from 'docx';
import type { MergeFieldKey } from '../../shared/catalogue/mergeFields';
import {
  MAX_WORD_FIELDS_LISTED,
  MAX_WORD_FIELD_NAME_LENGTH,
  mergeFieldOfWordName,
} from '../../shared/domain/wordFields';

/** Fields are typed in single braces: `{Client name}`. */
export const WORD_FIELD_DELIMITERS = { start: '{', end: '}' } as const;

/** Every name in braces in a Word document, as typed, and what each stands for. */
export interface WordFieldNames {
  /** Each name exactly as typed between the braces (what patchDocument looks for). */
  raw: string[];
  /** The merge fields used, each once, in order of first use. */
  known: MergeFieldKey[];
  /** Names that are not merge fields, trimmed, each once. */
  unknown: string[];
}

/**
 * The fields of a Word document, read by docx's own detector: it joins the runs of each
 * paragraph first, so a field Word split into differently formatted pieces is still found, in
 * the body, headers, footers and notes alike. Throws when the document cannot be read.
 */
export async function wordFieldsIn(bytes: Uint8Array): Promise<WordFieldNames> {
  const raw = await patchDetector({ data: bytes, placeholderDelimiters: WORD_FIELD_DELIMITERS });
  const known: MergeFieldKey[] = [];
  const unknown: string[] = [];
  for (const name of raw) {
    const key = mergeFieldOfWordName(name);
    if (key !== null) {
      if (!known.includes(key)) known.push(key);
      continue;
    }
    const shown = name.trim().replace(/\s+/g, ' ').slice(0, MAX_WORD_FIELD_NAME_LENGTH);
    if (!unknown.includes(shown) && unknown.length < MAX_WORD_FIELDS_LISTED) unknown.push(shown);
  }
  return { raw: [...raw], known: known.slice(0, MAX_WORD_FIELDS_LISTED), unknown };
}
