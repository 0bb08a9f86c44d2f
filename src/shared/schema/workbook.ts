import { z } from 'zod';
import { list } from './common';
import { practiceProfile } from './practice';
import { client } from './client';
import { worksheet } from './worksheet';
import { agreementTemplate } from './agreement';
import { exportRecord } from './exportRecord';

/** The schema version this build writes. Older files are migrated, newer ones open read-only. */
export const CURRENT_SCHEMA_VERSION = 5;

/** Most clients and worksheets a workbook holds: generous for a solo practice. */
export const MAX_CLIENTS = 20_000;
export const MAX_WORKSHEETS = 200_000;

/** The whole workbook: one practice, as stored in one JSON file. */
export const workbook = z
  .strictObject({
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    practice: practiceProfile,
    clients: z.array(client).max(MAX_CLIENTS),
    worksheets: z.array(worksheet).max(MAX_WORKSHEETS),
    agreementTemplate,
    /** Newest last; the store keeps the most recent MAX_LIST_LENGTH entries. */
    exportHistory: list(exportRecord),
  })
  .superRefine((book, ctx) => {
    const clientIds = new Set<string>();
    book.clients.forEach((c, i) => {
      if (clientIds.has(c.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['clients', i, 'id'],
          message: 'Duplicate client id',
        });
      }
      clientIds.add(c.id);
    });
    const worksheetIds = new Set<string>();
    book.worksheets.forEach((sheet, i) => {
      if (worksheetIds.has(sheet.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['worksheets', i, 'id'],
          message: 'Duplicate worksheet id',
        });
      }
      worksheetIds.add(sheet.id);
      if (sheet.clientId !== null && !clientIds.has(sheet.clientId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['worksheets', i, 'clientId'],
          message: 'Belongs to a client that is not in this workbook',
        });
      }
    });
  });
export type Workbook = z.infer<typeof workbook>;
