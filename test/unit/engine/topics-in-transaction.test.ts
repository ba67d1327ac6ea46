/**
 * The incremental topic update runs inside an import batch's database transaction (utils/corpus.ts). Dexie keeps
 * that transaction across only about a hundred native `await`s in a row with no IndexedDB request between them;
 * past that, the batch's later writes would run outside it (corpus.ts refuses them: `assertInBatch`). Session 6's
 * 100k-claim import in Chromium failed that way: every concept admitted without reading anything still cost an
 * `await`, and a batch that admits the whole concept budget (80) ran ~170 promises with no request between them.
 */
import { createHook } from 'node:async_hooks';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, type AnalyzedArticle } from '@/utils/engine/analyze';
import { conceptBudget, updateTopics } from '@/utils/engine/topics-incremental';
import { createDb } from '@/utils/db';
import type { Article } from '@/utils/engine/types';

/**
 * Forty short reports from two outlets, where each of 120 invented nouns is inspected in two neighbouring reports:
 * 120 new concepts that each pass a full mine's thresholds, more than the concept budget admits.
 */
function manyNewConcepts(): AnalyzedArticle[] {
  const syllables = ['bar', 'ven', 'tor', 'lis', 'mak', 'dun', 'rel', 'sop', 'gat', 'fim', 'kor', 'nep'];
  const nouns = Array.from({ length: 120 }, (_, i) => `${syllables[i % 12]}${syllables[Math.floor(i / 12)]}et`);
  const verbs = ['inspected', 'repaired', 'moved', 'counted', 'painted', 'checked'];
  const places = ['harbour', 'depot', 'market', 'station', 'bridge', 'school'];
  const texts: string[][] = Array.from({ length: 40 }, () => []);
  nouns.forEach((w, i) => {
    for (const j of [i % 40, (i + 1) % 40]) texts[j]!.push(`Workers ${verbs[(i + j) % 6]} the ${w} near the ${places[(i * 7 + j) % 6]}.`);
  });
  return texts.map((t, j) => {
    const a = analyzeArticle({ name: `report-${j}.txt`, text: `Report ${j}\n\n${t.join(' ')}`, format: 'text', source: 'import', importedAt: 0 });
    const outletId = j % 2 ? 'alpha-news' : 'beta-post';
    return { ...a, article: { ...a.article, outletId }, outlet: { ...a.outlet, id: outletId, name: outletId }, claims: a.claims.map((c) => ({ ...c, outletId })) };
  });
}

/**
 * Counts native promises created between two reads of the store: the chain Dexie must echo its transaction across.
 * (Dexie's own promises are not native and are not counted.)
 */
function promiseGaps() {
  let since = 0;
  let max = 0;
  const hook = createHook({
    init(_id, type) {
      if (type === 'PROMISE') since++;
    },
  });
  return {
    start: () => hook.enable(),
    read: () => {
      max = Math.max(max, since);
      since = 0;
    },
    stop: () => {
      hook.disable();
      max = Math.max(max, since);
      return max;
    },
  };
}

describe('the incremental topic update inside a database transaction', () => {
  it('admits a full concept budget and still runs in the batch transaction at the end', async () => {
    const db = createDb('test-topics-in-transaction');
    const analyzed = manyNewConcepts();
    const articleCount = 800; // a corpus this large gets the largest concept budget
    const gaps = promiseGaps();
    const { inside, topics } = await db.transaction('rw', db.topicState, db.articles, db.claims, async () => {
      const tx = Dexie.currentTransaction;
      gaps.start();
      const up = await updateTopics(
        { topics: [], articles: analyzed.map((a) => a.article), claims: analyzed.flatMap((a) => a.claims), outlets: analyzed.slice(0, 2).map((a) => a.outlet), articleCount, outletCount: 2 },
        { get: (keys) => (gaps.read(), db.topicState.bulkGet([...keys])) },
        {
          articles: async (ids) => (gaps.read(), (await db.articles.bulkGet([...ids])).filter((a): a is Article => !!a)),
          claimsOf: (ids) => (gaps.read(), db.claims.where('articleId').anyOf([...ids]).toArray()),
        },
      );
      const inside = Dexie.currentTransaction === tx;
      // Well under Dexie's echo limit (100): fake-indexeddb in Node held the transaction over the old code's ~170
      // promises where Chromium lost it, so the chain itself is bounded here, not only the outcome.
      expect(gaps.stop()).toBeLessThan(50);
      // What corpus.ts writes next, in the same transaction.
      await db.topicState.bulkPut(up.rows);
      return { inside, topics: up.topics };
    });
    expect(topics.filter((t) => t.kind === 'concept').length).toBe(conceptBudget(articleCount));
    expect(inside).toBe(true);
    db.close();
  });
});
