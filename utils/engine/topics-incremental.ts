/**
 * Incremental topics: an import updates topics for what its articles add instead of re-mining the corpus.
 *
 * What a full mine ({@link mineTopics}) counts is kept per candidate in a small state (rows of the database's
 * `topicState` table): for each entity name and concept word or pair, its uses, up to four outlets, how many
 * articles and a few of their ids, its surfaces and kind votes, and the aliases it was defined with; for each
 * word, that it was seen in lower case; for each topic, the outlets that mention it. An import then
 * - counts candidates in the NEW articles only and merges them into the stored rows it touches;
 * - admits a candidate as a new topic once it crosses the thresholds a full mine uses (spread over outlets,
 *   uses, the same entity filters through `clusterTopic`, the same concept filters: noun use, not in more
 *   than a quarter of the articles, part of a story, the concept budget);
 * - gives new claims the topics they mention (the same matcher and anaphor rule as a full mine), adds aliases
 *   defined in the new articles to the topics they name, and tags older claims of the articles a new topic's
 *   candidate was seen in;
 * - returns only what changed: new and changed topics, tagged claims, touched state rows.
 *
 * Bounded differences from a full mine of the same corpus (why: each needs the whole corpus re-read):
 * - a topic is never removed or renamed by an import (a full mine may relabel it when another surface becomes
 *   the most used, or drop it when the concept budget fills with better-spread concepts);
 * - older claims are re-tagged only in the articles the state remembers for the candidate (64 for names, 16 for
 *   concepts); claims beyond that get the new topic at the next full re-mine;
 * - a concept's story share is judged on the (up to 16) remembered articles instead of all of them;
 * - surname-only mentions join a person topic only when exactly one stored person has that surname; names joined
 *   by the data file, acronym definitions and "calls X, Y" are handled as in a full mine;
 * - the vocabulary of "words seen in lower case" only grows, as in a full mine of the larger corpus;
 * - one thing, one topic (plural and singular, "Ebola Virus" = "Ebola", a surname = its full name) is settled when the
 *   longer name is admitted: a shorter name that becomes a topic later does not take in a stored longer one, and the
 *   lower-case words after a name are kept for its 8 most used (a full mine counts them all).
 * Pure TypeScript: the state and the corpus are read through the two small interfaces below.
 */
import { boundedMemo } from './memo';
import { runSteps, stepCounter, type Steps } from './steps';
import type { Article, Claim, Outlet, Topic } from './types';
import { isNameParticle, slugify, spotEntities, stem, tokenize, type Token } from './text';
import {
  anaphorPattern,
  MIN_STORY_SHARE,
  acronymDefinitions,
  aliasKey,
  antecedentTopics,
  contextTopics,
  bestSurface,
  buildTopicMatcher,
  clusterTopic,
  countConceptUses,
  dataGroups,
  headFoldTarget,
  namedBySurname,
  shortNameFold,
  nameTail,
  numberVariants,
  surnameOf,
  matchTopics,
  matchesAsConcept,
  namingDefinitions,
  outletAliasKeys,
  stripPossessive,
  topicIdsIn,
  type DataGroup,
  type Doc,
  type MineWork,
  docOf,
  readCorpusDocs,
  type TopicMatcher,
} from './topics';

/** Format of the stored state: a different value means it must be rebuilt by a full re-mine. */
export const TOPIC_STATE_FORMAT = 2;
/** Outlets kept per candidate: enough to know it crossed `minOutlets` (2). */
const OUTLET_CAP = 4;
/** Article ids kept per candidate: the articles re-tagged when it becomes a topic. */
const ENTITY_ARTICLE_CAP = 64;
const CONCEPT_ARTICLE_CAP = 16;
/**
 * Concept candidates whose story checks read together (see `prefetchStories` in {@link updateTopics}): fewer round
 * trips, at the cost of reading for up to this many candidates the concept budget may leave unjudged.
 */
const STORY_READ_AHEAD = 16;
/** At most this many candidates' story checks read at once (a bound on one read; see `prefetchStories`). */
const STORY_READ_MAX = 512;
/** Surfaces kept per candidate (for its label and aliases). */
const SURFACE_CAP = 12;
/** Lower-case words after a name kept per candidate (the most used: what {@link headFoldTarget} compares). */
const TAIL_CAP = 8;

/** Kind votes of an entity candidate (from titles, verbs and places around its mentions). */
export interface KindVotes {
  person: number;
  place: number;
  org: number;
}

/** A capitalised name seen in the corpus (key `e:<alias key>`). */
export interface EntityStateRow {
  key: string;
  kind: 'e';
  tokens: string[];
  count: number;
  outlets: string[];
  nArticles: number;
  articles: string[];
  surfaces: [string, number][];
  votes: KindVotes;
  initialOnly: boolean;
  acronym: boolean;
  /** Alias keys defined as the same thing ("Islamic State (IS)", "calls the IS group, ISIS"). */
  links: string[];
  /** Lower-case words written right after the name, with counts ("ebola" → virus): see `nameTail`. */
  tails?: [string, number][];
}

/** A lower-case key word or word pair (key `c:<stem>` or `c:<stem> <stem>`). */
export interface ConceptStateRow {
  key: string;
  kind: 'c';
  bigram: boolean;
  count: number;
  outlets: string[];
  nArticles: number;
  articles: string[];
  surfaces: [string, number][];
  nounish: number;
  verbish: number;
}

/** A word written in lower case somewhere (key `w:<norm>`): a lone capitalised one at a sentence start is no name. */
export interface WordStateRow {
  key: string;
  kind: 'w';
}

/** Every outlet whose articles mention a topic (key `t:<topic id>`): its `outletCount`. */
export interface TopicOutletsRow {
  key: string;
  kind: 't';
  outlets: string[];
}

/** One row of the topic-mining state. */
export type TopicStateRow = EntityStateRow | ConceptStateRow | WordStateRow | TopicOutletsRow;

/** Reads stored state rows by key (undefined where there is none). */
export interface TopicStateStore {
  get(keys: readonly string[]): Promise<(TopicStateRow | undefined)[]>;
}

/** Reads stored articles and claims (for re-tagging older claims with a new topic, and judging a concept's story). */
export interface TopicCorpusReader {
  articles(ids: readonly string[]): Promise<Article[]>;
  claimsOf(articleIds: readonly string[]): Promise<Claim[]>;
  /**
   * The stored titles of articles (undefined where none is stored), from rows without bodies: the story check reads
   * these for articles whose key words it has cached, and whole articles only for the rest. Without it, every
   * article it judges is read whole.
   */
  titles?(ids: readonly string[]): Promise<(string | undefined)[]>;
  /**
   * The concept key words stored for articles by earlier imports (undefined where none are stored, or of other code):
   * the story check reads these for articles whose keys it has not cached, and whole articles only for the rest — a
   * waking worker has none cached, and reading and tokenising whole articles was a quarter of a batch at 100k claims.
   */
  conceptKeys?(ids: readonly string[]): Promise<(readonly string[] | undefined)[]>;
  /**
   * The stored claims tagged with any of `topicIds`: the claims of topics the update retires, which lose the id (see
   * {@link TopicUpdate.removed}). Without it they keep it until the next full re-mine.
   */
  claimsOfTopics?(topicIds: readonly string[]): Promise<Claim[]>;
}

