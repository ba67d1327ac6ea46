/**
 * Every committed stance weight file from its training script, in dependency order (issue 9: anyone reproduces the
 * weights from the repo and the public FNC-1 data).
 *
 *   npm run train:weights [-- --data DIR]     retrains all of them in place (public/stance/*.bin, article-pair-weights.ts)
 *   npm run check:weights [-- --data DIR]     retrains all of them into a temp dir and compares bytes with the committed
 *                                             files; exit 1 when one differs, 2 when the FNC-1 data is not there
 *
 * The card-pair model and the polarity stage read the headline model's probabilities, so they are trained after it,
 * against the headline file just written (`--headline`). Every script is deterministic (fixed seeds), so a committed
 * file that differs is stale: the code or the data changed after it was written. About 2 minutes on 2 cores.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fncDataDir } from './fnc-split';

/** The weight files, each with the script that writes it, in training order. */
export const WEIGHT_FILES = [
  { script: 'train-stance.ts', file: 'public/stance/headline.bin', readsHeadline: false },
  { script: 'train-stance-polarity.ts', file: 'public/stance/polarity.bin', readsHeadline: true },
  { script: 'train-card-stance.ts', file: 'public/stance/card.bin', readsHeadline: true },
  { script: 'train-article-stance.ts', file: 'public/stance/article.bin', readsHeadline: false },
  { script: 'train-article-pair.ts', file: 'utils/engine/stance/article-pair-weights.ts', readsHeadline: false },
] as const;

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const dir = fncDataDir(args);
if (!existsSync(join(dir, 'train_stances.csv')) || !existsSync(join(dir, 'train_bodies.csv'))) {
  // Not a pass and not a silent skip: the weights cannot be checked without the data they were fitted on.
  console.error(
    `${check ? 'check' : 'train'}:weights: the FNC-1 training data is not at ${dir} (train_stances.csv, train_bodies.csv).\n` +
      `Pass --data DIR or set FNC1_DIR. The committed weights were NOT ${check ? 'checked' : 'retrained'}.`,
  );
  process.exit(2);
}

const work = check ? mkdtempSync(join(tmpdir(), 'claimlens-weights-')) : null;
const outOf = (file: string) => (work ? join(work, file.split('/').pop()!) : join(root, file));
let stale = 0;
const t0 = performance.now();
for (const { script, file, readsHeadline } of WEIGHT_FILES) {
  const out = outOf(file);
  const argv = ['--import', 'tsx', join(here, script), '--data', dir, '--out', out];
  if (readsHeadline) argv.push('--headline', outOf('public/stance/headline.bin'));
  const t = performance.now();
  const run = spawnSync(process.execPath, argv, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  const secs = ((performance.now() - t) / 1000).toFixed(1);
  if (run.status !== 0) {
    console.error(`${script} failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
    process.exit(1);
  }
  if (work) writeFileSync(`${out}.log`, run.stdout);
  if (!check) {
    console.log(`${file}: written by ${script} (${secs} s)`);
    continue;
  }
  const same = Buffer.compare(readFileSync(out), readFileSync(join(root, file))) === 0;
  if (!same) stale++;
  console.log(`${file}: ${same ? 'what' : 'NOT what'} ${script} writes (${secs} s)`);
}
const total = ((performance.now() - t0) / 1000).toFixed(0);
if (check && stale) {
  console.error(`\n${stale} committed weight file(s) stale: run npm run train:weights and commit the result (logs in ${work})`);
  process.exit(1);
}
if (work) rmSync(work, { recursive: true });
console.log(check ? `all ${WEIGHT_FILES.length} weight files are what their scripts write (${total} s)` : `done (${total} s)`);
