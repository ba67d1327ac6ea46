/**
 * Stored prepared claim features (issue 10 item 2): computed at import, read back by the page matcher instead of
 * preparing the claim, equal to on-the-fly preparation, and migrated in resumable batches when the engine version
 * differs — interrupted mid-way and resumed with no claim lost or written twice.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createDb, type ClaimLensDb } from '@/utils/db';
import { importItems, installSeedPack } from '@/utils/corpus';
import { contentTerms } from '@/utils/engine/text';
import { prepare, relate, relateSimilarity, type PreparedText } from '@/utils/engine/relation';
import { adoptClaimFeatures, claimFeaturesVersion, prepareClaimFeatures, stemsOfRow, textHash } from '@/utils/engine/claim-features';
import { FEATURES_META_KEY, featureProgress, migrateClaimFeatures } from '@/utils/claim-features-store';
import { loadPageSlice, readMatchHead } from '@/utils/background/match-store';
import { matchPage, type MatchOptions } from '@/utils/engine/match';
import type { Claim } from '@/utils/engine/types';
import { fixturePage, seedPack } from './fixture-corpus';
import { featureRows } from '../feature-rows';
import type { ArticleFeaturesRow } from '@/utils/article-features';

let db: ClaimLensDb;
let n = 0;
beforeEach(() => {
  db = createDb(`test-claim-features-${++n}`);
});

const OPTS: MatchOptions = { sensitivity: 'medium', mutedTopics: [], mutedOutlets: [] };

/** Every field a relation reads of a prepared text, as plain data. */
function plain(p: PreparedText) {
  return {
    text: p.text,
    figures: p.figures,
    topics: p.topics,
    terms: [...p.terms],
    entities: [...p.entities],
    tokenCount: p.tokenCount,
    direction: p.direction,
    up: p.up,
    down: p.down,
    cues: p.cues,
    negations: p.negations,
    negatedHeads: [...(p.negatedHeads ?? [])],
    refuting: p.refuting,
    refuteWeight: p.refuteWeight,
    hedges: p.hedges,
  };
}

/** A fresh copy of a claim (no cached preparation). */
const copy = (c: Claim): Claim => structuredClone(c);

