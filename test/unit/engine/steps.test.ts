/**
 * The sliced re-mine's computations (utils/engine/steps.ts): run in slices they give exactly what the plain functions
 * give, and they do pause — the service worker answers pages between slices only if they do.
 */
import { describe, expect, it } from 'vitest';
import { runSteps, runStepsAsync, type Steps } from '@/utils/engine/steps';
import { mineTopics, mineTopicsSteps, type MineWork } from '@/utils/engine/topics';
import { topicStateRows, topicStateRowsSteps } from '@/utils/engine/topics-incremental';
import { buildMatchIndexRows, buildMatchIndexRowsSteps } from '@/utils/index-store';
import { seedPack } from '../match/fixture-corpus';

/** Runs `steps` in slices of 0 ms (a pause after every step), counting the pauses. */
async function sliced<T>(steps: Steps<T>): Promise<{ value: T; pauses: number }> {
  let pauses = 0;
  const value = await runStepsAsync(steps, { sliceMs: 0, pause: async () => void pauses++ });
  return { value, pauses };
}

describe('steps', () => {
  it('runs a computation to the same result at once and in slices, pausing between slices', async () => {
    function* count(n: number): Steps<number> {
      let sum = 0;
      for (let i = 1; i <= n; i++) {
        sum += i;
        yield;
      }
      return sum;
    }
    expect(runSteps(count(10))).toBe(55);
    expect(await sliced(count(10))).toEqual({ value: 55, pauses: 10 });
    // A slice long enough for all of it: no pause.
    expect(await runStepsAsync(count(10), { sliceMs: 10_000, pause: () => Promise.reject(new Error('paused')) })).toBe(55);
  });

  it("a re-mine's topics, match-index rows and topic state are the same in slices as in one go", async () => {
    const pack = seedPack();
    const claims = pack.claims.map((c) => ({ ...c, topics: [] }));
    // Enough documents for several yields (one every 32 documents): the seeds eight times, under other outlets' names.
    const articles = Array.from({ length: 8 }, (_, k) => pack.articles.map((a) => ({ ...a, id: `${a.id}-${k}`, outletId: `${a.outletId}-${k}` }))).flat();
    const allClaims = Array.from({ length: 8 }, (_, k) => claims.map((c) => ({ ...c, id: `${c.id}-${k}`, articleId: `${c.articleId}-${k}`, outletId: `${c.outletId}-${k}` }))).flat();
    const outlets = Array.from({ length: 8 }, (_, k) => pack.outlets.map((o) => ({ ...o, id: `${o.id}-${k}`, name: `${o.name} ${k}` }))).flat();

    const whole = mineTopics(articles, allClaims, outlets);
    const work: Partial<MineWork> = {};
    const mined = await sliced(mineTopicsSteps(articles, allClaims, outlets, {}, work));
    expect(mined.value).toEqual(whole);
    expect(mined.pauses).toBeGreaterThan(articles.length / 32);
    expect(work.docs?.length).toBe(articles.length);

    const data = { outlets, articles, claims: whole.claims, topics: whole.topics };
    const rows = await sliced(buildMatchIndexRowsSteps(data));
    const plain = buildMatchIndexRows(data);
    expect({ ...rows.value, info: { ...rows.value.info, builtAt: 0 } }).toEqual({ ...plain, info: { ...plain.info, builtAt: 0 } });
    expect(rows.pauses).toBeGreaterThan(0);

    const keys = new Map<string, Set<string>>();
    const plainKeys = new Map<string, Set<string>>();
    // From the mine's own documents (not tokenised again), as from the articles.
    const state = await sliced(topicStateRowsSteps(articles, whole.topics, keys, work));
    expect(state.value).toEqual(topicStateRows(articles, whole.topics, plainKeys));
    expect(keys).toEqual(plainKeys);
    expect(state.pauses).toBeGreaterThan(0);
  });
});
