/**
 * The background's page matcher. Pages are matched from the IndexedDB-resident index (match-store.ts):
 * a waking service worker reads the topics once, then per page only the rows that page needs. Until a
 * database has that index (first start after an upgrade, before topics are mined), it falls back to an
 * in-memory index over a full corpus snapshot. The full index is also what the reader's contrasts use.
 */
import type { ClaimLensDb } from '../db';
import { addStoryClaims, analysePage, buildCorpusIndex, pageSentences, storyArticleIds, topicCard, type CorpusIndex, type PageAnalysis } from '../engine/match';
import { rowsWithIndexKeys } from '../index-reads';
import type { PageMatch, TopicMatch } from '../engine/types';
import type { PageText } from '../messages';
import { readSettings } from '../settings';
import { createCorpusSnapshots, type CorpusSnapshots } from './corpus-snapshot';
import { loadPageSlice, readMatchHead, readVersionedMatchHead, withTrueCounts, type MatchHead } from './match-store';
import { markStartup } from './startup-timings';

/** The background's page matcher. */
export interface Matcher {
  /** The full match, every card included (what a page load showed before issue 10's split; tests compare with it). */
  match(page: PageText): Promise<PageMatch>;
  /** The page-load half ({@link analysePage}): its summary carries the topics' true counts; cards come from {@link card}. */
  analyse(page: PageText): Promise<PageAnalysis>;
  /**
   * A shown topic's card of an analysis ({@link topicCard}), with the topic's true counts as the summary gives them. An
   * analysis of a stored slice first reads the claims of the story's articles its slice lacks (match.ts storyItems).
   */
  card(analysis: PageAnalysis, topicId: string): Promise<TopicMatch | null>;
  /** The full in-memory corpus index (built on first use and after corpus changes; the reader uses it). */
  index(): Promise<CorpusIndex>;
  /**
   * Starts reading the stored index's head (topics, outlets, the topic matcher) for the current corpus version, so a
   * waking worker reads it while its start-up checks run; `match` re-reads it if the version changed meanwhile.
   */
  prefetch(): void;
}

/** Creates a matcher over `db`; what it caches is kept per corpus version. */
export function createMatcher(db: ClaimLensDb, snapshots: CorpusSnapshots = createCorpusSnapshots(db)): Matcher {
  let cached: { version: string; index: Promise<CorpusIndex> } | null = null;
  let head: { version: string; head: Promise<MatchHead | null> } | null = null;

  async function index(): Promise<CorpusIndex> {
    const version = await snapshots.version();
    if (cached?.version !== version) {
      cached = { version, index: snapshots.get().then((s) => buildCorpusIndex(s)) };
    }
    return cached.index;
  }

  // A waking worker's first head: read with its version in one transaction (match-store.ts readVersionedMatchHead).
  let first: Promise<void> | null = null;

  async function currentHead(): Promise<MatchHead | null> {
    if (!head) {
      first ??= readVersionedMatchHead(db)
        .then(({ version, head: h }) => {
          head ??= { version, head: Promise.resolve(h) };
        })
        .catch(() => undefined) // read again below, as a later page would
        .finally(() => {
          first = null;
        });
      await first;
      if (head) return (head as { head: Promise<MatchHead | null> }).head;
    }
    const version = await snapshots.version();
    if (head?.version !== version) {
      const h = readMatchHead(db);
      head = { version, head: h };
      h.catch(() => {
        if (head?.head === h) head = null;
      });
    }
    return head.head;
  }

  async function analyse(page: PageText): Promise<PageAnalysis> {
    const [h, settings] = await Promise.all([currentHead(), readSettings()]);
    markStartup('headRead');
    const opts = { sensitivity: settings.sensitivity, mutedTopics: settings.mutedTopics, mutedOutlets: settings.mutedOutlets };
    if (!h) return analysePage(await index(), page, opts);
    const t0 = Date.now();
    const slice = await loadPageSlice(db, h, page, opts);
    markStartup('sliceRead'); // the page's term rows, topic rows, candidate claims and their features
    const analysis = analysePage(slice.index, page, opts);
    sliced.add(analysis);
    withTrueCounts(analysis.summary, slice.counts);
    markStartup('matched');
    analysis.summary.tookMs = Date.now() - t0;
    return analysis;
  }

  // Analyses of a stored slice, and their read of the story's claims (once per analysis, before its first card).
  const sliced = new WeakSet<PageAnalysis>();
  const storyReads = new WeakMap<PageAnalysis, Promise<void>>();
  function storyClaimsOf(analysis: PageAnalysis): Promise<void> {
    let read = storyReads.get(analysis);
    if (!read) {
      const ids = storyArticleIds(analysis);
      // One transaction: its requests are asked at once and answered back to back (index-reads.ts).
      read = ids.length ? db.transaction('r', db.claims, () => rowsWithIndexKeys(db.claims, 'articleId', ids)).then((claims) => addStoryClaims(analysis, claims)) : Promise.resolve();
      storyReads.set(analysis, read);
    }
    return read;
  }

  async function card(analysis: PageAnalysis, topicId: string): Promise<TopicMatch | null> {
    // A failed read leaves the card without story items rather than without a card.
    if (sliced.has(analysis)) await storyClaimsOf(analysis).catch(() => undefined);
    const found = topicCard(analysis, topicId);
    const shown = analysis.summary.topics.find((t) => t.topic.id === topicId);
    // A stored slice counts only the claims it read: the summary carries the topic's true counts (withTrueCounts).
    return found && shown ? { ...found, claimCount: shown.claimCount, outletCount: shown.outletCount } : found;
  }

  return {
    index,
    prefetch() {
      // Only a waking worker has no head: later pages would pay an extra version read for nothing (match checks it).
      if (head) return;
      currentHead().catch(() => undefined); // a failed read is dropped by currentHead and tried again by match
    },
    analyse,
    card,
    async match(page) {
      const analysis = await analyse(page);
      const { pageOutletId, pageDate, topics, tookMs } = analysis.summary;
      const cards = (await Promise.all(topics.map((t) => card(analysis, t.topic.id)))).map((c) => c!);
      return { pageOutletId, pageDate, topics: cards, sentences: pageSentences(analysis), tookMs };
    },
  };
}
