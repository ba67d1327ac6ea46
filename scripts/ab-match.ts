/**
 * A/B timing of `matchPage` between this tree and another checkout of the repo (e.g. a worktree at an older commit),
 * interleaved page by page in one process so both see the same machine load (which goes first alternates):
 *   node --import tsx scripts/ab-match.ts /work/wt/base [claims=1000] [words=10000] [runs=10]
 * CLAIMLENS_MINED_CACHE=<file> reads the mined corpus from that file (as scripts/profile-match.ts writes it: mining 100k
 * claims takes many minutes); the claim count then is the file's.
 * Prints CPU ms medians of each and their ratio, and whether the two outputs agree (tookMs and p on context items aside);
 * CLAIMLENS_AB_DIFF=1 also lists, per differing page, the items whose label differs. CLAIMLENS_AB_LOAD=1 times this tree's
 * page-load half (`analysePage`, no card opened) against the other's `matchPage` and compares only the shown topic ids;
 * CLAIMLENS_AB_LOAD=both times `analysePage` in both trees (the page-load path of two trees that both have it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { buildBenchCorpora, realPage } from './bench-corpus';
import { mineCorpus, type MinedCorpus } from './bench-node';

const [other, ...rest] = process.argv.slice(2);
if (!other) throw new Error('ab-match: pass the other checkout’s path');
const [claims = 1000, words = 10000, runs = 10] = rest.map(Number);
const root = process.cwd();

interface Engine {
  name: string;
  match: typeof import('../utils/engine/match');
  features: typeof import('../utils/engine/claim-features');
  domain: typeof import('../utils/engine/lexicon/domain');
}
const load = async (dir: string, name: string): Promise<Engine> => ({
  name,
  match: await import(`${dir}/utils/engine/match.ts`),
  features: await import(`${dir}/utils/engine/claim-features.ts`),
  domain: await import(`${dir}/utils/engine/lexicon/domain.ts`),
});
const engines = [await load(other, 'other'), await load(root, 'this')];
const cacheFile = process.env.CLAIMLENS_MINED_CACHE;
const mined: MinedCorpus =
  cacheFile && existsSync(cacheFile) ? JSON.parse(readFileSync(cacheFile, 'utf8')) : mineCorpus(buildBenchCorpora(root, [claims])[0]!);
const indexes = engines.map((e) => {
  const index = e.match.buildCorpusIndex(mined);
  e.domain.useCorpusAliases(index.topics);
  const rows = e.features.prepareClaimFeatures(mined.claims);
  index.claims.forEach((c, i) => e.features.adoptClaimFeatures(c, rows[i]));
  return index;
});
const strip = (v: unknown): unknown =>
  JSON.parse(JSON.stringify(v, function (k, x) {
    if (k === 'tookMs') return undefined;
    if (k === 'p' && (this.label === 'related' || this.label === 'unrelated')) return undefined;
    return typeof x === 'number' && !Number.isInteger(x) ? Number(x.toPrecision(10)) : x;
  }));
/**
 * CLAIMLENS_AB_DIFF=1: what differs between two outputs, item by item — per topic and claim, the label (with "+copy"
 * for a wire copy of the page) in the other tree and in this one; topics only one side shows are named.
 */
function labelDiff(other: string, self: string): string[] {
  type M = { topics: { topic: { label: string }; contrasts: Record<string, { claim: { id: string; text: string }; relation: { label: string; copy?: true } }[]> }[] };
  const items = (json: string) => {
    const m = JSON.parse(json) as M;
    const out = new Map<string, string>();
    for (const t of m.topics)
      for (const group of Object.values(t.contrasts)) for (const c of group) out.set(`${t.topic.label} · ${c.claim.text.slice(0, 70)}`, c.relation.label + (c.relation.copy ? '+copy' : ''));
    return out;
  };
  const [a, b] = [items(other), items(self)];
  const lines: string[] = [];
  for (const k of new Set([...a.keys(), ...b.keys()])) if (a.get(k) !== b.get(k)) lines.push(`${a.get(k) ?? '—'} → ${b.get(k) ?? '—'}  ${k}`);
  return lines.length ? lines.slice(0, 12) : ['same items; other fields differ'];
}
const opts = { sensitivity: 'medium' as const, mutedTopics: [], mutedOutlets: [] };
const cpu: number[][] = engines.map(() => []);
let differ = 0;
for (let i = 0; i < runs + 1; i++) {
  const page = { text: realPage(root, words, 37 * i + words), title: '', url: `http://127.0.0.1/p/${i}`, siteName: null };
  const out: string[] = [];
  // Which engine goes first alternates page by page: the second pays for the first one's garbage.
  const order = i % 2 === 0 ? [0, 1] : [1, 0];
  order.forEach((k) => {
    const e = engines[k]!;
    const c = process.cpuUsage();
    const load = process.env.CLAIMLENS_AB_LOAD && (k === 1 || process.env.CLAIMLENS_AB_LOAD === 'both');
    const m = load ? (e.match as unknown as typeof import('../utils/engine/match')).analysePage(indexes[k] as never, page, opts).summary : e.match.matchPage(indexes[k] as never, page, opts);
    const u = process.cpuUsage(c);
    if (i > 0) cpu[k]!.push((u.user + u.system) / 1000);
    out[k] = process.env.CLAIMLENS_AB_LOAD ? JSON.stringify(m.topics.map((t) => t.topic.id)) : JSON.stringify(strip(m));
  });
  if (out[0] !== out[1]) {
    differ++;
    if (process.env.CLAIMLENS_AB_DIFF) for (const line of labelDiff(out[0]!, out[1]!)) console.log(`  page ${i}: ${line}`);
  }
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const [a, b] = cpu.map(med) as [number, number];
// Page by page (both engines on the same page, one right after the other): steadier than a ratio of medians under load.
const paired = med(cpu[1]!.map((x, i) => x / cpu[0]![i]!));
console.log(
  `${mined.claims.length} claims, ${words} words, ${runs} pages: other ${a.toFixed(1)} ms, this ${b.toFixed(1)} ms CPU median; this/other ${(b / a).toFixed(3)} ` +
    `(median of per-page ratios ${paired.toFixed(3)}); outputs differ on ${differ} of ${runs + 1} pages`,
);
