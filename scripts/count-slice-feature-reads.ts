/**
 * What a cold worker's first page reads of the stored claim features (issue 10; db version 22 packs them per article):
 * a `--base`-claim bench corpus stored in Node (fake-indexeddb) with every claim's features, then for `--pages` real
 * pages of 2,000 and 10,000 words, each on a fresh match head (as a waking worker), the article rows read — their
 * claim rows and bytes (JSON) — against the candidate claims whose rows the matcher uses. Deterministic: no timing.
 *
 *   node --import tsx scripts/count-slice-feature-reads.ts [--base 10000] [--pages 6]
 */
import 'fake-indexeddb/auto';
import type { DBCore, Middleware } from 'dexie';
import { createDb } from '../utils/db';
import { storeClaimFeatures } from '../utils/claim-features-store';
import { loadPageSlice, readMatchHead } from '../utils/background/match-store';
import { decodeArticleFeatures, type ArticleFeaturesRow } from '../utils/article-features';
import { buildBenchCorpora, realPage } from './bench-corpus';
import { numberArg, storeMined } from './profile-db';

const root = process.cwd();
const base = numberArg('base', 10_000);
const pages = numberArg('pages', 6);
let read: ArticleFeaturesRow[] = [];
const counter: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'count-feature-reads',
  create: (down) => ({
    ...down,
    table: (name) => {
      const t = down.table(name);
      if (name !== 'articleFeatures') return t;
      return { ...t, getMany: (req) => t.getMany(req).then((rows) => (read.push(...(rows.filter(Boolean) as ArticleFeaturesRow[])), rows)) };
    },
  }),
};
const [corpus] = buildBenchCorpora(root, [base]);
const db = createDb(`count-slice-${Date.now()}`);
db.use(counter);
await db.open();
await storeMined(db, corpus!.articles, `/tmp/claimlens-mined-${base}.json`);
await storeClaimFeatures(db, await db.claims.toArray());
const opts = { sensitivity: 'medium' as const, mutedTopics: [], mutedOutlets: [] };
const size = (x: unknown) => JSON.stringify(x).length;
console.log(`base ${await db.claims.count()} claims in ${await db.articles.count()} articles; per page on a fresh head:`);
for (let i = 0; i < pages; i++) {
  const words = i % 2 ? 10_000 : 2_000;
  const page = { text: realPage(root, words, 37 * i + words), title: '', url: `http://127.0.0.1/p/${i}`, siteName: null };
  read = [];
  const head = (await readMatchHead(db))!;
  await loadPageSlice(db, head, page, opts);
  const featured = head.featured.size;
  const claimRows = read.reduce((s, a) => s + a.ids.length, 0);
  const usedBytes = read.reduce((s, a) => s + a.json.filter((_, k) => head.featured.has(a.ids[k]!)).reduce((x, j) => x + j.length, 0), 0);
  // The worker's cost of a read value is mostly its deserialisation (V8's serializer, as IndexedDB's): timed on a copy.
  // The rows used as objects (what a row per claim would have read) against the article rows as stored (JSON text).
  const used = read.flatMap((a) => decodeArticleFeatures(a).filter((r) => head.featured.has(r.id)));
  const cloneMs = (x: unknown) => {
    const t = performance.now();
    for (let k = 0; k < 5; k++) structuredClone(x);
    return (performance.now() - t) / 5;
  };
  const parseMs = () => {
    const t = performance.now();
    for (let k = 0; k < 5; k++) for (const a of read) a.json.forEach((j, x) => head.featured.has(a.ids[x]!) && JSON.parse(j));
    return (performance.now() - t) / 5;
  };
  console.log(`  structuredClone: article rows read ${cloneMs(read).toFixed(1)} ms (+ parsing the used ${parseMs().toFixed(1)} ms), the rows used alone as objects ${cloneMs(used).toFixed(1)} ms`);
  console.log(`  ${String(words).padStart(6)} words: ${read.length} article rows read, ${claimRows} claim rows in them, ${featured} used; ${(read.reduce((s, a) => s + size(a), 0) / 1024).toFixed(0)} KB read, ${(usedBytes / 1024).toFixed(0)} KB of rows used`);
}
