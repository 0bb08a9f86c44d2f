import { z } from 'zod';
import { lineText, longText, list } from './common';

export const PAPER_SIZES = ['A4', 'Letter'] as const;
export const paperSize = z.enum(PAPER_SIZES);
export type PaperSize = z.infer<typeof paperSize>;

/** How dates are shown in the app and in documents. Stored dates are always ISO. */
export const DATE_FORMATS = ['YYYY-MM-DD', 'DD/MM/YYYY', 'MM/DD/YYYY', 'D MMMM YYYY'] as const;
export const dateFormat = z.enum(DATE_FORMATS);
export type DateFormat = z.infer<typeof dateFormat>;

/**
 * The language documents are written in, so Word checks their spelling in it: British or
 * American English for now (every label and sentence the app writes is English).
 */
export const DOCUMENT_LANGUAGES = ['en-GB', 'en-US'] as const;
export const documentLanguage = z.enum(DOCUMENT_LANGUAGES);
export type DocumentLanguage = z.infer<typeof documentLanguage>;

/** Largest logo we keep inside the workbook (base64 of about 1.5 MB of image). */
export const MAX_LOGO_BASE64_LENGTH = 2_000_000;

export const logo = z.strictObject({
  mimeType: z.enum(['image/png', 'image/jpeg']),
  /** Image bytes, base64 without a data: prefix. */
  dataBase64: z
    .string()
    .max(MAX_LOGO_BASE64_LENGTH, 'The logo is too large: use an image under 1.5 MB')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The logo is not valid base64 data'),
  fileName: lineText,
});
export type Logo = z.infer<typeof logo>;

/** The coach and their practice: who stands behind every document. */
export const practiceProfile = z.strictObject({
  coachName: lineText,
  credentials: lineText,
  businessName: lineText,
  email: lineText,
  phone: lineText,
  website: lineText,
  address: longText,
  /** Who the practice serves best; client fit is judged against it. */
  idealClientProfile: longText,
  /** Referral sources the coach tracks, offered when recording a client. */
  referralSources: list(lineText),
  logo: logo.nullable(),
  paperSize,
  dateFormat,
  /**
   * Chosen on the practice page. Absent in workbooks made before it existed, or when the coach
   * never chose: documents then follow the date format (see documentLanguageOf).
   */
  documentLanguage: documentLanguage.optional(),
});
export type PracticeProfile = z.infer<typeof practiceProfile>;
