// The second-subject corpus (test/fixtures/subjects/refinery-blast): four outlets with different slants on one
// explosion plus a 2016 article, opened against a page from an outlet not in the corpus. Pins what the card
// shows: the figure contrast of one event, the agreements (the wire copy marked as the same wording), the only dispute
// the corpus has on this page, and
// that none of the distractors (far-apart in time, mention only, trigger word about something else, miles vs
// square miles, a headcount nine years apart) is a dispute or a headline contrast.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '@/scripts/pack-files';
import { buildPack, validatePack } from '@/utils/engine/pack';
import { buildCorpusIndex, matchPage } from '@/utils/engine/match';
import type { Contrast, CorpusPack, PageMatch } from '@/utils/engine/types';
import { fixturePage, seedIndex, seedPack } from '../match/fixture-corpus';
import { CARD_STANCE_THRESHOLDS } from '@/utils/engine/stance/thresholds';

const ROOT = join(__dirname, '../../..');
const DIR = join(ROOT, 'test/fixtures/subjects/refinery-blast');
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8'));

function subjectPack(): CorpusPack {
  const files = readdirSync(join(DIR, 'articles')).sort().map((f) => join(DIR, 'articles', f));
  const loaded = loadArticles(files);
  expect(loaded.errors).toEqual([]);
  return validatePack(buildPack(loaded.analyzed, { createdAt: '2026-01-01T00:00:00.000Z' }));
}

const pack = subjectPack();
const index = buildCorpusIndex(pack);
const match: PageMatch = matchPage(index, fixturePage(expected.page), { sensitivity: 'medium', mutedTopics: [], mutedOutlets: [] });
const items = (m: PageMatch): Contrast[] => m.topics.flatMap((t) => [...t.contrasts.disputes, ...t.contrasts.agrees, ...t.contrasts.related]);
const labelOf = (c: Contrast) => c.relation.label;
const find = (claim: string) => items(match).filter((c) => c.claim.text.includes(claim));

