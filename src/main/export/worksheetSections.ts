import type { FileChild } from 'docx';
import type { Workbook, Worksheet } from '../../shared/schema';
import type { DocContext } from './layout';
import { idpSections } from './idpDocument';
import { skillsSections } from './skillsDocument';
import { boundaryMapSections } from './boundaryMapDocument';
import { mentorsSections } from './mentorsDocument';
import { agreementSections } from './agreementDocument';
import { body } from './parts';
import { cleanLine } from './text';
import { WORKSHEET_TITLES } from '../../shared/domain/emptyRecords';

/** Whom a worksheet is about: the name it was filled in for, else its client's name. */
export function personOf(sheet: Worksheet, workbook: Workbook): string {
  const client = workbook.clients.find((c) => c.id === sheet.clientId);
  const own =
    sheet.kind === 'idp'
      ? sheet.profile.name
      : sheet.kind === 'skills' || sheet.kind === 'mentors'
        ? sheet.personName
        : '';
  return own.trim() || client?.name.trim() || workbook.practice.coachName.trim();
}

/**
 * The body of any worksheet, at depth 0 on its own or depth 1 as a chapter of the client
 * report: the one place that knows which builder draws which kind.
 */
export function worksheetSections(
  sheet: Worksheet,
  workbook: Workbook,
  ctx: DocContext,
  depth: 0 | 1,
): FileChild[] {
  switch (sheet.kind) {
    case 'idp':
      return idpSections(sheet, ctx, depth);
    case 'skills':
      return skillsSections(sheet, ctx, depth);
    case 'boundaryMap':
      return boundaryMapSections(sheet, ctx, depth);
    case 'mentors':
      return mentorsSections(sheet, ctx, depth);
    case 'agreement': {
      const client = workbook.clients.find((c) => c.id === sheet.clientId);
      if (client === undefined) return [body('', 'This agreement has no client.')];
      return agreementSections(sheet, client, workbook.agreementTemplate, ctx, depth);
    }
  }
}

/**
 * How a worksheet is titled in a document: the kind's name (an agreement keeps its own), and
 * the coach's own title for it as a topic line when they gave it one (e.g. the situation a
 * boundary map is about).
 */
export function titlesOf(sheet: Worksheet): { title: string; topic: string } {
  const own = cleanLine(sheet.title).trim();
  if (sheet.kind === 'agreement') return { title: own || WORKSHEET_TITLES.agreement, topic: '' };
  const standard = WORKSHEET_TITLES[sheet.kind];
  return { title: standard, topic: own === standard ? '' : own };
}

/** A chapter heading for the client report: "Boundary Map: Rick's hotel wants…". */
export function chapterTitle(sheet: Worksheet): string {
  const { title, topic } = titlesOf(sheet);
  return topic === '' ? title : `${title}: ${topic}`;
}