describe('prepared claim features', () => {
  it('read back from a stored row equal preparing the claim on the fly, field by field and in relate', async () => {
    await installSeedPack(db, seedPack());
    const claims = await db.claims.toArray();
    const rows = await featureRows(db).bulkGet(claims.map((c) => c.id));
    expect(rows.every((r) => r?.v === claimFeaturesVersion())).toBe(true);
    const stored = claims.map((c, i) => {
      const claim = copy(c);
      expect(adoptClaimFeatures(claim, rows[i])).not.toBeNull();
      return claim;
    });
    const fresh = claims.map(copy);
    for (let i = 0; i < claims.length; i++) {
      expect(plain(prepare(stored[i]!))).toEqual(plain(prepare(fresh[i]!)));
      // The matcher's stems of a claim come from the row too: the same as tokenising it.
      expect(stemsOfRow(rows[i]!)).toEqual([...new Set(contentTerms(claims[i]!.text))]);
    }
    // Relations between stored and fresh claims are those between fresh ones (a sample of pairs, cues included).
    for (let i = 0; i < claims.length; i += 3) {
      const j = (i * 7 + 5) % claims.length;
      expect(relate(stored[i]!, stored[j]!)).toEqual(relate(fresh[i]!, fresh[j]!));
      expect(relateSimilarity(stored[i]!, fresh[j]!)).toEqual(relateSimilarity(fresh[i]!, fresh[j]!));
    }
  });

  it('of another engine version, or computed from another text, are not used', () => {
    const claim = { id: 'a:0', articleId: 'a', outletId: 'o', text: 'ISIS attacks rose sharply in Iraq, officials said.', start: 0, end: 10, speaker: null, kind: 'assertion', topics: [], figures: [], date: null } as unknown as Claim;
    const [row] = prepareClaimFeatures([claim]);
    expect(adoptClaimFeatures(copy(claim), { ...row!, v: 'old' })).toBeNull();
    expect(adoptClaimFeatures({ ...copy(claim), text: 'ISIS attacks fell in Iraq.' }, row)).toBeNull();
    expect(adoptClaimFeatures(copy(claim), row)).not.toBeNull();
    expect(row!.h).toBe(textHash(claim.text));
  });

  it('are written by an import in its own transaction, for every new claim', async () => {
    await installSeedPack(db, seedPack());
    const before = await featureRows(db).count();
    const [outcome] = await importItems(db, [
      {
        name: 'refinery.txt',
        text: 'Refinery fire kills 12 workers\n\nTwelve workers were killed in a fire at the Port Halden refinery on Monday, the company said. Officials denied that safety inspections had been skipped. The union said the plant had been warned twice about leaking valves.',
        meta: { outlet: 'Harbour Gazette', published: '2024-03-04' },
      },
    ] as never);
    if (outcome?.status !== 'imported') throw new Error(`import failed: ${JSON.stringify(outcome)}`);
    const newClaims = await db.claims.where('articleId').equals(outcome.articleId).toArray();
    expect(newClaims.length).toBeGreaterThan(0);
    const rows = await featureRows(db).bulkGet(newClaims.map((c) => c.id));
    expect(rows.every((r, i) => r?.v === claimFeaturesVersion() && r.h === textHash(newClaims[i]!.text))).toBe(true);
    expect(await featureRows(db).count()).toBe(before + newClaims.length);
  });

  it('are what the page matcher reads for candidate claims (a doctored row shows through; an old one does not)', async () => {
    await installSeedPack(db, seedPack());
    // Doctor every stored row with a marker term: a claim prepared from its row carries it, one prepared fresh cannot.
    const rows = await featureRows(db).toArray();
    await featureRows(db).bulkPut(rows.map((r) => ({ ...r, terms: [...r.terms, 'zzmarker'], forms: [...r.forms, ''] })));
    const page = fixturePage('seed-subject-article.html');
    const slice = await loadPageSlice(db, (await readMatchHead(db))!, page, OPTS);
    expect(slice.index.claims.length).toBeGreaterThan(0);
    // Every claim a card relates to the page (the candidates the stance model reads) comes from its stored row. (Claims
    // read for the figure rows only are read without their features: prepared on the fly, the same, if one is related.)
    const carded = matchPage(slice.index, page, OPTS).topics.flatMap((t) => [...t.contrasts.disputes, ...t.contrasts.agrees, ...t.contrasts.related]);
    expect(carded.length).toBeGreaterThan(0);
    expect(carded.every((x) => prepare(slice.index.claimsById.get(x.claim.id)!).terms.has('zzmarker'))).toBe(true);

    // Rows of another engine version (a migration not yet done) are skipped: the claims are prepared on the fly.
    await featureRows(db).bulkPut(rows.map((r) => ({ ...r, v: 'old', terms: [...r.terms, 'zzmarker'], forms: [...r.forms, ''] })));
    const fresh = await loadPageSlice(db, (await readMatchHead(db))!, page, OPTS);
    expect(fresh.index.claims.some((c) => prepare(c).terms.has('zzmarker'))).toBe(false);
    // ... and the overlay still matches the page.
    expect(matchPage(fresh.index, page, OPTS).topics.length).toBeGreaterThan(0);
  });

  it("rows an import's new aliases left behind are still read for claims the change does not touch, before any migration", async () => {
    await installSeedPack(db, seedPack());
    const versionBefore = claimFeaturesVersion();
    // Three outlets define a union by its acronym: the import makes an alias group, which moves the features version
    // of every stored row (the seeds'); the background migration has not run.
    const outlets = ['Harbour Times', 'Coastal Ledger', 'Port Gazette'];
    const outcomes = await importItems(
      db,
      outlets.map((outlet, i) => ({
        name: `union-${i}.txt`,
        title: `Dock strike ${i}`,
        outlet,
        url: `https://${outlet.toLowerCase().replace(/ /g, '-')}.example/union-${i}`,
        published: '2024-05-0' + (i + 1),
        text: `The Harbour Workers Union (HWU) said ${1200 + i} members would strike. HWU leaders rejected the offer from the port authority.`,
      })),
    );
    expect(outcomes.every((o) => o.status === 'imported')).toBe(true);
    const head = (await readMatchHead(db))!;
    const page = fixturePage('seed-subject-article.html');
    // Doctor the seeds' stored rows (keeping their version) with a marker term, as the matcher test above does.
    const seedIds = new Set(seedPack().claims.map((c) => c.id));
    const rows = (await featureRows(db).toArray()).filter((r) => seedIds.has(r.id));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.v === versionBefore)).toBe(true);
    await featureRows(db).bulkPut(rows.map((r) => ({ ...r, terms: [...r.terms, 'zzmarker'], forms: [...r.forms, ''] })));
    const slice = await loadPageSlice(db, head, page, OPTS);
    expect(claimFeaturesVersion()).not.toBe(versionBefore); // the page is matched under the new groups
    const carded = matchPage(slice.index, page, OPTS).topics.flatMap((t) => [...t.contrasts.disputes, ...t.contrasts.agrees, ...t.contrasts.related]);
    expect(carded.length).toBeGreaterThan(0);
    // The seed claims a card relates come from their (earlier-version) stored rows: none names the union.
    expect(carded.filter((x) => !prepare(slice.index.claimsById.get(x.claim.id)!).terms.has('zzmarker')).map((x) => x.claim.text)).toEqual([]);
    // A claim naming the union (its row left of the earlier state for the migration) is not read from its row.
    const unionClaims = await db.claims.where('articleId').anyOf(outcomes.map((o) => (o.status === 'imported' ? o.articleId : ''))).toArray();
    const named = unionClaims.filter((c) => /HWU/.test(c.text));
    expect(named.length).toBeGreaterThan(0);
    const namedRows = await featureRows(db).bulkGet(named.map((c) => c.id));
    expect(namedRows.every((r) => r?.v === versionBefore)).toBe(true);
    expect(named.filter((c, i) => adoptClaimFeatures(structuredClone(c), namedRows[i], head.changeOf ?? (() => null)) !== null)).toEqual([]);
    expect(head.changeOf?.(versionBefore)).toBeTruthy(); // the groups of that version were known
  });
});

