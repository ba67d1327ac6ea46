import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '@/utils/messages';
import { DEFAULT_QUERY, diffPatch, filterArticles, fold, outletOptions } from '@/utils/options/library';

const a = (id: string, over: Partial<ArticleSummary> = {}): ArticleSummary => ({
  id,
  outletId: 'o1',
  outletName: 'One',
  title: `Title ${id}`,
  url: null,
  published: null,
  author: null,
  language: 'en',
  source: 'import',
  importedAt: 0,
  topicIds: [],
  problems: [],
  claimCount: 0,
  ...over,
});

const rows = [
  a('1', { title: 'Bridge closes', published: '2025-03-03', outletId: 'o1', outletName: 'Harbor Ledger', claimCount: 5 }),
  a('2', { title: 'Wheat harvest falls', published: '2024-07-14', outletId: 'o2', outletName: 'Plains Weekly', source: 'seed', claimCount: 9 }),
  a('3', { title: 'Café owners worry', published: null, outletId: 'o1', outletName: 'Harbor Ledger', author: 'Lena Okafor' }),
  a('4', { title: 'Ancient doors returned', published: '2024-11', outletId: 'o3', outletName: 'Lakeshore Gazette', url: 'https://lake.example/doors' }),
];

describe('filterArticles', () => {
  it('sorts newest first by default with unknown dates last', () => {
    expect(filterArticles(rows, DEFAULT_QUERY).map((r) => r.id)).toEqual(['1', '4', '2', '3']);
  });
  it('sorts oldest first, by title, by claims', () => {
    expect(filterArticles(rows, { ...DEFAULT_QUERY, sort: 'date-asc' }).map((r) => r.id)).toEqual(['2', '4', '1', '3']);
    expect(filterArticles(rows, { ...DEFAULT_QUERY, sort: 'title' }).map((r) => r.id)).toEqual(['4', '1', '3', '2']);
    expect(filterArticles(rows, { ...DEFAULT_QUERY, sort: 'claims' })[0].id).toBe('2');
  });
  it('filters by outlet, source, topic articles and words (accents folded)', () => {
    expect(filterArticles(rows, { ...DEFAULT_QUERY, outletId: 'o1' }).map((r) => r.id)).toEqual(['1', '3']);
    expect(filterArticles(rows, { ...DEFAULT_QUERY, source: 'seed' }).map((r) => r.id)).toEqual(['2']);
    expect(filterArticles(rows, { ...DEFAULT_QUERY, topicArticleIds: new Set(['4', '3']) }).map((r) => r.id)).toEqual(['4', '3']);
    expect(filterArticles(rows, { ...DEFAULT_QUERY, text: 'cafe' }).map((r) => r.id)).toEqual(['3']);
    expect(filterArticles(rows, { ...DEFAULT_QUERY, text: 'okafor harbor' }).map((r) => r.id)).toEqual(['3']);
    expect(filterArticles(rows, { ...DEFAULT_QUERY, text: 'lake.example' }).map((r) => r.id)).toEqual(['4']);
  });
  it('lists outlets with counts', () => {
    expect(outletOptions(rows)).toEqual([
      { id: 'o1', name: 'Harbor Ledger', count: 2 },
      { id: 'o3', name: 'Lakeshore Gazette', count: 1 },
      { id: 'o2', name: 'Plains Weekly', count: 1 },
    ]);
    expect(fold('Émile')).toBe('emile');
  });
});

describe('diffPatch', () => {
  const art = { title: 'T', outletName: 'O', published: '2024-01-01', url: null, author: 'A' };
  it('is empty when nothing changed', () => {
    expect(diffPatch(art, { title: 'T', outlet: 'O', date: '2024-01-01', url: '', author: 'A' })).toEqual({});
  });
  it('sends changed fields, blanks as null', () => {
    expect(diffPatch(art, { title: ' New ', outlet: 'P', date: '', url: 'https://x.example', author: '' })).toEqual({
      title: 'New',
      outletName: 'P',
      published: null,
      url: 'https://x.example',
      author: null,
    });
  });
});
