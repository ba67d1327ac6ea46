import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { validatePack } from '@/utils/engine/pack';
import { parseCsv, toCsv } from '@/utils/engine/csv';

const ROOT = resolve(__dirname, '../../..');
const BIN = join(ROOT, 'scripts', 'claimlens.mjs');
const SEED = join(ROOT, 'seeds', '004_b512b89c7840b975.txt');

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimlens-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each case spawns the CLI (tsx start-up) up to five times: seconds apiece on a busy machine.
describe('claimlens CLI', { timeout: 120_000 }, () => {
  it('analyze prints a readable table of claims, speakers, figures and topics', () => {
    const r = run('analyze', SEED);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('== ');
    expect(r.stdout).toMatch(/outlet:\s+The Cradle|outlet:\s+/);
    expect(r.stdout).toMatch(/#\s+kind\s+speaker\s+figures\s+topics\s+claim/);
    expect(r.stdout).toContain('Alina Romanowski');
    expect(r.stdout).toMatch(/2500 troop/);
  });

  it('analyze --json gives the same analysis as data', () => {
    const r = run('analyze', SEED, '--json', '--domain', 'security-news');
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.articles).toHaveLength(1);
    expect(out.articles[0].claims.length).toBeGreaterThan(5);
    expect(out.topics.some((t: { id: string }) => t.id === 'isis')).toBe(true);
  });

  it('pack writes a valid pack from a directory of mixed formats, with outlets', () => {
    const src = join(dir, 'src');
    rmSync(src, { recursive: true, force: true });
    spawnSync('mkdir', ['-p', src]);
    copyFileSync(SEED, join(src, '004_b512b89c7840b975.txt'));
    writeFileSync(join(src, 'more.jsonl'), `${JSON.stringify({ title: 'Daesh resurging', text: 'Daesh is resurging in Iraq, the Springfield Observer reported. ISIS still poses a threat, officials said.', outlet: 'Springfield Observer', date: '2024-04-01' })}\n`);
    writeFileSync(join(src, 'news.csv'), toCsv([['headline', 'body', 'source', 'date'], ['ISIS defeated', 'ISIS is no longer a threat in Iraq, Iraqi officials said on Monday.', 'Baghdad Daily', '2024-04-02']]));
    writeFileSync(join(src, 'page.html'), '<html><head><title>Budget</title></head><body><article><h1>City budget</h1><p>The Springfield City Council approved the budget on Monday after a long debate about library hours and property taxes.</p><p>Mayor Jane Doe said the deficit is shrinking and that the library will stay open.</p></article></body></html>');
    const out = join(dir, 'pack.json');
    const r = run('pack', src, '-o', out, '--outlets', join(ROOT, 'seeds', 'outlets.json'), '--domain', 'security-news');
    expect(r.status, r.stderr).toBe(0);
    const pack = validatePack(JSON.parse(readFileSync(out, 'utf8')));
    expect(pack.articles).toHaveLength(4);
    expect(pack.createdAt).toBe('2026-01-01T00:00:00.000Z');
    expect(pack.outlets.map((o) => o.name)).toEqual(expect.arrayContaining(['The Cradle', 'Springfield Observer', 'Baghdad Daily']));
    expect(pack.topics.find((t) => t.id === 'isis')?.outletCount).toBe(3);
    // Deterministic: the same input gives the same bytes.
    const out2 = join(dir, 'pack2.json');
    expect(run('pack', src, '-o', out2, '--outlets', join(ROOT, 'seeds', 'outlets.json'), '--domain', 'security-news').status).toBe(0);
    expect(readFileSync(out2, 'utf8')).toBe(readFileSync(out, 'utf8'));

    const s = run('search', 'ISIS resurgence', '--pack', out);
    expect(s.status, s.stderr).toBe(0);
    expect(s.stdout.split('\n')[2]).toMatch(/resurg|ISIS/i);
    const sj = JSON.parse(run('search', 'library budget', '--pack', out, '--json', '--limit', '3').stdout);
    expect(sj.length).toBeGreaterThan(0);
    expect(sj[0].claim.text).toMatch(/budget|library/i);
  });

  it('pack fails on a bad file, naming it on stderr, and writes nothing', () => {
    const bad = join(dir, 'bad');
    spawnSync('mkdir', ['-p', bad]);
    writeFileSync(join(bad, 'good.txt'), 'ISIS still poses a threat in Iraq, officials said on Monday.');
    writeFileSync(join(bad, 'broken.json'), '{ "text": "unterminated');
    const out = join(dir, 'never.json');
    const r = run('pack', bad, '-o', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('broken.json');
    expect(r.stderr).toMatch(/not valid JSON/);
    expect(existsSync(out)).toBe(false);
    const missing = run('pack', join(dir, 'nope.txt'), '-o', out);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('nope.txt');
  });

  it('compare --fnc writes one prediction per pair, in order', () => {
    const stances = join(dir, 'stances.csv');
    const bodies = join(dir, 'bodies.csv');
    writeFileSync(
      bodies,
      toCsv([
        ['Body ID', 'articleBody'],
        ['7', 'A giant spider burrowed through a tourist’s stomach, reports said.\nDoctors said the spider story is a hoax, fake and false, and the stomach photos were doctored.'],
        ['9', 'The city council approved the new budget for parks on Monday, with ten percent more for parks.'],
      ]),
    );
    const rows = [
      ['Headline', 'Body ID', 'Stance'],
      ['Spider burrowed through tourist’s stomach', '7', 'disagree'],
      ['City council approves new budget for parks', '9', 'agree'],
      ['Spider burrowed, "quoted", through stomach', '9', 'unrelated'],
      ['Council budget for parks: tourist spider?', '7', 'unrelated'],
    ];
    writeFileSync(stances, toCsv(rows));
    const out = join(dir, 'pred.csv');
    const r = run('compare', '--fnc', stances, bodies, '-o', out);
    expect(r.status, r.stderr).toBe(0);
    const pred = parseCsv(readFileSync(out, 'utf8'));
    expect(pred[0]).toEqual(['Headline', 'Body ID', 'Stance']);
    expect(pred.slice(1).map((p) => [p[0], p[1]])).toEqual(rows.slice(1).map((p) => [p[0], p[1]]));
    for (const p of pred.slice(1)) expect(['agree', 'disagree', 'discuss', 'unrelated']).toContain(p[2]);
    expect(pred[2]![2]).not.toBe('unrelated');
    expect(r.stdout).toMatch(/FNC score/);
  });

  it('reports usage errors with exit code 2', () => {
    const r = run('frobnicate');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown command "frobnicate"/);
    expect(run('compare', '--fnc', 'only-one.csv').status).toBe(2);
    expect(run('search', 'x').stderr).toMatch(/--pack/);
  });
});
