import { formatDate } from '../format';
import type { SearchHit } from '../../utils/messages';
import { KIND_LABELS } from './query';
import { MarkedText } from './MarkedText';

/** Props of {@link ResultRow}. */
export interface ResultRowProps {
  id: string;
  hit: SearchHit;
  active: boolean;
  onOpen: (hit: SearchHit) => void;
  onHover: () => void;
  /** Set when the claim's article was fetched by a source (feed): that source's outlet. */
  fromSource?: string;
}

/** Topic chips shown per result before "+N". */
const MAX_CHIPS = 3;

/**
 * One search result (a listbox option): the claim with its matched words marked, who said it, then where and
 * when, what kind of claim, and its topics.
 */
export function ResultRow({ id, hit, active, onOpen, onHover, fromSource }: ResultRowProps) {
  const { claim } = hit;
  const date = formatDate(claim.date);
  const extra = hit.topicLabels.length - MAX_CHIPS;
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      class="cl-p-result"
      data-kind={claim.kind}
      onClick={() => onOpen(hit)}
      onMouseMove={active ? undefined : onHover}
    >
      <p class="cl-p-claim">
        <MarkedText text={claim.text} marks={hit.marks.text} />
      </p>
      {claim.speaker && (
        <p class="cl-p-speaker" title={claim.speaker}>
          <MarkedText text={claim.speaker} marks={hit.marks.speaker} />
        </p>
      )}
      <p class="cl-p-meta">
        <span class="cl-p-source">
          <span class="cl-p-outlet">{hit.outletName}</span>
          {date && <time dateTime={claim.date ?? undefined}>{date}</time>}
          <span class="cl-p-kind">{KIND_LABELS[claim.kind]}</span>
          {fromSource && (
            <span class="cl-p-feed" title={`Fetched from your source ${fromSource}`} data-testid="result-from-source">
              via feed
            </span>
          )}
        </span>
        {hit.topicLabels.slice(0, MAX_CHIPS).map((t) => (
          <span key={t} class="cl-p-topic">
            {t}
          </span>
        ))}
        {extra > 0 && (
          <span class="cl-p-topic cl-p-topic--more" title={hit.topicLabels.slice(MAX_CHIPS).join(', ')}>
            +{extra}
          </span>
        )}
      </p>
    </li>
  );
}
