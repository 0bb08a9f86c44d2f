import { z } from 'zod';
import { id, lineText, recordMeta } from './common';

/** The five kinds of worksheet a workbook holds. */
export const WORKSHEET_KINDS = ['idp', 'skills', 'boundaryMap', 'mentors', 'agreement'] as const;
export const worksheetKind = z.enum(WORKSHEET_KINDS);
export type WorksheetKind = z.infer<typeof worksheetKind>;

/** Fields shared by every worksheet. `clientId` null means the coach's own worksheet. */
export const worksheetBaseFields = {
  ...recordMeta,
  title: lineText,
  clientId: id.nullable(),
};
