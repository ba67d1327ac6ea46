// Shared fixtures for the engine tests: the seed articles and a helper to analyse them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle, type AnalyzedArticle } from '@/utils/engine/analyze';

const SEED_DIR = join(__dirname, '../../../seeds');

/** Raw text of the seed whose file name starts with `prefix` ("000", "004"...). */
export function seedText(prefix: string): string {
  const f = readdirSync(SEED_DIR).find((n) => n.startsWith(prefix) && n.endsWith('.txt'));
  if (!f) throw new Error(`no seed ${prefix}`);
  return readFileSync(join(SEED_DIR, f), 'utf8');
}

/** All seed prefixes. */
export const SEEDS = ['000', '001', '002', '003', '004'] as const;

const cache = new Map<string, AnalyzedArticle>();
/** Analyse a seed once per test file. */
export function seed(prefix: string): AnalyzedArticle {
  let r = cache.get(prefix);
  if (!r) {
    r = analyzeArticle({ text: seedText(prefix), name: `${prefix}.txt`, source: 'seed' });
    cache.set(prefix, r);
  }
  return r;
}

/** Boilerplate phrases that must never appear in a claim. */
export const BOILERPLATE_PHRASES = [
  'Registration was successful',
  'Please follow the link from the email',
  'To participate in the discussion',
  'log in or register',
  'Do you like this article',
  'Comment(s)',
  'Comment Policy',
  'Denotes Required Field',
  '1500 / 1500',
  'No comments',
  'Post a Comment',
  'Related Articles',
  'Back to top',
  'Go to the photo bank',
  '© Sputnik',
  'Above photo',
  'Getty Images',
  'Ayman Henna/AFP',
  '(INA)',
  'Sputnik International',
  'Iraq News',
  'News Desk',
  'Wednesday, March 27, 2024',
  'Заголовок',
  'No, No, America',
];
