import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/** Props of {@link Dialog}. */
export interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ComponentChildren;
  /** Extra class on the <dialog>. */
  class?: string;
}

/**
 * A modal on the native <dialog>: focus moves into it and is trapped, Escape closes it, focus returns to
 * what opened it when it closes.
 */
export function Dialog({ open, title, onClose, children, class: cls }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      opener.current = document.activeElement;
      d.showModal();
    } else if (!open && d.open) {
      d.close();
    }
  }, [open]);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    const onNativeClose = () => {
      onClose();
      if (opener.current instanceof HTMLElement) opener.current.focus();
    };
    d.addEventListener('close', onNativeClose);
    return () => d.removeEventListener('close', onNativeClose);
  }, [onClose]);
  return (
    <dialog ref={ref} class={`op-dialog ${cls ?? ''}`} aria-label={title}>
      {open && (
        <div class="op-dialog-body">
          <h2 class="op-dialog-title">{title}</h2>
          {children}
        </div>
      )}
    </dialog>
  );
}

/** Props of {@link ConfirmDialog}. */
export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  message: ComponentChildren;
  confirmLabel: string;
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** "Are you sure?" with Cancel focused first, so Enter never confirms a destructive action by accident. */
export function ConfirmDialog({ open, title, message, confirmLabel, danger, busy, onConfirm, onCancel }: ConfirmDialogProps) {
  return (
    <Dialog open={open} title={title} onClose={onCancel}>
      <div class="op-dialog-message">{message}</div>
      <div class="op-dialog-actions">
        <button type="button" class="op-btn" autoFocus onClick={onCancel} disabled={busy}>
          Cancel
        </button>
        <button type="button" class={`op-btn ${danger ? 'op-btn-danger' : 'op-btn-primary'}`} onClick={onConfirm} disabled={busy}>
          {busy ? 'Working…' : confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
