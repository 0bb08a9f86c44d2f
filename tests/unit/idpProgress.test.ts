import { describe, expect, it } from 'vitest';
import type { Activity, ActivityStatus, Objective } from '../../src/shared/schema';
import { idpWorksheet } from '../../src/shared/schema';
import { emptyWorksheet } from '../../src/shared/kinds';
import { idpProgress, objectiveState } from '../../src/shared/domain/idpProgress';

let next = 0;
function activity(status: ActivityStatus): Activity {
  next += 1;
  return {
    id: `a${next}`,
    kind: 'course',
    description: 'A course',
    resources: '',
    managerSupport: '',
    status,
    evidence: '',
  };
}

function objective(id: string, statuses: ActivityStatus[], targetDate: string | null): Objective {
  return {
    id,
    what: `Objective ${id}`,
    measure: '',
    targetDate,
    priority: 'medium',
    activities: statuses.map(activity),
  };
}

function idp(objectives: Objective[]) {
  const sheet = {
    ...emptyWorksheet('idp', null, { id: 'w1', now: '2025-01-01T09:00:00.000Z' }),
    objectives,
  };
  // Fixtures must be real worksheets, or the test proves nothing about real data.
  return idpWorksheet.parse(sheet);
}

describe('objectiveState', () => {
  it.each<[ActivityStatus[], string]>([
    [[], 'notStarted'],
    [['notStarted', 'notStarted'], 'notStarted'],
    [['notStarted', 'dropped'], 'notStarted'],
    [['inProgress', 'notStarted'], 'inProgress'],
    [['done', 'notStarted'], 'inProgress'],
    [['done', 'done'], 'done'],
    [['done', 'dropped'], 'done'],
    [['dropped', 'dropped'], 'dropped'],
  ])('%j is %s', (statuses, state) => {
    expect(objectiveState(objective('o', statuses, null))).toBe(state);
  });
});

describe('idpProgress', () => {
  const today = '2025-03-10';

  it('counts objectives and activities, leaving dropped ones out', () => {
    const progress = idpProgress(
      idp([
        objective('o1', ['done', 'done'], null),
        objective('o2', ['done', 'notStarted', 'dropped'], null),
        objective('o3', ['dropped'], null),
        objective('o4', [], null),
      ]),
      today,
    );
    expect(progress.objectivesDone).toBe(1);
    expect(progress.objectivesTotal).toBe(3);
    expect(progress.activitiesDone).toBe(3);
    expect(progress.activitiesTotal).toBe(4);
    // (1 + 1/2 + 0) / 3 objectives
    expect(progress.percent).toBe(50);
  });

  it('reaches 100% only when every objective is done', () => {
    expect(idpProgress(idp([objective('o1', ['done', 'dropped'], null)]), today).percent).toBe(100);
    const almost = idp([
      objective('o1', ['done'], null),
      objective('o2', [...Array<ActivityStatus>(199).fill('done'), 'inProgress'], null),
    ]);
    expect(idpProgress(almost, today).percent).toBe(99);
    expect(idpProgress(idp([]), today).percent).toBe(0);
  });

  it('finds overdue objectives and those due within 30 days, boundaries included', () => {
    const progress = idpProgress(
      idp([
        objective('yesterday', ['inProgress'], '2025-03-09'),
        objective('today', ['notStarted'], '2025-03-10'),
        objective('in30', [], '2025-04-09'),
        objective('in31', [], '2025-04-10'),
        objective('doneLate', ['done'], '2025-01-01'),
        objective('droppedLate', ['dropped'], '2025-01-01'),
        objective('undated', [], null),
        objective('longAgo', [], '2024-12-01'),
      ]),
      today,
    );
    expect(progress.overdue.map((o) => o.id)).toEqual(['longAgo', 'yesterday']);
    expect(progress.dueSoon.map((o) => o.id)).toEqual(['today', 'in30']);
  });

  it('lets the caller choose how far ahead to look', () => {
    const sheet = idp([objective('in7', [], '2025-03-17'), objective('in8', [], '2025-03-18')]);
    expect(idpProgress(sheet, today, 7).dueSoon.map((o) => o.id)).toEqual(['in7']);
  });
});
