import { Paragraph, TableOfContents, TextRun, type FileChild } from 'docx';
import type { Client, Workbook, Worksheet } from '../../shared/schema';
import { clientReportWorksheets } from '../../shared/domain/reportWorksheets';
import { confidentialLine } from '../../shared/domain/sponsorReport';
import { CLIENT_STATUS_LABELS } from '../../shared/catalogue/labels';
import { logoRun, type DocContext } from './layout';
import { body, fieldTable, heading, label, note, subtitle, title } from './parts';
import { COLORS, STYLE } from './styles';
import { chapterTitle, worksheetSections } from './worksheetSections';

/** The worksheets the client report shows, in chapter order (see clientReportWorksheets). */
export function reportWorksheets(workbook: Workbook, clientId: string): Worksheet[] {
  return clientReportWorksheets(workbook.worksheets, clientId);
}

function cover(client: Client, ctx: DocContext): FileChild[] {
  const about = [client.role, client.organization].filter((p) => p.trim() !== '').join(', ');
  const p = ctx.practice;
  const logo = logoRun(p, 240, 80);
  const contact = [p.businessName, p.email, p.phone, p.website].filter((x) => x.trim() !== '');
  return [
    new Paragraph({ spacing: { before: 1200, after: 1200 }, children: logo ? [logo] : [] }),
    new Paragraph({
      spacing: { before: 0, after: 240 },
      border: { top: { style: 'single', size: 24, color: COLORS.accent, space: 1 } },
      children: [],
    }),
    title('Coaching Report'),
    subtitle(client.name),
    ...(about === '' ? [] : [note(about)]),
    label(confidentialLine(client.name)),
    new Paragraph({ spacing: { before: 3600 }, children: [] }),
    ...(p.coachName.trim() === ''
      ? []
      : [label(`${p.coachName}${p.credentials.trim() ? `, ${p.credentials}` : ''}`)]),
    ...contact.map((line) => note(line)),
    note(`Prepared on ${ctx.dateInWords(ctx.today)}`),
  ];
}

/** The contents, under what the report says about the client on the page after the cover. */
function contents(): FileChild[] {
  return [
    new Paragraph({
      style: STYLE.contentsHeading,
      children: [new TextRun('Contents')],
    }),
    new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-2' }),
  ];
}

function aboutClient(client: Client, ctx: DocContext): FileChild[] {
  // Private notes, fit and referral source are the coach's own: they stay out of the report.
  return [
    // First after the cover, with the contents under it: a page of its own was mostly blank.
    heading(1, `About ${client.name.trim() || 'the client'}`, true),
    ...fieldTable(ctx, [
      ['Name', client.name],
      ['Organization', client.organization],
      ['Role', client.role],
      ['E-mail', client.email],
      ['Working together since', ctx.date(client.startDate)],
      ['Status', CLIENT_STATUS_LABELS[client.status]],
      ['Next yearly check-in', ctx.date(client.yearlyCheckInDate)],
    ]),
  ];
}

/** The client report: cover, contents, the client, then each worksheet as a chapter. */
export function clientReportSections(
  workbook: Workbook,
  client: Client,
  ctx: DocContext,
): FileChild[] {
  const sheets = reportWorksheets(workbook, client.id);
  return [
    ...cover(client, ctx),
    ...aboutClient(client, ctx),
    ...contents(),
    ...(sheets.length === 0
      ? [body('There are no worksheets for this client yet.')]
      : sheets.flatMap((sheet) => [
          heading(1, chapterTitle(sheet), true),
          ...worksheetSections(sheet, workbook, ctx, 1),
        ])),
  ];
}
