/**
 * Page matching from the IndexedDB-resident index (utils/index-store.ts): reads the topics and the stems' vocabulary
 * (once per corpus version), then for one page only the index rows of the topics it mentions, and the few claims and
 * articles that can end up on its card — never the whole corpus. The result is the CorpusIndex
 * slice `matchPage` needs, so the decision logic stays the one in utils/engine/match.ts.
 */
import type { ClaimLensDb } from '../db';
import { givesFigureOf, readMatchIndexInfo, readTopicIndexRows, type MatchIndexInfo, type TopicIndexRow } from '../index-store';
import { unpackMatchVocab, VOCAB_KEY, type MatchVocab, type MatchVocabRow } from '../match-vocab';
import type { CorpusIndex, MatchOptions, PageInput } from '../engine/match';
import { claimTermSet, indexClaims, pageFigureKeys, pageOutlet, preparePage, readPageAhead, leadEndOf, mentionsCanPass, topicGate } from '../engine/match';
import { pageDateOf } from '../engine/timing';
import { idf, type TermStats } from '../engine/text';
import { buildTopicMatcher, type TopicMatcher } from '../engine/topics';
import type { Claim, Outlet, PageMatch, PageSummary, Topic } from '../engine/types';
import type { ArticleMetaRow } from '../article-meta';
import { readThrough } from '../read-through';
import { readTopics } from '../topic-head';
import { adoptClaimFeatures, claimFeaturesVersion, stemsOfRow, textHash, type AliasChange } from '../engine/claim-features';
import { articleOfClaimId, claimRowsOf } from '../article-features';
import { FEATURES_ALIASES_META_KEY, rememberedAliasChanges } from '../claim-features-store';
import { markStartup, noteSlice, type SliceCount } from './startup-timings';
import { useCorpusAliases } from '../engine/lexicon/domain';

/** What every page needs, read once per corpus version: outlets, topics, the topic matcher and the stems' vocabulary. */
export interface MatchHead {
  info: MatchIndexInfo;
  /**
   * Every stem's id and document frequency (one packed row): the page's and its claims' df without a read per page.
   * Unpacked on the first page, while its topic rows are being read (see {@link vocabOf}), not before the page is prepared.
   */
  vocabRow: MatchVocabRow;
  vocab: MatchVocab | null;
  outlets: Outlet[];
  topics: Map<string, Topic>;
  matcher: TopicMatcher;
  /**
   * Claims read for earlier pages at this corpus version, kept so a warm worker reuses them (and the
   * relation's per-claim feature cache, keyed by the claim object) instead of reading and preparing again.
   */
  claimCache: Map<string, Claim>;
  /** Claims `claimCache` keeps before it is emptied (CLAIM_CACHE_MAX; tests lower it). */
  claimCacheMax: number;
  /**
   * Rows read for earlier pages at this corpus version (null = not in the database): a warm worker matches the
   * next page from memory and reads IndexedDB only for what no earlier page needed. Dropped with the head when
   * the corpus version moves, and with the worker when it stops.
   */
  rowCache: { topics: Map<string, TopicIndexRow | null>; articles: Map<string, ArticleMetaRow | null> };
  /** Cached claims whose stored prepared features were adopted (read for the claims the stance model may see). */
  featured: Set<string>;
  /** Distinct content stems per cached claim: tokenising and stemming a claim once per worker, not per page. */
  claimTerms: Map<string, string[]>;
  /**
   * The alias change since each earlier features version (claim-features-store.ts `rememberedAliasChanges`), read the
   * first time a candidate's row is of another version (an import's new aliases, before the migration re-stamps it).
   */
  changeOf?: (v: string) => AliasChange | null;
}

/** A claim's distinct content stems, from the head's cache (kept as long as the claim cache keeps the claim). */
function termsOfClaim(head: MatchHead, claim: Claim): string[] {
  let terms = head.claimTerms.get(claim.id);
  if (!terms) head.claimTerms.set(claim.id, (terms = claimTermSet(claim)));
  return terms;
}

/** Entries kept per row cache before it is emptied. */
const ROW_CACHE_MAX = 200_000;

