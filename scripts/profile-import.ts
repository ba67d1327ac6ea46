/**
 * Where one import batch's IndexedDB volume goes: a `--base`-claim corpus (default 10,000) stored as a full re-mine
 * leaves it, then `--batches` batches of `--size` analysed articles (default 3 × 100) through `importAnalysed` — the
 * options page's commit path — with a Dexie DBCore middleware counting, per table, the rows read and written and the
 * requests made. Node + fake-indexeddb, so the milliseconds are not Chromium's; the row counts are the same.
 *
 *   node --import tsx scripts/profile-import.ts [--base 10000] [--size 100] [--batches 3]
 */
import 'fake-indexeddb/auto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DBCore, DBCoreTable, Middleware } from 'dexie';
import { createDb } from '../utils/db';
import { importAnalysed, importTimings } from '../utils/corpus';
import { buildBenchCorpora } from './bench-corpus';
import { numberArg, storeMined } from './profile-db';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = numberArg;
const base = arg('base', 10_000);
const size = arg('size', 100);
const batches = arg('batches', 3);

/** Per table: requests and rows read / written. */
interface Volume {
  readReq: number;
  readRows: number;
  writeReq: number;
  writeRows: number;
  /** Cursors opened (each step of one is a round trip of its own). */
  cursors: number;
  /** Approximate bytes written (strings and typed arrays as stored; see `sizeOf`). */
  writeBytes: number;
}

/** Approximate stored size of a value: string lengths, typed array bytes, 8 per number (a structured-clone stand-in). */
function sizeOf(v: unknown): number {
  if (typeof v === 'string') return v.length;
  if (typeof v === 'number' || typeof v === 'boolean' || v == null) return 8;
  if (ArrayBuffer.isView(v)) return v.byteLength;
  if (Array.isArray(v)) return v.reduce((n: number, x) => n + sizeOf(x), 8);
  if (typeof v === 'object') return Object.entries(v as object).reduce((n, [k, x]) => n + k.length + sizeOf(x), 8);
  return 8;
}
const volume = new Map<string, Volume>();
const vol = (t: string) => volume.get(t) ?? volume.set(t, { readReq: 0, readRows: 0, cursors: 0, writeReq: 0, writeRows: 0, writeBytes: 0 }).get(t)!;

/** Counts what each table is asked for (the row counts do not depend on the IndexedDB implementation). */
const counter: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'profile-import',
  create: (down) => ({
    ...down,
    table: (name) => {
      const t: DBCoreTable = down.table(name);
      return {
        ...t,
        get: (req) => {
          vol(name).readReq++;
          vol(name).readRows++;
          return t.get(req);
        },
        getMany: (req) => {
          vol(name).readReq++;
          vol(name).readRows += req.keys.length;
          return t.getMany(req);
        },
        query: (req) => {
          vol(name).readReq++;
          return t.query(req).then((res) => {
            vol(name).readRows += res.result.length;
            return res;
          });
        },
        count: (req) => {
          vol(name).readReq++;
          return t.count(req);
        },
        openCursor: (req) => {
          vol(name).readReq++;
          vol(name).cursors++;
          return t.openCursor(req);
        },
        mutate: (req) => {
          vol(name).writeReq++;
          if ('values' in req && req.values) vol(name).writeBytes += sizeOf(req.values);
          vol(name).writeRows += req.type === 'deleteRange' ? 1 : 'keys' in req && req.keys ? req.keys.length : 'values' in req ? req.values.length : 0;
          return t.mutate(req);
        },
      };
    },
  }),
};

const [corpus, all] = buildBenchCorpora(root, [base, base + 25 * size * batches]);
const db = createDb(`profile-${Date.now()}`);
if (!process.argv.includes("--no-count")) db.use(counter);
await db.open();
const baseArticles = corpus!.articles;
let t = performance.now();
await storeMined(db, baseArticles, `/tmp/claimlens-mined-${base}.json`);
console.log(`base: ${baseArticles.length} articles, ${corpus!.claims} claims; stored as a full re-mine leaves it in ${((performance.now() - t) / 1000).toFixed(1)} s`);
for (const table of ['topicState', 'searchPostings', 'searchPacked', 'matchVocab', 'topicIndex']) console.log(`  ${table}: ${await db.table(table).count()} rows`);

const spare = all!.articles.slice(baseArticles.length);
for (let b = 0; b < batches; b++) {
  volume.clear();
  const entries = spare.slice(b * size, (b + 1) * size).map((a) => ({ name: a.item.name, explicitOutlet: true, article: a.article, outlet: a.outlet, claims: a.claims }));
  const cpu = process.cpuUsage();
  t = performance.now();
  const out = await importAnalysed(db, entries, { job: { id: 'profile', offset: b * size, total: size * batches, label: 'profile', last: b === batches - 1 } });
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  console.log(`batch ${b + 1}: ${out.filter((o) => o.status === 'imported').length} imported in ${ms.toFixed(0)} ms (cpu ${((used.user + used.system) / 1000).toFixed(0)} ms)`);
  const rows = [...volume].sort((a, b) => b[1].readRows + b[1].writeRows - (a[1].readRows + a[1].writeRows));
  const timing = importTimings[importTimings.length - 1];
  if (timing) console.log(`  phases (ms): ${Object.entries({ ...timing.before, ...timing.phases }).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`);
  for (const [name, v] of rows) console.log(`  ${name.padEnd(16)} read ${String(v.readRows).padStart(7)} rows in ${String(v.readReq).padStart(5)} req (${v.cursors} cursors)   write ${String(v.writeRows).padStart(7)} rows in ${String(v.writeReq).padStart(4)} req, ${(v.writeBytes / 1024).toFixed(0).padStart(6)} kB`);
}
