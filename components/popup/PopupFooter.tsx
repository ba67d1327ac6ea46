import type { CorpusStats } from '../../utils/messages';
import { plural } from '../format';
import { GearIcon } from './Icons';

/** Props of {@link PopupFooter}. */
export interface PopupFooterProps {
  stats: CorpusStats | null;
  onOptions: () => void;
}

/** Library size (articles · outlets · claims) and the way to the options page. */
export function PopupFooter({ stats, onOptions }: PopupFooterProps) {
  return (
    <footer class="cl-p-footer">
      <span class="cl-p-stats">
        {stats ? `${plural(stats.articles, 'article')} · ${plural(stats.outlets, 'outlet')} · ${plural(stats.claims, 'claim')}` : '\u00a0'}
      </span>
      <button type="button" class="cl-p-linkbtn cl-p-options" onClick={onOptions}>
        <GearIcon />
        Library &amp; settings
      </button>
    </footer>
  );
}
