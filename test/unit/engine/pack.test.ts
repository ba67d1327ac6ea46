import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeArticle, EngineInputError, type AnalyzedArticle } from '@/utils/engine/analyze';
import { buildPack, mergePacks, validatePack, PackError } from '@/utils/engine/pack';
import { ENGINE_VERSION } from '@/utils/engine/version';
import type { CorpusPack } from '@/utils/engine/types';
import { seedCorpus } from './seed-corpus';
import { underLexicon } from './lexicon-scope';
import { SECURITY_NEWS_LEXICON } from '@/utils/engine/lexicon/domain';

const CREATED = '2026-01-01T00:00:00.000Z';
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('buildPack on the seeds', () => {
  // The seed pack is built with its subject's lexicon (seed-corpus.ts); packs built here must use it too.
  underLexicon(SECURITY_NEWS_LEXICON);
  const { analyzed, pack, outlets } = seedCorpus();

  it('produces a valid, versioned pack', () => {
    expect(validatePack(clone(pack))).toEqual(pack);
    expect(pack).toMatchObject({ format: 'claimlens-pack', version: 1, createdAt: CREATED, engineVersion: ENGINE_VERSION });
    expect(pack.articles).toHaveLength(5);
    expect(pack.claims.length).toBeGreaterThan(50);
    expect(pack.topics.length).toBeGreaterThan(5);
  });

  it('merges the given outlets (seeds/outlets.json) with the detected ones', () => {
    if (!outlets) return;
    expect(pack.outlets.map((o) => o.id)).toEqual(outlets.outlets.map((o) => o.id).sort());
    const cradle = pack.outlets.find((o) => o.id === 'the-cradle')!;
    expect(cradle.domain).toBe('thecradle.co');
    expect(cradle.ownership.length + cradle.notes.length).toBeGreaterThan(0);
    const ids = new Set(pack.outlets.map((o) => o.id));
    expect(pack.articles.every((a) => ids.has(a.outletId))).toBe(true);
    expect(pack.claims.every((c) => ids.has(c.outletId))).toBe(true);
  });

  it('is deterministic and sorted', () => {
    const again = buildPack([...analyzed].reverse(), { outlets: outlets?.outlets, createdAt: CREATED });
    expect(JSON.stringify(again)).toBe(JSON.stringify(pack));
    const ids = pack.articles.map((a) => a.id);
    expect([...ids].sort()).toEqual(ids);
  });

  it('deduplicates articles by id (first wins)', () => {
    const twice = buildPack([...analyzed, ...analyzed], { outlets: outlets?.outlets, createdAt: CREATED });
    expect(twice.articles).toHaveLength(5);
    expect(twice.claims).toHaveLength(pack.claims.length);
  });

  it('mergePacks of overlapping halves equals the whole', () => {
    const a = buildPack(analyzed.slice(0, 3), { outlets: outlets?.outlets, createdAt: CREATED });
    const b = buildPack(analyzed.slice(2), { outlets: outlets?.outlets, createdAt: CREATED });
    const merged = mergePacks([a, b]);
    expect(validatePack(clone(merged))).toEqual(merged);
    expect(merged.articles.map((x) => x.id)).toEqual(pack.articles.map((x) => x.id));
    expect(merged.topics).toEqual(pack.topics);
    expect(merged.claims).toEqual(pack.claims);
  });
});

