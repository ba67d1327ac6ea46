import { useEffect, useRef } from 'preact/hooks';

/** A toast message, optionally with one action (Undo). */
export interface ToastData {
  id: number;
  message: string;
  actionLabel?: string;
  onAction?: () => void;
  /** Milliseconds before it goes away; default 8000. */
  timeoutMs?: number;
}

/** Props of {@link Toast}. */
export interface ToastProps {
  toast: ToastData | null;
  onDismiss: (id: number) => void;
}

/**
 * One toast at a time at the bottom of the page, announced politely to screen readers. It stays while
 * hovered or focused, so Undo is reachable by keyboard without racing the timer.
 */
export function Toast({ toast, onDismiss }: ToastProps) {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const held = useRef(false);
  const start = () => {
    if (!toast) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (!held.current) onDismiss(toast.id);
    }, toast.timeoutMs ?? 8000);
  };
  useEffect(() => {
    held.current = false;
    start();
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [toast?.id]);
  const hold = () => {
    held.current = true;
  };
  const release = () => {
    held.current = false;
    start();
  };
  return (
    <div class="op-toast-region" role="status" aria-live="polite">
      {toast && (
        <div class="op-toast" onMouseEnter={hold} onMouseLeave={release} onFocusIn={hold} onFocusOut={release}>
          <span>{toast.message}</span>
          {toast.actionLabel && toast.onAction && (
            <button
              type="button"
              class="op-btn op-btn-small op-btn-inverse"
              onClick={() => {
                toast.onAction!();
                onDismiss(toast.id);
              }}
            >
              {toast.actionLabel}
            </button>
          )}
          <button type="button" class="op-icon-btn op-toast-close" aria-label="Dismiss" onClick={() => onDismiss(toast.id)}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
