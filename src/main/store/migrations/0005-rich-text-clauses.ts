import { richTextFromPlain } from '../../../shared/richText';
import { isRecord } from './record';

/**
 * Schema 4 → 5. Why: a clause's text is rich text (paragraphs, lists, bold, italic, links and
 * merge fields as their own nodes; see src/shared/richText) instead of a plain string in which
 * the coach typed "•" and `{{keys}}` by hand. Each plain body is read the way the Word export
 * read it: a line is a paragraph, "•"/"-"/"*" lines a bulleted list, "1."/"2)" lines a numbered
 * list, and `{{key}}` of a known field a merge field.
 *
 * Applies to a whole workbook and to each file of a workbook folder alike: the template's
 * clauses (workbook.json) and every agreement's (a client's file). Pure: returns a new object
 * and leaves its input untouched; anything that is not shaped as expected is carried over as
 * it was, so validation names it instead of the migration guessing.
 */
export function richTextClauses(v4: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...v4, schemaVersion: 5 };
  if (isRecord(v4.agreementTemplate)) {
    out.agreementTemplate = withRichClauses(v4.agreementTemplate);
  }
  if (Array.isArray(v4.worksheets)) {
    out.worksheets = (v4.worksheets as readonly unknown[]).map((sheet) =>
      isRecord(sheet) && sheet.kind === 'agreement' ? withRichClauses(sheet) : sheet,
    );
  }
  return out;
}

function withRichClauses(holder: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(holder.clauses)) return holder;
  const clauses = (holder.clauses as readonly unknown[]).map((clause) =>
    isRecord(clause) && typeof clause.body === 'string'
      ? { ...clause, body: richTextFromPlain(clause.body) }
      : clause,
  );
  return { ...holder, clauses };
}
