// The learned stance model: committed weights, calibrated probabilities, and how the relation path uses it.
import { describe, expect, it } from 'vitest';
import { FEATURE_VERSION, HASH_BITS, hashName, stanceFeatures } from '@/utils/engine/stance/features';
import { decodeStanceWeights, loadStanceModel, predictStance, STANCE_CLASSES, stanceModel } from '@/utils/engine/stance/model';
import { readFileSync } from 'node:fs';
import { passageFeatures, passageStance, prepare, preparePassage, relate, relatePassage } from '@/utils/engine/relation';
import { buildCorpusIndex, matchPage } from '@/utils/engine/match';
import { buildSeedPack } from '../../../scripts/seed-pack';
import { fixtureText } from '../../../scripts/fixture-page';

const PAGE = [
  'ISIS fighters are regrouping in the deserts of eastern Syria, a Pentagon report said on Tuesday.',
  'The group has staged more attacks this year than last, officials said.',
  'The report says ISIS is exploiting the withdrawal of US troops to stage a resurgence.',
].join(' ');
const CONTRADICTS =
  "Romanowski's claim contradicts the statements of Prime Minister Mohammed Shia al-Sudani, who has emphasized that Iraq no longer needs foreign troops.";
const TAX_PAGE =
  'The city council approved a new property tax on Monday. The mayor said the budget for schools will rise by 4 percent next year, and parks will get new funding.';

// The committed asset (public/stance/headline.bin), read as the extension reads it: bytes → decode.
const STANCE_WEIGHTS = decodeStanceWeights(new Uint8Array(readFileSync('public/stance/headline.bin')));

describe('committed stance weights', () => {
  it('were produced by the feature version the code extracts (retrain with npm run train:stance when this fails)', () => {
    expect(STANCE_WEIGHTS.featureVersion).toBe(FEATURE_VERSION);
    expect(STANCE_WEIGHTS.hashBits).toBe(HASH_BITS);
    expect(stanceModel().featureVersion).toBe(FEATURE_VERSION);
  });
  it('refuse to load for another feature version', () => {
    expect(() => loadStanceModel({ ...STANCE_WEIGHTS, featureVersion: 'stance-features-0' })).toThrow(/npm run train:stance/);
  });
  it('load to the same numbers every time, and ship under 1 MB', () => {
    const a = loadStanceModel(STANCE_WEIGHTS);
    const b = loadStanceModel(STANCE_WEIGHTS);
    expect(a.w.length).toBe(STANCE_CLASSES.length << HASH_BITS);
    expect(Buffer.from(a.w.buffer).equals(Buffer.from(b.w.buffer))).toBe(true);
    expect(a.w.some((v) => v !== 0)).toBe(true);
    expect(readFileSync('public/stance/headline.bin').length).toBeLessThan(1_000_000);
    expect(STANCE_WEIGHTS.seed).toBeGreaterThan(0);
    expect(STANCE_WEIGHTS.temperature).toBeGreaterThan(0);
  });
  it('hash features with a stable hash (FNV-1a), so the same text always hits the same weights', () => {
    expect(hashName('bias')).toBe(hashName('bias'));
    expect(hashName('n:hoax')).not.toBe(hashName('n:hoaxes'));
    expect(hashName('a')).toBe(0xe40c292c & ((1 << HASH_BITS) - 1));
    const claim = prepare({ text: 'ISIS is regrouping in Syria' });
    const body = preparePassage(PAGE);
    const f = passageFeatures(claim, body);
    expect(stanceFeatures(claim, body, f, stanceModel().vocab)).toEqual(stanceFeatures(claim, body, f, stanceModel().vocab));
  });
});

