/**
 * The corpus search index behind the popup: typo-tolerant, filterable, fast at 100k claims, serialisable and
 * updatable per article. Pure TypeScript (no DOM, no browser API) so it runs in the background and in Node.
 *
 * How a query runs:
 *  1. The query is normalised into words (lower-case, accents stripped, stop words dropped).
 *  2. Each word is expanded to vocabulary terms: the exact term; terms within a length-scaled edit distance,
 *     found through a trigram index over the vocabulary and then verified; and, for the word being typed
 *     (the last one), the terms it begins.
 *  3. The postings of those terms (term → record slot × field) are merged into a per-record mask of the
 *     query words it contains and a pre-score: per word, the best of (word ↔ term similarity × term idf ×
 *     field weight × text-length norm). Records holding the most query words are the matches — AND, falling
 *     back to the best partial match when no record has every word.
 *  4. The best RERANK matches by pre-score are re-ranked with Fuse.js over their text, speaker and topics.
 *
 * Why Fuse.js: it is the fuzzy scorer the project already ships and keeps well (bitap per word, field weights,
 * field-length norm). It scores word↔term similarity in step 3 and orders the top matches in step 4. Running it
 * over a few dozen shortlisted records instead of the whole corpus is what keeps a query in milliseconds at
 * 100k claims, where plain Fuse over every record takes seconds (npm run bench).
 *
 * Records live in slots; removing an article tombstones its slots (postings are cleaned by the next
 * compaction). Results never depend on slot numbers — ties are broken by claim id — so an incrementally
 * updated index answers exactly like a rebuilt one.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Claim, ClaimKind, Topic } from './engine/types';
import { STOP_WORDS } from './engine/lexicon/stopwords';
import { normalise, scanTokens } from './engine/tokens';
import type { SearchHit, SearchQuery, SearchResponse } from './messages';

/* ------------------------------------------------------------------ records */

/** One searchable claim with the names its result row shows and is found by. */
export interface SearchRecord {
  claim: Claim;
  outletName: string;
  articleTitle: string;
  /** Labels of the claim's topics. */
  topicLabels: string[];
  /** Per topic (parallel to `topicLabels`): every surface form, lower-case, label included — "daesh" finds ISIS. */
  topicAliases: string[][];
}

const topicMaps = new WeakMap<readonly Topic[], Map<string, Topic>>();

/**
 * Builds the search record of a claim. `topics` may be the claim's own topics or any superset (such as every
 * corpus topic): only those whose id is in `claim.topics` are used.
 */
export function toSearchRecord(claim: Claim, outletName: string, articleTitle: string, topics: readonly Topic[]): SearchRecord {
  let byId = topicMaps.get(topics);
  if (!byId) {
    byId = new Map(topics.map((t) => [t.id, t]));
    topicMaps.set(topics, byId); // callers pass one corpus topic list for every claim: build its map once
  }
  const own = claim.topics.map((id) => byId.get(id)).filter((t): t is Topic => t !== undefined);
  return {
    claim,
    outletName,
    articleTitle,
    topicLabels: own.map((t) => t.label),
    topicAliases: own.map((t) => [...new Set([t.label.toLowerCase(), ...t.aliases.map((a) => a.toLowerCase())])]),
  };
}

/* --------------------------------------------------------------- tokenising */

/** A word of a text: its normalised form and where it sits in the text. */
export interface Token {
  term: string;
  start: number;
  end: number;
}

const MARKS = /\p{M}/gu;
/** A number ("5200", "1.5"): never typo-matched. */
export const NUMERIC = /^\p{N}[\p{N}.,]*$/u;
const ASCII_PLAIN = /^[a-z0-9]+$/;
const MAX_TERM = 32; // Fuse's bitap works on ≤ 32-character patterns; no real word is longer.
const foldCache = new Map<string, string>();

/**
 * The search form of a normalised word (tokens.ts `normalise`): accents stripped and apostrophes dropped (so
 * "Súdani" and "dont" find "Sudani" and "don't"), at most 32 characters. The only word rule specific to search.
 */
