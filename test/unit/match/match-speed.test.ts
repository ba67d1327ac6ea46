/**
 * The shortcuts page matching takes for speed (issue 10) give what the plain computation gives: figure entries read
 * once per claim list, postings as positions, bucket sorting for the stance features, topic lists used unfiltered.
 */
import { describe, expect, it } from 'vitest';
import { buildCorpusIndex, closestClaims, closestClaimsOfEach, closestClaimsWithEach, figureRows, matchPage, normaliseForQuote, type MatchOptions } from '@/utils/engine/match';
import { sortBuckets, wordsOfText } from '@/utils/engine/stance/features';
import { buildFigureRows, groupFigureEntries, keyRows, sortFigureRows, type FigureEntryInput } from '@/utils/engine/figure-rows';
import { CLAIM_THRESHOLDS, prepare, prepareTokens, relate, relateSimilarity } from '@/utils/engine/relation';
import { splitSentences } from '@/utils/engine/sentences';
import { extractFigures } from '@/utils/engine/figures';
import { scanTokens } from '@/utils/engine/tokens';
import { contentTerms, tokenize } from '@/utils/engine/text';
import type { Claim } from '@/utils/engine/types';
import { fixturePage, seedIndex, seedPack } from './fixture-corpus';

const MEDIUM: MatchOptions = { sensitivity: 'medium', mutedTopics: [], mutedOutlets: [] };

describe('sortBuckets', () => {
  it('orders distinct bucket ids as a numeric sort does', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (const n of [0, 1, 2, 3, 255, 256, 257, 700, 5000]) {
      const keys = [...new Set(Array.from({ length: n }, () => next() % 65536))];
      if (n === 3) keys.splice(0, keys.length, 65535, 0, 256);
      expect(sortBuckets(keys)).toEqual([...keys].sort((a, b) => a - b));
    }
  });
});

describe('normaliseForQuote', () => {
  it('gives what the Unicode-class regex gives, letters and digits of any script kept, other runs one space', () => {
    const regex = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const pool = ['a', 'Z', ' ', '-', '’', 'é', 'İ', 'ß', '\u0301', '日', '١', '²', '\u{1F600}', '\ud800', '\udc00', 'Σ', '\t', '\n', '5', '_', 'ǅ', '\u00a0', 'Ⅻ', '\u{1D7D8}', '.'];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let k = 0; k < 3000; k++) {
      let t = '';
      for (let j = 0, n = (k % 13) + 1; j < n; j++) t += pool[next() % pool.length];
      expect([t, normaliseForQuote(t)]).toEqual([t, regex(t)]);
    }
    expect(normaliseForQuote('  “ISIS” — 5,200 U.S. troops!  ')).toBe('isis 5 200 u s troops');
  });
});

describe('figureRows with claims added after a cached list', () => {
  const index = seedIndex();
  const withFigures = index.claims.filter((c) => c.figures.length > 0);
  const half = Math.floor(withFigures.length / 2);
  const first = withFigures.slice(0, half);
  const more = withFigures.slice(half);
  const pageEntry = (claim: Claim, subjectKey: string): FigureEntryInput => ({
    entry: { figure: { ...claim.figures[0]!, subjectKey, value: 999_999 }, outletId: '', outletName: 'This page', claimId: '', date: claim.date },
    context: claim.text,
  });

  it('equals the rows of the concatenated list, page figures joining only subjects the claims give', () => {
    expect(first.length).toBeGreaterThan(0);
    expect(more.length).toBeGreaterThan(0);
    // One page figure of a subject only `more` gives, one of a subject no claim gives (never joins).
    const onlyMore = more.flatMap((c) => c.figures).find((f) => !first.some((c) => c.figures.some((g) => g.subjectKey === f.subjectKey)));
    const extra = [...(onlyMore ? [pageEntry(more[0]!, onlyMore.subjectKey)] : []), pageEntry(first[0]!, 'no such subject|x|y')];
    const plain = figureRows(index, [...first, ...more], extra);
    // Twice: the second call reads `first`'s entries from the cache.
    expect(figureRows(index, first, extra, more)).toEqual(plain);
    expect(figureRows(index, first, extra, more)).toEqual(plain);
    expect(figureRows(index, [...first, ...more], extra)).toEqual(plain);
    // A page figure is not a subject of its own: dropping the claims that give it leaves it out.
    expect(figureRows(index, [], extra).flatMap((r) => r.entries)).toEqual([]);
  });
});