/** {@link readThrough} with this module's bound. */
const readThroughRows = <K, V>(cache: Map<K, V | null>, keys: readonly K[], read: (missing: K[]) => Promise<(V | undefined)[]>) =>
  readThrough(cache, keys, read, ROW_CACHE_MAX);

/**
 * Claims kept in a head's cache: a few pages' worth of candidates and figure claims (a 100k-claim bench page wants about
 * 1,600: `globalThis.__claimlensSlices`). A page wanting more than this empties the cache on every load, warm or not.
 */
const CLAIM_CACHE_MAX = 5000;

/** Same limits as match.ts: candidates per topic and the topic's sentences they are chosen for. */
const MAX_TOPIC_CANDIDATES = 60;
const MAX_TOPIC_SENTENCES = 12;

/** Reads the head, or null when the database has no usable stored index yet. */
export async function readMatchHead(db: ClaimLensDb): Promise<MatchHead | null> {
  const info = await readMatchIndexInfo(db.meta);
  if (!info) return null;
  // The topics packed in one row (utils/topic-head.ts): one get, not a record per topic; the stems likewise.
  const [outlets, topics, vocab] = await Promise.all([db.outlets.toArray(), readTopics(db), db.matchVocab.get(VOCAB_KEY)]);
  return vocab ? buildMatchHead(info, vocab, outlets, topics) : null;
}

/**
 * The corpus version and the head as of that version, in ONE read-only transaction (a waking worker's first page:
 * one round trip instead of three — version, index info, then outlets, topics and stems — and the head is exactly that
 * version's). What was read for a database without the stored index is dropped (first start only).
 */
export async function readVersionedMatchHead(db: ClaimLensDb): Promise<{ version: string; head: MatchHead | null }> {
  const [versionRow, info, outlets, topics, vocab] = await db.transaction('r', [db.meta, db.outlets, db.topicHead, db.topics, db.matchVocab], () =>
    Promise.all([db.meta.get('corpusVersion'), readMatchIndexInfo(db.meta), db.outlets.toArray(), readTopics(db), db.matchVocab.get(VOCAB_KEY)]),
  );
  return { version: versionRow?.value ?? '0', head: info && vocab ? buildMatchHead(info, vocab, outlets, topics) : null };
}

function buildMatchHead(info: MatchIndexInfo, vocabRow: MatchVocabRow, outlets: Outlet[], topics: Topic[]): MatchHead {
  return {
    info,
    vocabRow,
    vocab: null,
    outlets,
    topics: new Map(topics.map((t) => [t.id, t])),
    matcher: buildTopicMatcher(topics),
    claimCache: new Map(),
    claimCacheMax: CLAIM_CACHE_MAX,
    rowCache: { topics: new Map(), articles: new Map() },
    claimTerms: new Map(),
    featured: new Set(),
  };
}

/**
 * The slice of the corpus index a page needs: per mentioned topic, the claims closest to the page's
 * sentences about it (the same IDF-weighted overlap as match.ts `closestClaims`) plus its figure claims.
 * `counts` gives each topic's true claim/outlet counts (the slice holds only candidates).
 */
