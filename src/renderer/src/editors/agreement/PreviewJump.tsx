/** The id of the one agreement preview on a page. */
export const PREVIEW_ID = 'agreement-preview';

/**
 * When the window is too narrow for the preview to sit beside the editor, it comes after all
 * the parts; this takes the coach there (and to the keyboard focus) in one step.
 */
export function PreviewJump() {
  return (
    <div className="preview-jump">
      <button
        type="button"
        className="btn btn-small btn-quiet"
        onClick={() => {
          const preview = document.getElementById(PREVIEW_ID);
          preview?.scrollIntoView({ block: 'start' });
          preview?.focus({ preventScroll: true });
        }}
      >
        ↓ See the preview
      </button>
    </div>
  );
}
