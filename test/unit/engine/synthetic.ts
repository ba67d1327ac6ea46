/** A deterministic synthetic corpus for scale tests (people, organisations, places and concepts recurring across outlets). */
import type { Article, Claim } from '@/utils/engine/types';
import { mulberry32 } from '@/scripts/rng';

const FIRST = ['Anna', 'Omar', 'Li', 'Maria', 'John', 'Fatima', 'Pedro', 'Olga', 'Kwame', 'Sara'];
const LAST = ['Petrov', 'Haddad', 'Chen', 'Garcia', 'Smith', 'Rahman', 'Silva', 'Novak', 'Mensah', 'Berg'];
const ORGS = ['Harbor Authority', 'National Grid Agency', 'River Council', 'Green Party', 'Central Bank', 'Health Ministry'];
const PLACES = ['Springfield', 'Riverton', 'Lakeside', 'Iraq', 'Syria', 'Brazil', 'Kenya'];
const VERBS = ['said the deficit is growing', 'warned that prices are rising', 'said the outbreak is declining', 'denied the report', 'said the threat remains'];
const NOUNS = ['budget deficit', 'water prices', 'measles outbreak', 'power cuts', 'US troops', 'property taxes'];

/** n articles of ~12 sentences each from 50 outlets, with recurring people, organisations, places and concepts. */
export function synthetic(n: number, seed = 7): { articles: Article[]; claims: Claim[] } {
  const r = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const articles: Article[] = [];
  const claims: Claim[] = [];
  for (let i = 0; i < n; i++) {
    // 300 distinct people overall, so the name inventory grows with the corpus like a real one.
    const people = Array.from({ length: 3 }, () => `${pick(FIRST)} ${pick(LAST)}${Math.floor(r() * 3) || ''}`);
    const sentences: string[] = [];
    for (let k = 0; k < 12; k++) {
      const p = pick(people);
      const surname = p.split(' ')[1]!;
      sentences.push(
        k % 3 === 0
          ? `${pick(ORGS)} chief ${p} ${pick(VERBS)} in ${pick(PLACES)}.`
          : k % 3 === 1
            ? `${surname} told reporters the ${pick(NOUNS)} in ${pick(PLACES)} ${pick(['rose', 'fell', 'stalled'])} by ${Math.floor(r() * 90) + 1} percent.`
            : `Critics of the ${pick(ORGS)} say the ${pick(NOUNS)} will ${pick(['grow', 'shrink', 'matter'])} next year.`,
      );
    }
    let body = '';
    const id = `a${i}`;
    const outletId = `outlet-${i % 50}`;
    sentences.forEach((s, k) => {
      const start = body.length;
      body += `${s} `;
      claims.push({ id: `${id}:${k}`, articleId: id, outletId, text: s, start, end: start + s.length, speaker: null, kind: 'assertion', topics: [], figures: [], date: null });
    });
    articles.push({ id, outletId, title: `Report ${i}`, url: null, published: null, author: null, language: 'en', body, source: 'import', importedAt: 0, problems: [] });
  }
  return { articles, claims };
}

