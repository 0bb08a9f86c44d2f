import { useEffect, useRef, type KeyboardEvent } from 'react';
import { moveItem } from '../../ui/ListEditor';

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
  const listRef = useRef<HTMLOListElement>(null);
  const focusIndex = useRef<number | null>(null);

  useEffect(() => {
    const index = focusIndex.current;
    if (index === null) return;
    focusIndex.current = null;
    listRef.current?.children[index]?.querySelector('input')?.focus();
  });

  const move = (from: number, to: number) => {
    if (to < 0 || to >= sources.length) return;
    onChange(moveItem(sources, from, to));
    focusIndex.current = to;
  };
  const remove = (index: number) => {
    onChange(sources.filter((_, i) => i !== index));
    focusIndex.current = Math.min(index, sources.length - 2);
  };
  const onKeyDown = (index: number) => (event: KeyboardEvent<HTMLLIElement>) => {
    if (readOnly || !event.altKey) return;
    if (event.key === 'ArrowUp') move(index, index - 1);
    else if (event.key === 'ArrowDown') move(index, index + 1);
    else if (event.key === 'Delete') remove(index);
    else return;
    event.preventDefault();
  };

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
                <>
                  <button
                    type="button"
                    className="btn btn-quiet btn-small"
                    disabled={index === 0}
                    aria-label={`Move ${name} up`}
                    title="Move up (Alt+↑)"
                    onClick={() => {
                      move(index, index - 1);
                    }}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="btn btn-quiet btn-small"
                    disabled={index === sources.length - 1}
                    aria-label={`Move ${name} down`}
                    title="Move down (Alt+↓)"
                    onClick={() => {
                      move(index, index + 1);
                    }}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="btn btn-quiet btn-small btn-danger"
                    aria-label={`Remove ${name}`}
                    title="Remove (Alt+Delete)"
                    onClick={() => {
                      remove(index);
                    }}
                  >
                    Remove
                  </button>
                </>
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
              onChange([...sources, '']);
              focusIndex.current = sources.length;
            }}
          >
            + Add a source
          </button>
        </div>
      )}
    </div>
  );
}
