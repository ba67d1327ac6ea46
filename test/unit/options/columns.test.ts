import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/utils/engine/csv';
import {
  emptyMapping,
  formatRowError,
  mappingProblems,
  normaliseHeader,
  rowsToItems,
  suggestMapping,
} from '@/utils/options/columns';

const FIX = join(__dirname, '../../fixtures/import');
const csv = (rel: string) => parseCsv(readFileSync(join(FIX, rel), 'utf8'));

describe('normaliseHeader', () => {
  it.each([
    ['Published On', 'published_on'],
    ['\uFEFFTitle', 'title'],
    ['  Article-Content ', 'article_content'],
    ['"Link"', 'link'],
    ['pub.date', 'pub_date'],
  ])('%j → %s', (h, n) => expect(normaliseHeader(h)).toBe(n));
});

describe('suggestMapping', () => {
  it('maps the engine’s own names automatically', () => {
    const s = suggestMapping(['title', 'text', 'source', 'date', 'url']);
    expect(s.automatic).toBe(true);
    expect(s.mapping).toEqual({ title: 0, text: 1, outlet: 2, date: 3, url: 4, author: null });
    expect(s.how.text).toBe('exact');
  });

  it('maps headline/body/outlet/published/link automatically too', () => {
    const s = suggestMapping(['headline', 'body', 'outlet', 'published', 'link']);
    expect(s.automatic).toBe(true);
    expect(s.mapping).toMatchObject({ title: 0, text: 1, outlet: 2, date: 3, url: 4 });
  });

  it('suggests but does not auto-apply a file with its own column names', () => {
    const [headers, ...rows] = csv('mixed/newsroom-export.csv');
    expect(headers).toEqual(['Headline', 'Story', 'Publisher', 'Published On', 'Link']);
    const s = suggestMapping(headers, rows);
    expect(s.automatic).toBe(false);
    expect(s.mapping).toEqual({ title: 0, text: 1, outlet: 2, date: 3, url: 4, author: null });
    // "Story" is a name the engine knows; "Published On" is not, so the user confirms the guess.
    expect(s.how).toMatchObject({ title: 'exact', text: 'exact', outlet: 'exact', date: 'name', url: 'exact' });
  });

  it('asks when the text column has a name the engine does not know', () => {
    const s = suggestMapping(['Heading', 'Copy'], [['A title', 'x'.repeat(200)]]);
    expect(s.automatic).toBe(false);
    expect(s.mapping).toMatchObject({ title: 0, text: 1 });
    expect(s.how.text).toBe('name');
  });

  it('ignores extra columns it has no guess for', () => {
    const s = suggestMapping(['id', 'Title', 'Body', 'category'], [['7', 'A title here', 'x'.repeat(200), 'politics']]);
    expect(s.automatic).toBe(true);
    expect(s.mapping).toMatchObject({ title: 1, text: 2 });
  });

  it('places unnamed columns by their cells: long text, URLs, dates', () => {
    const headers = ['c1', 'c2', 'c3', 'c4'];
    const rows = [
      ['2024-01-02', 'A short headline here', 'x'.repeat(300), 'https://a.example/1'],
      ['2024-01-03', 'Another headline text', 'y'.repeat(250), 'https://a.example/2'],
    ];
    const s = suggestMapping(headers, rows);
    expect(s.mapping).toMatchObject({ date: 0, title: 1, text: 2, url: 3 });
    expect(s.how).toMatchObject({ date: 'content', title: 'content', text: 'content', url: 'content' });
    expect(s.automatic).toBe(false);
  });

  it('never gives one column two fields', () => {
    const s = suggestMapping(['story', 'story'], [['x'.repeat(200), 'y'.repeat(100)]]);
    const cols = Object.values(s.mapping).filter((v) => v !== null);
    expect(new Set(cols).size).toBe(cols.length);
  });

  it('leaves the text unmapped when nothing looks like it', () => {
    const s = suggestMapping(['a', 'b'], [['1', '2']]);
    expect(s.mapping.text).toBeNull();
    expect(s.automatic).toBe(false);
  });
});

describe('mappingProblems', () => {
  const headers = ['A', 'B', 'C'];
  it('requires the text column', () => {
    expect(mappingProblems(emptyMapping(), headers)).toEqual(['Choose the column that holds the article text.']);
  });
  it('refuses one column for two fields and out-of-range columns', () => {
    const m = { ...emptyMapping(), text: 0, title: 0, url: 7 };
    expect(mappingProblems(m, headers)).toEqual(['“A” is chosen for both Title and Article text.', 'URL: there is no column 8.']);
  });
  it('is happy with a sensible mapping', () => {
    expect(mappingProblems({ ...emptyMapping(), text: 1, title: 0 }, headers)).toEqual([]);
  });
});

describe('rowsToItems', () => {
  it('numbers rows as a spreadsheet does and names the empty text column', () => {
    const [headers, ...rows] = csv('mixed/missing-text.csv');
    const s = suggestMapping(headers, rows);
    const { items, errors } = rowsToItems('missing-text.csv', headers, rows, s.mapping);
    expect(items.map((i) => i.name)).toEqual(['missing-text.csv row 2', 'missing-text.csv row 4']);
    expect(items[0]).toMatchObject({
      title: 'Rail line reopens after landslide repairs',
      outlet: 'Hillside Herald',
      published: '2024-03-10',
      url: 'https://hillside-herald.example/rail-reopens',
      format: 'text',
    });
    expect(errors.map(formatRowError)).toEqual(['missing-text.csv row 3: no text in column “text”']);
  });

  it('applies a user mapping to a file with its own names', () => {
    const [headers, ...rows] = csv('mixed/newsroom-export.csv');
    const m = { ...emptyMapping(), title: 0, text: 1, outlet: 2, date: 3, url: 4 };
    const { items, errors } = rowsToItems('newsroom-export.csv', headers, rows, m);
    expect(errors).toEqual([]);
    expect(items).toHaveLength(3);
    expect(items[0].text).toContain('“Our fuel bill fell by half on the trial route,”'.replace(/[“”]/g, '"'));
    expect(items[2]).toMatchObject({ title: 'Museum returns carved doors to their village', published: '2024-11-29' });
  });

  it('refuses a row whose URL is not a web address, treats "n/a" as empty, and skips blank rows', () => {
    const headers = ['title', 'text', 'url'];
    const rows = [
      ['A', 'Body one.', 'ftp://x'],
      ['B', 'Body two.', 'n/a'],
      ['', '', ''],
    ];
    const m = { ...emptyMapping(), title: 0, text: 1, url: 2 };
    const { items, errors } = rowsToItems('x.csv', headers, rows, m);
    expect(items.map((i) => [i.title, i.url])).toEqual([['B', null]]);
    expect(errors.map(formatRowError)).toEqual(['x.csv row 2: “ftp://x” in column “url” is not a web address (http:// or https://)']);
  });

  it('reports a missing text mapping once for the file', () => {
    const { items, errors } = rowsToItems('x.csv', ['a'], [['1']], emptyMapping());
    expect(items).toEqual([]);
    expect(errors.map(formatRowError)).toEqual(['x.csv: no column is chosen for the article text']);
  });
});
