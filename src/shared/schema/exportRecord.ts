import { z } from 'zod';
import { id, lineText, longText, timestamp } from './common';

export const DOCUMENT_KINDS = [
  'idp',
  'skills',
  'boundary-map',
  'mentors',
  'agreement',
  'client-report',
  'sponsor-report',
  'practice-summary',
] as const;
export const documentKind = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof documentKind>;

/** One document the coach exported: what, when, and where it went. */
export const exportRecord = z.strictObject({
  id,
  at: timestamp,
  document: documentKind,
  clientId: id.nullable(),
  worksheetId: id.nullable(),
  /** The document's title as shown to the user. */
  title: lineText,
  /** Full path of the written file, as the user chose it. */
  path: longText,
});
export type ExportRecord = z.infer<typeof exportRecord>;
