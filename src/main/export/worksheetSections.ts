import type { FileChild } from 'docx';
import type { Workbook, Worksheet, WorksheetKind, WorksheetOfKind } from '../../shared/schema';
import type { DocContext } from './layout';
import { idpSections } from './idpDocument';
import { skillsSections } from './skillsDocument';
import { boundaryMapSections } from './boundaryMapDocument';
import { mentorsSections } from './mentorsDocument';
import { agreementSections } from './agreementDocument';
import { body } from './parts';
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

/** The one place that knows which builder draws which kind. */
const BUILDERS: { [K in WorksheetKind]: SectionsBuilder<K> } = {
  idp: (sheet, _workbook, ctx, depth) => idpSections(sheet, ctx, depth),
  skills: (sheet, _workbook, ctx, depth) => skillsSections(sheet, ctx, depth),
  boundaryMap: (sheet, _workbook, ctx, depth) => boundaryMapSections(sheet, ctx, depth),
  mentors: (sheet, _workbook, ctx, depth) => mentorsSections(sheet, ctx, depth),
  agreement: (sheet, workbook, ctx, depth) => {
    const client = workbook.clients.find((c) => c.id === sheet.clientId);
    if (client === undefined) return [body('', 'This agreement has no client.')];
    return agreementSections(sheet, client, workbook.agreementTemplate, ctx, depth);
  },
};

function builderOf<K extends WorksheetKind>(kind: K): SectionsBuilder<K> {
  return BUILDERS[kind];
}

/** The body of any worksheet, at depth 0 on its own or depth 1 as a chapter of the client report. */
export function worksheetSections(
  sheet: Worksheet,
  workbook: Workbook,
  ctx: DocContext,
  depth: 0 | 1,
): FileChild[] {
  const sections = builderOf(sheet.kind)(sheet, workbook, ctx, depth);
  return sections.length > 0 ? sections : [body('Nothing has been filled in yet.')];
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
