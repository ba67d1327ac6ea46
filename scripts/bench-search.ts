/**
 * Benchmark of the corpus search (utils/search.ts) — not a test. Synthesises a large corpus of claims by
 * recombining the seed sentences with a Zipf-distributed made-up vocabulary, builds the index, runs a fixed
 * set of queries (a third with typos, some half-typed) and compares with plain Fuse.js over the same records.
 *
 *   npx tsx scripts/bench-search.ts [--claims 100000] [--queries 200] [--fuse-queries 20]
 *   node --expose-gc --import tsx scripts/bench-search.ts   (exact heap numbers)
 *
 * Prints a table and writes bench/search.json. `runSearchBench` is exported for `npm run bench`.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import type { Claim, ClaimKind, Topic } from '../utils/engine/types';
import {
  createSearchIndex,
  deserializeIndex,
  indexStats,
  searchIndex,
  serializeIndex,
  toSearchRecord,
  type SearchRecord,
} from '../utils/search';
import { mulberry32 } from './rng';

/** Options of {@link runSearchBench}. */
export interface SearchBenchOptions {
  claims: number;
  queries: number;
  /** Plain Fuse takes seconds per query at 100k records, so it runs fewer queries (the first N of the same list). */
  fuseQueries: number;
  seed: number;
}

