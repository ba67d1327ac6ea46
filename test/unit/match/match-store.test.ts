/**
 * The IndexedDB-resident match index (utils/index-store.ts + utils/background/match-store.ts) must give the
 * same overlay as matching against the full in-memory index, while reading only a slice of the corpus.
 */
import { readdirSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createDb, type ClaimLensDb } from '@/utils/db';
import { deleteArticles, installSeedPack, recomputeTopics } from '@/utils/corpus';
import { buildCorpusIndex, leadEndOf, matchPage, mentionsCanPass, preparePage, type MatchOptions } from '@/utils/engine/match';
import { loadPageSlice, readMatchHead, withTrueCounts } from '@/utils/background/match-store';
import { readMatchIndexInfo } from '@/utils/index-store';
import { readMatchVocab } from '@/utils/match-vocab';
import type { PageMatch } from '@/utils/engine/types';
import { PAGES, fixturePage, seedPack } from './fixture-corpus';
import { wildfirePack, wildfirePage } from '../cards/wildfire-fixture';

let db: ClaimLensDb;
let n = 0;
beforeEach(() => {
  db = createDb(`test-match-store-${++n}`);
});

const OPTS: MatchOptions = { sensitivity: 'medium', mutedTopics: [], mutedOutlets: [] };

/** What the overlay shows, in a comparable form. */
function shown(m: PageMatch) {
  return m.topics.map((t) => ({
    topic: t.topic.id,
    score: t.score,
    claimCount: t.claimCount,
    outletCount: t.outletCount,
    disputes: t.contrasts.disputes.map((c) => c.claim.id),
    agrees: t.contrasts.agrees.map((c) => c.claim.id),
    related: t.contrasts.related.map((c) => c.claim.id),
    figures: t.figures.map((f) => `${f.subjectKey}:${f.entries.map((e) => e.figure.value).join(',')}`),
  }));
}

async function fullMatch(path: string, opts = OPTS): Promise<PageMatch> {
  const [outlets, articles, claims, topics] = await Promise.all([db.outlets.toArray(), db.articles.toArray(), db.claims.toArray(), db.topics.toArray()]);
  return matchPage(buildCorpusIndex({ outlets, articles, claims, topics }), fixturePage(path), opts);
}

async function storeMatch(path: string, opts = OPTS): Promise<{ match: PageMatch; claimsRead: number }> {
  const head = await readMatchHead(db);
  if (!head) throw new Error('no stored match index');
  const page = fixturePage(path);
  const slice = await loadPageSlice(db, head, page, opts);
  return { match: withTrueCounts(matchPage(slice.index, page, opts), slice.counts), claimsRead: slice.index.claims.length };
}

const pages = ['seed-subject-article.html', 'unrelated-tax.html', ...readdirSync(`${PAGES}/varied`).filter((f) => f.endsWith('.html')).map((f) => `varied/${f}`)];

