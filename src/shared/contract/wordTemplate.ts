import { z } from 'zod';
import { channel } from './channel';
import { MERGE_FIELD_KEYS } from '../catalogue/mergeFields';
import {
  agreementTemplate,
  id,
  lineText,
  MAX_WORD_TEMPLATE_BYTES,
  sha256Hex,
  wordDocumentRef,
} from '../schema';
import { MAX_WORD_FIELDS_LISTED, MAX_WORD_FIELD_NAME_LENGTH } from '../domain/wordFields';

/** Base64 of the largest Word document a coach can bring (4 characters per 3 bytes). */
export const MAX_WORD_TEMPLATE_BASE64_LENGTH = Math.ceil(MAX_WORD_TEMPLATE_BYTES / 3) * 4;

const mergeFieldKey = z.enum(MERGE_FIELD_KEYS);

/** A .docx the coach picked, as the page read it; main checks it again whatever the page says. */
export const wordTemplateUpload = z.strictObject({
  /** The name the file had on the coach's computer, e.g. "My coaching agreement.docx". */
  fileName: lineText.refine((v) => v.trim() !== '', 'The file has no name'),
  dataBase64: z
    .string()
    .min(1, 'The file is empty')
    .max(
      MAX_WORD_TEMPLATE_BASE64_LENGTH,
      `The document is larger than ${MAX_WORD_TEMPLATE_BYTES / 1024 / 1024} MB`,
    )
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file is not valid base64 data'),
});
export type WordTemplateUpload = z.infer<typeof wordTemplateUpload>;

const wordFieldName = z.string().max(MAX_WORD_FIELD_NAME_LENGTH);

/** The fields a Word document holds: those the app fills, and names in braces it does not know. */
export const wordFieldsFound = z.strictObject({
  known: z.array(mergeFieldKey).max(MAX_WORD_FIELDS_LISTED),
  /** Names in braces that are not merge fields, as typed; they print as a blank line. */
  unknown: z.array(wordFieldName).max(MAX_WORD_FIELDS_LISTED),
});
export type WordFieldsFound = z.infer<typeof wordFieldsFound>;

/** Text in the document the app recognised as one of the coach's values (their name, the fee…). */
export const wordValueSuggestion = z.strictObject({
  text: lineText,
  /** The field the app would put in its place; the coach may choose another. */
  key: mergeFieldKey,
  /** How many times it appears. */
  count: z.number().int().min(1),
});
export type WordValueSuggestion = z.infer<typeof wordValueSuggestion>;

/** The template with its Word document, what fields it holds, and what could become a field. */
export const wordTemplateInspection = z.strictObject({
  template: agreementTemplate,
  document: wordDocumentRef,
  fields: wordFieldsFound,
  suggestions: z.array(wordValueSuggestion).max(MAX_WORD_FIELDS_LISTED),
});
export type WordTemplateInspection = z.infer<typeof wordTemplateInspection>;

/** A Word agreement as it will print for one client: its text, and what it cannot fill. */
export const wordAgreementPreview = z.strictObject({
  document: wordDocumentRef,
  /** The filled document's paragraphs as plain text, in order (empty paragraphs as ''). */
  lines: z.array(z.string()),
  /** Names in braces that are not merge fields: printed as a blank line. */
  unknown: z.array(wordFieldName).max(MAX_WORD_FIELDS_LISTED),
  /** Merge fields the document uses that have no value for this client: a blank line too. */
  missing: z.array(mergeFieldKey).max(MAX_WORD_FIELDS_LISTED),
  /** Bits of the filled text around a `{` or `}` that is no field: left as typed, shown before export. */
  strayBraces: z.array(z.string().max(200)).max(MAX_WORD_FIELDS_LISTED),
});
export type WordAgreementPreview = z.infer<typeof wordAgreementPreview>;

export const wordTemplateChannels = {
  'wordTemplate:import': channel(
    'Check a Word document the coach brought and use it as the agreement template. It is stored in the workbook folder, named by its content; a refused file stores nothing.',
    wordTemplateUpload,
    wordTemplateInspection,
  ),
  'wordTemplate:inspect': channel(
    "The template's Word document: its fields, and the coach's values it holds that could become fields.",
    z.strictObject({}),
    wordTemplateInspection,
  ),
  'wordTemplate:markFields': channel(
    'Turn text the coach ticked into fields: a new document (the old one is kept) with each text replaced by its field, e.g. {Coach name}. `sha256` is the document the page showed.',
    z.strictObject({
      sha256: sha256Hex,
      fields: z
        .array(
          z.strictObject({
            text: lineText.refine((v) => v.trim().length >= 3, 'Too short to look for'),
            key: mergeFieldKey,
          }),
        )
        .min(1)
        .max(50),
    }),
    wordTemplateInspection,
  ),
  'wordTemplate:stopUsing': channel(
    "Go back to the app's clauses for new agreements; the Word document stays in the workbook folder.",
    z.strictObject({}),
    agreementTemplate,
  ),
  'wordTemplate:preview': channel(
    'An agreement made from a Word document, filled for its client, as plain text with what it cannot fill.',
    z.strictObject({ agreementId: id }),
    wordAgreementPreview,
  ),
} as const;