function searchTerm(norm: string): string {
  if (ASCII_PLAIN.test(norm)) return norm.length > MAX_TERM ? norm.slice(0, MAX_TERM) : norm;
  let w = foldCache.get(norm);
  if (w === undefined) {
    w = norm.normalize('NFD').replace(MARKS, '').replace(/['’]/g, '').slice(0, MAX_TERM);
    if (foldCache.size > 100_000) foldCache.clear(); // words repeat a lot: the common ones are what matters
    foldCache.set(norm, w);
  }
  return w;
}

/**
 * Normalises one word as the index does: the shared normal form (lower case, possessive "'s" and initialism dots
 * dropped, "5,200" → "5200"), then {@link searchTerm}'s accent and apostrophe folding.
 */
export function normalizeWord(raw: string): string {
  return searchTerm(normalise(raw));
}

/**
 * Splits a text into search terms with their [start, end) offsets in the original text: the shared tokenizer's
 * words (tokens.ts; hyphens separate, "U.S." is one word "us") in their search form, with words written together
 * without a separator ("19" + "th") joined into one term.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const words = scanTokens(text);
  for (let i = 0; i < words.length; i++) {
    const t = words[i]!;
    let end = t.end;
    while (words[i + 1]?.start === end) end = words[++i]!.end;
    // Digits and letters written together are one search term ("19th", "4gb", "101st"): what a reader types.
    const term = end === t.end ? searchTerm(t.norm) : normalizeWord(text.slice(t.start, end));
    if (term) out.push({ term, start: t.start, end });
  }
  return out;
}

/** "US" is a stop word in prose but a name in news; every other stop word is neither indexed nor searched. */
const STOP = new Set(STOP_WORDS.filter((w) => w !== 'us'));

/** Distinct searchable terms of a text (stop words left out). */
function termsOf(text: string): string[] {
  const out = new Set<string>();
  for (const t of tokenize(text)) if (!STOP.has(t.term)) out.add(t.term);
  return [...out];
}

/**
 * How many typos a query word may have: none up to 3 letters, one up to 10, two beyond. Two only in long
 * words, where they rarely turn one real word into another ("resurgent" ↔ "insurgent" is two edits).
 * Numbers get none: "108" must not find "100".
 */
export function typoTolerance(word: string): number {
  if (NUMERIC.test(word)) return 0;
  return word.length <= 3 ? 0 : word.length <= 10 ? 1 : 2;
}

/* ------------------------------------------------------------------ fields */

/** Record fields as postings encode them (`slot * 4 + field`). */
const TEXT = 0;
const SPEAKER = 1;
const TOPIC = 2;
const META = 3;
/** Pre-score weight of each field: the claim's words count most, then who said it, its topics, where it ran. */
const FIELD_WEIGHT = [1, 0.8, 0.5, 0.3];

/** Per-field distinct terms of a record; `memo` shares the speaker/topic/outlet terms many records repeat. */
export function fieldTerms(r: SearchRecord, memo?: Map<string, string[]>): string[][] {
  const shared = (key: string) => {
    let t = memo?.get(key);
    if (!t) {
      t = termsOf(key);
      memo?.set(key, t);
    }
    return t;
  };
  const f: string[][] = [];
  f[TEXT] = termsOf(r.claim.text);
  f[SPEAKER] = r.claim.speaker ? shared(r.claim.speaker) : [];
  f[TOPIC] = shared(r.topicAliases.map((a) => a.join(' · ')).join(' · '));
  f[META] = shared(`${r.outletName} · ${r.articleTitle}`);
  return f;
}

/* ------------------------------------------------------------------- index */

/**
 * The search index. Treat it as opaque: build it with `createSearchIndex` / `deserializeIndex`, change it with
 * `addRecords` / `removeArticle` / `syncArticles`, ask it with `searchIndex`.
 */
export interface SearchIndex {
  /** Records by slot; null = removed (a tombstone until the next compaction). */
  docs: (SearchRecord | null)[];
  /** Distinct text terms per slot, for the length norm. */
  textLen: number[];
  textLenSum: number;
  live: number;
  slotOfClaim: Map<string, number>;
  byArticle: Map<string, number[]>;
  /** Per-article content signatures, filled on demand by `syncArticles`. */
  signatures: Map<string, number>;
  terms: string[];
  termIds: Map<string, number>;
  /** Per term: ascending `slot * 4 + field`; may still list tombstoned slots. */
  postings: number[][];
  /** Per term: live records containing it in any field. */
  df: number[];
  /** Trigram of "^term$" → term ids, to find typo neighbours. */
  trigrams: Map<string, number[]>;
  /** Term ids in term order, for completions; null when stale. */
  sorted: number[] | null;
  /**
   * A stored index's packed text lengths (per slot: length + 1, 0 = no record), read instead of `docs` and `textLen`
   * when scoring without a filter: a query scores every live slot without an array of records per slot.
   */
  packedLens?: Uint16Array;
  /**
   * A stored index's packed claim dates (per slot: `dateCode` of the record's claim date): a date-sorted query without
   * a filter shortlists the newest matches from them and reads the records of that shortlist only.
   */
  packedDates?: Int32Array;
}

/** `dateCode` of a date it cannot order by number: a slot holding one is always shortlisted (its record decides). */
export const DATE_UNORDERED = -1;
const DATE_FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A claim date as a number ordered as date-sorted search orders the strings (code-unit order, no date lowest): 0 for
 * none, and for "YYYY", "YYYY-MM" and "YYYY-MM-DD" a positive code that sorts as the string does ("2024" before
 * "2024-01" before "2024-01-01"); any other string is `DATE_UNORDERED`.
 */
export function dateCode(date: string | null | undefined): number {
  if (!date) return 0;
  const m = DATE_FORM.exec(date);
  if (!m) return DATE_UNORDERED;
  // A missing part counts 0 and a present one its value + 1, in base 101: a shorter date sorts before its extensions.
  const month = m[2] === undefined ? 0 : Number(m[2]) + 1;
  const day = m[3] === undefined ? 0 : Number(m[3]) + 1;
  return (Number(m[1]) * 101 + month) * 101 + day + 1;
}

/** The date string a positive `dateCode` came from (codes map one-to-one to "YYYY", "YYYY-MM" and "YYYY-MM-DD"). */
export function dateOfCode(code: number): string {
  const rest = code - 1;
  const day = rest % 101;
  const month = Math.floor(rest / 101) % 101;
  const year = Math.floor(rest / 101 / 101);
  const two = (n: number) => String(n - 1).padStart(2, '0');
  return `${String(year).padStart(4, '0')}${month ? `-${two(month)}` : ''}${day ? `-${two(day)}` : ''}`;
}

interface Scratch {
  mask: Uint32Array;
  score: Float64Array;
  best: Float64Array;
  seen: Uint8Array;
  filter: Int8Array;
  triCount: Uint16Array;
}

function emptyIndex(): SearchIndex {
  return {
    docs: [],
    textLen: [],
    textLenSum: 0,
    live: 0,
    slotOfClaim: new Map(),
    byArticle: new Map(),
    signatures: new Map(),
    terms: [],
    termIds: new Map(),
    postings: [],
    df: [],
    trigrams: new Map(),
    sorted: null,
  };
}

/** Builds an index over `records` (`fields`: each record's `fieldTerms`, when the caller computed them already). */
export function createSearchIndex(records: readonly SearchRecord[], fields?: readonly string[][][]): SearchIndex {
  const index = emptyIndex();
  addRecords(index, records, fields);
  return index;
}

/** Distinct trigrams of "^term$" (the typo lookup's keys). */
export function trigramsOf(term: string): string[] {
  const p = `^${term}$`;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= p.length; i++) out.add(p.slice(i, i + 3));
  return [...out];
}

function termId(index: SearchIndex, term: string): number {
  let id = index.termIds.get(term);
  if (id === undefined) {
    id = index.terms.length;
    index.terms.push(term);
    index.termIds.set(term, id);
    index.postings.push([]);
    index.df.push(0);
    for (const g of trigramsOf(term)) {
      const list = index.trigrams.get(g);
      if (list) list.push(id);
      else index.trigrams.set(g, [id]);
    }
    index.sorted = null;
  }
  return id;
}

function occupySlot(index: SearchIndex, r: SearchRecord, textLen: number): number {
  const slot = index.docs.length;
  index.docs.push(r);
  index.textLen.push(textLen);
  index.textLenSum += textLen;
  index.live++;
  index.slotOfClaim.set(r.claim.id, slot);
  const slots = index.byArticle.get(r.claim.articleId);
  if (slots) slots.push(slot);
  else index.byArticle.set(r.claim.articleId, [slot]);
  index.signatures.delete(r.claim.articleId);
  return slot;
}

/** Adds records; a record whose claim id is already indexed replaces the old one. `given`: their `fieldTerms`, if computed. */
export function addRecords(index: SearchIndex, records: readonly SearchRecord[], given?: readonly string[][][]): void {
  const memo = new Map<string, string[]>();
  const seen = new Set<number>();
  for (let k = 0; k < records.length; k++) {
    const r = records[k]!;
    const old = index.slotOfClaim.get(r.claim.id);
    if (old !== undefined) removeSlot(index, old);
    const fields = given?.[k] ?? fieldTerms(r, memo);
    const slot = occupySlot(index, r, fields[TEXT].length);
    seen.clear();
    for (let field = 0; field < fields.length; field++) {
      for (const t of fields[field]) {
        const id = termId(index, t);
        if (!seen.has(id)) {
          seen.add(id);
          index.df[id]++;
        }
        // Fields are visited in order and slots only grow, so every postings list stays ascending.
        index.postings[id].push(slot * 4 + field);
      }
    }
  }
}

function removeSlot(index: SearchIndex, slot: number): void {
  const r = index.docs[slot];
  if (!r) return;
  index.docs[slot] = null;
  index.textLenSum -= index.textLen[slot];
  index.live--;
  index.slotOfClaim.delete(r.claim.id);
  const slots = index.byArticle.get(r.claim.articleId);
  if (slots) {
    const rest = slots.filter((s) => s !== slot);
    if (rest.length) index.byArticle.set(r.claim.articleId, rest);
    else index.byArticle.delete(r.claim.articleId);
  }
  index.signatures.delete(r.claim.articleId);
  for (const t of new Set(fieldTerms(r).flat())) {
    const id = index.termIds.get(t);
    if (id !== undefined) index.df[id]--;
  }
}

/** Removes every record of an article and returns how many there were. Compacts once tombstones pile up. */
export function removeArticle(index: SearchIndex, articleId: string): number {
  const slots = index.byArticle.get(articleId);
  if (!slots) return 0;
  for (const s of [...slots]) removeSlot(index, s);
  const dead = index.docs.length - index.live;
  if (dead > 256 && dead > index.live / 4) compact(index);
  return slots.length;
}

/** Rebuilds postings and vocabulary without tombstones. Slots are renumbered; answers do not change. */
function compact(index: SearchIndex): void {
  const signatures = index.signatures;
  Object.assign(index, createSearchIndex(index.docs.filter((d): d is SearchRecord => d !== null)));
  index.signatures = signatures;
}

/** Number of records in the index. */
export function indexSize(index: SearchIndex): number {
  return index.live;
}

/** Size facts for benchmarks and logs. */
export function indexStats(index: SearchIndex): { records: number; terms: number; postings: number } {
  let postings = 0;
  for (const p of index.postings) postings += p.length;
  return { records: index.live, terms: index.df.filter((n) => n > 0).length, postings };
}

/* ---------------------------------------------------- incremental syncing */

// FNV-1a: cheap, and any change a result row could show changes the record's JSON.
function fnv(s: string, h: number): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function signatureOf(records: readonly SearchRecord[]): number {
  let h = 0x811c9dc5;
  for (const r of [...records].sort((a, b) => cmp(a.claim.id, b.claim.id))) h = fnv(JSON.stringify(r), h);
  return h;
}

function articleSignature(index: SearchIndex, articleId: string): number | undefined {
  let sig = index.signatures.get(articleId);
  if (sig === undefined) {
    const slots = index.byArticle.get(articleId);
    if (!slots) return undefined;
    sig = signatureOf(slots.map((s) => index.docs[s]!));
    index.signatures.set(articleId, sig);
  }
  return sig;
}

/** What `syncArticles` changed, counted in articles. */
export interface SyncResult {
  added: number;
  updated: number;
  removed: number;
  unchanged: number;
}

/**
 * Makes the index hold exactly `records` (the whole corpus) by re-indexing only the articles whose records
 * changed — new claims, re-mined topics, a renamed outlet, an edited title — and dropping articles that are
 * gone. This is the incremental path the background takes after a corpus change.
 */
export function syncArticles(index: SearchIndex, records: readonly SearchRecord[]): SyncResult {
  const result: SyncResult = { added: 0, updated: 0, removed: 0, unchanged: 0 };
  const groups = new Map<string, SearchRecord[]>();
  for (const r of records) {
    const g = groups.get(r.claim.articleId);
    if (g) g.push(r);
    else groups.set(r.claim.articleId, [r]);
  }
  for (const articleId of [...index.byArticle.keys()]) {
    if (!groups.has(articleId)) {
      removeArticle(index, articleId);
      result.removed++;
    }
  }
  for (const [articleId, group] of groups) {
    const had = articleSignature(index, articleId);
    const sig = signatureOf(group);
    if (had === sig) {
      result.unchanged++;
      continue;
    }
    if (had === undefined) result.added++;
    else {
      removeArticle(index, articleId);
      result.updated++;
    }
    addRecords(index, group);
    index.signatures.set(articleId, sig);
  }
  return result;
}

/* ----------------------------------------------------------- serialising */

/** The JSON form of an index, as the background stores it. Names shared by many claims are stored once. */
export interface SerializedSearchIndex {
  format: 'claimlens-search-index';
  version: 2;
  /** [outlet name, article title] pairs. */
  sources: [string, string][];
  /** [label, aliases] per distinct topic naming. */
  topics: [string, string[]][];
  /** Per record: the claim, its `sources` index, its `topics` indices. */
  records: [Claim, number, number[]][];
  terms: string[];
  /** Per term: its postings as delta-encoded base-32 varints (see `encodePostings`). */
  postings: string[];
  signatures: [string, number][];
}

// Varint digits: 32 values without continuation, 32 with. All JSON-safe, none needs escaping.
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef' + 'ghijklmnopqrstuvwxyz0123456789-_';
const DIGIT_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) DIGIT_VALUE[DIGITS.charCodeAt(i)] = i;

