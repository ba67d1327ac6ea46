import { describe, expect, it } from 'vitest';
import { buildCorpusIndex } from '@/utils/engine/match';
import { passageFeatures, preparePassage, prepare, relate, relateSimilarities, relateSimilaritiesWith, relateSimilarity } from '@/utils/engine/relation';
import { splitSentencesQuick as splitSentences } from '@/utils/engine/sentences';
import { seedPack } from '../match/fixture-corpus';

// matchPage ranks most pairs by `relateSimilarity` and relates only the closest in full, and reads a claim against a
// page through the page's term postings: both must give what the full computation gives, on real seed text.
const pack = seedPack();
const index = buildCorpusIndex(pack);
const claims = pack.claims;
const sentences = pack.articles.flatMap((a) => splitSentences(a.body).map((s) => prepare(s.text)));

describe('relateSimilarities', () => {
  it('gives relateSimilarity of each text with one claim, and of one text with each claim, in order (seed sentences, texts without terms, figures, topics)', () => {
    const texts = [prepare(''), ...sentences.slice(0, 60), prepare('— …'), ...claims.slice(0, 20)];
    let compared = 0;
    for (const claim of claims.slice(0, 30)) {
      const batch = relateSimilarities(texts, claim, { stats: index.stats });
      expect(batch).toEqual(texts.map((t) => relateSimilarity(t, claim, { stats: index.stats })));
      compared += batch.filter((x) => x.similarity > 0).length;
    }
    expect(compared).toBeGreaterThan(100);
    // And one text against many claims, the text first.
    for (const s of [prepare(''), ...sentences.slice(0, 30)]) {
      expect(relateSimilaritiesWith(s, claims.slice(0, 40), { stats: index.stats })).toEqual(claims.slice(0, 40).map((c) => relateSimilarity(s, c, { stats: index.stats })));
    }
    expect(relateSimilarities([], claims[0]!)).toEqual([]);
    expect(relateSimilarities(texts.slice(0, 5), claims[0]!, { thresholds: { related: 0 } })).toEqual(
      texts.slice(0, 5).map((t) => relateSimilarity(t, claims[0]!, { thresholds: { related: 0 } })),
    );
  });
});

describe('negations, refutations and hedges read without the scopes', () => {
  it('a text without the cue has what the scope reading gives (every seed sentence, and cues whose first word is common)', () => {
    const texts = [
      ...pack.articles.flatMap((a) => splitSentences(a.body).map((s) => s.text)),
      "They don't deny it.", 'A non-binding vote.', 'No one was hurt; nobody left.', 'It is not only safe.', 'The air is safe.',
      'It was a lie.', 'It was a lie, he said.', 'He is said to have left.', 'She said to wait.', 'That is not true.', 'That is not a hoax.',
      'According to police, it is not clear.', 'He made up the story.', 'It never happened.', 'Sources say it could be a scam.',
      'It is far from over.', 'They went far away.', 'Rather than fight, they fled.', 'I would rather stay.',
    ];
    const counts = { negations: 0, refuting: 0, hedges: 0 };
    for (const t of texts) {
      const quick = prepare(t);
      const full = prepare(t) as unknown as { scope(): { negations: string[]; negatedHeads: Set<string>; refuting: string[]; refuteWeight: number; hedges: string[] } };
      const reading = full.scope();
      expect([t, quick.negations]).toEqual([t, reading.negations]);
      expect([t, [...(quick.negatedHeads ?? [])]]).toEqual([t, [...reading.negatedHeads]]);
      expect([t, quick.refuting, quick.refuteWeight]).toEqual([t, reading.refuting, reading.refuteWeight]);
      expect([t, quick.hedges]).toEqual([t, reading.hedges]);
      if (reading.negations.length) counts.negations++;
      if (reading.refuting.length) counts.refuting++;
      if (reading.hedges.length) counts.hedges++;
    }
    // Neither vacuous nor everything.
    for (const n of Object.values(counts)) {
      expect(n).toBeGreaterThan(3);
      expect(n).toBeLessThan(texts.length - 50);
    }
  });
});

describe('direction read only from whole cues', () => {
  it('a text with a cue’s first word but no whole cue reads no direction; one with the whole cue does', () => {
    for (const t of ['There is more to come.', 'The war is still on.', 'Under the plan, the town will remain.', 'It is not green.', 'Far from it.', 'Come and see.', 'Wipe the table.']) {
      const p = prepare(t);
      expect([t, p.direction, p.up, p.down, p.cues]).toEqual([t, 0, [], [], []]);
    }
    for (const t of ['The war is not over.', 'ISIS remains a threat.', 'The group is stronger than ever, more than ever.', 'The outbreak is under control.']) {
      expect([t, prepare(t).cues.length > 0]).toEqual([t, true]);
    }
  });
});

describe('relateSimilarity', () => {
  it('is the similarity relate reports, and says "unrelated" only when relate does (every seed sentence × 40 claims)', () => {
    let related = 0;
    for (const s of sentences) {
      for (const claim of claims.slice(0, 40)) {
        const full = relate(s, claim, { stats: index.stats });
        const quick = relateSimilarity(s, claim, { stats: index.stats });
        expect(quick.similarity).toBe(full.similarity);
        if (!quick.related) expect(full.label).toBe('unrelated');
        else related++;
      }
    }
    // The shortcut must not be vacuous: some pairs are related and many are not.
    expect(related).toBeGreaterThan(50);
    expect(related).toBeLessThan(sentences.length * 40);
  });

  it('counts figures on both sides as possibly related whatever the similarity', () => {
    const withFigures = claims.find((c) => c.figures.length > 0)!;
    const other = claims.find((c) => c.figures.length > 0 && c.articleId !== withFigures.articleId && relate(c, withFigures).similarity < 0.18);
    expect(other).toBeDefined();
    expect(relateSimilarity(other!, withFigures).related).toBe(true);
    expect(relateSimilarity(withFigures, prepare('An unrelated sentence about gardening.')).related).toBe(false);
  });
});

describe('passageFeatures through the passage postings', () => {
  it('gives each sentence the cosine relate computes for it alone (terms only: no topics, no entities on either side)', () => {
    const body = pack.articles[0]!.body;
    const passage = preparePassage(body);
    for (const claim of claims.slice(0, 60)) {
      const f = passageFeatures(claim, passage, { stats: index.stats });
      expect(f.sentenceSims).toHaveLength(passage.sentences.length);
      const bare = prepare({ text: claim.text });
      passage.sentences.forEach((s, i) => {
        // With no entities on the sentence side the topic part is 0, so relate's similarity is the term cosine.
        expect(Math.round(f.sentenceSims[i]! * 1000) / 1000).toBeCloseTo(relate(s, bare, { stats: index.stats }).similarity, 9);
      });
      expect(f.bestSentence).toBe(Math.max(0, ...f.sentenceSims));
    }
  });
});
