import {
  ALTERNATIVE_COMPENSATION,
  ONE_ON_ONE_FREQUENCIES,
  type ActivityStatus,
  type IdpWorksheet,
} from '../../shared/schema';
import { addDays } from '../../shared/domain/dates';
import { childIds, fill, sheetBase, type SheetContext } from './context';
import {
  AREAS_TO_DEVELOP,
  LONG_TERM_GOALS,
  OBJECTIVES,
  PROGRESS_NOTES,
  SALARY_NOTES,
  SHORT_TERM_GOALS,
  STRENGTHS,
  type ActivityIdea,
} from './idpPhrases';

/** Activity status that fits how far the target date is from the day the plan is seen from. */
function statusFor(ctx: SheetContext, targetDate: string): ActivityStatus {
  const { rng } = ctx;
  if (rng.chance(0.08)) return 'dropped';
  if (targetDate < ctx.asOf)
    return rng.weighted([
      ['done', 5],
      ['inProgress', 3],
    ] as const);
  if (targetDate < addDays(ctx.asOf, 45)) {
    return rng.weighted([
      ['inProgress', 5],
      ['done', 2],
      ['notStarted', 1],
    ] as const);
  }
  return rng.weighted([
    ['notStarted', 4],
    ['inProgress', 3],
    ['done', 1],
  ] as const);
}

function activityFrom(ctx: SheetContext, idea: ActivityIdea, id: string, targetDate: string) {
  const status = statusFor(ctx, targetDate);
  return {
    id,
    kind: idea.kind,
    description: fill(idea.description, ctx.person),
    resources: idea.resources,
    managerSupport: idea.managerSupport,
    status,
    evidence: status === 'done' ? idea.evidence : '',
  };
}

/** A filled-in development plan: goals, objectives with activities, log, review and sign-off. */
export function sampleIdp(ctx: SheetContext, id: string, manager: string): IdpWorksheet {
  const { rng, person, asOf } = ctx;
  const objectiveId = childIds(id, 'o');
  const objectives = rng.some(OBJECTIVES, rng.int(2, 4)).map((idea) => {
    // Target dates spread from two months ago to eight months ahead: some overdue, some soon.
    const targetDate = addDays(asOf, rng.int(-60, 240));
    const oid = objectiveId();
    const activityId = childIds(oid, 'a');
    const ideas = rng.some(idea.activities, rng.int(1, idea.activities.length));
    return {
      id: oid,
      what: fill(idea.what, person),
      measure: fill(idea.measure, person),
      targetDate: rng.chance(0.05) ? null : targetDate,
      priority: rng.pick(['high', 'medium', 'low'] as const),
      activities: ideas.map((a) => activityFrom(ctx, a, activityId(), targetDate)),
    };
  });
  const logId = childIds(id, 'p');
  const logDays = Array.from({ length: rng.int(1, 5) }, () => rng.int(3, 150)).sort(
    (a, b) => b - a,
  );
  const progressLog = rng.some(PROGRESS_NOTES, logDays.length).map((entry, i) => ({
    id: logId(),
    date: addDays(asOf, -(logDays[i] ?? 0)),
    entry,
  }));
  const raisePromised = rng.chance(0.3);
  const reviewerIsCoach = ctx.clientId === null || rng.chance(0.3);
  return {
    ...sheetBase(ctx, id, 'idp'),
    kind: 'idp',
    profile: {
      name: person.name,
      position: person.role,
      organization: person.organization,
      manager,
    },
    goals: {
      shortTerm: fill(rng.pick(SHORT_TERM_GOALS), person),
      longTerm: fill(rng.pick(LONG_TERM_GOALS), person),
      strengths: rng.some(STRENGTHS, 2).join(' '),
      areasToDevelop: rng.some(AREAS_TO_DEVELOP, 2).join(' '),
    },
    objectives,
    progressLog,
    review: {
      oneOnOneFrequency: rng.weighted(ONE_ON_ONE_FREQUENCIES.map((f, i) => [f, 4 - i] as const)),
      oneOnOneMinutes: rng.pick([30, 30, 45, 60]),
      nextReviewDate: addDays(asOf, rng.int(-10, 80)),
      salary: {
        raisePromised,
        inWriting: raisePromised && rng.chance(0.5),
        expectedDate: raisePromised ? addDays(asOf, rng.int(-30, 180)) : null,
        nextQuarterlyReview: raisePromised ? addDays(asOf, rng.int(5, 90)) : null,
        alternatives: raisePromised ? rng.some(ALTERNATIVE_COMPENSATION, rng.int(1, 3)) : [],
        notes: raisePromised ? rng.pick(SALARY_NOTES) : '',
      },
    },
    signOff: {
      employeeName: person.name,
      employeeDate: ctx.startedOn,
      reviewerName: reviewerIsCoach ? ctx.coachName : manager,
      reviewerRole: reviewerIsCoach ? 'coach' : 'manager',
      reviewerDate: rng.chance(0.7) ? addDays(ctx.startedOn, rng.int(0, 7)) : null,
    },
  };
}
