/**
 * The Node half of `npm run bench` on real-text corpora (scripts/bench-corpus.ts): page matching, search
 * against plain Fuse.js with recall@10, and topic mining per imported article. Keys follow issue 10:
 * `match.<claims>.*`, `search.<claims>.*`, `topics.*`.
 */
import Fuse from 'fuse.js';
import { analysePage, buildCorpusIndex, matchPage, pageSentences, topicCard, type CorpusIndex, type PageAnalysis, type PageInput } from '../utils/engine/match';
import { adoptClaimFeatures, prepareClaimFeatures } from '../utils/engine/claim-features';
import { useCorpusAliases } from '../utils/engine/lexicon/domain';
import { mineTopics } from '../utils/engine/topics';
import type { Claim, Topic } from '../utils/engine/types';
import { createSearchIndex, searchIndex, toSearchRecord, type SearchRecord } from '../utils/search';
import { realPage, type BenchCorpus } from './bench-corpus';
import { mulberry32 } from './rng';

/** Percentile of unsorted numbers. */
export const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;
/** Two decimals. */
export const r2 = (x: number) => Math.round(x * 100) / 100;

/** The corpus rows as the engine sees them after import (claims carry their outlet ids, topics mined). */
export interface MinedCorpus {
  outlets: import('../utils/engine/types').Outlet[];
  articles: import('../utils/engine/types').Article[];
  claims: Claim[];
  topics: Topic[];
  mineMs: number;
}

/** Mines topics over a bench corpus (timed: that is what a full re-mine costs at this size). */
export function mineCorpus(corpus: BenchCorpus): MinedCorpus {
  const outlets = new Map<string, import('../utils/engine/types').Outlet>();
  for (const a of corpus.articles) outlets.set(a.outlet.id, a.outlet);
  const articles = corpus.articles.map((a) => a.article);
  const claims = corpus.articles.flatMap((a) => a.claims);
  const t = performance.now();
  const mined = mineTopics(articles, claims, [...outlets.values()]);
  return { outlets: [...outlets.values()], articles, claims: mined.claims, topics: mined.topics, mineMs: performance.now() - t };
}

/**
 * Match keys for one corpus size. Since issue 10's split the `words*` keys time the PAGE LOAD (`analysePage`: topics,
 * mentions, scores — what the badge, the topics' highlights and the pill need); the sentence matches are asked for
 * right after it (`words10000_sentences_median_ms`), a card's items when it is opened (`card_open_*`), and `words10000_full_median_ms` times the full `matchPage` (every card), the old meaning.
 */
export interface MatchKeys {
  index_build_ms: number;
  words2000_median_ms: number;
  words10000_median_ms: number;
  words10000_p95_ms: number;
  /** The full match of the same 10,000-word pages (the page load plus every shown topic's card), wall ms. */
  words10000_full_median_ms: number;
  /** The sentence matches of the same pages (`pageSentences`, asked for once the page load is shown), wall ms. */
  words10000_sentences_median_ms: number;
  /** One card opened on a 10,000-word page just loaded (`topicCard` on the page's analysis, each shown topic), wall ms. */
  card_open_median_ms: number;
  card_open_p95_ms: number;
  /** CPU time of the same calls: steadier than wall time when other processes share the machine. */
  words2000_median_cpu_ms: number;
  words10000_median_cpu_ms: number;
  /** Mean topics shown per page (a sanity check that pages really match something). */
  topics_per_page: number;
  /** Preparing one claim's stored features (what import and the migration pay per claim), CPU ms. */
  features_prepare_ms_per_claim: number;
  /** The stored features' size per claim (JSON length: IndexedDB's structured clone is of the same order). */
  features_bytes_per_claim: number;
}

/** Times `matchPage` on real 2,000- and 10,000-word pages (whole FNC-1 bodies, different pages per run). */
/**
 * What follows a page load, timed: its sentence matches (asked once the load is shown), then each shown topic's card
 * opened one after another as a reader would (later ones reuse what earlier computed).
 */
export function timeOpening(analysis: PageAnalysis): { sentencesMs: number; cardMs: number[] } {
  const p = performance.now();
  pageSentences(analysis);
  const sentencesMs = performance.now() - p;
  const cardMs: number[] = [];
  for (const t of analysis.summary.topics) {
    const s = performance.now();
    topicCard(analysis, t.topic.id);
    cardMs.push(performance.now() - s);
  }
  return { sentencesMs, cardMs };
}