describe('second subject: the Corvane refinery explosion', () => {
  it('imports as four outlets with dated articles', () => {
    expect(pack.outlets.map((o) => o.name).sort()).toEqual(['Coastal Labour Voice', 'Greenline Review', 'Halden Herald', 'Meridian Wire']);
    expect(pack.articles.every((a) => a.published)).toBe(true);
  });

  it("the card knows the page's own date", () => {
    expect(match.pageDate).toBe(expected.pageDate);
    expect(match.topics.length).toBeGreaterThan(0);
  });

  it('the differing death tolls of the one explosion are a headline contrast, the page beside them', () => {
    for (const fc of expected.figureContrasts) {
      const rows = match.topics.flatMap((t) => t.figures).filter((r) => r.subjectKey.includes(`${fc.unit}:${fc.state}`));
      expect(rows).toHaveLength(1);
      const row = rows[0]!;
      expect(row.sameEvent).toBe(true);
      expect([...new Set(row.entries.map((e) => e.figure.value))].sort((a, b) => a - b)).toEqual(fc.values);
      for (const [value, outlets] of Object.entries(fc.outlets as Record<string, string[]>)) {
        for (const o of outlets) expect(row.entries.some((e) => e.figure.value === Number(value) && e.outletName === o)).toBe(true);
      }
      expect(row.entries.some((e) => e.outletName.endsWith('(this page)'))).toBe(true);
    }
  });

  it('the near-verbatim closure reports agree, each answering the page sentence about the closure', () => {
    for (const a of expected.agreements.filter((x: { question: string }) => x.question.startsWith('How long'))) {
      const found = find(a.claim);
      expect(found.length, a.claim).toBe(1);
      expect(labelOf(found[0]!)).toBe('agrees');
      expect(found[0]!.outlet.name).toBe(a.outlet);
      expect(found[0]!.pageSentence?.text).toContain(a.page);
    }
  });

  it('the wire sentence the page prints word for word is marked as the same wording; the reported-speech one is not', () => {
    expect(expected.copies.length).toBeGreaterThan(0);
    for (const a of expected.copies) {
      const found = find(a.claim);
      expect(found.length, a.claim).toBe(1);
      expect(found[0]!.outlet.name).toBe(a.outlet);
      expect(found[0]!.relation.copy).toBe(true);
    }
    const copies = new Set(expected.copies.map((c: { claim: string }) => c.claim));
    for (const a of expected.agreements.filter((x: { claim: string }) => !copies.has(x.claim))) for (const c of find(a.claim)) expect(c.relation.copy, a.claim).toBeUndefined();
  });

  it('every dispute on the card is an expected one, and answers the sentence it disputes', () => {
    const disputes = items(match).filter((c) => labelOf(c) === 'disputes');
    expect(disputes.length).toBeGreaterThan(0);
    for (const d of disputes) {
      const exp = expected.disputes.find((e: { claim: string }) => d.claim.text.includes(e.claim));
      expect(exp, `unexpected dispute: ${d.claim.text}`).toBeDefined();
      expect(d.pageSentence?.text).toContain(exp.page);
      expect(d.timing?.position).toBe('same-time');
    }
  });

  it('no distractor is a dispute or an agreement; far-apart claims say how far', () => {
    for (const n of expected.notDisputes) {
      for (const c of find(n.claim)) {
        expect(labelOf(c), n.claim).toBe('related');
        if (n.timing) {
          expect(c.timing?.position).toBe(n.timing);
          expect(c.timing!.gapDays!).toBeGreaterThanOrEqual(n.gapDaysAtLeast);
        }
      }
    }
  });

  it('one claim appears under one topic only', () => {
    const ids = items(match).map((c) => c.claim.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('never miles against square miles, and a headcount nine years apart is no headline', () => {
    const rows = match.topics.flatMap((t) => t.figures);
    for (const r of rows) expect(new Set(r.entries.map((e) => e.figure.unit)).size).toBe(1);
    for (const n of expected.notFigureContrasts) {
      const mixing = rows.filter((r) => n.values.every((v: number) => r.entries.some((e) => e.figure.value === v)));
      for (const r of mixing) expect(r.sameEvent, r.subject).toBe(false);
      if (n.kind === 'incompatible-units') expect(mixing).toEqual([]);
    }
  });

  it('every item names the page sentence it answers', () => {
    for (const c of items(match)) {
      expect(c.pageSentence).toBeTruthy();
      expect(fixturePage(expected.page).text.slice(c.pageSentence!.start, c.pageSentence!.end)).toBe(c.pageSentence!.text);
    }
  });
});

describe('the seed subject still holds', () => {
  const seed = matchPage(seedIndex(), fixturePage('seed-subject-article.html'), { sensitivity: 'medium', mutedTopics: [], mutedOutlets: [] });
  it('5,200 and 2,500 US troops in Iraq are one subject, over time (not one event)', () => {
    const rows = seed.topics.flatMap((t) => t.figures).filter((r) => r.subjectKey === 'us|troop|iraq');
    expect(rows).toHaveLength(1);
    const values = rows[0]!.entries.map((e) => e.figure.value);
    expect(values).toEqual(expect.arrayContaining([5200, 2500]));
    expect(rows[0]!.sameEvent).toBe(false);
  });

  it('seed claims years before the page are context with their gap, never disputes', () => {
    expect(seed.pageDate).toBe('2024-03-12');
    const old = items(seed).filter((c) => c.claim.date && c.claim.date < '2023');
    expect(old.length).toBeGreaterThan(0);
    for (const c of old) {
      expect(labelOf(c)).toBe('related');
      expect(c.timing?.position).toBe('earlier');
    }
    expect(items(seed).some((c) => labelOf(c) === 'disputes')).toBe(true);
  });
});

// The same corpora with the article-level stance on (stance/article.ts: each corpus article read as a whole against the
// page; the CLI's --article-stance and eval:cards use it; the extension's stored index carries no bodies yet).
describe('with the article-level stance', () => {
  const withStance = matchPage(buildCorpusIndex(pack, { articleStance: true }), fixturePage(expected.page), { sensitivity: 'medium', mutedTopics: [], mutedOutlets: [] });
  const seedWith = matchPage(buildCorpusIndex(seedPack(), { articleStance: true }), fixturePage('seed-subject-article.html'), { sensitivity: 'medium', mutedTopics: [], mutedOutlets: [] });

  it('every dispute on the refinery card is still an expected one, and no distractor takes a side', () => {
    const disputes = items(withStance).filter((c) => labelOf(c) === 'disputes');
    expect(disputes.length).toBeGreaterThan(0);
    for (const d of disputes) expect(expected.disputes.find((e: { claim: string }) => d.claim.text.includes(e.claim)), d.claim.text).toBeDefined();
    for (const n of expected.notDisputes) for (const c of items(withStance).filter((x) => x.claim.text.includes(n.claim))) expect(labelOf(c), n.claim).toBe('related');
  });

  it('an agreement needs both texts read as agreeing (the closure reports only relay it: context)', () => {
    for (const c of items(withStance).filter((x) => labelOf(x) === 'agrees')) {
      expect(c.relation.story, c.claim.text).toBeDefined();
      // The gate is the page-vs-article decision's p(agrees) (stance/article-pair.ts) since session 6 (was p(same side)).
      expect(c.relation.story!.agrees).toBeGreaterThanOrEqual(CARD_STANCE_THRESHOLDS.articleAgrees);
      expect(c.relation.story!.overlap).toBeGreaterThanOrEqual(CARD_STANCE_THRESHOLDS.storyOverlap);
    }
    for (const a of expected.agreements.filter((x: { question: string }) => x.question.startsWith('How long'))) {
      for (const c of items(withStance).filter((x) => x.claim.text.includes(a.claim))) expect(['agrees', 'related']).toContain(labelOf(c));
    }
  });

  it('the seed card keeps its asserted "minimal threat" dispute, and no item disputes text on its own page', () => {
    const disputes = items(seedWith).filter((c) => labelOf(c) === 'disputes');
    expect(disputes.some((d) => /no longer a threat|minimal threat|militarily defeated|does not represent a threat/i.test(d.claim.text))).toBe(true);
    const pageText = fixturePage('seed-subject-article.html').text.toLowerCase();
    for (const d of disputes) expect(pageText.includes(d.claim.text.toLowerCase()), d.claim.text).toBe(false);
  });
});
