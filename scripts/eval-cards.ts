/**
 * `npm run eval:cards`: card-level evaluation of "disputes" and "agrees" on FNC-1 (issue 9, item 8).
 *
 *   npm run eval:cards [-- --data DIR] [--limit N] [--cache FILE] [--sources] [--figures dev|val|train [--show-rows]] [--judge FILE] [--show [N] [--right]] [--wrong-agrees] [--sample-agrees N] [--no-article-stance]      (or FNC1_DIR=DIR)
 *
 * The extension's cards never read whole articles (its stored index carries no bodies); the article-level stance runs
 * only where bodies are indexed (`claimlens contrast --article-stance`). The full run scores the validation pages both
 * ways, the extension's first; --no-article-stance makes every other mode read as the extension does.
 *
 * --judge FILE [--pages dev|train] [--wrong] [--dump OUT] [--judge-label agrees --judge-sample N]: only the validation (or dev / train-story) disputes, scored against a reader's readings kept in FILE
 * (see below); --wrong prints the shown ones read as wrong or not yet read; --dump writes every shown one as a JSON line;
 * --judge-label agrees reads the agrees instead, on a seeded sample of N (scripts/eval-data/judged-agrees.json: 40).
 * --sources: only the error analysis — precision of each label by where it came from (Relation.basis) on the DEV pages
 * and on as many TRAIN-story pages; --show prints the rule disputes' page sentence and claim (--right: only the gold-right ones); --wrong-agrees prints
 * the agrees the gold calls something else.
 *
 * Corpus: every FNC-1 training body is an article of its own made-up outlet (own name and site, no date), analysed by
 * the engine (claims, figures) and topic-mined like an import. Pages: each body of the dev and validation stories
 * (scripts/fnc-split.ts; the stance model is fitted on the train stories only) is opened as a page through the same
 * matchPage path the extension uses, from its own site — so its own article is left out of its card.
 * Prediction per page–article pair: the strongest label any item of that article has on the page's card
 * (disputes > agrees > context). Gold per pair: two bodies of one story on opposite sides of a shared headline
 * (agree vs disagree) dispute; on the same side (agree/agree, disagree/disagree) agree; a body that only "discusses"
 * the headline takes no side (neither); bodies of different stories are unrelated.
 * Display thresholds: swept on the DEV pages (precision first), then the validation pages are scored once with the
 * committed thresholds and once with the dev-chosen ones.
 * "agrees" is also reported with a "same facts, no stance" treatment (wire-copy near-duplicates between two bodies
 * that only discuss the headline count as right agrees), always beside the strict number.
 */
import { fncDataDir, loadFncSplit, type Side } from './fnc-split';
import { analyzeArticle, type AnalyzedArticle } from '../utils/engine/analyze';
import { buildPack } from '../utils/engine/pack';
import { buildCorpusIndex, matchPage, type CorpusIndex } from '../utils/engine/match';
import { contrastItems } from '../utils/engine/shown';
import { CARD_STANCE_THRESHOLDS } from '../utils/engine/stance/thresholds';
import { prepare } from '../utils/engine/relation';
import type { CorpusPack, RelationLabel } from '../utils/engine/types';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mulberry32 } from './rng';

const args = process.argv.slice(2);
const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : Infinity;
/** How many rule disputes --show prints per table (`--show N`, default 12). */
const showCount = Number(args[args.indexOf('--show') + 1]) || 12;
const t0 = performance.now();
const split = loadFncSplit(fncDataDir(args));

