import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A modal dialog, on the browser's own <dialog> shown with showModal(): the rest of the window
 * is inert (Tab stays inside, screen readers read only the dialog), Escape and a click beside
 * it close it, the first field takes the focus, and focus goes back where it was afterwards.
 */
export function Dialog({
  title,
  onClose,
  children,
  actions,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  actions: ReactNode;
}) {
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  // Where the focus was when the dialog opened, taken before the dialog takes it.
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  );
  // Before the first paint, so the dialog is never seen outside the top layer.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('input, textarea, select, button')?.focus();
    return () => {
      // Closed first: while it is shown, the opener behind it cannot take the focus. (The close
      // event comes once the dialog is out of the page, and is then ignored.)
      dialog.close();
      opener?.focus();
    };
  }, [opener]);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: the owner closes it, by no longer showing it.
        event.preventDefault();
        onClose();
      }}
      onClose={(event) => {
        // Closed by the browser all the same (Escape pressed twice at once): tell the owner.
        if (event.currentTarget.isConnected) onClose();
      }}
      onMouseDown={(event) => {
        // The body fills the dialog, so only a press on the backdrop lands on the dialog itself.
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div className="dialog-body">
        <h2 id={titleId}>{title}</h2>
        {children}
        <div className="row" style={{ justifyContent: 'flex-end' }}>
          {actions}
        </div>
      </div>
    </dialog>
  );
}

/** "Are you sure?" with a clear consequence and a named action. */
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  danger = false,
  onConfirm,
  onCancel,
}: {
  title: string;
  message: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <Dialog
      title={title}
      onClose={onCancel}
      actions={
        <>
          <button type="button" className="btn" onClick={onCancel}>
            Cancel
          </button>
          <button
            type="button"
            className={danger ? 'btn btn-primary btn-danger-fill' : 'btn btn-primary'}
            onClick={onConfirm}
          >
            {confirmLabel}
          </button>
        </>
      }
    >
      <div>{message}</div>
    </Dialog>
  );
}
