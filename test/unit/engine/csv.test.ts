import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCsv, parseCsvTable, toCsv, CsvError } from '@/utils/engine/csv';

describe('parseCsv (RFC 4180)', () => {
  it.each([
    ['a,b\n1,2\n', [['a', 'b'], ['1', '2']]],
    ['a,b\r\n1,2', [['a', 'b'], ['1', '2']]],
    ['"x, y","he said ""hi"""', [['x, y', 'he said "hi"']]],
    ['"multi\nline",z\nnext,row', [['multi\nline', 'z'], ['next', 'row']]],
    ['"crlf\r\ninside",1\r\n', [['crlf\r\ninside', '1']]],
    ['a,,c', [['a', '', 'c']]],
    ['a,b,', [['a', 'b', '']]],
    ['\n\na\n\n', [['a']]],
    ['""', [['']]],
    ['\ufeffid,name\n1,x', [['id', 'name'], ['1', 'x']]],
    ['', []],
  ])('%j', (text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });
  it('reads tab-separated values', () => {
    expect(parseCsv('a\tb\n"c\td"\te', '\t')).toEqual([['a', 'b'], ['c\td', 'e']]);
  });
  it('reports an unterminated quote with its line', () => {
    expect(() => parseCsv('a,b\n1,"open\nstill open')).toThrow(CsvError);
    expect(() => parseCsv('a,b\n1,"open\nstill open')).toThrow(/line 2/);
  });
  it('reads a table by header name', () => {
    expect(parseCsvTable('Headline,Body ID\nHi,3\nShort')).toEqual({
      header: ['Headline', 'Body ID'],
      records: [{ Headline: 'Hi', 'Body ID': '3' }, { Headline: 'Short', 'Body ID': '' }],
    });
  });
  it('round-trips any fields (quotes, commas, line breaks, empty cells)', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '\r\n', 'é', '\t', "'") , maxLength: 12 });
    const rows = fc.integer({ min: 1, max: 5 }).chain((w) => fc.array(fc.array(field, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 6 }));
    fc.assert(
      fc.property(rows, (rs) => {
        expect(parseCsv(toCsv(rs))).toEqual(rs);
      }),
      { numRuns: 300 },
    );
  });
  it('parses a large file (100k rows with quotes and line breaks) row for row', () => {
    // Its time is in `npm run bench` (guards.csv_rows100k_ms).
    const rows = Array.from({ length: 100_000 }, (_, i) => [String(i), `headline, "quoted" ${i}`, 'body\nwith line']);
    const parsed = parseCsv(toCsv(rows));
    expect(parsed).toHaveLength(100_000);
    expect(parsed[99_999]).toEqual(rows[99_999]);
  });
});
