import { z } from 'zod';
import { id, lineText, list, longText, optionalDate } from './common';
import { worksheetBaseFields } from './worksheetBase';
import { DEFAULT_MERGE_FIELD_KEYS, MERGE_FIELD_KEYS } from '../catalogue/mergeFields';

export const clause = z.strictObject({
  id,
  title: lineText,
  /** Clause text; may contain merge fields such as {{clientName}}. */
  body: longText,
});
export type Clause = z.infer<typeof clause>;

/** Values for merge fields, by key. A missing key falls back to its source. */
export const mergeValues = z.partialRecord(z.enum(MERGE_FIELD_KEYS), longText);
export type MergeValues = z.infer<typeof mergeValues>;

/** The practice's default agreement: written once, every client's agreement starts from it. */
export const agreementTemplate = z.strictObject({
  title: lineText,
  clauses: list(clause),
  /** Practice-wide values for fees, session format and the like. */
  defaults: z.partialRecord(z.enum(DEFAULT_MERGE_FIELD_KEYS), longText),
  /** The short "what to expect" fact sheet handed over with the agreement. */
  factSheet: longText,
});
export type AgreementTemplate = z.infer<typeof agreementTemplate>;

export const FACT_SHEET_PLACEMENTS = ['schedule', 'ownPage'] as const;
export type FactSheetPlacement = (typeof FACT_SHEET_PLACEMENTS)[number];

export const AGREEMENT_STATUSES = ['draft', 'sent', 'signed', 'superseded'] as const;
export const agreementStatus = z.enum(AGREEMENT_STATUSES);
export type AgreementStatus = z.infer<typeof agreementStatus>;

/** A signed or superseded agreement can no longer change. */
export function isLockedStatus(status: AgreementStatus): boolean {
  return status === 'signed' || status === 'superseded';
}

/**
 * Whether any record (a worksheet, or anything else read from a file) is a locked agreement:
 * such a record is never replaced by another version, by a merge or by the coach's choice.
 */
export function isLockedAgreementRecord(record: unknown): boolean {
  if (typeof record !== 'object' || record === null) return false;
  if (!('kind' in record) || record.kind !== 'agreement' || !('status' in record)) return false;
  const status = agreementStatus.safeParse(record.status);
  return status.success && isLockedStatus(status.data);
}

/**
 * One version of a client's policies and procedures agreement. Versions of the same
 * agreement share `seriesId`; a change to a signed one makes a new version.
 */
export const agreementWorksheet = z
  .strictObject({
    ...worksheetBaseFields,
    kind: z.literal('agreement'),
    clientId: id,
    seriesId: id,
    version: z.number().int().min(1).max(10_000),
    status: agreementStatus,
    clauses: list(clause),
    mergeValues,
    factSheet: z.strictObject({
      include: z.boolean(),
      body: longText,
      /**
       * Where the exported agreement has it: a schedule before the signatures (the default,
       * also when absent), or a page of its own after them, not part of what is signed.
       */
      placement: z.enum(FACT_SHEET_PLACEMENTS).optional(),
    }),
    sentOn: optionalDate,
    signedOn: optionalDate,
    clientSignerName: lineText,
    coachSignerName: lineText,
    previousVersionId: id.nullable(),
    supersededById: id.nullable(),
  })
  .superRefine((agreement, ctx) => {
    if (agreement.status === 'signed' && agreement.signedOn === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['signedOn'],
        message: 'A signed agreement needs the date it was signed',
      });
    }
    if (agreement.status === 'signed' && agreement.clientSignerName.trim() === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['clientSignerName'],
        message: 'A signed agreement needs the name of the client who signed',
      });
    }
    if (agreement.status === 'superseded' && agreement.supersededById === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['supersededById'],
        message: 'A superseded agreement must name the version that replaced it',
      });
    }
  });
export type AgreementWorksheet = z.infer<typeof agreementWorksheet>;
