import { useCallback, useEffect, useRef } from 'react';
import type { Clause } from '../../../../shared/schema/agreement';
import { WORKSHEET_KIND_SPECS } from '../../../../shared/kinds';
import { ListEditor, newId } from '../../ui/ListEditor';
import { ClauseFields, type ClauseEdit } from './ClauseFields';

/** Change a list of clauses; `field` groups keystrokes in one clause field into one undo step. */
export type ClausesChange = (recipe: (clauses: Clause[]) => Clause[], field?: string) => void;

/**
 * The ordered clauses of an agreement or of the template: add, remove and reorder them (also
 * with Alt+↑ / Alt+↓ / Alt+Delete), and edit each title and body with merge fields.
 */
export function ClauseListEditor({
  clauses,
  change,
  readOnly,
}: {
  clauses: readonly Clause[];
  change: ClausesChange;
  readOnly: boolean;
}) {
  // One edit function for every clause, for good: a keystroke in one clause repaints that
  // clause only (ClauseFields is memoised), however often the page hands down a new `change`.
  const latest = useRef(change);
  useEffect(() => {
    latest.current = change;
  });
  const edit: ClauseEdit = useCallback((id, field, value) => {
    latest.current(
      (list) => list.map((c) => (c.id === id ? { ...c, [field]: value } : c)),
      `clauses.${id}.${field}`,
    );
  }, []);
  return (
    <ListEditor
      items={clauses}
      itemName="Clause"
      addLabel="Add a clause"
      emptyText="No clauses yet. Add one, or restore the default template."
      readOnly={readOnly}
      itemTitle={(clause, index) => `${index + 1}. ${clause.title.trim() || 'Untitled clause'}`}
      createItem={() => WORKSHEET_KIND_SPECS.agreement.items.clause(newId())}
      onChange={(items) => {
        change(() => items);
      }}
      renderItem={(clause) => <ClauseFields clause={clause} readOnly={readOnly} edit={edit} />}
    />
  );
}
