import { formatPercent, splitOutletName } from './format';

/** Props of {@link WhyMatched}. */
export interface WhyMatchedProps {
  topicId: string;
  topicLabel: string;
  /** Page terms that made the topic match. */
  matchedTerms: string[];
  /** 0..1 match strength, shown as a percentage. */
  score: number;
  /** Outlets that can be muted from here (those quoted in the card). */
  outlets: { id: string; name: string }[];
  onMuteTopic: (topicId: string) => void;
  onMuteOutlet: (outletId: string) => void;
}

/** "Why this matched": the page terms and the match score, with buttons to mute the topic or an outlet. */
export function WhyMatched({ topicId, topicLabel, matchedTerms, score, outlets, onMuteTopic, onMuteOutlet }: WhyMatchedProps) {
  return (
    <section class="cl-section cl-whymatched">
      <div class="cl-section-head">
        <h3 class="cl-section-title">Why this matched</h3>
        <span class="cl-score" title="How strongly the page is about this topic">
          {formatPercent(score)} match
        </span>
      </div>
      {matchedTerms.length > 0 && (
        <p class="cl-why-text">
          <span class="cl-why-lead">This page mentions </span>
          {matchedTerms.map((t, i) => (
            <span key={t}>
              {i > 0 && <span class="cl-sr-only">{i === matchedTerms.length - 1 ? ' and ' : ', '}</span>}
              <span class="cl-term">{t}</span>
            </span>
          ))}
        </p>
      )}
      <div class="cl-actions" role="group" aria-label="Mute">
        <button type="button" class="cl-btn" onClick={() => onMuteTopic(topicId)} title={`Stop showing ${topicLabel} on pages`}>
          Mute topic
        </button>
        {outlets.map((o) => (
          <button key={o.id} type="button" class="cl-btn" onClick={() => onMuteOutlet(o.id)} title={`Stop showing claims from ${o.name}`}>
            Mute {splitOutletName(o.name).base}
          </button>
        ))}
      </div>
    </section>
  );
}