/** What {@link updateTopics} needs. */
export interface TopicUpdateInput {
  /** Every topic before the import. */
  topics: readonly Topic[];
  /** A matcher built from `topics` (a caller that keeps one across batches passes it). */
  matcher?: TopicMatcher;
  /** The imported articles and their claims (not yet tagged). */
  articles: readonly Article[];
  claims: readonly Claim[];
  /** Every outlet (their names are sources, never topics). */
  outlets: readonly Outlet[];
  /** Articles and distinct article outlets in the corpus after the import. */
  articleCount: number;
  outletCount: number;
  minOutlets?: number;
  /** Ends a named timing phase (the import's batch timer, see utils/corpus.ts `batchTimer`). */
  lap?: (phase: string) => void;
}

/** What changed: write these, nothing else. */
export interface TopicUpdate {
  /** Every topic after the import. */
  topics: Topic[];
  /** New topics and topics whose aliases or counts changed. */
  changedTopics: Topic[];
  /** Ids of the new topics. */
  added: string[];
  /**
   * Ids of stored concepts retired for a better-spread one once the concept budget is spent (as a full mine leaves them
   * out): delete their topic and match-index rows. Their claims are in `retagged` without the id when the corpus
   * reader gives them ({@link TopicCorpusReader.claimsOfTopics}).
   */
  removed: string[];
  /** The imported claims with their topics. */
  claims: Claim[];
  /** Older claims that gained a topic, or lost one the update retired. */
  retagged: Claim[];
  /** Per re-tagged claim id, the topic ids it gained. */
  gained: Map<string, string[]>;
  /** The matcher of `topics` (to pass to the next batch). */
  matcher: TopicMatcher;
  /** State rows to write. */
  rows: TopicStateRow[];
  /**
   * Concept key words to store by article id (see {@link TopicCorpusReader.conceptKeys}), in the order the story check
   * compares them: the batch's articles', and those of older articles this update read whole (none were stored).
   */
  conceptKeys: Map<string, string[]>;
}

function capPush(list: string[], v: string, cap: number): void {
  if (list.length < cap && !list.includes(v)) list.push(v);
}

function addSurface(surfaces: [string, number][], s: string, n: number): void {
  const at = surfaces.find((x) => x[0] === s);
  if (at) at[1] += n;
  else surfaces.push([s, n]);
}

function trimSurfaces(surfaces: [string, number][], cap = SURFACE_CAP): [string, number][] {
  if (surfaces.length <= cap) return surfaces;
  return [...surfaces].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, cap);
}

/**
 * Counts the candidates of `docs` into fresh rows, exactly as a full mine counts them (entity mentions, acronym
 * and naming definitions, concept words and pairs). `isCommonWord`: seen in lower case anywhere in the corpus.
 * `conceptKeys`, when given, gets each doc's concept key words (single words, in the order found: what the story check
 * compares, see `conceptKeysOf`) from the same walk, by article id.
 */
export function countCandidates(
  docs: readonly Doc[],
  isCommonWord: (norm: string) => boolean,
  conceptKeys?: Map<string, Set<string>>,
): Map<string, EntityStateRow | ConceptStateRow> {
  return runSteps(countCandidatesSteps(docs, isCommonWord, conceptKeys));
}

/** {@link countCandidates} as steps (utils/engine/steps.ts): yields every few documents. */
function* countCandidatesSteps(
  docs: readonly Doc[],
  isCommonWord: (norm: string) => boolean,
  conceptKeys?: Map<string, Set<string>>,
): Steps<Map<string, EntityStateRow | ConceptStateRow>> {
  const tick = stepCounter(32);
  const rows = new Map<string, EntityStateRow | ConceptStateRow>();
  const seenIn = new Map<string, string>();
  const entity = (key: string, tokens: string[]): EntityStateRow => {
    const k = `e:${key}`;
    let r = rows.get(k) as EntityStateRow | undefined;
    if (!r) {
      r = { key: k, kind: 'e', tokens, count: 0, outlets: [], nArticles: 0, articles: [], surfaces: [], votes: { person: 0, place: 0, org: 0 }, initialOnly: true, acronym: false, links: [] };
      rows.set(k, r);
    }
    return r;
  };
  const mention = (r: EntityStateRow | ConceptStateRow, d: Doc, surface: string, cap: number): void => {
    r.count++;
    capPush(r.outlets, d.article.outletId, OUTLET_CAP);
    if (seenIn.get(r.key) !== d.article.id) {
      seenIn.set(r.key, d.article.id);
      r.nArticles++;
      capPush(r.articles, d.article.id, cap);
    }
    addSurface(r.surfaces, surface, 1);
  };
  const link = (a: string, b: string): void => {
    if (!a || !b || a === b) return;
    const ra = entity(a, a.split(' '));
    const rb = entity(b, b.split(' '));
    if (!ra.links.includes(b)) ra.links.push(b);
    if (!rb.links.includes(a)) rb.links.push(a);
  };
  for (const d of docs) {
    let at = 0;
    for (const m of spotEntities(d.text, { isCommonWord }, d.tokens)) {
      const nt = nameTail(d.text, d.tokens, m.end, at);
      at = nt.at;
      if (!m.key) continue;
      const r = entity(m.key, m.tokens);
      mention(r, d, stripPossessive(m.text), ENTITY_ARTICLE_CAP);
      if (nt.tail) addSurface((r.tails ??= []), nt.tail, 1);
      if (m.hint && m.hint !== 'concept') r.votes[m.hint] += m.hintWeight;
      if (!m.sentenceInitial || m.hint) r.initialOnly = false;
      if (m.acronym) r.acronym = true;
    }
    for (const def of acronymDefinitions(d.text, d.tokens)) {
      const sk = aliasKey(def.short);
      const lk = aliasKey(def.long);
      if (!sk || !lk) continue;
      const rs = entity(sk, sk.split(' '));
      mention(rs, d, def.short, ENTITY_ARTICLE_CAP);
      rs.votes.org += 0.5;
      rs.initialOnly = false;
      rs.acronym = true;
      const rl = entity(lk, lk.split(' '));
      mention(rl, d, def.long, ENTITY_ARTICLE_CAP);
      rl.initialOnly = false;
      link(sk, lk);
    }
    for (const def of namingDefinitions(d.text)) link(aliasKey(def.a), aliasKey(def.b));
    const keys = conceptKeys ? new Set<string>() : null;
    conceptKeys?.set(d.article.id, keys!);
    countConceptUses(d, (key, surface, bigram, use) => {
      if (keys && !bigram) keys.add(key);
      const k = `c:${key}`;
      let r = rows.get(k) as ConceptStateRow | undefined;
      if (!r) rows.set(k, (r = { key: k, kind: 'c', bigram, count: 0, outlets: [], nArticles: 0, articles: [], surfaces: [], nounish: 0, verbish: 0 }));
      if (use > 0) r.nounish++;
      else if (use < 0) r.verbish++;
      mention(r, d, surface, CONCEPT_ARTICLE_CAP);
    });
    if (tick()) yield;
  }
  for (const r of rows.values()) {
    r.surfaces = trimSurfaces(r.surfaces);
    if (r.kind === 'e' && r.tails) r.tails = trimSurfaces(r.tails, TAIL_CAP);
  }
  return rows;
}