describe('figure rows by subject (a topic list’s rows kept, a page’s additions recompute their subjects only)', () => {
  const index = seedIndex();
  const items = (claims: Claim[]): FigureEntryInput[] =>
    claims.flatMap((claim) => claim.figures.map((figure) => ({ entry: { figure, outletId: claim.outletId, outletName: claim.outletId, claimId: claim.id, date: claim.date }, context: claim.text })));

  it('buildFigureRows is the subjects’ rows, in order of first appearance, sorted', () => {
    const all = items(index.claims);
    expect(all.length).toBeGreaterThan(1);
    const pieces = sortFigureRows([...groupFigureEntries(all)].flatMap(([key, list]) => keyRows(key, list)));
    expect(pieces).toEqual(buildFigureRows(all));
    expect(buildFigureRows(all).length).toBeGreaterThan(0);
  });

  it('gives each call rows of its own: changing one card’s rows leaves the next card’s as they were', () => {
    const claims = index.claims.filter((c) => c.figures.length > 0);
    const first = figureRows(index, claims);
    const again = structuredClone(first);
    expect(first.length).toBeGreaterThan(0);
    for (const r of first) {
      r.entries.pop();
      r.subject = 'changed';
    }
    expect(figureRows(index, claims)).toEqual(again);
  });
});

describe('figures of a sentence without an ASCII digit (not tokenised)', () => {
  it('a number token starts with an ASCII digit, whatever the script: a digit-free sentence has no figure', () => {
    const text = 'Some ١٢٣ people, ５ troops, ² and ⅷ: 3,500 killed in 2014 and twelve more on 4 June; 7bn $.';
    const numbers = scanTokens(text, { compounds: true, punct: true }).filter((t) => t.kind === 'number');
    expect(numbers.map((t) => t.raw)).toEqual(['3,500', '2014', '4', '7']);
    expect(extractFigures('Some ١٢٣ people and ５ troops were killed, twelve of them children.')).toEqual([]);
    expect(extractFigures('3,500 people were killed in Mosul.').map((f) => f.value)).toEqual([3500]);
  });
});

describe('figures of a page sentence read once with the page date (sameFigureClaims reads their subject keys)', () => {
  it('a date changes only the period of a figure: the same figures and subject keys without it', () => {
    const text = fixturePage('seed-subject-article.html').text;
    const own = [
      'In April, 12 workers were killed in Port Halden and 3,500 troops remain in Iraq.',
      'On March 3 the ministry said 40 percent of voters backed the $48 million budget for road repairs.',
      'Some 200 people fled on Monday; by June 4, 2019 about 1,200 had returned to Mosul.',
    ];
    const sentences = [...own, ...splitSentences(text).map((s) => text.slice(s.start, s.end))];
    const shape = (figures: ReturnType<typeof extractFigures>) => figures.map(({ period: _p, ...rest }) => rest);
    let figures = 0;
    for (const s of sentences) {
      const plain = extractFigures(s);
      figures += plain.length;
      for (const date of ['2024-03-12', '2019', null]) expect(shape(extractFigures(s, { date }))).toEqual(shape(plain));
    }
    expect(figures).toBeGreaterThan(5);
  });
});

describe('wordsOfText (the stance model’s words, read without building tokens)', () => {
  it('is the tokens’ normal forms, numbers folded to "#"', () => {
    const texts = [
      '', '  ', 'U.S.-led forces said 5,200 troops (3.5%) were in Romanowski’s unit; ISIS’ fighters — 19th, COVID-19.',
      'Some ١٢٣ people, ５ troops, ² and ⅷ: naïve café ﬁne \u{1F600} don\'t rock\'n\'roll 2014s',
      fixturePage('seed-subject-article.html').text,
    ];
    for (const t of texts) expect(wordsOfText(t)).toEqual(tokenize(t).map((x) => (/^\d/.test(x.norm) ? '#' : x.norm)));
    expect(wordsOfText('In 2014, 3 U.S. troops')).toEqual(['in', '#', '#', 'us', 'troops']);
  });
});

describe('the sentence-match shortcut’s premise', () => {
  it('relate calls a page sentence and a claim with no direction cue under 0.25 similarity related (or unrelated)', () => {
    const index = seedIndex();
    const text = fixturePage('seed-subject-article.html').text;
    const sentences = splitSentences(text).map((s) => prepareTokens(text.slice(s.start, s.end), tokenize(text.slice(s.start, s.end))));
    expect(CLAIM_THRESHOLDS.duplicate).toBeGreaterThanOrEqual(0.25);
    let low = 0;
    for (const claim of index.claims) {
      if (prepare(claim).cues.length > 0) continue;
      for (const s of sentences) {
        const sim = relateSimilarity(s, claim, { stats: index.stats });
        if (!sim.related || sim.similarity >= 0.25) continue;
        low++;
        expect(['related', 'unrelated']).toContain(relate(s, claim, { stats: index.stats }).label);
      }
    }
    expect(low).toBeGreaterThan(20);
  });
});

