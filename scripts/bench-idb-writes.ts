/**
 * What each table's share of one import batch costs IndexedDB in Chromium, measured apart from the rest of the import
 * (issue 10, import speed): a whole-import bench on this shared 2-core machine moves ±30 % between runs, far more than
 * one table's writes. One batch of `--size` analysed articles (default 500, the options page's batch) is imported
 * into a `--base`-claim corpus in Node (fake-indexeddb, as scripts/profile-import.ts does) while a DBCore middleware
 * keeps every row it writes, per table; then, in one Chromium page, each table's rows are put in one read-write
 * transaction into a store with the table's real indexes (from utils/db.ts) and into one without any, `--rounds` times,
 * variants interleaved and every round under fresh keys (a batch inserts). Prints the median ms per variant (the put
 * calls alone, and until the transaction completes) and µs per row.
 *
 * Variants besides each table's own: `searchDocs` rows without the claim copy they carry (store format 7), with it as
 * JSON text, and the rows packed one per article as JSON text (stringified inside the timed loop).
 *
 *   node --import tsx scripts/bench-idb-writes.ts [--base 10000] [--size 500] [--rounds 7]
 */
import 'fake-indexeddb/auto';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DBCore, Middleware } from 'dexie';
import { createDb } from '../utils/db';
import { launchExtension, openExtensionPage } from '../test/e2e/harness';
import { importBenchBatch, numberArg } from './profile-db';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const base = numberArg('base', 10_000);
const size = numberArg('size', 500);
const rounds = numberArg('rounds', 7);

/** Rows written per table while `recording` (values of put and add requests, as stored). */
const written = new Map<string, unknown[]>();
let recording = false;
const recorder: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'bench-idb-writes',
  create: (down) => ({
    ...down,
    table: (name) => {
      const t = down.table(name);
      return {
        ...t,
        mutate: (req) => {
          if (recording && (req.type === 'put' || req.type === 'add')) (written.get(name) ?? written.set(name, []).get(name)!).push(...structuredClone(req.values));
          return t.mutate(req);
        },
      };
    },
  }),
};

const db = createDb(`bench-idb-writes-${Date.now()}`);
db.use(recorder);
await db.open();
await importBenchBatch(db, root, base, size, (on) => (recording = on));

/** One store to write into: its key path, its indexes (none for a bare variant) and the rows. */
interface Variant {
  name: string;
  keyPath: string;
  indexes: { name: string; keyPath: string | string[]; multiEntry: boolean }[];
  rows: unknown[];
  /** A field each row holds as JSON text: stringified inside the timed put loop (its cost counted). */
  json?: string;
}
const variants: Variant[] = [];
for (const [table, rows] of written) {
  const schema = db.table(table).schema;
  const keyPath = String(schema.primKey.keyPath);
  // A compound index ([v+n]) keeps its key path as an array (joined into a string it names no property).
  const indexes = schema.indexes.filter((i) => !(i as { isVirtual?: boolean }).isVirtual).map((i) => ({ name: i.name, keyPath: Array.isArray(i.keyPath) ? i.keyPath : String(i.keyPath), multiEntry: !!i.multi }));
  variants.push({ name: `${table} (${indexes.map((i) => i.name).join(', ') || 'no index'})`, keyPath, indexes, rows });
  if (indexes.length) variants.push({ name: `${table} without indexes`, keyPath, indexes: [], rows });
  if (table === 'claimFeatures') {
    // The rows of one article's claims packed in one row (claim ids are `<article id>:<n>`), keyed by the article.
    const byArticle = new Map<string, { id: string; v: string; rows: unknown[] }>();
    for (const r of rows as { id: string; v: string }[]) {
      const article = r.id.slice(0, r.id.lastIndexOf(':'));
      const row = byArticle.get(article) ?? byArticle.set(article, { id: article, v: r.v, rows: [] }).get(article)!;
      row.rows.push(r);
    }
    variants.push({ name: 'claimFeatures packed per article', keyPath, indexes, rows: [...byArticle.values()] });
  }
  if (table === 'searchDocs') {
    const bare = rows.map((r) => {
      const { claim: _claim, ...rest } = r as { claim?: unknown };
      return rest;
    });
    variants.push({ name: 'searchDocs without the claim copy', keyPath, indexes, rows: bare });
    variants.push({ name: 'searchDocs, the claim copy as JSON text', keyPath, indexes, rows, json: 'claim' });
    // One row per article holding its claims' doc rows as JSON text, the union of their topics indexed.
    const byArticle = new Map<string, { slot: number; articleId: string; topics: string[]; docs: unknown[] }>();
    for (const r of rows as { slot: number; articleId: string; topics: string[] }[]) {
      const row = byArticle.get(r.articleId) ?? byArticle.set(r.articleId, { slot: r.slot, articleId: r.articleId, topics: [], docs: [] }).get(r.articleId)!;
      row.docs.push(r);
      for (const t of r.topics) if (!row.topics.includes(t)) row.topics.push(t);
    }
    const packedIndexes = indexes.filter((i) => i.name === 'topics');
    variants.push({ name: 'searchDocs packed per article (JSON text)', keyPath, indexes: packedIndexes, rows: [...byArticle.values()], json: 'docs' });
  }
}
console.log(`one batch of ${size} articles on a ${base}-claim base: ${[...written].map(([t, r]) => `${t} ${r.length}`).join(', ')} rows`);