export async function loadPageSlice(
  db: ClaimLensDb,
  head: MatchHead,
  page: PageInput,
  opts: MatchOptions,
): Promise<{ index: CorpusIndex; counts: Map<string, { claims: number; outlets: number }> }> {
  const muted = new Set(opts.mutedTopics);
  const exclude = new Set(opts.mutedOutlets);
  const outletsMap = new Map(head.outlets.map((o) => [o.id, o]));
  const own = pageOutlet({ outlets: outletsMap } as CorpusIndex, page);
  if (own) exclude.add(own.id);

  // Which sentences mention which topics, and the stems of those sentences: from the page analysed once, which
  // matchPage then reads again instead of tokenising and preparing the page a second time.
  // The corpus's aliases first, as matchPage sets them (same topic map: no change there): the page is prepared under them.
  useCorpusAliases(head.topics);
  const doc = preparePage(page.text, head.matcher);
  markStartup('pagePrepared');
  const topicTerms = new Map<string, Set<string>>();
  const sentencesSeen = new Map<string, number>();
  for (const span of doc.spans) {
    for (const id of span.topicIds) {
      if (muted.has(id)) continue;
      const n = sentencesSeen.get(id) ?? 0;
      if (n >= MAX_TOPIC_SENTENCES) continue;
      sentencesSeen.set(id, n + 1);
      let set = topicTerms.get(id);
      if (!set) topicTerms.set(id, (set = new Set()));
      for (const t of span.terms) set.add(t);
    }
  }
  // Claims are read only for the topics that pass matchPage's gates (mentions, context on the page, score bound): a
  // page naming dozens of corpus topics in passing reads the claims of the few it may be about. The index rows (context,
  // claims, stems: the large part of a read) only of topics with mentions enough to pass.
  const mentions = new Map<string, number>();
  for (const h of doc.hits) mentions.set(h.topicId, (mentions.get(h.topicId) ?? 0) + 1);
  const leadEnd = leadEndOf(doc);
  const inLead = new Set(doc.hits.filter((h) => h.start < leadEnd).map((h) => h.topicId));
  const topicIds = [...topicTerms.keys()].filter((id) => {
    const topic = head.topics.get(id);
    return topic && mentionsCanPass(topic, mentions.get(id) ?? 0, inLead.has(id), opts.sensitivity);
  });
  const cache = head.rowCache;
  const rowsRead = readThroughRows(cache.topics, topicIds, (ids) => readTopicIndexRows(db.topicIndex, head.info, ids)); // with the rows imports appended
  const vocab = vocabOf(head); // unpacked (first page only) while the topic rows are read
  const rows = await rowsRead;
  markStartup('rowsRead'); // the page's topics' index rows
  // Every stem of the page is a stem of one of its sentences: their ids and document frequencies, from the vocabulary.
  const df = new Map<string, number>();
  const idOf = new Map<string, number>();
  for (const t of new Set(doc.spans.flatMap((s) => s.terms))) {
    const id = vocab.idOf.get(t);
    if (id === undefined) continue;
    df.set(t, vocab.df[id]!);
    idOf.set(t, id);
  }
  const stats: TermStats = { docCount: head.info.docCount, df };

  // Candidates are what the page's sentences are related to (the stance model reads their prepared features); figure
  // claims feed the topic's figure rows, and only those that also come up as a sentence's candidate are prepared (on
  // the fly, the same features): their stored features are not read.
  const candidates = new Set<string>();
  const wanted = new Set<string>();
  const counts = new Map<string, { claims: number; outlets: number }>();
  const sentenceTerms = new Set(doc.sentences.flatMap((s) => s.terms));
  const gated: TopicIndexRow[] = [];
  rows.forEach((row, i) => {
    if (!row) return;
    const topicId = topicIds[i]!;
    const kept = row.outletIds.filter((o) => !exclude.has(o));
    counts.set(topicId, { claims: kept.length, outlets: new Set(kept).size });
    if (!topicGate(head.topics.get(topicId)!, mentions.get(topicId) ?? 0, inLead.has(topicId), new Map(row.context), sentenceTerms, opts.sensitivity)) return;
    gated.push(row);
    for (const id of closest(row, topicTerms.get(topicId)!, idOf, stats, exclude)) candidates.add(id);
  });
  // A card's figure rows compare its candidates' figures and those of claims giving a figure the page gives
  // (match.ts figureRows): of a topic's figure claims only the latter are read, not its every figure claim.
  const figureKeys = pageFigureKeys(doc, gated.map((r) => r.id), pageDateOf(page));
  for (const row of gated) {
    row.figureClaimIds.forEach((id, k) => {
      if (!row.figureKeys || givesFigureOf(row.figureKeys[k]!, figureKeys)) wanted.add(id);
    });
  }
  for (const id of candidates) wanted.add(id);

  let missing = [...wanted].filter((id) => !head.claimCache.has(id));
  const emptied = head.claimCache.size + missing.length > head.claimCacheMax;
  if (emptied) {
    head.claimCache.clear();
    head.claimTerms.clear();
    head.featured.clear();
    // Emptied: every wanted claim is read now. (Counting only the ones missing before the emptying left the cached
    // ones out of this page's slice: at 100k claims a 10,000-word page wants more than the cache holds, and every
    // second load of it showed no topic at all.)
    missing = [...wanted];
  }
  const count: SliceCount = { wanted: wanted.size, candidates: candidates.size, missing: missing.length, emptied, onTheFly: 0 };
  noteSlice(count);
  // Each slice claim's stems from its topic's row (stem ids in text order, as the index was built from the claim's
  // text): no claim is tokenised and stemmed here, nor its stems looked up one read each.
  for (const row of gated) {
    for (let i = 0; i < row.claimIds.length; i++) {
      const id = row.claimIds[i]!;
      if (!wanted.has(id) || head.claimTerms.has(id)) continue;
      const terms: string[] = [];
      for (let k = row.offsets[i]!; k < row.offsets[i + 1]!; k++) terms.push(vocab.terms[row.termIds[k]!] ?? '');
      if (!terms.includes('')) head.claimTerms.set(id, terms); // an id outside the vocabulary: tokenised on use instead
    }
  }
  // Each candidate with its stored prepared features (db v8): it is not tokenised, stemmed or scanned again. The cards'
  // article metadata (title, date, URL, outlet; utils/article-meta.ts) in the same transaction, for the articles the
  // claim ids name (`<article id>:<n>`, utils/engine/claims.ts); one a claim's row names otherwise is read after.
  const unfeatured = [...candidates].filter((id) => !head.featured.has(id));
  const named = [...new Set([...wanted].map(articleOfClaimId))].filter((a) => a && !cache.articles.has(a));
  const readArticles = (ids: readonly string[]) => readThroughRows(cache.articles, ids, (missing) => db.articleMeta.bulkGet(missing));
  // Features are stored per article (db v22): the rows of the articles the candidates' ids name.
  const featuredArticles = [...new Set(unfeatured.map(articleOfClaimId))].filter((a) => a);
  const reading =
    missing.length || featuredArticles.length || named.length
      ? db.transaction('r', [db.claims, db.articleFeatures, db.articleMeta], () =>
          Promise.all([
            // Marks (first page only): IndexedDB answers a transaction's requests in order, so each read's share shows.
            missing.length ? db.claims.bulkGet(missing).then((r) => (markStartup('sliceClaimsFetched'), r)) : [],
            featuredArticles.length ? db.articleFeatures.bulkGet(featuredArticles).then((r) => (markStartup('featureRowsFetched'), r)) : [],
            readArticles(named),
          ]),
        )
      : null;
  // The page's own share of the analysis while IndexedDB answers (a waking worker's longest wait): not after it.
  if (reading) {
    readPageAhead(doc);
    markStartup('pageReadAhead');
  }
  const [read, articleRows] = reading ? await reading : [[], []];
  markStartup('claimsFetched'); // the read itself, before the claims' features are adopted
  read.forEach((c) => {
    if (c) head.claimCache.set(c.id, c);
  });
  const byClaim = claimRowsOf(articleRows);
  count.featureRows = { articles: featuredArticles.length, claims: articleRows.reduce((n, a) => n + (a?.ids.length ?? 0), 0) };
  // A claim whose id does not name its article (a pack's own ids): its article's row, read now.
  const asked = new Set(featuredArticles);
  const others = new Set<string>();
  for (const id of unfeatured) {
    const article = byClaim.has(id) ? undefined : head.claimCache.get(id)?.articleId;
    if (article && !asked.has(article)) others.add(article);
  }
  if (others.size) byClaim.add(await db.articleFeatures.bulkGet([...others]));
  const features = unfeatured.map((id) => byClaim.get(id));
  // A row of another version (an import moved the alias groups; the background migration has not re-stamped it yet)
  // needs the groups that version stood for: one more read, once per head, only then.
  const version = claimFeaturesVersion();
  if (!head.changeOf && features.some((r) => r && r.v !== version)) {
    head.changeOf = rememberedAliasChanges((await db.meta.get(FEATURES_ALIASES_META_KEY))?.value, version);
  }
  unfeatured.forEach((id, i) => {
    const c = head.claimCache.get(id);
    const row = features[i];
    // A row of another engine version (a migration under way) is skipped: the claim is prepared on the fly. One of an
    // earlier alias state is used where the change since does not touch the claim.
    if (!c || !adoptClaimFeatures(c, row, head.changeOf)) {
      if (c) {
        count.onTheFly++;
        const why = (count.onTheFlyWhy ??= { noRow: 0, unknownVersion: 0, touched: 0 });
        if (!row || row.h !== textHash(c.text)) why.noRow++;
        else if (!head.changeOf?.(row.v)) why.unknownVersion++;
        else why.touched++;
      }
      return;
    }
    head.featured.add(id);
    head.claimTerms.set(id, stemsOfRow(row!));
  });
  markStartup('claimsRead'); // candidate claims with their stored features, figure claims, their articles
  const claims = [...wanted].map((id) => head.claimCache.get(id)).filter((c): c is Claim => !!c);
  const articles = await readArticles([...new Set(claims.map((c) => c.articleId))]);
  for (const c of claims) {
    for (const t of termsOfClaim(head, c)) {
      if (df.has(t)) continue;
      const id = vocab.idOf.get(t);
      if (id !== undefined) df.set(t, vocab.df[id]!);
    }
  }
  markStartup('claimTermsListed'); // the slice's claims' stems and their document frequencies

  const index = sliceIndex(head, outletsMap, articles.filter((a): a is ArticleMetaRow => !!a), claims, rows.filter((r): r is TopicIndexRow => !!r), stats);
  return { index, counts };
}

