/**
 * The whole import pipeline over the fixture folder with the real engine, as the options page runs it:
 * files checked and read (HTML through Readability on a linkedom DOM), parsed, the unknown CSV mapped,
 * every article analysed for the preview.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { engineDeps } from '@/utils/options/engine-deps';
import { readFiles } from '@/utils/options/files';
import { analyseItems, parseSources } from '@/utils/options/pipeline';
import { applyMapping } from '@/utils/options/columns';
import { MAX_FILE_BYTES } from '@/utils/options/limits';
import { makeJsonl } from './generate';

const MIXED = join(__dirname, '../../fixtures/import/mixed');
const EXTRA = join(__dirname, '../../fixtures/import/extra');
const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const filesOf = (dir: string) => readdirSync(dir).sort().map((f) => new File([readFileSync(join(dir, f))], f));

describe('import of the mixed fixture folder', () => {
  it('reads, parses, maps and previews every good article, with a specific message for each bad one', async () => {
    const read = await readFiles([...filesOf(MIXED), new File(['x'], '.DS_Store')], { parseHtml });
    expect(read.skipped).toBe(1);
    expect(read.errors).toEqual([
      'empty.txt: file is empty',
      'quarterly-report.pdf: unsupported file type .pdf (supported: .txt, .md, .html, .htm, .json, .jsonl, .csv)',
    ]);
    // The HTML was reduced to its article by Readability before the worker.
    const html = read.sources.find((s) => s.kind === 'item');
    expect(html).toMatchObject({ kind: 'item', fileName: 'isis-remnants-iraq.html', item: { outlet: 'Tigris Monitor' } });

    const parsed = parseSources(read.sources, engineDeps);
    expect(parsed.errors).toEqual(['missing-text.csv row 3: no text in column “text”']);
    expect(parsed.pendingCsv.map((c) => c.fileName)).toEqual(['newsroom-export.csv']);
    const mapped = applyMapping(parsed.pendingCsv[0], parsed.pendingCsv[0].suggestion.mapping);
    expect(mapped.errors).toEqual([]);

    const result = await analyseItems([...parsed.items, ...mapped.items], engineDeps, { yieldNow: async () => {} });
    expect(result.errors).toEqual([]);
    expect(result.rows).toHaveLength(11);
    const by = (name: string) => result.rows.find((r) => r.name === name)!;
    expect(by('isis-remnants-iraq.html')).toMatchObject({ outlet: 'Tigris Monitor', date: '2024-09-12' });
    expect(by('isis-remnants-iraq.html').topics).toContain('ISIS');
    expect(by('newsroom-export.csv row 2')).toMatchObject({
      title: 'Ferry operator orders two electric boats',
      outlet: 'Lakeshore Gazette',
      date: '2024-05-08',
      url: 'https://lakeshore-gazette.example/ferries-electric',
    });
    expect(by('wire-roundup.jsonl line 1')).toMatchObject({ outlet: 'Coastline Wire', date: '2024-10-17', author: 'Mei Tanaka' });
    expect(by('harbor-bridge-repairs.txt').title).toBe('Harbor City to close Eastgate Bridge for 14 months of repairs');
    expect(by('solar-grid-storage.md').title).toBe('Valley utility switches on its largest battery yet');
    for (const r of result.rows) {
      expect(r.claimCount, `${r.name} has claims`).toBeGreaterThan(0);
      expect(new Set(result.rows.map((x) => x.articleId)).size).toBe(11);
    }
  });

  it('gives the same article from the engine’s own HTML path when no DOM is available (the worker)', async () => {
    const read = await readFiles(filesOf(MIXED).filter((f) => f.name.endsWith('.html')), { parseHtml: null });
    expect(read.sources[0].kind).toBe('file');
    const parsed = parseSources(read.sources, engineDeps);
    const result = await analyseItems(parsed.items, engineDeps, { yieldNow: async () => {} });
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0].claimCount).toBeGreaterThan(0);
    expect(result.rows[0].excerpt).not.toContain('window.tracking');
  });

  it('reports bad JSON, a bad pack, and a file over the size limit', async () => {
    const big = new File([new Uint8Array(MAX_FILE_BYTES + 1).fill(97)], 'big.txt');
    const read = await readFiles([...filesOf(EXTRA), big], { parseHtml });
    expect(read.errors).toEqual(['big.txt: 5,242,881 bytes is over the 5 MB limit per file']);
    const parsed = parseSources(read.sources, engineDeps);
    expect(parsed.errors).toEqual([
      expect.stringMatching(/^bad-pack\.json: not a valid ClaimLens pack: articles: expected an array/),
      expect.stringMatching(/^broken\.json: not valid JSON \(/),
    ]);
    expect(parsed.items.map((i) => i.item.name)).toEqual(['standard.csv row 2']);
    expect(statSync(join(EXTRA, 'standard.csv')).size).toBeGreaterThan(0);
  });

  it('previews 1,200 generated articles with progress', async () => {
    const parsed = parseSources([{ kind: 'file', name: 'generated.jsonl', content: makeJsonl(1200) }], engineDeps);
    expect(parsed.items).toHaveLength(1200);
    let last = 0;
    const t = performance.now();
    const result = await analyseItems(parsed.items, engineDeps, { onProgress: (p) => (last = p.done) });
    const ms = performance.now() - t;
    expect(result.rows).toHaveLength(1200);
    expect(last).toBe(1200);
    console.log(`[options] preview of 1,200 articles: ${Math.round(ms)} ms in Node`);
  });
});