describe('features migration', () => {
  /** Makes every stored row look like an older engine's and forgets the migration's progress. */
  async function ageRows(): Promise<void> {
    const rows = await featureRows(db).toArray();
    await featureRows(db).bulkPut(rows.map((r) => ({ ...r, v: 'engine-before', terms: ['stale'], forms: [''] })));
    await db.meta.delete(FEATURES_META_KEY);
  }

  it('interrupted mid-way and resumed on a new worker: every claim once, equal to on-the-fly preparation', async () => {
    await installSeedPack(db, seedPack());
    await ageRows();
    const claims = await db.claims.toArray();
    expect(claims.length).toBeGreaterThan(40);
    expect(await featureProgress(db)).toMatchObject({ done: 0, total: claims.length, finished: false });

    // The first worker does two batches of about 10 claims (whole articles: their features share a row), then is stopped.
    let batches = 0;
    const first = await migrateClaimFeatures(db, { batchSize: 10, shouldContinue: () => batches < 2, afterBatch: () => void batches++ });
    const articles = [...new Set(claims.map((c) => c.articleId))].sort();
    const cursor = (JSON.parse((await db.meta.get(FEATURES_META_KEY))!.value) as { cursor: string }).cursor;
    const firstDone = claims.filter((c) => c.articleId <= cursor).length;
    expect(articles.length).toBeGreaterThan(3);
    expect(firstDone).toBeGreaterThan(0);
    expect(first).toMatchObject({ done: firstDone, total: claims.length, finished: false });
    expect(await featureProgress(db)).toMatchObject({ done: firstDone, finished: false });
    expect(await featureRows(db).current(claimFeaturesVersion())).toBe(firstDone);

    // A new worker (a new connection to the same database) resumes after the last committed batch.
    const name = db.name;
    db.close();
    db = createDb(name);
    const puts = vi.spyOn(db.articleFeatures, 'bulkPut');
    const second = await migrateClaimFeatures(db, { batchSize: 10 });
    const written = puts.mock.calls.flatMap(([rows]: unknown[]) => (rows as readonly ArticleFeaturesRow[]).flatMap((a) => a.ids));
    expect(second).toEqual({ version: claimFeaturesVersion(), done: claims.length, total: claims.length, finished: true });
    // Only the claims the first worker had not done were written, each once.
    expect(written.length).toBe(claims.length - firstDone);
    expect(new Set(written).size).toBe(written.length);

    const rows = await featureRows(db).toArray();
    expect(rows.length).toBe(claims.length);
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(claims.map((c) => c.id)));
    const expected = new Map(prepareClaimFeatures(claims).map((r) => [r.id, r]));
    for (const r of rows) expect(r).toEqual(expected.get(r.id));

    // Finished: running again does nothing.
    expect(await migrateClaimFeatures(db, { batchSize: 10 })).toMatchObject({ finished: true, done: claims.length });
  });

  it('sweeps up claims written behind its cursor without features, and rows whose claim is gone', async () => {
    await installSeedPack(db, seedPack());
    await ageRows();
    const claims = await db.claims.orderBy(':id').toArray();
    await migrateClaimFeatures(db, { batchSize: 25, shouldContinue: (() => { let k = 0; return () => k++ < 1; })() });
    // A claim the walk passed loses its row (a write path that stored none), and a row outlives its claim.
    const passed = claims[3]!;
    await featureRows(db).delete(passed.id);
    await featureRows(db).bulkPut([{ ...prepareClaimFeatures([passed])[0]!, id: 'gone:0' }]);
    const done = await migrateClaimFeatures(db, { batchSize: 25 });
    expect(done.finished).toBe(true);
    expect(await featureRows(db).get('gone:0')).toBeUndefined();
    expect((await featureRows(db).get(passed.id))?.v).toBe(claimFeaturesVersion());
    expect(await featureRows(db).count()).toBe(claims.length);
  });

  it('two runs at once do not double-count (the second sees the cursor moved and stops)', async () => {
    await installSeedPack(db, seedPack());
    await ageRows();
    const total = await db.claims.count();
    const [a, b] = await Promise.all([migrateClaimFeatures(db, { batchSize: 15 }), migrateClaimFeatures(db, { batchSize: 15 })]);
    const p = await featureProgress(db);
    expect(p).toEqual({ version: claimFeaturesVersion(), done: total, total, finished: true });
    expect([a.finished || b.finished]).toEqual([true]);
    expect(await featureRows(db).current(claimFeaturesVersion())).toBe(total);
  });
});
