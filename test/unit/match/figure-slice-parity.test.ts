/**
 * The extension's figure rows equal the full index's on the blind subjects. A sentence giving a count often names no
 * topic ("Three people have died in the fire."); the page slice read only the figure claims of its topics' rows, so the
 * extension showed the fire's deaths row with 2 of its 5 entries and the ransomware page with no row at all, where the
 * CLI and the evals (full index) showed them whole. A topic row now carries the figure claims of its claims' articles
 * (utils/index-store.ts figureClaimsOf), through a full build and through an import's append alike.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDb, type ClaimLensDb } from '@/utils/db';
import { importAnalysed, installSeedPack } from '@/utils/corpus';
import { seedPack } from './fixture-corpus';
import { loadArticles } from '@/scripts/pack-files';
import { buildPack } from '@/utils/engine/pack';
import { buildCorpusIndex, matchPage } from '@/utils/engine/match';
import { loadPageSlice, readMatchHead } from '@/utils/background/match-store';
import type { PageMatch } from '@/utils/engine/types';

const OPTS = { sensitivity: 'medium' as const, mutedTopics: [], mutedOutlets: [] };
const PAGES: Record<string, { url: string; title: string; siteName: string; published: string }> = {
  'bramble-creek-fire': { url: 'https://coastline-chronicle.example/news/bramble-creek-fire', title: 'Marlow Falls residents return as Bramble Creek Fire slows', siteName: 'Coastline Chronicle', published: '2026-08-18' },
  'factory-automation': { url: 'https://midland-post.example/business/halvorsen-cuts', title: 'Halvorsen cuts 300 jobs, says no more to come', siteName: 'Midland Post', published: '2026-10-06' },
  'wexley-ransomware': { url: 'https://harbor-state-journal.example/news/wexley-general-ransomware', title: 'Wexley General reopens emergency room as ransomware recovery drags on', siteName: 'Harbor State Journal', published: '2026-11-05' },
  'callowell-teachers-strike': { url: 'https://valley-morning-post.example/education/callowell-strike-ends', title: "Callowell teachers' strike ends with 6 percent raise", siteName: 'Valley Morning Post', published: '2026-09-17' },
  'pepper-lane-salmonella': { url: 'https://tri-county-times.example/health/pepper-lane-salmonella', title: 'Salmonella outbreak tied to Pepper Lane Grill climbs to 47 cases', siteName: 'Tri-County Times', published: '2026-10-15' },
  'tamsworth-recount': { url: 'https://riverbend-gazette.example/politics/tamsworth-recount', title: 'Recount confirms Kinsale as Tamsworth mayor', siteName: 'Riverbend Gazette', published: '2026-11-19' },
};

/** Each figure row as text: topic, subject key, and its entries (outlet and value) in order. */
const rowsOf = (m: PageMatch) => m.topics.flatMap((t) => t.figures.map((r) => `${t.topic.label} ${r.subjectKey}: ${r.entries.map((e) => `${e.outletName} ${e.figure.value}`).join(', ')}`));

function subject(name: string) {
  const dir = join(__dirname, '../../fixtures/subjects', name);
  const loaded = loadArticles(readdirSync(join(dir, 'articles')).sort().map((f) => join(dir, 'articles', f)));
  return { loaded, page: { ...PAGES[name]!, text: readFileSync(join(dir, 'page.txt'), 'utf8') } };
}

/** The page's figure rows from the background's slice of `db` are the full index's (and there are some). */
async function expectSliceRowsAsFull(db: ClaimLensDb, page: ReturnType<typeof subject>['page']) {
  const [outlets, articles, claims, topics] = await Promise.all([db.outlets.toArray(), db.articles.toArray(), db.claims.toArray(), db.topics.toArray()]);
  const full = rowsOf(matchPage(buildCorpusIndex({ outlets, articles, claims, topics }), page, OPTS));
  const slice = await loadPageSlice(db, (await readMatchHead(db))!, page, OPTS);
  expect(full.length).toBeGreaterThan(0);
  expect(rowsOf(matchPage(slice.index, page, OPTS))).toEqual(full);
}

describe('figure rows: the stored slice against the full index', () => {
  it.each(Object.keys(PAGES))('%s, installed as a pack (a full build)', async (name) => {
    const { loaded, page } = subject(name);
    const db = createDb(`figure-parity-pack-${name}`);
    await installSeedPack(db, buildPack(loaded.analyzed, { createdAt: '2026-11-30T00:00:00.000Z' }));
    await expectSliceRowsAsFull(db, page);
    db.close();
  });

  it.each(Object.keys(PAGES))('%s, imported after the seeds (an append)', async (name) => {
    const { loaded, page } = subject(name);
    const db = createDb(`figure-parity-import-${name}`);
    await installSeedPack(db, seedPack());
    const outcomes = await importAnalysed(db, loaded.analyzed.map((a, i) => ({ name: `article ${i}`, explicitOutlet: false, ...a })));
    expect(outcomes.every((o) => o.status === 'imported')).toBe(true);
    await expectSliceRowsAsFull(db, page);
    db.close();
  });
});
