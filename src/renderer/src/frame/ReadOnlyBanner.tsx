import { useState } from 'react';
import type { WorkbookInfo } from '../../../shared/contract';
import { useModel } from '../state/ModelContext';
import '../styles/workbookState.css';

/**
 * Nothing can be changed: why, in the store's words, and — when another window or computer
 * had the workbook open — a way to take it back once it is closed there.
 */
export function ReadOnlyBanner({ info }: { info: WorkbookInfo }) {
  const model = useModel();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const retry = async () => {
    setBusy(true);
    setError(null);
    const result = await model.retryOpen();
    setBusy(false);
    if (!result.ok) setError(result.error.message);
    else if (result.value.state === 'readOnly') {
      setError('It is still open somewhere else. Close it there, then try again.');
    }
  };
  return (
    <div className="page" style={{ marginBottom: 16 }}>
      <div className="card stack read-only-banner" role="alert">
        <p>
          <strong>Read-only.</strong> {info.message}
        </p>
        {info.canRetry ? (
          <div className="row">
            <button
              type="button"
              className="btn btn-primary"
              disabled={busy}
              onClick={() => void retry()}
            >
              {busy ? 'Trying…' : 'Try again'}
            </button>
            {error ? <span className="field-error">{error}</span> : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
