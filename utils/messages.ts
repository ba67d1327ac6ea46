/**
 * The one typed message protocol between ClaimLens contexts (content script, popup, options, reader → background).
 *
 * Every request and response is plain serialisable data. The background is the only handler; it checks who
 * is asking (see `accessOf`): content scripts may only ask read-only questions about their own tab, and
 * everything that writes comes only from extension pages.
 */
import type { FeatureProgress } from './claim-features-store';
import type {
  Article,
  Claim,
  ClaimKind,
  ContrastGroups,
  CorpusPack,
  FigureRow,
  Outlet,
  PageSummary,
  SentenceMatch,
  TimelineEntry,
  TopicMatch,
  Topic,
} from './engine/types';
import type { AddSourceOutcome, Retention, SourceSummary } from './sources/types';
import type { ReadabilityHints } from './page/readability-hints';

/** Corpus size, shown in footers and the library. */
export interface CorpusStats {
  articles: number;
  outlets: number;
  claims: number;
  topics: number;
  seedArticles: number;
  /** Articles the reader imported (files, text, URL, tab, packs) — not seeds, not feed articles. */
  importedArticles: number;
  /** Articles fetched from the reader's sources (feeds). */
  feedArticles: number;
}

/** Text the content script extracted from its page (never the live DOM). */
export interface PageText {
  url: string;
  title: string;
  text: string;
  /** og:site_name or similar, used to recognise the page's own outlet. */
  siteName: string | null;
  lang: string | null;
  /** Publication date as the page's metadata states it (JSON-LD, article:published_time, <time>), if any. */
  published?: string | null;
}

/** An import item with the engine's analysis of it (from the options page's preview), for 'corpus.importAnalysed'. */
export interface AnalysedImportItem {
  /** Where it came from ("news.csv row 3"), for outcomes. */
  name: string;
  /** The user named the outlet: it is matched by id or name only (see corpus.ts `resolveOutlet`). */
  explicitOutlet: boolean;
  article: Article;
  outlet: Outlet;
  claims: Claim[];
}

/** One article to import, as the options page prepared it (already parsed from its file / form). */
export interface ImportItem {
  /** Shown in error messages: file name, "pasted text", a URL, "row 12 of news.csv". */
  name: string;
  text: string;
  format?: 'text' | 'html' | 'md';
  title?: string | null;
  outlet?: string | null;
  url?: string | null;
  published?: string | null;
  author?: string | null;
}

/**
 * Where a batch sits in a long import, so a batch resent after a lost reply is answered from the journal
 * (never stored twice, never reported as a duplicate of itself).
 */
export interface ImportJobRef {
  id: string;
  /** Index of the batch's first item in the whole job. */
  offset: number;
  total: number;
  /** What is imported, in words ("news.csv and 2 more files"). */
  label: string;
  last: boolean;
}

/** An import job whose last batch never arrived, counted from what the database holds. */
export interface InterruptedImport {
  id: string;
  label: string;
  total: number;
  processed: number;
  imported: number;
  duplicates: number;
  errors: number;
  claims: number;
  updatedAt: number;
}

/** What happened to one import item: written, skipped as duplicate, or rejected with a reason. */
export type ImportOutcome =
  | { name: string; status: 'imported'; articleId: string; claims: number }
  | { name: string; status: 'duplicate'; articleId: string; reason: string }
  | { name: string; status: 'error'; reason: string };

/** A stored article with everything the reader page shows. */
export interface ArticleView {
  article: Article;
  outlet: Outlet;
  claims: Claim[];
  topics: Topic[];
  /** Contrasts from OTHER outlets for each claim, by claim id. */
  contrasts: Record<string, ContrastGroups>;
  figures: FigureRow[];
  timeline: TimelineEntry[];
}

/** An article row for the library table (no body). */
export type ArticleSummary = Omit<Article, 'body'> & { outletName: string; claimCount: number; topicIds: string[] };

/** Editable article metadata. */
export interface ArticlePatch {
  title?: string;
  outletName?: string;
  published?: string | null;
  url?: string | null;
  author?: string | null;
}

