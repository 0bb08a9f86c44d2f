import { Paragraph, type FileChild } from 'docx';
import type { Client, SponsorReportChoice, Workbook, Worksheet } from '../../shared/schema';
import {
  confidentialLine,
  onlyParts,
  sponsorReportWorksheets,
  type PartFilter,
} from '../../shared/domain/sponsorReport';
import type { DocContext } from './layout';
import { preparedBy } from './frontMatter';
import { body, heading, label, note, subtitle, title } from './parts';
import { chapterTitle, sponsorSections } from './worksheetSections';

/** The sponsor report's title, on its first page and in its properties. */
export const SPONSOR_REPORT_TITLE = 'Coaching Progress Report';

function chapter(
  sheet: Worksheet,
  client: Client,
  workbook: Workbook,
  ctx: DocContext,
  wants: PartFilter,
): FileChild[] {
  const sections = sponsorSections(sheet, client, workbook, ctx, wants);
  return sections.length === 0 ? [] : [heading(1, chapterTitle(sheet)), ...sections];
}

/**
 * A report for the client's sponsor or manager: who it is about and for, then only the parts
 * the coach ticked of the worksheets they kept in. The full client report is for the client;
 * this one keeps what was not agreed to share (session content, private notes) out.
 */
export function sponsorReportSections(
  workbook: Workbook,
  client: Client,
  choice: SponsorReportChoice,
  ctx: DocContext,
): FileChild[] {
  const wants = onlyParts(choice.include);
  const sheets = sponsorReportWorksheets(workbook.worksheets, client.id, choice);
  const chapters = sheets.flatMap((sheet) => chapter(sheet, client, workbook, ctx, wants));
  const about = [client.role, client.organization].filter((p) => p.trim() !== '').join(', ');
  const name = client.name.trim();
  const coach = ctx.practice.coachName.trim() || 'their coach';
  return [
    title(SPONSOR_REPORT_TITLE),
    subtitle(name),
    ...(about === '' ? [] : [note(about)]),
    label(confidentialLine(choice.preparedFor)),
    note(preparedBy(ctx)),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
    body(
      `This report shares only what ${name} and ${coach} agreed to share with you. ` +
        'What is said in coaching sessions stays between them.',
    ),
    ...(chapters.length === 0 ? [body('', 'Nothing was chosen to share yet.')] : chapters),
  ];
}
