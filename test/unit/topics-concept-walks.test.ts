/**
 * Issue 10 (import speed): an import batch walks each of its own articles' concept words once. The topic update counts
 * the batch's candidates (utils/engine/topics-incremental.ts `countCandidates`) and, when a concept is judged for its
 * story, compares the key words of the articles it was seen in — for the batch's own articles those come from the same
 * walk instead of a second `countConceptUses` over their text.
 */
import { describe, expect, it, vi } from 'vitest';
import { createDb } from '@/utils/db';
import { importItems } from '@/utils/corpus';
import { permitReport } from './permit-reports';

/** Walks of `countConceptUses`, by article id. */
const walks = new Map<string, number>();
vi.mock('@/utils/engine/topics', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/utils/engine/topics')>();
  return {
    ...real,
    countConceptUses: (...args: Parameters<typeof real.countConceptUses>) => {
      const id = args[0].article.id;
      walks.set(id, (walks.get(id) ?? 0) + 1);
      return real.countConceptUses(...args);
    },
  };
});

/** Report `j` (see permit-reports.ts). */
const report = (j: number, permit: boolean) => permitReport(j, permit, 'walks');

describe("an import batch's concept words", { timeout: 60_000 }, () => {
  it('are walked once per article of the batch, also when a concept they name is judged for its story', async () => {
    const db = createDb('test-topics-concept-walks');
    expect((await importItems(db, Array.from({ length: 40 }, (_, j) => report(j, j % 7 === 0)))).every((o) => o.status === 'imported')).toBe(true);
    // No stored key words (the re-mine stored them): the older reports are walked again, which shows the check ran.
    await db.conceptKeys.clear();
    walks.clear();
    // Two new permit reports: the concept is judged on the reports it was seen in, these two among them.
    const outcomes = await importItems(db, [report(40, true), report(41, true)], Date.now(), { deferTopics: true });
    const ids = outcomes.flatMap((o) => (o.status === 'imported' ? [o.articleId] : []));
    expect(ids).toHaveLength(2);
    // Older reports were walked for the story check (so it ran); each new one once, when its candidates were counted.
    expect([...walks.keys()].filter((id) => !ids.includes(id)).length).toBeGreaterThan(0);
    expect(ids.map((id) => walks.get(id))).toEqual([1, 1]);
    db.close();
  });
});
