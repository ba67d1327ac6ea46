/**
 * Builds public/seed-pack.json (gitignored; `npm run seeds`, run before every extension build) from
 * seeds/*.txt plus seeds/outlets.json when present (read defensively: per-file title, date, author, URL and
 * the outlet record win over what the engine detects; without it, detected metadata is used).
 * createdAt comes from SOURCE_DATE_EPOCH when set, so builds can be reproducible.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPack, validatePack } from '../utils/engine/pack';
import { loadArticles, readOutletsFile } from './pack-files';
import type { OutletsFile } from '../utils/engine/formats';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seedsDir = join(root, 'seeds');
const outPath = join(root, 'public', 'seed-pack.json');

const files = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join(seedsDir, f));
let outlets: OutletsFile | undefined;
const outletsPath = join(seedsDir, 'outlets.json');
if (existsSync(outletsPath)) {
  try {
    outlets = readOutletsFile(outletsPath);
  } catch (e) {
    process.stderr.write(`build-seed-pack: ignoring ${outletsPath}: ${e instanceof Error ? e.message : String(e)}\n`);
  }
}
const loaded = loadArticles(files, { outlets, source: 'seed', importedAt: 0 });
if (loaded.errors.length) {
  for (const e of loaded.errors) process.stderr.write(`build-seed-pack: ${e}\n`);
  process.exit(1);
}
const createdAt = process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000).toISOString() : new Date().toISOString();
const pack = validatePack(buildPack(loaded.analyzed, { outlets: outlets?.outlets, createdAt }));
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, `${JSON.stringify(pack)}\n`);
process.stdout.write(
  `seed pack: ${pack.articles.length} articles, ${pack.outlets.length} outlets, ${pack.claims.length} claims, ${pack.topics.length} topics → ${outPath}\n`,
);
