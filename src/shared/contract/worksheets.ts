import { z } from 'zod';
import { channel } from './channel';
import { idInput } from './workbook';
import {
  agreementSignature,
  agreementWorksheet,
  id,
  isoDate,
  lineText,
  sha256Hex,
  timestamp,
  worksheet,
  worksheetKind,
} from '../schema';

/** Kinds made with worksheets:create; agreements start from the template via agreements:create. */
export const creatableKind = worksheetKind.exclude(['agreement']);
export type CreatableKind = z.infer<typeof creatableKind>;

/** One signature as the signing view gives it; main adds the time and the text's fingerprint. */
function signatureGiven<R extends 'client' | 'coach'>(role: R) {
  return agreementSignature
    .pick({ name: true, method: true, imagePngBase64: true })
    .extend({ role: z.literal(role) });
}

/** What a fingerprint check found for one signature. */
export const signatureCheck = z.strictObject({
  role: agreementSignature.shape.role,
  name: lineText,
  signedAt: timestamp,
  /** The text kept now has the fingerprint the signer signed. */
  matches: z.boolean(),
  /** The fingerprint signed and the one of the text kept now, in full (shorten them to show). */
  signedSha256: sha256Hex,
  currentSha256: sha256Hex,
});
export type SignatureCheck = z.infer<typeof signatureCheck>;

export const worksheetsChannels = {
  'worksheets:list': channel(
    "Worksheets of one client, or the coach's own (clientId null), or all when clientId is absent.",
    z.strictObject({ clientId: id.nullable().optional() }),
    z.array(worksheet),
  ),
  'worksheets:get': channel('One worksheet.', idInput, worksheet),
  'worksheets:create': channel(
    'Start an empty worksheet of a kind, for a client or for the coach.',
    z.strictObject({ kind: creatableKind, clientId: id.nullable(), title: lineText.optional() }),
    worksheet,
  ),
  'worksheets:save': channel(
    'Replace a worksheet with an edited copy. Locked agreements are refused.',
    z.strictObject({ worksheet }),
    worksheet,
  ),
  'worksheets:duplicate': channel(
    'Copy a worksheet; a copied agreement starts as a new draft.',
    idInput,
    worksheet,
  ),
  'worksheets:delete': channel(
    'Delete a worksheet; returns it for undo. Signed agreements are kept as history.',
    idInput,
    worksheet,
  ),
  'worksheets:undelete': channel(
    'Put back a worksheet removed by worksheets:delete.',
    z.strictObject({ worksheet }),
    worksheet,
  ),
} as const;

export const agreementsChannels = {
  'agreements:create': channel(
    'Start a client agreement from the practice template.',
    z.strictObject({ clientId: id }),
    agreementWorksheet,
  ),
  'agreements:markSent': channel(
    'Mark a draft as sent to the client; merge values are frozen.',
    z.strictObject({ id, sentOn: isoDate }),
    agreementWorksheet,
  ),
  'agreements:markSigned': channel(
    'Mark an agreement signed; it is locked from then on and replaces any earlier signed version.',
    z.strictObject({
      id,
      signedOn: isoDate,
      clientSignerName: lineText.refine((v) => v.trim() !== '', 'Who signed for the client?'),
      coachSignerName: lineText,
    }),
    agreementWorksheet,
  ),
  'agreements:signInRoom': channel(
    'Sign a sent agreement in the room: the client, then the coach, each with a drawn or typed signature kept as a PNG. Main fingerprints the text signed and locks the agreement as markSigned does.',
    z.strictObject({
      id,
      signatures: z.tuple([signatureGiven('client'), signatureGiven('coach')]),
      /**
       * The SHA-256 of the text the signing view showed (see agreementText): main signs only
       * when it is the fingerprint of the text it keeps, so what was signed is what was read.
       */
      textSha256: sha256Hex,
    }),
    agreementWorksheet,
  ),
  'agreements:verifySignatures': channel(
    'Check, for each signature given in the room, whether the text kept still has the fingerprint signed.',
    idInput,
    z.strictObject({ checks: z.array(signatureCheck).min(1).max(2) }),
  ),
  'agreements:newVersion': channel(
    'Copy a sent or signed agreement into a new draft version of the same agreement.',
    idInput,
    agreementWorksheet,
  ),
} as const;