/** The head's vocabulary, unpacked on first use. */
function vocabOf(head: MatchHead): MatchVocab {
  return (head.vocab ??= unpackMatchVocab(head.vocabRow));
}

/** Ids of the `MAX_TOPIC_CANDIDATES` claims of a topic sharing the most IDF-weighted stems with `terms`. */
function closest(row: TopicIndexRow, terms: Set<string>, idOf: Map<string, number>, stats: TermStats, exclude: Set<string>): string[] {
  const weights = new Map<number, number>();
  for (const t of terms) {
    const id = idOf.get(t);
    if (id !== undefined) weights.set(id, idf(stats, t));
  }
  const scored: [number, string][] = [];
  for (let i = 0; i < row.claimIds.length; i++) {
    if (exclude.has(row.outletIds[i]!)) continue;
    let w = 0;
    for (let k = row.offsets[i]!; k < row.offsets[i + 1]!; k++) w += weights.get(row.termIds[k]!) ?? 0;
    scored.push([w, row.claimIds[i]!]);
  }
  if (scored.length <= MAX_TOPIC_CANDIDATES) return scored.map(([, id]) => id);
  return scored
    .sort((a, b) => b[0] - a[0] || (a[1] < b[1] ? -1 : 1))
    .slice(0, MAX_TOPIC_CANDIDATES)
    .map(([, id]) => id);
}

