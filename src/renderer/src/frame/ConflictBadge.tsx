import { useState } from 'react';
import { useModelState } from '../state/ModelContext';
import { Dialog } from '../ui/Dialog';
import { SetAsideFiles } from './SetAsideFiles';

/**
 * "1 conflict kept aside" in the top bar when an item was changed both here and elsewhere;
 * opens the list of files set aside, conflicts first.
 */
export function ConflictBadge() {
  const { info } = useModelState();
  const [open, setOpen] = useState(false);
  const files = info?.setAside ?? [];
  const conflicts = files.filter((file) => file.reason === 'conflict');
  if (conflicts.length === 0) return null;
  const others = files.filter((file) => file.reason !== 'conflict');
  return (
    <>
      <button
        type="button"
        className="badge badge-warning conflict-badge"
        onClick={() => {
          setOpen(true);
        }}
      >
        {conflicts.length === 1 ? '1 conflict' : `${conflicts.length} conflicts`} kept aside
      </button>
      {open ? (
        <Dialog
          title="Files set aside"
          onClose={() => {
            setOpen(false);
          }}
          actions={
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => {
                setOpen(false);
              }}
            >
              Close
            </button>
          }
        >
          <div className="stack set-aside-dialog">
            <p>
              An item was changed both here and on another computer. Both versions were kept: the
              later one is in your workbook, the other one is in a file below. Nothing was deleted.
            </p>
            <SetAsideFiles files={[...conflicts, ...others]} />
          </div>
        </Dialog>
      ) : null}
    </>
  );
}
