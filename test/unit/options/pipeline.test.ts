import { describe, expect, it } from 'vitest';
import type { Article, CorpusPack, Outlet } from '@/utils/engine/types';
import type { ImportItem } from '@/utils/messages';
import { analyseItems, applyMapping, parseSources, withName, type EngineDeps, type Source } from '@/utils/options/pipeline';
import { emptyMapping } from '@/utils/options/columns';
import { parseCsv } from '@/utils/engine/csv';

/** A fake engine: "analysis" hashes the text; text containing BAD is refused; .txt files are one article. */
const fake: EngineDeps = {
  analyze: (input) => {
    if (input.text.includes('BAD')) throw new Error(`"${input.name}" has no article text left once page furniture is removed.`);
    const outlet: Outlet = { id: 'o', name: input.outlet ?? 'Unknown outlet', domain: null, country: null, ownership: [], notes: [] };
    const article: Article = {
      id: `h-${input.text.length}-${input.text.slice(0, 8)}`,
      outletId: 'o',
      title: input.title ?? input.text.split('\n')[0],
      url: input.url ?? null,
      published: input.published ?? null,
      author: input.author ?? null,
      language: 'en',
      body: input.text,
      source: 'import',
      importedAt: input.importedAt,
      problems: input.published ? [] : ['no date found'],
    };
    return { article, outlet, claims: [] };
  },
  parseFile: (name, content) => {
    if (name.endsWith('.jsonl')) {
      const inputs: ImportItem[] = [];
      const errors: { name: string; row?: number; message: string }[] = [];
      content.split('\n').forEach((line, i) => {
        if (!line.trim()) return;
        try {
          inputs.push({ name: `${name} line ${i + 1}`, ...(JSON.parse(line) as { text: string }) });
        } catch {
          errors.push({ name, row: i + 1, message: 'not valid JSON' });
        }
      });
      return { inputs, errors };
    }
    return { inputs: [{ name, text: content }], errors: [] };
  },
  parseCsv: (content) => parseCsv(content),
  validatePack: (json) => {
    const p = json as CorpusPack;
    if (!Array.isArray(p.articles)) throw new Error('articles: expected an array');
    return p;
  },
};

const file = (name: string, content: string): Source => ({ kind: 'file', name, content });
const pack: CorpusPack = {
  format: 'claimlens-pack',
  version: 1,
  createdAt: '',
  engineVersion: '1',
  outlets: [{ id: 'o', name: 'Packed', domain: null, country: null, ownership: [], notes: [] }],
  articles: [
    {
      id: 'p1',
      outletId: 'o',
      title: 'Packed one',
      url: null,
      published: null,
      author: null,
      language: 'en',
      body: 'b',
      source: 'import',
      importedAt: 0,
      problems: [],
    },
  ],
  claims: [],
  topics: [],
};

