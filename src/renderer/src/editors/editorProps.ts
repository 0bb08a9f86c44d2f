import type { WorksheetKind, WorksheetOfKind } from '../../../shared/schema';

/** What every worksheet editor receives. */
export interface EditorProps<K extends WorksheetKind> {
  sheet: WorksheetOfKind<K>;
  /**
   * Apply an edit to the worksheet. It shows at once, saves within a second and can be undone.
   * `field` names what was edited (e.g. `objectives.3.what`) so a run of keystrokes in one
   * field is one undo step; leave it out for one-off changes such as adding an item.
   */
  change: (recipe: (sheet: WorksheetOfKind<K>) => WorksheetOfKind<K>, field?: string) => void;
  /** Nothing may change: a locked agreement, or a workbook opened read-only. */
  readOnly: boolean;
}