/** A stored row plus the new articles' counts of the same candidate. */
function mergeRow<R extends EntityStateRow | ConceptStateRow>(stored: R, delta: R): R {
  const cap = stored.kind === 'e' ? ENTITY_ARTICLE_CAP : CONCEPT_ARTICLE_CAP;
  const out = { ...stored, outlets: [...stored.outlets], articles: [...stored.articles], surfaces: stored.surfaces.map((s) => [...s] as [string, number]) };
  out.count += delta.count;
  out.nArticles += delta.nArticles;
  for (const o of delta.outlets) capPush(out.outlets, o, OUTLET_CAP);
  for (const a of delta.articles) capPush(out.articles, a, cap);
  for (const [s, n] of delta.surfaces) addSurface(out.surfaces, s, n);
  out.surfaces = trimSurfaces(out.surfaces);
  if (out.kind === 'e' && delta.kind === 'e') {
    out.votes = { person: out.votes.person + delta.votes.person, place: out.votes.place + delta.votes.place, org: out.votes.org + delta.votes.org };
    out.initialOnly = out.initialOnly && delta.initialOnly;
    out.acronym = out.acronym || delta.acronym;
    out.links = [...new Set([...out.links, ...delta.links])];
    if (delta.tails) {
      const tails = (out.tails ?? []).map((s) => [...s] as [string, number]);
      for (const [w, c] of delta.tails) addSurface(tails, w, c);
      out.tails = trimSurfaces(tails, TAIL_CAP);
    }
  } else if (out.kind === 'c' && delta.kind === 'c') {
    out.nounish += delta.nounish;
    out.verbish += delta.verbish;
  }
  return out;
}

/**
 * Where the story-check reads that start at concept candidate `from` end (exclusive), over the candidates' scores in
 * the order the concept loop of {@link updateTopics} walks them (falling). The loop ends at the first candidate no
 * stronger than the weakest stored concept once the budget is spent, and that bound only rises (an admission past the
 * budget drops the weakest): with `budget` spent, every candidate the loop can still reach is read for at once. With
 * budget left, the loop may go past the bound while the budget lasts: the candidates above it and at least
 * {@link STORY_READ_AHEAD}. Never more than {@link STORY_READ_MAX}.
 */
export function storyReadEnd(scores: readonly number[], from: number, budget: number, weakest: number | undefined): number {
  const cap = Math.min(scores.length, from + STORY_READ_MAX);
  const above = (k: number) => weakest !== undefined && scores[k]! > weakest;
  let end = from + 1;
  if (budget <= 0) {
    while (end < cap && above(end)) end++;
    return end;
  }
  end = Math.min(cap, from + STORY_READ_AHEAD);
  while (end < cap && above(end)) end++;
  return end;
}

/** Key-word concepts an import keeps, in concept budgets: past this, an admission retires the weakest stored one. */
const RETIRE_AT = 2;

/** Concept budget of a full mine at `n` articles (see mineTopics). */
export function conceptBudget(n: number): number {
  return Math.round(Math.min(80, Math.max(10, 3 * Math.sqrt(n))));
}

function weightOf(t: Topic): number {
  return Math.round((t.outletCount + Math.log10(1 + t.claimCount)) * 1000) / 1000;
}

/**
 * A claim's topic ids as a full mine gives them: the topics it mentions, and an opening anaphor's antecedent; a claim
 * naming none takes the sentence before it's (contextTopics).
 */
function tagClaim(matcher: TopicMatcher, c: Claim, body: string | undefined, allowed: (id: string) => boolean, tokens?: Token[]): string[] {
  let ids = matchTopics(matcher, c.text, tokens).map((h) => h.topicId);
  const own = body !== undefined && body.slice(c.start, c.end) === c.text;
  if (anaphorPattern().exec(c.text) && own) ids = [...ids, ...antecedentTopics(matcher, body, c.start)];
  // Only a claim naming no topic at all, whatever `allowed` keeps.
  if (ids.length === 0 && own) ids = contextTopics(matcher, body, c.start);
  return [...new Set(ids.filter(allowed))];
}

/**
 * An article's concept key words (what the story check compares), by article id, across calls: an import job's
 * batches check the same remembered articles again and again, and tokenising them is most of a batch's topic work.
 * An id is the hash of the article's text, so the keys hold while the title is the same (checked).
 */
const keyCache = new Map<string, { title: string; keys: Set<string> }>();
/** Articles whose keys are kept (each a few hundred short strings). */
const KEY_CACHE_MAX = 4000;

/** Empties the key cache, as a worker that wakes has it: for tests and benches of a cold worker's import. */
export function forgetConceptKeyCache(): void {
  keyCache.clear();
}

/** An article's cached concept key words, if they were computed for this title. */
function cachedConceptKeys(id: string, title: string): Set<string> | undefined {
  const hit = keyCache.get(id);
  return hit && hit.title === title ? hit.keys : undefined;
}

/**
 * The concept key words of one article (`doc`: its tokens when the caller has them; `known`: its keys when the caller
 * collected them already, from `countCandidates`'s walk of the same doc).
 */
function conceptKeysOf(a: Article, doc?: Doc, known?: Set<string>): Set<string> {
  const hit = cachedConceptKeys(a.id, a.title);
  if (hit) return hit;
  let keys = known;
  if (!keys) {
    const found = new Set<string>();
    countConceptUses(doc ?? docOf(a), (key, _s, bigram) => {
      if (!bigram) found.add(key);
    });
    keys = found;
  }
  if (keyCache.size >= KEY_CACHE_MAX) keyCache.delete(keyCache.keys().next().value!);
  keyCache.set(a.id, { title: a.title, keys });
  return keys;
}

type TrieNode = TopicMatcher['entity'];

/**
 * `base` with the aliases of `add` merged in, as a NEW matcher: only the trie nodes on added paths are copied, so
 * `base` (cached by callers, remembered by `matchTopics`) never changes. The ends at one node keep the order a full
 * build over the topics in `order` gives them (the first end whose case rules pass wins a match).
 */