const s = await launchExtension();
try {
  const { page } = await openExtensionPage(s, 'popup.html');
  await page.evaluate('globalThis.__name = (f) => f'); // tsx names functions with a helper the page lacks
  const times = await page.evaluate(
    async ({ variants, rounds }) => {
      const idb: IDBDatabase = await new Promise((resolve, reject) => {
        const open = indexedDB.open(`bench-idb-writes-${Date.now()}`, 1);
        open.onupgradeneeded = () => {
          variants.forEach((v, i) => {
            const store = open.result.createObjectStore(`s${i}`, { keyPath: v.keyPath });
            for (const x of v.indexes) store.createIndex(x.name, x.keyPath, { multiEntry: x.multiEntry });
          });
        };
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const out: { sync: number[]; total: number[] }[] = variants.map(() => ({ sync: [], total: [] }));
      for (let round = 0; round < rounds; round++) {
        const order = variants.map((_, i) => i);
        if (round % 2) order.reverse();
        for (const i of order) {
          const v = variants[i]!;
          // Fresh keys every round: a batch inserts its rows (an overwrite also deletes the old index entries).
          const rows = v.rows.map((r) => {
            const row = { ...(r as Record<string, unknown>) };
            const key = row[v.keyPath];
            row[v.keyPath] = typeof key === 'number' ? key + round * 1e7 : `${String(key)}#${round}`;
            return row;
          });
          const t = performance.now();
          await new Promise<void>((resolve, reject) => {
            const tx = idb.transaction(`s${i}`, 'readwrite');
            const store = tx.objectStore(`s${i}`);
            for (const row of rows) {
              if (v.json) row[v.json] = JSON.stringify(row[v.json]);
              store.put(row);
            }
            out[i]!.sync.push(performance.now() - t);
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          });
          out[i]!.total.push(performance.now() - t);
        }
      }
      return out;
    },
    { variants, rounds },
  );
  const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
  console.log(`Chromium, ${rounds} interleaved rounds, median ms (put calls / until complete), µs per row; load ${loadavg()[0]!.toFixed(1)} at the end`);
  variants.forEach((v, i) => {
    const total = median(times[i]!.total);
    console.log(`  ${v.name.padEnd(52)} ${String(v.rows.length).padStart(6)} rows  ${median(times[i]!.sync).toFixed(0).padStart(5)} / ${total.toFixed(0).padStart(5)} ms  ${((total * 1000) / v.rows.length).toFixed(0).padStart(5)} µs/row`);
  });
} finally {
  await s.close();
}