/** Ascending integers as deltas, 5 bits per character (the high half of the alphabet means "more follows"). */
function encodePostings(values: readonly number[]): string {
  let out = '';
  let prev = 0;
  for (const v of values) {
    let d = v - prev;
    prev = v;
    while (d >= 32) {
      out += DIGITS[32 + (d & 31)];
      d = Math.floor(d / 32);
    }
    out += DIGITS[d];
  }
  return out;
}

function decodePostings(s: string, into: number[]): void {
  let prev = 0;
  let d = 0;
  let shift = 1;
  for (let i = 0; i < s.length; i++) {
    const c = DIGIT_VALUE[s.charCodeAt(i)];
    if (c < 0) throw new Error('Damaged ClaimLens search index');
    if (c >= 32) {
      d += (c - 32) * shift;
      shift *= 32;
    } else {
      prev += d + c * shift;
      into.push(prev);
      d = 0;
      shift = 1;
    }
  }
}

/**
 * The index as JSON-safe data (toJSON). Tombstones are left out and slots renumbered; the trigram index is
 * not stored, since rebuilding it from the vocabulary is cheap.
 */
export function serializeIndex(index: SearchIndex): SerializedSearchIndex {
  const newSlot = new Int32Array(index.docs.length).fill(-1);
  const sources: [string, string][] = [];
  const sourceIds = new Map<string, number>();
  const topics: [string, string[]][] = [];
  const topicIds = new Map<string, number>();
  const records: [Claim, number, number[]][] = [];
  index.docs.forEach((d, slot) => {
    if (!d) return;
    newSlot[slot] = records.length;
    const sk = `${d.outletName}\u0000${d.articleTitle}`;
    let s = sourceIds.get(sk);
    if (s === undefined) {
      s = sources.push([d.outletName, d.articleTitle]) - 1;
      sourceIds.set(sk, s);
    }
    const ts = d.topicLabels.map((label, i) => {
      const aliases = d.topicAliases[i] ?? [];
      const tk = JSON.stringify([label, aliases]);
      let t = topicIds.get(tk);
      if (t === undefined) {
        t = topics.push([label, aliases]) - 1;
        topicIds.set(tk, t);
      }
      return t;
    });
    records.push([d.claim, s, ts]);
  });
  const terms: string[] = [];
  const postings: string[] = [];
  const live: number[] = [];
  index.terms.forEach((term, id) => {
    if (index.df[id] <= 0) return;
    live.length = 0;
    for (const p of index.postings[id]) {
      const s = newSlot[p >> 2];
      if (s >= 0) live.push(s * 4 + (p & 3));
    }
    terms.push(term);
    postings.push(encodePostings(live));
  });
  return { format: 'claimlens-search-index', version: 2, sources, topics, records, terms, postings, signatures: [...index.signatures] };
}

