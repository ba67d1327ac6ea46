import { useEffect, useState } from 'preact/hooks';
import { ReaderArticle } from '../../components/ReaderArticle';
import { ReaderPanel } from '../../components/ReaderPanel';
import { parseReaderSearch, readerSearch, readerUrl } from '../../utils/reader-url';
import { send, type ArticleView } from '../../utils/messages';

type State = { status: 'loading' } | { status: 'missing' } | { status: 'error'; message: string } | { status: 'ready'; view: ArticleView };

/** Links from the reader to another stored article open the reader again (in a new tab). */

/** The reader page: one stored article with its claims highlighted and the selected claim's contrasts beside it. */
export function App() {
  const [target] = useState(() => parseReaderSearch(location.search));
  const [state, setState] = useState<State>({ status: 'loading' });
  const [selected, setSelected] = useState<string | null>(target.claimId);

  useEffect(() => {
    if (!target.articleId) {
      setState({ status: 'missing' });
      return;
    }
    let live = true;
    send('article.get', { id: target.articleId }).then(
      (view) => live && setState(view ? { status: 'ready', view } : { status: 'missing' }),
      (err: unknown) => live && setState({ status: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, [target.articleId]);

  useEffect(() => {
    document.title = state.status === 'ready' ? state.view.article.title : state.status === 'loading' ? 'ClaimLens reader' : 'Not found · ClaimLens';
  }, [state]);

  const select = (claimId: string) => {
    setSelected(claimId);
    if (state.status === 'ready') history.replaceState(null, '', readerSearch(state.view.article.id, claimId));
  };

  return (
    <div class="cl-theme cl-r-app">
      <header class="cl-r-bar">
        <span class="cl-brand">
          <span class="cl-logo" aria-hidden="true" />
          ClaimLens reader
        </span>
      </header>
      {state.status === 'loading' && (
        <main class="cl-r-status" aria-busy="true">
          <p class="cl-muted">Loading article…</p>
        </main>
      )}
      {state.status === 'missing' && (
        <main class="cl-r-status">
          <h1 class="cl-r-status-title">This article is no longer in your library</h1>
          <p class="cl-muted">It may have been deleted, or the library was reset. Open the ClaimLens options to import it again.</p>
        </main>
      )}
      {state.status === 'error' && (
        <main class="cl-r-status" role="alert">
          <h1 class="cl-r-status-title">Could not open this article</h1>
          <p class="cl-muted">{state.message}</p>
        </main>
      )}
      {state.status === 'ready' && (
        <main class="cl-r-layout">
          <ReaderArticle view={state.view} selectedClaimId={selected} onSelect={select} />
          <ReaderPanel view={state.view} selectedClaimId={selected} onSelect={select} readerUrl={readerUrl} />
        </main>
      )}
    </div>
  );
}
