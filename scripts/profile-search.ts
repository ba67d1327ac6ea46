/**
 * Where a popup search's IndexedDB volume goes: a `--base`-claim bench corpus (default 10,000) with its stored
 * search index, then the browser bench's queries (scripts/bench-node.ts `makeQueries`, a third with a typo) through
 * `searchStored` with a Dexie DBCore middleware counting, per query, the sequential round trips (a request issued
 * while none is in flight starts one), and per table the requests, rows and bytes read. Node + fake-indexeddb: the
 * milliseconds are not Chromium's, the rows, bytes and round trips are the same.
 *
 *   node --import tsx scripts/profile-search.ts [--base 10000] [--queries 60] [--appended 1000] [--sort date] [--checkout /path/to/other/tree]
 *
 * `--sort date`: the queries sorted by date (newest first), the popup's other order; default relevance.
 *
 * `--appended N`: the last N articles are not in the rebuilt index but added after it through `updateSearchIndex` in
 * batches of 250, as imports add them (postings log records, or blocks in older trees): the queries then read what
 * imports leave.
 *
 * `--checkout` profiles another tree's search-store.ts (same public functions), e.g. main's, for a before/after.
 * Claims come with the topics of a cached mine (`/tmp/claimlens-mined-<base>.json`, as scripts/profile-import.ts
 * writes it) when there is one; without it they are indexed without topics.
 */
import 'fake-indexeddb/auto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DBCore, DBCoreTable, Middleware } from 'dexie';
import type { Claim, Topic } from '../utils/engine/types';
import { buildBenchCorpora } from './bench-corpus';
import { makeQueries, pct, r2 } from './bench-node';

const here = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const base = Number(arg('base') ?? 10_000);
const count = Number(arg('queries') ?? 60);
const tree = arg('checkout') ?? here;
const sort = arg('sort') === 'date' ? 'date' : 'relevance';
const { createDb } = (await import(join(tree, 'utils/db.ts'))) as typeof import('../utils/db');
const store = (await import(join(tree, 'utils/search-store.ts'))) as typeof import('../utils/search-store');

/** Rough bytes of a value as IndexedDB clones it (strings 2 bytes a character, typed arrays their buffer). */
function bytesOf(v: unknown): number {
  if (v === null || v === undefined) return 0;
  if (typeof v === 'string') return 2 * v.length;
  if (typeof v === 'number' || typeof v === 'boolean') return 8;
  if (ArrayBuffer.isView(v)) return v.byteLength;
  if (Array.isArray(v)) return v.reduce((n: number, x) => n + bytesOf(x), 0);
  if (typeof v === 'object') return Object.entries(v as object).reduce((n, [k, x]) => n + 2 * k.length + bytesOf(x), 0);
  return 0;
}

interface Volume {
  req: number;
  rows: number;
  bytes: number;
}
let volume = new Map<string, Volume>();
let inFlight = 0;
let trips = 0;
const vol = (t: string) => volume.get(t) ?? volume.set(t, { req: 0, rows: 0, bytes: 0 }).get(t)!;
/** Counts one read request of `table` and its result rows when it answers. */
function track<T>(table: string, p: Promise<T>, rowsOf: (r: T) => unknown[]): Promise<T> {
  if (inFlight++ === 0) trips++;
  vol(table).req++;
  return p.then(
    (r) => {
      inFlight--;
      const rows = rowsOf(r).filter((x) => x !== undefined);
      vol(table).rows += rows.length;
      vol(table).bytes += bytesOf(rows);
      return r;
    },
    (e) => {
      inFlight--;
      throw e;
    },
  );
}

const counter: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'profile-search',
  create: (down) => ({
    ...down,
    table: (name) => {
      const t: DBCoreTable = down.table(name);
      return {
        ...t,
        get: (req) => track(name, t.get(req), (r) => [r]),
        getMany: (req) => track(name, t.getMany(req), (r) => r),
        query: (req) => track(name, t.query(req), (r) => r.result),
        count: (req) => track(name, t.count(req), () => []),
        openCursor: (req) => track(name, t.openCursor(req), () => []),
      };
    },
  }),
};

