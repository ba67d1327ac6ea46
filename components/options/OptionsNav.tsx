import type { CorpusStats } from '../../utils/messages';
import { plural } from '../format';

/** The options page's sections, in nav order. */
export const SECTIONS = [
  { id: 'import', label: 'Import', icon: 'M12 15V4m0 0-4 4m4-4 4 4M4 15v3a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-3' },
  { id: 'library', label: 'Library', icon: 'M5 4h4v16H5zM10 4h4v16h-4zM15.5 4.5l3.8 1 -3.9 14.9 -3.8-1z' },
  { id: 'sources', label: 'Sources', icon: 'M5 19a1 1 0 1 0 0-.01M5 12a7 7 0 0 1 7 7M5 5a14 14 0 0 1 14 14' },
  { id: 'outlets', label: 'Outlets', icon: 'M4 20V9l8-5 8 5v11M9 20v-6h6v6' },
  { id: 'settings', label: 'Settings', icon: 'M4 7h10M18 7h2M4 17h4M12 17h8M14 5v4M8 15v4' },
] as const;
export type SectionId = (typeof SECTIONS)[number]['id'];

/** Props of {@link OptionsNav}. */
export interface OptionsNavProps {
  current: SectionId;
  stats: CorpusStats | null;
}

/** The left navigation: brand, the four sections (as links to #section), and the library size. */
export function OptionsNav({ current, stats }: OptionsNavProps) {
  return (
    <nav class="op-nav" aria-label="ClaimLens settings">
      <div class="op-nav-inner">
      <div class="op-brand">
        <span class="op-brand-mark" aria-hidden="true">
          <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round">
            <circle cx="10.5" cy="10.5" r="6" />
            <path d="m15 15 5 5" />
          </svg>
        </span>
        <span>ClaimLens</span>
      </div>
      <ul class="op-nav-list">
        {SECTIONS.map((s) => (
          <li key={s.id}>
            <a href={`#${s.id}`} class="op-nav-link" aria-current={current === s.id ? 'page' : undefined}>
              <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="1.7" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">
                <path d={s.icon} />
              </svg>
              {s.label}
            </a>
          </li>
        ))}
      </ul>
      <div class="op-nav-foot" aria-live="polite" data-testid="corpus-stats">
        {stats ? (
          <>
            <div>{plural(stats.articles, 'article')}</div>
            <div class="op-dim">
              {plural(stats.outlets, 'outlet')} · {plural(stats.claims, 'claim')}
            </div>
            <div class="op-dim">
              {[
                `${stats.seedArticles} seed`,
                // "0 imported" says nothing once feeds fill the library; kept while it is the only other count.
                (stats.importedArticles > 0 || stats.feedArticles === 0) && `${stats.importedArticles} imported`,
                stats.feedArticles > 0 && `${stats.feedArticles} from feeds`,
              ]
                .filter(Boolean)
                .join(' · ')}
            </div>
          </>
        ) : (
          <div class="op-dim">Library size unknown</div>
        )}
        <div class="op-private">Stored only in this browser</div>
      </div>
      </div>
    </nav>
  );
}
