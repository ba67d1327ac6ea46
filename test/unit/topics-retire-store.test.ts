/**
 * An import that retires a concept (utils/engine/topics-incremental.ts `TopicUpdate.removed`) deletes it everywhere a
 * reader looks it up, in the batch's transaction: its topic row, the packed head, its match-index rows (base and
 * appended), the meta row's list of them, and the id on its claims. A pack exported from the library (a backup, the
 * undo of a delete) names only topics it holds even where a claim holds the id of one that is gone, so it imports back.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDb, type ClaimLensDb } from '@/utils/db';
import { checkedPack, deleteArticles, exportPack, importItems, installSeedPack, restoreArticles } from '@/utils/corpus';
import { readMatchIndexInfo } from '@/utils/index-store';
import { readTopicHead } from '@/utils/topic-head';
import { matchesAsConcept } from '@/utils/engine/topics';
import { conceptBudget } from '@/utils/engine/topics-incremental';
import type { ImportItem } from '@/utils/messages';
import { seedPack } from './match/fixture-corpus';

const SUBJECTS = resolve(__dirname, '../fixtures/subjects');

/** Six second-subject stories' articles, as a reader pasting them one at a time would import them. */
function subjectItems(): ImportItem[] {
  return readdirSync(SUBJECTS)
    .sort()
    .slice(0, 6)
    .flatMap((subject) => {
      const dir = resolve(SUBJECTS, subject, 'articles');
      return readdirSync(dir)
        .sort()
        .map((f) => ({ name: `${subject}/${f}`, text: readFileSync(resolve(dir, f), 'utf8') }));
    });
}

let db: ClaimLensDb;
let n = 0;
beforeEach(() => {
  db = createDb(`test-topics-retire-${++n}`);
});

describe('a topic an import retires', () => {
  it('is gone from the topics, the head, the match index and its claims', async () => {
    await installSeedPack(db, seedPack());
    const deleted: string[] = [];
    db.topics.hook('deleting', (id) => void deleted.push(id as string));
    const items = subjectItems();
    for (const item of items) {
      const [outcome] = await importItems(db, [item]);
      expect(outcome!.status, JSON.stringify(outcome)).toBe('imported');
    }
    // Retirements happened (one article per batch admits past the budget), and the key-word concepts stay bounded.
    expect(deleted.length).toBeGreaterThan(0);
    const topics = await db.topics.toArray();
    const ids = new Set(topics.map((t) => t.id));
    expect(deleted.filter((id) => ids.has(id)).length).toBeLessThan(deleted.length);
    const articles = await db.articles.count();
    expect(topics.filter(matchesAsConcept).length).toBeLessThanOrEqual(2 * conceptBudget(articles));
    // The packed head a waking worker reads holds exactly the topic rows.
    expect(new Set((await readTopicHead(db))!.map((t) => t.id))).toEqual(ids);
    // No match-index row, base or appended, of a topic that is not there; nor in the meta row's list of appended rows.
    const rowKeys = (await db.topicIndex.toCollection().primaryKeys()) as string[];
    expect(rowKeys.map((k) => k.split('\u0001')[0]!).filter((id) => !ids.has(id))).toEqual([]);
    const info = await readMatchIndexInfo(db.meta);
    expect(Object.keys(info!.deltas ?? {}).filter((id) => !ids.has(id))).toEqual([]);
    // Nor a claim holding its id (search and the stored index are rebuilt from these).
    expect((await db.claims.toArray()).flatMap((c) => c.topics).filter((id) => !ids.has(id))).toEqual([]);
  }, 180_000);

  it("a claim holding a topic that is gone is exported without it: a backup and an undo import back", async () => {
    await installSeedPack(db, seedPack());
    const claim = (await db.claims.toArray()).find((c) => c.topics.length)!;
    await db.claims.put({ ...claim, topics: [...claim.topics, 'a-retired-concept'] });
    const backup = await exportPack(db);
    expect(backup.claims.find((c) => c.id === claim.id)!.topics).toEqual(claim.topics);
    expect(() => checkedPack(JSON.parse(JSON.stringify(backup)))).not.toThrow();
    const gone = await deleteArticles(db, [claim.articleId]);
    expect(() => checkedPack(JSON.parse(JSON.stringify(gone)))).not.toThrow();
    expect(await restoreArticles(db, gone)).toBe(1);
  });
});