/** A popup search: free text plus filters. */
export interface SearchQuery {
  text: string;
  outletIds?: string[];
  topicIds?: string[];
  /** Inclusive ISO date bounds on the claim date. */
  from?: string | null;
  to?: string | null;
  kinds?: ClaimKind[];
  sort: 'relevance' | 'date';
  limit?: number;
}

/** [start, end) character ranges of matched words, per searched field, for marking them in results. */
export interface SearchMarks {
  text: [number, number][];
  speaker: [number, number][];
}

/** One search result: a claim with what the result row shows. */
export interface SearchHit {
  claim: Claim;
  outletName: string;
  articleTitle: string;
  topicLabels: string[];
  /** Higher is better. */
  score: number;
  marks: SearchMarks;
}

/** Results plus help for empty states. */
export interface SearchResponse {
  hits: SearchHit[];
  total: number;
  /** Nearest corpus terms when nothing (or little) matched: "Did you mean …". */
  suggestions: string[];
  tookMs: number;
  /** Where the worker's time went, ms per step (waits included; benchmarks read it, the popup does not). */
  phases?: Record<string, number>;
}

/** Filter choices for the popup and the library. */
export interface Facets {
  outlets: { id: string; name: string; articles: number }[];
  topics: { id: string; label: string; claims: number }[];
  kinds: ClaimKind[];
  dateRange: { min: string | null; max: string | null };
}

/**
 * Every request the background answers: `req` is the payload, `res` the response data.
 * `access: 'content'` means content scripts may ask it (read-only, about their own tab);
 * `access: 'extension'` means only extension pages (popup, options, reader) may.
 */
