import { useState } from 'react';
import { useModelSelector } from '../state/ModelContext';
import { Dialog } from '../ui/Dialog';
import { ConflictChoice } from './ConflictChoice';
import { SetAsideFiles, type SetAsideDetails } from './SetAsideFiles';

/** A conflict's two versions, and the choice between them. */
const conflictDetails: SetAsideDetails = (file) =>
  file.reason === 'conflict' ? <ConflictChoice name={file.name} /> : null;

/**
 * "1 conflict kept aside" in the top bar when an item was changed both here and elsewhere;
 * opens the list of files set aside, conflicts first.
 */
export function ConflictBadge() {
  const info = useModelSelector((s) => s.info);
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
              An item was changed both here and on another computer. The later change was kept in
              your workbook and the other version in a file below. If the other one is right, use it
              instead: the version it replaces is then kept in that file. Nothing is deleted.
            </p>
            <SetAsideFiles files={[...conflicts, ...others]} details={conflictDetails} />
          </div>
        </Dialog>
      ) : null}
    </>
  );
}