/** Rebuilds an index from `serializeIndex` output (fromJSON). Throws on another format or version: rebuild then. */
export function deserializeIndex(data: unknown): SearchIndex {
  const d = data as Partial<SerializedSearchIndex> | null;
  if (!d || d.format !== 'claimlens-search-index' || d.version !== 2) throw new Error('Not a ClaimLens search index of this version');
  const { sources, topics, records, terms, postings } = d;
  if (!sources || !topics || !records || !terms || !postings || terms.length !== postings.length) {
    throw new Error('Damaged ClaimLens search index');
  }
  const index = emptyIndex();
  const textLen = new Array<number>(records.length).fill(0);
  for (const [claim, s, ts] of records) {
    const [outletName, articleTitle] = sources[s];
    occupySlot(index, { claim, outletName, articleTitle, topicLabels: ts.map((t) => topics[t][0]), topicAliases: ts.map((t) => topics[t][1]) }, 0);
  }
  terms.forEach((term, i) => {
    const id = termId(index, term);
    const list = index.postings[id];
    decodePostings(postings[i], list);
    let df = 0;
    let last = -1;
    for (const p of list) {
      const slot = p >> 2;
      if (slot !== last) df++;
      last = slot;
      if ((p & 3) === TEXT) textLen[slot]++;
    }
    index.df[id] = df;
  });
  index.textLen = textLen;
  index.textLenSum = textLen.reduce((a, b) => a + b, 0);
  for (const [a, s] of d.signatures ?? []) index.signatures.set(a, s);
  return index;
}

/* -------------------------------------------------------------- matching */

/** Optimal-string-alignment distance (swapping two neighbours is one typo), or `max + 1` once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  let prev2 = new Array<number>(lb + 1).fill(0);
  let prev = Array.from({ length: lb + 1 }, (_, j) => j);
  let cur = new Array<number>(lb + 1).fill(0);
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[lb], max + 1);
}

/**
 * Per-slot and per-term work arrays, one set for every index (grown to the largest): the stored index ranks each
 * query over a fresh slice index, and arrays of a 100k-claim corpus per query (megabytes) kept the garbage collector
 * busy mid-query. Safe to share: the functions using them are synchronous and reset every cell they touched.
 */
let scratch: Scratch | null = null;

function scratchOf(index: SearchIndex): Scratch {
  const n = Math.max(index.docs.length, index.packedLens?.length ?? 0);
  const s = scratch;
  if (s && s.mask.length >= n && s.triCount.length >= index.terms.length) return s;
  const room = Math.max(n + (n >> 3) + 64, s?.mask.length ?? 0);
  const terms = Math.max(index.terms.length + (index.terms.length >> 3) + 64, s?.triCount.length ?? 0);
  scratch = {
    mask: new Uint32Array(room),
    score: new Float64Array(room),
    best: new Float64Array(room),
    seen: new Uint8Array(room),
    filter: new Int8Array(room),
    triCount: new Uint16Array(terms),
  };
  return scratch;
}

/** Live terms sharing at least `minShared(trigram count)` trigrams with `word`, within edit distance `max`. */
function nearTerms(index: SearchIndex, word: string, max: number, minShared: (grams: number) => number): { id: number; dist: number }[] {
  const grams = trigramsOf(word);
  const { triCount } = scratchOf(index);
  const touched: number[] = [];
  for (const g of grams) {
    const list = index.trigrams.get(g);
    if (!list) continue;
    for (const id of list) {
      if (triCount[id] === 0) touched.push(id);
      triCount[id]++;
    }
  }
  const need = minShared(grams.length);
  const out: { id: number; dist: number }[] = [];
  for (const id of touched) {
    const shared = triCount[id];
    triCount[id] = 0;
    if (shared < need || index.df[id] <= 0) continue;
    const term = index.terms[id];
    if (Math.abs(term.length - word.length) > max || NUMERIC.test(term)) continue;
    const dist = editDistance(word, term, max);
    if (dist <= max) out.push({ id, dist });
  }
  return out;
}

function sortedTerms(index: SearchIndex): number[] {
  if (!index.sorted) index.sorted = index.terms.map((_, i) => i).sort((a, b) => cmp(index.terms[a], index.terms[b]));
  return index.sorted;
}

/** Completions considered for the word being typed: the most frequent ones. */
export const PREFIX_CAP = 16;
/** A word the corpus holds this often is taken as meant: its typo neighbours are not searched. */
export const TRUST_DF = 3;

/** Live terms that begin with `prefix` (longer than it), the most frequent first. */
function completions(index: SearchIndex, prefix: string): number[] {
  const sorted = sortedTerms(index);
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (index.terms[sorted[mid]] < prefix) lo = mid + 1;
    else hi = mid;
  }
  const found: number[] = [];
  for (let i = lo; i < sorted.length && i < lo + 5000; i++) {
    const id = sorted[i];
    const t = index.terms[id];
    if (!t.startsWith(prefix)) break;
    if (t !== prefix && index.df[id] > 0) found.push(id);
  }
  found.sort((a, b) => index.df[b] - index.df[a] || cmp(index.terms[a], index.terms[b]));
  return found.slice(0, PREFIX_CAP);
}

/** Fuse's bitap score for a word against a vocabulary term (0 = identical, 1 = unrelated). */
const WORD_MATCH: IFuseOptions<string> = { ignoreLocation: true, isCaseSensitive: true, threshold: 0.6 };

function fuseWordScore(word: string, term: string): number {
  const r = Fuse.match(word, term, WORD_MATCH);
  return r.isMatch ? r.score : 1;
}

/** One query word and the vocabulary terms it may stand for. */
export interface QueryWord {
  word: string;
  /** term id → similarity to the word (0..1]. */
  candidates: Map<number, number>;
  /** Term id of the word itself when the corpus has it. */
  exact: number | undefined;
}

/**
 * The words a query searches for (normalised, stop words dropped, at most 8) and whether the last one is still
 * being typed (no trailing space), so it also stands for the terms it begins.
 */
export function planQuery(text: string): { words: string[]; typing: boolean } {
  const all = [...new Set(tokenize(text).map((t) => t.term))];
  const words = all.filter((t) => !STOP.has(t)).slice(0, 8);
  const typing = words.length > 0 && !/\s$/.test(text) && all[all.length - 1] === words[words.length - 1];
  return { words, typing };
}

