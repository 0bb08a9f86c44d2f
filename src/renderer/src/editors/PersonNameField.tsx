import { useRef } from 'react';
import { useClientRow, usePractice } from '../state/ModelContext';
import { TextField } from '../ui/fields';

/**
 * The name of the person a worksheet is for. While it is empty, a button offers the client's
 * name (the coach's own, on the coach's own worksheets): one click, and undo takes it back.
 * It is offered rather than filled in on opening, which would change a worksheet the coach only
 * looked at, and fill again a name they had cleared on purpose.
 */
export function PersonNameField({
  label,
  value,
  clientId,
  readOnly,
  onChange,
}: {
  label: string;
  value: string;
  clientId: string | null;
  readOnly: boolean;
  onChange: (name: string) => void;
}) {
  const client = useClientRow(clientId);
  const { coachName } = usePractice();
  const box = useRef<HTMLDivElement>(null);
  const suggestion = (clientId === null ? coachName : (client?.name ?? '')).trim();
  return (
    <div className="field-with-action" ref={box}>
      <TextField label={label} value={value} readOnly={readOnly} onChange={onChange} />
      {readOnly || value.trim() !== '' || suggestion === '' ? null : (
        <div>
          <button
            type="button"
            className="btn btn-small"
            onClick={() => {
              onChange(suggestion);
              // The button goes once the name is there: the cursor goes on in the field.
              box.current?.querySelector('input')?.focus();
            }}
          >
            Use “{suggestion}”
          </button>
        </div>
      )}
    </div>
  );
}
