// A fourth subject, written in session 6 for the page-vs-article decision (utils/engine/stance/article-pair.ts) and
// never used to fit or tune it: a city budget figure asserted by one outlet (Ashford Times: $48 million), rejected by a
// fact-check (Civic Facts: "Claims that … $48 million … are false"; it was $31 million) and only reported by a third
// (Valley Radio: the council held its vote), opened against a page from an outlet not in the corpus that asserts the
// $48 million. What the card must never do: show the fact-check or the bare report as agreeing, or make a dispute of
// the outlet that says what the page says.
// The figures are one subject: "$48 million budget for road repairs" and "$31 million for road repairs" both key as
// "$:road-repair" (figures.ts sees through a generic amount noun), so the card's headline figure row sets the Times'
// $48 million against Civic Facts' $31 million; the $48 million Civic Facts only quotes to call false is left out of
// its entries (figure-rows.ts).
// Known gap (not asserted, reported in the session-6 note): the fact-check is NOT shown as a dispute — the claim-level
// refutation rule behind it was right in 23 of 149 dev-story cards, and the page-vs-article model reads the pair at
// p(disputes) 0.36.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { h } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FigureHeadline, reportSides } from '@/components/FigureCompare';
import { loadArticles } from '@/scripts/pack-files';
import { buildPack, validatePack } from '@/utils/engine/pack';
import { buildCorpusIndex, matchPage } from '@/utils/engine/match';
import { CARD_STANCE_THRESHOLDS } from '@/utils/engine/stance/thresholds';
import type { Contrast, PageMatch } from '@/utils/engine/types';
import { all, cleanup, renderDom, textOf } from '../components/dom';

const DIR = join(__dirname, '../../fixtures/subjects/city-budget');
const files = readdirSync(join(DIR, 'articles')).sort().map((f) => join(DIR, 'articles', f));
const loaded = loadArticles(files);
const pack = validatePack(buildPack(loaded.analyzed, { createdAt: '2026-03-07T00:00:00.000Z' }));
const page = {
  text: readFileSync(join(DIR, 'page.txt'), 'utf8'),
  url: 'https://lakeside-ledger.example/ashford-roads',
  title: 'Ashford spends big on its roads',
  siteName: 'Lakeside Ledger',
  published: '2026-03-06',
};
const opts = { sensitivity: 'medium' as const, mutedTopics: [], mutedOutlets: [] };
const items = (m: PageMatch): Contrast[] => m.topics.flatMap((t) => [...t.contrasts.disputes, ...t.contrasts.agrees, ...t.contrasts.related]);
const withArticles = matchPage(buildCorpusIndex(pack, { articleStance: true }), page, opts);
const claimsOnly = matchPage(buildCorpusIndex(pack), page, opts);
const of = (m: PageMatch, outlet: string) => items(m).filter((c) => c.outlet.name === outlet);

