// The page-vs-article decision (utils/engine/stance/article-pair.ts, weights in article-pair-weights.ts, fitted by
// npm run train:article-pair): the weights fit the code's features and refuse others; the decision does not depend on
// which text is the page; on texts written for this test (not FNC-1) a debunking article and an asserting one are
// likelier to dispute than two asserting ones, which are likelier to agree.
import { describe, expect, it } from 'vitest';
import { ARTICLE_PAIR_CLASSES, ARTICLE_PAIR_FEATURE_VERSION, articlePairFeatures, pairFeatureNames, predictArticlePair } from '@/utils/engine/stance/article-pair';
import { ARTICLE_PAIR_WEIGHTS } from '@/utils/engine/stance/article-pair-weights';
import { readArticle, storyStance } from '@/utils/engine/stance/article';

const ASSERTS = `A dam on the Orla river burst on Sunday night and flooded the village of Kestrel Falls, officials said.
The water destroyed forty homes in Kestrel Falls and swept away the main bridge, the regional fire service said.
Rescue teams moved 600 residents to a school on higher ground. Engineers said heavy rain had weakened the dam wall.`;
const ASSERTS_TOO = `The Orla river dam burst late on Sunday and water poured into Kestrel Falls, destroying dozens of homes.
Residents described a wall of water reaching the village within minutes. The bridge into Kestrel Falls was swept away.
The regional fire service said 600 people were evacuated overnight.`;
const REJECTS = `Reports that a dam on the Orla river burst and flooded Kestrel Falls are false.
The photos shared online were taken during a flood in another country in 2019 and have been doctored, the regional
fire service said. There is no evidence that the dam was damaged: engineers inspected it on Monday and found it intact.
The story is a hoax, and no homes in Kestrel Falls were flooded.`;

const decide = (a: string, b: string) => {
  const ra = readArticle(a);
  const rb = readArticle(b);
  return predictArticlePair(articlePairFeatures(ra, rb, storyStance(ra, rb)));
};

describe('page-vs-article decision', () => {
  it('its weights are for the code features (one row per class, a weight per feature and a bias) and refuse others', () => {
    expect(ARTICLE_PAIR_WEIGHTS.featureVersion).toBe(ARTICLE_PAIR_FEATURE_VERSION);
    expect(ARTICLE_PAIR_WEIGHTS.names).toEqual(pairFeatureNames());
    expect(ARTICLE_PAIR_WEIGHTS.w).toHaveLength(ARTICLE_PAIR_CLASSES.length);
    for (const row of ARTICLE_PAIR_WEIGHTS.w) expect(row).toHaveLength(pairFeatureNames().length + 1);
    const ra = readArticle(ASSERTS);
    const rb = readArticle(REJECTS);
    const x = articlePairFeatures(ra, rb, storyStance(ra, rb));
    expect(x).toHaveLength(pairFeatureNames().length);
    expect(() => predictArticlePair(x, { ...ARTICLE_PAIR_WEIGHTS, featureVersion: 'article-pair-0' })).toThrow(/npm run train:article-pair/);
  });

  it('gives probabilities that sum to 1 and do not depend on which text is the page', () => {
    const ab = decide(ASSERTS, REJECTS);
    const ba = decide(REJECTS, ASSERTS);
    expect(ab.neither + ab.agrees + ab.disputes).toBeCloseTo(1, 9);
    for (const k of ARTICLE_PAIR_CLASSES) expect(ab[k]).toBeCloseTo(ba[k], 9);
  });

  it('reads an asserting and a debunking article as likelier to dispute, two asserting ones as likelier to agree', () => {
    const opposite = decide(ASSERTS, REJECTS);
    const same = decide(ASSERTS, ASSERTS_TOO);
    expect(opposite.disputes).toBeGreaterThan(same.disputes);
    expect(same.agrees).toBeGreaterThan(opposite.agrees);
  });
});
