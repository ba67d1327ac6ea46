import { describe, expect, it } from 'vitest';
import { GENERAL_LEXICON, SECURITY_NEWS_LEXICON, setDomainLexicon } from '@/utils/engine/lexicon/domain';
import type { Article, Claim, CorpusPack, Outlet } from '@/utils/engine/types';
import type { ImportItem } from '@/utils/messages';
import {
  checkDate,
  duplicateQuery,
  looksLikePack,
  markDuplicates,
  normaliseUrl,
  packSubset,
  rowProblem,
  rowToImportItem,
  type PreviewRow,
} from '@/utils/options/preview';
import { countWords, excerptOf, previewFromAnalysis, previewFromPack, topTerms } from '@/utils/options/preview-build';

const outlet = (id: string, name: string): Outlet => ({ id, name, domain: null, country: null, ownership: [], notes: [] });
const article = (id: string, over: Partial<Article> = {}): Article => ({
  id,
  outletId: 'harbor-city-ledger',
  title: `Title ${id}`,
  url: null,
  published: '2025-03-03',
  author: null,
  language: 'en',
  body: 'Harbor City will close the Eastgate Bridge. Harbor City officials said the Eastgate Bridge needs repairs.',
  source: 'import',
  importedAt: 1,
  problems: [],
  ...over,
});
const claim = (articleId: string, i: number, topics: string[] = []): Claim => ({
  id: `${articleId}:${i}`,
  articleId,
  outletId: 'harbor-city-ledger',
  text: 'x',
  start: 0,
  end: 1,
  speaker: null,
  kind: 'statement',
  topics,
  figures: [],
  date: null,
});
const item = (name: string, over: Partial<ImportItem> = {}): ImportItem => ({ name, text: 'Body text.', ...over });

function row(key: string, over: Partial<PreviewRow> = {}): PreviewRow {
  return previewFromAnalysis(key, 'f.txt', item(key), {
    article: article(`id-${key}`, over.url !== undefined ? { url: over.url } : {}),
    outlet: outlet('harbor-city-ledger', 'Harbor City Ledger'),
    claims: [claim(`id-${key}`, 0)],
  });
}

describe('previewFromAnalysis', () => {
  it('takes title, outlet, date, claims, words, main names and problems from the analysis', () => {
    const r = previewFromAnalysis('k1', 'bridge.txt', item('bridge.txt'), {
      article: article('abc', { problems: ['no date found'] }),
      outlet: outlet('harbor-city-ledger', 'Harbor City Ledger'),
      claims: [claim('abc', 0), claim('abc', 1)],
    });
    expect(r).toMatchObject({
      key: 'k1',
      name: 'bridge.txt',
      kind: 'item',
      articleId: 'abc',
      title: 'Title abc',
      outlet: 'Harbor City Ledger',
      date: '2025-03-03',
      claimCount: 2,
      problems: ['no date found'],
      selected: true,
      duplicate: null,
    });
    expect(r.topics.slice(0, 2)).toEqual(['Harbor City', 'Eastgate Bridge']);
    expect(r.original).toEqual({ title: 'Title abc', outlet: 'Harbor City Ledger', date: '2025-03-03' });
  });
});

describe('topTerms', () => {
  it('folds the general lexicon\'s aliases together (NATO = North Atlantic Treaty Organization) and ranks by frequency', () => {
    const t = topTerms(
      'The North Atlantic Treaty Organization met in Brussels. NATO ministers said Brussels was ready. NATO will meet again, officials in Brussels said.',
    );
    expect(t[0]).toBe('NATO');
    expect(t).toContain('Brussels');
  });
  it('folds a subject\'s aliases (Daesh = ISIS) only under that subject\'s lexicon', () => {
    const text = 'The Islamic State is weaker. Officials in Baghdad said Daesh has fewer fighters. ISIS cells remain, Baghdad said. Iraq holds.';
    expect(topTerms(text)[0]).toBe('Baghdad');
    setDomainLexicon(SECURITY_NEWS_LEXICON);
    try {
      const t = topTerms(text);
      expect(t[0]).toBe('ISIS');
      expect(t).toContain('Baghdad');
    } finally {
      setDomainLexicon(GENERAL_LEXICON);
    }
  });
  it('returns nothing for text without names', () => {
    expect(topTerms('nothing here but lower case words.')).toEqual([]);
  });
});

