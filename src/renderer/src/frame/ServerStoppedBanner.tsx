import { useModelSelector } from '../state/ModelContext';
import '../styles/workbookState.css';

/**
 * Web mode, after the server said it was stopping (Ctrl+C in its terminal): what that means
 * for the coach, calmly, instead of a save that fails without a reason.
 */
export function ServerStoppedBanner() {
  const waiting = useModelSelector((s) => s.save.state !== 'saved' || s.problems.size > 0);
  return (
    <div className="page" style={{ marginBottom: 16 }}>
      <div className="card stack server-stopped-banner" role="status">
        <p>
          <strong>The workbook server has stopped.</strong>{' '}
          {waiting
            ? 'Your latest changes are kept in this browser until it runs again.'
            : 'Everything you changed is saved in the workbook.'}{' '}
          To go on, start it again and open the address it prints, in this tab.
        </p>
      </div>
    </div>
  );
}
