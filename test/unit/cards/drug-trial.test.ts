// A third subject, written for the article-level stance (utils/engine/stance/article.ts) and never used to fit or
// tune it: a drug trial reported by three outlets — one asserts the result (Harbor Health News), one calls it false
// (Clearview Check, a fact-check), one only reports the company's statement (Metro Daily) — opened against a page from
// an outlet not in the corpus that asserts the result. The card should show the fact-check as the dispute, the
// company-statement report as context, and claims beside the question (share price, head office) as context.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '@/scripts/pack-files';
import { buildPack, validatePack } from '@/utils/engine/pack';
import { buildCorpusIndex, matchPage } from '@/utils/engine/match';
import type { Contrast, PageMatch } from '@/utils/engine/types';

const DIR = join(__dirname, '../../fixtures/subjects/drug-trial');
const files = readdirSync(join(DIR, 'articles')).sort().map((f) => join(DIR, 'articles', f));
const loaded = loadArticles(files);
const pack = validatePack(buildPack(loaded.analyzed, { createdAt: '2026-03-01T00:00:00.000Z' }));
const page = {
  text: readFileSync(join(DIR, 'page.txt'), 'utf8'),
  url: 'https://riverside-courier.example/health/velorin',
  title: "A pill that slows Alzheimer's",
  siteName: 'Riverside Courier',
  published: '2026-02-12',
};
const opts = { sensitivity: 'medium' as const, mutedTopics: [], mutedOutlets: [] };
const match: PageMatch = matchPage(buildCorpusIndex(pack, { articleStance: true }), page, opts);
const items = (m: PageMatch): Contrast[] => m.topics.flatMap((t) => [...t.contrasts.disputes, ...t.contrasts.agrees, ...t.contrasts.related]);
const of = (outlet: string) => items(match).filter((c) => c.outlet.name === outlet);

describe('third subject: a drug trial, asserted, called false, and reported', () => {
  it('imports three dated outlets and finds the drug on the page', () => {
    expect(loaded.errors).toEqual([]);
    expect(pack.outlets.map((o) => o.name).sort()).toEqual(['Clearview Check', 'Harbor Health News', 'Metro Daily']);
    expect(match.topics.map((t) => t.topic.label)).toContain('Velorin');
  });

  it('the fact-check that calls the result false disputes the page, answering the sentence it rejects', () => {
    const disputes = items(match).filter((c) => c.relation.label === 'disputes');
    expect(disputes.length).toBeGreaterThan(0);
    for (const d of disputes) {
      expect(d.outlet.name, d.claim.text).toBe('Clearview Check');
      expect(d.pageSentence?.text).toMatch(/Velorin/);
      expect(d.timing?.position).toBe('same-time');
    }
    // The article-level reading is what the card used: the page asserts, the fact-check rejects.
    const read = disputes.find((d) => d.relation.story)!.relation.story!;
    expect(read).toMatchObject({ a: 'assert', b: 'reject' });
  });

  it('the report of the company statement takes no side, and neither does the outlet that asserts the result', () => {
    for (const c of of('Metro Daily')) expect(c.relation.label, c.claim.text).toBe('related');
    expect(of('Metro Daily').length).toBeGreaterThan(0);
    for (const c of of('Harbor Health News')) expect(c.relation.label, c.claim.text).not.toBe('disputes');
    expect(of('Harbor Health News').length).toBeGreaterThan(0);
  });

  it('claims beside the question stay context', () => {
    for (const text of ['shares rose', 'based in Rotterdam', 'did not respond', '90 hospitals']) {
      for (const c of items(match).filter((x) => x.claim.text.includes(text))) expect(c.relation.label, c.claim.text).toBe('related');
    }
  });

  it("the fact-check's near copy of the page (\"Claims that … are false\") is read with its article: never an agreement", () => {
    const near = items(match).find((c) => c.claim.text.startsWith('Claims that'))!;
    expect(near.relation.label).not.toBe('agrees');
    expect(near.relation.story).toMatchObject({ a: 'assert', b: 'reject' });
    // An index built without the article stance (the extension's stored slice has no bodies) reads no article, with or
    // without bodies in the data: the claim-level rules alone decide.
    for (const data of [pack, { ...pack, articles: pack.articles.map(({ body: _body, ...a }) => a) }]) {
      for (const c of items(matchPage(buildCorpusIndex(data), page, opts))) expect(c.relation.story).toBeUndefined();
    }
  });
});
