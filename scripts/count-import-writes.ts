/**
 * How many IndexedDB write requests one import batch makes, per table (issue 10, import speed): one batch of `--size`
 * analysed articles (default 500, the options page's batch) imported into a `--base`-claim corpus in Node
 * (fake-indexeddb, as scripts/bench-idb-writes.ts sets it up) while a DBCore middleware counts, per table, the rows
 * put/added and deleted, the index entries those rows carry (one per index, one per element of a multiEntry index),
 * and the bytes of the rows as JSON. Prints the totals per table and per claim stored. Deterministic: no timing.
 *
 *   node --import tsx scripts/count-import-writes.ts [--base 10000] [--size 500]
 */
import 'fake-indexeddb/auto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serialize } from 'node:v8';
import type { DBCore, Middleware } from 'dexie';
import { createDb } from '../utils/db';
import { importBenchBatch, numberArg } from './profile-db';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const base = numberArg('base', 10_000);
const size = numberArg('size', 500);

interface Count {
  rows: number;
  deletes: number;
  indexEntries: number;
  bytes: number;
  /** Milliseconds V8's serializer (what IndexedDB clones a value with) took for the rows. */
  cloneMs: number;
}
const counts = new Map<string, Count>();
let recording = false;
const counter: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'count-import-writes',
  create: (down) => ({
    ...down,
    table: (name) => {
      const t = down.table(name);
      return {
        ...t,
        mutate: (req) => {
          if (recording) {
            const c = counts.get(name) ?? counts.set(name, { rows: 0, deletes: 0, indexEntries: 0, bytes: 0, cloneMs: 0 }).get(name)!;
            if (req.type === 'put' || req.type === 'add') {
              c.rows += req.values.length;
              const t0 = performance.now();
              for (const v of req.values) serialize(v);
              c.cloneMs += performance.now() - t0;
              for (const v of req.values as Record<string, unknown>[]) {
                c.bytes += JSON.stringify(v, (_k, x) => (ArrayBuffer.isView(x) ? Array.from(x as unknown as ArrayLike<number>) : x)).length;
                for (const i of t.schema.indexes) {
                  if (!i.keyPath || (i as { isVirtual?: boolean }).isVirtual) continue; // a compound index's prefix is no entry of its own
                  // A compound index ([a+b]) has an entry when every part is there.
                  const key = Array.isArray(i.keyPath) ? (i.keyPath.every((k) => v[k] !== undefined && v[k] !== null) ? 1 : undefined) : v[i.keyPath];
                  if (key === undefined || key === null) continue;
                  c.indexEntries += i.multiEntry && Array.isArray(key) ? new Set(key).size : 1;
                }
              }
            } else if (req.type === 'delete') c.deletes += req.keys.length;
            else if (req.type === 'deleteRange') c.deletes += 1;
          }
          return t.mutate(req);
        },
      };
    },
  }),
};

const db = createDb(`count-import-writes-${Date.now()}`);
db.use(counter);
await db.open();
const { before, after } = await importBenchBatch(db, root, base, size, (on) => (recording = on));
const added = after - before;
const total: Count = { rows: 0, deletes: 0, indexEntries: 0, bytes: 0, cloneMs: 0 };
console.log(`one batch of ${size} articles (${added} claims) on a ${before}-claim base; per table: rows put, index entries, deletes, KB, ms to serialize (v8.serialize, as IndexedDB clones)`);
for (const [name, c] of [...counts].sort((a, b) => b[1].rows + b[1].indexEntries - a[1].rows - a[1].indexEntries)) {
  console.log(`  ${name.padEnd(16)} ${String(c.rows).padStart(7)} ${String(c.indexEntries).padStart(7)} ${String(c.deletes).padStart(6)} ${(c.bytes / 1024).toFixed(0).padStart(8)} ${c.cloneMs.toFixed(0).padStart(6)}`);
  for (const k of Object.keys(total) as (keyof Count)[]) total[k] += c[k];
}
const requests = total.rows + total.indexEntries + total.deletes;
console.log(`  ${'total'.padEnd(16)} ${String(total.rows).padStart(7)} ${String(total.indexEntries).padStart(7)} ${String(total.deletes).padStart(6)} ${(total.bytes / 1024).toFixed(0).padStart(8)} ${total.cloneMs.toFixed(0).padStart(6)}`);
console.log(`write requests (rows + index entries + deletes): ${requests}, ${(requests / added).toFixed(2)} per claim added; ${(total.bytes / added / 1024).toFixed(2)} KB per claim`);
