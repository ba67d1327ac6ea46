import type { SentenceMatch } from '../../utils/engine/types';
import { countContrasts } from '../../utils/engine/shown';
import { plural, truncate } from '../format';
import { quoted, sentenceItemLabel } from './labels';

/** Props of {@link PassageItem}. */
export interface PassageItemProps {
  sentence: SentenceMatch;
  /** Index of the sentence in the page match. */
  index: number;
  onOpen: (index: number, key: string) => void;
}

/** One page passage in the pill's list: the sentence (clamped to two lines) and how many claims answer it. */
export function PassageItem({ sentence, index, onOpen }: PassageItemProps) {
  const key = `sentence:${index}`;
  return (
    <li>
      <button type="button" class="clx-item" data-cl-item="" data-cl-key={key} aria-label={sentenceItemLabel(sentence)} onClick={() => onOpen(index, key)}>
        <span class="clx-item-quote">{quoted(truncate(sentence.text, 140))}</span>
        <span class="clx-item-meta">{plural(countContrasts(sentence.contrasts), 'related claim')}</span>
      </button>
    </li>
  );
}