/** The query's words with the vocabulary terms each may stand for, and how similar each term is. */
function queryWords(index: SearchIndex, text: string): QueryWord[] {
  const { words, typing } = planQuery(text);
  return words.map((word, i) => {
    const candidates = new Map<number, number>();
    const exact = index.termIds.get(word);
    if (exact !== undefined && index.df[exact] > 0) candidates.set(exact, 1);
    const k = typoTolerance(word);
    // Typo neighbours of a word the corpus often uses ("stage" for "state") would only add noise.
    if (k > 0 && (exact === undefined || index.df[exact] < TRUST_DF)) {
      // q-gram lemma: one edit destroys at most 3 of the trigrams of "^word$".
      for (const { id } of nearTerms(index, word, k, (g) => Math.max(1, g - 3 * k))) {
        // A typo match is worth less than the exact word however close Fuse finds it.
        if (!candidates.has(id)) candidates.set(id, 0.85 * (1 - 0.5 * fuseWordScore(word, index.terms[id])));
      }
    }
    if (typing && i === words.length - 1 && word.length >= 2) {
      for (const id of completions(index, word)) {
        // A completion is worth what it covers of the term: "grynk" → "grynkewich" ≈ 0.75.
        if (!candidates.has(id)) candidates.set(id, 0.5 + (0.5 * word.length) / index.terms[id].length);
      }
    }
    return { word, candidates, exact: exact !== undefined && index.df[exact] > 0 ? exact : undefined };
  });
}

/* --------------------------------------------------------------- filters */

const ISO_PREFIX = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/;

/** First and last day an ISO date (possibly partial: "2020", "2020-01") covers, or null if it is not one. */
function dateSpan(d: string): [string, string] | null {
  const m = ISO_PREFIX.exec(d);
  return m ? [`${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`, `${m[1]}-${m[2] ?? '12'}-${m[3] ?? '31'}`] : null;
}

type Filter = (r: SearchRecord) => boolean;

/** The query's filters as one predicate, or null when it has none. A partial claim date matches when its span overlaps. */
function buildFilter(q: SearchQuery): Filter | null {
  const outlets = q.outletIds?.length ? new Set(q.outletIds) : null;
  const topics = q.topicIds?.length ? new Set(q.topicIds) : null;
  const kinds = q.kinds?.length ? new Set<ClaimKind>(q.kinds) : null;
  const from = q.from ? (dateSpan(q.from)?.[0] ?? null) : null;
  const to = q.to ? (dateSpan(q.to)?.[1] ?? null) : null;
  if (!outlets && !topics && !kinds && !from && !to) return null;
  return (r) => {
    const c = r.claim;
    if (outlets && !outlets.has(c.outletId)) return false;
    if (kinds && !kinds.has(c.kind)) return false;
    if (topics && !c.topics.some((t) => topics.has(t))) return false;
    if (from || to) {
      const span = c.date ? dateSpan(c.date) : null;
      if (!span) return false;
      if (from && span[1] < from) return false;
      if (to && span[0] > to) return false;
    }
    return true;
  };
}

/** The query's filters as one predicate over a record (the one search applies), or null when it has none. */
export function queryFilter(q: SearchQuery): ((r: SearchRecord) => boolean) | null {
  return buildFilter(q);
}

/** True when the query filters by outlet, topic or kind: what a stored index answers from its doc rows' index keys. */
export function hasKeyedFilter(q: SearchQuery): boolean {
  return !!(q.outletIds?.length || q.topicIds?.length || q.kinds?.length);
}

/**
 * A query's filter judged per slot without records: `passes[s]` is 1 when slot `s` is live (`lens[s]` non-zero), passes
 * the outlet/topic/kind filters (`keyed[s]` non-zero; null when the query has none of them) and its packed date
 * (`dateCode`) lies in the query's date bounds, judged as `buildFilter` judges the date string the code stands for.
 * A slot whose date has no code (`DATE_UNORDERED`) under date bounds is `undecided`: its record decides (the caller
 * sets `passes`).
 */
export function filterVerdicts(query: SearchQuery, lens: Uint16Array, dates: Int32Array, keyed: Uint8Array | null): { passes: Uint8Array; undecided: number[] } {
  const from = query.from ? (dateSpan(query.from)?.[0] ?? null) : null;
  const to = query.to ? (dateSpan(query.to)?.[1] ?? null) : null;
  const passes = new Uint8Array(lens.length);
  const undecided: number[] = [];
  const spans = new Map<number, boolean>(); // per date code: in bounds (a corpus has far fewer dates than claims)
  for (let s = 0; s < lens.length; s++) {
    if (!lens[s] || (keyed && !keyed[s])) continue;
    if (from || to) {
      const code = dates[s] ?? 0;
      if (code === DATE_UNORDERED) {
        undecided.push(s);
        continue;
      }
      let inside = spans.get(code);
      if (inside === undefined) {
        const span = code ? dateSpan(dateOfCode(code)) : null; // no date: out of any bounds, as buildFilter has it
        inside = !!span && !(from && span[1] < from) && !(to && span[0] > to);
        spans.set(code, inside);
      }
      if (!inside) continue;
    }
    passes[s] = 1;
  }
  return { passes, undecided };
}

/* --------------------------------------------------------------- ranking */

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The best `k` of `items` by `before` (true when a ranks above b), best first; O(n log k). */
function topK<T>(items: readonly T[], k: number, before: (a: T, b: T) => boolean): T[] {
  const heap: T[] = []; // a max-heap of the worst kept item
  if (k <= 0) return heap;
  const swap = (i: number, j: number) => {
    const t = heap[i];
    heap[i] = heap[j];
    heap[j] = t;
  };
  for (const it of items) {
    if (heap.length < k) {
      heap.push(it);
      for (let i = heap.length - 1; i > 0; ) {
        const p = (i - 1) >> 1;
        if (!before(heap[p], heap[i])) break;
        swap(i, p);
        i = p;
      }
    } else if (before(it, heap[0])) {
      heap[0] = it;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && before(heap[m], heap[l])) m = l;
        if (r < heap.length && before(heap[m], heap[r])) m = r;
        if (m === i) break;
        swap(i, m);
        i = m;
      }
    }
  }
  return heap.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
}

/** Matches Fuse re-ranks per query: more than a popup screen of results, few enough to stay fast. */
const RERANK = 40;
/** Hits a query asks for when it names no `limit`. */
export const DEFAULT_LIMIT = 50;

interface FuseDoc {
  slot: number;
  text: string;
  speaker: string;
  topics: string[];
}

/**
 * Fuse settings for the re-rank: word-wise fuzzy matching (token search), the claim's text weighing most,
 * then who said it, then its topics' names. Threshold 0.4 is Fuse's usual tolerance.
 */
const FUSE_RERANK: IFuseOptions<FuseDoc> = {
  keys: [
    { name: 'text', weight: 3 },
    { name: 'speaker', weight: 1.5 },
    { name: 'topics', weight: 1 },
  ],
  useTokenSearch: true,
  tokenMatch: 'any',
  threshold: 0.4,
  ignoreLocation: true,
  includeScore: true,
};

/* ----------------------------------------------------------------- marks */

