import type { AgreementWorksheet, FactSheetPlacement } from '../../../../shared/schema/agreement';
import type { EditorProps } from '../editorProps';
import { WorkspaceSection } from './WorkspaceSection';
import { Checkbox, SelectField, TextArea, TextField } from '../../ui/fields';
import { FIELDS_HINT, keysAsLabels, labelsAsKeys } from './writtenFields';

const PLACEMENT_OPTIONS: readonly { value: FactSheetPlacement; label: string }[] = [
  { value: 'schedule', label: 'A schedule before the signatures, part of what is signed' },
  { value: 'ownPage', label: 'A page of its own after the signatures, for reading only' },
];

interface Props {
  sheet: AgreementWorksheet;
  change: EditorProps<'agreement'>['change'];
  editable: boolean;
}

/** The "what to expect" sheet that goes with this agreement, if any. */
export function FactSheetSection({ sheet, change, editable }: Props) {
  return (
    <WorkspaceSection
      title="What to expect"
      guidance={
        <p>
          The fact sheet from your template is attached to the agreement. Adjust it for this client,
          or leave it out.
        </p>
      }
    >
      <Checkbox
        label="Send the fact sheet with this agreement"
        checked={sheet.factSheet.include}
        disabled={!editable}
        onChange={(include) => {
          change((s) => ({ ...s, factSheet: { ...s.factSheet, include } }));
        }}
      />
      {sheet.factSheet.include ? (
        <SelectField<FactSheetPlacement>
          label="Where it goes in the agreement"
          value={sheet.factSheet.placement ?? 'schedule'}
          options={PLACEMENT_OPTIONS}
          disabled={!editable}
          onChange={(placement) => {
            change((s) => ({ ...s, factSheet: { ...s.factSheet, placement } }));
          }}
        />
      ) : null}
      {sheet.factSheet.include ? (
        <TextArea
          label="Fact sheet"
          hint={FIELDS_HINT}
          rows={7}
          // Fields shown by label, `{Client name}`, and stored as the merge fields they name.
          value={keysAsLabels(sheet.factSheet.body)}
          readOnly={!editable}
          onChange={(typed) => {
            const body = labelsAsKeys(typed);
            change((s) => ({ ...s, factSheet: { ...s.factSheet, body } }), 'factSheet.body');
          }}
        />
      ) : null}
    </WorkspaceSection>
  );
}

/** The names printed under the signature lines. */
export function SignersSection({ sheet, change, editable }: Props) {
  return (
    <WorkspaceSection
      title="Signatures"
      guidance={
        <p>
          These names go under the signature lines. If someone else signs for the client, such as
          their employer, put that person’s name here.
        </p>
      }
    >
      <div className="grid-2">
        <TextField
          label="Client signer"
          value={sheet.clientSignerName}
          readOnly={!editable}
          onChange={(clientSignerName) => {
            change((s) => ({ ...s, clientSignerName }), 'clientSignerName');
          }}
        />
        <TextField
          label="Coach signer"
          value={sheet.coachSignerName}
          readOnly={!editable}
          onChange={(coachSignerName) => {
            change((s) => ({ ...s, coachSignerName }), 'coachSignerName');
          }}
        />
      </div>
      {sheet.status === 'signed' || sheet.status === 'superseded' ? (
        <p className="muted">
          Signed on {sheet.signedOn ?? 'an unknown day'}
          {sheet.clientSignerName.trim() ? ` by ${sheet.clientSignerName.trim()}` : ''}.
        </p>
      ) : null}
    </WorkspaceSection>
  );
}
