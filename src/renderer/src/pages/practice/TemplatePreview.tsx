import { useEffect, useId, useState } from 'react';
import type { AgreementTemplate, Client } from '../../../../shared/schema';
import { useClientRows, useModel, useModelSelector, usePractice } from '../../state/ModelContext';
import { mergeValuesFor } from '../../../../shared/domain/mergeFields';
import { todayIso } from '../../../../shared/domain/dates';
import { AgreementPreview } from '../../editors/agreement/AgreementPreview';

type PreviewClient = Pick<Client, 'name' | 'organization' | 'email' | 'startDate'>;

const SAMPLE = 'sample';

/** A made-up client, so the preview reads naturally before any real client exists. */
function sampleClient(today: string): PreviewClient {
  return {
    name: 'Jordan Example',
    organization: 'Example Trading Ltd',
    email: 'jordan@example.com',
    startDate: today,
  };
}

/**
 * The template as a client would receive it today, filled for a sample client or for one of
 * the coach's real clients.
 */
export function TemplatePreview({ template }: { template: AgreementTemplate }) {
  const model = useModel();
  const practice = usePractice();
  const rows = useClientRows();
  const id = useId();
  const [now] = useState(() => new Date());
  const [chosen, setChosen] = useState(SAMPLE);
  const clients = rows
    .filter((client) => client.archivedAt === null)
    .sort((a, b) => a.name.localeCompare(b.name));
  // The chosen client's record (for their e-mail) is loaded when they are chosen.
  const record = useModelSelector((s) => s.cache?.files.get(chosen)?.client);
  const needsRecord = chosen !== SAMPLE && record === undefined;
  useEffect(() => {
    if (needsRecord) void model.openClient(chosen);
  }, [model, chosen, needsRecord]);
  const row = clients.find((c) => c.id === chosen);
  const client: PreviewClient =
    record ?? (row ? { ...row, email: '' } : sampleClient(todayIso(now)));
  const values = mergeValuesFor({
    agreement: { mergeValues: {}, sentOn: null, createdAt: now.toISOString() },
    client,
    practice,
    template,
    dateFormat: practice.dateFormat,
  });
  return (
    <div className="stack">
      <div className="field">
        <label htmlFor={id}>Preview for</label>
        <select
          id={id}
          value={chosen}
          onChange={(event) => {
            setChosen(event.target.value);
          }}
        >
          <option value={SAMPLE}>Jordan Example (a sample client)</option>
          {clients.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name.trim() || 'Unnamed client'}
            </option>
          ))}
        </select>
      </div>
      <AgreementPreview
        heading="Preview"
        title={template.title}
        clauses={template.clauses}
        values={values}
        factSheet={template.factSheet.trim() === '' ? null : template.factSheet}
        signers={{ client: client.name, coach: practice.coachName }}
      />
    </div>
  );
}