export function mergeMatchers(base: TopicMatcher, add: TopicMatcher, order: ReadonlyMap<string, number>): TopicMatcher {
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  const merge = (b: TrieNode, a: TrieNode): TrieNode => {
    const out: TrieNode = { next: b.next, ends: b.ends };
    if (a.ends) {
      const ends = [...(b.ends ?? [])];
      for (const e of a.ends) {
        // A grown topic may bring an end it already has (its context alias "is"): one copy, as a full build.
        if (e.context && ends.some((x) => x.topicId === e.topicId && JSON.stringify(x) === JSON.stringify(e))) continue;
        const at = ends.findIndex((x) => rank(x.topicId) > rank(e.topicId));
        ends.splice(at < 0 ? ends.length : at, 0, e);
      }
      out.ends = ends;
    }
    if (a.next.size) {
      out.next = new Map(b.next);
      for (const [k, child] of a.next) {
        const have = b.next.get(k);
        out.next.set(k, have ? merge(have, child) : child);
      }
    }
    return out;
  };
  return { entity: merge(base.entity, add.entity), concept: merge(base.concept, add.concept), kinds: new Map([...base.kinds, ...add.kinds]), maxLen: Math.max(base.maxLen, add.maxLen) };
}

/**
 * `m` without the topics `ids`: the trie nodes on the way to their ends are copied, every other node is shared (`m`,
 * cached by callers, never changes). The same matches as a build over the other topics.
 */
export function withoutTopics(m: TopicMatcher, ids: ReadonlySet<string>): TopicMatcher {
  // The longest name left, in words (a build's `maxLen`): the depth of the deepest node still ending a name.
  let maxLen = 1;
  const drop = (node: TrieNode, depth: number): TrieNode => {
    let next = node.next;
    for (const [k, child] of node.next) {
      const kept = drop(child, depth + 1);
      if (kept === child) continue;
      if (next === node.next) next = new Map(node.next);
      if (kept.ends || kept.next.size) next.set(k, kept);
      else next.delete(k);
    }
    const ends = node.ends?.some((e) => ids.has(e.topicId)) ? node.ends.filter((e) => !ids.has(e.topicId)) : node.ends;
    if (ends?.length) maxLen = Math.max(maxLen, depth);
    if (next === node.next && ends === node.ends) return node;
    return { next, ends: ends && ends.length ? ends : null };
  };
  const entity = drop(m.entity, 0);
  const concept = drop(m.concept, 0);
  return { entity, concept, kinds: new Map([...m.kinds].filter(([id]) => !ids.has(id))), maxLen };
}

/**
 * `aliasKey` remembered per alias text (some tens of thousands in a 100k-claim corpus): every batch keys every alias
 * of every stored topic (owners, surnames), and tokenising them again was a fixed cost per batch growing with the
 * corpus. Pure function of the text, so the same.
 */
const keyOfAlias = boundedMemo(aliasKey, 200_000);

/**
 * Runs `next` after `pending`, synchronously when nothing is pending. The caller may hold a database transaction
 * (utils/corpus.ts runs this update inside an import batch): Dexie keeps its transaction across only about a hundred
 * native `await`s with no request between them, so a loop that awaits answers already in memory — the story check
 * of every qualifying concept, at a large corpus — would lose it. Awaiting only real reads keeps it.
 */
function then<T>(pending: Promise<void> | undefined, next: () => T | Promise<T>): T | Promise<T> {
  return pending ? pending.then(next) : next();
}

