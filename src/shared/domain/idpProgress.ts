import type { IdpWorksheet, Objective } from '../schema/idp';
import { addDays } from './dates';

/** Where an objective stands, read from its activities. */
export type ObjectiveState = 'notStarted' | 'inProgress' | 'done' | 'dropped';

/** How many days ahead counts as "due soon" unless the caller says otherwise. */
export const DEFAULT_DUE_WITHIN_DAYS = 30;

/**
 * An objective's state. Done: it has activities, all are done or dropped, and at least one is
 * done. Dropped: every activity was dropped. In progress: some work has started or finished.
 * An objective with no activities yet has not started.
 */
export function objectiveState(objective: Pick<Objective, 'activities'>): ObjectiveState {
  const statuses = objective.activities.map((activity) => activity.status);
  if (statuses.length === 0) return 'notStarted';
  if (statuses.every((status) => status === 'dropped')) return 'dropped';
  if (statuses.every((status) => status === 'done' || status === 'dropped')) return 'done';
  if (statuses.some((status) => status === 'done' || status === 'inProgress')) {
    return 'inProgress';
  }
  return 'notStarted';
}

/** True while an objective still asks for work (neither done nor dropped). */
export function isOpenObjective(objective: Pick<Objective, 'activities'>): boolean {
  const state = objectiveState(objective);
  return state !== 'done' && state !== 'dropped';
}

export interface IdpProgress {
  /** Objectives done, out of those not dropped. */
  objectivesDone: number;
  objectivesTotal: number;
  /** Activities done, out of those not dropped. */
  activitiesDone: number;
  activitiesTotal: number;
  /**
   * 0–100: the average completion of the objectives still in the plan, each weighing the same
   * whatever its number of activities. 100 only when every one is done.
   */
  percent: number;
  /** Open objectives whose target date has passed, earliest first. */
  overdue: Objective[];
  /** Open objectives due from today to `withinDays` ahead (inclusive), earliest first. */
  dueSoon: Objective[];
}

function byTargetDate(a: Objective, b: Objective): number {
  return (a.targetDate ?? '').localeCompare(b.targetDate ?? '');
}

function completion(objective: Objective): number {
  const live = objective.activities.filter((activity) => activity.status !== 'dropped');
  if (live.length === 0) return 0;
  return live.filter((activity) => activity.status === 'done').length / live.length;
}

/** How far an IDP has come, and which objectives need attention as of `today`. */
export function idpProgress(
  idp: Pick<IdpWorksheet, 'objectives'>,
  today: string,
  withinDays: number = DEFAULT_DUE_WITHIN_DAYS,
): IdpProgress {
  const kept = idp.objectives.filter((objective) => objectiveState(objective) !== 'dropped');
  const objectivesDone = kept.filter((objective) => objectiveState(objective) === 'done').length;
  const activities = kept.flatMap((objective) => objective.activities);
  const liveActivities = activities.filter((activity) => activity.status !== 'dropped');
  const activitiesDone = liveActivities.filter((activity) => activity.status === 'done').length;

  let percent = 0;
  if (kept.length > 0 && objectivesDone === kept.length) {
    percent = 100;
  } else if (kept.length > 0) {
    const mean = kept.reduce((sum, objective) => sum + completion(objective), 0) / kept.length;
    // Rounding must not claim 100% while something is still open.
    percent = Math.min(99, Math.round(mean * 100));
  }

  const horizon = addDays(today, withinDays);
  const open = kept.filter(isOpenObjective);
  const overdue = open
    .filter((objective) => objective.targetDate !== null && objective.targetDate < today)
    .sort(byTargetDate);
  const dueSoon = open
    .filter(
      (objective) =>
        objective.targetDate !== null &&
        objective.targetDate >= today &&
        objective.targetDate <= horizon,
    )
    .sort(byTargetDate);

  return {
    objectivesDone,
    objectivesTotal: kept.length,
    activitiesDone,
    activitiesTotal: liveActivities.length,
    percent,
    overdue,
    dueSoon,
  };
}
