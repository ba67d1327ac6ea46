/**
 * Proves an import change leaves identical stored results: a `--base`-claim corpus (default 10,000) stored as a full
 * re-mine leaves it, then `--batches` batches of `--size` analysed articles (default 10 × 100: the 9th folds the match
 * index's appended rows) through `importAnalysed`, then a hash of every table (rows in key order; the random write tags
 * left out, the clock and Math.random fixed). Run it in two worktrees and compare the lines.
 *
 *   node --import tsx scripts/import-dump.ts [--base 10000] [--size 100] [--batches 10] [--cache FILE]
 *
 * `--cache` (default /tmp/claimlens-mined-BASE.json, as scripts/profile-import.ts) holds the base's mine: give both
 * worktrees the same file.
 */
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb } from '../utils/db';
import { importAnalysed, importTimings } from '../utils/corpus';
import { buildBenchCorpora } from './bench-corpus';
import { numberArg, storeMined } from './profile-db';
import { mulberry32 } from './rng';

// Fixed: the version rows and write tags come from the clock and Math.random.
Math.random = mulberry32(7);
let clock = 1_800_000_000_000;
Date.now = () => clock;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const base = numberArg('base', 10_000);
const size = numberArg('size', 100);
const batches = numberArg('batches', 10);
const [corpus, all] = buildBenchCorpora(root, [base, base + 25 * size * batches]);
const db = createDb(`dump-${base}`);
await db.open();
const cacheAt = process.argv.indexOf('--cache');
await storeMined(db, corpus!.articles, cacheAt >= 0 ? process.argv[cacheAt + 1] : `/tmp/claimlens-mined-${base}.json`);
const spare = all!.articles.slice(corpus!.articles.length);
const t0 = performance.now();
for (let b = 0; b < batches; b++) {
  clock += 1000;
  const entries = spare.slice(b * size, (b + 1) * size).map((a) => ({ name: a.item.name, explicitOutlet: true, article: a.article, outlet: a.outlet, claims: a.claims }));
  const out = await importAnalysed(db, entries, { job: { id: 'dump', offset: b * size, total: size * batches, label: 'dump', last: b === batches - 1 } });
  const t = importTimings[importTimings.length - 1];
  console.log(`batch ${b + 1}: ${out.filter((o) => o.status === 'imported').length} imported${t?.zoneLost ? `, transaction zone lost during ${t.zoneLost}` : ''}`);
}
console.log(`imports ${((performance.now() - t0) / 1000).toFixed(1)} s`);
/** A row as JSON can hash it: typed arrays as arrays, `tag` fields dropped (also inside JSON meta values). */
const norm = (v: unknown): unknown => {
  if (ArrayBuffer.isView(v)) return Array.from(v as unknown as ArrayLike<number>);
  if (Array.isArray(v)) return v.map(norm);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'tag').map(([k, x]) => [k, norm(x)]));
  if (typeof v === 'string' && v.startsWith('{') && v.includes('"tag"')) {
    try { return norm(JSON.parse(v)); } catch { return v; }
  }
  return v;
};
const totals = createHash('sha256');
for (const table of db.tables) {
  const rows = await table.toArray();
  const keys = await table.toCollection().primaryKeys();
  const h = createHash('sha256');
  keys.forEach((k, i) => h.update(JSON.stringify([k, norm(rows[i])])));
  const d = h.digest('hex').slice(0, 16);
  totals.update(d);
  console.log(`${table.name.padEnd(16)} ${String(rows.length).padStart(7)} ${d}`);
}
console.log(`ALL ${totals.digest('hex').slice(0, 16)}`);
