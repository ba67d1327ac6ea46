import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { ContrastGroups } from '../utils/engine/types';
import type { ArticleView } from '../utils/messages';
import { segmentBody } from './body-segments';
import { countContrasts } from '../utils/engine/shown';
import { OutletFacts } from './OutletFacts';
import { formatDate } from './format';
import { OutletName } from './OutletName';

/** Props of {@link ReaderArticle}. */
export interface ReaderArticleProps {
  view: ArticleView;
  selectedClaimId: string | null;
  onSelect: (claimId: string) => void;
}

/** CSS modifier for a claim mark: disputed claims stand out, claims without contrasts stay quiet. */
export function markTone(groups: ContrastGroups | undefined): 'disputed' | 'contrasted' | 'plain' {
  if (!groups) return 'plain';
  if (groups.disputes.length) return 'disputed';
  return countContrasts(groups) ? 'contrasted' : 'plain';
}

/** Whether the person asked the system to avoid animation. */
function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * A stored article: title, outlet (with its facts), date, author, source link, and the clean body as text
 * with every claim wrapped in a focusable <mark>. The selected claim is scrolled into view.
 */
export function ReaderArticle({ view, selectedClaimId, onSelect }: ReaderArticleProps) {
  const { article, outlet, claims, contrasts } = view;
  const paragraphs = useMemo(() => segmentBody(article.body, claims), [article.body, claims]);
  const bodyRef = useRef<HTMLDivElement>(null);
  const scrolledOnce = useRef(false);

  useEffect(() => {
    if (!selectedClaimId || !bodyRef.current) return;
    const el = [...bodyRef.current.querySelectorAll<HTMLElement>('mark[data-claim]')].find((m) => m.dataset.claim === selectedClaimId);
    if (!el) return;
    el.scrollIntoView?.({ block: scrolledOnce.current ? 'nearest' : 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
    scrolledOnce.current = true;
  }, [selectedClaimId]);

  const date = formatDate(article.published);
  const activate = (e: KeyboardEvent, id: string) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(id);
    }
  };

  return (
    <article class="cl-r-article" aria-labelledby="cl-r-title">
      <header class="cl-r-header">
        <p class="cl-r-outlet">
          <OutletName name={outlet.name} />
        </p>
        <h1 class="cl-r-title" id="cl-r-title">
          {article.title}
        </h1>
        <p class="cl-r-byline">
          {article.author && <span>By {article.author}</span>}
          {date && <time dateTime={article.published ?? undefined}>{date}</time>}
          {article.url && (
            <a href={article.url} target="_blank" rel="noopener noreferrer">
              Original article <span aria-hidden="true">↗</span>
            </a>
          )}
          <span>{claims.length === 1 ? '1 claim' : `${claims.length} claims`}</span>
        </p>
        {claims.length > 0 && (
          <p class="cl-r-legend">
            <span class="cl-r-key cl-r-key--disputed">disputed by another outlet</span>
            <span class="cl-r-key cl-r-key--contrasted">others agree or add context</span>
            <span class="cl-r-key cl-r-key--plain">no comparison yet</span>
          </p>
        )}
        <OutletFacts outlets={[outlet]} />
      </header>
      <div class="cl-r-body" ref={bodyRef}>
        {paragraphs.map((p) => {
          const Tag = p.heading ? 'h2' : 'p';
          return (
            <Tag key={p.start} class={p.heading ? 'cl-r-subhead' : 'cl-r-para'}>
              {p.pieces.map((piece, i) =>
                piece.claimId === null ? (
                  piece.text
                ) : (
                  <mark
                    key={i}
                    data-claim={piece.claimId}
                    class={`cl-r-claim cl-r-claim--${markTone(contrasts[piece.claimId])}${piece.claimId === selectedClaimId ? ' is-selected' : ''}`}
                    tabIndex={piece.first ? 0 : -1}
                    role="button"
                    aria-pressed={piece.claimId === selectedClaimId}
                    onClick={() => onSelect(piece.claimId!)}
                    onKeyDown={(e) => activate(e, piece.claimId!)}
                  >
                    {piece.text}
                  </mark>
                ),
              )}
            </Tag>
          );
        })}
      </div>
    </article>
  );
}
