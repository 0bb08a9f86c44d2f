import { patchDocument, PatchType, TextRun, type IPatch } from 'docx';
import type { MergeFieldKey } from '../../shared/catalogue/mergeFields';
import { MERGE_BLANK } from '../../shared/domain/mergeFields';
import { mergeFieldOfWordName } from '../../shared/domain/wordFields';
import { fail, ok, type Result } from '../../shared/result';
import { cleanText } from '../export/text';
import { WORD_FIELD_DELIMITERS, wordFieldsIn } from './wordFieldsIn';

/** A Word document filled for one client, and what could not be filled. */
export interface FilledWordDocument {
  bytes: Uint8Array;
  /** Merge fields the document uses that have no value: printed as MERGE_BLANK. */
  missing: MergeFieldKey[];
  /** Names in braces that are not merge fields: printed as MERGE_BLANK too. */
  unknown: string[];
}

/** A value as runs: each line after the first starts on a new line, as the coach typed it. */
function runsOf(value: string): TextRun[] {
  return cleanText(value)
    .split(/\r\n|\r|\n/)
    .map((line, index) => new TextRun(index === 0 ? line : { text: line, break: 1 }));
}

/**
 * Fill the coach's own Word document with `values`, keeping everything else as it is: their
 * styles, header, footer, logo and layout. docx's patchDocument does the work, with single
 * braces as delimiters; each field takes on the formatting of the text it replaces (when Word
 * split a field into differently formatted runs, that of its first run). A field with no value,
 * and a name in braces the app does not know, print as a blank line to complete by hand:
 * no raw braces are ever left in the file.
 */
export async function fillWordTemplate(
  template: Uint8Array,
  values: Readonly<Partial<Record<MergeFieldKey, string>>>,
): Promise<Result<FilledWordDocument>> {
  try {
    const fields = await wordFieldsIn(template);
    const missing = new Set<MergeFieldKey>();
    const patches: [string, IPatch][] = fields.raw.map((name) => {
      const known = mergeFieldOfWordName(name);
      const value = known === null ? '' : (values[known] ?? '');
      if (known !== null && value.trim() === '') missing.add(known);
      const text = value.trim() === '' ? MERGE_BLANK : value;
      return [name, { type: PatchType.PARAGRAPH, children: runsOf(text) }];
    });
    const bytes = await patchDocument({
      outputType: 'uint8array',
      data: template,
      patches: Object.fromEntries(patches),
      keepOriginalStyles: true,
      placeholderDelimiters: WORD_FIELD_DELIMITERS,
    });
    return ok({ bytes, missing: [...missing], unknown: fields.unknown });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail('invalid', `The Word document could not be filled in: ${detail}`);
  }
}
