import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export interface ToastInput {
  message: string;
  /** e.g. Undo after a delete. */
  action?: { label: string; run: () => void };
  tone?: 'info' | 'error';
}

interface Toast extends ToastInput {
  id: number;
}

const ToastContext = createContext<(toast: ToastInput) => void>(() => undefined);

/** How long a message that needs nothing from the coach stays. */
const TOAST_MS = 8_000;
/** Messages shown at once; the oldest make room, errors last. */
const MAX_TOASTS = 3;
let nextToastId = 1;

/** `toasts` cut to the newest few, dropping messages before errors (an error is not lost unread). */
function keepNewest(toasts: readonly Toast[]): Toast[] {
  const kept = toasts.slice();
  while (kept.length > MAX_TOASTS) {
    const oldestInfo = kept.findIndex((toast) => toast.tone !== 'error');
    kept.splice(oldestInfo === -1 ? 0 : oldestInfo, 1);
  }
  return kept;
}

/**
 * Brief messages at the bottom of the window; each with an optional action such as Undo. A
 * message goes by itself after a few seconds; an error stays until the coach dismisses it.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const dismiss = useCallback((id: number) => {
    setToasts((current) => current.filter((toast) => toast.id !== id));
  }, []);
  const show = useCallback(
    (input: ToastInput) => {
      const id = nextToastId++;
      setToasts((current) => keepNewest([...current, { ...input, id }]));
      if (input.tone !== 'error') {
        setTimeout(() => {
          dismiss(id);
        }, TOAST_MS);
      }
    },
    [dismiss],
  );
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className="toast" data-tone={toast.tone ?? 'info'}>
            {toast.tone === 'error' ? (
              <span className="toast-icon" aria-hidden="true">
                ⚠
              </span>
            ) : null}
            <span>{toast.message}</span>
            {toast.action ? (
              <button
                type="button"
                className="btn btn-small"
                onClick={() => {
                  toast.action?.run();
                  dismiss(toast.id);
                }}
              >
                {toast.action.label}
              </button>
            ) : null}
            {/* An error waits for this button, so it says what it does. */}
            <button
              type="button"
              className="btn btn-small btn-quiet"
              aria-label={toast.tone === 'error' ? undefined : 'Dismiss'}
              onClick={() => {
                dismiss(toast.id);
              }}
            >
              {toast.tone === 'error' ? 'Dismiss' : '×'}
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): (toast: ToastInput) => void {
  return useContext(ToastContext);
}
