import type { ImportOutcome } from '../../utils/messages';
import { describeSummary, summariseOutcomes } from '../../utils/options/queue';

/** Props of {@link ProblemList}. */
export interface ProblemListProps {
  problems: string[];
  title?: string;
}

/** Files, rows and items that were refused, each with its specific message. */
export function ProblemList({ problems, title }: ProblemListProps) {
  if (!problems.length) return null;
  return (
    <section class="op-card op-problem-card" aria-labelledby="op-problems-title" data-testid="import-problems">
      <h3 id="op-problems-title" class="op-h3 op-h3-error">
        {title ?? `${problems.length} ${problems.length === 1 ? 'item was' : 'items were'} not imported`}
      </h3>
      <p class="op-help">Nothing from these was written; everything else goes on as usual.</p>
      <ul class="op-problem-list">
        {problems.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
    </section>
  );
}

/** Props of {@link ImportReport}. */
export interface ImportReportProps {
  outcomes: ImportOutcome[];
  /** Items never sent because of Cancel. */
  notSent: number;
  onShowLibrary: () => void;
  onImportMore: () => void;
}

/** What the commit did: counts, then each duplicate and error with its reason. */
export function ImportReport({ outcomes, notSent, onShowLibrary, onImportMore }: ImportReportProps) {
  const summary = summariseOutcomes(outcomes);
  const notable = outcomes.filter((o) => o.status !== 'imported');
  return (
    <section class="op-card op-report" aria-labelledby="op-report-title" data-testid="import-report">
      <header class="op-card-head">
        <div>
          <h3 id="op-report-title" class="op-h3">
            Import finished
          </h3>
          <p class="op-report-summary" role="status">
            {describeSummary(summary)}
            {notSent > 0 && <> · {notSent.toLocaleString('en-US')} not sent (cancelled)</>}
          </p>
        </div>
        <div class="op-actions">
          <button type="button" class="op-btn" onClick={onImportMore}>
            Import more
          </button>
          <button type="button" class="op-btn op-btn-primary" onClick={onShowLibrary}>
            Open the library
          </button>
        </div>
      </header>
      {notable.length > 0 && (
        <ul class="op-outcomes">
          {notable.map((o, i) => (
            <li key={i} class={o.status === 'error' ? 'op-outcome-error' : 'op-outcome-dup'}>
              <span class={`op-badge ${o.status === 'error' ? 'op-badge-error' : 'op-badge-warn'}`}>
                {o.status === 'error' ? 'Error' : 'Duplicate'}
              </span>{' '}
              <span class="op-file">{o.name}</span>: {o.reason.startsWith(o.name) ? o.reason.slice(o.name.length).replace(/^:\s*/, '') : o.reason}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