/** Updates topics for imported articles (see the file comment for what it does and how it differs from a full mine). */
export async function updateTopics(input: TopicUpdateInput, store: TopicStateStore, corpus: TopicCorpusReader): Promise<TopicUpdate> {
  const minOutlets = input.minOutlets ?? 2;
  const n = input.articleCount;
  const byOutlets = input.outletCount >= minOutlets;
  const docs = input.articles.map(docOf);
  const batchIds = new Set(input.articles.map((a) => a.id));
  const outRows = new Map<string, TopicStateRow>();
  const lap = input.lap ?? (() => {});

  // Words seen in lower case: this batch's, and the stored ones for every word it uses.
  const lowerHere = new Set<string>();
  const words = new Set<string>();
  for (const d of docs) {
    for (const t of d.tokens) {
      words.add(t.norm);
      if (/^\p{Ll}/u.test(t.raw)) lowerHere.add(t.norm);
    }
  }
  const wordKeys = [...words].map((w) => `w:${w}`);
  const wordRows = await store.get(wordKeys);
  const knownLower = new Set<string>();
  wordKeys.forEach((k, i) => {
    if (wordRows[i]) knownLower.add(k.slice(2));
  });
  for (const w of lowerHere) if (!knownLower.has(w)) outRows.set(`w:${w}`, { key: `w:${w}`, kind: 'w' });
  const isCommonWord = (w: string) => lowerHere.has(w) || knownLower.has(w);
  lap('topics.words');

  // Candidates of the new articles, merged into their stored rows.
  // The batch's own articles' concept key words come from the same walk (the story check compares them).
  const batchKeys = new Map<string, Set<string>>();
  const delta = countCandidates(docs, isCommonWord, batchKeys);
  const rowCache = new Map<string, TopicStateRow | undefined>();
  // `load` and the story check answer synchronously when nothing is missing (see `then`).
  const load = (keys: readonly string[]): Promise<void> | undefined => {
    const want = [...new Set(keys)].filter((k) => !rowCache.has(k));
    if (!want.length) return undefined;
    return store.get(want).then((got) => want.forEach((k, i) => rowCache.set(k, got[i])));
  };
  await load([...delta.keys()]);
  lap('topics.candidates');
  const merged = new Map<string, EntityStateRow | ConceptStateRow>();
  for (const [k, d] of delta) {
    const s = rowCache.get(k) as EntityStateRow | ConceptStateRow | undefined;
    const m = s ? mergeRow(s, d) : d;
    merged.set(k, m);
    rowCache.set(k, m);
    outRows.set(k, m);
  }
  const spreadOf = (outlets: readonly string[], nArticles: number) => (byOutlets ? outlets.length : nArticles);

  // Existing topics by alias key (names) and person topics by surname (surname-only mentions).
  const topics = new Map(input.topics.map((t) => [t.id, { ...t, aliases: [...t.aliases] }]));
  const matcher0 = input.matcher ?? buildTopicMatcher(input.topics);
  const owner = new Map<string, string>();
  const bySurname = new Map<string, string[]>();
  for (const t of topics.values()) {
    if (matchesAsConcept(t)) continue;
    for (const a of [t.label, ...t.aliases]) {
      const k = keyOfAlias(a);
      if (k && !owner.has(k)) owner.set(k, t.id);
    }
    if (t.kind === 'person') {
      const core = keyOfAlias(t.label).split(' ').filter((x) => !isNameParticle(x));
      const s = core[core.length - 1];
      if (core.length >= 2 && s) (bySurname.get(s) ?? bySurname.set(s, []).get(s)!).push(t.id);
    }
  }
  // The first topic with a label (as `find` over the topics in order answers): topics only gain aliases until the ids
  // of new ones are given below, so the map is built once, when a name of the alias data first needs it.
  let byLabel: Map<string, Topic> | null = null;
  const topicByLabel = (label: string): Topic | undefined => {
    if (!byLabel) {
      byLabel = new Map();
      for (const t of topics.values()) if (!byLabel.has(t.label)) byLabel.set(t.label, t);
    }
    return byLabel.get(label);
  };
  const { groups, byKey } = dataGroups();
  const outletKeys = outletAliasKeys(input.outlets, input.articles);
  const aliasGrown = new Set<string>();
  /** Articles to re-tag, per topic that is new or gained aliases. */
  const retagArticles = new Set<string>();
  const addAliases = (topicId: string, row: EntityStateRow): void => {
    const t = topics.get(topicId)!;
    let grew = false;
    for (const [s] of row.surfaces) {
      const a = s.toLowerCase();
      if (keyOfAlias(a) === 'is' || t.aliases.includes(a)) continue;
      t.aliases.push(a);
      grew = true;
    }
    const k = row.key.slice(2);
    if (!owner.has(k)) owner.set(k, topicId);
    if (grew) {
      t.aliases.sort();
      aliasGrown.add(topicId);
      for (const a of row.articles) retagArticles.add(a);
    }
  };

  // Entities: linked names join the topic one of them already is; others become topics at the same thresholds.
  // Full names first: a surname alone then finds the person it names already admitted (as a full mine joins them).
  const entityRows = [...merged.values()]
    .filter((r): r is EntityStateRow => r.kind === 'e')
    .map((r, i) => ({ r, i, multi: r.tokens.filter((x) => !isNameParticle(x)).length >= 2 ? 0 : 1 }))
    .sort((a, b) => a.multi - b.multi || a.i - b.i)
    .map((x) => x.r);
  // A name in the alias data is one cluster with every other name of its group ("Russia", "Russian"), as in a full mine.
  const groupKeys = (key: string): string[] => {
    const gi = byKey.get(key);
    return gi === undefined ? [] : groups[gi]!.keys.filter((k) => k !== key);
  };
  // The names a multi-word name may be one thing with (see foldNames in topics.ts): its plural or singular, the
  // shorter name it ends after, and its surname alone.
  const prefixKey = (r: EntityStateRow) => r.tokens.slice(0, -1).join(' ');
  const related = (r: EntityStateRow): string[] => {
    if (r.tokens.length < 2) return [];
    const s = surnameOf(r.tokens, r.acronym, isCommonWord);
    return [...numberVariants(r.tokens), prefixKey(r), ...(s ? [s] : [])];
  };
  await load(entityRows.flatMap((r) => [...r.links, ...groupKeys(r.key.slice(2)), ...related(r)].map((l) => `e:${l}`)));
  const entityRow = (key: string): EntityStateRow | undefined => {
    const x = rowCache.get(`e:${key}`);
    return x?.kind === 'e' ? x : undefined;
  };
  const proto: { topic: Topic; rows: (EntityStateRow | ConceptStateRow)[] }[] = [];
  const claimedKeys = new Set<string>();
  for (const r of entityRows) {
    const key = r.key.slice(2);
    if (owner.has(key) || claimedKeys.has(key)) continue;
    const cluster = [r, ...[...new Set([...r.links, ...groupKeys(key)])].map((l) => rowCache.get(`e:${l}`)).filter((x): x is EntityStateRow => x?.kind === 'e')];
    const linkedOwner = r.links.map((l) => owner.get(l)).find((x) => x !== undefined);
    if (linkedOwner) {
      addAliases(linkedOwner, r);
      continue;
    }
    const gi = cluster.map((c) => byKey.get(c.key.slice(2))).find((g) => g !== undefined);
    const group: DataGroup | undefined = gi !== undefined ? groups[gi] : undefined;
    if (group) {
      const existing = topicByLabel(group.label);
      if (existing) {
        addAliases(existing.id, r);
        continue;
      }
    }
    // One thing, one topic: the plural or singular, or the shorter name a described form ends after ("Ebola Virus"), or
    // the short name a full name is known by ("Pepper Lane Grill" … "Pepper Lane").
    let folded = false;
    let named = false;
    if (!group && r.tokens.length >= 2) {
      const free = (k: string) => !owner.has(k) && !claimedKeys.has(k) && !byKey.has(k) && entityRow(k) !== undefined;
      const variants = r.acronym ? [] : numberVariants(r.tokens).filter((v) => !byKey.has(v));
      const variantOwner = variants.map((v) => owner.get(v)).find((x) => x !== undefined);
      if (variantOwner) {
        addAliases(variantOwner, r);
        continue;
      }
      for (const v of variants) if (free(v)) cluster.push(entityRow(v)!);
      const prefix = entityRow(prefixKey(r));
      const found = r.acronym ? null : (headFoldTarget(r.tokens, r.count, prefix ? new Map(prefix.tails ?? []) : undefined) ?? (shortNameFold(r, prefix) ? prefixKey(r) : null));
      const target = found !== null && !byKey.has(found) ? found : null;
      if (target) {
        const targetOwner = owner.get(target);
        if (targetOwner) {
          addAliases(targetOwner, r);
          continue;
        }
        folded = true;
        if (free(target)) cluster.push(entityRow(target)!);
      }
      const surname = surnameOf(r.tokens, r.acronym, isCommonWord);
      const single = surname === null ? undefined : entityRow(surname);
      if (single && !byKey.has(surname!) && namedBySurname(r, single, prefix, isCommonWord)) {
        named = true;
        const v = single.votes;
        const singleOk = v.org <= v.person && v.place <= v.person + 0.5;
        if (singleOk && free(surname!) && !(bySurname.get(surname!)?.length)) cluster.push(single);
      }
    }
    // Surname-only or same-initial mentions of the one stored person with that surname.
    const core = r.tokens.filter((x) => !isNameParticle(x));
    const personish = (r.votes.person > 0 || named) && r.votes.person >= r.votes.org && r.votes.person >= r.votes.place;
    if (!r.acronym && !group && core.length >= 1) {
      const people = bySurname.get(core[core.length - 1]!) ?? [];
      const single = core.length === 1 && r.votes.org <= r.votes.person && r.votes.place <= r.votes.person + 0.5;
      if (people.length === 1 && (single || (personish && core.length <= 5 && keyOfAlias(topics.get(people[0]!)!.label).startsWith(core[0]![0]!)))) {
        addAliases(people[0]!, r);
        continue;
      }
    }
    const outlets = new Set(cluster.flatMap((c) => c.outlets));
    const spread = byOutlets ? outlets.size : cluster.reduce((s, c) => s + c.nArticles, 0);
    if (spread < minOutlets) continue;
    const t = clusterTopic(
      cluster.map((c) => ({ key: c.key.slice(2), tokens: c.tokens, surfaces: new Map(c.surfaces), votes: c.votes, initialOnly: c.initialOnly, acronym: c.acronym, named: c === r && named, folded: c === r && folded })),
      group,
      outletKeys,
    );
    if (!t) continue;
    for (const c of cluster) claimedKeys.add(c.key.slice(2));
    proto.push({ topic: t, rows: cluster });
  }
  lap('topics.entities');

  // Concepts: the same filters as mineConcepts, the story share on the remembered articles, within the budget.
  const conceptRows = [...merged.values()].filter((r): r is ConceptStateRow => r.kind === 'c');
  const pairMax = new Map<string, number>();
  for (const r of conceptRows) if (r.bigram) for (const part of r.key.slice(2).split(' ')) pairMax.set(part, Math.max(pairMax.get(part) ?? 0, r.count));
  const participleOnly = (r: ConceptStateRow) => r.surfaces.every(([w]) => /(?:ed|ing)$/.test(w));
  const qualifying = conceptRows.filter(
    (r) =>
      spreadOf(r.outlets, r.nArticles) >= minOutlets &&
      r.count >= 2 &&
      (n < 20 || r.nArticles <= 0.25 * n) &&
      (r.bigram || (r.nounish > r.verbish && (!participleOnly(r) || r.nounish >= 2) && (pairMax.get(r.key.slice(2)) ?? 0) < 0.5 * r.count)),
  );
  const covered = (surface: string) => matchTopics(matcher0, surface).some((h) => h.start === 0 && h.end === surface.length);
  const docKeys = new Map<string, Set<string>>();
  // The batch's own keys are stored with it (the same walk found them), for a later batch's story checks.
  const storeKeys = new Map<string, string[]>(corpus.conceptKeys ? [...batchKeys].map(([id, keys]) => [id, [...keys]]) : []);
  const here = new Map(docs.map((d) => [d.article.id, d]));
  const docKeysOf = (ids: readonly string[]): Promise<void> | undefined => {
    const missing = ids.filter((id) => !docKeys.has(id));
    for (const id of missing) {
      const d = here.get(id);
      if (d) docKeys.set(id, conceptKeysOf(d.article, d, batchKeys.get(id)));
    }
    // Older articles with cached keys: their titles are read (a title may have been edited since), not the articles.
    // Whole articles (bodies of several KB) are read only to be tokenised, where no cached keys hold; both reads
    // go out together.
    const older = missing.filter((id) => !here.has(id));
    if (!older.length) return undefined;
    const readWhole = (ids: readonly string[]): Promise<void> | undefined =>
      ids.length
        ? corpus.articles(ids).then((read) => {
            for (const a of read) {
              const keys = conceptKeysOf(a, undefined);
              docKeys.set(a.id, keys);
              if (corpus.conceptKeys) storeKeys.set(a.id, [...keys]);
            }
          })
        : undefined;
    // Keys stored by earlier imports first; only articles with none are read whole (and their keys stored).
    const readStored = (ids: readonly string[]): Promise<void> | undefined =>
      ids.length && corpus.conceptKeys
        ? corpus.conceptKeys(ids).then((stored) => {
            const missing: string[] = [];
            ids.forEach((id, i) => {
              const keys = stored[i];
              if (keys) docKeys.set(id, new Set(keys));
              else missing.push(id);
            });
            return readWhole(missing);
          })
        : readWhole(ids);
    const cached = corpus.titles ? older.filter((id) => keyCache.has(id)) : [];
    const recheck = cached.length
      ? corpus.titles!(cached).then((read) => {
          // An edited title (or no title row) is settled by reading the article, as without the cache.
          const reread: string[] = [];
          cached.forEach((id, i) => {
            const title = read[i];
            const keys = title === undefined ? undefined : cachedConceptKeys(id, title);
            if (keys) docKeys.set(id, keys);
            else reread.push(id);
          });
          return readWhole(reread);
        })
      : undefined;
    const whole = readStored(cached.length ? older.filter((id) => !keyCache.has(id)) : older);
    return recheck && whole ? Promise.all([recheck, whole]).then(() => undefined) : (recheck ?? whole);
  };
  const judged = (r: ConceptStateRow) => !(r.nArticles <= 3 || n < 20);
  /** The key words a candidate's remembered articles share (two or more of them), most shared first; null: none read. */
  const sharedKeys = (r: ConceptStateRow): { ranked: [string, number][]; sample: number } | null => {
    const sample = r.articles.filter((a) => docKeys.has(a));
    if (!sample.length) return null;
    const own = new Set(r.key.slice(2).split(' '));
    const others = new Map<string, number>();
    for (const a of sample) for (const k of docKeys.get(a)!) if (!own.has(k)) others.set(k, (others.get(k) ?? 0) + 1);
    return { ranked: [...others].filter(([, c]) => c >= 2).sort((a, b) => b[1] - a[1]), sample: sample.length };
  };
  const storyOk = (r: ConceptStateRow): boolean | Promise<boolean> => {
    if (!judged(r)) return true;
    return then(docKeysOf(r.articles), () => {
      const shared = sharedKeys(r);
      if (!shared) return true;
      const { ranked, sample } = shared;
      return then(load(ranked.map(([k]) => `c:${k}`)), () => {
        for (const [k, c] of ranked) {
          const o = rowCache.get(`c:${k}`) as ConceptStateRow | undefined;
          if (o && o.nArticles >= 2 && o.nArticles <= 0.25 * n) return c / sample >= MIN_STORY_SHARE;
        }
        return false;
      });
    });
  };
  /**
   * Reads what the story checks of `rows` need, for all of them at once: their articles' key words, then the state rows
   * of the words they share. One check at a time was up to three round trips each (titles, whole articles, state rows),
   * dozens per batch; the verdicts are the same, as the stored rows and articles do not change during the update.
   */
  const prefetchStories = async (rows: readonly ConceptStateRow[]): Promise<void> => {
    const judgedRows = rows.filter(judged);
    if (!judgedRows.length) return;
    const reading = docKeysOf([...new Set(judgedRows.flatMap((r) => r.articles))]);
    if (reading) await reading;
    const loading = load(judgedRows.flatMap((r) => sharedKeys(r)?.ranked.map(([k]) => `c:${k}`) ?? []));
    if (loading) await loading;
  };
  const score = (r: ConceptStateRow) => spreadOf(r.outlets, r.nArticles) * (r.bigram ? 2 : 1) + Math.log10(r.count) * 0.5;
  qualifying.sort((a, b) => score(b) - score(a) || (a.key < b.key ? -1 : 1));
  // A full mine keeps the best-spread concepts up to the budget. Incrementally, a concept is admitted while the
  // budget has room, or when it beats the weakest stored concept, which a full mine would then leave out. That one is
  // retired once the concepts are RETIRE_AT times the budget: an import judges only the candidates its articles touch,
  // so a concept retired at once could not come back when the budget grows (a full mine's 'ballots' and 'bridge' were
  // lost for 'lines' and 'cause'), while retiring never let every batch admit past the budget again (2,090 key-word
  // concepts instead of a full mine's 138 after importing 2,000 articles in batches of 50).
  const existingConcepts = [...topics.values()].filter((t) => matchesAsConcept(t));
  let budget = conceptBudget(n) - existingConcepts.length;
  const weakest = existingConcepts
    .map((t) => ({ topic: t, score: t.outletCount * (t.label.includes(' ') ? 2 : 1) + Math.log10(Math.max(1, t.claimCount)) * 0.5 }))
    .sort((a, b) => a.score - b.score || (a.topic.id < b.topic.id ? -1 : 1));
  /** Stored concepts an admission past the budget displaced (see {@link TopicUpdate.removed}). */
  const retired: Topic[] = [];
  let conceptCount = existingConcepts.length;
  const labelOf = (r: ConceptStateRow): string => {
    const top = [...r.surfaces].sort((x, y) => y[1] - x[1] || x[0].length - y[0].length || (x[0] < y[0] ? -1 : 1))[0]![0];
    return r.bigram ? top : top.toLowerCase();
  };
  /** Whether the loop below ends at a candidate: the budget spent and no stronger than the weakest stored concept. */
  const beyond = (r: ConceptStateRow) => budget <= 0 && !(weakest.length && score(r) > weakest[0]!.score);
  const scores = qualifying.map(score);
  let readTo = 0;
  for (const [i, r] of qualifying.entries()) {
    if (beyond(r)) break;
    const label = labelOf(r);
    // Nor an entity's name in lower case ("border patrol" of a new "Border Patrol"), as a full mine leaves it out.
    if (covered(label) || proto.some((p) => p.topic.label === label || (p.topic.kind !== 'concept' && p.topic.aliases.includes(label.toLowerCase())))) continue;
    // The reads of this check and of every later one the loop can reach go out together: while the budget is spent, the
    // loop ends at the first candidate no stronger than the weakest stored concept (which only rises), so every check
    // up to there is read in one go; with budget left, the next few. Candidates a stored topic covers are read for
    // never. Reading more than the loop judges changes no verdict (the stored rows do not change during the update).
    if (i >= readTo && judged(r)) {
      const end = storyReadEnd(scores, i, budget, weakest[0]?.score);
      readTo = end;
      lap('topics.concepts');
      await prefetchStories(qualifying.slice(i, end).filter((q) => q === r || !covered(labelOf(q))));
      lap('topics.concepts.reads');
    }
    const ok = storyOk(r);
    if (!(typeof ok === 'boolean' ? ok : await ok)) continue;
    conceptCount++;
    if (budget > 0) budget--;
    else {
      const w = weakest.shift()!;
      if (conceptCount > RETIRE_AT * conceptBudget(n)) {
        retired.push(w.topic);
        conceptCount--;
      }
    }
    const aliases = [...new Set(r.surfaces.map(([s]) => s.toLowerCase()))].sort();
    proto.push({ topic: { id: '', label, kind: 'concept', aliases, outletCount: 0, claimCount: 0, weight: 0 }, rows: [r] });
  }
  lap('topics.concepts');

  // Retired before ids are given: a new topic may take a retired one's id, as a full mine without it would give it.
  for (const t of retired) topics.delete(t.id);
  // Ids as a full mine makes them: slug of the label; a clash gets the kind, then a counter.
  const used = new Set(topics.keys());
  proto.sort((a, b) => (a.topic.label < b.topic.label ? -1 : a.topic.label > b.topic.label ? 1 : a.topic.kind < b.topic.kind ? -1 : 1));
  for (const { topic, rows } of proto) {
    let id = slugify(topic.label) || 'topic';
    if (used.has(id)) id = `${id}-${topic.kind}`;
    for (let i = 2; used.has(id); i++) id = `${slugify(topic.label)}-${i}`;
    used.add(id);
    topic.id = id;
    topics.set(id, topic);
    for (const r of rows) for (const a of r.articles) retagArticles.add(a);
  }

  // Tag with the matcher of every topic, as pages will be matched (the retired ones left out of it).
  const removed = retired.map((t) => t.id).filter((id) => !topics.has(id));
  const base = retired.length ? withoutTopics(matcher0, new Set(retired.map((t) => t.id))) : matcher0;
  const changedMatcher = proto.length > 0 || aliasGrown.size > 0 || retired.length > 0;
  // The matcher grows by what changed (new topics, new aliases) instead of being rebuilt over every topic.
  const inputById = new Map(input.topics.map((t) => [t.id, t]));
  const extend = (skip: ReadonlySet<string>): TopicMatcher => {
    const order = new Map([...topics.keys()].map((id, i) => [id, i]));
    const grown = [...aliasGrown]
      .filter((id) => !skip.has(id) && topics.has(id) && inputById.has(id))
      .map((id) => {
        const before = new Set(inputById.get(id)!.aliases.map((a) => a.toLowerCase()));
        return { ...topics.get(id)!, aliases: topics.get(id)!.aliases.filter((a) => !before.has(a.toLowerCase())) };
      });
    const added = proto.map((p) => p.topic).filter((t) => !skip.has(t.id) && topics.has(t.id));
    return mergeMatchers(base, buildTopicMatcher([...added, ...grown]), order);
  };
  const matcher = changedMatcher ? extend(new Set()) : base;
  const fresh = new Set([...proto.map((p) => p.topic.id), ...aliasGrown]);
  for (const id of batchIds) retagArticles.delete(id);
  // Older claims of the remembered articles: only their claims are read (short texts), and an article body only
  // where a claim opens with an anaphor.
  const oldClaims = changedMatcher && retagArticles.size ? await corpus.claimsOf([...retagArticles]) : [];
  // The retired topics' claims lose their ids (a full mine would not have given them).
  const untagged = removed.length && corpus.claimsOfTopics ? await corpus.claimsOfTopics(removed) : [];
  // An anaphor's antecedent, or the sentence before a claim naming no topic (contextTopics), is read from the body.
  // A claim holding topics it does not name holds them from the sentence before it: walked again, as that sentence may
  // now name a fresh topic too.
  const oldTokens = new Map(oldClaims.map((c) => [c.id, tokenize(c.text)]));
  const fromContext = (c: Claim) => c.topics.length === 0 || !matchTopics(matcher, c.text, oldTokens.get(c.id)).some((h) => c.topics.includes(h.topicId));
  const bodyReaders = new Set(oldClaims.filter((c) => anaphorPattern().test(c.text) || fromContext(c)).map((c) => c.id));
  const readsBody = (c: Claim) => bodyReaders.has(c.id);
  const anaphoric = [...new Set(oldClaims.filter(readsBody).map((c) => c.articleId))];
  const oldBodies = anaphoric.length ? await corpus.articles(anaphoric) : [];
  lap('topics.retagRead');
  const bodies = new Map<string, string>([...input.articles, ...oldBodies].map((a) => [a.id, a.body]));
  const tagged = input.claims.map((c) => ({ ...c, topics: tagClaim(matcher, c, bodies.get(c.articleId), () => true) }));
  const gainedBy = new Map<string, string[]>();
  // Every mention of a topic starts with the first word of one of its names (its normal form for names, its stem
  // for concepts): an older claim with none of the fresh topics' first words cannot gain one, and is not walked.
  // Anaphoric claims and claims naming no topic are always walked (they may gain a topic from the body).
  const firstWords = oldClaims.length ? buildTopicMatcher([...fresh].map((id) => topics.get(id)).filter((t): t is Topic => !!t)) : null;
  const mayGain = (tokens: Token[]) => tokens.some((t) => firstWords!.entity.next.has(t.norm) || firstWords!.concept.next.has(stem(t.norm)));
  for (const c of oldClaims) {
    const tokens = oldTokens.get(c.id)!;
    if (!readsBody(c) && !mayGain(tokens)) continue;
    const gained = tagClaim(matcher, c, bodies.get(c.articleId), (id) => fresh.has(id), tokens).filter((id) => !c.topics.includes(id));
    if (gained.length) gainedBy.set(c.id, gained);
  }
  lap('topics.retag');

  // Outlets per topic: the new articles for every topic; for a new topic or new aliases also the outlets its
  // candidates were seen in and those of the older claims that gained it.
  const mentions = new Map<string, Set<string>>();
  const articlesOf = new Map<string, Set<string>>();
  const mention = (id: string, outlet: string, article: string) => {
    (mentions.get(id) ?? mentions.set(id, new Set()).get(id)!).add(outlet);
    (articlesOf.get(id) ?? articlesOf.set(id, new Set()).get(id)!).add(article);
  };
  for (const d of docs) for (const id of topicIdsIn(matcher, d.text, d.tokens)) mention(id, d.article.outletId, d.article.id);
  for (const c of oldClaims) for (const id of gainedBy.get(c.id) ?? []) mention(id, c.outletId, c.articleId);
  // Where the candidate was seen outside claims too (the state remembers up to four outlets).
  for (const { topic, rows } of proto) for (const r of rows) r.outlets.forEach((o, i) => mention(topic.id, o, r.articles[i] ?? `${r.key}#${i}`));
  await load([...mentions.keys()].map((id) => `t:${id}`));
  lap('topics.mentions');
  const topicOutlets = new Map<string, string[]>();
  for (const [id, set] of mentions) {
    const stored = rowCache.get(`t:${id}`) as TopicOutletsRow | undefined;
    const before = stored?.outlets ?? [];
    const all = [...new Set([...before, ...set])].sort();
    topicOutlets.set(id, all);
    if (all.length !== before.length) outRows.set(`t:${id}`, { key: `t:${id}`, kind: 't', outlets: all });
  }
  // A new topic the matcher finds in fewer outlets than the threshold is dropped, as a full mine drops it.
  const dropped = new Set<string>();
  for (const { topic } of proto) {
    const spread = byOutlets ? (topicOutlets.get(topic.id) ?? []).length : (articlesOf.get(topic.id)?.size ?? 0);
    if (spread < minOutlets) {
      dropped.add(topic.id);
      topics.delete(topic.id);
      outRows.delete(`t:${topic.id}`);
    }
  }

  const claimGain = new Map<string, number>();
  const claims = tagged.map((c) => {
    const ids = dropped.size ? c.topics.filter((id) => !dropped.has(id)) : c.topics;
    for (const id of ids) claimGain.set(id, (claimGain.get(id) ?? 0) + 1);
    return ids === c.topics ? c : { ...c, topics: ids };
  });
  const retagged: Claim[] = [];
  const gone = new Set(removed);
  const kept = (ids: string[]) => (ids.some((id) => gone.has(id)) ? ids.filter((id) => !gone.has(id)) : ids);
  for (const c of oldClaims) {
    const gained = (gainedBy.get(c.id) ?? []).filter((id) => !dropped.has(id));
    if (!gained.length) {
      gainedBy.delete(c.id);
      const left = kept(c.topics);
      if (left !== c.topics) retagged.push({ ...c, topics: left });
      continue;
    }
    gainedBy.set(c.id, gained);
    for (const id of gained) claimGain.set(id, (claimGain.get(id) ?? 0) + 1);
    retagged.push({ ...c, topics: [...kept(c.topics), ...gained] });
  }
  const walked = new Set(oldClaims.map((c) => c.id));
  for (const c of untagged) {
    const left = kept(c.topics);
    if (!walked.has(c.id) && left !== c.topics) retagged.push({ ...c, topics: left });
  }

  const changedTopics: Topic[] = [];
  for (const t of topics.values()) {
    const outs = topicOutlets.get(t.id);
    const outletCount = outs ? outs.length : t.outletCount;
    const claimCount = t.claimCount + (claimGain.get(t.id) ?? 0);
    if (outletCount === t.outletCount && claimCount === t.claimCount && !fresh.has(t.id)) continue;
    t.outletCount = outletCount;
    t.claimCount = claimCount;
    t.weight = weightOf(t);
    changedTopics.push(t);
  }
  const all = [...topics.values()].sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    topics: all,
    changedTopics,
    added: proto.map((p) => p.topic.id).filter((id) => !dropped.has(id)),
    removed,
    claims,
    retagged,
    gained: gainedBy,
    matcher: dropped.size ? extend(dropped) : matcher,
    rows: [...outRows.values()],
    conceptKeys: storeKeys,
  };
}

