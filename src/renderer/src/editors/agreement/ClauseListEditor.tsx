import type { Clause } from '../../../../shared/schema/agreement';
import { WORKSHEET_KIND_SPECS } from '../../../../shared/kinds';
import { ListEditor, newId } from '../../ui/ListEditor';
import { ClauseFields } from './ClauseFields';

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
      renderItem={(clause) => (
        <ClauseFields
          clause={clause}
          readOnly={readOnly}
          onChange={(next, field) => {
            change(
              (list) =>
                list.map((c) =>
                  c.id === clause.id
                    ? { ...c, [field]: field === 'title' ? next.title : next.body }
                    : c,
                ),
              `clauses.${clause.id}.${field}`,
            );
          }}
        />
      )}
    />
  );
}
