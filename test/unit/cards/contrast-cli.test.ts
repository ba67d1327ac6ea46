// `claimlens contrast --pack PACK.json PAGE... [--json]`: what the card would show, one JSON line per page in the
// stable shape the issue gives, run as the real CLI over a pack built from the second-subject corpus.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const BIN = join(ROOT, 'scripts', 'claimlens.mjs');
const ARTICLES = join(ROOT, 'test/fixtures/subjects/refinery-blast/articles');
const PAGE = 'test/fixtures/pages/refinery-blast-article.html';
const OFF = 'test/fixtures/pages/varied/city-budget.html';

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
let pack: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimlens-contrast-'));
  pack = join(dir, 'pack.json');
  const r = run('pack', ARTICLES, '-o', pack);
  expect(r.status, r.stderr).toBe(0);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ITEM_KEYS = ['label', 'p', 'pageSentence', 'claimId', 'articleId', 'outletId', 'date'];
const ENTRY_KEYS = ['value', 'unit', 'claimId', 'articleId', 'outletId', 'date'];

// Each run spawns tsx; on a loaded 2-core machine that alone takes seconds.
describe('claimlens contrast', { timeout: 120_000 }, () => {
  it('--json prints one line per page, in order, in the stable shape', () => {
    const md = join(dir, 'page.md');
    writeFileSync(md, '# Refinery stays shut\n\nThe refinery will remain closed for at least six months while investigators examine the site, chief executive Ronan Vesey said. Corvane Energy said 12 workers were killed in the explosion at the Corvane refinery in Port Halden.\n');
    const r = run('contrast', '--pack', pack, PAGE, OFF, md, '--json');
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.page)).toEqual([PAGE, OFF, md]);
    expect(Object.keys(lines[0])).toEqual(['page', 'topics']);
    expect(lines[1].topics).toEqual([]); // a city budget page is not about the refinery
    const [card] = lines;
    expect(card.topics.length).toBeGreaterThan(0);
    for (const t of card.topics) {
      expect(Object.keys(t)).toEqual(['topic', 'items', 'figures']);
      for (const it of t.items) {
        expect(Object.keys(it)).toEqual(ITEM_KEYS);
        expect(['disputes', 'agrees', 'context']).toContain(it.label);
        expect(it.p).toBeGreaterThanOrEqual(0);
        expect(it.p).toBeLessThanOrEqual(1);
        expect(typeof it.pageSentence).toBe('string');
        expect(it.claimId.startsWith(`${it.articleId}:`)).toBe(true);
      }
      for (const f of t.figures) {
        expect(Object.keys(f)).toEqual(['subject', 'entries']);
        for (const e of f.entries) expect(Object.keys(e)).toEqual(ENTRY_KEYS);
      }
    }
    const items = card.topics.flatMap((t: { items: unknown[] }) => t.items);
    const closure = items.find((i: { pageSentence: string; label: string; outletId: string }) => i.outletId === 'meridian-wire' && i.pageSentence.startsWith('The refinery will remain closed'));
    expect(closure).toMatchObject({ label: 'agrees', date: '2025-03-12' });
    const toll = card.topics.flatMap((t: { figures: { subject: string; entries: { value: number; outletId: string | null }[] }[] }) => t.figures).find((f: { subject: string }) => f.subject === 'workers killed in Port Halden');
    // 12: the Halden Herald ("Twelve workers were killed", read since counts in words are figures), Meridian Wire, the page
    expect(toll.entries.map((e: { value: number }) => e.value).sort((a: number, b: number) => a - b)).toEqual([12, 12, 12, 35]);
    expect(toll.entries.some((e: { outletId: string | null }) => e.outletId === null)).toBe(true); // the page's own figure
    expect(lines[2].topics.length).toBeGreaterThan(0);
  });

  it('prints a readable card without --json: topics, label, probability, the page sentence, the claim and its source', () => {
    const r = run('contrast', '--pack', pack, PAGE);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`== ${PAGE} ==  (page date: 2025-03-13)`);
    expect(r.stdout).toMatch(/topic: /);
    expect(r.stdout).toMatch(/agrees {3}p=0\.\d{3} {2}Meridian Wire · 2025-03-12 · [0-9a-f]+:\d+ \(article [0-9a-f]+\)/);
    expect(r.stdout).toMatch(/answers: The refinery will remain closed/);
    expect(r.stdout).toMatch(/figures: workers killed in Port Halden: /);
  });

  it('names a bad page and still prints the good ones; usage errors exit 2', () => {
    const r = run('contrast', '--pack', pack, 'missing.html', PAGE, 'report.pdf', '--json');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('missing.html: cannot read (ENOENT)');
    expect(r.stderr).toContain('report.pdf: not a page file');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(run('contrast', PAGE).status).toBe(2);
    expect(run('contrast', '--pack', pack).status).toBe(2);
    expect(run('contrast', '--pack', pack, PAGE, '--sensitivity', 'max').status).toBe(2);
  });

  it('--article-stance reads each corpus article whole: the fact-check calling the drug result false disputes the page', () => {
    const drugPack = join(dir, 'drug.json');
    expect(run('pack', join(ROOT, 'test/fixtures/subjects/drug-trial/articles'), '-o', drugPack).status).toBe(0);
    const page = 'test/fixtures/subjects/drug-trial/page.txt';
    const labels = (args: string[]) => {
      const r = run('contrast', '--pack', drugPack, page, '--json', ...args);
      expect(r.status, r.stderr).toBe(0);
      const items = JSON.parse(r.stdout.trim()).topics.flatMap((t: { items: { label: string; outletId: string }[] }) => t.items);
      return (outlet: string) => items.filter((i: { outletId: string }) => i.outletId === outlet).map((i: { label: string }) => i.label);
    };
    const on = labels(['--article-stance']);
    expect(on('clearview-check')).toContain('disputes');
    expect(on('clearview-check')).not.toContain('agrees');
    expect(on('metro-daily').every((l: string) => l === 'context')).toBe(true);
    expect(on('harbor-health-news')).not.toContain('disputes');
  });
});
