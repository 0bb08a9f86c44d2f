import { useModel, useModelSelector } from '../state/ModelContext';
import { clockTime } from '../ui/timeText';

/** Saved / Saving… / Not saved, always visible in the top bar. */
export function SaveIndicator() {
  const model = useModel();
  const save = useModelSelector((s) => s.save);
  const info = useModelSelector((s) => s.info);
  // An edit held back because a field is wrong is fixed at that field, not by trying again.
  const heldBack = useModelSelector((s) => s.problems.size > 0);
  // Edits are timed by the save queue; archive, delete, export and the like only by the clock.
  const lastWriteAt = useModelSelector((s) => s.lastWriteAt);
  const savedAt = Math.max(save.lastSavedAt ?? 0, lastWriteAt ?? 0);
  if (info?.state === 'readOnly') {
    return (
      <span className="save-status" data-state="readonly">
        Read-only
      </span>
    );
  }
  return (
    <span className="save-status" data-state={save.state} role="status" aria-live="polite">
      {save.state === 'saved' ? (
        <>✓ All changes saved{savedAt > 0 ? ` at ${clockTime(new Date(savedAt))}` : ''}</>
      ) : null}
      {save.state === 'saving' ? <>Saving…</> : null}
      {save.state === 'failed' ? (
        <>
          ⚠ {save.message}
          {heldBack ? null : (
            <button
              type="button"
              className="btn btn-small"
              onClick={() => {
                model.retrySaves();
              }}
            >
              Try again
            </button>
          )}
        </>
      ) : null}
    </span>
  );
}