/** What {@link runSearchBench} measured; written to bench/search.json. */
export interface SearchBenchResult {
  claims: number;
  articles: number;
  terms: number;
  postings: number;
  buildMs: number;
  serializedBytes: number;
  serializeMs: number;
  deserializeMs: number;
  heapMB: number | null;
  /** Wall-clock ms per query, and CPU ms per query (steadier when other processes share the machine). */
  ours: { queries: number; p50: number; p95: number; max: number; cpuP50: number; cpuP95: number; meanHits: number };
  fuse: { queries: number; p50: number; p95: number; max: number; meanHits: number };
  /** Queries where ours and plain Fuse agree on the top hit (over the queries plain Fuse ran). */
  sameTop1: number;
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');


const SYLLABLES = 'ba be bi bo bu ca co da de di do du fa fe ga go ha he ka ke ki ko la le li lo lu ma me mi mo mu na ne ni no nu pa pe po ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo wa za zi an en in on ar er or al el il ul st tr pr gr kr sh ch th'.split(' ');

function pct(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

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

/** Synthesises `n` claims: seed sentences with a share of their words swapped for Zipf-drawn vocabulary. */
export function synthesiseRecords(n: number, seed: number): SearchRecord[] {
  const r = mulberry32(seed);
  const text = readdirSync(join(ROOT, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'))
    .join('\n');
  const sentences = text
    .split(/(?<=[.!?”"])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= 6);
  const made = new Set<string>();
  const vocab: string[] = [];
  while (vocab.length < 40_000) {
    const k = 2 + Math.floor(r() * 3);
    let w = '';
    for (let i = 0; i < k; i++) w += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
    if (!made.has(w)) {
      made.add(w);
      vocab.push(w);
    }
  }
  // Zipf(1): P(rank k) ∝ 1/k, drawn by inverting the harmonic CDF approximately.
  const zipf = () => vocab[Math.min(vocab.length - 1, Math.floor(Math.exp(r() * Math.log(vocab.length + 1))) - 1)];
  const cap = (w: string) => w[0].toUpperCase() + w.slice(1);
  const speakers = Array.from({ length: 600 }, () => `${cap(zipf())} ${cap(vocab[Math.floor(r() * vocab.length)])}`);
  const outlets = Array.from({ length: 40 }, (_, i) => ({ id: `outlet-${i}`, name: `${cap(zipf())} ${['News', 'Times', 'Post', 'Observer', 'Daily'][i % 5]}` }));
  const topics: Topic[] = Array.from({ length: 300 }, (_, i) => {
    const label = i < 4 ? ['ISIS', 'Iraq', 'US troops', 'resurgence'][i] : cap(zipf());
    const aliases = i === 0 ? ['isis', 'is', 'islamic state', 'daesh', 'isil'] : [label.toLowerCase(), zipf()];
    return { id: `t${i}`, label, kind: 'concept', aliases, outletCount: 1, claimCount: 1, weight: 300 - i };
  });
  const kinds: ClaimKind[] = ['quote', 'figure', 'statement', 'assertion'];
  const records: SearchRecord[] = [];
  const perArticle = 20;
  for (let a = 0; records.length < n; a++) {
    const outlet = outlets[Math.floor(r() * outlets.length)];
    const title = sentences[Math.floor(r() * sentences.length)].slice(0, 80);
    const year = 2014 + Math.floor(r() * 11);
    const date = `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
    for (let j = 0; j < perArticle && records.length < n; j++) {
      const words = sentences[Math.floor(r() * sentences.length)].split(/\s+/);
      const swapped = words.map((w) => (r() < 0.35 ? zipf() : w)).join(' ');
      const claim: Claim = {
        id: `a${a}:${j}`,
        articleId: `a${a}`,
        outletId: outlet.id,
        text: swapped,
        start: 0,
        end: swapped.length,
        speaker: r() < 0.5 ? speakers[Math.floor(r() * speakers.length)] : null,
        kind: kinds[Math.floor(r() * 4)],
        topics: [topics[Math.floor(r() * 8)].id, topics[Math.floor(r() * topics.length)].id],
        figures: [],
        date,
      };
      records.push(toSearchRecord(claim, outlet.name, title, topics));
    }
  }
  return records;
}

/** Queries drawn from the records: 1–3 of their words, a third with a typo, a tenth half-typed. */
export function synthesiseQueries(records: SearchRecord[], count: number, seed: number): string[] {
  const r = mulberry32(seed ^ 0x9e3779b9);
  const fixed = ['grynkewitch resurgance', 'daesh atacks', 'romanowsky threat', 'sudani', 'islamic state iraq'];
  const out = fixed.slice(0, count);
  while (out.length < count) {
    const rec = records[Math.floor(r() * records.length)];
    const words = (rec.claim.text.match(/\p{L}{4,}/gu) ?? []).filter((w) => w.length >= 4);
    if (!words.length) continue;
    const k = 1 + Math.floor(r() * 3);
    const start = Math.floor(r() * Math.max(1, words.length - k));
    let q = words.slice(start, start + k);
    const roll = r();
    if (roll < 0.33) q = q.map((w, i) => (i === q.length - 1 ? typo(w.toLowerCase(), r) : w));
    else if (roll < 0.43) q[q.length - 1] = q[q.length - 1].slice(0, Math.max(3, Math.ceil(q[q.length - 1].length / 2)));
    out.push(q.join(' '));
  }
  return out;
}

function heapMB(): number | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return null;
  gc();
  return process.memoryUsage().heapUsed / 1048576;
}

/** Runs the benchmark and returns its numbers. */
export function runSearchBench(opts: SearchBenchOptions): SearchBenchResult {
  const records = synthesiseRecords(opts.claims, opts.seed);
  const queries = synthesiseQueries(records, opts.queries, opts.seed);
  const heapBefore = heapMB();

  let t = performance.now();
  const index = createSearchIndex(records);
  const buildMs = performance.now() - t;
  const heapAfter = heapMB();
  const stats = indexStats(index);

  t = performance.now();
  const json = JSON.stringify(serializeIndex(index));
  const serializeMs = performance.now() - t;
  t = performance.now();
  deserializeIndex(JSON.parse(json));
  const deserializeMs = performance.now() - t;

  // Warm up the JIT on a few queries so p50 is not the interpreter's.
  for (const q of queries.slice(0, 10)) searchIndex(index, { text: q, sort: 'relevance' });
  const ours: number[] = [];
  const oursCpu: number[] = [];
  const oursTop = new Map<string, string | undefined>();
  let oursHits = 0;
  for (const q of queries) {
    const c = process.cpuUsage();
    const s = performance.now();
    const res = searchIndex(index, { text: q, sort: 'relevance', limit: 50 });
    ours.push(performance.now() - s);
    const used = process.cpuUsage(c);
    oursCpu.push((used.user + used.system) / 1000);
    oursHits += res.hits.length;
    oursTop.set(q, res.hits[0]?.claim.id);
  }

  // Plain Fuse.js: the same records and keys, threshold 0.4; ignoreLocation so words past the start of a claim count.
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
    includeScore: true,
  });
  const plain: number[] = [];
  let plainHits = 0;
  let same = 0;
  for (const q of queries.slice(0, opts.fuseQueries)) {
    const s = performance.now();
    const res = fuse.search(q, { limit: 50 });
    plain.push(performance.now() - s);
    plainHits += res.length;
    if (res[0] && res[0].item.claim.id === oursTop.get(q)) same++;
  }

  ours.sort((a, b) => a - b);
  oursCpu.sort((a, b) => a - b);
  plain.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    claims: records.length,
    articles: new Set(records.map((x) => x.claim.articleId)).size,
    terms: stats.terms,
    postings: stats.postings,
    buildMs: round(buildMs),
    serializedBytes: json.length,
    serializeMs: round(serializeMs),
    deserializeMs: round(deserializeMs),
    heapMB: heapBefore !== null && heapAfter !== null ? round(heapAfter - heapBefore) : null,
    ours: { queries: ours.length, p50: round(pct(ours, 50)), p95: round(pct(ours, 95)), max: round(ours[ours.length - 1] ?? 0), cpuP50: round(pct(oursCpu, 50)), cpuP95: round(pct(oursCpu, 95)), meanHits: round(oursHits / Math.max(1, ours.length)) },
    fuse: { queries: plain.length, p50: round(pct(plain, 50)), p95: round(pct(plain, 95)), max: round(plain[plain.length - 1] ?? 0), meanHits: round(plainHits / Math.max(1, plain.length)) },
    sameTop1: same,
  };
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** Prints the result as a table. */
export function printSearchBench(r: SearchBenchResult): void {
  const rows: [string, string][] = [
    ['claims (articles)', `${r.claims.toLocaleString('en-US')} (${r.articles.toLocaleString('en-US')})`],
    ['vocabulary terms / postings', `${r.terms.toLocaleString('en-US')} / ${r.postings.toLocaleString('en-US')}`],
    ['index build', `${r.buildMs.toFixed(0)} ms`],
    ['serialised size', `${(r.serializedBytes / 1048576).toFixed(1)} MB (stringify ${r.serializeMs.toFixed(0)} ms, parse+load ${r.deserializeMs.toFixed(0)} ms)`],
    ['index heap', r.heapMB === null ? 'n/a (run with node --expose-gc)' : `${r.heapMB.toFixed(1)} MB`],
    [`ours: ${r.ours.queries} queries`, `p50 ${r.ours.p50.toFixed(2)} ms · p95 ${r.ours.p95.toFixed(2)} ms · max ${r.ours.max.toFixed(1)} ms · ${r.ours.meanHits} hits/query`],
    ['ours, CPU time per query', `p50 ${r.ours.cpuP50.toFixed(2)} ms · p95 ${r.ours.cpuP95.toFixed(2)} ms`],
    [`plain Fuse.js: ${r.fuse.queries} queries`, `p50 ${r.fuse.p50.toFixed(0)} ms · p95 ${r.fuse.p95.toFixed(0)} ms · max ${r.fuse.max.toFixed(0)} ms · ${r.fuse.meanHits} hits/query`],
    ['same top hit as plain Fuse', `${r.sameTop1} / ${r.fuse.queries}`],
    ['speed-up at p50', `${(r.fuse.p50 / Math.max(0.01, r.ours.p50)).toFixed(0)}×`],
  ];
  const w = Math.max(...rows.map(([k]) => k.length));
  console.log('\nClaimLens corpus search');
  for (const [k, v] of rows) console.log(`  ${k.padEnd(w)}  ${v}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = runSearchBench({
    claims: arg('claims', 100_000),
    queries: arg('queries', 200),
    fuseQueries: arg('fuse-queries', 20),
    seed: arg('seed', 7),
  });
  printSearchBench(result);
  console.log(`  (machine load average ${loadavg()[0].toFixed(1)} — wall-clock numbers grow with it; CPU time less so)`);
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'search.json'), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, loadAverage: loadavg()[0], ...result }, null, 2)}\n`);
  console.log('\nwrote bench/search.json');
}
