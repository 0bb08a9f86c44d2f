import { useId } from 'react';
import { CLIENT_STATUSES, IDEAL_CLIENT_FITS, type Client } from '../../../../shared/schema';
import {
  CLIENT_STATUS_LABELS,
  IDEAL_CLIENT_FIT_LABELS,
  optionsOf,
} from '../../../../shared/catalogue/labels';
import { addYears, formatDate } from '../../../../shared/domain/dates';
import { useModel, useModelSelector, useReadOnly, usePractice } from '../../state/ModelContext';
import { problemAt } from '../../state/entityProblems';
import { href } from '../../router';
import { DateField, SelectField, TextArea, TextField } from '../../ui/fields';

const STATUS_OPTIONS = optionsOf(CLIENT_STATUSES, CLIENT_STATUS_LABELS);
const FIT_OPTIONS = optionsOf(IDEAL_CLIENT_FITS, IDEAL_CLIENT_FIT_LABELS);

/** The first line of a long text, cut to a hint's length. */
function shorten(text: string): string {
  const line = text.trim().split('\n')[0]?.trim() ?? '';
  return line.length > 100 ? `${line.slice(0, 97)}…` : line;
}

/** Free text with the practice's usual referral sources offered as suggestions. */
function ReferralField({
  value,
  sources,
  readOnly,
  onChange,
}: {
  value: string;
  sources: readonly string[];
  readOnly: boolean;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Referral source</label>
      <input
        id={id}
        type="text"
        list={`${id}-sources`}
        value={value}
        readOnly={readOnly}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
      <datalist id={`${id}-sources`}>
        {sources.map((source) => (
          <option key={source} value={source} />
        ))}
      </datalist>
      <span className="field-hint" id={`${id}-hint`}>
        Where they heard of you. Your usual sources are suggested; edit the list in{' '}
        <a href={href({ name: 'practice' })}>My practice</a>.
      </span>
    </div>
  );
}

/** The client's record, every field edited in place and saved as you type. */
export function ClientRecord({ client }: { client: Client }) {
  const model = useModel();
  const readOnly = useReadOnly();
  const practice = usePractice();
  /** One undo step per field: keystrokes in the same field within a second merge. */
  const set = <K extends keyof Client>(field: K, value: Client[K]) => {
    model.editClient(client.id, (c) => ({ ...c, [field]: value }), field);
  };
  const yearFromStart = client.startDate === null ? null : addYears(client.startDate, 1);
  // What the shared schema refuses in this record, shown at the field; it is not saved until fixed.
  const problems = useModelSelector((st) => st.problems.get(`client:${client.id}`));
  const error = (field: keyof Client): string | null => {
    const message = problemAt(problems, field);
    return message === null ? null : `${message}. Until it is fixed, this record is not saved.`;
  };

  return (
    <section className="card stack" aria-labelledby="client-record-title">
      <h2 id="client-record-title">Record</h2>
      <div className="client-record-grid">
        <TextField
          label="Name"
          value={client.name}
          readOnly={readOnly}
          required
          error={error('name')}
          onChange={(value) => {
            set('name', value);
          }}
        />
        <SelectField
          label="Status"
          value={client.status}
          options={STATUS_OPTIONS}
          disabled={readOnly}
          onChange={(value) => {
            set('status', value);
          }}
        />
        <TextField
          error={error('email')}
          label="E-mail"
          type="email"
          value={client.email}
          readOnly={readOnly}
          onChange={(value) => {
            set('email', value);
          }}
        />
        <TextField
          error={error('phone')}
          label="Phone"
          type="tel"
          value={client.phone}
          readOnly={readOnly}
          onChange={(value) => {
            set('phone', value);
          }}
        />
        <TextField
          error={error('organization')}
          label="Organization"
          value={client.organization}
          readOnly={readOnly}
          onChange={(value) => {
            set('organization', value);
          }}
        />
        <TextField
          error={error('role')}
          label="Role"
          value={client.role}
          readOnly={readOnly}
          onChange={(value) => {
            set('role', value);
          }}
        />
        <ReferralField
          value={client.referralSource}
          sources={practice.referralSources}
          readOnly={readOnly}
          onChange={(value) => {
            set('referralSource', value);
          }}
        />
        <SelectField
          label="Fit with your ideal client"
          value={client.idealClientFit}
          options={FIT_OPTIONS}
          disabled={readOnly}
          hint={
            practice.idealClientProfile.trim() === '' ? (
              <>
                Describe your ideal client in <a href={href({ name: 'practice' })}>My practice</a>{' '}
                to judge against it.
              </>
            ) : (
              `Your ideal client: ${shorten(practice.idealClientProfile)}`
            )
          }
          onChange={(value) => {
            set('idealClientFit', value);
          }}
        />
        <DateField
          label="Start date"
          value={client.startDate}
          readOnly={readOnly}
          onChange={(value) => {
            set('startDate', value);
          }}
        />
        <div className="stack-tight">
          <DateField
            label="Yearly check-in"
            hint="Once a year, revisit the agreement, the service and the fees together."
            value={client.yearlyCheckInDate}
            readOnly={readOnly}
            onChange={(value) => {
              set('yearlyCheckInDate', value);
            }}
          />
          {readOnly ||
          yearFromStart === null ||
          yearFromStart === client.yearlyCheckInDate ? null : (
            <div>
              <button
                type="button"
                className="btn btn-small btn-wrap"
                onClick={() => {
                  set('yearlyCheckInDate', yearFromStart);
                }}
              >
                Set to a year from the start{' '}
                <span>({formatDate(yearFromStart, practice.dateFormat)})</span>
              </button>
            </div>
          )}
        </div>
      </div>
      <TextArea
        label="Private notes"
        hint="Just for you: notes stay in your workbook and never go into a document, for the client or a sponsor."
        rows={5}
        value={client.notes}
        readOnly={readOnly}
        onChange={(value) => {
          set('notes', value);
        }}
      />
    </section>
  );
}
