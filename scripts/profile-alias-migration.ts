/**
 * Issue 10: how many claims the features migration prepares after one import that moves the corpus's alias groups.
 * A `--base`-article bench corpus is stored as a full re-mine leaves it and its features migrated; then `--size`
 * analysed articles are imported (`importAnalysed`, the options page's commit path) and the migration runs again.
 * Prints the rows whose version the import made stale (what the old migration re-prepared: all of them) and the
 * claims this migration prepared, and checks every row against a fresh preparation. Node + fake-indexeddb.
 *
 *   node --import tsx scripts/profile-alias-migration.ts [--base 1000] [--size 100] [--batches 1]
 *
 * `--names` lists the changed surfaces the most stored claims name (what the migration prepares them for).
 *
 * `--batches N` imports N batches of `--size` articles one after another (each moves the alias groups) before the
 * migration runs: rows of many alias versions, as a large import leaves them.
 */
import 'fake-indexeddb/auto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb } from '../utils/db';
import { importAnalysed } from '../utils/corpus';
import { currentFeatureCount, featureMigrationState, migrateClaimFeatures, readClaimFeatures } from '../utils/claim-features-store';
import { aliasChange, claimFeaturesVersion, prepareClaimFeatures, touchedByAliasChange } from '../utils/engine/claim-features';
import { corpusAliasGroups, useCorpusAliases } from '../utils/engine/lexicon/domain';
import { readTopics } from '../utils/topic-head';
import { buildBenchCorpora } from './bench-corpus';
import { numberArg, storeMined } from './profile-db';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = numberArg;
const base = arg('base', 1000);
const size = arg('size', 100);

const [corpus, all] = buildBenchCorpora(root, [base, base + 10 * size * arg('batches', 1)]);
const db = createDb(`profile-alias-${Date.now()}`);
const articles = corpus!.articles;
await storeMined(db, articles);
let t = performance.now();
await migrateClaimFeatures(db);
console.log(`base: ${articles.length} articles, ${await db.claims.count()} claims; features migrated in ${((performance.now() - t) / 1000).toFixed(1)} s`);
const groupsBefore = corpusAliasGroups();

const batches = arg('batches', 1);
const spare = all!.articles.slice(articles.length, articles.length + size * batches);
const out = [];
for (let b = 0; b < batches; b++) {
  const entries = spare.slice(b * size, (b + 1) * size).map((a) => ({ name: a.item.name, explicitOutlet: true, article: a.article, outlet: a.outlet, claims: a.claims }));
  out.push(...(await importAnalysed(db, entries, { job: { id: `profile-${b}`, offset: 0, total: size, label: 'profile', last: true } })));
}
useCorpusAliases(new Map((await readTopics(db)).map((tp) => [tp.id, tp])));
const change = aliasChange(groupsBefore, corpusAliasGroups());
const claims = await db.claims.count();
const stale = claims - (await currentFeatureCount(db, claimFeaturesVersion()));
if (process.argv.includes('--names')) {
  const all = await db.claims.toArray();
  const hits = change.surfaces.map((s) => [s, all.filter((c) => touchedByAliasChange(c.text, aliasChange([], [{ label: s, kind: 'org', aliases: [s, s] }]))).length] as const).sort((x, y) => y[1] - x[1]);
  console.log('changed surfaces by claims naming them:', hits.slice(0, 25).map(([s, n]) => `${s} ${n}`).join(', '));
}
console.log(`import: ${out.filter((o) => o.status === 'imported').length} articles; alias groups ${groupsBefore.length} -> ${corpusAliasGroups().length}, ${change.surfaces.length} changed surfaces`);
console.log(`rows of another version after the import (the old migration prepared each): ${stale} of ${claims}`);

t = performance.now();
const cpu = process.cpuUsage();
const done = await migrateClaimFeatures(db, { batchSize: 50 });
const used = process.cpuUsage(cpu);
const state = await featureMigrationState(db);
console.log(`migration: finished=${done.finished}, prepared ${state?.prepared} claims in ${(performance.now() - t).toFixed(0)} ms (cpu ${((used.user + used.system) / 1000).toFixed(0)} ms)`);

const all2 = await db.claims.toArray();
const fresh = prepareClaimFeatures(all2);
const rows = await readClaimFeatures(db, all2);
const wrong = fresh.filter((f, i) => JSON.stringify(rows[i]) !== JSON.stringify(f)).length;
console.log(`rows differing from a fresh preparation: ${wrong} of ${all2.length}`);
