/**
 * `npm run bench`: every ClaimLens benchmark in one run, so ratios compare numbers from the same machine
 * state. Prints tables and writes bench/latest.json. Not part of `npm test`.
 *
 *   npm run bench                      (full sizes)
 *   npm run bench -- --quick           (small sizes, for a smoke run)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printMatchBench, runMatchBench } from './bench-match';
import { printSearchBench, runSearchBench } from './bench-search';
import { buildSeedPack } from './seed-pack';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const seed = buildSeedPack();

const match = runMatchBench(root, seed, quick ? [1, 10] : [1, 10, 100, 1000]);
printMatchBench(match);
const search = runSearchBench({ claims: quick ? 10_000 : 100_000, queries: quick ? 50 : 200, fuseQueries: quick ? 5 : 20, seed: 7 });
printSearchBench(search);

mkdirSync(join(root, 'bench'), { recursive: true });
const out = { date: new Date().toISOString(), node: process.version, quick, match, search };
writeFileSync(join(root, 'bench/latest.json'), `${JSON.stringify(out, null, 2)}\n`);
console.log('\nwrote bench/latest.json');
