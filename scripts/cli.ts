/**
 * claimlens — the claim engine on the command line (run through scripts/claimlens.mjs).
 *
 *   claimlens analyze FILE… [--json]
 *   claimlens pack DIR|FILE… -o pack.json [--outlets outlets.json] [--source seed|import] [--created-at ISO] [--keep-going] [--pretty]
 *   claimlens search "query" --pack pack.json [--limit N] [--json]
 *   claimlens compare --fnc STANCES.csv BODIES.csv -o predictions.csv
 *   claimlens contrast --pack pack.json PAGE... [--json] [--sensitivity low|medium|high] [--article-stance]
 *
 * Every command takes --domain general|security-news (default general): the subject vocabulary the engine uses
 * (utils/engine/lexicon/domain.ts), e.g. ISIS = Daesh and the "IS" rule for security news.
 * Errors go to stderr with a non-zero exit (1: bad input, 2: bad usage). Output is deterministic.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { mineTopics } from '../utils/engine/topics';
import { buildPack, mergePacks, validatePack, PackError } from '../utils/engine/pack';
import { buildTopicMatcher, topicIdsIn } from '../utils/engine/topics';
import { buildRelationStats, extractTerms } from '../utils/engine/relation';
import { idf } from '../utils/engine/text';
import { toCsv } from '../utils/engine/csv';
import type { AnalyzedArticle } from '../utils/engine/analyze';
import type { Claim, CorpusPack, Topic } from '../utils/engine/types';
import { expandPaths, loadArticles, readOutletsFile } from './pack-files';
import { parseFnc, predictFnc, scoreFnc, formatFncReport } from './fnc';
import { buildCorpusIndex, type MatchOptions } from '../utils/engine/match';
import { cardText, contrastPage } from './contrast';
import { DOMAIN_LEXICONS, setDomainLexicon } from '../utils/engine/lexicon/domain';

class UsageError extends Error {}

const USAGE = `usage:
  claimlens analyze FILE... [--json]
  claimlens pack DIR|FILE... -o pack.json [--outlets outlets.json] [--source seed|import] [--created-at ISO] [--keep-going] [--pretty]
  claimlens search "query" --pack pack.json [--limit N] [--json]
  claimlens compare --fnc STANCES.csv BODIES.csv -o predictions.csv
  claimlens contrast --pack pack.json PAGE... [--json] [--sensitivity low|medium|high] [--article-stance]
      --article-stance: also read each corpus article's whole stance toward the page's story (utils/engine/stance/article.ts)
every command: [--domain ${Object.keys(DOMAIN_LEXICONS).join('|')}] (default general)`;

/** Splits argv into positionals and --options (an option takes the next value unless it is a flag). */
function parseArgs(argv: string[], flags: string[], multi: Record<string, number> = {}): { pos: string[]; opt: Map<string, string[]> } {
  const pos: string[] = [];
  const opt = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('-') && a !== '-') {
      const name = a.replace(/^-+/, '');
      if (flags.includes(name)) {
        opt.set(name, []);
        continue;
      }
      const n = multi[name] ?? 1;
      const vals = argv.slice(i + 1, i + 1 + n);
      if (vals.length < n || vals.some((v) => v.startsWith('-') && v !== '-')) throw new UsageError(`${a} needs ${n === 1 ? 'a value' : `${n} values`}`);
      opt.set(name, vals);
      i += n;
    } else pos.push(a);
  }
  return { pos, opt };
}

const clip = (s: string, n: number): string => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);
const pad = (s: string, n: number): string => clip(s, n).padEnd(n);
const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

