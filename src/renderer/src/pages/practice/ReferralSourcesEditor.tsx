import { ItemControls } from '../../ui/ItemControls';
import { useReorderableList } from '../../ui/useReorderableList';

/**
 * A short list of single-line names (the practice's referral sources), one input per row.
 * Rows can be added, removed and reordered with the buttons or from the keyboard, as in every
 * other list of the app: Alt+↑ / Alt+↓ move the row, Alt+Delete removes it.
 */
export function ReferralSourcesEditor({
  sources,
  readOnly,
  onChange,
}: {
  sources: readonly string[];
  readOnly: boolean;
  onChange: (sources: string[], field?: string) => void;
}) {
  const { listRef, move, remove, add, onKeyDown } = useReorderableList(
    sources,
    (next) => {
      onChange(next);
    },
    (row) => row.querySelector('input'),
    readOnly,
  );

  return (
    <div className="stack">
      {sources.length === 0 ? (
        <p className="empty">No sources yet. Add the places your clients usually come from.</p>
      ) : null}
      <ol className="source-list" ref={listRef} aria-label="Referral sources">
        {sources.map((source, index) => {
          const name = source.trim() || `source ${index + 1}`;
          return (
            // Sources are plain text without ids; the position is their identity here.
            <li key={index} className="source-row" onKeyDown={onKeyDown(index)}>
              <input
                type="text"
                aria-label={`Referral source ${index + 1}`}
                value={source}
                readOnly={readOnly}
                placeholder="e.g. Former clients"
                onChange={(event) => {
                  const next = sources.slice();
                  next[index] = event.target.value;
                  onChange(next, `referralSources.${index}`);
                }}
              />
              {readOnly ? null : (
                <ItemControls
                  title={name}
                  index={index}
                  count={sources.length}
                  move={move}
                  remove={remove}
                />
              )}
            </li>
          );
        })}
      </ol>
      {readOnly ? null : (
        <div>
          <button
            type="button"
            className="btn"
            onClick={() => {
              add('');
            }}
          >
            + Add a source
          </button>
        </div>
      )}
    </div>
  );
}