/**
 * The state a full mine leaves: every candidate of the corpus counted as {@link updateTopics} counts them, every
 * lower-case word, and each topic's outlets. Written with the topics by a full re-mine. `conceptKeys`, when given, gets
 * every article's concept key words from the same walk (what {@link TopicUpdate.conceptKeys} stores for an import).
 */
export function topicStateRows(articles: readonly Article[], topics: readonly Topic[], conceptKeys?: Map<string, Set<string>>): TopicStateRow[] {
  return runSteps(topicStateRowsSteps(articles, topics, conceptKeys));
}

/**
 * {@link topicStateRows} as steps (utils/engine/steps.ts). `work`: the documents and lower-case vocabulary the mine
 * just read from the same articles (`mineTopicsSteps`), so they are not tokenised a second time.
 */
export function* topicStateRowsSteps(articles: readonly Article[], topics: readonly Topic[], conceptKeys?: Map<string, Set<string>>, work?: Partial<MineWork>): Steps<TopicStateRow[]> {
  const tick = stepCounter(32);
  const { docs, lowerVocab: lower } = work?.docs && work.lowerVocab ? (work as MineWork) : yield* readCorpusDocs(articles);
  const rows: TopicStateRow[] = [...(yield* countCandidatesSteps(docs, (w) => lower.has(w), conceptKeys)).values()];
  for (const w of lower) rows.push({ key: `w:${w}`, kind: 'w' });
  const matcher = buildTopicMatcher(topics);
  const outlets = new Map<string, Set<string>>();
  for (const d of docs) {
    for (const id of topicIdsIn(matcher, d.text, d.tokens)) (outlets.get(id) ?? outlets.set(id, new Set()).get(id)!).add(d.article.outletId);
    if (tick()) yield;
  }
  for (const [id, set] of outlets) rows.push({ key: `t:${id}`, kind: 't', outlets: [...set].sort() });
  return rows;
}
