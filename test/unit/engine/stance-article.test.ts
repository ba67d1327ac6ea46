// The article-level stance model (utils/engine/stance/article.ts, asset public/stance/article.bin): the asset loads
// and refuses features it was not trained for, and on texts written for this test (not FNC-1) a debunking article and
// an asserting one read as opposite sides of what they share, two asserting ones as the same side.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decodeStanceWeights, STANCE_ASSETS } from '@/utils/engine/stance/model';
import {
  ARTICLE_FEATURE_VERSION,
  ARTICLE_HASH_BITS,
  articleStanceModel,
  loadArticleModel,
  readArticle,
  sharedClaim,
  storyStance,
} from '@/utils/engine/stance/article';

const asset = (path: string) => new Uint8Array(readFileSync(`public${path}`));

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
const OTHER = `The city council of Marlow approved a new budget for its public libraries on Tuesday.
The budget adds two mobile libraries and extends opening hours on Saturdays.`;

describe('article-level stance model', () => {
  it('ships as a weights asset for its own features, and refuses others naming the training command', () => {
    const file = decodeStanceWeights(asset(STANCE_ASSETS.article), STANCE_ASSETS.article);
    expect(file.featureVersion).toBe(ARTICLE_FEATURE_VERSION);
    expect(file.hashBits).toBe(ARTICLE_HASH_BITS);
    expect(file.weights.length).toBe(3 << ARTICLE_HASH_BITS);
    expect(() => loadArticleModel({ ...file, featureVersion: 'article-stance-0' })).toThrow(/npm run train:article-stance/);
    expect(() => loadArticleModel({ ...file, hashBits: 12 })).toThrow(/hashBits 12/);
    expect(articleStanceModel().w.some((v) => v !== 0)).toBe(true);
  });

  it('reads the central claim as what the two texts share', () => {
    const claim = sharedClaim(readArticle(ASSERTS), readArticle(REJECTS));
    for (const stem of ['dam', 'orla', 'kestrel']) expect([...claim.keys()].some((k) => k.startsWith(stem)), stem).toBe(true);
    expect(sharedClaim(readArticle(ASSERTS), readArticle(OTHER)).size).toBeLessThan(claim.size);
  });

  it('a debunking article and an asserting one take opposite sides; two asserting ones the same side', () => {
    const opposite = storyStance(readArticle(ASSERTS), readArticle(REJECTS));
    const same = storyStance(readArticle(ASSERTS), readArticle(ASSERTS_TOO));
    expect(opposite.b.reject).toBeGreaterThan(opposite.b.assert);
    expect(opposite.a.assert).toBeGreaterThan(opposite.a.reject);
    expect(opposite.opposite).toBeGreaterThan(opposite.same);
    expect(same.same).toBeGreaterThan(same.opposite);
    expect(same.opposite).toBeLessThan(opposite.opposite);
    // Symmetric: which side is the page does not matter.
    const turned = storyStance(readArticle(REJECTS), readArticle(ASSERTS));
    expect(turned.opposite).toBeCloseTo(opposite.opposite, 12);
  });

  it('probabilities are calibrated distributions', () => {
    const s = storyStance(readArticle(ASSERTS), readArticle(REJECTS));
    for (const p of [s.a, s.b]) expect(p.assert + p.neutral + p.reject).toBeCloseTo(1, 9);
    expect(s.opposite + s.same).toBeLessThanOrEqual(1 + 1e-9);
  });
});
