import { useId } from 'react';
import { MERGE_FIELD_KEYS, type MergeFieldKey } from '../../../../shared/catalogue/mergeFields';
import type { AgreementWorksheet } from '../../../../shared/schema/agreement';
import type { MergeFieldValues } from '../../../../shared/domain/mergeFields';
import type { EditorProps } from '../editorProps';
import { WorkspaceSection } from './WorkspaceSection';
import { agreementGuidance } from './agreementGuidance';
import { mergeFieldGroups, SOURCE_LABELS, withValue } from './mergeFieldText';

const GROUPS = mergeFieldGroups();

/** One merge field: where its value comes from, and this agreement's own value if it has one. */
function MergeValueRow({
  fieldKey,
  label,
  fromSource,
  override,
  resolved,
  editable,
  onChange,
}: {
  fieldKey: MergeFieldKey;
  label: string;
  fromSource: string;
  override: string | undefined;
  resolved: string;
  editable: boolean;
  onChange: (value: string | undefined) => void;
}) {
  const id = useId();
  const hint = !editable
    ? null
    : override === undefined
      ? fromSource.trim() === ''
        ? 'Nothing to fill it with yet: it prints as a line to complete by hand.'
        : `Uses “${fromSource}”.`
      : override === fromSource
        ? 'Same as the usual value.'
        : fromSource.trim() === ''
          ? 'Set for this agreement only.'
          : `Set for this agreement only, instead of “${fromSource}”.`;
  return (
    <div className="merge-value-row" data-field={fieldKey}>
      <label htmlFor={id}>{label}</label>
      <div className="field">
        <div className="row">
          <input
            id={id}
            type="text"
            className="spacer"
            value={editable ? (override ?? '') : resolved}
            placeholder={editable ? fromSource || 'Blank line' : undefined}
            readOnly={!editable}
            aria-describedby={hint ? `${id}-hint` : undefined}
            onChange={(event) => {
              // An emptied value goes back to its source instead of printing nothing.
              onChange(event.target.value === '' ? undefined : event.target.value);
            }}
          />
          {editable && override !== undefined && override !== fromSource ? (
            <button
              type="button"
              className="btn btn-quiet btn-small"
              aria-label={`Reset ${label.toLowerCase()} to the usual value`}
              onClick={() => {
                onChange(undefined);
              }}
            >
              Reset
            </button>
          ) : null}
        </div>
        {hint ? (
          <span className="field-hint" id={`${id}-hint`}>
            {hint}
          </span>
        ) : null}
      </div>
    </div>
  );
}

/**
 * The value of every merge field for this client. A draft can set its own value for any of
 * them; an empty box falls back to the client record, My practice or the usual terms.
 */
export function MergeValuesSection({
  sheet,
  change,
  editable,
  fromSources,
  resolved,
}: {
  sheet: AgreementWorksheet;
  change: EditorProps<'agreement'>['change'];
  editable: boolean;
  /** What each field would be without this agreement's own values. */
  fromSources: MergeFieldValues;
  /** What each field is now. */
  resolved: MergeFieldValues;
}) {
  const set = (key: MergeFieldKey, value: string | undefined) => {
    // Clearing removes the key: a stored '' would print as a blank on purpose.
    change(
      (s) => ({ ...s, mergeValues: withValue(s.mergeValues, MERGE_FIELD_KEYS, key, value) }),
      `mergeValues.${key}`,
    );
  };
  return (
    <WorkspaceSection
      title="Details for this client"
      description={
        editable
          ? `Each value fills its merge field in ${sheet.wordDocument === undefined ? 'the clauses' : 'your document'}. Type here to change it for this agreement only.`
          : 'The values this agreement was sent or signed with. They no longer follow the client record or your usual terms.'
      }
      guidance={agreementGuidance(sheet).details}
    >
      <div className="merge-values">
        {GROUPS.map((group) => (
          <div key={group.source} className="stack">
            <h3 className="merge-group-title">{SOURCE_LABELS[group.source]}</h3>
            <div>
              {group.fields.map((field) => (
                <MergeValueRow
                  key={field.key}
                  fieldKey={field.key}
                  label={field.label}
                  fromSource={fromSources[field.key]}
                  override={sheet.mergeValues[field.key]}
                  resolved={resolved[field.key]}
                  editable={editable}
                  onChange={(value) => {
                    set(field.key, value);
                  }}
                />
              ))}
            </div>
          </div>
        ))}
      </div>
    </WorkspaceSection>
  );
}
