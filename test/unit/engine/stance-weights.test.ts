// The stance weights as binary assets (public/stance/*.bin): format, loading as the extension does, and the same
// predictions as the TypeScript weights they replaced.
import { underLexicon } from './lexicon-scope';
import { SECURITY_NEWS_LEXICON } from '@/utils/engine/lexicon/domain';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  decodeStanceWeights,
  encodeStanceWeights,
  installStanceWeights,
  loadShippedStanceModels,
  STANCE_ASSETS,
  stanceModel,
} from '@/utils/engine/stance/model';
import { cardPairModel, predictCardStance } from '@/utils/engine/stance/card-model';
import { loadPairModel, pairFeatures, PAIR_FEATURE_VERSION, PAIR_HASH_BITS } from '@/utils/engine/stance/pair';
import { passageStance, sameQuestion } from '@/utils/engine/relation';

const asset = (path: string) => new Uint8Array(readFileSync(`public${path}`));

// `head` and `card`: the committed headline and card-pair models' probabilities, pinned so a changed asset or decoder
// shows. Re-pinned when the weights are retrained (`npm run train:weights`; `npm run check:weights` says the committed
// files are what the scripts write) — last in session 19, after the cue rules stopped reading events, states and habits
// ("failed a drug test", "found growing under birch trees", "who also declined") as directions (CUE_RULES_VERSION 3).
const REFERENCE = [
  {
    claim: 'ISIS is regrouping in eastern Syria, a Pentagon report says.',
    page: 'ISIS fighters are regrouping in eastern Syria, officials said. The Pentagon report warns of a resurgence. Others said the group is weakened.',
    head: { unrelated: 0.00012171862115736605, related: 0.4578669444563123, agrees: 0.4826151786654541, disputes: 0.05939615825707617 },
    card: { unrelated: 0.004998252586189355, related: 0.10893193802559448, agrees: 0.4066711981155246, disputes: 0.4793986112726916 },
  },
  {
    claim: 'The vaccine is not safe for children.',
    page: 'The vaccine is safe for children, the agency said after a trial of 3,000 children. No serious side effects were found.',
    head: { unrelated: 0.000051121117915427775, related: 0.10552082560377259, agrees: 0.16566000620951987, disputes: 0.7287680470687922 },
    card: { unrelated: 0.0014713494191384525, related: 0.08160099858162306, agrees: 0.3796744718160648, disputes: 0.5372531801831737 },
  },
];

describe('stance weights as binary assets', () => {
  // The reference probabilities were pinned with the seed subject's lexicon (Daesh = ISIS in the terms).
  underLexicon(SECURITY_NEWS_LEXICON);
  it('encode and decode to the same file, byte for byte', () => {
    for (const path of Object.values(STANCE_ASSETS)) {
      const bytes = asset(path);
      const file = decodeStanceWeights(bytes, path);
      expect(Buffer.from(encodeStanceWeights(file)).equals(Buffer.from(bytes))).toBe(true);
    }
  });
  it('predict the pinned headline and card-pair p', () => {
    for (const r of REFERENCE) {
      const s = passageStance({ text: r.claim }, r.page);
      const card = predictCardStance(pairFeatures(s.x, s.p, s.features, sameQuestion(s.features)));
      for (const k of ['unrelated', 'related', 'agrees', 'disputes'] as const) {
        expect(s.p[k]).toBeCloseTo(r.head[k], 9);
        expect(card[k]).toBeCloseTo(r.card[k], 9);
      }
    }
  });
  it('ship both models under 1 MB together', () => {
    expect(Object.values(STANCE_ASSETS).reduce((n, p) => n + asset(p).length, 0)).toBeLessThan(1_000_000);
  });
  it('say which file is wrong when the bytes are not a weights file', () => {
    expect(() => decodeStanceWeights(new TextEncoder().encode('{"not":"weights"}'), '/stance/card.bin')).toThrow(/\/stance\/card\.bin: not a ClaimLens weights file/);
    const truncated = asset(STANCE_ASSETS.card).slice(0, 20);
    expect(() => decodeStanceWeights(truncated, '/stance/card.bin')).toThrow(/\/stance\/card\.bin: header of \d+ bytes runs past the end/);
  });
  it('the card-pair file refuses features it was not trained for', () => {
    const file = decodeStanceWeights(asset(STANCE_ASSETS.card));
    expect(file.featureVersion).toBe(PAIR_FEATURE_VERSION);
    expect(file.hashBits).toBe(PAIR_HASH_BITS);
    expect(() => loadPairModel({ ...file, featureVersion: 'card-pair-0' })).toThrow(/npm run train:card-stance/);
  });
  it('load as the background loads them: fetched bytes, installed once, used instead of the repository copy', async () => {
    const asked: string[] = [];
    await loadShippedStanceModels(async (path) => {
      asked.push(path);
      const b = asset(path);
      return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
    });
    // The cards' models only: the FNC-1 polarity stage is read by the CLI's FNC stance, never by the extension.
    expect(asked.sort()).toEqual([STANCE_ASSETS.article, STANCE_ASSETS.card, STANCE_ASSETS.headline].sort());
    expect(asked).not.toContain(STANCE_ASSETS.polarity);
    expect(stanceModel().w.length).toBe(4 << 16);
    expect(cardPairModel().w.length).toBe(4 << PAIR_HASH_BITS);
    // Installed bytes win over the repository copy: broken bytes fail loudly, naming the asset.
    installStanceWeights('card', new Uint8Array([1, 2, 3]));
    expect(() => cardPairModel()).toThrow(/\/stance\/card\.bin/);
    installStanceWeights('card', asset(STANCE_ASSETS.card));
    expect(cardPairModel().w.some((v) => v !== 0)).toBe(true);
  });
});
