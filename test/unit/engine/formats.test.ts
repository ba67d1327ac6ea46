import { describe, expect, it } from 'vitest';
import { formatFileError, mapColumns, parseArticlesFile, parseOutletsFile } from '@/utils/engine/formats';
import { toCsv } from '@/utils/engine/csv';

describe('parseArticlesFile', () => {
  it('reads .txt and .md as one article', () => {
    expect(parseArticlesFile('a.txt', 'Hello world.').inputs).toEqual([{ text: 'Hello world.', format: 'text', name: 'a.txt' }]);
    expect(parseArticlesFile('b.MD', '# Title\n\nBody.').inputs[0]).toMatchObject({ format: 'md' });
    expect(parseArticlesFile('c.txt', '  \n').errors).toEqual([{ name: 'c.txt', message: 'the file is empty' }]);
  });

  it('passes .html through an extractor, or raw to the engine without one', () => {
    const html = '<html><body><article><p>Text</p></article></body></html>';
    expect(parseArticlesFile('p.html', html).inputs[0]).toMatchObject({ text: html, format: 'html' });
    const withEx = parseArticlesFile('p.html', html, { extractHtml: () => ({ text: 'Text', title: 'T', byline: 'By X', siteName: 'Site' }) });
    expect(withEx.inputs[0]).toMatchObject({ text: 'Text', title: 'T', author: 'By X', outlet: 'Site' });
    expect(parseArticlesFile('p.html', html, { extractHtml: () => null }).errors[0]!.message).toMatch(/no article text/);
  });

  it('reads .json objects, arrays and { articles } with field synonyms', () => {
    const one = parseArticlesFile('one.json', JSON.stringify({ headline: 'H', body: 'B', source: { name: 'Daily' }, date: '2024-03-27', link: 'https://x.test/a', byline: ['A', 'B'] }));
    expect(one.inputs).toEqual([{ text: 'B', title: 'H', outlet: 'Daily', url: 'https://x.test/a', published: '2024-03-27', author: 'A, B', name: 'one.json' }]);
    const many = parseArticlesFile('many.json', JSON.stringify({ articles: [{ text: 'x' }, { title: 'no text' }, 5] }));
    expect(many.inputs).toHaveLength(1);
    expect(many.errors.map(formatFileError)).toEqual([
      'many.json row 2: no text (expected a field named "text", "body", "content", "articlecontent")',
      'many.json row 3: expected an object with a "text" field',
    ]);
    expect(parseArticlesFile('bad.json', '{nope').errors[0]!.message).toMatch(/^not valid JSON/);
    expect(parseArticlesFile('pack.json', JSON.stringify({ format: 'claimlens-pack' })).errors[0]!.message).toMatch(/corpus pack/);
  });

  it('reads .jsonl line by line, naming bad lines', () => {
    const r = parseArticlesFile('feed.jsonl', '{"text":"a","outlet":"X"}\n\nnot json\n{"title":"t"}\n');
    expect(r.inputs).toEqual([expect.objectContaining({ text: 'a', outlet: 'X', name: 'feed.jsonl line 1' })]);
    expect(r.errors.map((e) => e.row)).toEqual([3, 4]);
  });

  it('reads .csv by column names, with quoted commas and line breaks', () => {
    const csv = toCsv([
      ['Headline', 'article_content', 'Publisher', 'Date', 'Link', 'Author'],
      ['First, and quoted', 'Body with "quotes", commas\nand a line break.', 'Daily', '2024-03-27', 'https://d.test/1', 'Ann'],
      ['No body', '', 'Daily', '', '', ''],
    ]);
    const r = parseArticlesFile('news.csv', csv);
    expect(r.inputs).toEqual([
      { text: 'Body with "quotes", commas\nand a line break.', title: 'First, and quoted', outlet: 'Daily', url: 'https://d.test/1', published: '2024-03-27', author: 'Ann', name: 'news.csv row 2' },
    ]);
    expect(r.errors.map(formatFileError)).toEqual(['news.csv row 3: no text in column "article_content"']);
    expect(parseArticlesFile('x.csv', 'title,url\na,b').errors[0]!.message).toMatch(/no text column/);
    expect(parseArticlesFile('x.csv', 'text\n"open').errors[0]!.message).toMatch(/unterminated/);
  });

  it('maps column names case- and punctuation-insensitively', () => {
    expect(mapColumns(['Article Title', 'TEXT', 'source', 'published_at', 'URL'])).toEqual({ title: 0, text: 1, outlet: 2, published: 3, url: 4 });
  });

  it('refuses unknown file types by name', () => {
    expect(parseArticlesFile('photo.png', 'x').errors.map(formatFileError)).toEqual([
      'photo.png: unsupported file type ".png" (use .txt, .md, .html, .json, .jsonl or .csv)',
    ]);
  });
});

describe('parseOutletsFile', () => {
  it('reads seeds/outlets.json entries defensively', () => {
    const r = parseOutletsFile([
      { file: 'a.txt', title: 'T', published: '2020-01', outlet: { name: null, displayName: 'Diyaruna (attributed)', attribution: { name: 'Diyaruna', confidence: 'high', basis: 'site chrome' }, domain: 'diyaruna.com', country: { value: 'US', source: 'site' }, ownership: [{ value: 'CENTCOM', source: 'site' }], notes: [] } },
      { file: 'b.txt', outlet: { name: 'The Cradle', domain: 'thecradle.co' } },
      { file: 'c.txt', outlet: {} },
      'junk',
    ]);
    expect(r.outlets.map((o) => [o.id, o.name, o.domain])).toEqual([
      ['diyaruna', 'Diyaruna (attributed)', 'diyaruna.com'],
      ['the-cradle', 'The Cradle', 'thecradle.co'],
    ]);
    expect(r.outlets[0]!.notes[0]!.value).toMatch(/attributed to Diyaruna \(high confidence\)/);
    expect(r.byFile.get('a.txt')).toEqual({ title: 'T', published: '2020-01', author: null, url: null, outlet: 'Diyaruna (attributed)' });
    expect(r.byFile.has('c.txt')).toBe(false);
  });
  it('accepts a plain Outlet[]', () => {
    const r = parseOutletsFile([{ id: 'x', name: 'X News', domain: null, country: null, ownership: [], notes: [] }]);
    expect(r.outlets).toEqual([{ id: 'x', name: 'X News', domain: null, country: null, ownership: [], notes: [] }]);
  });
});
