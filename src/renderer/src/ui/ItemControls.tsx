/** The ↑ / ↓ / Remove buttons of one list item, named for screen readers by the item's title. */
export function ItemControls({
  title,
  index,
  count,
  move,
  remove,
}: {
  title: string;
  index: number;
  count: number;
  move: (index: number, to: number) => void;
  remove: (index: number) => void;
}) {
  return (
    <>
      <button
        type="button"
        className="btn btn-quiet btn-small"
        disabled={index === 0}
        aria-label={`Move ${title} up`}
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
        disabled={index === count - 1}
        aria-label={`Move ${title} down`}
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
        aria-label={`Remove ${title}`}
        title="Remove (Alt+Delete)"
        onClick={() => {
          remove(index);
        }}
      >
        Remove
      </button>
    </>
  );
}
