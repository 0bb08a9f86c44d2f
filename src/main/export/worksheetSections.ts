import type { FileChild } from 'docx';
import type {
  AgreementWorksheet,
  Client,
  Workbook,
  Worksheet,
  WorksheetKind,
  WorksheetOfKind,
} from '../../shared/schema';
import type { PartFilter } from '../../shared/domain/sponsorReport';
import type { DocContext } from './layout';
import { idpSections } from './idpDocument';
import { skillsSections } from './skillsDocument';
import { boundaryMapSections } from './boundaryMapDocument';
import { mentorsSections } from './mentorsDocument';
import { agreementSections } from './agreementDocument';
import { agreementInBrief } from './agreementInBrief';
import { body, note } from './parts';
import { cleanLine } from './text';
import { kindSpec, withSpec } from '../../shared/kinds';

/** Whom a worksheet is about: the name it was filled in for, else its client's name. */
export function personOf(sheet: Worksheet, workbook: Workbook): string {
  const client = workbook.clients.find((c) => c.id === sheet.clientId);
  const own = withSpec(sheet, (spec, s) => spec.personName(s));
  return own.trim() || client?.name.trim() || workbook.practice.coachName.trim();
}

/** Draws the body of one kind of worksheet, at depth 0 on its own or 1 in the client report. */
type SectionsBuilder<K extends WorksheetKind> = (
  sheet: WorksheetOfKind<K>,
  workbook: Workbook,
  ctx: DocContext,
  depth: 0 | 1,
) => FileChild[];

/** Draws one kind of worksheet in a sponsor report: only the parts ticked. */
type SponsorBuilder<K extends WorksheetKind> = (
  sheet: WorksheetOfKind<K>,
  client: Client,
  workbook: Workbook,
  ctx: DocContext,
  wants: PartFilter,
) => FileChild[];

/** How one kind is written to Word: whole, and as much as a sponsor may read. */
interface KindBuilders<K extends WorksheetKind> {
  sections: SectionsBuilder<K>;
  sponsor: SponsorBuilder<K>;
}

/** The one place that knows which builder draws which kind, whole or for a sponsor. */
const BUILDERS: { [K in WorksheetKind]: KindBuilders<K> } = {
  idp: {
    sections: (sheet, _workbook, ctx, depth) => idpSections(sheet, ctx, depth),
    sponsor: (sheet, _client, _workbook, ctx, wants) => idpSections(sheet, ctx, 1, wants),
  },
  skills: {
    sections: (sheet, _workbook, ctx, depth) => skillsSections(sheet, ctx, depth),
    sponsor: (sheet, _client, _workbook, ctx, wants) => skillsSections(sheet, ctx, 1, wants),
  },
  boundaryMap: {
    sections: (sheet, _workbook, ctx, depth) => boundaryMapSections(sheet, ctx, depth),
    sponsor: (sheet, _client, _workbook, ctx, wants) =>
      wants('boundary-map') ? boundaryMapSections(sheet, ctx, 1) : [],
  },
  mentors: {
    sections: (sheet, _workbook, ctx, depth) => mentorsSections(sheet, ctx, depth),
    sponsor: (sheet, _client, _workbook, ctx, wants) => mentorsSections(sheet, ctx, 1, wants),
  },
  agreement: {
    sections: (sheet, workbook, ctx, depth) => {
      const client = workbook.clients.find((c) => c.id === sheet.clientId);
      if (client === undefined) return [body('This agreement has no client.')];
      // The coach's own Word document is exported on its own, filled: here, where it stands.
      if (sheet.wordDocument !== undefined) {
        return [
          ...agreementInBrief(sheet, client, workbook, ctx),
          note(
            `The full agreement is the coach's own Word document, “${cleanLine(sheet.wordDocument.fileName)}”, filled in for ${cleanLine(client.name)} and exported on its own.`,
          ),
        ];
      }
      const previous = workbook.worksheets.find(
        (w): w is AgreementWorksheet => w.kind === 'agreement' && w.id === sheet.previousVersionId,
      );
      const template = workbook.agreementTemplate;
      return agreementSections(sheet, client, template, ctx, depth, previous ?? null);
    },
    // Never its clauses or fees: where it stands and what was agreed about the sessions.
    sponsor: (sheet, client, workbook, ctx, wants) =>
      wants('agreement-summary') ? agreementInBrief(sheet, client, workbook, ctx) : [],
  },
};

function buildersOf<K extends WorksheetKind>(kind: K): KindBuilders<K> {
  return BUILDERS[kind];
}

/** The body of any worksheet, at depth 0 on its own or depth 1 as a chapter of the client report. */
export function worksheetSections(
  sheet: Worksheet,
  workbook: Workbook,
  ctx: DocContext,
  depth: 0 | 1,
): FileChild[] {
  const sections = buildersOf(sheet.kind).sections(sheet, workbook, ctx, depth);
  return sections.length > 0 ? sections : [body('Nothing has been filled in yet.')];
}

/** What a sponsor report shows of a worksheet: only the parts `wants` keeps (maybe nothing). */
export function sponsorSections(
  sheet: Worksheet,
  client: Client,
  workbook: Workbook,
  ctx: DocContext,
  wants: PartFilter,
): FileChild[] {
  return buildersOf(sheet.kind).sponsor(sheet, client, workbook, ctx, wants);
}

/**
 * How a worksheet is titled in a document: the kind's name (an agreement keeps its own), and
 * the coach's own title for it as a topic line when they gave it one (e.g. the situation a
 * boundary map is about).
 */
export function titlesOf(sheet: Worksheet): { title: string; topic: string } {
  const own = cleanLine(sheet.title).trim();
  const standard = kindSpec(sheet.kind).defaultTitle;
  if (sheet.kind === 'agreement') return { title: own || standard, topic: '' };
  return { title: standard, topic: own === standard ? '' : own };
}

/** A chapter heading for the client report: "Boundary Map: Rick's hotel wants…". */
export function chapterTitle(sheet: Worksheet): string {
  const { title, topic } = titlesOf(sheet);
  return topic === '' ? title : `${title}: ${topic}`;
}