// ---- corpus: every body, its own outlet and site, no date
const site = (id: string) => `fnc-body-${id}.example`;
const bodyIds = [...split.bodies.keys()].sort((a, b) => Number(a) - Number(b));
const analyzed: AnalyzedArticle[] = [];
const bodyOfArticle = new Map<string, string>();
const refused: string[] = [];
for (const id of bodyIds) {
  try {
    const a = analyzeArticle({ text: split.bodies.get(id)!, format: 'text', title: null, outlet: `FNC Body ${id}`, url: `https://${site(id)}/story`, published: null, name: `FNC-1 body ${id}` });
    if (bodyOfArticle.has(a.article.id)) continue; // identical body text: one article
    analyzed.push(a);
    bodyOfArticle.set(a.article.id, id);
  } catch (e) {
    refused.push(`${id}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
if (refused.length) console.log(`${refused.length} bodies refused by the engine (left out): ${refused.slice(0, 3).join('; ')}`);
// --cache FILE keeps the built pack between runs (the engine's analysis of 1,683 bodies is most of the time).
const cachePath = args.includes('--cache') ? args[args.indexOf('--cache') + 1]! : null;
const pack: CorpusPack =
  cachePath && existsSync(cachePath) ? (JSON.parse(readFileSync(cachePath, 'utf8')) as CorpusPack) : buildPack(analyzed, { createdAt: '2017-06-01T00:00:00.000Z' });
if (cachePath && !existsSync(cachePath)) writeFileSync(cachePath, JSON.stringify(pack));
// Two indexes of the same pack: with each article's body (the article-level stance reads whole articles: the CLI's
// `claimlens contrast --article-stance`) and without (what the extension's stored index slice holds and its cards read,
// and `claimlens contrast` by default). Every mode reads the first unless --no-article-stance; the full run scores the
// validation pages both ways, the extension's first.
// Each is built only when a mode reads it (an index of 26k claims takes seconds).
let extensionIndex: CorpusIndex | null = null;
const asExtension = (): CorpusIndex => (extensionIndex ??= buildCorpusIndex(pack));
let index: CorpusIndex = args.includes('--no-article-stance') ? asExtension() : buildCorpusIndex(pack, { articleStance: true });
/** Runs `f` against the extension's index (no article bodies), restoring the index after. */
function onExtensionIndex<T>(f: () => T): T {
  const keep = index;
  index = asExtension();
  try {
    return f();
  } finally {
    index = keep;
  }
}
const tCorpus = performance.now();
console.log(
  `corpus: ${pack.articles.length} articles / ${pack.outlets.length} outlets / ${pack.claims.length} claims / ${pack.topics.length} topics in ${((tCorpus - t0) / 1000).toFixed(0)} s`,
);

// ---- gold between bodies of one story
const stanceOf = new Map<string, Map<string, string>>(); // body → headline → stance
for (const side of ['train', 'dev', 'val'] as const)
  for (const p of split.pairs[side]) {
    if (p.stance === 'unrelated') continue;
    let m = stanceOf.get(p.bodyId);
    if (!m) stanceOf.set(p.bodyId, (m = new Map()));
    m.set(p.headline, p.stance!);
  }
type Gold = 'disputes' | 'agrees' | 'neither';
function gold(a: string, b: string): Gold | 'unrelated' {
  if (split.storyOfBody.get(a) === undefined || split.storyOfBody.get(a) !== split.storyOfBody.get(b)) return 'unrelated';
  const ma = stanceOf.get(a);
  const mb = stanceOf.get(b);
  let dispute = false;
  let agree = false;
  if (ma && mb)
    for (const [h, sa] of ma) {
      const sb = mb.get(h);
      if (!sb || sa === 'discuss' || sb === 'discuss') continue;
      if (sa === sb) agree = true;
      else dispute = true;
    }
  return dispute ? 'disputes' : agree ? 'agrees' : 'neither';
}

// ---- "same facts, no stance": two bodies of one story that only discuss the headline (gold 'neither') but share
// most of their wording (wire copy) are the same report; an "agrees" item between them is reported both ways —
// counted wrong (the strict gold, as before) and counted right (agreement on the facts) — so nothing looks better
// by redefinition. Near-duplicate: at least SAME_FACTS_SHARE of the shorter body's word 8-grams are in the other.
const SAME_FACTS_SHARE = 0.5;
const shingleCache = new Map<string, Set<string>>();
function shingles(id: string): Set<string> {
  let s = shingleCache.get(id);
  if (!s) {
    const w = split.bodies.get(id)!.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
    s = new Set<string>();
    for (let i = 0; i + 8 <= w.length; i++) s.add(w.slice(i, i + 8).join(' '));
    shingleCache.set(id, s);
  }
  return s;
}
/** Whether two bodies are near-duplicate wording (see SAME_FACTS_SHARE). */
function sameFacts(a: string, b: string): boolean {
  const sa = shingles(a);
  const sb = shingles(b);
  const [small, big] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  if (small.size === 0) return false;
  let n = 0;
  for (const x of small) if (big.has(x)) n++;
  return n / small.size >= SAME_FACTS_SHARE;
}

// ---- run the pages of one side; returns per page–article predictions with the model's p and the rule label
interface Item {
  page: string;
  body: string;
  label: RelationLabel;
  pd: number;
  pa: number;
  /** The label rests on rule evidence (direction, negation, figures, refutation) rather than the model alone. */
  rule: boolean;
  /** Page-vs-article decision of the pair (stance/article-pair.ts): p(disputes), p(agrees); -1 when not read. */
  po: number;
  ps: number;
  /** The item's similarity to its page sentence, and whether the claim itself refutes (a strong refuting cue). */
  sim: number;
  refutes: boolean;
  /** Article-level overlap of the two texts (StoryStance.overlap); -1 when not read. */
  ov: number;
  /** Where the label came from (Relation.basis): a rule, the card-pair model, the article decision; null for context. */
  basis: string | null;
  /** The claim and the page sentence it answers (for the error analysis). */
  claim: string;
  pageSentence: string;
}
const opts = { sensitivity: 'medium' as const, mutedTopics: [], mutedOutlets: [] };
const LABEL_RANK: Record<string, number> = { unrelated: 0, related: 1, agrees: 2, disputes: 3 };
/** The strongest item per page–article pair (the pair's prediction). */
function bestPerPair(items: Item[]): Item[] {
  const best = new Map<string, Item>();
  for (const it of items) {
    const k = `${it.page}|${it.body}`;
    const prev = best.get(k);
    if (!prev || LABEL_RANK[it.label]! > LABEL_RANK[prev.label]! || (it.label === prev.label && it.pd > prev.pd)) best.set(k, it);
  }
  return [...best.values()];
}
function runPages(pages: string[]): Item[] {
  return bestPerPair(pageItems(pages));
}
/** Every card item of the pages (several per article when its claims sit under several topics). */
function pageItems(pages: string[]): Item[] {
  const out: Item[] = [];
  for (const id of pages) {
    const m = matchPage(index, { text: split.bodies.get(id)!, url: `https://${site(id)}/story`, title: '', siteName: null }, opts);
    for (const t of m.topics)
      for (const c of contrastItems(t.contrasts)) {
        const body = bodyOfArticle.get(c.article.id);
        if (!body || body === id) continue;
        const e = c.relation.evidence;
        const rule = e.opposingDirection !== null || e.negation || e.figureDiffs.length > 0 || e.refuting.length > 0 || c.relation.similarity >= 0.55;
        const st = c.relation.story;
        out.push({ page: id, body, label: c.relation.label, pd: c.relation.p?.disputes ?? 0, pa: c.relation.p?.agrees ?? 0, rule, po: st?.disputes ?? -1, ps: st?.agrees ?? -1, sim: c.relation.similarity, refutes: prepare(c.claim).refuteWeight >= 1, ov: st?.overlap ?? -1, basis: c.relation.basis ?? null, claim: c.claim.text, pageSentence: c.pageSentence?.text ?? '' });
      }
  }
  return out;
}
function pagesOf(side: Side): string[] {
  return bodyIds.filter((id) => split.sideOfBody.get(id) === side && split.storyOfBody.get(id) !== undefined).slice(0, limit);
}
/** Precision of the pair predictions per label and basis (where each agree/dispute came from), with what the wrong ones were. */
function sourceTable(name: string, items: Item[]): void {
  console.log(`\n== ${name}: precision by source (page–article pairs, the strongest item of each) ==`);
  for (const label of ['disputes', 'agrees'] as const) {
    const by = new Map<string, { n: number; tp: number; wrong: Record<string, number> }>();
    for (const i of items.filter((x) => x.label === label)) {
      const k = i.basis ?? 'none';
      let s = by.get(k);
      if (!s) by.set(k, (s = { n: 0, tp: 0, wrong: {} }));
      s.n++;
      const g = gold(i.page, i.body);
      if (g === label) s.tp++;
      else s.wrong[g] = (s.wrong[g] ?? 0) + 1;
    }
    for (const [k, s] of [...by].sort((a, b) => b[1].n - a[1].n))
      console.log(`  ${label.padEnd(8)} ${k.padEnd(10)} P ${(s.tp / s.n).toFixed(3)} (${s.tp}/${s.n})  wrong: ${JSON.stringify(s.wrong)}`);
  }
  // Rule disputes with the page-vs-article p(disputes) each came with (right ones marked +).
  const rule = items.filter((i) => i.label === 'disputes' && i.basis !== 'model' && i.basis !== 'article');
  if (rule.length) console.log(`  rule disputes by pair p(disputes): ${rule.map((i) => `${i.po.toFixed(2)}${gold(i.page, i.body) === 'disputes' ? '+' : '-'}`).sort().join(' ')}`);
  if (args.includes('--show'))
    for (const i of (args.includes('--right') ? rule.filter((x) => gold(x.page, x.body) === "disputes") : rule).slice(0, showCount)) console.log(`    [${i.basis} ${gold(i.page, i.body)}] page: ${i.pageSentence.slice(0, 160)}\n      claim: ${i.claim.slice(0, 160)}`);
  // --wrong-agrees: the "agrees" items the gold calls something else, to read what made them agree.
  // --sample-agrees N: N of the shown agrees drawn at random (seeded), right or wrong by the gold, to read what a reader gets.
  if (args.includes('--sample-agrees')) {
    const rand = mulberry32(20261130);
    const pool = items.filter((x) => x.label === 'agrees');
    const n = Math.min(pool.length, Number(args[args.indexOf('--sample-agrees') + 1]) || 30);
    for (let k = 0; k < n; k++) {
      const i = pool.splice(Math.floor(rand() * pool.length), 1)[0]!;
      console.log(`    [${k + 1} agrees/${i.basis} gold ${gold(i.page, i.body)}] page: ${i.pageSentence.slice(0, 200)}\n      claim: ${i.claim.slice(0, 200)}`);
    }
  }
  if (args.includes('--wrong-agrees'))
    for (const i of items.filter((x) => x.label === 'agrees' && gold(x.page, x.body) !== 'agrees').slice(0, showCount))
      console.log(`    [agrees/${i.basis} gold ${gold(i.page, i.body)} p ${i.pa.toFixed(2)}] page: ${i.pageSentence.slice(0, 160)}\n      claim: ${i.claim.slice(0, 160)}`);
}
/** Gold positive counts over all page–article pairs of these pages. */
function goldCounts(pages: string[]) {
  const c = { disputes: 0, agrees: 0 };
  for (const a of pages)
    for (const b of bodyIds) {
      if (a === b) continue;
      const g = gold(a, b);
      if (g === 'disputes') c.disputes++;
      else if (g === 'agrees') c.agrees++;
    }
  return c;
}
function score(items: Item[], pages: string[], label: 'disputes' | 'agrees') {
  const pred = items.filter((i) => i.label === label);
  const tp = pred.filter((i) => gold(i.page, i.body) === label).length;
  const g = goldCounts(pages)[label];
  const wrong: Record<string, number> = {};
  for (const i of pred) {
    const gg = gold(i.page, i.body);
    if (gg !== label) wrong[gg] = (wrong[gg] ?? 0) + 1;
  }
  return { predicted: pred.length, tp, gold: g, precision: pred.length ? tp / pred.length : NaN, recall: g ? tp / g : NaN, wrong };
}
/** "agrees" with the same-facts treatment: a near-duplicate 'neither' pair counts as a right agree (gold grows too). */
function scoreAgreesSameFacts(items: Item[], pages: string[]) {
  const pred = items.filter((i) => i.label === 'agrees');
  const right = (a: string, b: string) => gold(a, b) === 'agrees' || (gold(a, b) === 'neither' && sameFacts(a, b));
  const tp = pred.filter((i) => right(i.page, i.body)).length;
  let g = 0;
  for (const a of pages) for (const b of bodyIds) if (a !== b && right(a, b)) g++;
  const sf = pred.filter((i) => gold(i.page, i.body) === 'neither' && sameFacts(i.page, i.body)).length;
  return `precision ${pred.length ? (tp / pred.length).toFixed(3) : 'n/a'} (${tp}/${pred.length})  recall ${(tp / Math.max(1, g)).toFixed(3)} (${tp}/${g}); ${sf} of the right ones are same-facts 'neither' pairs`;
}
const fmt = (s: ReturnType<typeof score>) =>
  `precision ${Number.isNaN(s.precision) ? 'n/a' : s.precision.toFixed(3)} (${s.tp}/${s.predicted})  recall ${s.recall.toFixed(3)} (${s.tp}/${s.gold})  wrong: ${JSON.stringify(s.wrong)}`;

const committed = { ...CARD_STANCE_THRESHOLDS };
/**
 * Runs pages with the card-pair model's display thresholds (utils/engine/stance/thresholds.ts) set to (d, a) and any
 * other card thresholds given in `more`, restoring them after.
 */
function withThresholds<T>(d: number, a: number, f: () => T, more: Partial<typeof CARD_STANCE_THRESHOLDS> = {}): T {
  const keep = { ...CARD_STANCE_THRESHOLDS };
  CARD_STANCE_THRESHOLDS.disputes = d;
  CARD_STANCE_THRESHOLDS.agrees = a;
  Object.assign(CARD_STANCE_THRESHOLDS, more);
  try {
    return f();
  } finally {
    Object.assign(CARD_STANCE_THRESHOLDS, keep);
  }
}

// ---- dev: sweep thresholds. Run once with the model off (rule labels, p attached) and once with it always on
// (which items are same-question candidates), then replay every threshold pair offline.
const devPages = pagesOf('dev');
const valPages = pagesOf('val');
console.log(`pages: dev ${devPages.length} bodies, validation ${valPages.length} bodies`);
// --sources: the error analysis only — per-source precision with the committed thresholds on the DEV pages and on as
// many pages of TRAIN stories (rules are fitted on nothing, so train stories are held out for them; the card-pair,
// headline and article models were fitted on train stories, so their rows there are in-sample and flattered).
// --figures [dev|val|train] [--show-rows]: the figure rows the cards of one side's pages show (issue 9, "same event for
// figures"). An entry from a body of ANOTHER story than the page's compares a different event: the FNC-1 gold says
// so without anyone's reading. A row counts as mixing when any of its corpus entries is such an entry.
if (args.includes('--figures')) {
  const sideArg = args[args.indexOf('--figures') + 1];
  const side: Side = sideArg === 'dev' || sideArg === 'train' ? sideArg : 'val';
  figureAudit(side, pagesOf(side));
  console.log(`\ntotal ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  process.exit(0);
}
/** Prints the figure-row audit of {@link figureAudit}'s side. */
function figureAudit(side: Side, pages: string[]): void {
  const claimsById = new Map(pack.claims.map((c) => [c.id, c]));
  let rows = 0;
  let mixing = 0;
  let sameEvent = 0;
  let sameEventMixing = 0;
  let pagesWithRows = 0;
  let entries = 0;
  let foreign = 0;
  const shown: string[] = [];
  for (const id of pages) {
    const m = matchPage(index, { text: split.bodies.get(id)!, url: `https://${site(id)}/story`, title: '', siteName: null }, opts);
    const story = split.storyOfBody.get(id);
    const pageRows = m.topics.flatMap((t) => t.figures.map((r) => ({ topic: t.topic.label, r })));
    if (pageRows.length) pagesWithRows++;
    for (const { topic, r } of pageRows) {
      rows++;
      let mixed = false;
      const lines: string[] = [];
      for (const e of r.entries) {
        const claim = claimsById.get(e.claimId);
        const body = claim ? bodyOfArticle.get(claim.articleId) : undefined;
        const other = body !== undefined && split.storyOfBody.get(body) !== story;
        if (claim) entries++;
        if (other) {
          foreign++;
          mixed = true;
        }
        lines.push(`      ${other ? 'OTHER STORY ' : ''}${e.figure.value} ${e.figure.unit} — ${claim ? claim.text.slice(0, 150) : '(this page)'}`);
      }
      if (mixed) mixing++;
      if (r.sameEvent) sameEvent++;
      if (r.sameEvent && mixed) sameEventMixing++;
      if (args.includes('--show-rows')) shown.push(`  page ${id} · topic ${topic} · ${r.subject}${r.sameEvent ? ' · SAME EVENT' : ''}\n${lines.join('\n')}`);
    }
  }
  console.log(`\n== figure rows on the ${side.toUpperCase()} pages (${pages.length} pages, ${pagesWithRows} with rows) ==`);
  console.log(`rows ${rows}, corpus entries ${entries}; rows with an entry of another story: ${mixing} (${rows ? (mixing / rows).toFixed(3) : '–'}), entries of another story: ${foreign}`);
  console.log(`rows marked same event (conflicting reports): ${sameEvent}, of them with an entry of another story: ${sameEventMixing}`);
  if (shown.length) console.log(shown.join('\n'));
}
if (args.includes('--sources')) {
  sourceTable(`DEV (${devPages.length} pages)`, runPages(devPages));
  const trainPages = pagesOf('train');
  sourceTable(`TRAIN stories (${trainPages.length} pages; model sources in-sample)`, runPages(trainPages));
  console.log(`\ntotal ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  process.exit(0);
}
// --judge FILE [--pages dev|train]: the validation (or dev / train-story) disputes as a reader judges them. The gold above is body-level (two bodies on opposite
// sides of a headline), so a sentence pair that really contradicts between two 'discuss' bodies counts as wrong, and one
// that does not contradict between opposite bodies counts as right. FILE holds one reading per (page sentence, claim):
// "disputes" (the claim, as its outlet says it, contradicts what the page sentence says), "no", or "?" (not yet read).
// Items not in FILE are appended with "?" so the reading can be done once and re-used when the rules change.
if (args.includes('--judge')) {
  const file = args[args.indexOf('--judge') + 1]!;
  type Reading = { pageSentence: string; claim: string; basis: string | null; gold: string; reading: 'disputes' | 'agrees' | 'no' | '?'; why?: string };
  const readings: Reading[] = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [];
  const byKey = new Map(readings.map((r) => [`${r.pageSentence}\u0000${r.claim}`, r]));
  // --pages dev|train: read another side's disputes (validation by default; the same FILE serves all sides).
  const side = (args.includes('--pages') ? args[args.indexOf('--pages') + 1] : 'val') as Side;
  // --judge-label agrees: the shown agrees instead ("agrees" = the claim states what the page sentence states), read on a
  // seeded sample (--judge-sample N: the N drawn as --sample-agrees draws them) since a validation run shows ~2,000.
  const label = (args.includes('--judge-label') ? args[args.indexOf('--judge-label') + 1] : 'disputes') as 'disputes' | 'agrees';
  let shown = runPages(side === 'val' ? valPages : side === 'dev' ? devPages : pagesOf(side)).filter((i) => i.label === label);
  if (args.includes('--judge-sample')) {
    const rand = mulberry32(20261130);
    const pool = shown.slice();
    shown = Array.from({ length: Math.min(pool.length, Number(args[args.indexOf('--judge-sample') + 1])) }, () => pool.splice(Math.floor(rand() * pool.length), 1)[0]!);
  }
  const tally = { right: 0, wrong: 0, unread: 0 };
  const bySource = new Map<string, { right: number; n: number }>();
  for (const i of shown) {
    const k = `${i.pageSentence}\u0000${i.claim}`;
    let r = byKey.get(k);
    if (!r) {
      r = { pageSentence: i.pageSentence, claim: i.claim, basis: i.basis, gold: gold(i.page, i.body), reading: '?' };
      byKey.set(k, r);
      readings.push(r);
    }
    if (r.reading === '?') tally.unread++;
    else {
      tally[r.reading === label ? 'right' : 'wrong']++;
      const s = bySource.get(i.basis ?? 'none') ?? { right: 0, n: 0 };
      s.n++;
      if (r.reading === label) s.right++;
      bySource.set(i.basis ?? 'none', s);
    }
  }
  writeFileSync(file, JSON.stringify(readings, null, 1) + '\n');
  const judged = tally.right + tally.wrong;
  console.log(`\n== ${side} ${label} as read (${file}) ==`);
  console.log(`shown ${shown.length} (page–article pairs${args.includes('--judge-sample') ? ', a seeded sample' : ''}); read ${judged}, unread ${tally.unread}; right by reading ${tally.right}/${judged} = ${judged ? (tally.right / judged).toFixed(3) : 'n/a'}; right by body-level gold ${shown.filter((i) => gold(i.page, i.body) === label).length}/${shown.length}`);
  for (const [k, s] of bySource) console.log(`  ${k.padEnd(10)} right by reading ${s.right}/${s.n}`);
  // --dump OUT: every shown dispute with its reading, one JSON line each, to diff two trees' cards.
  if (args.includes('--dump'))
    writeFileSync(args[args.indexOf('--dump') + 1]!, shown.map((i) => JSON.stringify({ reading: byKey.get(`${i.pageSentence}\u0000${i.claim}`)!.reading, basis: i.basis, page: i.pageSentence, claim: i.claim })).join('\n') + '\n');
  // --wrong: the shown disputes read as wrong (and the unread ones), to see what the rules still get wrong.
  if (args.includes('--wrong'))
    for (const i of shown) {
      const r = byKey.get(`${i.pageSentence}\u0000${i.claim}`)!;
      if (r.reading === label) continue;
      console.log(`\n[${r.reading}] ${i.basis ?? 'none'} · ${r.why ?? ''}\n  page:  ${i.pageSentence.slice(0, 240)}\n  claim: ${i.claim.slice(0, 240)}`);
    }
  process.exit(0);
}
// --article-dev: only the article-level sweep on dev (skips the card-pair sweep and the validation pages).
const articleDevOnly = args.includes('--article-dev');
const devOff = articleDevOnly ? [] : withThresholds(2, 2, () => runPages(devPages));
const devOn = articleDevOnly ? [] : withThresholds(0, 0, () => runPages(devPages));
const key = (i: Item) => `${i.page}|${i.body}`;
const onMap = new Map(devOn.map((i) => [key(i), i]));
function replay(d: number, a: number): Item[] {
  return devOff.map((i) => {
    const on = onMap.get(key(i));
    let label = i.label;
    const rule = i.label !== 'related'; // the model is off in devOff: any agree/dispute there comes from the rules
    if (on && on.label === 'disputes' && i.label !== 'disputes' && i.pd >= d) label = 'disputes';
    else if (on && (on.label === 'agrees' || on.label === 'disputes') && i.label === 'related' && i.pa >= a) label = 'agrees';
    return { ...i, label, rule };
  });
}
const grid = [0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.99, 2];
/** Only the items the model alone would add at threshold t (the rule items are the same at every t). */
const modelOnly = (items: Item[]) => items.filter((i) => !i.rule);
/** What precision would be if EVERY agree/dispute, rule ones included, also needed p ≥ t (the stricter design). */
function allGated(t: number): Item[] {
  return replay(t, t).map((i) => ({ ...i, label: i.label === 'disputes' && i.pd < t ? 'related' : i.label === 'agrees' && i.pa < t ? 'related' : i.label }));
}
console.log('\n== DEV precision/recall curve (replayed) by threshold t on the model p ==');
console.log('   card = rule conflicts + model items at t (what ships); model = the model-only items; all-gated = every item also needs p ≥ t');
const curve = grid.map((t) => {
  const items = replay(t, t);
  const d = score(items, devPages, 'disputes');
  const a = score(items, devPages, 'agrees');
  const md = score(modelOnly(items), devPages, 'disputes');
  const ma = score(modelOnly(items), devPages, 'agrees');
  const g = allGated(t);
  console.log(`t=${t}: disputes card ${fmt(d)}\n        disputes model ${fmt(md)}\n        disputes all-gated ${fmt(score(g, devPages, 'disputes'))}`);
  console.log(`        agrees card ${fmt(a)}\n        agrees model ${fmt(ma)}\n        agrees all-gated ${fmt(score(g, devPages, 'agrees'))}`);
  return { t, d: md, a: ma };
});
// Model-path thresholds: the smallest t whose model-only items reach the precision target (≥ 3 of them); when none
// does, the t of highest precision (ties: the higher t) provided that precision is at least half the target — trust
// first: a model that is mostly wrong adds nothing — else 0.99, which the model's p did not reach on dev (off).
const choose = (key: 'd' | 'a', target: number): number => {
  const ok = curve.filter((c) => c[key].predicted >= 3 && c[key].precision >= target);
  if (ok.length) return ok[0]!.t;
  let best: (typeof curve)[number] | null = null;
  for (const c of curve) if (c[key].predicted >= 3 && c[key].tp > 0 && (!best || c[key].precision >= best[key].precision)) best = c;
  return best && best[key].precision >= target / 2 ? best.t : 0.99;
};
const chosenD = choose('d', 0.8);
const chosenA = choose('a', 0.85);
console.log(`dev-chosen model thresholds (first reaching precision 0.8 / 0.85 on the model's own items, else the most precise): disputes ${chosenD}, agrees ${chosenA}; committed: disputes ${committed.disputes}, agrees ${committed.agrees}`);
for (const label of ['disputes', 'agrees'] as const) {
  const bySrc: Record<string, { n: number; tp: number }> = {};
  for (const i of replay(committed.disputes, committed.agrees).filter((x) => x.label === label)) {
    const s = (bySrc[i.rule ? 'rule' : 'model'] ??= { n: 0, tp: 0 });
    s.n++;
    if (gold(i.page, i.body) === label) s.tp++;
  }
  console.log(`dev ${label} by source (committed thresholds): ${Object.entries(bySrc).map(([k, v]) => `${k} ${v.tp}/${v.n}`).join(', ') || 'none'}`);
}

// ---- dev: article-level stance thresholds (stance/article.ts). One run with its disputes off and its agree gate at 0
// (every item keeps p(opposite) / p(same) when the article was read), then each threshold is replayed offline.
const devArt = withThresholds(committed.disputes, committed.agrees, () => pageItems(devPages), { articleDisputes: 2, articleAgrees: 0 });
function replayArticle(td: number, ta: number, o: number): Item[] {
  return bestPerPair(
    devArt.map((i) => {
      let label = i.label;
      if (label !== 'disputes' && label !== 'unrelated' && i.po >= td && i.ov >= o) label = 'disputes';
      else if (label === 'agrees' && ta > 0 && (i.ps < ta || i.ov < o)) label = 'related';
      return { ...i, label, rule: label === i.label };
    }),
  );
}
console.log(`\n== DEV article-level stance: precision/recall by threshold (replayed; same-story overlap floor ${committed.storyOverlap}) ==`);
console.log('   disputes: card = rule/model disputes + article-stance ones at t; article = the disputes the article stance adds');
console.log('   agrees: every agree also needs p(same side) >= t');
const artCurve = grid.map((t) => {
  const items = replayArticle(t, t, committed.storyOverlap);
  const d = score(items, devPages, 'disputes');
  const ad = score(items.filter((i) => !i.rule && i.label === 'disputes'), devPages, 'disputes');
  const a = score(items, devPages, 'agrees');
  console.log(`t=${t}: disputes card ${fmt(d)}\n        disputes article ${fmt(ad)}\n        agrees card ${fmt(a)}`);
  return { t, d: ad, a };
});
const chooseArt = (key: 'd' | 'a', target: number, off: number): number => {
  const ok = artCurve.filter((c) => c[key].predicted >= 3 && c[key].precision >= target);
  if (ok.length) return ok[0]!.t;
  let best: (typeof artCurve)[number] | null = null;
  for (const c of artCurve) if (c[key].predicted >= 3 && c[key].tp > 0 && (!best || c[key].precision >= best[key].precision)) best = c;
  return best && best[key].precision >= target / 2 ? best.t : off;
};
// Variants (printed for the record, not shipped unless committed): an article dispute that also needs a claim-level
// signal (the claim refutes, or the card-pair model's p(disputes) >= 0.3); an agree gate that lets near copies through.
for (const t of [0.3, 0.4, 0.5, 0.6, 0.7]) {
  const v = bestPerPair(devArt.map((i) => ({ ...i, label: i.label !== 'disputes' && i.label !== 'unrelated' && i.po >= t && (i.refutes || i.pd >= 0.3) ? 'disputes' : i.label, rule: false })));
  const w = bestPerPair(devArt.map((i) => ({ ...i, label: i.label === 'agrees' && i.ps < t && i.sim < 0.8 ? 'related' : i.label })));
  console.log(`t=${t}: disputes with a claim signal ${fmt(score(v, devPages, 'disputes'))}\n        agrees, near copies exempt ${fmt(score(w, devPages, 'agrees'))}`);
}
// Same story: the article-level stance needs the two texts to share more than a topic (overlap >= o). The committed
// (o, t) are the ones of highest dev recall whose precision reaches the target with >= 3 items (disputes 0.8, then the
// agree t at that o reaching 0.85); printed here beside the committed ones.
console.log('\n== DEV article-level stance with a same-story overlap floor o (disputes t / agrees t) ==');
const oGrid = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3];
const tGrid = [0.4, 0.5, 0.6, 0.7, 0.8];
const cells: { o: number; t: number; d: ReturnType<typeof score>; a: ReturnType<typeof score> }[] = [];
for (const o of oGrid)
  for (const t of tGrid) {
    const items = replayArticle(t, t, o);
    const d = score(items.filter((i) => !i.rule && i.label === 'disputes'), devPages, 'disputes');
    const a = score(items, devPages, 'agrees');
    cells.push({ o, t, d, a });
    console.log(`o=${o} t=${t}: disputes article ${fmt(d)}\n        agrees card ${fmt(a)}`);
  }
const bestCell = (key: 'd' | 'a', target: number, cs: typeof cells) =>
  cs.filter((c) => c[key].predicted >= 3 && c[key].precision >= target).sort((x, y) => y[key].recall - x[key].recall || y.o - x.o || y.t - x.t)[0];
const cellD = bestCell('d', 0.8, cells);
const cellA = cellD ? bestCell('a', 0.85, cells.filter((c) => c.o === cellD.o)) : undefined;
console.log(
  `dev-chosen: overlap floor ${cellD?.o ?? 'none'}, article disputes t ${cellD?.t ?? 'off'}, agrees t ${cellA?.t ?? 'none'}; committed: ${committed.storyOverlap}, ${committed.articleDisputes}, ${committed.articleAgrees}`,
);
const ovs = (g: string) => devArt.filter((i) => i.ov >= 0 && gold(i.page, i.body) === g).map((i) => i.ov).sort((a, b) => a - b);
for (const g of ['unrelated', 'neither', 'agrees', 'disputes']) {
  const v = ovs(g);
  console.log(`overlap quartiles, gold ${g} (${v.length} items): ${[0.1, 0.25, 0.5, 0.75, 0.9].map((q) => v[Math.floor(q * (v.length - 1))]?.toFixed(3)).join(' / ')}`);
}
if (articleDevOnly) process.exit(0);
const chosenAD = cellD?.t ?? 2;
const chosenAA = cellA?.t ?? chooseArt('a', 0.85, 2);
const chosenO = cellD?.o ?? committed.storyOverlap;
console.log(
  `dev-chosen article thresholds (first reaching precision 0.8 / 0.85 with >= 3 items, else the most precise): disputes ${chosenAD}, agrees ${chosenAA}; committed: disputes ${committed.articleDisputes}, agrees ${committed.articleAgrees}`,
);

// ---- validation: first as the extension runs it (its stored index carries no article bodies, so the article-level
// stance never reads there), then the article-reading pipeline with committed and dev-chosen thresholds.
{
  const items = onExtensionIndex(() => runPages(valPages));
  console.log(`\n== VALIDATION, as the extension runs it (no article bodies; committed thresholds) ==`);
  console.log(`disputes: ${fmt(score(items, valPages, 'disputes'))}`);
  console.log(`agrees:   ${fmt(score(items, valPages, 'agrees'))}`);
  console.log(`agrees, same facts counted right: ${scoreAgreesSameFacts(items, valPages)}`);
  console.log(`items shown: ${items.length} page–article pairs (${items.filter((i) => gold(i.page, i.body) === 'unrelated').length} with an article of another story)`);
}
for (const [name, d, a, more] of [
  ['committed thresholds', committed.disputes, committed.agrees, {}],
  ['dev-chosen thresholds', chosenD, chosenA, { articleDisputes: chosenAD, articleAgrees: chosenAA, storyOverlap: chosenO }],
  ['model and article stance off (rules only)', 2, 2, { articleDisputes: 2, articleAgrees: 0 }],
] as const) {
  if (name.startsWith('dev-chosen') && d === committed.disputes && a === committed.agrees && more.articleDisputes === committed.articleDisputes && more.articleAgrees === committed.articleAgrees && more.storyOverlap === committed.storyOverlap) {
    console.log('\n(dev-chosen thresholds are the committed ones)');
    continue;
  }
  const items = withThresholds(d, a, () => runPages(valPages), more);
  console.log(`\n== VALIDATION, with article bodies (claimlens contrast --article-stance; not the extension), ${name} (disputes ${d}, agrees ${a}, ${JSON.stringify(more)}) ==`);
  console.log(`disputes: ${fmt(score(items, valPages, 'disputes'))}`);
  console.log(`agrees:   ${fmt(score(items, valPages, 'agrees'))}`);
  console.log(`agrees, same facts counted right: ${scoreAgreesSameFacts(items, valPages)}`);
  sourceTable(`VALIDATION, ${name}`, items);
  for (const label of ['disputes', 'agrees'] as const) {
    const rule = items.filter((i) => i.label === label && i.rule);
    console.log(`  ${label} resting on rule evidence: ${rule.filter((i) => gold(i.page, i.body) === label).length}/${rule.length} right`);
  }
  console.log(`items shown: ${items.length} page–article pairs (${items.filter((i) => gold(i.page, i.body) === 'unrelated').length} with an article of another story)`);
}
console.log(`\ntotal ${((performance.now() - t0) / 1000).toFixed(0)} s`);
