import { memo } from 'react';
import type { Objective } from '../../../../shared/schema/idp';
import { WORKSHEET_KIND_SPECS } from '../../../../shared/kinds';
import { ListEditor, newId } from '../../ui/ListEditor';
import { Section } from '../../ui/Section';
import { excerpt, type IdpChange } from './idpEdits';
import { ObjectiveFields } from './ObjectiveFields';

function newObjective(): Objective {
  return WORKSHEET_KIND_SPECS.idp.items.objective(newId());
}

/** The SMART objectives, each with the activities that get it done. */
export const ObjectivesSection = memo(function ObjectivesSection({
  objectives,
  today,
  change,
  readOnly,
}: {
  objectives: readonly Objective[];
  today: string;
  change: IdpChange;
  readOnly: boolean;
}) {
  return (
    <Section
      title="Development objectives"
      description="What you will achieve, how you will know, and by when."
      guidance={
        <>
          <p>
            Make each objective specific and measurable, with a date: “Lead two client workshops by
            June” beats “get better at presenting”.
          </p>
          <p>
            Three to five objectives is plenty. Give each one activities: a course, a stretch
            assignment, a mentor, reading, a conference. Say what the manager needs to provide.
          </p>
          <p>Record the evidence when an activity is done; it carries weight at review time.</p>
        </>
      }
    >
      <ListEditor
        items={objectives}
        itemName="Objective"
        addLabel="Add objective"
        emptyText="No objectives yet. Add the first thing you want to achieve."
        readOnly={readOnly}
        itemTitle={(objective, index) =>
          `Objective ${index + 1}${objective.what.trim() ? `: ${excerpt(objective.what)}` : ''}`
        }
        createItem={newObjective}
        onChange={(items) => {
          change((s) => ({ ...s, objectives: items }));
        }}
        renderItem={(objective) => (
          <ObjectiveFields
            objective={objective}
            today={today}
            change={change}
            readOnly={readOnly}
          />
        )}
      />
    </Section>
  );
});
