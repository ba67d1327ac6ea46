import { useEffect, useRef } from 'preact/hooks';
import type { ArticleView } from '../utils/messages';
import { ContrastList } from './ContrastList';
import { FigureCompare } from './FigureCompare';
import { Timeline } from './Timeline';
import { formatDate, hasOwnQuotes } from './format';
import { OutletName } from './OutletName';

/** Props of {@link ReaderPanel}. */
export interface ReaderPanelProps {
  view: ArticleView;
  selectedClaimId: string | null;
  onSelect: (claimId: string) => void;
  readerUrl: (articleId: string, claimId: string) => string;
}

const EMPTY = { disputes: [], agrees: [], related: [] };

/**
 * The reader's side panel: the selected claim with its contrasts from other outlets (previous/next claim
 * buttons), then the article's differing figures and the who-said-what-when timeline.
 */
export function ReaderPanel({ view, selectedClaimId, onSelect, readerUrl }: ReaderPanelProps) {
  const panel = useRef<HTMLElement>(null);
  // A new selection shows its contrasts: back to the panel's top, and the panel into view if it is not.
  useEffect(() => {
    const el = panel.current;
    if (!el || !selectedClaimId) return;
    el.scrollTop = 0;
    const view = el.ownerDocument?.defaultView;
    const r = el.getBoundingClientRect?.();
    if (view && r && (r.top >= view.innerHeight || r.bottom <= 0)) el.scrollIntoView?.({ block: 'nearest' });
  }, [selectedClaimId]);
  const index = view.claims.findIndex((c) => c.id === selectedClaimId);
  const claim = index >= 0 ? view.claims[index] : null;
  const go = (delta: number) => {
    const next = view.claims[(Math.max(index, 0) + delta + view.claims.length) % view.claims.length];
    if (next) onSelect(next.id);
  };
  return (
    <aside class="cl-r-panel" aria-label="Claim contrasts" ref={panel}>
      <section class="cl-section cl-r-selected" aria-live="polite">
        <div class="cl-r-panel-head">
          <h2 class="cl-section-title">{claim ? `Claim ${index + 1} of ${view.claims.length}` : 'Claims'}</h2>
          {view.claims.length > 1 && (
            <div class="cl-r-nav">
              <button type="button" class="cl-btn" onClick={() => go(-1)} aria-label="Previous claim">
                ‹
              </button>
              <button type="button" class="cl-btn" onClick={() => go(claim ? 1 : 0)} aria-label="Next claim">
                ›
              </button>
            </div>
          )}
        </div>
        {claim ? (
          <>
            <blockquote class={`cl-quote cl-r-selected-quote${hasOwnQuotes(claim.text) ? ' cl-quote--bare' : ''}`}>{claim.text}</blockquote>
            {claim.speaker && <p class="cl-speaker">{claim.speaker}</p>}
            <p class="cl-meta cl-r-selected-meta">
              <span class="cl-outlet">
                <OutletName name={view.outlet.name} />
              </span>
              {claim.date && <time dateTime={claim.date}>{formatDate(claim.date)}</time>}
            </p>
            <h3 class="cl-section-title cl-r-others">What other outlets say</h3>
            <ContrastList
              groups={view.contrasts[claim.id] ?? EMPTY}
              readerUrl={readerUrl}
              limit={5}
              emptyText="No other outlet in your library agrees with, disputes or adds to this claim yet."
            />
          </>
        ) : (
          <p class="cl-muted">
            {view.claims.length
              ? 'Select a highlighted claim in the article to see what other outlets said about it.'
              : 'No checkable claims were found in this article.'}
          </p>
        )}
      </section>
      <FigureCompare rows={view.figures} />
      <Timeline entries={view.timeline} />
    </aside>
  );
}