/** A CorpusIndex over the slice (claims, their articles) with the stored topic context and statistics. */
function sliceIndex(
  head: MatchHead,
  outlets: Map<string, Outlet>,
  articles: ArticleMetaRow[],
  claims: Claim[],
  rows: TopicIndexRow[],
  stats: TermStats,
): CorpusIndex {
  // Only the slice's claims: figure rows across topics see the candidates read for this page.
  return {
    ...indexClaims(claims, (c) => termsOfClaim(head, c)),
    outlets,
    articles: new Map(articles.map((a) => [a.id, { id: a.id, title: a.title, published: a.published, url: a.url, outletId: a.outletId }])),
    claims,
    claimsById: new Map(claims.map((c) => [c.id, c])),
    topics: head.topics,
    topicContext: new Map(rows.map((r) => [r.id, new Map(r.context)])),
    stats,
    matcher: head.matcher,
  };
}

/** Puts each shown topic's true corpus counts back (the slice only holds the candidates). */
export function withTrueCounts<M extends Pick<PageMatch, 'topics'> | PageSummary>(match: M, counts: Map<string, { claims: number; outlets: number }>): M {
  for (const t of match.topics) {
    const c = counts.get(t.topic.id);
    if (c) {
      t.claimCount = c.claims;
      t.outletCount = c.outlets;
    }
  }
  return match;
}