describe('matchPage shortcuts', () => {
  const page = fixturePage('seed-subject-article.html');

  it('counts a topic’s outlets without the muted ones, whichever was matched first', () => {
    const index = seedIndex();
    const plain = matchPage(index, page, MEDIUM);
    const topic = plain.topics[0]!;
    expect(topic.outletCount).toBeGreaterThan(1);
    // Mute one outlet that has claims under this topic: the count drops by one, though the full list was counted before.
    const muted = index.claimsByTopic.get(topic.topic.id)!.find((c) => c.outletId)!.outletId;
    const without = matchPage(index, page, { ...MEDIUM, mutedOutlets: [muted] }).topics.find((t) => t.topic.id === topic.topic.id)!;
    expect(without.outletCount).toBe(topic.outletCount - 1);
    expect(without.claimCount).toBeLessThan(topic.claimCount);
    // And back: the unfiltered list's count was not overwritten by the filtered one.
    expect(matchPage(index, page, MEDIUM).topics[0]!.outletCount).toBe(topic.outletCount);
  });

  it('picks the same closest claims from a packed list as through the claim map', () => {
    const pack = seedPack();
    const claims = pack.claims.flatMap((c) => Array.from({ length: 12 }, (_, k) => ({ ...c, id: `${c.id}~${k}` })));
    const index = buildCorpusIndex({ ...pack, claims });
    const terms = contentTerms(page.text.slice(0, 3000));
    const ids = (list: Claim[]) => list.map((c) => c.id);
    const list = index.claims.filter((_, k) => k % 3 !== 1); // a list of its own (not the index's)
    const first = ids(closestClaims(index, list, terms, 60)); // through the map; the list is remembered
    expect(first).toHaveLength(60);
    expect(ids(closestClaims(index, list, terms, 60))).toEqual(first); // packed now
    expect(ids(closestClaims(index, list, terms, 60))).toEqual(first);
    expect(ids(closestClaims(index, list.slice(), terms, 60))).toEqual(first); // another list: the map again
  });

  it('closestClaimsOfEach picks, for each term set, what closestClaims picks among the claims sharing a term with it (session 28)', () => {
    const index = seedIndex();
    const sentences = splitSentences(page.text).slice(0, 40).map((s) => contentTerms(s.text));
    const list = index.claims.filter((_, k) => k % 2 === 0);
    const ids = (cs: readonly Claim[]) => cs.map((c) => c.id);
    for (const pass of [1, 2]) {
      // the second pass reads the packed list (closestClaims packs a list on its second use)
      const each = closestClaimsOfEach(index, list, sentences, 4);
      expect(each, `pass ${pass}`).toHaveLength(sentences.length);
      sentences.forEach((terms, k) => {
        const sharing = list.filter((c) => (index.claimTermIds.get(c.id) ?? []).some((id) => terms.some((t) => index.termIds.get(t) === id)));
        expect(ids(each[k]!), terms.join(' ')).toEqual(ids(closestClaims(index, sharing, terms, 4)));
      });
    }
    expect(closestClaimsOfEach(index, list, [], 4)).toEqual([]);
  });

  it('closestClaimsWithEach gives what closestClaims and closestClaimsOfEach give, from one pass (session 30)', () => {
    const pack = seedPack();
    const claims = pack.claims.flatMap((c) => Array.from({ length: 6 }, (_, k) => ({ ...c, id: `${c.id}~${k}` })));
    const index = buildCorpusIndex({ ...pack, claims });
    const sentences = splitSentences(page.text).slice(0, 40).map((s) => contentTerms(s.text));
    const terms = sentences.slice(0, 12).flat();
    const list = index.claims.filter((_, k) => k % 3 !== 1);
    const ids = (cs: readonly Claim[]) => cs.map((c) => c.id);
    for (const pass of [1, 2, 3]) {
      // through the claim map, then the packed list (packed on its second use), then a copy (the map again)
      const from = pass === 3 ? list.slice() : list;
      const both = closestClaimsWithEach(index, from, terms, 20, () => sentences, 4);
      expect(ids(both.closest), `pass ${pass}`).toEqual(ids(closestClaims(index, list, terms, 20)));
      expect(both.each!.map(ids), `pass ${pass}`).toEqual(closestClaimsOfEach(index, list, sentences, 4).map(ids));
      expect(both.each!.some((e) => e.length > 0)).toBe(true);
    }
    // A list no longer than the limit is its own closest, and its sets are not read.
    const few = list.slice(0, 20);
    expect(closestClaimsWithEach(index, few, terms, 20, () => { throw new Error('read'); }, 4)).toEqual({ closest: few, each: null });
    expect(closestClaimsWithEach(index, list, terms, 20, () => [], 4)).toEqual({ closest: closestClaims(index, list, terms, 20), each: [] });
  });

  it('gives the same match from an index whose claim list is not the one its postings were built from', () => {
    const index = seedIndex();
    const strip = (m: ReturnType<typeof matchPage>) => ({ ...m, tookMs: 0 });
    const expected = strip(matchPage(index, page, MEDIUM));
    // Claims in another order: positions built by indexClaims no longer apply, the id → position fallback is used.
    const reordered = buildCorpusIndex(seedPack());
    const other = { ...reordered, claims: [...reordered.claims].reverse() };
    expect(strip(matchPage(other, page, MEDIUM))).toEqual(expected);
  });
});
