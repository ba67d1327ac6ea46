/**
 * Real-text corpora for `npm run bench`: the seeds and the FNC-1 training bodies (read from disk at bench
 * time, never copied into the repository), then — once the originals are used up — new articles whose
 * sentences splice the start of one real sentence onto the end of another. No sentence appears twice in a
 * corpus, so the vocabulary, entities and figures vary the way imported news does (cloning the seeds would
 * hide that: every clone shares its terms, topics and figures with the original).
 *
 * Articles are analysed by the real engine (`analyzeArticle`), so claims, figures and dates are what an
 * import would store. Corpora are nested prefixes of one stream: the 10k corpus contains the 1k one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../utils/engine/analyze';
import { parseCsv } from '../utils/engine/csv';
import type { Article, Claim, Outlet } from '../utils/engine/types';
import type { ImportItem } from '../utils/messages';
import { mulberry32 } from './rng';

/** Where the FNC-1 bodies are read from (override with CLAIMLENS_FNC_BODIES). */
export const FNC_BODIES = process.env.CLAIMLENS_FNC_BODIES ?? '/work/shared/data/fnc1/train_bodies.csv';

/** One generated article as the options page would import it, plus what the engine made of it. */
export interface BenchArticle {
  item: ImportItem;
  article: Article;
  outlet: Outlet;
  claims: Claim[];
}

/** A corpus: whole articles until at least `claims` claims. */
export interface BenchCorpus {
  articles: BenchArticle[];
  claims: number;
}

const PREFIXES = 'North South East West Harbor River Valley Lake Mountain Coast Prairie Capital Metro Union Liberty Summit Pioneer Frontier Atlantic Pacific Central Highland Bay Forest Granite Iron Silver Golden Evening Morning'.split(' ');
const SUFFIXES = ['Herald', 'Courier', 'Tribune', 'Observer', 'Gazette', 'Post'];

/** Real sentences: FNC-1 bodies (deduplicated) then the seeds, split by line-level sentence punctuation. */
function realBodies(root: string): string[] {
  if (!existsSync(FNC_BODIES)) throw new Error(`bench: FNC-1 bodies not found at ${FNC_BODIES} (set CLAIMLENS_FNC_BODIES)`);
  const rows = parseCsv(readFileSync(FNC_BODIES, 'utf8'));
  const header = rows[0] ?? [];
  const col = header.indexOf('articleBody');
  if (col < 0) throw new Error(`bench: ${FNC_BODIES} has no "articleBody" column (header: ${header.join(', ')})`);
  const bodies = [...new Set(rows.slice(1).map((r) => (r[col] ?? '').trim()).filter((b) => b.length > 200))];
  const seedsDir = join(root, 'seeds');
  const seeds = ['000', '001', '002', '003', '004']
    .map((n) => join(seedsDir, `${n}.txt`))
    .filter((p) => existsSync(p))
    .map((p) => readFileSync(p, 'utf8'));
  return [...seeds, ...bodies];
}

/** Sentences of a body: split after . ! ? (and closing quotes) before a capital, never across lines. */
function sentencesOf(body: string): string[] {
  return body
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.!?]["”’]?)\s+(?=["“‘]?[A-Z])/))
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= 5 && s.length <= 600);
}

/**
 * The stream of articles: first every real body (sentences already used elsewhere dropped), then spliced
 * articles. `seed` fixes the stream, so every run measures the same corpora.
 */
export function* benchArticleStream(root: string, seed = 11): Generator<ImportItem> {
  const r = mulberry32(seed);
  const used = new Set<string>();
  const pool: string[][] = [];
  const bodies = realBodies(root);
  const outlet = () => `${PREFIXES[Math.floor(r() * PREFIXES.length)]} ${SUFFIXES[Math.floor(r() * SUFFIXES.length)]}`;
  const date = () => `${2014 + Math.floor(r() * 11)}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
  let n = 0;
  const make = (sentences: string[]): ImportItem => {
    const paragraphs: string[] = [];
    for (let i = 0; i < sentences.length; i += 3) paragraphs.push(sentences.slice(i, i + 3).join(' '));
    const title = sentences[0]!.split(/\s+/).slice(0, 12).join(' ').replace(/[.,;:]$/, '');
    const o = outlet();
    n++;
    return {
      name: `bench article ${n}`,
      text: paragraphs.join('\n\n'),
      title,
      outlet: o,
      url: `https://${o.toLowerCase().replace(/\s+/g, '-')}.example/news/${n}`,
      published: date(),
      author: null,
    };
  };
  for (const body of bodies) {
    const fresh = sentencesOf(body).filter((s) => !used.has(s));
    for (const s of fresh) used.add(s);
    if (fresh.length >= 3) {
      pool.push(fresh);
      yield make(fresh);
    }
  }
  const flat = pool.flat();
  // Spliced articles: each sentence = the first part of one real sentence + the rest of another, cut at
  // word boundaries. Neighbouring sentences come from one source article, so an article keeps a subject.
  for (;;) {
    const src = pool[Math.floor(r() * pool.length)]!;
    const count = 8 + Math.floor(r() * 12);
    const out: string[] = [];
    for (let tries = 0; out.length < count && tries < count * 4; tries++) {
      const a = src[Math.floor(r() * src.length)]!.split(/\s+/);
      const b = (r() < 0.5 ? src[Math.floor(r() * src.length)]! : flat[Math.floor(r() * flat.length)]!).split(/\s+/);
      const i = 2 + Math.floor(r() * Math.max(1, a.length / 2));
      const j = Math.floor(b.length / 3 + r() * (b.length / 2));
      const s = [...a.slice(0, i), ...b.slice(j)].join(' ');
      if (s.split(/\s+/).length < 6 || used.has(s)) continue;
      used.add(s);
      out.push(/[.!?"”]$/.test(s) ? s : `${s}.`);
    }
    if (out.length >= 3) yield make(out);
  }
}

/** Analyses articles from the stream until each target claim count is reached; returns one corpus per target. */
export function buildBenchCorpora(root: string, targets: number[], seed = 11): BenchCorpus[] {
  const sorted = [...targets].sort((a, b) => a - b);
  const all: BenchArticle[] = [];
  const out: BenchCorpus[] = [];
  let claims = 0;
  let t = 0;
  const seenIds = new Set<string>();
  for (const item of benchArticleStream(root, seed)) {
    if (t >= sorted.length) break;
    let analyzed;
    try {
      analyzed = analyzeArticle({ ...item, source: 'import', importedAt: 1 });
    } catch {
      continue; // an input the engine refuses (e.g. no text left) is not part of a corpus
    }
    if (seenIds.has(analyzed.article.id) || analyzed.claims.length === 0) continue;
    seenIds.add(analyzed.article.id);
    all.push({ item, article: analyzed.article, outlet: analyzed.outlet, claims: analyzed.claims });
    claims += analyzed.claims.length;
    while (t < sorted.length && claims >= sorted[t]!) {
      out.push({ articles: all.slice(), claims });
      t++;
    }
  }
  return out;
}

/** A page of about `words` words made of whole real bodies (FNC-1), starting at body `offset`. */
export function realPage(root: string, words: number, offset: number): string {
  const bodies = realBodies(root).slice(5);
  const parts: string[] = [];
  let count = 0;
  for (let i = offset; count < words; i++) {
    const body = bodies[i % bodies.length]!;
    const w = body.split(/\s+/);
    const take = Math.min(w.length, words - count);
    parts.push(w.slice(0, take).join(' '));
    count += take;
  }
  return parts.join('\n\n');
}