describe('stored match index', () => {
  it('matches a page again the same when it wants more claims than the claim cache keeps (every second load was empty)', async () => {
    await installSeedPack(db, seedPack());
    const head = (await readMatchHead(db))!;
    const page = fixturePage('seed-subject-article.html');
    const full = await fullMatch('seed-subject-article.html');
    expect(full.topics.length).toBeGreaterThan(0);
    // The cache keeps fewer claims than this page's slice: at 100k claims a 10,000-word page is such a page.
    head.claimCacheMax = 3;
    for (let load = 1; load <= 3; load++) {
      const slice = await loadPageSlice(db, head, page, OPTS);
      expect(slice.index.claims.length, `load ${load}`).toBeGreaterThan(3);
      expect(shown(withTrueCounts(matchPage(slice.index, page, OPTS), slice.counts)), `load ${load}`).toEqual(shown(full));
    }
  });

  it('is written with the topics and describes the corpus it was built over', async () => {
    await installSeedPack(db, seedPack());
    const info = await readMatchIndexInfo(db.meta);
    expect(info?.docCount).toBe(await db.claims.count());
    const topicsWithClaims = new Set((await db.claims.toArray()).flatMap((c) => c.topics));
    expect(new Set(await db.topicIndex.toCollection().primaryKeys())).toEqual(topicsWithClaims);
    expect((await readMatchVocab(db.matchVocab))!.idOf.size).toBeGreaterThan(100);
  });

  it.each(pages)('matches %s exactly as the full in-memory index does', async (path) => {
    await installSeedPack(db, seedPack());
    const full = await fullMatch(path);
    const { match } = await storeMatch(path);
    expect(shown(match)).toEqual(shown(full));
    expect(match.sentences.map((s) => [s.start, s.topicIds])).toEqual(full.sentences.map((s) => [s.start, s.topicIds]));
  });

  it('reads only a slice of the corpus for a page, and nothing for an unrelated one', async () => {
    await installSeedPack(db, seedPack());
    const total = await db.claims.count();
    const { match, claimsRead } = await storeMatch('seed-subject-article.html');
    expect(match.topics.length).toBeGreaterThan(0);
    expect(claimsRead).toBeLessThan(total);
    expect((await storeMatch('unrelated-tax.html')).match.topics).toEqual([]);
  });

  it('reads the index rows only of topics mentioned often enough to pass the gates, and matches as the full index does', async () => {
    await installSeedPack(db, seedPack());
    let skipped = 0;
    for (const path of pages) {
      const head = (await readMatchHead(db))!;
      const page = fixturePage(path);
      const spy = vi.spyOn(db.topicIndex, 'bulkGet');
      const slice = await loadPageSlice(db, head, page, OPTS);
      const asked = new Set(spy.mock.calls.flatMap(([keys]) => keys as string[]));
      spy.mockRestore();
      const doc = preparePage(page.text, head.matcher);
      const leadEnd = leadEndOf(doc);
      for (const id of new Set(doc.hits.map((h) => h.topicId))) {
        const n = doc.hits.filter((h) => h.topicId === id).length;
        const inLead = doc.hits.some((h) => h.topicId === id && h.start < leadEnd);
        const can = mentionsCanPass(head.topics.get(id)!, n, inLead, OPTS.sensitivity);
        expect(asked.has(id), `${path}: ${id}`).toBe(can);
        if (!can) skipped++;
      }
      expect(shown(withTrueCounts(matchPage(slice.index, page, OPTS), slice.counts)), path).toEqual(shown(await fullMatch(path)));
    }
    // Topics named in passing are common: their rows (claims, stems) are not read.
    expect(skipped).toBeGreaterThan(0);
  });

  it('honours muted outlets the same way, and stays right after articles are deleted', async () => {
    await installSeedPack(db, seedPack());
    const outlet = (await db.outlets.toArray())[0]!.id;
    const opts = { ...OPTS, mutedOutlets: [outlet] };
    expect(shown((await storeMatch('seed-subject-article.html', opts)).match)).toEqual(shown(await fullMatch('seed-subject-article.html', opts)));
    const victim = (await db.articles.toArray())[1]!.id;
    await deleteArticles(db, [victim]);
    const after = await storeMatch('seed-subject-article.html');
    for (const t of after.match.topics) {
      for (const c of [...t.contrasts.disputes, ...t.contrasts.agrees, ...t.contrasts.related]) expect(c.claim.articleId).not.toBe(victim);
    }
    expect(shown(after.match)).toEqual(shown(await fullMatch('seed-subject-article.html')));
  });

  it('a warm head (one per worker and corpus version) answers every page as a fresh one, reading rows only once', async () => {
    await installSeedPack(db, seedPack());
    const head = (await readMatchHead(db))!;
    const page = (path: string) => fixturePage(path);
    const warm = async (path: string) => {
      const slice = await loadPageSlice(db, head, page(path), OPTS);
      return withTrueCounts(matchPage(slice.index, page(path), OPTS), slice.counts);
    };
    for (const path of pages) expect(shown(await warm(path)), path).toEqual(shown((await storeMatch(path)).match));
    // Every page seen once: matching them again reads nothing from IndexedDB, and answers the same.
    const before = await Promise.all(pages.map((path) => warm(path).then(shown)));
    const reads = [db.topicIndex, db.articles, db.articleMeta, db.claims, db.articleFeatures].map((t) => vi.spyOn(t, 'bulkGet'));
    for (const [i, path] of pages.entries()) expect(shown(await warm(path)), path).toEqual(before[i]);
    for (const r of reads) expect(r).not.toHaveBeenCalled();
  });

  it('a warm head whose claim cache empties between and within pages still answers every page as a fresh one', async () => {
    await installSeedPack(db, seedPack());
    const fresh = await Promise.all(pages.map(async (path) => shown((await storeMatch(path)).match)));
    for (const bound of [3, 10, 25]) {
      const head = (await readMatchHead(db))!;
      head.claimCacheMax = bound;
      // Each page twice in a row (a reload), then all in order again: pages meet a cache that earlier ones filled,
      // holding some of their claims, and empty it.
      const order = [...pages.flatMap((_, i) => [i, i]), ...pages.map((_, i) => i)];
      for (const i of order) {
        const slice = await loadPageSlice(db, head, fixturePage(pages[i]!), OPTS);
        expect(shown(withTrueCounts(matchPage(slice.index, fixturePage(pages[i]!), OPTS), slice.counts)), `bound ${bound}, ${pages[i]}`).toEqual(fresh[i]);
      }
    }
  });

  it('reads the figure claims of subjects the page gives, not every figure claim of its topics', async () => {
    await installSeedPack(db, wildfirePack);
    const head = (await readMatchHead(db))!;
    const slice = await loadPageSlice(db, head, wildfirePage, OPTS);
    const read = new Set(slice.index.claims.map((c) => c.text));
    const planted = (pattern: RegExp) => wildfirePack.claims.filter((c) => pattern.test(c.text)).map((c) => c.text);
    // The homes count the page gives too: read. The firefighter counts (training, boots) are figure claims of the
    // fire's topic far from the page, of a subject the page does not give: not read.
    expect(planted(/30 homes/).length).toBe(1);
    for (const text of planted(/30 homes/)) expect(read.has(text), text).toBe(true);
    expect(planted(/firefighters in Oregon/).length).toBe(2);
    for (const text of planted(/firefighters in Oregon/)) expect(read.has(text), text).toBe(false);
    // ... and the card is the full index's.
    const [outlets, articles, claims, topics] = await Promise.all([db.outlets.toArray(), db.articles.toArray(), db.claims.toArray(), db.topics.toArray()]);
    const full = matchPage(buildCorpusIndex({ outlets, articles, claims, topics }), wildfirePage, OPTS);
    expect(shown(withTrueCounts(matchPage(slice.index, wildfirePage, OPTS), slice.counts))).toEqual(shown(full));
    expect(full.topics.flatMap((t) => t.figures).length).toBeGreaterThan(0);
  });

  it('reads every figure claim of a row stored before rows kept their figure keys', async () => {
    await installSeedPack(db, wildfirePack);
    const rows = await db.topicIndex.toArray();
    expect(rows.some((r) => r.figureKeys?.length)).toBe(true);
    await db.topicIndex.bulkPut(rows.map(({ figureKeys: _, ...r }) => r));
    const slice = await loadPageSlice(db, (await readMatchHead(db))!, wildfirePage, OPTS);
    const read = new Set(slice.index.claims.map((c) => c.text));
    for (const c of wildfirePack.claims.filter((x) => /firefighters in Oregon/.test(x.text))) expect(read.has(c.text), c.text).toBe(true);
  });

  it('is rebuilt by a re-mine when it is missing (a database from before version 3)', async () => {
    await installSeedPack(db, seedPack());
    await db.transaction('rw', [db.matchVocab, db.topicIndex, db.meta], async () => {
      await db.matchVocab.clear();
      await db.topicIndex.clear();
      await db.meta.delete('matchIndex');
    });
    expect(await readMatchHead(db)).toBeNull();
    await recomputeTopics(db);
    expect(await readMatchHead(db)).not.toBeNull();
  });
});
