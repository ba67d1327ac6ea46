/**
 * Corpus packs: the versioned JSON file of outlets, articles, claims and topics that the seed corpus,
 * CLI output and exports share. Build one from analysed articles, validate one read from disk or the
 * network (hand-written: every error names the field path), and merge several. Output is deterministic:
 * stable sorts, and `createdAt` can be injected.
 */
import type { AnalyzedArticle } from './analyze';
import type { Article, Claim, CorpusPack, Figure, Outlet, SourcedFact, Topic } from './types';
import { mineTopics, type MineTopicsOptions } from './topics';
import { ENGINE_VERSION } from './version';

/** A pack that does not match the format; the message starts with the bad field's path ("articles[3].published"). */
export class PackError extends Error {
  /** Path of the offending field ("claims[12].start"), or "" for the whole document. */
  readonly path: string;
  constructor(path: string, message: string) {
    super(path ? `${path}: ${message}` : message);
    this.name = 'PackError';
    this.path = path;
  }
}

/** Options of {@link buildPack} and {@link mergePacks}. */
export interface BuildPackOptions {
  /** Known outlets (e.g. from seeds/outlets.json); they win over detected ones with the same id, name or domain. */
  outlets?: readonly Outlet[];
  /** ISO timestamp to record (tests and reproducible builds); default now. */
  createdAt?: string;
  /** Passed to mineTopics. */
  topics?: MineTopicsOptions;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function mergeFacts(a: readonly SourcedFact[], b: readonly SourcedFact[]): SourcedFact[] {
  const seen = new Set<string>();
  const out: SourcedFact[] = [];
  for (const f of [...a, ...b]) {
    const k = `${f.value}\u0000${f.source}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push({ value: f.value, source: f.source });
    }
  }
  return out;
}

/** Merges two records of one outlet: the first's non-empty fields win, facts are united. */
export function mergeOutlet(primary: Outlet, other: Outlet): Outlet {
  return {
    id: primary.id,
    name: primary.name || other.name,
    domain: primary.domain ?? other.domain,
    country: primary.country ?? other.country,
    ownership: mergeFacts(primary.ownership, other.ownership),
    notes: mergeFacts(primary.notes, other.notes),
  };
}

const nameKey = (s: string): string => s.toLowerCase().replace(/\(attributed\)/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Outlet registry: given outlets first; a detected outlet joins a given one with the same id, name or domain
 * (its articles are re-pointed to the given id), otherwise it is added (merged with earlier detections by id).
 */
class OutletRegistry {
  readonly byId = new Map<string, Outlet>();
  private byName = new Map<string, string>();
  private byDomain = new Map<string, string>();
  constructor(given: readonly Outlet[]) {
    for (const o of given) this.add(o);
  }
  private index(o: Outlet): void {
    if (o.name) this.byName.set(nameKey(o.name), o.id);
    if (o.domain) this.byDomain.set(o.domain.toLowerCase().replace(/^www\./, ''), o.id);
  }
  add(o: Outlet): void {
    const prev = this.byId.get(o.id);
    this.byId.set(o.id, prev ? mergeOutlet(prev, o) : { ...o, ownership: [...o.ownership], notes: [...o.notes] });
    this.index(this.byId.get(o.id)!);
  }
  /** The id this outlet is stored under, merging its facts in. */
  resolve(o: Outlet): string {
    const id =
      (this.byId.has(o.id) ? o.id : undefined) ??
      (o.name ? this.byName.get(nameKey(o.name)) : undefined) ??
      (o.domain ? this.byDomain.get(o.domain.toLowerCase().replace(/^www\./, '')) : undefined);
    if (id) {
      this.byId.set(id, mergeOutlet(this.byId.get(id)!, { ...o, id }));
      return id;
    }
    this.add(o);
    return o.id;
  }
}

function assemble(
  outlets: OutletRegistry,
  articles: Article[],
  claims: Claim[],
  createdAt: string | undefined,
  topicOpts: MineTopicsOptions | undefined,
): CorpusPack {
  articles.sort((a, b) => cmp(a.id, b.id));
  const order = new Map(articles.map((a, i) => [a.id, i]));
  claims.sort((a, b) => order.get(a.articleId)! - order.get(b.articleId)! || a.start - b.start || cmp(a.id, b.id));
  const outletList = [...outlets.byId.values()].sort((a, b) => cmp(a.id, b.id));
  const mined = mineTopics(articles, claims, outletList, topicOpts);
  return {
    format: 'claimlens-pack',
    version: 1,
    createdAt: createdAt ?? new Date().toISOString(),
    engineVersion: ENGINE_VERSION,
    outlets: outletList,
    articles,
    claims: mined.claims,
    topics: mined.topics,
  };
}

/**
 * Builds a corpus pack from analysed articles: articles deduplicated by id (first wins, with its claims),
 * given outlets merged with detected ones, topics mined over the whole set, everything sorted stably.
 */
export function buildPack(analyzed: readonly AnalyzedArticle[], opts: BuildPackOptions = {}): CorpusPack {
  const outlets = new OutletRegistry(opts.outlets ?? []);
  const articles: Article[] = [];
  const claims: Claim[] = [];
  const seen = new Set<string>();
  for (const a of analyzed) {
    if (seen.has(a.article.id)) continue;
    seen.add(a.article.id);
    const outletId = outlets.resolve(a.outlet);
    articles.push({ ...a.article, outletId });
    const claimIds = new Set<string>();
    for (const c of a.claims) {
      if (claimIds.has(c.id)) continue;
      claimIds.add(c.id);
      claims.push({ ...c, articleId: a.article.id, outletId });
    }
  }
  return assemble(outlets, articles, claims, opts.createdAt, opts.topics);
}

/**
 * Merges packs (e.g. the seed pack and an import): outlets merged by id (earlier packs win), articles
 * deduplicated by id (first wins, with its claims), topics re-mined over the union.
 */
export function mergePacks(packs: readonly CorpusPack[], opts: BuildPackOptions = {}): CorpusPack {
  const outlets = new OutletRegistry(opts.outlets ?? []);
  for (const p of packs) for (const o of p.outlets) outlets.add(o);
  const articles: Article[] = [];
  const claims: Claim[] = [];
  const seen = new Set<string>();
  for (const p of packs) {
    const kept = new Set<string>();
    for (const a of p.articles) {
      if (seen.has(a.id)) continue;
      seen.add(a.id);
      kept.add(a.id);
      articles.push({ ...a });
    }
    for (const c of p.claims) if (kept.has(c.articleId)) claims.push({ ...c });
  }
  const latest = packs.map((p) => p.createdAt).sort().at(-1);
  return assemble(outlets, articles, claims, opts.createdAt ?? latest, opts.topics);
}

/* ------------------------------------------------------------------ validation */

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'object') return 'an object';
  return String(v);
}

const ISO_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;
const CLAIM_KINDS = new Set(['quote', 'figure', 'statement', 'assertion']);
const TOPIC_KINDS = new Set(['concept', 'person', 'place', 'org']);

/** Small typed reader that throws a PackError naming the path. */
class V {
  fail(path: string, expected: string, got: unknown): never {
    throw new PackError(path, `expected ${expected}, got ${describe(got)}`);
  }
  obj(v: unknown, path: string): Record<string, unknown> {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) this.fail(path, 'an object', v);
    return v as Record<string, unknown>;
  }
  arr(v: unknown, path: string): unknown[] {
    if (!Array.isArray(v)) this.fail(path, 'an array', v);
    return v;
  }
  str(v: unknown, path: string, nonEmpty = false): string {
    if (typeof v !== 'string' || (nonEmpty && v.length === 0)) this.fail(path, nonEmpty ? 'a non-empty string' : 'a string', v);
    return v;
  }
  strOrNull(v: unknown, path: string): string | null {
    if (v !== null && typeof v !== 'string') this.fail(path, 'a string or null', v);
    return v;
  }
  num(v: unknown, path: string, opts: { int?: boolean; min?: number } = {}): number {
    const ok = typeof v === 'number' && Number.isFinite(v) && (!opts.int || Number.isInteger(v)) && (opts.min === undefined || v >= opts.min);
    if (!ok) {
      const what = `${opts.min === 0 ? 'a non-negative ' : 'a '}${opts.int ? 'integer' : 'finite number'}`;
      this.fail(path, what, v);
    }
    return v as number;
  }
  dateOrNull(v: unknown, path: string): string | null {
    if (v === null) return null;
    if (typeof v !== 'string' || !ISO_DATE.test(v)) this.fail(path, 'ISO date string or null', v);
    return v;
  }
  strings(v: unknown, path: string): string[] {
    return this.arr(v, path).map((x, i) => this.str(x, `${path}[${i}]`));
  }
  fact(v: unknown, path: string): SourcedFact {
    const o = this.obj(v, path);
    this.str(o.value, `${path}.value`);
    this.str(o.source, `${path}.source`);
    return o as unknown as SourcedFact;
  }
  figure(v: unknown, path: string): Figure {
    const o = this.obj(v, path);
    this.num(o.value, `${path}.value`);
    if (o.high !== null) this.num(o.high, `${path}.high`);
    if (typeof o.approx !== 'boolean') this.fail(`${path}.approx`, 'a boolean', o.approx);
    this.str(o.unit, `${path}.unit`);
    this.str(o.subject, `${path}.subject`);
    this.str(o.subjectKey, `${path}.subjectKey`);
    this.strOrNull(o.period, `${path}.period`);
    this.str(o.text, `${path}.text`);
    return o as unknown as Figure;
  }
}

/**
 * Checks that a parsed JSON value is a corpus pack and returns it typed. Throws {@link PackError} at the first
 * problem, naming the field path: "articles[3].published: expected ISO date string or null, got 42".
 * Also checks references (claims → articles/outlets/topics, articles → outlets), unique ids and claim offsets.
 */
export function validatePack(json: unknown): CorpusPack {
  const v = new V();
  const root = v.obj(json, '');
  if (root.format !== 'claimlens-pack') v.fail('format', '"claimlens-pack"', root.format);
  if (root.version !== 1) v.fail('version', '1', root.version);
  if (typeof root.createdAt !== 'string' || !ISO_TIMESTAMP.test(root.createdAt)) v.fail('createdAt', 'ISO timestamp string', root.createdAt);
  v.str(root.engineVersion, 'engineVersion', true);

  const unique = (kind: string, ids: Set<string>, id: string, path: string): void => {
    if (ids.has(id)) throw new PackError(`${path}.id`, `duplicate ${kind} id ${describe(id)}`);
    ids.add(id);
  };

  const outletIds = new Set<string>();
  v.arr(root.outlets, 'outlets').forEach((x, i) => {
    const p = `outlets[${i}]`;
    const o = v.obj(x, p);
    unique('outlet', outletIds, v.str(o.id, `${p}.id`, true), p);
    v.str(o.name, `${p}.name`);
    v.strOrNull(o.domain, `${p}.domain`);
    if (o.country !== null) v.fact(o.country, `${p}.country`);
    v.arr(o.ownership, `${p}.ownership`).forEach((f, k) => v.fact(f, `${p}.ownership[${k}]`));
    v.arr(o.notes, `${p}.notes`).forEach((f, k) => v.fact(f, `${p}.notes[${k}]`));
  });

  const bodyLength = new Map<string, number>();
  v.arr(root.articles, 'articles').forEach((x, i) => {
    const p = `articles[${i}]`;
    const a = v.obj(x, p);
    const id = v.str(a.id, `${p}.id`, true);
    if (bodyLength.has(id)) throw new PackError(`${p}.id`, `duplicate article id ${describe(id)}`);
    const outletId = v.str(a.outletId, `${p}.outletId`, true);
    if (!outletIds.has(outletId)) throw new PackError(`${p}.outletId`, `unknown outlet ${describe(outletId)}`);
    v.str(a.title, `${p}.title`);
    v.strOrNull(a.url, `${p}.url`);
    v.dateOrNull(a.published, `${p}.published`);
    v.strOrNull(a.author, `${p}.author`);
    v.str(a.language, `${p}.language`, true);
    const body = v.str(a.body, `${p}.body`);
    if (a.source !== 'seed' && a.source !== 'import' && a.source !== 'feed') v.fail(`${p}.source`, '"seed", "import" or "feed"', a.source);
    if (a.sourceId !== undefined) v.str(a.sourceId, `${p}.sourceId`, true);
    v.num(a.importedAt, `${p}.importedAt`, { min: 0 });
    v.strings(a.problems, `${p}.problems`);
    bodyLength.set(id, body.length);
  });

  const topicIds = new Set<string>();
  v.arr(root.topics, 'topics').forEach((x, i) => {
    const p = `topics[${i}]`;
    const t = v.obj(x, p);
    unique('topic', topicIds, v.str(t.id, `${p}.id`, true), p);
    v.str(t.label, `${p}.label`, true);
    if (!TOPIC_KINDS.has(t.kind as string)) v.fail(`${p}.kind`, 'one of concept, person, place, org', t.kind);
    v.strings(t.aliases, `${p}.aliases`);
    v.num(t.outletCount, `${p}.outletCount`, { int: true, min: 0 });
    v.num(t.claimCount, `${p}.claimCount`, { int: true, min: 0 });
    v.num(t.weight, `${p}.weight`);
  });

  const claimIds = new Set<string>();
  v.arr(root.claims, 'claims').forEach((x, i) => {
    const p = `claims[${i}]`;
    const c = v.obj(x, p);
    unique('claim', claimIds, v.str(c.id, `${p}.id`, true), p);
    const articleId = v.str(c.articleId, `${p}.articleId`, true);
    const len = bodyLength.get(articleId);
    if (len === undefined) throw new PackError(`${p}.articleId`, `unknown article ${describe(articleId)}`);
    const outletId = v.str(c.outletId, `${p}.outletId`, true);
    if (!outletIds.has(outletId)) throw new PackError(`${p}.outletId`, `unknown outlet ${describe(outletId)}`);
    v.str(c.text, `${p}.text`);
    const start = v.num(c.start, `${p}.start`, { int: true, min: 0 });
    const end = v.num(c.end, `${p}.end`, { int: true, min: 0 });
    if (end < start || end > len) throw new PackError(`${p}.end`, `expected an offset between start (${start}) and the body length (${len}), got ${end}`);
    v.strOrNull(c.speaker, `${p}.speaker`);
    if (!CLAIM_KINDS.has(c.kind as string)) v.fail(`${p}.kind`, 'one of quote, figure, statement, assertion', c.kind);
    v.strings(c.topics, `${p}.topics`).forEach((t, k) => {
      if (!topicIds.has(t)) throw new PackError(`${p}.topics[${k}]`, `unknown topic ${describe(t)}`);
    });
    v.arr(c.figures, `${p}.figures`).forEach((f, k) => v.figure(f, `${p}.figures[${k}]`));
    v.dateOrNull(c.date, `${p}.date`);
    if (c.rebuttal !== undefined) v.str(c.rebuttal, `${p}.rebuttal`);
  });

  return json as CorpusPack;
}

/** Topics of a pack by id (a convenience for callers that look topics up often). */
export function topicsById(pack: Pick<CorpusPack, 'topics'>): Map<string, Topic> {
  return new Map(pack.topics.map((t) => [t.id, t]));
}
