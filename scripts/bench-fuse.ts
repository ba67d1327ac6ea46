/**
 * The Node search bench (scripts/bench-node.ts `benchSearch`: ClaimLens's in-memory index against plain Fuse.js on
 * the same records and queries, with recall@10 of both) at one size, without `npm run bench`'s full topic mine:
 * claims come with the topics of a cached mine (`/tmp/claimlens-mined-<claims>.json`, as scripts/profile-import.ts
 * writes it) when it covers the corpus, else they are searched without topics. At 100k claims Fuse takes seconds per
 * query: `--fuse-queries` bounds how many it runs (recall is compared over those).
 *
 *   node --import tsx scripts/bench-fuse.ts [--size 100000] [--queries 150] [--fuse-queries 20]
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Claim, Outlet, Topic } from '../utils/engine/types';
import { buildBenchCorpora } from './bench-corpus';
import { benchSearch } from './bench-node';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const [corpus] = buildBenchCorpora(root, [arg('size', 100_000)]);
const articles = corpus!.articles;
let claims: Claim[] = articles.flatMap((a) => a.claims);
let topics: Topic[] = [];
const cache = `/tmp/claimlens-mined-${corpus!.claims}.json`;
const cacheAlt = `/tmp/claimlens-mined-${arg('size', 100_000)}.json`;
for (const file of [cache, cacheAlt]) {
  if (!existsSync(file)) continue;
  const mined = JSON.parse(readFileSync(file, 'utf8')) as { claims: Claim[]; topics: Topic[] };
  const ids = new Set(articles.map((a) => a.article.id));
  // Only a mine of this very corpus (same claims): another one's topics would not be these claims'.
  if (mined.claims.length === claims.length && mined.claims.every((c) => ids.has(c.articleId))) {
    ({ claims, topics } = mined);
    console.log(`topics from ${file}: ${topics.length}`);
    break;
  }
}
const outlets = [...new Map<string, Outlet>(articles.map((a) => [a.outlet.id, a.outlet])).values()];
const load = loadavg()[0];
const keys = benchSearch(
  { outlets, articles: articles.map((a) => a.article), claims, topics, mineMs: 0 },
  { queries: arg('queries', 150), fuseQueries: arg('fuse-queries', 20), seed: 7 },
);
console.log(JSON.stringify({ claims: claims.length, topics: topics.length, loadAverage: [load, loadavg()[0]], ...keys }, null, 2));
