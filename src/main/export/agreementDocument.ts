import { Paragraph, type FileChild } from 'docx';
import type { AgreementTemplate, AgreementWorksheet, Client } from '../../shared/schema';
import { fillClauses, fillMergeFields, mergeValuesFor } from '../../shared/domain/mergeFields';
import { AGREEMENT_STATUS_LABELS } from '../../shared/catalogue/labels';
import type { DocContext } from './layout';
import { blocks, dataTable, fieldTable, label, note, outline, signatureLines } from './parts';
import { STYLE } from './styles';
import { linkedRuns, textRuns } from './text';

function lines(...parts: string[]): string {
  return parts.filter((p) => p.trim() !== '').join('\n');
}

function partyCell(name: string, details: string): Paragraph[] {
  return [
    new Paragraph({ style: STYLE.tableText, children: textRuns(name || '—', { bold: true }) }),
    ...(details.trim() === ''
      ? []
      : [new Paragraph({ style: STYLE.tableText, children: linkedRuns(details) })]),
  ];
}

function parties(client: Client, ctx: DocContext): FileChild {
  const p = ctx.practice;
  const coach = lines(p.coachName, p.credentials);
  return dataTable(
    ctx,
    ['The client', 'The coach'],
    [
      [
        partyCell(client.name, lines(client.role, client.organization, client.email, client.phone)),
        partyCell(coach, lines(p.businessName, p.email, p.phone, p.website, p.address)),
      ],
    ],
    [50, 50],
  );
}

function statusLine(sheet: AgreementWorksheet, ctx: DocContext): FileChild[] {
  const rows: [string, string][] = [
    ['Version', String(sheet.version)],
    ['Status', AGREEMENT_STATUS_LABELS[sheet.status]],
  ];
  if (sheet.sentOn) rows.push(['Sent on', ctx.date(sheet.sentOn)]);
  if (sheet.signedOn) rows.push(['Signed on', ctx.date(sheet.signedOn)]);
  return [
    fieldTable(ctx, rows),
    ...(sheet.status === 'superseded'
      ? [note('A newer version of this agreement replaces this one; it is kept as a record.')]
      : []),
  ];
}

/**
 * The body of a client agreement: version and status, the parties, every clause with its merge
 * fields filled in, signature lines, and the "what to expect" fact sheet when it is included.
 */
export function agreementSections(
  sheet: AgreementWorksheet,
  client: Client,
  template: AgreementTemplate,
  ctx: DocContext,
  depth: 0 | 1,
): FileChild[] {
  const o = outline(depth);
  const values = mergeValuesFor({
    agreement: sheet,
    client,
    practice: ctx.practice,
    template,
    dateFormat: ctx.practice.dateFormat,
  });
  const { clauses } = fillClauses(sheet.clauses, values);
  const signDate = ctx.date(sheet.signedOn);
  const factSheet = fillMergeFields(sheet.factSheet.body, values).text;
  return [
    ...statusLine(sheet, ctx),
    label('Between'),
    parties(client, ctx),
    ...clauses.flatMap((clause, i) => [
      o.section(`${i + 1}. ${clause.title.trim() || 'Untitled clause'}`),
      ...blocks(clause.body, 'This clause has no text yet.'),
    ]),
    o.section('Signatures'),
    ...signatureLines(ctx, [
      { role: 'Client', name: sheet.clientSignerName.trim() || client.name, date: signDate },
      {
        role: 'Coach',
        name: sheet.coachSignerName.trim() || ctx.practice.coachName,
        date: signDate,
      },
    ]),
    ...(sheet.factSheet.include
      ? [o.section('What to expect', true), ...blocks(factSheet, 'The fact sheet has no text yet.')]
      : []),
  ];
}
