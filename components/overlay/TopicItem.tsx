import type { TopicSummary } from '../../utils/engine/types';
import { plural, topicTitle } from '../format';
import { topicItemLabel } from './labels';

/** Props of {@link TopicItem}. */
export interface TopicItemProps {
  match: TopicSummary;
  onOpen: (topicId: string, key: string) => void;
}

/** One topic in the pill's list: its name and how many outlets and claims the library has on it. */
export function TopicItem({ match, onOpen }: TopicItemProps) {
  const key = `topic:${match.topic.id}`;
  return (
    <li>
      <button type="button" class="clx-item" data-cl-item="" data-cl-key={key} aria-label={topicItemLabel(match)} onClick={() => onOpen(match.topic.id, key)}>
        <span class="clx-item-label">{topicTitle(match.topic.label)}</span>
        <span class="clx-item-meta">
          {plural(match.outletCount, 'outlet')} · {plural(match.claimCount, 'claim')}
        </span>
      </button>
    </li>
  );
}