export interface Protocol {
  /**
   * The page load: topics, mentions and counts, without the cards' items (issue 10: a 10,000-word page at 100k claims
   * must answer in ~30 ms). Its sentence matches are asked for once it is shown ('page.sentences'), a topic's card when
   * opened ('page.card').
   */
  'page.match': { req: PageText; res: PageSummary; access: 'content' };
  /**
   * The sentence matches of the page 'page.match' answered for the caller's tab (the passages the overlay highlights),
   * computed from the kept analysis; `page` as for 'page.card' (a stopped worker matches it again).
   */
  'page.sentences': { req: { page: PageText }; res: SentenceMatch[]; access: 'content' };
  /**
   * The card of a topic 'page.match' showed for the caller's tab, computed on request and kept (reopening is
   * instant). `page` is the text that was matched: a worker stopped since then matches it again. Null when the
   * topic is not shown for that text.
   */
  'page.card': { req: { topicId: string; page: PageText }; res: TopicMatch | null; access: 'content' };
  'page.clear': { req: Record<string, never>; res: { ok: true }; access: 'content' };
  /**
   * Readability's reading of the caller's page, from its HTML: the content script does not carry Readability.
   * The HTML is parsed into an inert document in the background (or its offscreen document), never rendered.
   */
  'page.readability': { req: { html: string; url: string }; res: ReadabilityHints | null; access: 'content' };
  /**
   * Opens the reader at a stored article (and claim) in a new tab next to the caller's. The overlay's
   * "Open in reader" needs it: a web page may not navigate to an extension page that is not web-accessible.
   */
  'reader.open': { req: { articleId: string; claimId: string | null }; res: { ok: true }; access: 'content' };
  'corpus.stats': { req: Record<string, never>; res: CorpusStats; access: 'extension' };
  'tab.match': { req: { tabId: number }; res: PageSummary | null; access: 'extension' };
  /** The card of a topic of a tab's match (the popup's "This page"), as 'page.card' gives it; null when there is none. */
  'tab.card': { req: { tabId: number; topicId: string }; res: TopicMatch | null; access: 'extension' };
  'article.get': { req: { id: string }; res: ArticleView | null; access: 'extension' };
  'article.list': { req: Record<string, never>; res: ArticleSummary[]; access: 'extension' };
  'article.update': { req: { id: string; patch: ArticlePatch }; res: ArticleSummary; access: 'extension' };
  /** `opId` (chosen by the sender) makes a resent delete return the same pack: Undo survives a lost reply. */
  'article.delete': { req: { ids: string[]; opId?: string }; res: { deleted: CorpusPack }; access: 'extension' };
  /** Undo of a delete: puts back what 'article.delete' returned, with its original seed/import source. */
  'article.restore': { req: { pack: CorpusPack }; res: { restored: number }; access: 'extension' };
  /**
   * `deferTopics`: skip re-mining topics after this batch (a batched import sets it on every batch but the
   * last, then topics are mined once); 'corpus.recomputeTopics' or the next start catches up if it stops early.
   */
  'corpus.import': { req: { items: ImportItem[]; deferTopics?: boolean; job?: ImportJobRef }; res: ImportOutcome[]; access: 'extension' };
  'corpus.recomputeTopics': { req: Record<string, never>; res: CorpusStats; access: 'extension' };
  /** Progress of the prepared claim features migration (utils/claim-features-store.ts): the options page shows it. */
  'features.progress': { req: Record<string, never>; res: FeatureProgress; access: 'extension' };
  'corpus.importPack': { req: { pack: unknown; name: string; job?: ImportJobRef; deferTopics?: boolean }; res: ImportOutcome[]; access: 'extension' };
  /**
   * Items the options page already analysed for its preview (same engine, same build): stored without analysing
   * them again. Validated as a pack is; each entry keeps its own name and outlet rule, as 'corpus.import' does.
   */
  'corpus.importAnalysed': { req: { entries: AnalysedImportItem[]; job?: ImportJobRef }; res: ImportOutcome[]; access: 'extension' };
  /** Re-analyses stored articles in one transaction (all old or all new if the worker stops). */
  'corpus.reanalyse': { req: { ids: string[] }; res: { outcomes: ImportOutcome[]; kept: number }; access: 'extension' };
  /** Imports whose last batch never arrived (options page closed, worker stopped), with what they stored. */
  'import.interrupted': { req: Record<string, never>; res: InterruptedImport[]; access: 'extension' };
  /** The journaled outcomes of items [from, to) of a job; null where nothing was stored for an item. */
  'import.outcomes': { req: { job: string; from: number; to: number }; res: (ImportOutcome | null)[]; access: 'extension' };
  /** Forgets a finished or reported import job. */
  'import.forget': { req: { job: string }; res: { ok: true }; access: 'extension' };
  'corpus.export': { req: { articleIds?: string[] }; res: CorpusPack; access: 'extension' };
  'corpus.reset': { req: Record<string, never>; res: CorpusStats; access: 'extension' };
  'outlet.list': { req: Record<string, never>; res: Outlet[]; access: 'extension' };
  'search.query': { req: SearchQuery; res: SearchResponse; access: 'extension' };
  'search.facets': { req: Record<string, never>; res: Facets; access: 'extension' };
  'corpus.checkDuplicates': { req: { ids: string[]; urls: string[] }; res: { ids: string[]; urls: string[] }; access: 'extension' };
  'tab.import': { req: { tabId: number }; res: ImportOutcome; access: 'extension' };
  'outlet.update': { req: { outlet: Outlet }; res: Outlet; access: 'extension' };
  // Sources (issue 14): feeds the reader chose. The options page asks the host permission before 'sources.add'.
  'sources.list': { req: Record<string, never>; res: SourceSummary[]; access: 'extension' };
  'sources.add': {
    req: { url: string; scheduleMinutes?: number; retention?: Retention; outlet?: string | null };
    res: AddSourceOutcome;
    access: 'extension';
  };
  'sources.update': { req: { id: string; patch: SourcePatchRequest }; res: SourceSummary; access: 'extension' };
  /** Removes a source (its articles stay) and drops host permissions no other source needs. */
  'sources.remove': { req: { id: string }; res: { droppedHosts: string[] }; access: 'extension' };
  /** "Fetch now": one refresh, even when paused; resolves after it with the source's new state. */
  'sources.fetch': { req: { id: string }; res: SourceSummary; access: 'extension' };
  'sources.exportOpml': { req: Record<string, never>; res: { opml: string }; access: 'extension' };
  /** Which stored articles came from a source: article id → the source's outlet name (popup and library). */
  'sources.articles': { req: Record<string, never>; res: Record<string, string>; access: 'extension' };
}