function table(header: string[], rows: string[][], widths: number[]): string {
  const line = (cells: string[]): string => cells.map((c, i) => (i === cells.length - 1 ? clip(c, widths[i]!) : pad(c, widths[i]!))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function fail(messages: string[]): never {
  for (const m of messages) process.stderr.write(`claimlens: ${m}\n`);
  process.exit(1);
}

/* ------------------------------------------------------------------ analyze */

function analyzeCmd(argv: string[]): void {
  const { pos, opt } = parseArgs(argv, ['json']);
  if (pos.length === 0) throw new UsageError('analyze needs at least one FILE');
  const { files, errors: pathErrors } = expandPaths(pos);
  const loaded = loadArticles(files);
  const errors = [...pathErrors, ...loaded.errors];
  if (loaded.analyzed.length === 0) fail(errors.length ? errors : ['no articles found']);
  // One article has no "other outlets": show every topic it names (minimum spread 1) so the table is useful.
  const outletCount = new Set(loaded.analyzed.map((a) => a.article.outletId)).size;
  const mined = mineTopics(
    loaded.analyzed.map((a) => a.article),
    loaded.analyzed.flatMap((a) => a.claims),
    loaded.analyzed.map((a) => a.outlet),
    { minOutlets: outletCount >= 2 ? 2 : 1 },
  );
  const claimsOf = new Map<string, Claim[]>();
  for (const c of mined.claims) (claimsOf.get(c.articleId) ?? claimsOf.set(c.articleId, []).get(c.articleId)!).push(c);
  const topicById = new Map(mined.topics.map((t) => [t.id, t]));
  if (opt.has('json')) {
    const out = {
      articles: loaded.analyzed.map((a: AnalyzedArticle, i) => ({
        file: loaded.names[i],
        article: a.article,
        outlet: a.outlet,
        claims: claimsOf.get(a.article.id) ?? [],
        problems: a.problems,
      })),
      topics: mined.topics,
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    const parts: string[] = [];
    loaded.analyzed.forEach((a, i) => {
      const claims = claimsOf.get(a.article.id) ?? [];
      const topics = [...new Set(claims.flatMap((c) => c.topics))].map((id) => topicById.get(id)).filter((t): t is Topic => !!t);
      parts.push(
        [
          `== ${loaded.names[i]} ==`,
          `title:     ${a.article.title || '—'}`,
          `outlet:    ${a.outlet.name} (${a.article.outletId})`,
          `published: ${a.article.published ?? '—'}   author: ${a.article.author ?? '—'}   language: ${a.article.language}   id: ${a.article.id}`,
          `problems:  ${a.problems.length ? a.problems.join('; ') : 'none'}`,
          `topics:    ${topics.length ? topics.map((t) => `${t.label} (${t.kind})`).join(', ') : '—'}`,
          `claims:    ${claims.length}`,
          '',
          table(
            ['#', 'kind', 'speaker', 'figures', 'topics', 'claim'],
            claims.map((c, k) => [
              String(k + 1),
              c.kind,
              c.speaker ?? '—',
              c.figures.length ? c.figures.map((f) => `${f.value}${f.high !== null ? `–${f.high}` : ''} ${f.unit} [${f.subject}]`).join('; ') : '—',
              c.topics.length ? c.topics.map((t) => topicById.get(t)?.label ?? t).join(', ') : '—',
              oneLine(c.text),
            ]),
            [3, 10, 28, 26, 24, 90],
          ),
        ].join('\n'),
      );
    });
    process.stdout.write(`${parts.join('\n\n')}\n`);
  }
  if (errors.length) {
    for (const e of errors) process.stderr.write(`claimlens: ${e}\n`);
    process.exit(1);
  }
}

/* ------------------------------------------------------------------ pack */

function packCmd(argv: string[]): void {
  const { pos, opt } = parseArgs(argv, ['keep-going', 'pretty']);
  const out = opt.get('o')?.[0] ?? opt.get('out')?.[0];
  if (pos.length === 0) throw new UsageError('pack needs at least one DIR or FILE');
  if (!out) throw new UsageError('pack needs -o pack.json (or -o - for stdout)');
  const source = opt.get('source')?.[0] ?? 'import';
  if (source !== 'seed' && source !== 'import') throw new UsageError('--source must be seed or import');
  const createdAt = opt.get('created-at')?.[0] ?? (process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000).toISOString() : new Date().toISOString());
  if (Number.isNaN(Date.parse(createdAt))) throw new UsageError(`--created-at: not a date: ${createdAt}`);
  const outletsPath = opt.get('outlets')?.[0];
  const outlets = outletsPath ? readOutletsFile(outletsPath) : undefined;
  const { files, errors: pathErrors } = expandPaths(pos);
  const loaded = loadArticles(files, { outlets, source, importedAt: source === 'seed' ? 0 : Date.parse(createdAt) });
  const errors = [...pathErrors, ...loaded.errors];
  if (errors.length && !opt.has('keep-going')) fail([...errors, 'no pack written (use --keep-going to write one without the files above)']);
  if (loaded.analyzed.length === 0 && loaded.packs.length === 0) fail([...errors, 'no articles found']);
  let pack: CorpusPack = buildPack(loaded.analyzed, { outlets: outlets?.outlets, createdAt });
  if (loaded.packs.length) pack = mergePacks([pack, ...loaded.packs], { createdAt });
  const json = opt.has('pretty') ? JSON.stringify(pack, null, 2) : JSON.stringify(pack);
  if (out === '-') process.stdout.write(`${json}\n`);
  else {
    writeFileSync(out, `${json}\n`);
    process.stderr.write(
      `claimlens: wrote ${out}: ${pack.articles.length} articles, ${pack.outlets.length} outlets, ${pack.claims.length} claims, ${pack.topics.length} topics\n`,
    );
  }
  for (const e of errors) process.stderr.write(`claimlens: skipped: ${e}\n`);
}

/* ------------------------------------------------------------------ search */

function readPack(path: string): CorpusPack {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: cannot read pack (${(e instanceof Error ? e.message : String(e)).split('\n')[0]})`);
  }
  try {
    return validatePack(json);
  } catch (e) {
    throw new Error(`${path}: ${e instanceof PackError ? e.message : String(e)}`);
  }
}

/** Simple ranked search: IDF-weighted shared terms, plus a bonus for claims tagged with a topic the query names. */
function searchPack(pack: CorpusPack, query: string): { claim: Claim; score: number }[] {
  const stats = buildRelationStats(pack.claims.map((c) => c.text));
  const qTerms = [...extractTerms(query).keys()];
  const qTopics = new Set(topicIdsIn(buildTopicMatcher(pack.topics), query));
  const qWeight = qTerms.reduce((s, t) => s + idf(stats, t), 0) || 1;
  const out: { claim: Claim; score: number }[] = [];
  for (const claim of pack.claims) {
    const terms = extractTerms(claim.text);
    let s = 0;
    for (const t of qTerms) if (terms.has(t)) s += idf(stats, t);
    let score = s / qWeight;
    const topicHits = claim.topics.filter((t) => qTopics.has(t)).length;
    if (qTopics.size) score += (0.5 * topicHits) / qTopics.size;
    if (score > 0) out.push({ claim, score: Math.round(score * 1000) / 1000 });
  }
  return out.sort((a, b) => b.score - a.score || (a.claim.id < b.claim.id ? -1 : 1));
}

function searchCmd(argv: string[]): void {
  const { pos, opt } = parseArgs(argv, ['json']);
  const query = pos.join(' ').trim();
  if (!query) throw new UsageError('search needs a "query"');
  const packPath = opt.get('pack')?.[0];
  if (!packPath) throw new UsageError('search needs --pack pack.json');
  const limit = Number(opt.get('limit')?.[0] ?? 10);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError('--limit must be a positive integer');
  const pack = readPack(packPath);
  const results = searchPack(pack, query).slice(0, limit);
  const outlets = new Map(pack.outlets.map((o) => [o.id, o.name]));
  if (opt.has('json')) {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    return;
  }
  if (results.length === 0) {
    process.stdout.write(`no claims match "${query}"\n`);
    return;
  }
  process.stdout.write(
    `${table(
      ['#', 'score', 'outlet', 'date', 'speaker', 'claim'],
      results.map((r, i) => [String(i + 1), r.score.toFixed(3), outlets.get(r.claim.outletId) ?? r.claim.outletId, r.claim.date ?? '—', r.claim.speaker ?? '—', oneLine(r.claim.text)]),
      [3, 6, 24, 10, 26, 100],
    )}\n`,
  );
}

/* ------------------------------------------------------------------ compare */

function compareCmd(argv: string[]): void {
  const { opt } = parseArgs(argv, [], { fnc: 2 });
  const fnc = opt.get('fnc');
  const out = opt.get('o')?.[0] ?? opt.get('out')?.[0];
  if (!fnc) throw new UsageError('compare needs --fnc STANCES.csv BODIES.csv');
  if (!out) throw new UsageError('compare needs -o predictions.csv');
  const [stancesPath, bodiesPath] = fnc as [string, string];
  const read = (p: string): string => {
    try {
      return readFileSync(p, 'utf8');
    } catch (e) {
      throw new Error(`${p}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    }
  };
  const { pairs, bodies } = parseFnc(read(stancesPath), read(bodiesPath), { stances: stancesPath, bodies: bodiesPath });
  // IDF from the bodies being judged: unsupervised, and the same weighting the evaluation uses.
  const stats = buildRelationStats(bodies.values());
  const predicted = predictFnc(pairs, bodies, { stats });
  writeFileSync(out, toCsv([['Headline', 'Body ID', 'Stance'], ...pairs.map((p, i) => [p.headline, p.bodyId, predicted[i]!])]));
  process.stderr.write(`claimlens: wrote ${out}: ${pairs.length} predictions\n`);
  if (pairs.length && pairs.every((p) => p.stance)) process.stdout.write(`${formatFncReport(scoreFnc(pairs.map((p) => p.stance!), predicted))}\n`);
}

