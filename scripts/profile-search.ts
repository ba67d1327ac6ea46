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
 * `--filter outlet|topic|kind|date|all`: each query with a popup filter — one outlet (in turn), one of the 50 topics
 * most claims carry, one kind, or one year of claim dates; `all` takes them in turn. `--text none`: the filters alone
 * (empty text: the filtered claims listed newest first). Index keys read (`keys`) are counted apart from rows.
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
import type { SearchQuery } from '../utils/messages';
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
  /** Index or primary keys read without their rows (a `primaryKeys()` read). */
  keys: number;
  bytes: number;
}
let volume = new Map<string, Volume>();
let inFlight = 0;
let trips = 0;
const vol = (t: string) => volume.get(t) ?? volume.set(t, { req: 0, rows: 0, keys: 0, bytes: 0 }).get(t)!;
/** Counts one read request of `table` and its result rows when it answers. */
function track<T>(table: string, p: Promise<T>, rowsOf: (r: T) => unknown[], keysOnly = false): Promise<T> {
  if (inFlight++ === 0) trips++;
  vol(table).req++;
  return p.then(
    (r) => {
      inFlight--;
      const rows = rowsOf(r).filter((x) => x !== undefined);
      if (keysOnly) {
        vol(table).keys += rows.length;
        return r;
      }
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
        query: (req) => track(name, t.query(req), (r) => r.result, !req.values),
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
const filterKind = arg('filter');
const noText = arg('text') === 'none';
const byTopic = new Map<string, number>();
for (const c of claims) for (const t of c.topics) byTopic.set(t, (byTopic.get(t) ?? 0) + 1);
const topTopics = [...byTopic].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 50).map(([t]) => t);
const years = [...new Set(claims.map((c) => c.date?.slice(0, 4)).filter((y): y is string => !!y && /^\d{4}$/.test(y)))].sort();
const KINDS = ['quote', 'figure', 'statement', 'assertion'] as const;
/** The popup filter of query `i` (see `--filter`). */
function filterOf(i: number): Partial<SearchQuery> {
  const kind = filterKind === 'all' ? (['outlet', 'topic', 'kind', 'date'] as const)[i % 4] : filterKind;
  const k = Math.floor(i / (filterKind === 'all' ? 4 : 1));
  if (kind === 'outlet') return { outletIds: [outlets[(k * 7) % outlets.length]!.id] };
  if (kind === 'topic' && topTopics.length) return { topicIds: [topTopics[(k * 3) % topTopics.length]!] };
  if (kind === 'kind') return { kinds: [KINDS[k % 4]!] };
  if (kind === 'date' && years.length) {
    const y = years[(k * 5) % years.length]!;
    return { from: `${y}-01-01`, to: `${y}-12-31` };
  }
  return {};
}
if (filterKind) console.log(`filters: ${filterKind}${noText ? ', empty text' : ''} (${outlets.length} outlets, ${topTopics.length} top topics, years ${years[0]}–${years[years.length - 1]})`);
const searchCache = store.createSearchCache();
const per: { trips: number; rows: number; bytes: number; ms: number; total: number; tables: Map<string, Volume> }[] = [];
for (const [i, q] of queries.entries()) {
  volume = new Map();
  trips = 0;
  const t = performance.now();
  const answer = await store.searchStored(db, { text: noText ? '' : q, sort, ...(filterKind ? filterOf(i) : {}) }, searchCache);
  const ms = performance.now() - t;
  if (!answer) throw new Error('profile-search: no stored index');
  if (i < 5) continue; // as the browser bench: the first queries warm the worker
  let rows = 0;
  let bytes = 0;
  for (const v of volume.values()) {
    rows += v.rows;
    bytes += v.bytes;
  }
  per.push({ trips, rows, bytes, ms, total: answer.total, tables: volume });
}
const stat = (xs: number[]) => `p50 ${r2(pct(xs, 50))}  p95 ${r2(pct(xs, 95))}  max ${r2(Math.max(...xs))}`;
console.log(`matches per query:     ${stat(per.map((p) => p.total))}`);
console.log(`round trips per query: ${stat(per.map((p) => p.trips))}`);
console.log(`rows read per query:   ${stat(per.map((p) => p.rows))}`);
console.log(`keys read per query:   ${stat(per.map((p) => [...p.tables.values()].reduce((n, v) => n + v.keys, 0)))}`);
console.log(`KB read per query:     ${stat(per.map((p) => p.bytes / 1024))}`);
console.log(`ms (fake-indexeddb):   ${stat(per.map((p) => p.ms))}`);
const tables = new Set(per.flatMap((p) => [...p.tables.keys()]));
for (const name of tables) {
  const of = (k: keyof Volume) => per.map((p) => p.tables.get(name)?.[k] ?? 0);
  console.log(`  ${name.padEnd(15)} req ${stat(of('req'))} | rows ${stat(of('rows'))} | keys ${stat(of('keys'))} | KB ${stat(of('bytes').map((b) => b / 1024))}`);
}
