import { z } from 'zod';
import { channel } from './channel';
import { idInput } from './workbook';
import { id, isoDate, lineText, worksheet, agreementWorksheet, worksheetKind } from '../schema';

/** Kinds made with worksheets:create; agreements start from the template via agreements:create. */
export const creatableKind = worksheetKind.exclude(['agreement']);
export type CreatableKind = z.infer<typeof creatableKind>;

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
  'agreements:newVersion': channel(
    'Copy a sent or signed agreement into a new draft version of the same agreement.',
    idInput,
    agreementWorksheet,
  ),
} as const;
