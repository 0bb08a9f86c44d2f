import type { FileChild } from 'docx';
import type { AgreementWorksheet, Client, Workbook } from '../../shared/schema';
import { agreementValues } from '../../shared/domain/mergeFields';
import type { DocContext } from './layout';
import { fieldTable } from './parts';

/** What an agreement says where a sponsor reads it: where it stands and what was agreed. */
export function agreementInBrief(
  sheet: AgreementWorksheet,
  client: Client,
  workbook: Workbook,
  ctx: DocContext,
): FileChild[] {
  const values = agreementValues(sheet, client, ctx.practice, workbook.agreementTemplate);
  const status =
    sheet.status === 'signed'
      ? `Signed on ${ctx.dateInWords(sheet.signedOn)}`
      : sheet.status === 'sent'
        ? `Sent on ${ctx.dateInWords(sheet.sentOn)}, not signed yet`
        : 'Being prepared';
  const rows: [string, string][] = [
    ['Status', status],
    ['Working together since', values.startDate],
    ['Number of sessions', values.numberOfSessions],
    ['Session length', values.sessionLength],
    ['How often', values.sessionFrequency],
    ['Where sessions happen', values.sessionMedium],
  ];
  return fieldTable(ctx, rows);
}
