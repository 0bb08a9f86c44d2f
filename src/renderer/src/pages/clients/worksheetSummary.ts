import type { Worksheet } from '../../../../shared/schema';
import type { CreatableKind } from '../../../../shared/contract';
import { AGREEMENT_STATUS_LABELS, DECISION_LABELS } from '../../../../shared/catalogue/labels';
import { idpProgress } from '../../../../shared/domain/idpProgress';
import { mentorCoverage } from '../../../../shared/domain/mentorCoverage';
import { strongestSkills } from '../../../../shared/domain/skillsSummary';

/** The four worksheet kinds made from scratch, with the short names used on buttons. */
export const CREATABLE_KINDS: readonly { kind: CreatableKind; label: string }[] = [
  { kind: 'idp', label: 'Development plan' },
  { kind: 'skills', label: 'Skills inventory' },
  { kind: 'boundaryMap', label: 'Boundary map' },
  { kind: 'mentors', label: 'Mentor list' },
];

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** One line on where a worksheet stands, for lists of worksheets. */
export function worksheetSummary(sheet: Worksheet, today: string): string {
  switch (sheet.kind) {
    case 'idp': {
      const progress = idpProgress(sheet, today);
      if (progress.objectivesTotal === 0) return 'No objectives yet';
      const late = progress.overdue.length > 0 ? `, ${progress.overdue.length} overdue` : '';
      return `${progress.objectivesDone} of ${plural(progress.objectivesTotal, 'objective', 'objectives')} done${late}`;
    }
    case 'skills': {
      if (sheet.entries.length === 0) return 'No skills listed yet';
      const strong = strongestSkills(sheet).length;
      return `${plural(sheet.entries.length, 'skill', 'skills')}, ${strong} strong and enjoyed`;
    }
    case 'boundaryMap':
      return sheet.decision.choice === 'undecided'
        ? 'Decision still open'
        : `Decision: ${DECISION_LABELS[sheet.decision.choice]}`;
    case 'mentors': {
      if (sheet.areas.length === 0) return 'No mentoring areas yet';
      const open = mentorCoverage(sheet).uncoveredAreas.length;
      const people = plural(sheet.candidates.length, 'person', 'people');
      return open === 0
        ? `${people}, every area covered`
        : `${people}, ${plural(open, 'area', 'areas')} with nobody yet`;
    }
    case 'agreement':
      return `Version ${sheet.version}: ${AGREEMENT_STATUS_LABELS[sheet.status]}`;
  }
}
