import type { PageView } from '../../utils/engine/types';
import { PassageItem } from './PassageItem';
import { TopicItem } from './TopicItem';

/** Props of {@link PillList}. */
export interface PillListProps {
  match: PageView;
  /** Indices of the sentences offered as passages (already filtered, capped and in page order). */
  passages: readonly number[];
  onOpenTopic: (topicId: string, key: string) => void;
  onOpenPassage: (index: number, key: string) => void;
  onPauseSite: () => void;
}

/** Arrow keys, Home and End move between the list's items (they stay in one tab stop's reach). */
function onListKey(e: KeyboardEvent): void {
  const list = e.currentTarget as HTMLElement;
  const items = Array.from(list.querySelectorAll<HTMLElement>('[data-cl-item]'));
  if (items.length === 0) return;
  const root = list.getRootNode() as Document | ShadowRoot;
  const i = items.indexOf(root.activeElement as HTMLElement);
  let next = -1;
  if (e.key === 'ArrowDown') next = i < 0 ? 0 : Math.min(items.length - 1, i + 1);
  else if (e.key === 'ArrowUp') next = i <= 0 ? 0 : i - 1;
  else if (e.key === 'Home') next = 0;
  else if (e.key === 'End') next = items.length - 1;
  if (next >= 0) {
    e.preventDefault();
    items[next]!.focus();
  }
}

/** The pill's open list: topics first, then a few page passages, then "Pause on this site". */
export function PillList({ match, passages, onOpenTopic, onOpenPassage, onPauseSite }: PillListProps) {
  return (
    <div id="clx-list" class="clx-list" onKeyDown={onListKey}>
      <div class="clx-scroll">
        <div class="clx-heading" id="clx-topics-h">
          Topics
        </div>
        <ul role="list" aria-labelledby="clx-topics-h">
          {match.topics.map((t) => (
            <TopicItem key={t.topic.id} match={t} onOpen={onOpenTopic} />
          ))}
        </ul>
        {passages.length > 0 && (
          <>
            <div class="clx-heading" id="clx-passages-h">
              Passages
            </div>
            <ul role="list" aria-labelledby="clx-passages-h">
              {passages.map((index) => (
                <PassageItem key={`s${index}`} sentence={match.sentences[index]!} index={index} onOpen={onOpenPassage} />
              ))}
            </ul>
          </>
        )}
      </div>
      <div class="clx-actions">
        <button type="button" class="clx-action" data-cl-key="pause" onClick={onPauseSite}>
          Pause on this site
        </button>
      </div>
    </div>
  );
}
