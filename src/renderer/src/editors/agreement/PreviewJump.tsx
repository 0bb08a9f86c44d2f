import { flushSync } from 'react-dom';
import type { SideView } from './SideViewSwitch';

/** The id of the one agreement preview (or list of changes) on a page. */
export const PREVIEW_ID = 'agreement-preview';

function jump(): void {
  const preview = document.getElementById(PREVIEW_ID);
  preview?.scrollIntoView({ block: 'start' });
  preview?.focus({ preventScroll: true });
}

/**
 * When the window is too narrow for the preview to sit beside the editor, it comes after all
 * the parts; this takes the coach there (and to the keyboard focus) in one step. For a new
 * version, a second button goes to what changed from the version before.
 */
export function PreviewJump({
  changesFrom,
  onShow,
}: {
  /** The version a new version is compared with, when there is one. */
  changesFrom?: number;
  /** Shows the preview or the changes in the column, before the jump. */
  onShow?: (view: SideView) => void;
}) {
  const go = (view: SideView) => {
    // Drawn first, so the jump lands on what was asked for.
    flushSync(() => onShow?.(view));
    jump();
  };
  return (
    <div className="preview-jump">
      <button
        type="button"
        className="btn btn-small btn-quiet"
        onClick={() => {
          go('preview');
        }}
      >
        ↓ See the preview
      </button>
      {changesFrom === undefined ? null : (
        <button
          type="button"
          className="btn btn-small btn-quiet"
          onClick={() => {
            go('changes');
          }}
        >
          ↓ What changed from version {changesFrom}
        </button>
      )}
    </div>
  );
}