/* ------------------------------------------------------------------ contrast */

/** What the card would show for each page; the pack is read and indexed once for all pages. */
function contrastCmd(argv: string[]): void {
  const { pos, opt } = parseArgs(argv, ['json', 'article-stance']);
  const packPath = opt.get('pack')?.[0];
  if (!packPath) throw new UsageError('contrast needs --pack pack.json');
  if (pos.length === 0) throw new UsageError('contrast needs at least one PAGE (.txt, .html, .md)');
  const sensitivity = (opt.get('sensitivity')?.[0] ?? 'medium') as MatchOptions['sensitivity'];
  if (!['low', 'medium', 'high'].includes(sensitivity)) throw new UsageError('--sensitivity must be low, medium or high');
  const index = buildCorpusIndex(readPack(packPath), { articleStance: opt.has('article-stance') });
  const opts: MatchOptions = { sensitivity, mutedTopics: [], mutedOutlets: [] };
  let failed = 0;
  for (const path of pos) {
    let result;
    try {
      result = contrastPage(index, path, opts);
    } catch (e) {
      failed++;
      process.stderr.write(`claimlens: ${e instanceof Error ? e.message : String(e)}\n`);
      continue;
    }
    process.stdout.write(opt.has('json') ? `${JSON.stringify(result.card)}\n` : `${cardText(index, result.card, result.match)}\n\n`);
  }
  if (failed) process.exit(1);
}

