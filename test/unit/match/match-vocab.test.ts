/**
 * db version 17 (issue 10, cold badge): the match index's stems live in ONE packed row (utils/match-vocab.ts) that a
 * waking worker reads with the head. A version-16 database (a `terms` row per stem) upgrades to the same ids and
 * document frequencies, and its pages match as before; the writers keep the row in step with the topic rows.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDb } from '@/utils/db';
import { importItems, installSeedPack } from '@/utils/corpus';
import { buildCorpusIndex, matchPage } from '@/utils/engine/match';
import { loadPageSlice, readMatchHead, withTrueCounts } from '@/utils/background/match-store';
import { packMatchVocab, readMatchVocab, type TermRow } from '@/utils/match-vocab';
import { STORES_V11 } from '../schema-v11';
import { fixturePage, seedPack } from './fixture-corpus';
import { decodeArticleFeatures } from '@/utils/article-features';

let n = 0;

/** The stores of db.ts as version 16 left them. */
const STORES_V16 = { ...STORES_V11, topicHead: 'key', articleMeta: 'id', topicStateLog: 'seq', claims: 'id, articleId, kind, date', searchDocs: 'slot, articleId, claimId', topics: 'id, weight', articles: 'id, outletId, source, url' };

const OPTS = { sensitivity: 'medium' as const, mutedTopics: [], mutedOutlets: [] };

describe('match vocabulary (db version 17)', { timeout: 60_000 }, () => {
  it('packs stems by id (a missing id is an empty line) and unpacks them', async () => {
    const rows: TermRow[] = [
      { term: 'budget', id: 2, df: 7 },
      { term: 'citi', id: 0, df: 3 },
    ];
    const row = packMatchVocab(rows);
    expect(row.terms).toBe('citi\n\nbudget');
    expect([...row.df]).toEqual([3, 0, 7]);
  });

  it('a version-16 database upgrades its per-stem rows into the one row, with the same ids and df, and matches as before', async () => {
    // A current database's index, written back in the version-16 shape (a `terms` row per stem).
    const src = createDb(`test-vocab-src-${++n}`);
    await installSeedPack(src, seedPack());
    const vocab = (await readMatchVocab(src.matchVocab))!;
    const terms: TermRow[] = vocab.terms.map((term, id) => ({ term, id, df: vocab.df[id]! }));
    const tables = ['outlets', 'articles', 'claims', 'topics', 'meta', 'topicIndex', 'topicHead', 'articleMeta'] as const;
    const data = await Promise.all(tables.map((t) => src.table(t).toArray()));
    // Features a row per claim, as version 16 stored them (version 22 packs them per article).
    const features = (await src.articleFeatures.toArray()).flatMap(decodeArticleFeatures);
    src.close();

    const name = `test-vocab-upgrade-${++n}`;
    const old = new Dexie(name);
    old.version(16).stores(STORES_V16);
    await old.table('terms').bulkPut(terms);
    for (const [i, t] of tables.entries()) await old.table(t).bulkPut(data[i]!);
    await old.table('claimFeatures').bulkPut(features);
    old.close();

    const db = createDb(name);
    await db.open();
    expect(db.tables.map((t) => t.name)).not.toContain('terms');
    const upgraded = (await readMatchVocab(db.matchVocab))!;
    expect(upgraded.terms).toEqual(vocab.terms);
    expect([...upgraded.df]).toEqual([...vocab.df]);
    const page = fixturePage('seed-subject-article.html');
    const head = (await readMatchHead(db))!;
    const slice = await loadPageSlice(db, head, page, OPTS);
    const stored = withTrueCounts(matchPage(slice.index, page, OPTS), slice.counts);
    const [outlets, articles, claims, topics] = await Promise.all([db.outlets.toArray(), db.articles.toArray(), db.claims.toArray(), db.topics.toArray()]);
    const full = matchPage(buildCorpusIndex({ outlets, articles, claims, topics }), page, OPTS);
    expect(stored.topics.length).toBeGreaterThan(0);
    expect(stored.topics.map((t) => [t.topic.id, t.score, t.contrasts.disputes.map((c) => c.claim.id), t.contrasts.related.map((c) => c.claim.id)])).toEqual(
      full.topics.map((t) => [t.topic.id, t.score, t.contrasts.disputes.map((c) => c.claim.id), t.contrasts.related.map((c) => c.claim.id)]),
    );
    db.close();
  });

  it('an import keeps the row in step: every claim stem is in it, with its df counted once per claim', async () => {
    const db = createDb(`test-vocab-import-${++n}`);
    await installSeedPack(db, seedPack());
    const text = 'The Quillmoor tidal barrage will cost 412 million dollars, the Quillmoor council said on Monday.';
    await importItems(db, [{ name: 'a', title: 'Barrage', outlet: 'Coast News', url: 'https://coast.example/a', published: '2024-03-01', text }], Date.now());
    const vocab = (await readMatchVocab(db.matchVocab))!;
    const claims = await db.claims.toArray();
    const id = vocab.idOf.get('quillmoor');
    expect(id).toBeDefined();
    expect(vocab.df[id!]).toBe(claims.filter((c) => /quillmoor/i.test(c.text)).length);
    expect(new Set(vocab.idOf.values()).size).toBe(vocab.idOf.size); // one id per stem
    db.close();
  });
});