/** [start, end) ranges of the words of `text` whose normalised form is in `hit`, and of any of `phrases`. */
function markRanges(text: string, hit: ReadonlySet<string>, phrases: string[][]): [number, number][] {
  const toks = tokenize(text);
  const marked = new Uint8Array(toks.length);
  toks.forEach((t, i) => {
    if (hit.has(t.term)) marked[i] = 1;
  });
  for (const p of phrases) {
    for (let i = 0; i + p.length <= toks.length; i++) {
      let ok = true;
      for (let j = 0; j < p.length && ok; j++) ok = toks[i + j].term === p[j];
      if (ok) marked.fill(1, i, i + p.length);
    }
  }
  const out: [number, number][] = [];
  toks.forEach((t, i) => {
    if (!marked[i]) return;
    const last = out[out.length - 1];
    // Neighbouring marked words one space or hyphen apart become one mark ("Islamic State").
    if (last && marked[i - 1] && t.start - last[1] <= 1) last[1] = t.end;
    else out.push([t.start, t.end]);
  });
  return out;
}

/** Terms of topic names, remembered: every hit of a query re-reads the same few topics' names. */
const nameTermsCache = new Map<string, string[]>();
function nameTerms(name: string): string[] {
  let terms = nameTermsCache.get(name);
  if (!terms) {
    if (nameTermsCache.size >= 20_000) nameTermsCache.clear(); // bounded: names of many corpora over a long life
    nameTermsCache.set(name, (terms = tokenize(name).map((t) => t.term)));
  }
  return terms;
}

/**
 * Topic names to mark in a record: when a query word hit one of a topic's names ("daesh"), its other names
 * in the text ("ISIS", "Islamic State") are marked too. Names that are stop words ("is") are skipped, or
 * every "is" would light up.
 */
function aliasPhrases(r: SearchRecord, hit: ReadonlySet<string>): string[][] {
  const out: string[][] = [];
  for (const names of r.topicAliases) {
    const split = names.map(nameTerms).filter((t) => t.length > 0);
    if (!split.some((t) => t.some((w) => hit.has(w)))) continue;
    for (const t of split) if (!(t.length === 1 && STOP.has(t[0]))) out.push(t);
  }
  return out;
}

function hitOf(r: SearchRecord, score: number, hit: ReadonlySet<string>): SearchHit {
  return {
    claim: r.claim,
    outletName: r.outletName,
    articleTitle: r.articleTitle,
    topicLabels: r.topicLabels,
    score: Math.round(score * 1000) / 1000,
    marks: {
      text: hit.size ? markRanges(r.claim.text, hit, aliasPhrases(r, hit)) : [],
      speaker: r.claim.speaker && hit.size ? markRanges(r.claim.speaker, hit, []) : [],
    },
  };
}

/* ----------------------------------------------------------- suggestions */

/** Nearest vocabulary terms to a word that found nothing ("Did you mean"), closest and commonest first. */
function nearestTerms(index: SearchIndex, word: string, n: number): string[] {
  if (word.length < 3 || NUMERIC.test(word)) return [];
  const max = word.length <= 4 ? 1 : word.length <= 7 ? 2 : 3;
  return nearTerms(index, word, max, () => 1)
    .filter((c) => c.dist > 0)
    .sort((a, b) => a.dist - b.dist || index.df[b.id] - index.df[a.id] || cmp(index.terms[a.id], index.terms[b.id]))
    .slice(0, n)
    .map((c) => index.terms[c.id]);
}

/** Up to three corrected queries: the query with each word that found nothing replaced by a near term. */
function suggest(index: SearchIndex, words: QueryWord[]): string[] {
  const failed = words.filter((w) => w.candidates.size === 0);
  if (!failed.length) return [];
  const options = new Map(failed.map((w) => [w, nearestTerms(index, w.word, 3)]));
  const out: string[] = [];
  for (let alt = 0; alt < 3; alt++) {
    let changed = false;
    const q = words.map((w) => {
      const o = options.get(w);
      if (!o?.length) return w.word;
      changed = true;
      return o[Math.min(alt, o.length - 1)];
    });
    const s = q.join(' ');
    if (changed && !out.includes(s)) out.push(s);
  }
  return out;
}

/* ---------------------------------------------------------------- search */

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

/**
 * Answers a search. Free text is matched word by word, typo-tolerantly, in the claim's text, speaker, topic
 * names, outlet and article title; filters narrow the matches. `sort: 'date'` lists matches newest first.
 * Empty text with filters lists the filtered claims newest first; empty text without filters answers nothing.
 * `total` counts every match, `hits` holds the best `limit` (default 50) with the matched words marked, and
 * `suggestions` offers corrected queries when a word matched nothing in the corpus.
 */
export function searchIndex(index: SearchIndex, query: SearchQuery): SearchResponse {
  return finishSearch(index, query, rankSearch(index, query));
}

/**
 * A search ranked but not yet shown: the slots of the hits (best first) and their pre-scores. Ranking reads
 * only what `SearchRecord.claim` carries for filters and order (id, outlet, kind, topics, date), so an index
 * built from stored rows can rank with light records and read full ones for `top` only (see `finishSearch`).
 */
export interface RankedSearch {
  t0: number;
  words: QueryWord[];
  /** The best `limit` matching slots; for relevance the first RERANK are re-ranked when finishing. */
  top: number[];
  /** Pre-score per slot of `top`. */
  score: Map<number, number>;
  total: number;
  /** True when no word was searched (empty text with filters, or nothing asked). */
  noWords: boolean;
  suggestions: string[];
}

/** Steps 1–3 of a search (see the file comment): query words, postings merged, matches chosen and ordered. */
export function rankSearch(index: SearchIndex, query: SearchQuery): RankedSearch {
  const t0 = now();
  const filter = buildFilter(query);
  const words = queryWords(index, query.text ?? '');
  if (!words.length) {
    const none: RankedSearch = { t0, words, top: [], score: new Map(), total: 0, noWords: true, suggestions: [] };
    if (!filter || !listsByFilter(query)) return none; // nothing asked, or only stop words
    const slots: number[] = [];
    index.docs.forEach((d, i) => {
      if (d && filter(d)) slots.push(i);
    });
    const { top } = orderSlots(index, query, slots, new Float64Array(slots.length), true); // listed newest first
    return { ...none, top, score: new Map(top.map((s) => [s, 0])), total: slots.length };
  }
  const { matched, score } = matchSlots(index, words, filter);
  return ranked(index, query, words, matched, score, matched.length, t0);
}

/**
 * The best `limit` of `slots` (pre-scores in `score`, parallel) in the query's order: pre-score then claim id, or
 * newest first (then pre-score, claim id) `byDate`. Reads the records of the slots' claims only.
 */
function orderSlots(index: SearchIndex, query: SearchQuery, slots: readonly number[], score: Float64Array, byDate = query.sort === 'date'): { top: number[]; kept: Map<number, number> } {
  const limit = Math.max(0, Math.floor(query.limit ?? DEFAULT_LIMIT));
  const docs = index.docs;
  const byId = (a: number, b: number) => cmp(docs[slots[a]!]!.claim.id, docs[slots[b]!]!.claim.id);
  // Positions into `slots`, so scores are read from the parallel array (no array per corpus slot).
  const at = Array.from({ length: slots.length }, (_, i) => i);
  const order = byDate
    ? topK(at, limit, (a, b) => {
        const da = docs[slots[a]!]!.claim.date ?? '';
        const db = docs[slots[b]!]!.claim.date ?? '';
        if (da !== db) return da > db;
        if (score[a] !== score[b]) return score[a]! > score[b]!;
        return byId(a, b) < 0;
      })
    : topK(at, limit, (a, b) => (score[a] !== score[b] ? score[a]! > score[b]! : byId(a, b) < 0));
  return { top: order.map((i) => slots[i]!), kept: new Map(order.map((i) => [slots[i]!, score[i]!])) };
}

