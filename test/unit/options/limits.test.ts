import { describe, expect, it } from 'vitest';
import {
  LIMITS_TEXT,
  MAX_FILE_BYTES,
  checkContent,
  checkFile,
  checkSelection,
  extensionOf,
  formatBytes,
  isSystemFile,
} from '@/utils/options/limits';

describe('extensionOf', () => {
  it.each([
    ['news.csv', '.csv'],
    ['Report.PDF', '.pdf'],
    ['folder/a.b/c.JSONL', '.jsonl'],
    ['README', ''],
    ['.hidden', ''],
  ])('%s → %s', (name, ext) => expect(extensionOf(name)).toBe(ext));
});

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [950, '950 B'],
    [1536, '1.5 KB'],
    [5 * 1024 * 1024, '5 MB'],
    [12_897_485, '12.3 MB'],
  ])('%d → %s', (n, s) => expect(formatBytes(n)).toBe(s));
});

describe('checkFile', () => {
  it('accepts supported files within the limit', () => {
    for (const name of ['a.txt', 'b.md', 'c.html', 'd.htm', 'e.json', 'f.jsonl', 'g.csv']) {
      expect(checkFile({ name, size: 100 })).toBeNull();
    }
  });
  it('names the file and the supported types for an unsupported one', () => {
    expect(checkFile({ name: 'report.pdf', size: 100 })).toBe(
      'report.pdf: unsupported file type .pdf (supported: .txt, .md, .html, .htm, .json, .jsonl, .csv)',
    );
    expect(checkFile({ name: 'Makefile', size: 100 })).toMatch(/^Makefile: unsupported file type \(no extension\)/);
  });
  it('says a file is empty', () => {
    expect(checkFile({ name: 'empty.txt', size: 0 })).toBe('empty.txt: file is empty');
  });
  it('states the size and the limit for a big file', () => {
    expect(checkFile({ name: 'big.txt', size: 12_897_485 })).toBe('big.txt: 12.3 MB is over the 5 MB limit per file');
    expect(checkFile({ name: 'edge.txt', size: MAX_FILE_BYTES })).toBeNull();
    expect(checkFile({ name: 'edge.txt', size: MAX_FILE_BYTES + 1 })).toMatch(/over the 5 MB limit/);
  });
});

describe('checkContent', () => {
  it('refuses blank, binary and PDF content', () => {
    expect(checkContent('blank.txt', ' \n\t ')).toBe('blank.txt: file is empty');
    expect(checkContent('bin.txt', 'abc\u0000def')).toBe('bin.txt: looks like a binary file, not text');
    expect(checkContent('doc.txt', '%PDF-1.4\n...')).toMatch(/^doc\.txt: is a PDF document/);
    expect(checkContent('ok.txt', 'Some text.')).toBeNull();
  });
});

describe('selection', () => {
  it('skips system files of a folder', () => {
    expect(isSystemFile('news/.DS_Store')).toBe(true);
    expect(isSystemFile('Thumbs.db')).toBe(true);
    expect(isSystemFile('news/a.txt')).toBe(false);
  });
  it('limits the number of files', () => {
    expect(checkSelection(10)).toBeNull();
    expect(checkSelection(2001)).toMatch(/2,001 files is over the 2,000 files per import limit/);
  });
  it('states the limits in one line for the drop zone', () => {
    expect(LIMITS_TEXT).toContain('5 MB per file');
    expect(LIMITS_TEXT).toContain('.csv');
  });
});
