import type { FileChild } from 'docx';
import type { IdpWorksheet, Objective } from '../../shared/schema';
import { idpProgress, isOpenObjective, objectiveState } from '../../shared/domain/idpProgress';
import {
  ACTIVITY_KIND_LABELS,
  ACTIVITY_STATUS_LABELS,
  ALTERNATIVE_COMPENSATION_LABELS,
  ONE_ON_ONE_FREQUENCY_LABELS,
  PRIORITY_LABELS,
  REVIEWER_ROLE_LABELS,
} from '../../shared/catalogue/labels';
import { EVERY_PART, type PartFilter } from '../../shared/domain/sponsorReport';
import { firstLine } from '../../shared/domain/words';
import type { DocContext } from './layout';
import {
  body,
  bullets,
  dataTable,
  dueDate,
  fieldTable,
  label,
  introNote,
  outline,
  part,
  passage,
  progressBar,
  signatureLines,
  spacer,
  yesNo,
  type CellContent,
} from './parts';
import { figure } from './pictures/figure';
import { idpChart } from './pictures/idpChart';

const OBJECTIVE_STATE_LABELS = {
  notStarted: 'Not started',
  inProgress: 'In progress',
  done: 'Done',
  dropped: 'Dropped',
} as const;

function progressSection(sheet: IdpWorksheet, ctx: DocContext): FileChild[] {
  const progress = idpProgress(sheet, ctx.today);
  const dueLine = (o: Objective): string =>
    `${firstLine(o.what, 'Objective')} (${ctx.date(o.targetDate)})`;
  const chart = figure(
    ctx,
    idpChart(sheet, {
      today: ctx.today,
      date: (iso) => ctx.date(iso),
      name: (objective) => firstLine(objective.what, 'Objective'),
    }),
  );
  return [
    introNote(`As of ${ctx.dateInWords(ctx.today)}: ${progress.percent}% of the plan is complete.`),
    // The chart shows each objective; without one, a bar shows the whole plan.
    ...(chart.length > 0 ? chart : [progressBar(ctx, progress.percent), spacer()]),
    ...fieldTable(ctx, [
      ['Objectives done', `${progress.objectivesDone} of ${progress.objectivesTotal}`],
      ['Activities done', `${progress.activitiesDone} of ${progress.activitiesTotal}`],
      ['Overdue', progress.overdue.map(dueLine).join('\n')],
      ['Due in the next 30 days', progress.dueSoon.map(dueLine).join('\n')],
    ]),
  ];
}

function objectiveBlock(
  objective: Objective,
  index: number,
  ctx: DocContext,
  depth: 0 | 1,
): FileChild[] {
  const o = outline(depth);
  const rows: CellContent[][] = objective.activities.map((a) => [
    ACTIVITY_KIND_LABELS[a.kind],
    a.description,
    [a.resources, a.managerSupport && `Support: ${a.managerSupport}`].filter(Boolean).join('\n'),
    ACTIVITY_STATUS_LABELS[a.status],
    a.evidence,
  ]);
  return [
    o.sub(`${index + 1}. ${firstLine(objective.what, 'Objective')}`),
    ...(objective.what.trim().includes('\n') ? [body(objective.what)] : []),
    ...fieldTable(ctx, [
      ['How success is measured', objective.measure],
      ['Target date', dueDate(ctx, objective.targetDate, isOpenObjective(objective))],
      ['Priority', PRIORITY_LABELS[objective.priority]],
      ['Status', OBJECTIVE_STATE_LABELS[objectiveState(objective)]],
    ]),
    ...(rows.length === 0
      ? []
      : [
          label('Activities'),
          dataTable(
            ctx,
            ['Activity', 'Description', 'Resources and support', 'Status', 'Evidence'],
            rows,
            [16, 30, 22, 12, 20],
          ),
        ]),
  ];
}

/**
 * The body of an IDP: profile, goals, progress, objectives, log, review rhythm, salary plan,
 * sign-off; a sponsor report shows only the parts `wants` keeps.
 */
export function idpSections(
  sheet: IdpWorksheet,
  ctx: DocContext,
  depth: 0 | 1,
  wants: PartFilter = EVERY_PART,
): FileChild[] {
  const o = outline(depth);
  const { profile, goals, review, signOff } = sheet;
  const salary = review.salary;
  const log = [...sheet.progressLog].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  const salaryTalked =
    salary.raisePromised ||
    salary.inWriting ||
    salary.expectedDate !== null ||
    salary.nextQuarterlyReview !== null ||
    salary.alternatives.length > 0 ||
    salary.notes.trim() !== '';
  const goalsPart = [
    ...part(
      o.section('Profile'),
      fieldTable(ctx, [
        ['Name', profile.name],
        ['Current position', profile.position],
        ['Organization', profile.organization],
        ['Manager', profile.manager],
      ]),
    ),
    ...part(o.section('Career goals'), [
      ...passage('Short term (about a year)', goals.shortTerm),
      ...passage('Long term (three to five years)', goals.longTerm),
      ...passage('Strengths', goals.strengths),
      ...passage('Areas to develop', goals.areasToDevelop),
    ]),
  ];
  const progressPart =
    sheet.objectives.length === 0
      ? []
      : [
          o.section('Progress at a glance'),
          ...progressSection(sheet, ctx),
          o.section('Development objectives'),
          ...sheet.objectives.flatMap((objective, i) => objectiveBlock(objective, i, ctx, depth)),
        ];
  const logPart = part(
    o.section('Progress log'),
    log.length === 0
      ? []
      : [
          dataTable(
            ctx,
            ['Date', 'What happened'],
            log.map((e) => [ctx.date(e.date), e.entry]),
            [20, 80],
          ),
        ],
  );
  const rhythmPart = [
    o.section('Review rhythm'),
    ...fieldTable(ctx, [
      [
        'One-on-ones',
        `${ONE_ON_ONE_FREQUENCY_LABELS[review.oneOnOneFrequency]}, ${review.oneOnOneMinutes} minutes`,
      ],
      ['Next review', dueDate(ctx, review.nextReviewDate)],
    ]),
  ];
  const salaryPart = salaryTalked
    ? [
        // Under the review rhythm when that is shown, else a section of its own.
        wants('idp-review') ? o.sub('Salary conversation') : o.section('Salary conversation'),
        ...fieldTable(ctx, [
          ['Raise promised', yesNo(salary.raisePromised)],
          ['Promise in writing', yesNo(salary.inWriting)],
          ['Expected by', ctx.date(salary.expectedDate)],
          ['Next quarterly check', ctx.date(salary.nextQuarterlyReview)],
        ]),
        ...part(
          label('Alternatives the manager can offer'),
          bullets(salary.alternatives.map((a) => ALTERNATIVE_COMPENSATION_LABELS[a])),
        ),
        ...passage('Notes', salary.notes),
      ]
    : [];
  const signOffPart = [
    o.section('Sign-off'),
    ...signatureLines(ctx, [
      { role: 'Employee', name: signOff.employeeName, date: ctx.date(signOff.employeeDate) },
      {
        role: REVIEWER_ROLE_LABELS[signOff.reviewerRole],
        name: signOff.reviewerName,
        date: ctx.date(signOff.reviewerDate),
      },
    ]),
  ];
  return [
    ...(wants('idp-goals') ? goalsPart : []),
    ...(wants('idp-progress') ? progressPart : []),
    ...(wants('idp-log') ? logPart : []),
    ...(wants('idp-review') ? rhythmPart : []),
    ...(wants('idp-salary') ? salaryPart : []),
    ...(wants('idp-review') ? signOffPart : []),
  ];
}