/** A word search's ranking from its matches (every one, or a shortlist of them) and their pre-scores. */
function ranked(index: SearchIndex, query: SearchQuery, words: QueryWord[], slots: readonly number[], score: Float64Array, total: number, t0: number): RankedSearch {
  const { top, kept } = orderSlots(index, query, slots, score);
  return { t0, words, top, score: kept, total, noWords: false, suggestions: suggest(index, words) };
}

/** What `shortlist` keeps of a query's matches: all a full ranking can show, with what ranking them needs. */
export interface Shortlist {
  /** The query's words over the index `shortlist` read (its term ids). */
  words: QueryWord[];
  slots: number[];
  /** Pre-score per slot of `slots` (parallel). */
  score: Float64Array;
  /** Every match of the query, shortlisted or not. */
  total: number;
  /** True for empty text with filters: the passing slots are listed newest first, no word is scored. */
  listing?: boolean;
}

/**
 * The slots a full ranking of `query` can show, found from postings and text lengths alone: the best `limit` by
 * pre-score with every slot tied with the last, or for a date sort the newest `limit` by packed dates with the same
 * ties (`newestMatches`; every match when the index has no packed dates). `rankShortlist` orders
 * them as `rankSearch` orders every match, reading records of these slots only. A query with a filter needs
 * `passes` (per slot, non-zero = its record passes the filter: `filterVerdicts`) and packed dates; empty text with
 * filters then shortlists the newest `limit` passing slots (`listing`). Null when the query has no words and lists
 * nothing, or has a filter without `passes` or packed dates (the caller reads every touched record and runs
 * `rankSearch`).
 */
export function shortlist(index: SearchIndex, query: SearchQuery, passes?: Uint8Array): Shortlist | null {
  const words = queryWords(index, query.text ?? '');
  // A filter is answered from `passes` (and a listing and a date sort from packed dates), or by reading records.
  if (buildFilter(query) && (!passes || !index.packedDates)) return null;
  const limit = Math.max(0, Math.floor(query.limit ?? DEFAULT_LIMIT));
  if (!words.length) {
    if (!passes || !listsByFilter(query)) return null;
    // Empty text with filters: every passing slot, listed newest first (all pre-scores 0).
    const slots: number[] = [];
    for (let s = 0; s < passes.length; s++) if (passes[s]) slots.push(s);
    const total = slots.length;
    return { words, listing: true, ...newestMatches(index.packedDates!, slots, new Float64Array(total), limit), total };
  }
  const { matched, score } = matchSlots(index, words, null, passes);
  const total = matched.length;
  if (total <= limit) return { words, slots: matched, score, total };
  if (query.sort === 'date') {
    // Without packed dates, ordering by date reads every match's record.
    if (!index.packedDates) return { words, slots: matched, score, total };
    return { words, ...newestMatches(index.packedDates, matched, score, limit), total };
  }
  if (limit === 0) return { words, slots: [], score: new Float64Array(0), total };
  const floor = Float64Array.from(score).sort()[total - limit]!; // the limit-th best pre-score
  const slots: number[] = [];
  const kept: number[] = [];
  matched.forEach((s, i) => {
    if (score[i]! >= floor) {
      slots.push(s);
      kept.push(score[i]!);
    }
  });
  return { words, slots, score: Float64Array.from(kept), total };
}

/**
 * The matches a date-sorted ranking (newest first, then pre-score, then claim id) can show among its first `limit`,
 * from packed dates: every match whose (date, pre-score) is at least the `limit`-th best's (ties with it included: the
 * claim id decides them) and every match whose date has no code (`DATE_UNORDERED`). Scores are parallel to `slots`.
 */
function newestMatches(dates: Int32Array, slots: readonly number[], score: Float64Array, limit: number): { slots: number[]; score: Float64Array } {
  const codes = Int32Array.from(slots, (s) => dates[s] ?? 0);
  const ordered = codes.filter((c) => c !== DATE_UNORDERED);
  let keep: (i: number) => boolean;
  if (limit === 0) keep = () => false;
  else if (ordered.length <= limit) keep = () => true;
  else {
    ordered.sort(); // ascending: the limit-th newest date is `limit` from the end
    const edge = ordered[ordered.length - limit]!;
    let newer = 0;
    for (let k = ordered.length - 1; k >= 0 && ordered[k]! > edge; k--) newer++;
    // Among the matches of the edge date, the (limit - newer)-th best pre-score.
    const tied = Float64Array.from(score.filter((_, i) => codes[i] === edge)).sort();
    const floor = tied[tied.length - (limit - newer)]!;
    keep = (i) => codes[i]! > edge || (codes[i] === edge && score[i]! >= floor);
  }
  const out: number[] = [];
  const kept: number[] = [];
  slots.forEach((s, i) => {
    if (codes[i] === DATE_UNORDERED || keep(i)) {
      out.push(s);
      kept.push(score[i]!);
    }
  });
  return { slots: out, score: Float64Array.from(kept) };
}

/**
 * Steps 1–3 of a search whose matches `shortlist` found: orders the shortlist as `rankSearch` would order every
 * match, without merging postings again. `index` must hold the records of the shortlisted slots and the vocabulary
 * (term ids) of the index the shortlist was taken from.
 */
export function rankShortlist(index: SearchIndex, query: SearchQuery, short: Shortlist): RankedSearch {
  if (short.listing) {
    const { top } = orderSlots(index, query, short.slots, short.score, true); // as rankSearch lists: newest first
    return { t0: now(), words: [], top, score: new Map(top.map((s) => [s, 0])), total: short.total, noWords: true, suggestions: [] };
  }
  return ranked(index, query, short.words, short.slots, short.score, short.total, now());
}

/**
 * True when a query with no searchable words lists records by its filters (empty text with filters); false when it
 * answers nothing (no filter, or only stop words typed), so a stored index need read no record for it.
 */
export function listsByFilter(query: SearchQuery): boolean {
  return !!buildFilter(query) && !/\p{L}|\p{N}/u.test(query.text ?? '');
}

/** The records a query's words match (those holding the most of its words) and their pre-scores. */
export interface SlotMatches {
  /** Matching slots, in the order their postings were first met. */
  matched: number[];
  /** Pre-score per slot of `matched` (parallel: no array the size of the corpus per query). */
  score: Float64Array;
}

/**
 * Step 3 of a search (see the file comment): merges every word's postings into coverage masks and pre-scores
 * and keeps the records with the most query words. Reads of a record only whether its slot is live (and the
 * filter, if any) and its text length, so a stored index can score before it reads any record row
 * (utils/search-store.ts). `slotPasses` (per slot, non-zero = passes the query's filter; `filterVerdicts`) filters
 * without records. The shared scratch cells are reset before returning.
 */
