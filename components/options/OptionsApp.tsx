import { useCallback, useEffect, useState } from 'preact/hooks';
import type { CorpusStats } from '../../utils/messages';
import { api } from '../../utils/options/api';
import { ImportPanel } from './ImportPanel';
import { LibraryPanel } from './LibraryPanel';
import { OptionsNav, SECTIONS, type SectionId } from './OptionsNav';
import { OutletsPanel } from './OutletsPanel';
import { SettingsPanel } from './SettingsPanel';
import { SourcesPanel } from './SourcesPanel';
import { Toast, type ToastData } from './Toast';

const TITLES: Record<SectionId, { title: string; sub: string }> = {
  import: { title: 'Import', sub: 'Files, pasted text or a web page' },
  library: { title: 'Library', sub: 'Every article ClaimLens compares against' },
  sources: { title: 'Sources', sub: 'Feeds ClaimLens keeps current for you' },
  outlets: { title: 'Outlets', sub: 'Who publishes what, and who owns them' },
  settings: { title: 'Settings', sub: 'Where and how ClaimLens shows up' },
};

function sectionFromHash(): SectionId {
  const id = location.hash.replace(/^#/, '');
  return SECTIONS.some((s) => s.id === id) ? (id as SectionId) : 'import';
}

/**
 * The options page: left nav and one panel at a time. Panels stay mounted (hidden) so an import in
 * progress survives a look at the library.
 */
export function OptionsApp() {
  const [section, setSection] = useState<SectionId>(sectionFromHash);
  const [stats, setStats] = useState<CorpusStats | null>(null);
  const [version, setVersion] = useState(0);
  const [toast, setToast] = useState<ToastData | null>(null);

  const refreshStats = useCallback(() => {
    api.stats().then(setStats, () => setStats(null));
  }, []);
  useEffect(() => {
    refreshStats();
    const onHash = () => setSection(sectionFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    document.title = `${TITLES[section].title} · ClaimLens`;
  }, [section]);

  const changed = useCallback(() => {
    setVersion((v) => v + 1);
    refreshStats();
  }, []);
  const showToast = useCallback((t: Omit<ToastData, 'id'>) => setToast({ ...t, id: Date.now() + Math.random() }), []);

  return (
    <div class="op-app">
      <a class="op-skip" href="#op-main">
        Skip to content
      </a>
      <OptionsNav current={section} stats={stats} />
      <main id="op-main" class="op-main" tabIndex={-1}>
        {SECTIONS.map(({ id }) => (
          <section key={id} class="op-panel" hidden={section !== id} aria-labelledby={`op-title-${id}`} data-panel={id}>
            <header class="op-panel-head">
              <h1 id={`op-title-${id}`} class="op-h1">
                {TITLES[id].title}
              </h1>
              <p class="op-panel-sub">{TITLES[id].sub}</p>
            </header>
            {id === 'import' && <ImportPanel onImported={changed} onShowLibrary={() => (location.hash = '#library')} />}
            {id === 'library' && <LibraryPanel active={section === 'library'} version={version} onChanged={changed} showToast={showToast} />}
            {id === 'sources' && <SourcesPanel active={section === 'sources'} onChanged={changed} showToast={showToast} />}
            {id === 'outlets' && <OutletsPanel active={section === 'outlets'} version={version} onChanged={changed} showToast={showToast} />}
            {id === 'settings' && <SettingsPanel active={section === 'settings'} version={version} />}
          </section>
        ))}
      </main>
      <Toast toast={toast} onDismiss={(id) => setToast((t) => (t && t.id === id ? null : t))} />
    </div>
  );
}
