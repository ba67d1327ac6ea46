// Shared fixtures for the engine tests: the seed articles and a helper to analyse them.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeArticle, type AnalyzedArticle } from '@/utils/engine/analyze';

const SEED_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../seeds');

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

/**
 * About `chars` characters of varied news text: the seeds again and again with digits shifted and "ISIS" /
 * "Daesh" alternating, so nothing is cached or trivially repetitive. Shared with `npm run bench`.
 */
export function variedNewsText(chars: number): string {
  const corpus = SEEDS.map(seedText).join('\n\n');
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const p = corpus.replace(/\d/g, (d) => String((Number(d) + i) % 10)).replace(/ISIS/g, i % 2 ? 'ISIS' : 'Daesh');
    parts.push(p);
    n += p.length + 2;
  }
  return parts.join('\n\n').slice(0, chars);
}

/** 1 MB inputs that once made (or could make) the analyser slow: each must finish (unit) and is timed (bench). */
export const PATHOLOGICAL_INPUTS: readonly { name: string; text: string }[] = [
  { name: 'one long word', text: 'a'.repeat(1_000_000) },
  { name: 'abbreviations', text: 'Mr. '.repeat(250_000) },
  { name: 'initialisms', text: 'U.S. '.repeat(200_000) },
  { name: 'quotes', text: '"'.repeat(1_000_000) },
  { name: 'unclosed quote', text: 'The minister said "' + 'x '.repeat(500_000) },
  { name: 'hyphen runs', text: 'a-'.repeat(500_000) },
  { name: 'digits and commas', text: '1,'.repeat(500_000) },
  { name: 'angle brackets as HTML', text: '<'.repeat(1_000_000) },
  { name: 'no spaces CJK', text: '国'.repeat(1_000_000) },
];