/** What 'sources.update' may change. */
export interface SourcePatchRequest {
  paused?: boolean;
  scheduleMinutes?: number;
  retention?: Retention;
  outlet?: string;
}

/** Name of a request. */
export type MessageType = keyof Protocol;
/** Payload of request `K`. */
export type RequestOf<K extends MessageType> = Protocol[K]['req'];
/** Response data of request `K`. */
export type ResponseOf<K extends MessageType> = Protocol[K]['res'];

/** Who may send request `K`; checked at run time by the background router. */
export const ACCESS: { readonly [K in MessageType]: Protocol[K]['access'] } = {
  'page.match': 'content',
  'page.card': 'content',
  'page.sentences': 'content',
  'page.clear': 'content',
  'page.readability': 'content',
  'reader.open': 'content',
  'corpus.stats': 'extension',
  'tab.match': 'extension',
  'tab.card': 'extension',
  'article.get': 'extension',
  'article.list': 'extension',
  'article.update': 'extension',
  'article.delete': 'extension',
  'article.restore': 'extension',
  'corpus.import': 'extension',
  'corpus.recomputeTopics': 'extension',
  'features.progress': 'extension',
  'corpus.importPack': 'extension',
  'corpus.importAnalysed': 'extension',
  'import.interrupted': 'extension',
  'corpus.reanalyse': 'extension',
  'import.outcomes': 'extension',
  'import.forget': 'extension',
  'corpus.export': 'extension',
  'corpus.reset': 'extension',
  'outlet.list': 'extension',
  'outlet.update': 'extension',
  'search.query': 'extension',
  'search.facets': 'extension',
  'corpus.checkDuplicates': 'extension',
  'tab.import': 'extension',
  'sources.list': 'extension',
  'sources.add': 'extension',
  'sources.update': 'extension',
  'sources.remove': 'extension',
  'sources.fetch': 'extension',
  'sources.exportOpml': 'extension',
  'sources.articles': 'extension',
};

/** The envelope on the wire. */
export interface Envelope<K extends MessageType = MessageType> {
  claimlens: 1;
  type: K;
  payload: RequestOf<K>;
}

/** The reply on the wire: data, or an error message meant for the user. */
export type Reply<K extends MessageType = MessageType> =
  | { ok: true; data: ResponseOf<K> }
  | { ok: false; error: string };

/** True when `value` looks like one of our envelopes with a known type. */
export function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Envelope>;
  return v.claimlens === 1 && typeof v.type === 'string' && Object.hasOwn(ACCESS, v.type);
}

/** Error thrown by `send` when the background answered with an error. */
export class MessageError extends Error {
  constructor(
    readonly type: MessageType,
    message: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

/**
 * Sends request `type` to the background and resolves with its data, or rejects with `MessageError`.
 * Used by every context; the background never calls it.
 */
export async function send<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  const envelope: Envelope<K> = { claimlens: 1, type, payload };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<K> | undefined;
  if (!reply) throw new MessageError(type, 'ClaimLens background did not answer');
  if (!reply.ok) throw new MessageError(type, reply.error);
  return reply.data;
}

/**
 * Requests the background sends TO a tab's content script (the other direction). Content scripts only
 * answer these when the sender is our own background/extension page.
 */
export interface ContentProtocol {
  /** The page's extracted article, for "import this page". */
  'content.article': { req: Record<string, never>; res: ImportItem | null };
  /** The keyboard command (manifest `commands`), relayed to the tab: focus the pill / open its first topic. */
  'content.command': { req: { command: string }; res: { ok: boolean } };
}

/** Envelope for background → content requests. */
export interface ContentEnvelope<K extends keyof ContentProtocol = keyof ContentProtocol> {
  claimlensContent: 1;
  type: K;
  payload: ContentProtocol[K]['req'];
}