describe('calibrated probabilities', () => {
  it.each([
    ['ISIS is regrouping in eastern Syria, a Pentagon report says.', PAGE],
    [CONTRADICTS, TAX_PAGE],
    ['The city council approved a new property tax.', TAX_PAGE],
    ['ISIS is not regrouping.', PAGE],
  ])('sum to 1 and lie in [0, 1]: %s', (claim, page) => {
    const { p } = passageStance({ text: claim }, page);
    const sum = p.unrelated + p.related + p.agrees + p.disputes;
    expect(sum).toBeCloseTo(1, 9);
    for (const v of Object.values(p)) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
    expect(relatePassage({ text: claim }, page).p).toBeDefined();
  });
  it('tell an unrelated page from a related one', () => {
    expect(passageStance({ text: CONTRADICTS }, TAX_PAGE).p.unrelated).toBeGreaterThan(0.5);
    expect(passageStance({ text: 'ISIS is regrouping in eastern Syria, a Pentagon report says.' }, PAGE).p.unrelated).toBeLessThan(0.1);
  });
  it('come from the model: predictStance on the same features gives the same p', () => {
    const claim = prepare({ text: 'ISIS is regrouping in eastern Syria.' });
    const body = preparePassage(PAGE);
    const f = passageFeatures(claim, body);
    expect(predictStance(stanceFeatures(claim, body, f, stanceModel().vocab))).toEqual(passageStance(claim, body).p);
  });
});

describe('same question, polarity, trigger words', () => {
  it('a negated claim flips polarity against the same statement', () => {
    expect(relate({ text: 'ISIS is a threat to Iraq.' }, { text: 'ISIS is not a threat to Iraq.' }).label).toBe('disputes');
    expect(relate({ text: 'The vaccine is safe for children.' }, { text: 'The vaccine is not safe for children.' }).label).toBe('disputes');
    expect(relate({ text: 'ISIS is not a threat to Iraq.' }, { text: 'ISIS is no longer a threat to Iraq.' }).label).not.toBe('disputes');
  });
  it('a claim that merely mentions the topic is context, not agreement or dispute', () => {
    const r = relatePassage({ text: 'Officials met in Baghdad on Tuesday; ISIS was mentioned briefly.' }, PAGE);
    expect(r.label).toBe('related');
  });
  it('"… contradicts the statements of …" does not dispute an unrelated page, nor a page on its topic', () => {
    expect(relatePassage({ text: CONTRADICTS }, TAX_PAGE).label).toBe('unrelated');
    expect(relatePassage({ text: CONTRADICTS }, PAGE).label).not.toBe('disputes');
    for (const sentence of PAGE.split(/(?<=\.) /)) expect(relate({ text: CONTRADICTS }, { text: sentence }).label).not.toBe('disputes');
    expect(relate({ text: CONTRADICTS }, { text: 'US troops will stay in Iraq, the Pentagon said.' }).label).not.toBe('disputes');
  });
  it('a refuting word disputes a near-identical statement', () => {
    expect(
      relate({ text: 'The ministry denied that the army has withdrawn from the northern town.' }, { text: 'The army has withdrawn from the northern town.' }).label,
    ).toBe('disputes');
  });
});

describe('cards on the seed-subject page', () => {
  const pack = buildSeedPack();
  const index = buildCorpusIndex(pack);
  const page = fixtureText(process.cwd(), 'seed-subject-article.html');
  const m = matchPage(index, page, { sensitivity: 'medium', mutedTopics: [], mutedOutlets: [] });
  const norm = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const items = m.topics.flatMap((t) => [...t.contrasts.disputes, ...t.contrasts.agrees, ...t.contrasts.related]);

  it('keep the grows-vs-diminished disputes, each with calibrated p', () => {
    const disputes = m.topics.flatMap((t) => t.contrasts.disputes);
    expect(disputes.length).toBeGreaterThan(0);
    for (const d of disputes) {
      expect(d.relation.p).toBeDefined();
      const ev = d.relation.evidence;
      expect(ev.opposingDirection !== null || ev.figureDiffs.length > 0 || ev.negation).toBe(true);
    }
  });
  it('have no item that disputes text on the same page', () => {
    const pageText = norm(page.text);
    for (const d of m.topics.flatMap((t) => t.contrasts.disputes)) expect(pageText.includes(norm(d.claim.text))).toBe(false);
  });
  it('never show the "contradicts" claim as a dispute', () => {
    expect(items.length).toBeGreaterThan(0);
    const disputes = m.topics.flatMap((t) => t.contrasts.disputes).map((c) => c.claim.text);
    expect(disputes.some((t) => /contradicts the statements/.test(t))).toBe(false);
  });
});
