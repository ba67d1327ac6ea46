import { useEffect, useId, useState } from 'preact/hooks';
import type { PageSummary, TopicMatch, TopicSummary } from '../../utils/engine/types';
import { send, type ImportOutcome } from '../../utils/messages';
import { ContrastList } from '../ContrastList';
import { countContrasts } from '../../utils/engine/shown';
import { plural } from '../format';
import { ChevronIcon } from './Icons';
import { EmptyState } from './EmptyState';

/** Props of {@link ThisPage}. */
export interface ThisPageProps {
  readerUrl: (articleId: string, claimId: string) => string;
  /** Called after an import changed the library (so the footer can recount). */
  onImported: () => void;
}

type PageState =
  | { status: 'loading' }
  | { status: 'no-page' }
  | { status: 'ready'; tabId: number; url: string; match: PageSummary | null; inLibrary: boolean }
  | { status: 'error'; message: string };

type ImportState = { status: 'idle' } | { status: 'importing' } | { status: 'done'; outcome: ImportOutcome };

const WEB_PAGE = /^https?:\/\//i;

/** The active tab's page, whether it is already in the library, and what the background matched on it. */
async function loadPage(): Promise<PageState> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined || !tab.url || !WEB_PAGE.test(tab.url)) return { status: 'no-page' };
  const [match, dup] = await Promise.all([
    send('tab.match', { tabId: tab.id }),
    send('corpus.checkDuplicates', { ids: [], urls: [tab.url] }).catch(() => ({ ids: [], urls: [] as string[] })),
  ]);
  return { status: 'ready', tabId: tab.id, url: tab.url, match, inLibrary: dup.urls.includes(tab.url) };
}

/**
 * "This page": the topics the open article shares with the library, each expandable to what other outlets
 * claimed about it (the overlay card's contrasts), and "Import this page" when it is not in the library yet.
 */
export function ThisPage({ readerUrl, onImported }: ThisPageProps) {
  const [page, setPage] = useState<PageState>({ status: 'loading' });
  const [imp, setImp] = useState<ImportState>({ status: 'idle' });

  useEffect(() => {
    let live = true;
    loadPage().then(
      (s) => live && setPage(s),
      (err: unknown) => live && setPage({ status: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, []);

  const importPage = async (tabId: number) => {
    setImp({ status: 'importing' });
    try {
      const outcome = await send('tab.import', { tabId });
      setImp({ status: 'done', outcome });
      if (outcome.status === 'imported') onImported();
    } catch (err) {
      setImp({ status: 'done', outcome: { name: 'this page', status: 'error', reason: err instanceof Error ? err.message : String(err) } });
    }
  };

  if (page.status === 'loading') return <p class="cl-p-loading">Looking at this page…</p>;
  if (page.status === 'error') return <EmptyState tone="error" title="Could not read this tab.">{page.message}</EmptyState>;
  if (page.status === 'no-page') {
    return (
      <EmptyState tone="quiet" title="No article open in this tab.">
        <p>Open a news article and ClaimLens shows what other outlets in your library claimed about its topics. Or search your library above.</p>
      </EmptyState>
    );
  }

  const topics = page.match?.topics ?? [];
  const importBox = !page.inLibrary && (
    <ImportThisPage state={imp} onImport={() => void importPage(page.tabId)} />
  );
  if (!page.match) {
    return (
      <>
        <EmptyState tone="quiet" title="This page isn't a news article ClaimLens could read.">
          <p>If it is one, import it to add its claims to your library.</p>
        </EmptyState>
        {importBox}
      </>
    );
  }
  return (
    <section class="cl-p-page" aria-labelledby="cl-p-page-title">
      <h2 class="cl-p-section-title" id="cl-p-page-title">
        This page
        {topics.length > 0 && <span class="cl-p-section-count">{plural(topics.length, 'topic')} in your library</span>}
      </h2>
      {topics.length === 0 ? (
        <EmptyState tone="quiet" title="No topics from your library on this page yet." />
      ) : (
        <ul class="cl-p-topic-list">
          {topics.map((t, i) => (
            <TopicRow key={t.topic.id} tabId={page.tabId} match={t} initiallyOpen={topics.length === 1 && i === 0} readerUrl={readerUrl} />
          ))}
        </ul>
      )}
      {page.inLibrary ? <p class="cl-p-note">This page is in your library.</p> : importBox}
    </section>
  );
}

/**
 * One matched topic: a disclosure button with counts, opening to its contrasts. The tab's match carries the topic
 * only (issue 10): its card — the counts and the items — is asked for at once and shown when it comes.
 */
function TopicRow({ tabId, match, initiallyOpen, readerUrl }: { tabId: number; match: TopicSummary; initiallyOpen: boolean; readerUrl: ThisPageProps['readerUrl'] }) {
  const [open, setOpen] = useState(initiallyOpen);
  const panelId = useId();
  // undefined while asked for; null when the background had none to give.
  const [card, setCard] = useState<TopicMatch | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    send('tab.card', { tabId, topicId: match.topic.id }).then(
      (c) => live && setCard(c),
      () => live && setCard(null),
    );
    return () => {
      live = false;
    };
  }, [tabId, match.topic.id]);
  const disputes = card?.contrasts.disputes ?? [];
  const agrees = card?.contrasts.agrees ?? [];
  return (
    <li class="cl-p-topic-row" data-open={open || undefined}>
      <button type="button" class="cl-p-topic-head" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        <ChevronIcon />
        <span class="cl-p-topic-name">{match.topic.label}</span>
        <span class="cl-p-topic-counts">
          {disputes.length > 0 && <span class="cl-p-pill cl-p-pill--disputes">{disputes.length} disputing</span>}
          {agrees.length > 0 && <span class="cl-p-pill cl-p-pill--agrees">{agrees.length} agreeing</span>}
          <span class="cl-p-topic-spread">{plural(match.outletCount, 'outlet')}</span>
        </span>
      </button>
      {open && (
        <div class="cl-p-topic-panel" id={panelId}>
          {card ? (
            <ContrastList
              groups={card.contrasts}
              readerUrl={readerUrl}
              limit={2}
              emptyText={countContrasts(card.contrasts) === 0 ? 'No other outlet in your library has claims on this yet.' : undefined}
            />
          ) : (
            <p class="cl-p-note" role="status">
              {card === null ? 'Could not read what other outlets say about this.' : 'Reading what other outlets say…'}
            </p>
          )}
        </div>
      )}
    </li>
  );
}

/** "Import this page" and what came of it. */
function ImportThisPage({ state, onImport }: { state: ImportState; onImport: () => void }) {
  if (state.status === 'done') {
    const o = state.outcome;
    const text =
      o.status === 'imported'
        ? `Imported: ${plural(o.claims, 'claim')} added to your library.`
        : o.status === 'duplicate'
          ? `Already in your library (${o.reason}).`
          : `Could not import this page: ${o.reason}`;
    return (
      <p class={`cl-p-import-outcome cl-p-import-outcome--${o.status}`} role="status">
        {text}
      </p>
    );
  }
  return (
    <div class="cl-p-import">
      <button type="button" class="cl-p-button" onClick={onImport} disabled={state.status === 'importing'}>
        {state.status === 'importing' ? 'Importing…' : 'Import this page'}
      </button>
      <span class="cl-p-import-hint">Adds its claims to your library, on this device only.</span>
    </div>
  );
}
