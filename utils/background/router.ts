/**
 * The background's message router: checks who is asking, then calls the typed handler.
 * Kept free of `browser.*` calls so unit tests can drive it with fake senders.
 */
import {
  ACCESS,
  isEnvelope,
  type MessageType,
  type Reply,
  type RequestOf,
  type ResponseOf,
} from '../messages';

/** Who sent a message, as far as the background can tell from the sender. */
export type Caller =
  | { kind: 'content'; tabId: number; url: string }
  | { kind: 'extension'; url: string; tabId: number | null };

/** The handler for every request; `caller` tells content scripts' own tab. */
export type Handlers = {
  [K in MessageType]: (payload: RequestOf<K>, caller: Caller) => Promise<ResponseOf<K>>;
};

/** The parts of a runtime.MessageSender the router reads. */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/**
 * Classifies a sender: an extension page has our own origin in its URL (even when it is open in a tab, like
 * the options page); a content script has a tab and a web URL; anything else (other extensions) is refused.
 */
export function classifySender(sender: SenderLike, extensionId: string, extensionOrigin: string): Caller | null {
  if (sender.id !== extensionId) return null;
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return { kind: 'extension', url, tabId: sender.tab?.id ?? null };
  if (sender.tab?.id !== undefined && sender.tab.id >= 0) return { kind: 'content', tabId: sender.tab.id, url };
  return null;
}

/**
 * Messages that read the stance models: only these wait for the weights fetched at worker start (~340 KB), so a
 * popup search or a settings page on a waking worker does not (`page.card` and `tab.card` build cards with the model,
 * `page.match` may read a card's stance to choose its topics, and so may `page.sentences` when it analyses the page again;
 * `article.get` is the reader's view of contrasts, listed so it never meets a half-loaded model).
 */
export const NEEDS_STANCE: ReadonlySet<MessageType> = new Set<MessageType>(['page.match', 'page.card', 'page.sentences', 'tab.card', 'article.get']);

/**
 * What each message needs of a starting worker's corpus (utils/background/startup.ts): `seeds` — the seed pack in and
 * the match index usable (read-only questions: a page match must not wait for the row counts); `checked` — the start-up
 * consistency check done too (everything that writes the corpus or its feeds, so no write re-stamps the row counts
 * before the check compared them). Exhaustive, so a new message must say which it is.
 */
export const STARTUP_NEEDS: { readonly [K in MessageType]: 'seeds' | 'checked' } = {
  'page.match': 'seeds',
  'page.card': 'seeds',
  'page.sentences': 'seeds',
  'page.clear': 'seeds',
  'page.readability': 'seeds',
  'reader.open': 'seeds',
  'corpus.stats': 'seeds',
  'tab.match': 'seeds',
  'tab.card': 'seeds',
  'article.get': 'seeds',
  'article.list': 'seeds',
  'article.update': 'checked',
  'article.delete': 'checked',
  'article.restore': 'checked',
  'corpus.import': 'checked',
  'corpus.recomputeTopics': 'checked',
  'features.progress': 'seeds',
  'corpus.importPack': 'checked',
  'corpus.importAnalysed': 'checked',
  'import.interrupted': 'seeds',
  'corpus.reanalyse': 'checked',
  'import.outcomes': 'seeds',
  'import.forget': 'checked',
  'corpus.export': 'seeds',
  'corpus.reset': 'checked',
  'outlet.list': 'seeds',
  'outlet.update': 'checked',
  'search.query': 'seeds',
  'search.facets': 'seeds',
  'corpus.checkDuplicates': 'seeds',
  'tab.import': 'checked',
  'sources.list': 'seeds',
  'sources.add': 'checked',
  'sources.update': 'checked',
  'sources.remove': 'checked',
  'sources.fetch': 'checked',
  'sources.exportOpml': 'seeds',
  'sources.articles': 'seeds',
};

/** The start-up stages a message may wait for (see {@link startupWait}). */
export interface StartupReady {
  seeded: Promise<unknown>;
  stance: Promise<unknown>;
  /** The consistency check done (defaults to `seeded`: a worker without a deferred check). */
  checked?: Promise<unknown>;
  /** Asks for the deferred check to start now (a writer is waiting for it). */
  checkNow?: () => void;
}

/**
 * What a message waits for before it is answered on a starting worker: the seed load always, the consistency check if
 * it writes ({@link STARTUP_NEEDS}), the weights if it reads them.
 */
export function startupWait(type: MessageType, ready: StartupReady): Promise<unknown> {
  const waits: Promise<unknown>[] = [ready.seeded];
  if (STARTUP_NEEDS[type] === 'checked' && ready.checked) {
    ready.checkNow?.();
    waits.push(ready.checked);
  }
  if (NEEDS_STANCE.has(type)) waits.push(ready.stance);
  return waits.length === 1 ? ready.seeded : Promise.all(waits);
}

/** Builds the function the background passes to `runtime.onMessage`. Never throws: errors become replies. */
export function createRouter(handlers: Handlers, extensionId: string, extensionOrigin: string) {
  return async function route(message: unknown, sender: SenderLike): Promise<Reply | undefined> {
    if (!isEnvelope(message)) return undefined; // not ours: let other listeners answer
    const caller = classifySender(sender, extensionId, extensionOrigin);
    if (!caller) return { ok: false, error: `Refused ${message.type}: unknown sender` };
    if (ACCESS[message.type] === 'extension' && caller.kind !== 'extension') {
      return { ok: false, error: `Refused ${message.type}: content scripts may only ask read-only questions about their own page` };
    }
    try {
      const handler = handlers[message.type] as (p: unknown, c: Caller) => Promise<unknown>;
      const data = await handler(message.payload, caller);
      return { ok: true, data } as Reply;
    } catch (err) {
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
  };
}
