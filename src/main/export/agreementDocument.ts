import { Paragraph, type FileChild } from 'docx';
import type { AgreementTemplate, AgreementWorksheet, Client } from '../../shared/schema';
import { isRichTextEmpty } from '../../shared/richText/plain';
import { richTextParagraphs } from './richText';
import {
  agreementValues,
  fillClauses,
  fillMergeFields,
  type MergeFieldValues,
} from '../../shared/domain/mergeFields';
import type { DocContext } from './layout';
import {
  blocks,
  dataTable,
  introNote,
  label,
  note,
  outline,
  signatureLines,
  type SignatureImage,
} from './parts';
import { imageSize } from './image';
import { signatureCertificate } from './signatureCertificate';
import { STYLE } from './styles';
import { linkedRuns, textRuns } from './text';
import { agreementChangesPage } from './agreementChanges';

function lines(...parts: string[]): string {
  return parts.filter((p) => p.trim() !== '').join('\n');
}

function partyCell(name: string, details: string): Paragraph[] {
  return [
    new Paragraph({ style: STYLE.tableText, children: textRuns(name, { bold: true }) }),
    ...(details.trim() === ''
      ? []
      : [new Paragraph({ style: STYLE.tableText, children: linkedRuns(details) })]),
  ];
}

/**
 * Who the agreement is between. Names, organisation, e-mails and the coach's phone are the
 * agreement's own merge values, frozen when it was sent, so the parties printed are the ones
 * its clauses (and a signature's fingerprint) name, whatever the records say later.
 */
function parties(client: Client, ctx: DocContext, values: MergeFieldValues): FileChild {
  const p = ctx.practice;
  const coach = lines(values.coachName, p.credentials);
  return dataTable(
    ctx,
    ['The client', 'The coach'],
    [
      [
        partyCell(
          values.clientName || client.name,
          lines(client.role, values.clientOrganization, values.clientEmail, client.phone),
        ),
        partyCell(
          coach,
          lines(values.businessName, values.coachEmail, values.coachPhone, p.website, p.address),
        ),
      ],
    ],
    [50, 50],
  );
}

/** Where the agreement stands, in words, for the line under its title. */
function standing(sheet: AgreementWorksheet, ctx: DocContext): string {
  switch (sheet.status) {
    case 'draft':
      return 'Draft for discussion, not yet for signature';
    case 'sent':
      return sheet.sentOn === null
        ? 'Sent for signature'
        : `Sent for signature on ${ctx.dateInWords(sheet.sentOn)}`;
    case 'signed':
      return sheet.signedOn === null ? 'Signed' : `Signed on ${ctx.dateInWords(sheet.signedOn)}`;
    case 'superseded':
      return 'Replaced by a newer version';
  }
}

/** "Version 2 · Signed on 3 August 2023", and a word on a version that was replaced. */
function statusLine(sheet: AgreementWorksheet, ctx: DocContext): FileChild[] {
  return [
    note(`Version ${sheet.version} · ${standing(sheet, ctx)}`),
    ...(sheet.status === 'superseded'
      ? [note('A newer version of this agreement replaces this one; it is kept as a record.')]
      : []),
  ];
}

/** The picture of the signature given in the room for `role`, if there is one we can read. */
function signatureImage(
  sheet: AgreementWorksheet,
  role: 'client' | 'coach',
): SignatureImage | undefined {
  const given = sheet.signatures?.find((s) => s.role === role);
  if (!given) return undefined;
  const data = Buffer.from(given.imagePngBase64, 'base64');
  const size = imageSize(data, 'png');
  // An unreadable picture is left out (the line then says who signed) rather than breaking the file.
  return size === null ? undefined : { data, size };
}

/**
 * The body of a client agreement, read as a contract: where it stands, the parties, every
 * clause with its merge fields filled in, the "what to expect" fact sheet as a schedule when it
 * is included, then the signatures (with who signed and when, once signed); or, as the coach
 * chooses, the fact sheet on a page of its own after the signatures, not part of what is signed.
 * A new version the coach asked it for has a page of what changed from `previous`; only in
 * the agreement's own document, not as a chapter of the client report. Signed in the room, the
 * lines show the signatures themselves and a certificate page ends it.
 */
export function agreementSections(
  sheet: AgreementWorksheet,
  client: Client,
  template: AgreementTemplate,
  ctx: DocContext,
  depth: 0 | 1,
  previous: AgreementWorksheet | null = null,
): FileChild[] {
  const o = outline(depth);
  const values = agreementValues(sheet, client, ctx.practice, template);
  const { clauses } = fillClauses(sheet.clauses, values);
  // A superseded version was signed only if it has the day it was signed: a version that was
  // sent and then replaced was never signed.
  const signed =
    sheet.signedOn !== null && (sheet.status === 'signed' || sheet.status === 'superseded');
  const signDate = signed ? ctx.date(sheet.signedOn) : '';
  const factSheet = fillMergeFields(sheet.factSheet.body, values).text;
  const hasFactSheet = sheet.factSheet.include && factSheet.trim() !== '';
  const onItsOwn = sheet.factSheet.placement === 'ownPage';
  return [
    ...statusLine(sheet, ctx),
    label('Between'),
    parties(client, ctx, values),
    // A clause with neither title nor text is left out; the others are numbered in order.
    ...clauses
      .filter((clause) => clause.title.trim() !== '' || !isRichTextEmpty(clause.body))
      .flatMap((clause, i) => [
        o.section(`${i + 1}. ${clause.title.trim() || 'Untitled clause'}`),
        ...richTextParagraphs(clause.body),
      ]),
    ...(hasFactSheet && !onItsOwn
      ? [
          o.section('Schedule: What to expect'),
          introNote('This schedule is part of the agreement: how the coaching goes, step by step.'),
          ...blocks(factSheet),
        ]
      : []),
    o.section('Signatures'),
    ...signatureLines(ctx, [
      {
        role: 'Client',
        name: sheet.clientSignerName.trim() || values.clientName || client.name,
        date: signDate,
        signed,
        image: signed ? signatureImage(sheet, 'client') : undefined,
      },
      {
        role: 'Coach',
        name: sheet.coachSignerName.trim() || values.coachName || ctx.practice.coachName,
        date: signDate,
        signed,
        image: signed ? signatureImage(sheet, 'coach') : undefined,
      },
    ]),
    ...(hasFactSheet && onItsOwn
      ? [
          o.section('What to expect', true),
          introNote('A guide to how the coaching goes, to keep: it is not part of what is signed.'),
          ...blocks(factSheet),
        ]
      : []),
    ...(depth === 0 && sheet.changesPage === true && previous !== null
      ? agreementChangesPage(sheet, previous, client, template, ctx)
      : []),
    ...(signed ? signatureCertificate(sheet.signatures ?? [], ctx, o) : []),
  ];
}