describe('validatePack errors name the field', () => {
  const { pack } = seedCorpus();
  const cases: [string, (p: Record<string, any>) => void, RegExp][] = [
    ['not an object', (p) => Object.keys(p).forEach((k) => delete p[k]), /^format: expected "claimlens-pack", got nothing$/],
    ['format', (p) => (p.format = 'other'), /^format: expected "claimlens-pack", got "other"$/],
    ['version', (p) => (p.version = 2), /^version: expected 1, got 2$/],
    ['createdAt', (p) => (p.createdAt = 'yesterday'), /^createdAt: expected ISO timestamp string, got "yesterday"$/],
    ['published', (p) => (p.articles[3].published = 42), /^articles\[3\]\.published: expected ISO date string or null, got 42$/],
    ['published format', (p) => (p.articles[1].published = '27 March 2024'), /^articles\[1\]\.published: expected ISO date string or null, got "27 March 2024"$/],
    ['outletId', (p) => (p.articles[0].outletId = 'nowhere'), /^articles\[0\]\.outletId: unknown outlet "nowhere"$/],
    ['source', (p) => (p.articles[2].source = 'web'), /^articles\[2\]\.source: expected "seed", "import" or "feed", got "web"$/],
    ['duplicate article', (p) => (p.articles[1].id = p.articles[0].id), /^articles\[1\]\.id: duplicate article id/],
    ['outlet country', (p) => (p.outlets[0].country = 'Russia'), /^outlets\[0\]\.country: expected an object, got "Russia"$/],
    ['ownership source', (p) => (p.outlets[1].ownership = [{ value: 'x' }]), /^outlets\[1\]\.ownership\[0\]\.source: expected a string, got nothing$/],
    ['claim article', (p) => (p.claims[5].articleId = 'zzz'), /^claims\[5\]\.articleId: unknown article "zzz"$/],
    ['claim end', (p) => (p.claims[2].end = 10 ** 7), /^claims\[2\]\.end: expected an offset between start/],
    ['claim start', (p) => (p.claims[0].start = -1), /^claims\[0\]\.start: expected a non-negative integer, got -1$/],
    ['claim kind', (p) => (p.claims[1].kind = 'opinion'), /^claims\[1\]\.kind: expected one of quote, figure, statement, assertion, got "opinion"$/],
    ['claim topic', (p) => (p.claims[0].topics = ['no-such-topic']), /^claims\[0\]\.topics\[0\]: unknown topic "no-such-topic"$/],
    ['figure value', (p) => (p.claims.find((c: any) => c.figures.length).figures[0].value = 'many'), /^claims\[\d+\]\.figures\[0\]\.value: expected a finite number, got "many"$/],
    ['topic kind', (p) => (p.topics[0].kind = 'thing'), /^topics\[0\]\.kind: expected one of concept, person, place, org, got "thing"$/],
    ['topic count', (p) => (p.topics[2].outletCount = 1.5), /^topics\[2\]\.outletCount: expected a non-negative integer, got 1.5$/],
    ['topics missing', (p) => delete p.topics, /^topics: expected an array, got nothing$/],
  ];
  it.each(cases)('%s', (_name, mutate, message) => {
    const bad = clone(pack) as unknown as Record<string, any>;
    mutate(bad);
    let err: unknown;
    try {
      validatePack(bad);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PackError);
    expect((err as PackError).message).toMatch(message);
  });
  it('rejects non-objects', () => {
    expect(() => validatePack(null)).toThrow(PackError);
    expect(() => validatePack([])).toThrow(/expected an object, got an array/);
  });
});

/** Whether analyzeArticle rejects a text for having no article text once page furniture is removed. */
function furnitureOnly(text: string): boolean {
  try {
    analyzeArticle({ text, outlet: null, published: null, name: 'probe' });
    return false;
  } catch (e) {
    if (e instanceof EngineInputError && /no article text left/.test(e.message)) return true;
    throw e;
  }
}

describe('validatePack(buildPack(x)) round-trips', () => {
  const words = ['The', 'council', 'said', 'ISIS', 'budget', 'rose', 'by', '12%', 'in', 'Springfield', 'Mayor', 'Jane', 'Doe', 'troops', 'Iraq', 'threat', 'resurging', '"we', 'will', 'win,"', 'she', 'said.'];
  const article = fc.record({
    sentences: fc.array(fc.array(fc.constantFrom(...words), { minLength: 4, maxLength: 14 }), { minLength: 1, maxLength: 5 }),
    outlet: fc.constantFrom('Daily', 'Herald', 'Post', null),
    published: fc.constantFrom('2024-03-27', '2020-01', null),
  });
  it('for arbitrary small corpora', () => {
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 4 }), (arts) => {
        const texts = arts.map((a) => a.sentences.map((s) => `${s.join(' ')}.`).join(' '));
        // A generated body that is all page furniture ("by The The The.", a byline) is no article: analyzeArticle rejects
        // it by name (tested in analyze's own tests), so it is no input of this property (a CI run drew one).
        fc.pre(texts.every((t) => !furnitureOnly(t)));
        const analyzed: AnalyzedArticle[] = arts.map((a, i) => analyzeArticle({ text: texts[i]!, outlet: a.outlet, published: a.published, name: `a${i}` }));
        const pack: CorpusPack = buildPack(analyzed, { createdAt: CREATED });
        const parsed = JSON.parse(JSON.stringify(pack));
        expect(validatePack(parsed)).toEqual(pack);
      }),
      { numRuns: 40 },
    );
  });
});