export function benchMatch(root: string, corpus: MinedCorpus, runs = 10): MatchKeys {
  let t = performance.now();
  const index: CorpusIndex = buildCorpusIndex(corpus);
  const index_build_ms = performance.now() - t;
  // Claims come with their stored prepared features (db v8), as the background reads them: prepared at import, not here.
  const c0 = process.cpuUsage();
  useCorpusAliases(index.topics); // as the migration does with the stored topics
  const rows = prepareClaimFeatures(corpus.claims);
  const cpu = process.cpuUsage(c0);
  const features_prepare_ms_per_claim = (cpu.user + cpu.system) / 1000 / Math.max(1, rows.length);
  const features_bytes_per_claim = rows.reduce((n, r) => n + JSON.stringify(r).length, 0) / Math.max(1, rows.length);
  index.claims.forEach((c, i) => adoptClaimFeatures(c, rows[i]));
  const opts = { sensitivity: 'medium' as const, mutedTopics: [], mutedOutlets: [] };
  let topics = 0;
  const cardMs: number[] = [];
  const fullMs: number[] = [];
  const sentenceMs: number[] = [];
  const time = (words: number, n = runs, cards = false) => {
    const ms: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < n; i++) {
      const page: PageInput = { text: realPage(root, words, 37 * i + words), title: '', url: `http://127.0.0.1/bench/${words}/${i}`, siteName: null };
      const c = process.cpuUsage();
      const s = performance.now();
      const analysis = analysePage(index, page, opts);
      ms.push(performance.now() - s);
      const used = process.cpuUsage(c);
      cpu.push((used.user + used.system) / 1000);
      topics += analysis.summary.topics.length;
      if (!cards) continue;
      const opened = timeOpening(analysis);
      sentenceMs.push(opened.sentencesMs);
      cardMs.push(...opened.cardMs);
      const f = performance.now();
      matchPage(index, page, opts);
      fullMs.push(performance.now() - f);
    }
    return Object.assign(ms, { cpu });
  };
  time(2000, 1); // warm the JIT
  topics = 0;
  const w2 = time(2000);
  const w10 = time(10000, runs, true);
  return {
    index_build_ms: r2(index_build_ms),
    words2000_median_ms: r2(pct(w2, 50)),
    words10000_median_ms: r2(pct(w10, 50)),
    words10000_p95_ms: r2(pct(w10, 95)),
    words10000_full_median_ms: r2(pct(fullMs, 50)),
    words10000_sentences_median_ms: r2(pct(sentenceMs, 50)),
    card_open_median_ms: r2(pct(cardMs, 50)),
    card_open_p95_ms: r2(pct(cardMs, 95)),
    words2000_median_cpu_ms: r2(pct(w2.cpu, 50)),
    words10000_median_cpu_ms: r2(pct(w10.cpu, 50)),
    topics_per_page: r2(topics / (2 * runs)),
    features_prepare_ms_per_claim: Math.round(features_prepare_ms_per_claim * 1000) / 1000,
    features_bytes_per_claim: Math.round(features_bytes_per_claim),
  };
}

/** Search keys for one corpus size. */
export interface SearchKeys {
  claimlens_p50_ms: number;
  claimlens_p95_ms: number;
  fuse_p50_ms: number;
  fuse_p95_ms: number;
  claimlens_recall10: number;
  fuse_recall10: number;
  queries: number;
  fuse_queries: number;
  index_build_ms: number;
}

const words = (s: string) => s.toLowerCase().match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? [];

/** Introduces one realistic typo (swap, drop, double or replace a letter) into a word of 5+ letters. */
function typo(word: string, r: () => number): string {
  if (word.length < 5) return word;
  const i = 1 + Math.floor(r() * (word.length - 2));
  switch (Math.floor(r() * 4)) {
    case 0:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + word[i] + word.slice(i);
    default:
      return word.slice(0, i) + 'aeiou'[Math.floor(r() * 5)] + word.slice(i + 1);
  }
}

/** A query: what is typed, and the words meant (the typo-free form the reference is computed from). */
interface BenchQuery {
  typed: string;
  meant: string[];
}

