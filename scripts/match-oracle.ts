/**
 * The page-matching oracle (issue 10): `matchPage` output on 16 real pages (2,000 and 10,000 words, medium and
 * high sensitivity, 1k and 10k claims of the bench corpus), written once from a trusted build and compared after a
 * change to the matching code. Not part of `npm test` (it mines 10k claims).
 *
 *   npx tsx scripts/match-oracle.ts --write /tmp/oracle.json
 *   npx tsx scripts/match-oracle.ts --check /tmp/oracle.json     (exit 1 and the first differences when they differ)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBenchCorpora, realPage } from './bench-corpus';
import { mineCorpus } from './bench-node';
import { buildCorpusIndex, matchPage } from '../utils/engine/match';
import { adoptClaimFeatures, prepareClaimFeatures } from '../utils/engine/claim-features';
import { useCorpusAliases } from '../utils/engine/lexicon/domain';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const writeTo = arg('write');
const checkAgainst = arg('check');
if (!writeTo && !checkAgainst) throw new Error('match-oracle: pass --write <file> or --check <file>');

/** Probabilities are rounded to 10 significant digits: summation order may change the last bits. */
const stable = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (k, v) => (k === 'tookMs' ? undefined : typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(10)) : v)));

const outputs: Record<string, unknown> = {};
let ms = 0;
for (const corpus of buildBenchCorpora(root, [1000, 10_000])) {
  const mined = mineCorpus(corpus);
  const index = buildCorpusIndex(mined);
  // Claims carry their stored prepared features, as the background reads them (--fresh: prepared on the fly).
  if (!process.argv.includes('--fresh')) {
    useCorpusAliases(index.topics); // as the migration does with the stored topics
    const rows = prepareClaimFeatures(mined.claims);
    index.claims.forEach((c, i) => adoptClaimFeatures(c, rows[i]));
  }
  for (const words of [2000, 10_000]) {
    for (const sensitivity of ['medium', 'high'] as const) {
      for (const i of [0, 1]) {
        const page = { text: realPage(root, words, 101 * i + words + 7), title: '', url: `http://127.0.0.1/oracle/${words}/${i}`, siteName: null };
        const t = performance.now();
        const out = matchPage(index, page, { sensitivity, mutedTopics: [], mutedOutlets: [] });
        ms += performance.now() - t;
        outputs[`${corpus.claims}/${words}/${sensitivity}/${i}`] = stable(out);
      }
    }
  }
}
console.log(`matched 16 pages in ${Math.round(ms)} ms`);
if (writeTo) writeFileSync(writeTo, JSON.stringify(outputs));
if (checkAgainst) {
  const expected = JSON.parse(readFileSync(checkAgainst, 'utf8')) as Record<string, unknown>;
  const diffs: string[] = [];
  for (const [key, want] of Object.entries(expected)) {
    const got = outputs[key];
    if (JSON.stringify(got) !== JSON.stringify(want)) diffs.push(key);
  }
  const summary = (o: unknown) => (o as { topics: { topic: { id: string }; contrasts: Record<string, unknown[]> }[] }).topics.map((t) => `${t.topic.id}:${Object.values(t.contrasts).map((l) => l.length).join('/')}`).join(' ');
  for (const key of diffs) console.log(`DIFF ${key}\n  want ${summary(expected[key])}\n  got  ${summary(outputs[key])}`);
  console.log(diffs.length ? `${diffs.length} of 16 pages differ` : '16 of 16 pages identical');
  process.exit(diffs.length ? 1 : 0);
}
