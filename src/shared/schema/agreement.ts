import { z } from 'zod';
import { id, lineText, list, longText, optionalDate, timestamp } from './common';
import { worksheetBaseFields } from './worksheetBase';
import { richText } from '../richText/schema';
import { DEFAULT_MERGE_FIELD_KEYS, MERGE_FIELD_KEYS } from '../catalogue/mergeFields';

export const clause = z.strictObject({
  id,
  title: lineText,
  /** Clause text as rich text, merge fields included (see src/shared/richText). */
  body: richText,
});
export type Clause = z.infer<typeof clause>;

/** Values for merge fields, by key. A missing key falls back to its source. */
export const mergeValues = z.partialRecord(z.enum(MERGE_FIELD_KEYS), longText);
export type MergeValues = z.infer<typeof mergeValues>;

/** A SHA-256 digest, 64 lower-case hexadecimal digits. */
export const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'Not a SHA-256 fingerprint');

/** Largest Word document a coach can bring as their agreement template. */
export const MAX_WORD_TEMPLATE_BYTES = 10 * 1024 * 1024;

/**
 * A Word document the coach brought as their own agreement. The file itself is kept in the
 * workbook folder as `templates/<sha256>.docx`: named by its content, written once and never
 * changed, so an agreement made from it can always be produced again exactly, and two
 * computers sharing the folder never write different files under one name.
 */
export const wordDocumentRef = z.strictObject({
  /** The name the file had when the coach chose it, e.g. "My coaching agreement.docx". */
  fileName: lineText,
  sha256: sha256Hex,
  size: z.number().int().min(1).max(MAX_WORD_TEMPLATE_BYTES),
  importedAt: timestamp,
});
export type WordDocumentRef = z.infer<typeof wordDocumentRef>;

/** Largest signature image we keep (base64 of about 375 KB of PNG). */
export const MAX_SIGNATURE_BASE64_LENGTH = 500_000;

export const SIGNER_ROLES = ['client', 'coach'] as const;
export type SignerRole = (typeof SIGNER_ROLES)[number];

/**
 * One signature given in the room on the coach's laptop: drawn with a pointer or finger, or
 * typed and drawn in a handwriting style; either way kept as a PNG. `textSha256` is the
 * SHA-256 of the exact agreement text the signer saw (see `agreementText`), so a later check
 * can show whether the text kept is still the text signed.
 */
export const agreementSignature = z.strictObject({
  role: z.enum(SIGNER_ROLES),
  name: lineText.refine((v) => v.trim() !== '', 'Whose signature is it?'),
  signedAt: timestamp,
  method: z.enum(['drawn', 'typed']),
  /** The signature as a PNG, base64 without a data: prefix. */
  imagePngBase64: z
    .string()
    .min(1)
    .max(MAX_SIGNATURE_BASE64_LENGTH, 'The signature image is too large')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The signature image is not valid base64 data'),
  textSha256: sha256Hex,
});
export type AgreementSignature = z.infer<typeof agreementSignature>;

/** The practice's default agreement: written once, every client's agreement starts from it. */
export const agreementTemplate = z.strictObject({
  title: lineText,
  clauses: list(clause),
  /** Practice-wide values for fees, session format and the like. */
  defaults: z.partialRecord(z.enum(DEFAULT_MERGE_FIELD_KEYS), longText),
  /** The short "what to expect" fact sheet handed over with the agreement. */
  factSheet: longText,
  /**
   * The coach's own Word agreement, when they brought one: every new client agreement is then
   * made by filling that document, and the clauses above are kept but not used.
   */
  wordDocument: wordDocumentRef.optional(),
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
    /** Made from the coach's own Word document (filled with `mergeValues`), not from clauses. */
    wordDocument: wordDocumentRef.optional(),
    /** Signatures given in the room ("Sign now"), client first; absent when signed on paper. */
    signatures: z.array(agreementSignature).max(2).optional(),
    /** The exported version ends with a page of what changed from the version before. */
    changesPage: z.boolean().optional(),
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
    const signatures = agreement.signatures ?? [];
    if (signatures.length > 0 && !isLockedStatus(agreement.status)) {
      ctx.addIssue({
        code: 'custom',
        path: ['signatures'],
        message: 'Only a signed agreement has signatures',
      });
    }
    if (signatures.some((s, i) => s.role !== SIGNER_ROLES[i])) {
      ctx.addIssue({
        code: 'custom',
        path: ['signatures'],
        message: 'Signatures are the client’s, then the coach’s',
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