describe('parseSources', () => {
  it('routes each file and keeps going past bad ones', () => {
    const r = parseSources(
      [
        file('a.txt', 'Article A\n\nText.'),
        file('blank.txt', '   '),
        file('bin.txt', 'x\u0000y'),
        file('lines.jsonl', '{"text":"one"}\n{oops}\n{"text":"two"}'),
        file('broken.json', '{"a": '),
        file('export.json', JSON.stringify(pack)),
        file('bad-pack.json', JSON.stringify({ format: 'claimlens-pack' })),
        file('known.csv', 'title,text\nT1,Body one\nT2,\n'),
        file('own.csv', 'Heading,Copy\nH1,S1\n'),
        file('header-only.csv', 'title,text\n'),
        file('unterminated.csv', 'title,text\n"T1,Body\n'),
        { kind: 'item', fileName: 'pasted text', item: { name: 'pasted text', text: 'Pasted.' } },
        { kind: 'item', fileName: 'pasted text', item: { name: 'pasted text', text: ' ' } },
      ],
      fake,
    );
    expect(r.items.map((i) => i.item.name)).toEqual([
      'a.txt',
      'lines.jsonl line 1',
      'lines.jsonl line 3',
      'known.csv row 2',
      'pasted text',
    ]);
    expect(r.errors).toEqual([
      'blank.txt: file is empty',
      'bin.txt: looks like a binary file, not text',
      'lines.jsonl row 2: not valid JSON',
      expect.stringMatching(/^broken\.json: not valid JSON \(/),
      'bad-pack.json: not a valid ClaimLens pack: articles: expected an array',
      'known.csv row 3: no text in column “text”',
      'header-only.csv: has a header but no rows',
      'unterminated.csv: line 2: unterminated quoted field',
      'pasted text: no text',
    ]);
    expect(r.packs.map((p) => p.fileName)).toEqual(['export.json']);
    expect(r.packRows.map((p) => [p.kind, p.title, p.outlet])).toEqual([['pack', 'Packed one', 'Packed']]);
    expect(r.pendingCsv.map((c) => [c.fileName, c.headers, c.rows])).toEqual([['own.csv', ['Heading', 'Copy'], [['H1', 'S1']]]]);
  });

  it('turns a mapped CSV into items', () => {
    const r = parseSources([file('own.csv', 'Heading,Copy\nH1,S1\nH2,\n')], fake);
    const { items, errors } = applyMapping(r.pendingCsv[0], { ...emptyMapping(), title: 0, text: 1 });
    expect(items.map((i) => [i.fileName, i.item.title, i.item.text])).toEqual([['own.csv', 'H1', 'S1']]);
    expect(errors).toEqual(['own.csv row 3: no text in column “Copy”']);
  });
});

describe('analyseItems', () => {
  const items = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ fileName: 'f.jsonl', item: { name: `f.jsonl line ${i + 1}`, text: `Article ${i}\n\nBody ${i}.` } }));

  it('gives one preview row per good item and a named error per refused one', async () => {
    const r = await analyseItems(
      [...items(2), { fileName: 'x.txt', item: { name: 'x.txt', text: 'BAD' } }],
      fake,
      { yieldNow: async () => {} },
    );
    expect(r.rows.map((row) => row.title)).toEqual(['Article 0', 'Article 1']);
    expect(r.rows[0].problems).toEqual(['no date found']);
    expect(r.rows[0].outlet).toBe('');
    expect(r.errors).toEqual(['"x.txt" has no article text left once page furniture is removed.']);
    expect(r).toMatchObject({ cancelled: false, processed: 3 });
  });

  it('reports progress up to the total and can be cancelled part-way', async () => {
    const ctl = new AbortController();
    const seen: { done: number; total: number }[] = [];
    let calls = 0;
    const counting: EngineDeps = {
      ...fake,
      analyze: (input) => {
        if (++calls === 400) ctl.abort();
        return fake.analyze(input);
      },
    };
    const r = await analyseItems(items(1000), counting, {
      signal: ctl.signal,
      sliceMs: 0,
      yieldNow: async () => {},
      onProgress: (p) => seen.push(p),
    });
    expect(r).toMatchObject({ cancelled: true, processed: 400 });
    expect(r.rows).toHaveLength(400);
    expect(seen[0]).toEqual({ done: 0, total: 1000 });
    expect(seen.every((p) => p.total === 1000)).toBe(true);
  });

  it('finishes with done = total', async () => {
    const seen: number[] = [];
    const r = await analyseItems(items(120), fake, { yieldNow: async () => {}, onProgress: (p) => seen.push(p.done) });
    expect(r.processed).toBe(120);
    expect(seen.at(-1)).toBe(120);
  });

  it('names each row by its own source', () => {
    expect(withName('a.txt', 'a.txt: empty')).toBe('a.txt: empty');
    expect(withName('a.txt', '"a.txt" is empty')).toBe('"a.txt" is empty');
    expect(withName('a.txt', 'is empty')).toBe('a.txt: is empty');
  });
});
