import type { Contrast, RelationEvidence, TextSpan } from '../utils/engine/types';
import { formatDate, formatFigure, hasOwnQuotes, timingText, truncate } from './format';
import { OutletName } from './OutletName';

/** Props of {@link ContrastItem}. */
export interface ContrastItemProps {
  contrast: Contrast;
  /** Link to the stored article with this claim highlighted. */
  readerUrl: (articleId: string, claimId: string) => string;
  /**
   * Opens the reader instead of following the link. The overlay passes it: a web page may not navigate to an
   * extension page, so the background opens the tab. Extension pages leave it out and the link just works.
   */
  onOpenReader?: (articleId: string, claimId: string) => void;
  /** Shows the page sentence the item answers (the overlay scrolls there); without it the sentence is plain text. */
  onShowSentence?: (span: TextSpan) => void;
  /** Other articles carrying the same statement word for word (see foldCopies): listed by outlet under the quote. */
  copies?: readonly Contrast[];
}

/** At most this many outlets are named on a copies line; the rest are counted. */
const COPIES_NAMED = 3;

/** "Same wording in Outlet B, Outlet C and 2 more": who else carries a statement, so copies do not read as agreement. */
export function CopiesLine({ copies }: { copies: readonly Contrast[] }) {
  const outlets = [...new Map(copies.map((c) => [c.outlet.id, c.outlet])).values()];
  const named = outlets.slice(0, COPIES_NAMED);
  const more = outlets.length - named.length;
  return (
    <p class="cl-copies">
      Same wording in{' '}
      {named.map((o, i) => (
        <span key={o.id}>
          {i > 0 && (i === named.length - 1 && !more ? ' and ' : ', ')}
          <OutletName name={o.name} />
        </span>
      ))}
      {more > 0 && ` and ${more} more`}
    </p>
  );
}

/** The page sentence an item answers, clipped: a button that scrolls to it when the card can do that. */
export function AnsweredSentence({ sentence, onShow }: { sentence: NonNullable<Contrast['pageSentence']>; onShow?: (span: TextSpan) => void }) {
  const text = truncate(sentence.text.replace(/\s+/g, ' ').trim(), 110);
  if (!onShow) {
    return (
      <p class="cl-answers">
        <span class="cl-answers-label">Answers</span> <q>{text}</q>
      </p>
    );
  }
  return (
    <p class="cl-answers">
      <span class="cl-answers-label">Answers</span>{' '}
      <button type="button" class="cl-answers-link" title="Show this sentence on the page" onClick={() => onShow({ start: sentence.start, end: sentence.end })}>
        <q>{text}</q>
      </button>
    </p>
  );
}

/**
 * One short line saying why the engine put this claim in its group, or null when there is nothing crisp to say.
 * With `claimText`, a refuting word is only quoted ("Says “denied”") when this claim is the one that says it:
 * the evidence lists refuting words of both sides, and the other side is the reader's own passage.
 */
export function evidenceLine(e: RelationEvidence, claimText?: string): string | null {
  const diff = e.figureDiffs[0];
  if (diff) return `${diff.subject}: ${formatFigure(diff.a)} vs ${formatFigure(diff.b)}`;
  if (e.act) return `“${truncate(e.act.a, 60)}” vs “${truncate(e.act.b, 60)}”`;
  if (e.opposingDirection && e.opposingDirection.a.length && e.opposingDirection.b.length) {
    return `“${e.opposingDirection.a[0]}” vs “${e.opposingDirection.b[0]}”`;
  }
  // A denial names what it denies: the claim's own ("Denies “it has agreed to a ceasefire”"), or the page's.
  if (e.denied) {
    const own = claimText === undefined || claimText.includes(e.denied.what);
    return `${own ? 'Denies' : 'This page denies'} “${truncate(e.denied.what, 90)}”`;
  }
  const saying = claimText === undefined ? e.refuting[0] : e.refuting.find((w) => claimText.toLowerCase().includes(w.toLowerCase()));
  if (saying) return `Says “${saying}”`;
  if (e.negation) return 'Negates the claim';
  return null;
}

/** One contrasting claim: the quote, who said it, which outlet, when, and a link to read it in context. */
export function ContrastItem({ contrast, readerUrl, onOpenReader, onShowSentence, copies }: ContrastItemProps) {
  const { claim, outlet, article, relation } = contrast;
  const date = formatDate(claim.date ?? article.published);
  const why = relation.label === 'related' ? null : evidenceLine(relation.evidence, claim.text);
  const when = timingText(contrast.timing);
  return (
    <li class={`cl-item cl-item--${relation.label}`}>
      {/* Claims that quote someone keep their own quotation marks; the rest get a pair from CSS. */}
      <blockquote class={hasOwnQuotes(claim.text) ? 'cl-quote cl-quote--bare' : 'cl-quote'} cite={article.url ?? undefined}>
        {truncate(claim.text, 320)}
      </blockquote>
      {why && <p class="cl-why">{why}</p>}
      {claim.speaker && <p class="cl-speaker">{claim.speaker}</p>}
      {relation.copy && <p class="cl-copies">Same wording as this page</p>}
      {copies && copies.length > 0 && <CopiesLine copies={copies} />}
      {contrast.pageSentence && <AnsweredSentence sentence={contrast.pageSentence} onShow={onShowSentence} />}
      <div class="cl-item-foot">
        <span class="cl-meta">
          <span class="cl-outlet">
            <OutletName name={outlet.name} />
          </span>
          {date && <time dateTime={claim.date ?? article.published ?? undefined}>{date}</time>}
          {when && <span class={`cl-when cl-when--${contrast.timing!.position}`}>{when}</span>}
        </span>
        <a
          class="cl-link"
          href={readerUrl(article.id, claim.id)}
          target="_blank"
          rel="noopener"
          onClick={
            onOpenReader &&
            ((e: MouseEvent) => {
              e.preventDefault();
              onOpenReader(article.id, claim.id);
            })
          }
          onAuxClick={
            onOpenReader &&
            ((e: MouseEvent) => {
              if (e.button !== 1) return;
              e.preventDefault();
              onOpenReader(article.id, claim.id);
            })
          }
        >
          Open in reader
          <span aria-hidden="true"> ↗</span>
        </a>
      </div>
    </li>
  );
}
