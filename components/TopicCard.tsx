import { useId } from 'preact/hooks';
import type { ContrastGroups, Outlet, SentenceMatch, TextSpan, TopicMatch, TopicSummary } from '../utils/engine/types';
import { ContrastList, GROUP_ORDER } from './ContrastList';
import { FigureCompare, FigureHeadline } from './FigureCompare';
import { OutletFacts } from './OutletFacts';
import { Timeline } from './Timeline';
import { WhyMatched } from './WhyMatched';
import { formatDate, hasOwnQuotes, pageTerms, plural, topicTitle, truncate } from './format';

/** Props of {@link TopicCard}. */
export interface TopicCardProps {
  /** The topic's card; its summary alone while the card is being computed (the body then says so, quietly). */
  match: TopicMatch | TopicSummary;
  /** The card could not be computed (the background did not answer): said instead of the loading line. */
  failed?: boolean;
  /** When the reader clicked a highlighted sentence: its contrasts replace the topic's. */
  sentence?: SentenceMatch | null;
  /** Name of the outlet of the page being read (shown in the header; the background leaves its claims out). */
  pageOutletName?: string | null;
  /** The page's text: "Why this matched" then shows the page's own words for the matched terms (not stems). */
  pageText?: string | null;
  /** The page's own date (PageMatch.pageDate), shown beside the items so their dates can be read against it. */
  pageDate?: string | null;
  /** Scrolls the page to a sentence an item answers (the overlay wires it); without it the sentence is plain text. */
  onShowSentence?: (span: TextSpan) => void;
  readerUrl: (articleId: string, claimId: string) => string;
  /** Opens the reader at a claim (the overlay asks the background); without it "Open in reader" is a plain link. */
  onOpenReader?: (articleId: string, claimId: string) => void;
  onClose: () => void;
  onMuteTopic: (topicId: string) => void;
  onMuteOutlet: (outletId: string) => void;
  /** Theme picked by the content script from the page background; without it prefers-color-scheme decides. */
  theme?: 'light' | 'dark';
}

const EMPTY_GROUPS: ContrastGroups = { disputes: [], agrees: [], related: [] };

/** The groups with no page sentence on their items. */
function withoutSentence(groups: ContrastGroups): ContrastGroups {
  const strip = (list: ContrastGroups['disputes']) => list.map((c) => (c.pageSentence ? { ...c, pageSentence: null } : c));
  return { disputes: strip(groups.disputes), agrees: strip(groups.agrees), related: strip(groups.related) };
}

/** Distinct outlets quoted in the groups, in group order. */
export function outletsOf(groups: ContrastGroups): Outlet[] {
  const seen = new Map<string, Outlet>();
  for (const key of GROUP_ORDER) for (const c of groups[key]) if (!seen.has(c.outlet.id)) seen.set(c.outlet.id, c.outlet);
  return [...seen.values()];
}

/**
 * The overlay card for one matched topic: what other outlets claimed (disputes / agrees / adds context),
 * differing figures, a who-said-what-when timeline, outlet context and why the topic matched.
 * Non-modal dialog; the content script mounts it in a shadow root with `cardCss`.
 */
export function TopicCard({ match: topic, failed, sentence, pageOutletName, pageText, pageDate, onShowSentence, readerUrl, onOpenReader, onClose, onMuteTopic, onMuteOutlet, theme }: TopicCardProps) {
  const titleId = useId();
  // Opened on a passage, every item answers that passage (shown at the top), so items do not repeat it.
  // The page's own outlet is already left out by the background (matchPage, by domain or site name).
  // A page load carries the topic only: its items are asked for when the card opens (issue 10), tens of ms.
  const match = 'contrasts' in topic ? topic : null;
  const groups = sentence ? withoutSentence(sentence.contrasts) : (match?.contrasts ?? EMPTY_GROUPS);
  const outlets = outletsOf(groups);
  return (
    <div class="cl-theme cl-card" role="dialog" aria-modal="false" aria-labelledby={titleId} data-theme={theme}>
      <header class="cl-head">
        <div class="cl-brand" aria-hidden="true">
          <span class="cl-logo" />
          ClaimLens
        </div>
        <h2 class="cl-title" id={titleId}>
          {topicTitle(topic.topic.label)}
        </h2>
        <p class="cl-sub">
          {plural(topic.outletCount, 'outlet')} · {plural(topic.claimCount, 'claim')}
          {pageOutletName && <span class="cl-sub-page"> · you're reading {pageOutletName}</span>}
        </p>
        {pageDate && (
          <p class="cl-sub cl-sub-date">
            This article: <time dateTime={pageDate}>{formatDate(pageDate)}</time>
          </p>
        )}
        <button type="button" class="cl-close" aria-label="Close" onClick={onClose}>
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <path d="M4 4l8 8M12 4l-8 8" />
          </svg>
        </button>
      </header>
      <div class="cl-body">
        {sentence && (
          <p class="cl-passage">
            <span class="cl-passage-label">On this passage</span>
            {hasOwnQuotes(sentence.text) ? truncate(sentence.text, 180) : `“${truncate(sentence.text, 180)}”`}
          </p>
        )}
        {match ? (
          <>
            <FigureHeadline rows={match.figures} />
            <section class="cl-section cl-contrasts" aria-label="What other outlets say">
              <ContrastList groups={groups} readerUrl={readerUrl} onOpenReader={onOpenReader} onShowSentence={sentence ? undefined : onShowSentence} />
            </section>
            <FigureCompare rows={match.figures} />
            <Timeline entries={match.timeline} />
            <OutletFacts outlets={outlets} />
          </>
        ) : (
          <p class="cl-loading" role="status">
            {failed ? 'Could not read what other outlets say. Close the card and open it again.' : 'Reading what other outlets say…'}
          </p>
        )}
        <WhyMatched
          topicId={topic.topic.id}
          topicLabel={topicTitle(topic.topic.label)}
          matchedTerms={pageText ? pageTerms(topic.matchedTerms, pageText) : topic.matchedTerms}
          score={topic.score}
          outlets={outlets}
          onMuteTopic={onMuteTopic}
          onMuteOutlet={onMuteOutlet}
        />
      </div>
    </div>
  );
}
