// The FNC-1 story-polarity stage (utils/engine/stance/polarity.ts, scripts/fnc.ts stanceFromPolarity): a headline's
// stance toward a body is an XOR of whether each debunks the story. Subject written for this test (a squid photo),
// not FNC-1 data.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { passageStance, prepare, preparePassage } from '@/utils/engine/relation';
import { decodeStanceWeights, STANCE_ASSETS, stanceModel, type StanceProbabilities } from '@/utils/engine/stance/model';
import { POLARITY_FEATURE_VERSION, POLARITY_HASH_BITS, polarityFeatures, predictPolarity } from '@/utils/engine/stance/polarity';
import { stanceFromP, stanceFromPolarity } from '../../../scripts/fnc';

const HOAX_BODY =
  'A photo of a giant squid washed up on a beach in Cornwall has been shared thousands of times this week. The picture ' +
  'is a hoax: it was doctored from an image of a sculpture, the photographer said. Experts said the story is fake and ' +
  'no squid was found on the beach. The beach was closed last spring for repairs.';
const REAL_BODY =
  'A giant squid washed up on a beach in Cornwall this week, the coastguard said. The squid, nine metres long, was ' +
  'found by a dog walker on Tuesday morning. Marine biologists confirmed it was a giant squid and took samples. The ' +
  'beach was closed while the animal was removed.';
const ASSERTS = 'Giant squid washes up on Cornwall beach';
const DEBUNKS = 'Cornwall giant squid photo is a hoax';

const read = (headline: string, bodyText: string) => {
  const claim = prepare({ text: headline });
  const body = preparePassage(bodyText);
  const s = passageStance(claim, body);
  const story = predictPolarity(polarityFeatures(claim, body, s.features, s.p));
  return { head: s.p, story, stance: stanceFromPolarity(s.p, story), features: polarityFeatures(claim, body, s.features, s.p) };
};

describe('story-polarity stage', () => {
  it.each([
    [ASSERTS, HOAX_BODY, 'disagree'],
    [DEBUNKS, HOAX_BODY, 'agree'],
    [ASSERTS, REAL_BODY, 'agree'],
    [DEBUNKS, REAL_BODY, 'disagree'],
  ] as const)('reads "%s" against a body as the XOR of the two polarities (%#)', (headline, body, expected) => {
    expect(read(headline, body).stance).toBe(expected);
  });
  it('calls a debunking headline against a body reporting the story as real "disagree", where the headline model alone reads "agree"', () => {
    const r = read(DEBUNKS, REAL_BODY);
    expect(stanceFromP(r.head)).toBe('agree');
    expect(r.stance).toBe('disagree');
    expect(r.story.disputes).toBeGreaterThan(read(DEBUNKS, HOAX_BODY).story.disputes + 0.2);
  });
  it('leaves relatedness to the headline model: unrelated exactly when it alone says so', () => {
    const probs = fc.tuple(fc.double({ min: 0.001, max: 1, noNaN: true }), fc.double({ min: 0.001, max: 1, noNaN: true }), fc.double({ min: 0.001, max: 1, noNaN: true }), fc.double({ min: 0.001, max: 1, noNaN: true })).map(([u, r, a, d]): StanceProbabilities => {
      const s = u + r + a + d;
      return { unrelated: u / s, related: r / s, agrees: a / s, disputes: d / s };
    });
    fc.assert(
      fc.property(probs, probs, (head, story) => {
        expect(stanceFromPolarity(head, story) === 'unrelated').toBe(stanceFromP(head, stanceModel()) === 'unrelated');
      }),
    );
  });
  it('extracts the same features for the same pair (deterministic, no state carried between pairs)', () => {
    const a = read(ASSERTS, HOAX_BODY).features;
    read(DEBUNKS, REAL_BODY);
    expect(read(ASSERTS, HOAX_BODY).features).toEqual(a);
  });
  it('ships its own small weights file, trained for these features', () => {
    const bytes = new Uint8Array(readFileSync(new URL(`../../../public${STANCE_ASSETS.polarity}`, import.meta.url)));
    const file = decodeStanceWeights(bytes, STANCE_ASSETS.polarity);
    expect(file.featureVersion).toBe(POLARITY_FEATURE_VERSION);
    expect(file.hashBits).toBe(POLARITY_HASH_BITS);
    expect(bytes.length).toBeLessThan(32_000);
  });
});
