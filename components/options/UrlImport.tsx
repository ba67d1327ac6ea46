import { useState } from 'preact/hooks';
import type { ImportItem } from '../../utils/messages';
import { checkUrl, fetchArticle } from '../../utils/options/url-import';
import { requestHostAccess } from '../../utils/host-access';

/** Props of {@link UrlImport}. */
export interface UrlImportProps {
  onItem: (item: ImportItem, host: string) => void;
  disabled?: boolean;
}

/** Parses fetched HTML into an inert document whose links resolve against the page's address. */
function parseHtml(html: string, url: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  if (!doc.querySelector('base')) {
    const base = doc.createElement('base');
    base.href = url;
    doc.head.prepend(base);
  }
  return doc;
}

/**
 * One article by URL. The page is fetched only on click, after the browser has asked the user to let
 * ClaimLens read that one site (optional host permission for its origin).
 */
export function UrlImport({ onItem, disabled }: UrlImportProps) {
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const submit = (e: Event) => {
    e.preventDefault();
    const checked = checkUrl(value);
    if ('error' in checked) {
      setMessage(checked.error);
      return;
    }
    setMessage(null);
    setBusy(true);
    // The permission request must be the first thing the click does (it needs the user gesture).
    requestHostAccess([checked.url])
      .then(async (granted) => {
        if (!granted) {
          setMessage(`ClaimLens was not allowed to read ${checked.origin}: nothing was fetched.`);
          return;
        }
        const item = await fetchArticle(checked.url, { fetch: (...a) => fetch(...a), parseHtml });
        onItem(item, new URL(checked.url).host);
        setValue('');
      })
      .catch((err: unknown) => setMessage(err instanceof Error ? err.message : String(err)))
      .finally(() => setBusy(false));
  };

  return (
    <form class="op-form op-url" onSubmit={submit} aria-labelledby="op-url-title">
      <h3 id="op-url-title" class="op-h3">
        Import from a URL
      </h3>
      <p class="op-help">
        Fetched only when you click, after your browser asks to let ClaimLens read that one site. Nothing else is sent anywhere.
      </p>
      <div class="op-inline">
        <label class="op-visually-hidden" for="op-url-input">
          Article URL
        </label>
        <input
          id="op-url-input"
          type="url"
          value={value}
          onInput={(e) => setValue(e.currentTarget.value)}
          placeholder="https://example.com/news/article"
          class="op-grow"
        />
        <button type="submit" class="op-btn" disabled={disabled || busy}>
          {busy ? 'Fetching…' : 'Fetch & preview'}
        </button>
      </div>
      {message && (
        <p class="op-error-text" role="alert">
          {message}
        </p>
      )}
    </form>
  );
}
