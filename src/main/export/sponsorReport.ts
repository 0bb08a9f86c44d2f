import { Paragraph, type FileChild } from 'docx';
import type {
  AgreementWorksheet,
  Client,
  SponsorReportChoice,
  Workbook,
  Worksheet,
  WorksheetKind,
  WorksheetOfKind,
} from '../../shared/schema';
import {
  confidentialLine,
  onlyParts,
  sponsorReportWorksheets,
  type PartFilter,
} from '../../shared/domain/sponsorReport';
import { mergeValuesFor } from '../../shared/domain/mergeFields';
import type { DocContext } from './layout';
import { idpSections } from './idpDocument';
import { skillsSections } from './skillsDocument';
import { boundaryMapSections } from './boundaryMapDocument';
import { mentorsSections } from './mentorsDocument';
import { preparedBy } from './frontMatter';
import { body, fieldTable, heading, label, note, subtitle, title } from './parts';
import { chapterTitle } from './worksheetSections';

/** The sponsor report's title, on its first page and in its properties. */
export const SPONSOR_REPORT_TITLE = 'Coaching Progress Report';

/** Draws one kind of worksheet in a sponsor report: only the parts ticked. */
type SponsorBuilder<K extends WorksheetKind> = (
  sheet: WorksheetOfKind<K>,
  client: Client,
  workbook: Workbook,
  ctx: DocContext,
  wants: PartFilter,
) => FileChild[];

/** What an agreement says where a sponsor reads it: where it stands and what was agreed. */
function agreementInBrief(
  sheet: AgreementWorksheet,
  client: Client,
  workbook: Workbook,
  ctx: DocContext,
): FileChild[] {
  const values = mergeValuesFor({
    agreement: sheet,
    client,
    practice: ctx.practice,
    template: workbook.agreementTemplate,
    dateFormat: ctx.practice.dateFormat,
  });
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

/** The one place that knows how each kind shows in a sponsor report. */
const BUILDERS: { [K in WorksheetKind]: SponsorBuilder<K> } = {
  idp: (sheet, _client, _workbook, ctx, wants) => idpSections(sheet, ctx, 1, wants),
  skills: (sheet, _client, _workbook, ctx, wants) => skillsSections(sheet, ctx, 1, wants),
  boundaryMap: (sheet, _client, _workbook, ctx, wants) =>
    wants('boundary-map') ? boundaryMapSections(sheet, ctx, 1) : [],
  mentors: (sheet, _client, _workbook, ctx, wants) => mentorsSections(sheet, ctx, 1, wants),
  agreement: (sheet, client, workbook, ctx, wants) =>
    wants('agreement-summary') ? agreementInBrief(sheet, client, workbook, ctx) : [],
};

function builderOf<K extends WorksheetKind>(kind: K): SponsorBuilder<K> {
  return BUILDERS[kind];
}

function chapter(
  sheet: Worksheet,
  client: Client,
  workbook: Workbook,
  ctx: DocContext,
  wants: PartFilter,
): FileChild[] {
  const sections = builderOf(sheet.kind)(sheet, client, workbook, ctx, wants);
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
