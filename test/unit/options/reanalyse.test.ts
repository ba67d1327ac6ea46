import { describe, expect, it, vi } from 'vitest';
import type { Article, CorpusPack, Outlet } from '@/utils/engine/types';
import type { ArticleSummary, ImportItem, ImportOutcome } from '@/utils/messages';
import { articleToItem, reanalyseImported, subsetById, type ReanalyseApi } from '@/utils/options/reanalyse';
import { packFileName } from '@/utils/options/download';

const outlet: Outlet = { id: 'o', name: 'Outlet O', domain: null, country: null, ownership: [], notes: [] };
const art = (id: string, source: 'seed' | 'import' = 'import'): Article => ({
  id,
  outletId: 'o',
  title: `T${id}`,
  url: `https://o.example/${id}`,
  published: '2024-01-01',
  author: null,
  language: 'en',
  body: `Body of ${id}.`,
  source,
  importedAt: 5,
  problems: [],
});
const packOf = (articles: Article[]): CorpusPack => ({
  format: 'claimlens-pack',
  version: 1,
  createdAt: '',
  engineVersion: '1',
  outlets: [outlet],
  articles,
  claims: articles.map((a) => ({
    id: `${a.id}:0`,
    articleId: a.id,
    outletId: 'o',
    text: 'c',
    start: 0,
    end: 1,
    speaker: null,
    kind: 'statement',
    topics: [],
    figures: [],
    date: null,
  })),
  topics: [],
});

/** A fake library: articles by id, with the calls recorded. */
function fakeApi(initial: Article[], refuse: (item: ImportItem) => boolean = () => false) {
  const store = new Map(initial.map((a) => [a.id, a]));
  const calls: string[] = [];
  const api: ReanalyseApi = {
    listArticles: async () =>
      [...store.values()].map(({ body: _b, ...rest }) => ({ ...rest, outletName: 'Outlet O', claimCount: 1 }) as ArticleSummary),
    exportPack: async (ids) => packOf((ids ?? [...store.keys()]).map((id) => store.get(id)!).filter(Boolean)),
    deleteArticles: async (ids) => {
      calls.push(`delete ${ids.join(',')}`);
      const deleted = packOf(ids.map((id) => store.get(id)!));
      ids.forEach((id) => store.delete(id));
      return { deleted };
    },
    importItems: async (items) => {
      calls.push(`import ${items.length}`);
      return items.map((i): ImportOutcome => {
        if (refuse(i)) return { name: i.name, status: 'error', reason: 'refused' };
        const id = `new-${i.title}`;
        store.set(id, { ...art(id), title: i.title!, body: i.text });
        return { name: i.name, status: 'imported', articleId: id, claims: 3 };
      });
    },
    restoreArticles: async (pack) => {
      calls.push(`restore ${pack.articles.map((a) => a.id).join(',')}`);
      pack.articles.forEach((a) => store.set(a.id, a));
      return { restored: pack.articles.length };
    },
  };
  return { api, store, calls };
}

describe('reanalyseImported', () => {
  it('re-imports imported articles batch by batch and leaves seeds alone', async () => {
    const { api, store, calls } = fakeApi([art('s1', 'seed'), art('a'), art('b'), art('c')]);
    const progress: number[] = [];
    const r = await reanalyseImported(api, { batchSize: 2, onProgress: (p) => progress.push(p.done) });
    expect(r).toMatchObject({ imported: 3, errors: 0, restored: 0, claims: 9, cancelled: false });
    expect(calls).toEqual(['delete a,b', 'import 2', 'delete c', 'import 1']);
    expect([...store.keys()].sort()).toEqual(['new-Ta', 'new-Tb', 'new-Tc', 's1']);
    expect(progress).toEqual([0, 2, 3]);
  });

  it('puts back unchanged any article the engine now refuses', async () => {
    const { api, store, calls } = fakeApi([art('a'), art('b')], (i) => i.title === 'Tb');
    const r = await reanalyseImported(api);
    expect(r).toMatchObject({ imported: 1, errors: 1, restored: 1 });
    expect(calls.at(-1)).toBe('restore b');
    expect(store.get('b')?.body).toBe('Body of b.');
  });

  it('restores the whole batch when the import message fails', async () => {
    const { api, store } = fakeApi([art('a'), art('b')]);
    api.importItems = vi.fn(async () => {
      throw new Error('background did not answer');
    });
    const r = await reanalyseImported(api);
    expect(r).toMatchObject({ imported: 0, errors: 2, restored: 2 });
    expect([...store.keys()].sort()).toEqual(['a', 'b']);
  });

  it('keeps metadata when re-creating an item', () => {
    expect(articleToItem(art('a'), 'Outlet O')).toEqual({
      name: 'Ta',
      text: 'Body of a.',
      format: 'text',
      title: 'Ta',
      outlet: 'Outlet O',
      url: 'https://o.example/a',
      published: '2024-01-01',
      author: null,
    });
    expect(subsetById(packOf([art('a'), art('b')]), new Set(['b'])).claims.map((c) => c.id)).toEqual(['b:0']);
  });
});

describe('packFileName', () => {
  it('names exports by date and count', () => {
    const d = new Date('2025-06-01T12:00:00Z');
    expect(packFileName(d)).toBe('claimlens-corpus-2025-06-01.json');
    expect(packFileName(d, 1)).toBe('claimlens-1-article-2025-06-01.json');
    expect(packFileName(d, 3)).toBe('claimlens-3-articles-2025-06-01.json');
  });
});