describe('fourth subject: a city budget figure, asserted, called false, and reported', () => {
  it('imports three dated outlets and matches the page', () => {
    expect(loaded.errors).toEqual([]);
    expect(pack.outlets.map((o) => o.name).sort()).toEqual(['Ashford Times', 'Civic Facts', 'Valley Radio']);
    expect(of(withArticles, 'Civic Facts').length).toBeGreaterThan(0);
  });

  it('the fact-check that calls the figure false never agrees with the page, with or without its article read', () => {
    for (const m of [withArticles, claimsOnly]) {
      const refuting = of(m, 'Civic Facts').filter((c) => /are false/.test(c.claim.text));
      expect(refuting.length).toBeGreaterThan(0);
      for (const c of of(m, 'Civic Facts')) expect(c.relation.label, c.claim.text).not.toBe('agrees');
    }
    // Read as wholes: the page asserts, the fact-check rejects.
    expect(of(withArticles, 'Civic Facts')[0]!.relation.story).toMatchObject({ a: 'assert', b: 'reject' });
  });

  it('the outlet asserting the same figure agrees once its article is read, and nothing of it is a dispute', () => {
    const times = of(withArticles, 'Ashford Times');
    expect(times.some((c) => c.relation.label === 'agrees')).toBe(true);
    for (const c of times) {
      expect(c.relation.label, c.claim.text).not.toBe('disputes');
      if (c.relation.label === 'agrees') expect(c.relation.story!.agrees).toBeGreaterThanOrEqual(CARD_STANCE_THRESHOLDS.articleAgrees);
    }
    for (const c of of(claimsOnly, 'Ashford Times')) expect(c.relation.label, c.claim.text).not.toBe('disputes');
  });

  it('the same words about another year take no side: "In 2019, the council approved $48 million" against this week\'s vote', () => {
    // The Times' article as it would read had it recalled an earlier budget: said in 2026, about 2019.
    const dir = mkdtempSync(join(tmpdir(), 'city-budget-2019-'));
    const recalled = files.map((f) => {
      const text = readFileSync(f, 'utf8');
      const out = join(dir, f.split('/').pop()!);
      writeFileSync(out, f.includes('ashford-times') ? text.replace('The Ashford city council approved a $48 million budget for road repairs on Tuesday', 'In 2019, the Ashford city council approved a $48 million budget for road repairs') : text);
      return out;
    });
    const past = loadArticles(recalled);
    rmSync(dir, { recursive: true, force: true }); // read: the copies are not needed again
    const m = matchPage(buildCorpusIndex(validatePack(buildPack(past.analyzed, { createdAt: '2026-03-07T00:00:00.000Z' })), { articleStance: true }), page, opts);
    const about2019 = of(m, 'Ashford Times').filter((c) => c.claim.text.startsWith('In 2019,'));
    expect(about2019.length).toBeGreaterThan(0);
    for (const c of about2019) {
      expect(c.timing?.position, c.claim.text).toBe('same-time'); // said the same week: the date alone would let it agree
      expect(c.relation.label, c.claim.text).toBe('related');
    }
    // The claim as published (no year) is the one that agrees.
    expect(of(withArticles, 'Ashford Times').some((c) => c.relation.label === 'agrees' && c.claim.text.includes('$48 million budget for road repairs'))).toBe(true);
  });

  it('the radio report of the vote takes no side once its article is read, and never disputes', () => {
    expect(of(withArticles, 'Valley Radio').length).toBeGreaterThan(0);
    for (const c of of(withArticles, 'Valley Radio')) expect(c.relation.label, c.claim.text).toBe('related');
    for (const c of of(claimsOnly, 'Valley Radio')) expect(c.relation.label, c.claim.text).not.toBe('disputes');
  });

  it('the figures are one subject: $48 million (Ashford Times, the page) against $31 million (Civic Facts), a headline contrast', () => {
    for (const m of [withArticles, claimsOnly]) {
      const rows = m.topics.flatMap((t) => t.figures);
      const roads = rows.filter((r) => r.entries.some((e) => e.outletName === 'Ashford Times') && r.entries.some((e) => e.outletName === 'Civic Facts'));
      expect(roads.length).toBe(1);
      const row = roads[0]!;
      expect(row.subject).toBe('dollars for road repairs');
      expect(row.sameEvent).toBe(true);
      // the card shows the conflicting report first
      expect(m.topics.find((t) => t.figures.includes(row))!.figures[0]).toBe(row);
      const by = (outlet: string) => row.entries.filter((e) => e.outletName === outlet).map((e) => e.figure.value);
      expect(by('Ashford Times')).toEqual([48_000_000]);
      // the $48 million Civic Facts quotes only to call false is not its figure
      expect(by('Civic Facts')).toEqual([31_000_000]);
      expect(by('Lakeside Ledger (this page)')).toEqual([48_000_000]);
      expect(row.entries.some((e) => e.outletName === 'Valley Radio')).toBe(false);
    }
  });

  let mounted: HTMLElement | null = null;
  afterEach(() => {
    if (mounted) cleanup(mounted);
    mounted = null;
  });
  it('the card heads with the two figures and who gave each', () => {
    const rows = withArticles.topics.flatMap((t) => t.figures);
    expect(reportSides(rows[0]!)).toEqual([
      { value: '$31 million', outlets: ['Civic Facts'] },
      { value: '$48 million', outlets: ['Ashford Times', 'Lakeside Ledger (this page)'] },
    ]);
    mounted = renderDom(h(FigureHeadline, { rows }));
    expect(textOf(mounted.querySelector('.cl-headline-label'))).toBe('Reports differ');
    expect(all(mounted, '.cl-headline-values strong').map(textOf)).toEqual(['$31 million', '$48 million']);
    expect(textOf(mounted)).toContain('dollars for road repairs');
  });

  it('every agree or dispute says where it came from, and names the page sentence it answers', () => {
    for (const c of [...items(withArticles), ...items(claimsOnly)]) {
      expect(c.pageSentence?.text, c.claim.text).toBeTruthy();
      if (c.relation.label === 'agrees' || c.relation.label === 'disputes') expect(c.relation.basis, c.claim.text).toBeTruthy();
      else expect(c.relation.basis, c.claim.text).toBeUndefined();
    }
  });
});
