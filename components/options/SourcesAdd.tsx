import { useState } from 'preact/hooks';
import { requestHostAccess } from '../../utils/host-access';
import { checkSourceUrl } from '../../utils/sources/fetcher';
import type { AddSourceOutcome, FeedLink } from '../../utils/sources/types';
import { send } from '../../utils/messages';

/** Props of {@link SourcesAdd}. */
export interface SourcesAddProps {
  onAdded: (outcome: AddSourceOutcome) => void;
}

/**
 * "Add a source" by feed URL or site URL. The host permission is asked first thing in the click (the user
 * gesture); when a site names several feeds (or one on another host), each is offered as its own button.
 */
export function SourcesAdd({ onAdded }: SourcesAddProps) {
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [choices, setChoices] = useState<FeedLink[] | null>(null);

  const add = (url: string) => {
    const checked = checkSourceUrl(url);
    if ('error' in checked) {
      setMessage(checked.error);
      return;
    }
    setBusy(true);
    setMessage(null);
    requestHostAccess([checked.url])
      .then(async (granted) => {
        if (!granted) {
          setMessage(`ClaimLens was not allowed to read ${new URL(checked.url).host}: nothing was fetched.`);
          return;
        }
        const out = await send('sources.add', { url: checked.url });
        if (out.status === 'choose') {
          setChoices(out.feeds);
          setMessage(`${out.page} names ${out.feeds.length} feed${out.feeds.length === 1 ? '' : 's'}: pick one.`);
          return;
        }
        if (out.status === 'error') setMessage(out.reason);
        else {
          setChoices(null);
          setValue('');
          if (out.status === 'exists') setMessage(`Already a source: ${out.source.outlet}.`);
        }
        onAdded(out);
      })
      .catch((err: unknown) => setMessage(err instanceof Error ? err.message : String(err)))
      .finally(() => setBusy(false));
  };

  return (
    <form
      class="op-form op-card"
      aria-labelledby="op-src-add-title"
      onSubmit={(e) => {
        e.preventDefault();
        add(value);
      }}
    >
      <h3 id="op-src-add-title" class="op-h3">
        Add a source
      </h3>
      <p class="op-help">
        A feed (RSS, Atom, JSON Feed) or a site that names one. Your browser asks to let ClaimLens read that site; only your sources'
        sites are ever fetched, and nothing about what you read is sent.
      </p>
      <div class="op-inline">
        <label class="op-visually-hidden" for="op-src-url">
          Feed or site address
        </label>
        <input
          id="op-src-url"
          type="url"
          value={value}
          placeholder="https://example.org/feed.xml"
          onInput={(e) => setValue(e.currentTarget.value)}
          disabled={busy}
        />
        <button type="submit" class="op-btn op-btn-primary" disabled={busy || !value.trim()}>
          {busy ? 'Adding…' : 'Add source'}
        </button>
      </div>
      {message && (
        <p class="op-src-message" role="status" data-testid="source-add-message">
          {message}
        </p>
      )}
      {choices && (
        <ul class="op-src-choices">
          {choices.map((f) => (
            <li key={f.url}>
              <button type="button" class="op-btn op-btn-small" disabled={busy} onClick={() => add(f.url)}>
                Add {f.title ?? f.url}
              </button>{' '}
              <span class="op-dim">{f.url}</span>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