describe('duplicates', () => {
  it('flags rows already stored by id or URL, and repeats within the import, and unselects them', () => {
    const rows = [
      row('a'),
      row('b', { url: 'https://x.example/b/' }),
      row('c', { url: 'https://x.example/c' }),
      { ...row('a'), key: 'a2', name: 'copy.txt' },
      { ...row('d', { url: 'https://x.example/c#top' }), articleId: 'id-d' },
    ];
    const marked = markDuplicates(rows, { ids: ['id-a'], urls: ['https://x.example/b'] });
    expect(marked.map((r) => [r.key, r.duplicate, r.selected])).toEqual([
      ['a', 'already in your library (same text)', false],
      ['b', 'already in your library (same URL)', false],
      ['c', null, true],
      ['a2', 'already in your library (same text)', false],
      ['d', 'same URL as “c” in this import', false],
    ]);
  });
  it('asks about ids and both URL spellings', () => {
    expect(duplicateQuery([row('a', { url: 'https://x.example/a/' })])).toEqual({
      ids: ['id-a'],
      urls: ['https://x.example/a/', 'https://x.example/a'],
    });
    expect(normaliseUrl(' https://x.example/a/#f ')).toBe('https://x.example/a');
  });
});

describe('edits', () => {
  it('sends only what the user changed on top of the original item', () => {
    const r = row('a');
    expect(rowToImportItem(r)).toEqual(item('a'));
    const edited = { ...r, title: ' New title ', outlet: 'Other Outlet', date: '2025-01' };
    expect(rowToImportItem(edited)).toEqual({ ...item('a'), title: 'New title', outlet: 'Other Outlet', published: '2025-01' });
    expect(rowToImportItem({ ...r, date: '' })).toEqual({ ...item('a'), published: null });
  });
  it('checks edited dates and titles', () => {
    expect(checkDate('')).toBeNull();
    expect(checkDate('2024')).toBeNull();
    expect(checkDate('2024-05')).toBeNull();
    expect(checkDate('2024-05-08')).toBeNull();
    expect(checkDate('May 8')).toMatch(/2024-05-08/);
    expect(checkDate('2024-13-01')).not.toBeNull();
    expect(rowProblem({ ...row('a'), title: '  ' })).toBe('Title is empty');
    expect(rowProblem(row('a'))).toBeNull();
  });
});

describe('packs', () => {
  const pack: CorpusPack = {
    format: 'claimlens-pack',
    version: 1,
    createdAt: '2025-01-01T00:00:00.000Z',
    engineVersion: '1.0.0',
    outlets: [outlet('o1', 'One'), outlet('o2', 'Two')],
    articles: [article('a1', { outletId: 'o1' }), article('a2', { outletId: 'o2' })],
    claims: [claim('a1', 0, ['t1']), claim('a1', 1, ['t1', 't2']), claim('a2', 0, ['t3'])],
    topics: [
      { id: 't1', label: 'Topic One', kind: 'concept', aliases: [], outletCount: 1, claimCount: 2, weight: 1 },
      { id: 't2', label: 'Topic Two', kind: 'concept', aliases: [], outletCount: 1, claimCount: 1, weight: 1 },
      { id: 't3', label: 'Topic Three', kind: 'concept', aliases: [], outletCount: 1, claimCount: 1, weight: 1 },
    ],
  };

  it('previews each article of a pack with its own topics', () => {
    const rows = previewFromPack('p', 'export.json', 'pk', pack);
    expect(rows.map((r) => [r.kind, r.name, r.outlet, r.claimCount, r.topics])).toEqual([
      ['pack', 'export.json › Title a1', 'One', 2, ['Topic One', 'Topic Two']],
      ['pack', 'export.json › Title a2', 'Two', 1, ['Topic Three']],
    ]);
    expect(() => rowToImportItem(rows[0])).toThrow(/from a pack/);
  });

  it('keeps only the selected articles with their claims, outlets and topics, edits applied', () => {
    const rows = previewFromPack('p', 'export.json', 'pk', pack);
    const sub = packSubset(pack, [{ ...rows[0], title: 'Edited', date: '2020' }, { ...rows[1], selected: false }]);
    expect(sub.articles.map((a) => [a.id, a.title, a.published])).toEqual([['a1', 'Edited', '2020']]);
    expect(sub.claims.map((c) => c.id)).toEqual(['a1:0', 'a1:1']);
    expect(sub.outlets.map((o) => o.id)).toEqual(['o1']);
    expect(sub.topics.map((t) => t.id)).toEqual(['t1', 't2']);
    expect(sub.format).toBe('claimlens-pack');
  });

  it('recognises a pack by its format field', () => {
    expect(looksLikePack(pack)).toBe(true);
    expect(looksLikePack({ format: 'other' })).toBe(false);
    expect(looksLikePack([])).toBe(false);
    expect(looksLikePack(null)).toBe(false);
  });
});

describe('text helpers', () => {
  it('counts words and cuts excerpts at a word', () => {
    expect(countWords('  one two\nthree ')).toBe(3);
    expect(excerptOf('word '.repeat(100), 30)).toMatch(/^word( word)*…$/);
    expect(excerptOf('short', 30)).toBe('short');
  });
});