/* ------------------------------------------------------------------ main */

const commands: Record<string, (argv: string[]) => void> = { analyze: analyzeCmd, pack: packCmd, search: searchCmd, compare: compareCmd, contrast: contrastCmd };

function main(argv: string[]): void {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '-h' || cmd === '--help' || cmd === 'help') {
    process.stdout.write(`${USAGE}\n`);
    if (!cmd) process.exit(2);
    return;
  }
  const run = commands[cmd];
  if (!run) throw new UsageError(`unknown command "${cmd}"`);
  // --domain is for every command: the engine option is set once, before anything is analysed.
  const at = rest.indexOf('--domain');
  if (at >= 0) {
    const id = rest[at + 1];
    if (!id || id.startsWith('-')) throw new UsageError('--domain needs a value');
    if (!DOMAIN_LEXICONS[id]) throw new UsageError(`unknown --domain "${id}" (known: ${Object.keys(DOMAIN_LEXICONS).join(', ')})`);
    setDomainLexicon(DOMAIN_LEXICONS[id]!);
    rest.splice(at, 2);
  }
  run(rest);
}

try {
  main(process.argv.slice(2));
} catch (e) {
  if (e instanceof UsageError) {
    process.stderr.write(`claimlens: ${e.message}\n${USAGE}\n`);
    process.exit(2);
  }
  process.stderr.write(`claimlens: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
}
