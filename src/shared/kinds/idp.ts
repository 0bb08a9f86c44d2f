import type { Activity, IdpWorksheet, Objective, ProgressEntry } from '../schema/idp';
import type { KindSpec } from './kindSpec';
import { idpProgress } from '../domain/idpProgress';
import { dated, dueBase, dueDetail, whose } from '../domain/due/dueItem';
import { firstLine } from '../domain/words';
import { plural } from '../domain/words';
import { renew } from './renew';

/** The Individual Development Plan. */
export const idpKind = {
  kind: 'idp',
  label: 'Individual Development Plan',
  buttonLabel: 'Development plan',
  defaultTitle: 'Individual Development Plan',
  document: 'idp',
  chapter: 1,
  create: (start): IdpWorksheet => ({
    ...start,
    kind: 'idp',
    profile: { name: '', position: '', organization: '', manager: '' },
    goals: { shortTerm: '', longTerm: '', strengths: '', areasToDevelop: '' },
    objectives: [],
    progressLog: [],
    review: {
      oneOnOneFrequency: 'everyTwoWeeks',
      oneOnOneMinutes: 30,
      nextReviewDate: null,
      salary: {
        raisePromised: false,
        inWriting: false,
        expectedDate: null,
        nextQuarterlyReview: null,
        alternatives: [],
        notes: '',
      },
    },
    signOff: {
      employeeName: '',
      employeeDate: null,
      reviewerName: '',
      reviewerRole: 'manager',
      reviewerDate: null,
    },
  }),
  renewItemIds: (sheet, newId) => ({
    ...sheet,
    objectives: sheet.objectives.map((o) => ({
      ...o,
      id: newId(),
      activities: renew(o.activities, newId),
    })),
    progressLog: renew(sheet.progressLog, newId),
  }),
  summary: (sheet, today) => {
    const progress = idpProgress(sheet, today);
    if (progress.objectivesTotal === 0) return 'No objectives yet';
    const late = progress.overdue.length > 0 ? `, ${progress.overdue.length} overdue` : '';
    return `${progress.objectivesDone} of ${plural(progress.objectivesTotal, 'objective', 'objectives')} done${late}`;
  },
  personName: (sheet) => sheet.profile.name,
  dueItems: (sheet, ctx) => {
    const progress = idpProgress(sheet, ctx.today, ctx.withinDays);
    return [...progress.overdue, ...progress.dueSoon].flatMap((objective) =>
      objective.targetDate === null
        ? []
        : [
            {
              ...dueBase(sheet),
              ...dated(objective.targetDate, ctx),
              kind: 'idpObjective' as const,
              itemId: objective.id,
              title: firstLine(objective.what, 'A development objective'),
              detail: `${dueDetail(objective.targetDate, ctx.today, ctx.format)}, in ${whose(sheet, ctx)} ${sheet.title.trim() || 'development plan'}.`,
            },
          ],
    );
  },
  items: {
    objective: (id: string): Objective => ({
      id,
      what: '',
      measure: '',
      targetDate: null,
      priority: 'medium',
      activities: [],
    }),
    activity: (id: string): Activity => ({
      id,
      kind: 'course',
      description: '',
      resources: '',
      managerSupport: '',
      status: 'notStarted',
      evidence: '',
    }),
    logEntry: (id: string, today: string): ProgressEntry => ({ id, date: today, entry: '' }),
  },
} satisfies KindSpec<'idp'>;
