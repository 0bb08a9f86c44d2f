import { useState } from 'react';
import { useModel, useModelSelector } from '../state/ModelContext';
import { SetAsideFiles } from './SetAsideFiles';
import '../styles/workbookState.css';
import { navigate } from '../router';

/** The first thing a new coach sees: set up the practice, or look around a sample workbook. */
export function FirstRun({ onDone }: { onDone: () => void }) {
  const model = useModel();
  const setAside = useModelSelector((s) => s.info?.setAside) ?? [];
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="page" style={{ maxWidth: 760 }}>
      <h1>Welcome to Coaching Workbook</h1>
      <p className="muted">
        Your practice, your clients and their worksheets live in one workbook folder on this
        computer. Nothing is sent anywhere. Everything you type is saved as you go.
      </p>
      <div className="grid-2">
        <div className="card stack">
          <h2>Set up your practice</h2>
          <p>
            Add your name, business and contact details, choose A4 or Letter paper, and review the
            agreement you give new clients. It takes about five minutes.
          </p>
          <div>
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => {
                onDone();
                navigate({ name: 'practice' });
              }}
            >
              Set up my practice
            </button>
          </div>
        </div>
        <div className="card stack">
          <h2>Explore a sample workbook</h2>
          <p>
            See the app filled with a dozen invented clients and all five worksheets. You can delete
            the sample clients whenever you like.
          </p>
          <div>
            <button
              type="button"
              className="btn"
              disabled={busy}
              onClick={() => {
                setBusy(true);
                void model.loadSample(12).then((result) => {
                  setBusy(false);
                  if (result.ok) {
                    onDone();
                    navigate({ name: 'home' });
                  } else setError(result.error.message);
                });
              }}
            >
              {busy ? 'Opening…' : 'Open the sample workbook'}
            </button>
          </div>
          {error ? (
            <p className="field-error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
      </div>
      {setAside.length > 0 ? (
        <div className="card stack">
          <h2>Files set aside</h2>
          <p className="muted">
            These were kept from before, in the workbook’s set-aside folder. The app never deletes
            them.
          </p>
          <SetAsideFiles files={setAside} />
        </div>
      ) : null}
      <p className="muted">
        Press <kbd>F1</kbd> at any time to see the keyboard shortcuts.
      </p>
    </div>
  );
}