const [corpus] = buildBenchCorpora(here, [base]);
const articles = corpus!.articles;
const cache = `/tmp/claimlens-mined-${base}.json`;
let claims: Claim[] = articles.flatMap((a) => a.claims);
let topics: Topic[] = [];
if (existsSync(cache)) {
  const mined = JSON.parse(readFileSync(cache, 'utf8')) as { claims: Claim[]; topics: Topic[] };
  const ids = new Set(articles.map((a) => a.article.id));
  if (mined.claims.every((c) => ids.has(c.articleId))) ({ claims, topics } = mined);
}
const db = createDb(`profile-search-${Date.now()}`);
await db.open();
const outlets = [...new Map(articles.map((a) => [a.outlet.id, a.outlet])).values()];
const appended = Number(arg('appended') ?? 0);
const held = new Set(articles.slice(articles.length - appended).map((a) => a.article.id));
await db.transaction('rw', db.tables, async () => {
  await db.outlets.bulkPut(outlets);
  await db.articles.bulkPut(articles.filter((a) => !held.has(a.article.id)).map((a) => a.article));
  await db.claims.bulkPut(claims.filter((c) => !held.has(c.articleId)));
  await db.topics.bulkPut(topics);
  await db.meta.put({ key: 'corpusVersion', value: '1' });
  await store.rebuildSearchIndex(db, '1');
});
const late = articles.filter((a) => held.has(a.article.id));
for (let i = 0, v = 1; i < late.length; i += 250, v++) {
  const batch = late.slice(i, i + 250);
  const ids = new Set(batch.map((a) => a.article.id));
  await db.transaction('rw', db.tables, async () => {
    await db.articles.bulkPut(batch.map((a) => a.article));
    await db.claims.bulkPut(claims.filter((c) => ids.has(c.articleId)));
    await db.meta.put({ key: 'corpusVersion', value: String(v + 1) });
    await store.updateSearchIndex(db, { added: [...ids] }, String(v), String(v + 1));
  });
}
if (appended) console.log(`${late.length} articles added after the rebuild in batches of 250`);
db.close();
// Reopened with the counter: a fresh connection, as a waking worker has.
db.use(counter);
await db.open();
console.log(`${tree}: ${articles.length} articles, ${claims.length} claims, ${topics.length} topics; queries sorted by ${sort}`);

const queries = makeQueries(articles.map((a) => ({ text: a.item.text })), count + 5, 17).map((q) => q.typed);
const searchCache = store.createSearchCache();
const per: { trips: number; rows: number; bytes: number; ms: number; tables: Map<string, Volume> }[] = [];
for (const [i, q] of queries.entries()) {
  volume = new Map();
  trips = 0;
  const t = performance.now();
  const answer = await store.searchStored(db, { text: q, sort }, searchCache);
  const ms = performance.now() - t;
  if (!answer) throw new Error('profile-search: no stored index');
  if (i < 5) continue; // as the browser bench: the first queries warm the worker
  let rows = 0;
  let bytes = 0;
  for (const v of volume.values()) {
    rows += v.rows;
    bytes += v.bytes;
  }
  per.push({ trips, rows, bytes, ms, tables: volume });
}
const stat = (xs: number[]) => `p50 ${r2(pct(xs, 50))}  p95 ${r2(pct(xs, 95))}  max ${r2(Math.max(...xs))}`;
console.log(`round trips per query: ${stat(per.map((p) => p.trips))}`);
console.log(`rows read per query:   ${stat(per.map((p) => p.rows))}`);
console.log(`KB read per query:     ${stat(per.map((p) => p.bytes / 1024))}`);
console.log(`ms (fake-indexeddb):   ${stat(per.map((p) => p.ms))}`);
const tables = new Set(per.flatMap((p) => [...p.tables.keys()]));
for (const name of tables) {
  const of = (k: keyof Volume) => per.map((p) => p.tables.get(name)?.[k] ?? 0);
  console.log(`  ${name.padEnd(15)} req ${stat(of('req'))} | rows ${stat(of('rows'))} | KB ${stat(of('bytes').map((b) => b / 1024))}`);
}
