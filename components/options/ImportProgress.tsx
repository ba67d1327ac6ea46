import { useId } from 'preact/hooks';
import { formatCount } from '../../utils/options/queue';

/** Props of {@link ImportProgress}. */
export interface ImportProgressProps {
  /** "Reading files", "Analysing articles", "Importing". */
  label: string;
  done: number;
  /** 0 or less: indeterminate. */
  total: number;
  onCancel?: () => void;
  cancelling?: boolean;
}

/** A labelled progress bar with the count ("412 / 1,200") and Cancel. */
export function ImportProgress({ label, done, total, onCancel, cancelling }: ImportProgressProps) {
  const pct = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : null;
  // Two bars can show at once (the features migration and a topic update): each names its own label.
  const labelId = `op-progress-label-${useId()}`;
  return (
    <div class="op-progress" data-testid="import-progress">
      <div class="op-progress-head">
        <span class="op-progress-label" id={labelId}>
          {label}
        </span>
        {total > 0 && <span class="op-progress-count">{formatCount(done, total)}</span>}
      </div>
      <div
        class={`op-progress-track ${pct === null ? 'op-progress-indeterminate' : ''}`}
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={total > 0 ? total : undefined}
        aria-valuenow={total > 0 ? done : undefined}
        aria-valuetext={total > 0 ? `${formatCount(done, total)}` : 'working'}
      >
        <div class="op-progress-fill" style={pct === null ? undefined : { width: `${pct}%` }} />
      </div>
      {onCancel && (
        <button type="button" class="op-btn op-btn-small" onClick={onCancel} disabled={cancelling}>
          {cancelling ? 'Cancelling…' : 'Cancel'}
        </button>
      )}
    </div>
  );
}
