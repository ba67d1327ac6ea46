import type { PageView } from '../../utils/engine/types';
import type { Theme } from '../../utils/page/theme';
import { plural } from '../format';
import { PillList } from './PillList';

/** Collapsed (a button), expanded (with its list) or minimised (a small badge). */
export type PillMode = 'collapsed' | 'expanded' | 'minimised';

/** Props of {@link Pill}. */
export interface PillProps {
  match: PageView;
  passages: readonly number[];
  theme: Theme;
  mode: PillMode;
  onMode: (mode: PillMode) => void;
  onOpenTopic: (topicId: string, key: string) => void;
  onOpenPassage: (index: number, key: string) => void;
  onPauseSite: () => void;
}

/** Focuses the first or last item of the list that belongs to the pill containing `from`. */
function focusItem(from: HTMLElement, which: 'first' | 'last'): void {
  const items = from.closest('.clx-pill')?.querySelectorAll<HTMLElement>('[data-cl-item]');
  (which === 'first' ? items?.[0] : items?.[items.length - 1])?.focus();
}

/**
 * The corner pill: "ClaimLens · N topics"; opening it lists the topics (and a few passages). Minimised it is a
 * small badge with the count.
 */
export function Pill({ match, passages, theme, mode, onMode, onOpenTopic, onOpenPassage, onPauseSite }: PillProps) {
  const n = match.topics.length;
  const count = plural(n, 'topic');
  if (mode === 'minimised') {
    return (
      <button type="button" class="cl-theme clx-badge" data-theme={theme} data-cl-key="badge" aria-label={`Show ClaimLens (${count})`} onClick={() => onMode('collapsed')}>
        <span class="cl-logo" aria-hidden="true" />
        <span class="clx-count">{String(n)}</span>
      </button>
    );
  }
  const expanded = mode === 'expanded';
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const button = e.currentTarget as HTMLElement;
    if (!expanded) onMode('expanded');
    // The list renders synchronously on the mode change; focus its first or last item.
    focusItem(button, e.key === 'ArrowDown' ? 'first' : 'last');
  };
  return (
    <div class="cl-theme clx-pill" data-theme={theme}>
      <div class="clx-bar">
        <button
          type="button"
          class="clx-main"
          data-cl-key="pill"
          aria-expanded={expanded ? 'true' : 'false'}
          aria-controls="clx-list"
          onClick={() => onMode(expanded ? 'collapsed' : 'expanded')}
          onKeyDown={onKeyDown}
        >
          <span class="cl-logo" aria-hidden="true" />
          <span class="clx-title">ClaimLens · {count}</span>
        </button>
        <button type="button" class="clx-min" data-cl-key="minimise" aria-label="Minimise ClaimLens" title="Minimise" onClick={() => onMode('minimised')}>
          –
        </button>
      </div>
      {expanded && <PillList match={match} passages={passages} onOpenTopic={onOpenTopic} onOpenPassage={onOpenPassage} onPauseSite={onPauseSite} />}
    </div>
  );
}
