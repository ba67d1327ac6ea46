// Same time, when one side has no date: which way a thing goes (an outbreak growing or declining) is a judgement of
// its time, so a page without a date is not shown disputing (or, short of a near copy, agreeing with) a dated claim's
// direction (nor a dated page an undated claim's) — an undated 2014 story's "threats have come true" against a 2024 "minimal threat" misled in PO-style runs.
// Two undated sides (the FNC-1 evaluation) or two dated ones within the window keep the dispute. And a sentence that
// asks ("looking into whether …") disputes nothing. A subject of its own: a measles outbreak, two outlets.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/utils/engine/analyze';
import { buildPack } from '@/utils/engine/pack';
import { buildCorpusIndex, matchPage } from '@/utils/engine/match';
import { contrastItems } from '@/utils/engine/shown';
import type { Contrast } from '@/utils/engine/types';

const DECLINING = [
  'Measles outbreak in Springfield is declining, health officials say',
  'The measles outbreak in Springfield is declining, county health officials said on Monday.',
  'New cases have been down for a third straight week, the officials said.',
  'Clinics in Springfield have vaccinated more than 4,000 children since January, the county health department said.',
  'Officials said the Springfield outbreak was now under control and schools would reopen next week.',
].join('\n\n');
const GROWING = 'The measles outbreak in Springfield is growing, doctors warned on Tuesday.';
const ASKING = 'Doctors are looking into whether the measles outbreak in Springfield is growing.';
const CLINICS = 'Springfield measles clinics\n\nThe measles clinics in Springfield opened a second site on Friday, the Springfield county health department said. Nurses gave 300 measles shots in the first two days.';
const PAGE_REST = 'Parents in Springfield queued for measles shots at the county fairground. The school board will meet on Thursday.';
const opts = { sensitivity: 'medium' as const, mutedTopics: [], mutedOutlets: [] };

/** The card items for a page saying `sentence`, against the "declining" article dated `corpusDate` (or undated). */
function items(sentence: string, pageDate: string | null, corpusDate: string | null): Contrast[] {
  const other = analyzeArticle({ name: 'other', text: CLINICS, format: 'text', title: null, outlet: 'Valley Courier', url: 'https://courier.example/clinics', published: corpusDate });
  const article = analyzeArticle({ name: 'declining', text: DECLINING, format: 'text', title: null, outlet: 'Springfield Ledger', url: 'https://ledger.example/measles', published: corpusDate });
  const index = buildCorpusIndex(buildPack([article, other], { createdAt: '2026-03-10T00:00:00.000Z' }));
  const page = { text: `Measles in Springfield\n\n${sentence} ${PAGE_REST}`, url: 'https://page.example/measles', title: 'Measles in Springfield', siteName: null, published: pageDate };
  return matchPage(index, page, opts).topics.flatMap((t) => contrastItems(t.contrasts));
}
const declining = (list: Contrast[]) => list.filter((c) => c.claim.text.startsWith('The measles outbreak in Springfield is declining'));

describe('a direction dispute needs both sides placed in time (or neither)', () => {
  it('a dated page and a dated claim days apart: disputes, on direction', () => {
    const found = declining(items(GROWING, '2026-03-03', '2026-03-02'));
    expect(found.length).toBe(1);
    expect(found[0]!.relation).toMatchObject({ label: 'disputes', basis: 'direction' });
  });

  it('neither side dated: disputes', () => {
    expect(declining(items(GROWING, null, null)).map((c) => c.relation.label)).toEqual(['disputes']);
  });

  it('an undated page against a dated claim, or the reverse: shown, but no dispute', () => {
    for (const [pageDate, corpusDate] of [[null, '2026-03-02'], ['2026-03-03', null]] as const) {
      const found = declining(items(GROWING, pageDate, corpusDate));
      expect(found.length, `${pageDate} / ${corpusDate}`).toBe(1);
      expect(found[0]!.relation.label).toBe('related');
    }
  });

  it('agreeing on the direction is held to the same: dated sides agree, an undated page does not (a copy still would)', () => {
    const AGREEING = 'The measles outbreak in Springfield is declining fast, with fewer new cases each week, doctors said.';
    expect(declining(items(AGREEING, '2026-03-03', '2026-03-02')).map((c) => c.relation.label)).toEqual(['agrees']);
    expect(declining(items(AGREEING, null, '2026-03-02')).map((c) => c.relation.label)).toEqual(['related']);
  });

  it('a sentence asking whether the outbreak is growing disputes nothing', () => {
    const found = declining(items(ASKING, '2026-03-03', '2026-03-02'));
    for (const c of found) expect(c.relation.label).not.toBe('disputes');
  });
});
