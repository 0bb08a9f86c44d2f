import { useState } from 'react';
import type { WorkbookInfo } from '../../../shared/contract';
import { useModel } from '../state/ModelContext';
import { ConfirmDialog } from '../ui/Dialog';
import { SetAsideFiles } from './SetAsideFiles';
import '../styles/workbookState.css';

function when(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * The workbook file could not be read. Nothing was overwritten: the file was put aside, and the
 * coach can bring back a backup.
 */
export function RecoveryScreen({ info }: { info: WorkbookInfo }) {
  const model = useModel();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmNew, setConfirmNew] = useState(false);
  const startNew = async () => {
    setConfirmNew(false);
    setBusy(true);
    const result = await model.startNew();
    setBusy(false);
    if (!result.ok) setError(result.error.message);
  };
  const restore = async (backupId: string) => {
    setBusy(true);
    const result = await model.restoreBackup(backupId);
    setBusy(false);
    if (!result.ok) setError(result.error.message);
  };
  const newest = info.backups[0];
  return (
    <main className="app-main" style={{ gridColumn: '1 / -1', gridRow: '1 / -1' }}>
      <div className="page" style={{ maxWidth: 720 }}>
        <h1>Your workbook needs attention</h1>
        <div className="card stack">
          <p>{info.message}</p>
          {info.keptAsidePath ? (
            <>
              <p>
                Nothing has been overwritten. The file that could not be read was kept, unchanged,
                at:
              </p>
              <code style={{ wordBreak: 'break-all' }}>{info.keptAsidePath}</code>
            </>
          ) : (
            <>
              <p>Nothing has been overwritten. Your workbook folder is:</p>
              <code style={{ wordBreak: 'break-all' }}>{info.filePath}</code>
            </>
          )}
          {newest ? (
            <>
              <p>
                The most recent good backup is from <strong>{when(newest.takenAt)}</strong>.
                Restoring it brings back your workbook as it was then.
              </p>
              <div className="row">
                <button
                  type="button"
                  className="btn btn-primary"
                  disabled={busy}
                  onClick={() => void restore(newest.id)}
                >
                  Restore the backup from {when(newest.takenAt)}
                </button>
              </div>
            </>
          ) : (
            <>
              <p>
                There is no backup to bring back yet. You can keep the file as it is and ask for
                help with it, or start a new, empty workbook. Nothing that was set aside is deleted
                either way.
              </p>
              <div className="row">
                <button
                  type="button"
                  className="btn"
                  disabled={busy}
                  onClick={() => {
                    setConfirmNew(true);
                  }}
                >
                  Start a new, empty workbook
                </button>
              </div>
            </>
          )}
          {error ? (
            <p className="field-error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
        {info.setAside.length > 0 ? (
          <div className="card stack">
            <h2>Files set aside</h2>
            <p className="muted">
              The app never deletes these. Each one is kept in the workbook’s set-aside folder.
            </p>
            <SetAsideFiles files={info.setAside} />
          </div>
        ) : null}
        {info.backups.length > 1 ? (
          <div className="card stack">
            <h2>Older backups</h2>
            <ul className="stack" style={{ listStyle: 'none', padding: 0 }}>
              {info.backups.slice(1).map((backup) => (
                <li key={backup.id} className="row">
                  <span className="spacer">{when(backup.takenAt)}</span>
                  <button
                    type="button"
                    className="btn"
                    disabled={busy}
                    onClick={() => void restore(backup.id)}
                  >
                    Restore this one
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      {confirmNew ? (
        <ConfirmDialog
          title="Start a new, empty workbook?"
          message={
            <p>
              You will start again with no clients and no worksheets. Nothing is deleted: the file
              that could not be read and every other file set aside stay where they are, and you can
              still go back to them.
            </p>
          }
          confirmLabel="Start a new workbook"
          onConfirm={() => void startNew()}
          onCancel={() => {
            setConfirmNew(false);
          }}
        />
      ) : null}
    </main>
  );
}