export function matchSlots(index: SearchIndex, words: readonly QueryWord[], filter: ((r: SearchRecord) => boolean) | null, slotPasses?: Uint8Array): SlotMatches {
  const docs = index.docs;
  const { mask, score, best, seen, filter: passes } = scratchOf(index);
  const touched: number[] = []; // every slot whose scratch cells changed, reset before returning
  const N = Math.max(1, index.live);
  const avgLen = Math.max(1, index.textLenSum / N);
  const textLen = index.textLen;
  // Packed lengths stand for the records when no filter reads them.
  const lens = filter ? undefined : index.packedLens;
  words.forEach((w, wi) => {
    const bit = 1 << wi;
    const mine: number[] = [];
    const idf = (id: number) => Math.log(1 + N / Math.max(1, index.df[id]));
    // A variant never outweighs the word itself: a rare completion ("statements" for "state") would otherwise
    // beat the exact word on idf alone.
    const cap = w.exact !== undefined ? idf(w.exact) : Infinity;
    for (const [id, sim] of w.candidates) {
      const base = sim * Math.min(idf(id), cap);
      for (const p of index.postings[id]) {
        const slot = p >> 2;
        if (!seen[slot]) {
          if (lens) {
            if (!lens[slot] || (slotPasses && !slotPasses[slot])) continue; // no record, or filtered out
          } else {
            const d = docs[slot];
            if (!d) continue; // tombstone
            if ((filter && !filter(d)) || (slotPasses && !slotPasses[slot])) passes[slot] = -1;
          }
          seen[slot] = 1;
          touched.push(slot);
        }
        if (passes[slot]) continue;
        const field = p & 3;
        // Mild BM25-style length norm: a word weighs more in a short claim than in a long one.
        let v = base * FIELD_WEIGHT[field];
        if (field === TEXT) v /= 0.85 + (0.15 * (lens ? lens[slot]! - 1 : textLen[slot])) / avgLen;
        if (best[slot] === 0) mine.push(slot);
        if (v > best[slot]) best[slot] = v; // a word counts once per record: its best term and field
      }
    }
    for (const slot of mine) {
      mask[slot] |= bit;
      score[slot] += best[slot];
      best[slot] = 0;
    }
  });

  let maxCov = 0;
  for (const slot of touched) {
    if (mask[slot]) maxCov = Math.max(maxCov, popcount(mask[slot]));
  }
  const matched: number[] = [];
  if (maxCov > 0) for (const slot of touched) if (mask[slot] && popcount(mask[slot]) === maxCov) matched.push(slot);
  const out = new Float64Array(matched.length);
  matched.forEach((slot, i) => (out[i] = score[slot]!));
  for (const slot of touched) {
    mask[slot] = 0;
    score[slot] = 0;
    seen[slot] = 0;
    passes[slot] = 0;
  }
  return { matched, score: out };
}

/**
 * Step 4 and the answer: Fuse re-ranks the head of a relevance search, and each hit gets its marks. Reads the
 * full records (text, speaker, names) of `ranked.top` only.
 */
export function finishSearch(index: SearchIndex, query: SearchQuery, ranked: RankedSearch): SearchResponse {
  const { words, top, score } = ranked;
  const docs = index.docs;
  const done = (hits: SearchHit[]): SearchResponse => ({
    hits,
    total: ranked.total,
    suggestions: ranked.suggestions,
    tookMs: Math.round((now() - ranked.t0) * 100) / 100,
  });
  if (ranked.noWords) {
    const none = new Set<string>();
    return done(top.map((s) => hitOf(docs[s]!, 0, none)));
  }
  const byId = (a: number, b: number) => cmp(docs[a]!.claim.id, docs[b]!.claim.id);
  const scoreOf = (s: number) => score.get(s) ?? 0;

  const hitTerms = new Set<string>();
  for (const w of words) for (const id of w.candidates.keys()) hitTerms.add(index.terms[id]);

  if (query.sort === 'date') {
    const maxScore = Math.max(1e-9, ...top.map(scoreOf));
    return done(top.map((s) => hitOf(docs[s]!, scoreOf(s) / maxScore, hitTerms)));
  }
  // Step 4: Fuse re-ranks the head; the pre-score (corpus-wide idf, topic aliases Fuse cannot see) keeps half
  // the say, so a claim found only through an alias is not sunk.
  const head = top.slice(0, RERANK);
  const maxScore = Math.max(1e-9, ...head.map(scoreOf));
  const fuse = new Fuse(
    head.map((slot): FuseDoc => {
      const r = docs[slot]!;
      return { slot, text: r.claim.text, speaker: r.claim.speaker ?? '', topics: r.topicAliases.flat() };
    }),
    FUSE_RERANK,
  );
  const fuseScore = new Map<number, number>();
  for (const r of fuse.search(words.map((w) => w.word).join(' '))) fuseScore.set(r.item.slot, r.score ?? 1);
  const rel = new Map<number, number>();
  for (const s of head) rel.set(s, 0.5 * (1 - (fuseScore.get(s) ?? 1)) + 0.5 * (scoreOf(s) / maxScore));
  head.sort((a, b) => rel.get(b)! - rel.get(a)! || byId(a, b));
  // Below the head, pre-score order; scaled under the head's lowest so scores stay monotone.
  const floor = Math.min(...head.map((s) => rel.get(s)!), 1);
  const tail = top.slice(RERANK);
  return done([
    ...head.map((s) => hitOf(docs[s]!, rel.get(s)!, hitTerms)),
    ...tail.map((s) => hitOf(docs[s]!, (floor * scoreOf(s)) / maxScore, hitTerms)),
  ]);
}

/* ------------------------------------------------------- stored slices */

/** One vocabulary term of a stored index with its document frequency and postings (`slot * 4 + field`, ascending). */
export interface SliceTerm {
  term: string;
  df: number;
  postings: ArrayLike<number>;
}

/** One record of a stored index at its slot, with its distinct text-term count (the length norm). */
export interface SliceDoc {
  slot: number;
  record: SearchRecord;
  textLen: number;
}

/**
 * An index over part of a stored one: the terms a query can reach and the records their postings list, with
 * the whole corpus's record count and text-length sum. A query that could only reach these terms answers
 * exactly as it would on the whole index (utils/search-store.ts chooses them with the same rules).
 */
export function indexFromSlice(terms: readonly SliceTerm[], docs: readonly SliceDoc[], live: number, textLenSum: number): SearchIndex {
  const index = emptyIndex();
  let size = 0;
  for (const d of docs) size = Math.max(size, d.slot + 1);
  index.docs = new Array<SearchRecord | null>(size).fill(null);
  index.textLen = new Array<number>(size).fill(0);
  for (const d of docs) {
    index.docs[d.slot] = d.record;
    index.textLen[d.slot] = d.textLen;
    index.slotOfClaim.set(d.record.claim.id, d.slot);
  }
  for (const t of terms) {
    const id = termId(index, t.term);
    index.df[id] = t.df;
    const list = index.postings[id];
    for (let i = 0; i < t.postings.length; i++) list.push(t.postings[i]!);
  }
  index.live = live;
  index.textLenSum = textLenSum;
  return index;
}
