import type { PageView, SentenceMatch, TextSpan, TopicMatch, TopicSummary } from '../../utils/engine/types';
import type { Theme } from '../../utils/page/theme';
import { TopicCard } from '../TopicCard';
import { Pill, type PillMode } from './Pill';

/** Everything the overlay shows, owned by the content script's overlay controller. */
export interface OverlayView {
  match: PageView | null;
  /** Sentence indices offered as passages. */
  passages: readonly number[];
  theme: Theme;
  pageOutletName: string | null;
  pageText: string | null;
  pillMode: PillMode;
  /** Pixels between the pill and the viewport bottom (clears a page's own bottom bar). */
  pillLift: number;
  /**
   * The open card, if any: its topic (the card once the background computed it, the page load's summary until then,
   * `failed` when it could not) and, when opened from a passage, the sentence.
   */
  card: { topic: TopicMatch | TopicSummary; failed?: boolean; sentence: SentenceMatch | null; key: string } | null;
}

/** What the overlay's parts ask for. */
export interface OverlayActions {
  onPillMode: (mode: PillMode) => void;
  onOpenTopic: (topicId: string, key: string) => void;
  onOpenPassage: (index: number, key: string) => void;
  onPauseSite: () => void;
  onCloseCard: () => void;
  onMuteTopic: (topicId: string) => void;
  onMuteOutlet: (outletId: string) => void;
  readerUrl: (articleId: string, claimId: string) => string;
  onOpenReader: (articleId: string, claimId: string) => void;
  /** A card item's "which sentence" was clicked: scroll the page there and flash it. */
  onShowSentence: (span: TextSpan) => void;
}

/**
 * The overlay's whole tree inside the closed shadow root: the corner pill in a labelled region, and the card
 * in a wrapper the controller positions next to its highlight (`.clx-card-wrap`, hidden until placed).
 */
export function OverlayApp({ view, actions }: { view: OverlayView; actions: OverlayActions }) {
  const m = view.match;
  const showPill = !!m && m.topics.length > 0;
  return (
    <>
      <div class="clx-root" role="region" aria-label="ClaimLens" style={{ '--clx-lift': `${view.pillLift}px` }}>
        {showPill && (
          <Pill
            match={m}
            passages={view.passages}
            theme={view.theme}
            mode={view.pillMode}
            onMode={actions.onPillMode}
            onOpenTopic={actions.onOpenTopic}
            onOpenPassage={actions.onOpenPassage}
            onPauseSite={actions.onPauseSite}
          />
        )}
      </div>
      {view.card && (
        <div class="clx-card-wrap" key={view.card.key}>
          <TopicCard
            match={view.card.topic}
            failed={view.card.failed}
            sentence={view.card.sentence}
            pageOutletName={view.pageOutletName}
            pageText={view.pageText}
            pageDate={m?.pageDate ?? null}
            onShowSentence={actions.onShowSentence}
            readerUrl={actions.readerUrl}
            onOpenReader={actions.onOpenReader}
            theme={view.theme}
            onClose={actions.onCloseCard}
            onMuteTopic={actions.onMuteTopic}
            onMuteOutlet={actions.onMuteOutlet}
          />
        </div>
      )}
    </>
  );
}
