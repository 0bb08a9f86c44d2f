import type { AgreementWorksheet, FactSheetPlacement } from '../../../../shared/schema/agreement';
import type { EditorProps } from '../editorProps';
import { formatDate } from '../../../../shared/domain/dates';
import { useDateFormat } from '../../state/ModelContext';
import { WorkspaceSection } from './WorkspaceSection';
import { agreementGuidance } from './agreementGuidance';
import { signedByWords } from './statusText';
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
    <WorkspaceSection title="What to expect" guidance={agreementGuidance(sheet).factSheet}>
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
  const format = useDateFormat();
  const by = signedByWords(sheet);
  return (
    <WorkspaceSection title="Signatures" guidance={agreementGuidance(sheet).signers}>
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
          Signed on {sheet.signedOn ? formatDate(sheet.signedOn, format) : 'an earlier day'}
          {by ? ` by ${by}` : ''}.
        </p>
      ) : null}
    </WorkspaceSection>
  );
}
