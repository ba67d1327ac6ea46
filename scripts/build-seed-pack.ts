/**
 * Writes public/seed-pack.json (gitignored; `npm run seeds`, run before every extension build).
 * createdAt comes from SOURCE_DATE_EPOCH when set, so builds can be reproducible.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildSeedPack, SEEDS_DIR } from './seed-pack';

const outPath = join(SEEDS_DIR, '..', 'public', 'seed-pack.json');
const epoch = process.env.SOURCE_DATE_EPOCH;
try {
  const pack = buildSeedPack({ createdAt: epoch ? new Date(Number(epoch) * 1000).toISOString() : undefined });
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, `${JSON.stringify(pack)}\n`);
  process.stdout.write(
    `seed pack: ${pack.articles.length} articles, ${pack.outlets.length} outlets, ${pack.claims.length} claims, ${pack.topics.length} topics → ${outPath}\n`,
  );
} catch (e) {
  process.stderr.write(`build-seed-pack: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
}
