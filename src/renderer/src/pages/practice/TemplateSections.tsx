import type { AgreementTemplate } from '../../../../shared/schema';
import {
  DEFAULT_MERGE_FIELD_KEYS,
  type DefaultMergeFieldKey,
} from '../../../../shared/catalogue/mergeFields';
import { TextArea, TextField } from '../../ui/fields';
import { ClauseListEditor } from '../../editors/agreement/ClauseListEditor';
import { WorkspaceSection } from '../../editors/agreement/WorkspaceSection';
import { mergeFieldLabel, withValue } from '../../editors/agreement/mergeFieldText';
import { FIELDS_HINT, keysAsLabels, labelsAsKeys } from '../../editors/agreement/writtenFields';

/** Apply a change to the agreement template; `field` groups keystrokes into one undo step. */
export type TemplateChange = (
  recipe: (template: AgreementTemplate) => AgreementTemplate,
  field?: string,
) => void;

interface SectionProps {
  template: AgreementTemplate;
  change: TemplateChange;
  readOnly: boolean;
}

/** The title and the ordered clauses every client's agreement starts from. */
export function ClausesSection({ template, change, readOnly }: SectionProps) {
  return (
    <WorkspaceSection
      title="Clauses"
      guidance={
        <>
          <p>
            Write each clause once, in your own voice. Use merge fields for anything that changes
            from client to client: where the value belongs, type {'{'} and the field’s name, or
            choose it from “Insert field”.
          </p>
          <p>
            Cover the basics: who the agreement is between, sessions and fees, cancellations,
            contact between sessions, confidentiality, what coaching is not, and how either of you
            can end it. Clear terms up front stop clients renegotiating later.
          </p>
          <p>Move a clause with Alt+↑ and Alt+↓ while you are in it.</p>
        </>
      }
    >
      <TextField
        label="Agreement title"
        value={template.title}
        readOnly={readOnly}
        onChange={(title) => {
          change((t) => ({ ...t, title }), 'title');
        }}
      />
      <ClauseListEditor
        clauses={template.clauses}
        readOnly={readOnly}
        change={(recipe, field) => {
          change((t) => ({ ...t, clauses: recipe(t.clauses) }), field);
        }}
      />
    </WorkspaceSection>
  );
}

/** The practice-wide values of fees, session format and the like. */
export function DefaultsSection({ template, change, readOnly }: SectionProps) {
  const set = (key: DefaultMergeFieldKey, value: string) => {
    // An emptied value is removed, so it prints as a line to fill in rather than as nothing.
    change(
      (t) => ({
        ...t,
        defaults: withValue(
          t.defaults,
          DEFAULT_MERGE_FIELD_KEYS,
          key,
          value === '' ? undefined : value,
        ),
      }),
      `defaults.${key}`,
    );
  };
  return (
    <WorkspaceSection
      title="Your usual terms"
      guidance={
        <>
          <p>
            These fill the matching merge fields in every new agreement. You can still change them
            for one client in that client’s agreement.
          </p>
          <p>Write them so they read well in a sentence, e.g. “24 hours” rather than “24”.</p>
        </>
      }
    >
      <div className="template-defaults">
        {DEFAULT_MERGE_FIELD_KEYS.map((key) => (
          <TextField
            key={key}
            label={mergeFieldLabel(key)}
            value={template.defaults[key] ?? ''}
            readOnly={readOnly}
            onChange={(value) => {
              set(key, value);
            }}
          />
        ))}
      </div>
    </WorkspaceSection>
  );
}

/** The short "what to expect" sheet handed over with the agreement. */
export function FactSheetSection({ template, change, readOnly }: SectionProps) {
  return (
    <WorkspaceSection
      title="What to expect"
      guidance={
        <p>
          A one-page sheet in plain words: how the first session goes, what happens between
          sessions, how progress is checked. New clients read it more readily than the agreement
          itself. Leave it empty if you do not use one.
        </p>
      }
    >
      <TextArea
        label="Fact sheet"
        hint={`Sent with each agreement unless you leave it out for a client. ${FIELDS_HINT}`}
        rows={8}
        // Fields shown by label, `{Client name}`, and stored as the merge fields they name.
        value={keysAsLabels(template.factSheet)}
        readOnly={readOnly}
        onChange={(typed) => {
          const factSheet = labelsAsKeys(typed);
          change((t) => ({ ...t, factSheet }), 'factSheet');
        }}
      />
    </WorkspaceSection>
  );
}
