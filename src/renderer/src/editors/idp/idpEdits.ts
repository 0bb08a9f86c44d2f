import type { Activity, IdpWorksheet, Objective } from '../../../../shared/schema/idp';
import type { EditorProps } from '../editorProps';

/** The IDP editor's way to change its worksheet (see EditorProps). */
export type IdpChange = EditorProps<'idp'>['change'];

/**
 * Edits go through recipes that find items by id in the latest worksheet, never by a copy taken
 * at render time, so two quick edits (or an undo in between) cannot overwrite each other.
 */
export function withObjective(
  objectiveId: string,
  edit: (objective: Objective) => Objective,
): (sheet: IdpWorksheet) => IdpWorksheet {
  return (sheet) => ({
    ...sheet,
    objectives: sheet.objectives.map((objective) =>
      objective.id === objectiveId ? edit(objective) : objective,
    ),
  });
}

/** A recipe that edits one activity of one objective. */
export function withActivity(
  objectiveId: string,
  activityId: string,
  edit: (activity: Activity) => Activity,
): (sheet: IdpWorksheet) => IdpWorksheet {
  return withObjective(objectiveId, (objective) => ({
    ...objective,
    activities: objective.activities.map((activity) =>
      activity.id === activityId ? edit(activity) : activity,
    ),
  }));
}

/** The first words of a text, for an item's title bar. */
export function excerpt(text: string, max = 60): string {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}