/** Queries from corpus claims: 1–3 consecutive words of 4+ letters; a third get a typo in one word. */
/** `count` queries of 1–3 consecutive words from the texts, every third with a typo in its last word. */
export function makeQueries(claims: Pick<Claim, 'text'>[], count: number, seed: number): BenchQuery[] {
  const r = mulberry32(seed);
  const out: BenchQuery[] = [];
  while (out.length < count) {
    const c = claims[Math.floor(r() * claims.length)]!;
    const ws = words(c.text).filter((w) => w.length >= 4);
    if (ws.length < 3) continue;
    const k = 1 + Math.floor(r() * 3);
    const start = Math.floor(r() * (ws.length - k));
    const meant = ws.slice(start, start + k);
    const typed = out.length % 3 === 2 ? meant.map((w, i) => (i === meant.length - 1 ? typo(w, r) : w)) : meant;
    out.push({ typed: typed.join(' '), meant });
  }
  return out;
}

/**
 * The exact reference: every claim whose text contains all the meant words as whole words (case-insensitive).
 * recall@10 = share of the first min(10, |relevant|) results that are relevant — ties in any ranking cannot
 * make a relevant-but-unlisted claim count against a system.
 */
function recallAt10(hits: string[], relevant: Set<string>): number {
  if (relevant.size === 0) return 1;
  const want = Math.min(10, relevant.size);
  let got = 0;
  for (const id of hits.slice(0, 10)) if (relevant.has(id)) got++;
  return Math.min(1, got / want);
}

/** Times ClaimLens search against plain Fuse.js on the same records and queries, with recall@10 of both. */
export function benchSearch(corpus: MinedCorpus, opts: { queries: number; fuseQueries: number; seed: number }): SearchKeys {
  const outletNames = new Map(corpus.outlets.map((o) => [o.id, o.name]));
  const titles = new Map(corpus.articles.map((a) => [a.id, a.title]));
  const records: SearchRecord[] = corpus.claims.map((c) => toSearchRecord(c, outletNames.get(c.outletId) ?? c.outletId, titles.get(c.articleId) ?? '', corpus.topics));
  const claimWords = new Map(corpus.claims.map((c) => [c.id, new Set(words(c.text))]));
  const queries = makeQueries(corpus.claims, opts.queries, opts.seed);
  const relevant = queries.map((q) => new Set([...claimWords].filter(([, ws]) => q.meant.every((w) => ws.has(w))).map(([id]) => id)));

  let t = performance.now();
  const index = createSearchIndex(records);
  const index_build_ms = performance.now() - t;
  for (const q of queries.slice(0, 10)) searchIndex(index, { text: q.typed, sort: 'relevance' });
  const ours: number[] = [];
  const oursRecall: number[] = [];
  queries.forEach((q, i) => {
    const s = performance.now();
    const res = searchIndex(index, { text: q.typed, sort: 'relevance', limit: 10 });
    ours.push(performance.now() - s);
    oursRecall.push(recallAt10(res.hits.map((h) => h.claim.id), relevant[i]!));
  });

  const fuse = new Fuse(records, {
    keys: [
      { name: 'claim.text', weight: 3 },
      { name: 'claim.speaker', weight: 1.5 },
      { name: 'topicLabels', weight: 1.2 },
      { name: 'outletName', weight: 0.5 },
      { name: 'articleTitle', weight: 0.6 },
    ],
    threshold: 0.4,
    ignoreLocation: true,
  });
  const plain: number[] = [];
  const plainRecall: number[] = [];
  const n = Math.min(opts.fuseQueries, queries.length);
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    const res = fuse.search(queries[i]!.typed, { limit: 10 });
    plain.push(performance.now() - s);
    plainRecall.push(recallAt10(res.map((h) => h.item.claim.id), relevant[i]!));
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  return {
    claimlens_p50_ms: r2(pct(ours, 50)),
    claimlens_p95_ms: r2(pct(ours, 95)),
    fuse_p50_ms: r2(pct(plain, 50)),
    fuse_p95_ms: r2(pct(plain, 95)),
    // Recall over the same queries for both (the ones Fuse ran), so the two numbers compare.
    claimlens_recall10: r2(mean(oursRecall.slice(0, n))),
    fuse_recall10: r2(mean(plainRecall)),
    queries: queries.length,
    fuse_queries: n,
    index_build_ms: r2(index_build_ms),
  };
}
