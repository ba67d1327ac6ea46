/**
 * A full re-mine (corpus.ts `recomputeTopics`) rewrites only the claims whose topic ids it moves: at 100k claims an
 * update's start-up re-mine wrote every claim row again (~17 s in Chromium) when most kept their topics.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { DBCore, Middleware } from 'dexie';
import { createDb, type ClaimLensDb } from '@/utils/db';
import { installSeedPack, recomputeTopics } from '@/utils/corpus';
import { mineTopics } from '@/utils/engine/topics';
import { seedPack } from './match/fixture-corpus';

let db: ClaimLensDb;
let n = 0;
/** Claim rows written through put/add since the last reset. */
let claimWrites = 0;
const countClaimWrites: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'count-claim-writes',
  create: (down) => ({
    ...down,
    table: (name) => {
      const t = down.table(name);
      return name !== 'claims' ? t : { ...t, mutate: (req) => ((claimWrites += req.type === 'put' || req.type === 'add' ? req.values.length : 0), t.mutate(req)) };
    },
  }),
};

beforeEach(async () => {
  db = createDb(`test-remine-writes-${++n}`);
  db.use(countClaimWrites);
  await installSeedPack(db, seedPack());
  claimWrites = 0;
});

describe('re-mine writes', () => {
  it('a re-mine that moves no topic id writes no claim row, and one that moves one writes that claim only', async () => {
    const before = await db.claims.toArray();
    expect(before.length).toBeGreaterThan(20);
    await recomputeTopics(db);
    expect(claimWrites).toBe(0);
    expect(await db.claims.toArray()).toEqual(before);

    // A claim whose stored topics went missing (an interrupted older write): the re-mine puts them back, alone.
    const victim = before.find((c) => c.topics.length > 0)!;
    await db.claims.update(victim.id, { topics: [] });
    claimWrites = 0;
    await recomputeTopics(db);
    expect(claimWrites).toBe(1);
    expect(await db.claims.toArray()).toEqual(before);
  });

  it('stored claims carry exactly the topic ids a full mine gives', async () => {
    await recomputeTopics(db);
    const [articles, claims, outlets] = await Promise.all([db.articles.toArray(), db.claims.toArray(), db.outlets.toArray()]);
    const mined = mineTopics(articles, claims.map((c) => ({ ...c, topics: [] })), outlets);
    const stored = new Map(claims.map((c) => [c.id, c.topics]));
    for (const c of mined.claims) expect(stored.get(c.id)).toEqual(c.topics);
  });
});
