/**
 * Issue 11, import validation and parsers: each case here failed before the change (see the list).
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/utils/engine/analyze';
import { normaliseDate, normaliseFieldDate, numericOrderOf } from '@/utils/engine/dates';
import { parseArticlesFile } from '@/utils/engine/formats';
import { stripBidi } from '@/utils/engine/sanitize';
import { engineDeps } from '@/utils/options/engine-deps';
import { decodeText } from '@/utils/options/files';
import { parseSources } from '@/utils/options/pipeline';

const parse = (name: string, content: string) => parseSources([{ kind: 'file', name, content }], engineDeps);
const TEXT = 'The mayor said on Monday that 40 new buses will run from June, at a cost of 12 million euros.';

describe('URLs and field types, every format', () => {
  it('JSON and JSONL refuse javascript: URLs, naming file and row', () => {
    const json = parse('a.json', JSON.stringify([{ text: TEXT, url: 'javascript:alert(1)' }, { text: TEXT + ' Two.', url: 'https://ok.example/a' }]));
    expect(json.errors).toEqual(['a.json row 1: the URL “javascript:alert(1)” is not a web address (http:// or https://)']);
    expect(json.items).toHaveLength(1);
    const jsonl = parse('b.jsonl', `${JSON.stringify({ text: TEXT, link: 'data:text/html,x' })}\n`);
    expect(jsonl.errors[0]).toMatch(/^b\.jsonl row 1: the URL “data:text\/html,x” is not a web address/);
  });

  it('pasted text and fetched items go through the same check', () => {
    const r = parseSources([{ kind: 'item', fileName: 'pasted text', item: { name: 'pasted text', text: TEXT, url: 'javascript:void(0)' } }], engineDeps);
    expect(r.errors[0]).toMatch(/^pasted text: the URL “javascript:void\(0\)” is not a web address/);
  });

  it('a number in "text" is an error, not a 1-word article', () => {
    const r = parseArticlesFile('n.jsonl', `${JSON.stringify({ text: 12345, title: 'x' })}\n`);
    expect(r.inputs).toEqual([]);
    expect(r.errors[0]).toMatchObject({ row: 1, message: '"text" must be text, not a number' });
  });

  it('a misspelt pack format is refused as a pack, not read as articles', () => {
    const r = parse('export.json', JSON.stringify({ format: 'claimlens-pak', version: 1, articles: [{ id: 'a', body: TEXT, title: 't' }], claims: [], outlets: [], topics: [] }));
    expect(r.items).toEqual([]);
    expect(r.errors[0]).toMatch(/^export\.json: not a valid ClaimLens pack: .*format/);
  });

  it('bidi override characters are stripped from titles', () => {
    expect(stripBidi('\u202Eevil')).toBe('evil');
    const r = parse('r.jsonl', `${JSON.stringify({ text: TEXT, title: 'The \u202Elive\u202C plan', outlet: 'A\u2066B' })}\n`);
    expect(r.items[0].item.title).toBe('The live plan');
    expect(r.items[0].item.outlet).toBe('AB');
  });
});

describe('CSV', () => {
  it('sniffs a ;-delimited file (was one column)', () => {
    const r = parse('eu.csv', `title;text;date\nBus plan;"${TEXT}";2017-04-05\n`);
    expect(r.errors).toEqual([]);
    expect(r.items[0].item).toMatchObject({ title: 'Bus plan', published: '2017-04-05' });
  });

  it('reports extra cells of ragged rows instead of dropping them silently', () => {
    const r = parse('ragged.csv', `title,text\nOne,"${TEXT}",surplus cell\n`);
    expect(r.items).toHaveLength(1);
    expect(r.errors).toEqual(['ragged.csv row 2: 3 cells but the header names 2 columns; the extra cell (“surplus cell”) was not imported']);
  });

  it('keeps quoted line breaks inside a cell', () => {
    const r = parse('q.csv', `title,text\n"Two\nlines","${TEXT}\nSecond paragraph of the story, with more detail."\n`);
    expect(r.items[0].item.title).toBe('Two\nlines');
  });

  it('M/D/YYYY dates (the FA-KES format) become ISO, with the reading shown', () => {
    const r = parse('fakes.csv', `title,text,date\nA,"${TEXT}",4/5/2017\nB,"${TEXT} B.",12/25/2016\n`);
    expect(r.items.map((i) => i.item.published)).toEqual(['2017-04-05', '2016-12-25']);
    expect(r.errors.join(' ')).toMatch(/read as month\/day\/year \(2017-04-05\), as the file's other dates show/);
  });

  it('D/M/YYYY when the file shows it', () => {
    const r = parse('uk.csv', `title,text,date\nA,"${TEXT}",4/5/2017\nB,"${TEXT} B.",25/12/2016\n`);
    expect(r.items.map((i) => i.item.published)).toEqual(['2017-05-04', '2016-12-25']);
  });

  it('a Windows-1252 file is decoded with a note, not as "Caf�"', () => {
    const bytes = Uint8Array.from([...Buffer.from('title,text\nCaf'), 0xe9, ...Buffer.from(' owners,x\n')]);
    const d = decodeText(bytes);
    expect(d.encoding).toBe('windows-1252');
    expect(d.text).toContain('Café owners');
  });
});

describe('dates in fields', () => {
  it('understands the common forms', () => {
    expect(normaliseDate('4/5/2017')).toBe('2017-04-05');
    expect(normaliseDate('5 April 2017')).toBe('2017-04-05');
    expect(normaliseDate('Apr 5, 2017')).toBe('2017-04-05');
    expect(normaliseDate('2017-04-05T10:00:00Z')).toBe('2017-04-05');
    expect(normaliseFieldDate('25/4/2017')).toBe('2017-04-25');
    expect(normaliseFieldDate('4/5/2017', 'dmy')).toBe('2017-05-04');
    expect(numericOrderOf(['1/2/2017', '3/4/2017'])).toMatchObject({ order: 'mdy', decided: false });
    expect(normaliseFieldDate('2/30/2017')).toBeNull();
  });
});

describe('short articles', () => {
  it('a one-sentence article is accepted', () => {
    const a = analyzeArticle({ name: 'x', text: 'Tesla is expected to announce that it has selected Nevada for its new "gigafactory."', source: 'import', importedAt: 0 });
    expect(a.article.body).toContain('Nevada');
    expect(a.claims.length).toBeGreaterThan(0);
  });

  it('a sentence with no final full stop is accepted', () => {
    const a = analyzeArticle({ name: 'x', text: 'Café owners in the old town say rents doubled this year and three shops closed', source: 'import', importedAt: 0 });
    expect(a.article.body).toMatch(/three shops closed$/);
  });

  it('page furniture alone is still refused', () => {
    for (const text of ['Subscribe to our newsletter', 'Share this article on Facebook and Twitter now', 'Breaking News']) {
      expect(() => analyzeArticle({ name: 'x', text, source: 'import', importedAt: 0 })).toThrow(/no article text left/);
    }
  });
});
