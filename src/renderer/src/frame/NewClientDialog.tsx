import { useState } from 'react';
import { CLIENT_STATUSES } from '../../../shared/schema';
import { CLIENT_STATUS_LABELS } from '../../../shared/catalogue/labels';
import { EMPTY_CLIENT_DRAFT } from '../../../shared/domain/emptyRecords';
import { useModel } from '../state/ModelContext';
import { navigate } from '../router';
import { Dialog } from '../ui/Dialog';
import { SelectField, TextField } from '../ui/fields';

/** Add a client: just the name and status here, the rest on the client's page. */
export function NewClientDialog({ onClose }: { onClose: () => void }) {
  const model = useModel();
  const [name, setName] = useState('');
  const [organization, setOrganization] = useState('');
  const [status, setStatus] = useState<(typeof CLIENT_STATUSES)[number]>('prospect');
  const [error, setError] = useState<string | null>(null);
  const create = async () => {
    if (name.trim() === '') {
      setError('Give the client a name.');
      return;
    }
    const result = await model.createClient({ ...EMPTY_CLIENT_DRAFT, name, organization, status });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    onClose();
    navigate({ name: 'client', id: result.value.id });
  };
  return (
    <Dialog
      title="New client"
      onClose={onClose}
      actions={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form="new-client" className="btn btn-primary">
            Add client
          </button>
        </>
      }
    >
      <form
        id="new-client"
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <TextField label="Name" value={name} onChange={setName} error={error} required />
        <TextField label="Organization" value={organization} onChange={setOrganization} />
        <SelectField
          label="Status"
          value={status}
          onChange={setStatus}
          options={CLIENT_STATUSES.map((value) => ({ value, label: CLIENT_STATUS_LABELS[value] }))}
        />
      </form>
    </Dialog>
  );
}
