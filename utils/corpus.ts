/**
 * Corpus operations over the database: seed install, import, delete, export, reset, stats.
 * Pure data logic (no browser API) so it runs in the background and in unit tests against fake-indexeddb.
 */
import Dexie from 'dexie';
import { batchFeaturesAfterTopics, FEATURES_ALIASES_META_KEY, useTopicAliases, prepareBatchFeatures, preparedFeatureRows, storeClaimFeatures, writeClaimFeatures, writePreparedFeatures } from './claim-features-store';
import type { ClaimLensDb, JournalRow, MetaRow } from './db';
import { appendMatchIndex, buildMatchIndexRowsSteps, preReadMatchIndex, queued, readMatchIndexInfo, readTopicIndexRows, writeMatchIndex, type MatchIndexRows } from './index-store';
import { rowsWithIndexKeys } from './index-reads';
import { conceptKeysRow, storedConceptKeys, type ConceptKeysRow } from './concept-keys-store';
import { packTopicHead, readTopics, writeTopicHead } from './topic-head';
import { preReadSearch, rebuildSearchIndexApart, updateSearchIndex, type SearchChange } from './search-store';
import { analyzeArticle, EngineInputError } from './engine/analyze';
import { stemsOfRow, type ClaimFeaturesRow } from './engine/claim-features';
import { articleFeaturesRows } from './article-features';
import { buildPack, validatePack } from './engine/pack';
import { buildTopicMatcher, mineTopicsSteps, TOPIC_MATCH_RULES, type MinedTopics, type MineWork, type TopicMatcher } from './engine/topics';
import { nextTask, runSteps, runStepsAsync, type Steps } from './engine/steps';
import { TOPIC_STATE_FORMAT, topicStateRowsSteps, updateTopics, type TopicStateRow } from './engine/topics-incremental';
import { clearTopicState, openTopicState, replaceTopicState, retagTopicState } from './topic-state-store';
import { putInChunks } from './chunked-writes';
import { ENGINE_VERSION } from './engine/version';
import { useCorpusAliases } from './engine/lexicon/domain';
import type { Article, Claim, CorpusPack, Outlet, Topic } from './engine/types';
import type { AnalysedImportItem, ArticlePatch, ArticleSummary, CorpusStats, ImportItem, ImportJobRef, ImportOutcome, InterruptedImport } from './messages';
import { slugify } from './engine/metadata';
import { itemFieldProblem, packLimitProblem, sanitizeArticle, sanitizeOutlet, stripBidi } from './engine/sanitize';

const ALL_TABLES = (db: ClaimLensDb) => [db.outlets, db.articles, db.claims, db.topics, db.meta];
/** Every table a corpus write may touch: rows, derived state, version stamps and the retry journal. */
const WRITE_TABLES = (db: ClaimLensDb) => [db.outlets, db.articles, db.claims, db.topics, db.meta, db.journal, db.importJobs, db.matchVocab, db.topicIndex, db.searchPacked, db.searchPostings, db.searchDocs, db.searchDocTerms, db.topicState, db.topicStateLog, db.articleFeatures, db.topicHead, db.articleMeta, db.conceptKeys];

/** What one corpus write changed, for the derived-state step of its transaction. */
export interface CorpusChange {
  /** Articles added or replaced (with their claims). */
  added?: readonly string[];
  /** Articles removed (with their claims). */
  removed?: readonly string[];
  /** Articles whose title, outlet or claims' outlet changed. */
  changed?: readonly string[];
  /** Claims whose topics grew and nothing else (an import's re-tag): search appends what they gain, in place. */
  retagged?: readonly string[];
  /** True when the change can move topics (articles or claims came or went): topics are marked stale. */
  topics?: boolean;
  /** Rows the writer holds, so the search update does not read them back (see search-store.ts `SearchChange`). */
  known?: SearchChange['known'];
  /** Every stored claim and their names, when the writer holds them all (see search-store.ts `SearchChange`). */
  all?: SearchChange['all'];
  /** Ends a named phase of an import batch's timing (see `batchTimer`). */
  lap?: (phase: string) => void;
  /**
   * The corpus version and stamp rows, read by the writer before it queued its writes (an import batch: a read asked
   * after them would wait for them all), and nothing in the write changed them since: not read again.
   */
  meta?: readonly [MetaRow | undefined, MetaRow | undefined];
  /** The search update's reads, asked by the writer before it queued its writes (search-store.ts `preReadSearch`). */
  searchPreread?: SearchChange['preread'];
  /**
   * The writer rebuilds the search index itself once its transaction is over (a re-mine: search-store.ts
   * `rebuildSearchIndexApart`), so the search tables are left as they are; until then the search service sees their
   * version differ from the corpus's.
   */
  searchApart?: boolean;
  /**
   * Rows this write added, when it added exactly these and removed none (an import batch): the stamp's counts are the
   * previous stamp's plus these instead of counted again (a count walks the whole table: ~100k claims at 100k) — when
   * that stamp is of the previous version. A table changed outside the writers still disagrees with the stamp, and the
   * start-up check still finds it (it counts).
   */
  grew?: { articles: number; claims: number };
}

/** The stamp every write leaves: counts the start-up check compares with the tables (see `checkConsistency`). */
interface Stamp {
  version: string;
  articles: number;
  claims: number;
}

/**
 * THE derived-state step of every corpus write, called INSIDE the write's transaction (which must include
 * WRITE_TABLES): bumps the corpus version (search and the matcher rebuild from it), marks topics stale when
 * they may have moved (re-mined after the transaction, or on the next start if the worker stops first), and
 * stamps the row counts. Index maintenance for the change belongs here too, so that a stopped worker leaves
 * rows and derived state either both written or neither.
 */
export async function afterWrite(db: ClaimLensDb, change: CorpusChange): Promise<string> {
  const [versionRow, stampRow] = change.meta ?? (await db.meta.bulkGet(['corpusVersion', 'stamp']));
  const previous = versionRow?.value ?? '0';
  const prev = Number(previous);
  // Strictly increasing even for two writes in one millisecond: readers compare versions for equality.
  const version = String(Math.max(Date.now(), (Number.isFinite(prev) ? prev : 0) + 1));
  const last = change.grew ? parseStamp(stampRow?.value) : null;
  const [articles, claims] =
    last && change.grew && last.version === previous
      ? [last.articles + change.grew.articles, last.claims + change.grew.claims]
      : await Promise.all([db.articles.count(), db.claims.count()]);
  const rows = [
    { key: 'corpusVersion', value: version },
    { key: 'stamp', value: JSON.stringify({ version, articles, claims } satisfies Stamp) },
  ];
  if (change.topics) rows.push({ key: 'topicsStale', value: '1' });
  // Queued, not awaited before the search step: behind an import batch's writes, awaiting it would wait for them all.
  const stamped = queued(db.meta.bulkPut(rows));
  change.lap?.('stamp');
  // The search postings follow the rows in this same transaction (utils/search-store.ts).
  if (!change.searchApart) await updateSearchIndex(db, { ...change, articleCount: articles, preread: change.searchPreread }, previous, version);
  await stamped;
  return version;
}

/** The stamp a meta row holds, or null when there is none or it is unreadable. */
function parseStamp(value: string | undefined): Stamp | null {
  if (!value) return null;
  try {
    const s = JSON.parse(value) as Stamp;
    return typeof s?.version === 'string' && Number.isInteger(s.articles) && Number.isInteger(s.claims) ? s : null;
  } catch {
    return null;
  }
}

/** Identifies a seed pack's content, so a restart with the same pack skips reloading it. */
export function seedPackKey(pack: CorpusPack): string {
  // The topic-state stamp too: topics counted by another format or engine must be re-mined at start-up, before the
  // first page, when an update changes the topic code but not the seeds. The install event may not fire (a reloaded
  // unpacked build of the same version), and then the first import re-mined the whole corpus inside its batches
  // instead (1,000 articles at 100k claims: 11 articles/s instead of ~65).
  return `${pack.engineVersion}:${TOPIC_STATE_STAMP}:${pack.articles.map((a) => a.id).join(',')}`;
}

/** What `installSeedPack` changed. */
export interface SeedInstallResult {
  added: number;
  updated: number;
  removed: number;
  /** Seeds already stored exactly as the pack has them (text, metadata and claims): left as they are. */
  unchanged: number;
  total: number;
  /**
   * True when the install wrote nothing: every seed already as the pack has it, topics mined by this engine. An
   * update that does not change the seeds then costs a few reads instead of a whole-corpus re-mine (about a minute
   * of a blocked worker at 100k claims).
   */
  noop: boolean;
  /**
   * True when the seeds were already stored as the pack has them and only the topics need a re-mine (an update of
   * the topic code), and the caller asked to run it later (`deferTopics`): {@link finishSeedInstall} does.
   */
  topicsDeferred?: boolean;
}

/** Claims grouped by their article id, in input order. */
function claimsByArticle(claims: readonly Claim[]): Map<string, Claim[]> {
  const by = new Map<string, Claim[]>();
  for (const c of claims) {
    const list = by.get(c.articleId);
    if (list) list.push(c);
    else by.set(c.articleId, [c]);
  }
  return by;
}

/** A row as compared by `sameSeed`: keys sorted, `topics` left out (mined from the corpus, not the pack's own). */
function seedShape(row: object): string {
  const { topics: _topics, ...rest } = row as Record<string, unknown>;
  return JSON.stringify(Object.keys(rest).sort().map((k) => [k, rest[k]]));
}

/** Whether a stored seed and its claims are what the pack holds for it (so reloading it would write the same rows). */
function sameSeed(stored: Article, storedClaims: readonly Claim[], article: Article, claims: readonly Claim[]): boolean {
  if (seedShape(stored) !== seedShape({ ...article, source: 'seed' }) || storedClaims.length !== claims.length) return false;
  const have = new Set(storedClaims.map(seedShape));
  return claims.every((c) => have.has(seedShape(c)));
}

/**
 * Loads the seed pack idempotently: seed articles are added or refreshed by id, seeds that left the pack are
 * removed, and nothing with `source: 'import'` is touched — so install, update and restart never duplicate
 * seeds nor drop or change what the user imported. A seed already stored as the pack has it is not rewritten, and
 * when nothing differs (an update that does not change the seeds, with the same engine) nothing is written at all:
 * no re-mine, no new corpus version. A seed that differs (an edited copy, a pack with new text or claims) is put
 * back as the pack has it, and topics are re-mined over the corpus.
 */
export async function installSeedPack(db: ClaimLensDb, pack: CorpusPack, opts: { /** Leave a topics-only re-mine to {@link finishSeedInstall}. */ deferTopics?: boolean } = {}): Promise<SeedInstallResult> {
  const result: SeedInstallResult = { added: 0, updated: 0, removed: 0, unchanged: 0, total: pack.articles.length, noop: false };
  await db.transaction('rw', WRITE_TABLES(db), async () => {
    const packIds = pack.articles.map((a) => a.id);
    const packIdSet = new Set(packIds);
    const oldSeeds = await db.articles.where('source').equals('seed').primaryKeys();
    const gone = oldSeeds.filter((id) => !packIdSet.has(id));
    // Outlets the user already has (possibly edited) win over the pack's copy.
    const haveOutlets = new Set(await db.outlets.toCollection().primaryKeys());
    const newOutlets = pack.outlets.filter((o) => !haveOutlets.has(o.id));
    const [stored, storedClaims, stateRow] = await Promise.all([
      db.articles.bulkGet(packIds),
      db.claims.where('articleId').anyOf(packIds).toArray(),
      db.meta.get(TOPIC_STATE_KEY),
    ]);
    const packClaims = claimsByArticle(pack.claims);
    const storedBy = claimsByArticle(storedClaims);
    const reload: Article[] = [];
    pack.articles.forEach((article, i) => {
      const existing = stored[i];
      if (existing && existing.source !== 'seed') return; // the user imported (or a source fetched) this very text: theirs stays.
      if (existing && sameSeed(existing, storedBy.get(article.id) ?? [], article, packClaims.get(article.id) ?? [])) {
        result.unchanged++;
        return;
      }
      if (existing) result.updated++;
      else result.added++;
      reload.push(article);
    });
    // Topics mined by another engine (or never) are re-mined even when the seeds are the same.
    if (!gone.length && !newOutlets.length && !reload.length && stateRow?.value === TOPIC_STATE_STAMP) {
      result.noop = true;
      if ((await db.meta.get('seedPack'))?.value !== seedPackKey(pack)) await db.meta.put({ key: 'seedPack', value: seedPackKey(pack) });
      return;
    }
    if (gone.length) {
      await db.claims.where('articleId').anyOf(gone).delete();
      await db.articles.bulkDelete(gone);
      result.removed = gone.length;
    }
    await db.outlets.bulkPut(newOutlets);
    for (const article of reload) {
      await db.articles.put({ ...article, source: 'seed' });
      await db.claims.where('articleId').equals(article.id).delete();
      await db.claims.bulkPut(packClaims.get(article.id) ?? []);
    }
    await db.meta.put({ key: 'seedPack', value: seedPackKey(pack) });
    await afterWrite(db, { added: reload.map((a) => a.id), removed: gone, topics: true });
  });
  if (result.noop) return result;
  if (opts.deferTopics && result.added + result.updated + result.removed === 0) {
    // The stored topics and match index still answer pages (topicsStale is set: a stopped worker re-mines on its next start).
    result.topicsDeferred = true;
    return result;
  }
  await finishSeedInstall(db, pack);
  return result;
}

/**
 * The re-mine a seed install asks for, and the seeds' features after it. Run by `installSeedPack`, or later by the
 * start-up (utils/background/startup.ts) when only the topic code changed, with `opts.pause` so pages are answered
 * meanwhile.
 */
export async function finishSeedInstall(db: ClaimLensDb, pack: CorpusPack, opts: RemineOptions = {}): Promise<void> {
  // The pack's topics carry the names its subject goes by (ISIS = Daesh): the re-mine keeps them as one.
  await recomputeTopics(db, pack.topics, opts);
  // Features after the re-mine: they are prepared under the aliases of the topics it wrote.
  await storeClaimFeatures(db, await db.claims.where('articleId').anyOf(pack.articles.map((a) => a.id)).toArray());
}

/** How a re-mine shares the service worker with pages (see {@link recomputeTopics}). */
export interface RemineOptions {
  /**
   * Awaited between slices of the re-mine's CPU work (utils/engine/steps.ts): in the worker, until no page match or
   * search is running. Without it the work runs in one go, as in Node and the tests.
   */
  pause?: () => Promise<void>;
  /** Work per slice (ms) when `pause` is given (default 40; tests use 0: a pause after every step). */
  sliceMs?: number;
}

/**
 * Re-mines topics over the whole corpus and writes them (and each claim's topic ids) back. Topics are a
 * corpus-level fact — how many outlets discuss a thing — so any write to articles must end here (or leave
 * `topicsStale` for the next start). `knownTopics` (a pack's) add their aliases to the stored topics'.
 *
 * Pages keep being answered meanwhile (issue 10: a re-mine after an update takes ~1 min at 100k claims): the corpus
 * is read in a read-only transaction, mined in slices (`opts.pause` between them), and written in one read-write
 * transaction that first checks the corpus version is still the one read — a write in between (a delete: its claims
 * would come back as orphans) sends the re-mine round again. Twice overtaken, it reads and writes in one
 * transaction, as it always did. The search index is rebuilt after that transaction (search-store.ts
 * `rebuildSearchIndexApart`), so its ~46 s at 100k do not hold the tables a page match reads.
 */
export async function recomputeTopics(db: ClaimLensDb, knownTopics: readonly Topic[] = [], opts: RemineOptions = {}): Promise<void> {
  // One re-mine at a time per database: two in slices would interleave their writes after the commit.
  const before = remines.get(db.name) ?? Promise.resolve();
  const run = before.catch(() => undefined).then(() => remineApart(db, knownTopics, opts));
  remines.set(db.name, run);
  try {
    await run;
  } finally {
    if (remines.get(db.name) === run) remines.delete(db.name);
  }
}

/** The re-mine running (or last run) on each database, by name. */
const remines = new Map<string, Promise<void>>();

async function remineApart(db: ClaimLensDb, knownTopics: readonly Topic[], opts: RemineOptions): Promise<void> {
  const lap = remineTimer();
  try {
    await remineSteps(db, knownTopics, opts, lap);
  } finally {
    lap('done');
  }
}

async function remineSteps(db: ClaimLensDb, knownTopics: readonly Topic[], opts: RemineOptions, lap: (phase: string) => void): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const snapshot = await db.transaction('r', [db.articles, db.claims, db.outlets, db.topics, db.meta], () =>
      Promise.all([db.articles.toArray(), db.claims.toArray(), db.outlets.toArray(), db.topics.toArray(), db.meta.get('corpusVersion')]),
    );
    lap('read');
    const [articles, claims, outlets, oldTopics, versionRow] = snapshot;
    const remined = await remine(articles, claims, outlets, oldTopics, knownTopics, { ...opts, lap });
    const written = await db.transaction('rw', WRITE_TABLES(db), async () => {
      if ((await db.meta.get('corpusVersion'))?.value !== versionRow?.value) return null;
      return writeRemined(db, claims, oldTopics, remined, true, lap);
    });
    lap(written ? 'write' : 'overtaken');
    if (written) {
      // The topic state (~6 s to write at 100k in Chromium) and the search index (~20 s) after the commit, each in a
      // transaction without the tables a page match reads; until the state is in, imports take it as stale.
      // In chunks (utils/chunked-writes.ts): one transaction of 70k rows held pages in Chromium though they read other tables.
      await db.transaction('rw', [db.topicState, db.topicStateLog], () => clearTopicState(db));
      await putInChunks(db, [db.topicState], db.topicState, remined.stateRows, { pause: opts.pause });
      await putInChunks(db, [db.conceptKeys], db.conceptKeys, remined.conceptKeyRows, { pause: opts.pause });
      lap('write.topicState');
      await db.transaction('rw', [db.meta], async () => {
        // A write since the commit left topics stale again (and its own re-mine comes after this one).
        if ((await db.meta.get('corpusVersion'))?.value !== written.version) return;
        await retagTopicState(db.meta);
        await db.meta.put({ key: TOPIC_STATE_KEY, value: TOPIC_STATE_STAMP });
        await db.meta.delete('topicsStale');
      });
      await rebuildSearchIndexApart(db, written.version, written.all, { lap, pause: opts.pause });
      return;
    }
  }
  await db.transaction('rw', WRITE_TABLES(db), async () => {
    const [articles, claims, outlets, oldTopics] = await Promise.all([db.articles.toArray(), db.claims.toArray(), db.outlets.toArray(), db.topics.toArray()]);
    await writeRemined(db, claims, oldTopics, await remine(articles, claims, outlets, oldTopics, knownTopics), false);
  });
}

/** What a re-mine computed from one read of the corpus, before anything is written. */
interface Remined {
  articles: Article[];
  outlets: Outlet[];
  mined: MinedTopics;
  matchIndex: MatchIndexRows;
  stateRows: TopicStateRow[];
  /** Every article's concept key words, as stored rows (utils/concept-keys-store.ts). */
  conceptKeyRows: ConceptKeysRow[];
}

/**
 * The re-mine's CPU work over one read of the corpus: topics, match-index rows and topic state. With `opts.pause`, in
 * slices; without it, in one go (no macrotask between: inside a transaction, as the one-transaction fallback needs).
 */
async function remine(articles: Article[], claims: Claim[], outlets: Outlet[], oldTopics: Topic[], knownTopics: readonly Topic[], opts: RemineOptions & { lap?: (phase: string) => void } = {}): Promise<Remined> {
  const { pause, sliceMs } = opts;
  const lap = opts.lap ?? (() => undefined);
  // Names the corpus already knows as one (stored topics, a pack's "ISIS" = "Daesh") stay one after a re-mine. A page
  // matched between two slices puts its own corpus's names in use: ours are put back before each slice.
  const aliases = new Map([...oldTopics, ...knownTopics].map((t) => [t.id, t]));
  useCorpusAliases(aliases);
  const run = <T,>(steps: Steps<T>): T | Promise<T> =>
    pause
      ? runStepsAsync(steps, {
          sliceMs,
          pause: async () => {
            await pause();
            useCorpusAliases(aliases);
          },
        })
      : runSteps(steps);
  const work: Partial<MineWork> = {};
  const mined = await run(mineTopicsSteps(articles, claims, outlets, {}, work));
  lap('mine');
  // The page-match index moves with topics (claims get their topic ids here), written in the same transaction.
  const matchIndex = await run(buildMatchIndexRowsSteps({ outlets, articles, claims: mined.claims, topics: mined.topics }));
  lap('matchIndexRows');
  // What the mine counted, so the next imports update topics from their own articles (incremental), and every
  // article's concept key words from the same count, for the imports' story checks (utils/concept-keys-store.ts).
  const conceptKeys = new Map<string, Set<string>>();
  const stateRows = await run(topicStateRowsSteps(articles, mined.topics, conceptKeys, work));
  lap('stateRows');
  useCorpusAliases(aliases);
  const conceptKeyRows = [...conceptKeys].map(([id, k]) => conceptKeysRow(id, [...k], TOPIC_STATE_STAMP));
  return { articles, outlets, mined, matchIndex, stateRows, conceptKeyRows };
}

/**
 * Writes a re-mine inside its read-write transaction: topics, the claims whose topic ids moved and the match index,
 * then `afterWrite`. `apart`: the topic state, concept keys and search index are left to the caller (written after
 * this transaction, see `remineApart`), and topics stay marked stale until the state is in; otherwise they are
 * written here too. `claims` and `oldTopics` are what the re-mine read.
 */
async function writeRemined(db: ClaimLensDb, claims: readonly Claim[], oldTopics: readonly Topic[], r: Remined, apart: boolean, lap: (phase: string) => void = () => undefined): Promise<{ version: string; all: NonNullable<SearchChange['all']> }> {
  const { mined } = r;
  await db.topics.clear();
  await db.topics.bulkPut(mined.topics);
  await writeTopicHead(db, mined.topics); // after the topics: their writes drop the head (utils/topic-head.ts)
  // Only the claims whose topic ids moved: the rest are stored as the mine would write them (a re-mine after an
  // update rewrote all 100k rows, ~17 s of a 100k-claim start-up in Chromium).
  await db.claims.bulkPut(mined.claims.filter((c, i) => !sameIds(claims[i]!.topics, c.topics)));
  lap('write.claims');
  await writeMatchIndex(db, r.matchIndex);
  lap('write.matchIndex');
  if (apart) {
    await db.meta.delete(TOPIC_STATE_KEY);
    await db.meta.put({ key: 'topicsStale', value: '1' });
  } else {
    await replaceTopicState(db, r.stateRows);
    await db.conceptKeys.bulkPut(r.conceptKeyRows);
    await db.meta.put({ key: TOPIC_STATE_KEY, value: TOPIC_STATE_STAMP });
    await db.meta.delete('topicsStale');
  }
  // mined.claims are the stored claims now (read above in key order, the moved ones written back).
  const names = { outlets: new Map(r.outlets.map((o) => [o.id, o.name])), titles: new Map(r.articles.map((a) => [a.id, a.title ?? ''])), topics: mined.topics };
  const all = { claims: mined.claims, names };
  const version = await afterWrite(db, { changed: articlesWithNewTopics(claims, mined.claims, oldTopics, mined.topics), all, searchApart: apart });
  return { version, all };
}

/**
 * Wall-clock milliseconds per phase of the last re-mines (at most 10, newest last; phases as they ended, a slice's
 * pauses included): scripts read them from the service worker (`globalThis.claimlensRemineTimings`).
 */
export const remineTimings: Record<string, number>[] = [];
(globalThis as { claimlensRemineTimings?: Record<string, number>[] }).claimlensRemineTimings = remineTimings;

/** What a re-mine does after each of its timed phases ends, as the options page says it (see {@link remineProgress}). */
const REMINE_STEPS: readonly [after: string, next: string][] = [
  ['start', 'reading the library'],
  ['read', 'finding topics'],
  ['mine', 'indexing claims by topic'],
  ['matchIndexRows', 'counting what imports will update'],
  ['stateRows', 'saving topics'],
  ['write', 'saving what imports will update'],
  ['write.topicState', 'preparing search'],
  ['searchRows', 'saving search'],
];

/** A re-mine under way in this worker: its step (1-based) of `steps`, and what it is doing. */
export interface RemineProgress {
  step: number;
  steps: number;
  label: string;
}

let remineNow: RemineProgress | null = null;

/** The re-mine running in this worker, if any (the options page shows it beside the features migration). */
export function remineProgress(): RemineProgress | null {
  return remineNow;
}

/** Starts timing one re-mine: each call ends the phase it names (and moves {@link remineProgress} on); 'done' ends it. */
function remineTimer(): (phase: string) => void {
  const phases: Record<string, number> = {};
  remineTimings.push(phases);
  if (remineTimings.length > 10) remineTimings.shift();
  let last = performance.now();
  const show = (after: string) => {
    const i = REMINE_STEPS.findIndex(([a]) => a === after);
    if (i >= 0) remineNow = { step: i + 1, steps: REMINE_STEPS.length, label: REMINE_STEPS[i]![1] };
  };
  show('start');
  return (phase) => {
    const now = performance.now();
    phases[phase] = (phases[phase] ?? 0) + Math.round(now - last);
    last = now;
    if (phase === 'done') remineNow = null;
    else show(phase);
  };
}

/** Whether two topic-id lists are the same, in order. */
function sameIds(a: readonly string[] | undefined, b: readonly string[]): boolean {
  return !!a && a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Meta row: which state format, tagging rules and engine the stored topic state was counted with. */
const TOPIC_STATE_KEY = 'topicState';
const TOPIC_STATE_STAMP = `${TOPIC_STATE_FORMAT}:${ENGINE_VERSION}:t${TOPIC_MATCH_RULES}`;

/** The topics and their matcher as of one corpus version, kept across the batches of an import. */
let topicCache: { version: string; dbName: string; topics: Topic[]; matcher: TopicMatcher; /** Outlets with at least one article. */ outletIds: ReadonlySet<string> } | null = null;

/** What an import batch's items are checked against: read once per batch (see `writeBatch`), then kept up to date. */
interface BatchLookup {
  /** Stored articles with the batch's ids, and the batch's own stored so far. */
  byId: Map<string, Article>;
  /** Stored articles with the batch's URLs (the first by id, as `where('url').equals().first()` answers). */
  byUrl: Map<string, Article>;
  /** Every outlet: the stored ones and those the batch adds. */
  outlets: Outlet[];
}

/** A seed article a backup brings back as the user edited it: replaces the installed copy and its claims. */
interface SeedCopy {
  article: Article;
  outlet: Outlet;
  claims: Claim[];
}

/**
 * What an import batch stores, gathered by the (synchronous) item judgements and written once per batch by
 * `writeBatch`: new outlets and articles with one bulk call each, claims with their topics (see `importTopics`).
 */
interface BatchSink {
  known: BatchLookup;
  outlets: Outlet[];
  articles: Article[];
  claims: Claim[];
  seedCopies: SeedCopy[];
  /** The claims' features prepared before the transaction opened, by claim id (see `prepareBatchFeatures`). */
  features: ReadonlyMap<string, ClaimFeaturesRow>;
  /** Marks the end of a phase (see `batchTimer`). */
  lap: (phase: string) => void;
}

/** The id and URL an import item is checked for duplicates by (read for the whole batch at once). */
interface BatchKeys {
  id: string;
  url: string | null;
}

/**
 * Throws unless the code runs in the batch's own transaction. Dexie carries its transaction across native
 * `await`s only for a while: about a hundred awaits in a row with no IndexedDB request between them lose it
 * (measured in Node and seen in Chromium), and every write after that would commit on its own, outside the batch —
 * under a stopped worker, articles stored without their claims. Judging items is synchronous for that reason; this
 * check makes any future slip fail the whole batch instead of splitting it.
 */
function assertInBatch(tx: unknown, where: string, timing: BatchTiming): void {
  if (Dexie.currentTransaction !== tx) {
    const lost = timing.zoneLost ? ` (lost during ${timing.zoneLost})` : '';
    throw new Error(`import batch: the write of ${where} would run outside the batch's transaction${lost} (stopped before writing it)`);
  }
}

/** Wall-clock milliseconds per phase of one import batch (`items`: the batch's size). */
export interface BatchTiming {
  items: number;
  phases: Record<string, number>;
  /** Milliseconds of the batch's work done before its transaction opened (not in `phases`), by what it was. */
  before?: Record<string, number>;
  /** The first phase at whose end the code no longer ran in the batch's transaction (see `assertInBatch`). */
  zoneLost?: string;
}

/**
 * The phases of the last import batches, newest last (at most 50): scripts/bench-import.ts reads them from the
 * service worker (`globalThis.claimlensImportTimings`) to say where a batch's time goes in Chromium.
 */
export const importTimings: BatchTiming[] = [];
(globalThis as { claimlensImportTimings?: BatchTiming[] }).claimlensImportTimings = importTimings;

/**
 * Starts timing one batch: each call of `lap` ends the phase it names, and notes the first phase after which the
 * code no longer runs in the batch's transaction `tx` (so a refused batch says where the transaction was lost).
 */
function batchTimer(items: number, tx: unknown): { timing: BatchTiming; lap: (phase: string) => void } {
  const timing: BatchTiming = { items, phases: {} };
  importTimings.push(timing);
  if (importTimings.length > 50) importTimings.shift();
  let last = performance.now();
  const lap = (phase: string) => {
    const now = performance.now();
    timing.phases[phase] = (timing.phases[phase] ?? 0) + Math.round((now - last) * 10) / 10;
    last = now;
    if (!timing.zoneLost && Dexie.currentTransaction !== tx) timing.zoneLost = phase;
  };
  return { timing, lap };
}

/** What `importTopics` did, and what it leaves the batch's search step (see `writeBatch`). */
interface ImportedTopics {
  claims: Claim[];
  retagged: Claim[];
  stale: boolean;
  /** Every topic after the update (null: not updated here). */
  all: Topic[] | null;
  /** Its writes, still queued: awaited by the caller after it queued the search step's (a Dexie promise). */
  written: Promise<unknown>;
  /** The corpus version and stamp rows as read before any write was queued (see `CorpusChange.meta`). */
  meta?: readonly [MetaRow | undefined, MetaRow | undefined];
  /** The search step's reads, asked before the writes were queued (see `CorpusChange.searchPreread`). */
  searchPreread?: SearchChange['preread'];
}

/**
 * Topics for a batch's new articles, INSIDE the batch's transaction: the incremental update of
 * utils/engine/topics-incremental.ts from the stored state, then writes of exactly what changed — the batch's
 * claims (once, with their topics), older claims that gained a new topic, new and changed topics, the state rows,
 * and the match-index rows. Returns the older claims that gained topics (for the search postings). Without a
 * state from this engine (a database from before it, or an engine update) the claims are written untagged and
 * `stale` asks for the full re-mine.
 */
async function importTopics(db: ClaimLensDb, sink: BatchSink): Promise<ImportedTopics> {
  // Reads first, then writes queued without awaiting each: IndexedDB runs a transaction's requests in order, so a
  // read asked after a write waits for it, while a write left queued runs as the CPU work after it goes on (the
  // claims, topics and state are written while the features rows are stamped, and all of them while the match index's
  // and search step's rows are built: see `writeBatch`).
  // Every queued write is awaited before the batch's callback returns (`written`), all in the batch's transaction: a
  // failure still aborts it whole.
  const [stateRow, versionRow, stampRow, aliasesRow] = await db.meta.bulkGet([TOPIC_STATE_KEY, 'corpusVersion', 'stamp', FEATURES_ALIASES_META_KEY]);
  if (stateRow?.value !== TOPIC_STATE_STAMP) {
    // Prepared before the transaction opened, stored with the claims (utils/claim-features-store.ts).
    await writePreparedFeatures(db, sink.claims, sink.features);
    sink.lap('claimFeatures');
    await db.claims.bulkAdd(sink.claims);
    return { claims: sink.claims, retagged: [], stale: true, all: null, written: Dexie.Promise.resolve() };
  }
  const version = versionRow?.value ?? '0';
  const cached = topicCache && topicCache.version === version && topicCache.dbName === db.name ? topicCache : null;
  const topics = cached?.topics ?? (await readTopics(db));
  // The outlets with articles: from the last batch's memory when it is of this corpus version (a key cursor over the
  // articles' outlet index otherwise, ~one round trip per outlet), with the batch's own added.
  // The articles after the batch's: the last stamp's count plus the batch's when that stamp is of this version (as the
  // batch's own stamp is made, see `afterWrite`), else counted.
  const stamp = parseStamp(stampRow?.value);
  const [outlets, articleCount, outletIds, matchInfo] = await Promise.all([
    db.outlets.toArray(),
    stamp && stamp.version === version && !sink.seedCopies.length ? stamp.articles + sink.articles.length : db.articles.count(),
    cached ? cached.outletIds : db.articles.orderBy('outletId').uniqueKeys().then((keys) => new Set(keys as string[])),
    readMatchIndexInfo(db.meta),
  ]);
  const outletsWithArticles = new Set(outletIds);
  for (const a of sink.articles) outletsWithArticles.add(a.outletId);
  // State rows from memory where the last batch left them: an import job reads each row once (utils/topic-state-store.ts).
  const state = await openTopicState(db, db.name);
  sink.lap('topicsRead');
  // Dexie's own promises only, left pending: a native async call left pending loses Dexie's transaction zone.
  const prepared = preparedFeatureRows(sink.claims, sink.features);
  const writes: Promise<unknown>[] = [];
  sink.lap('claimFeatures');
  const up = await updateTopics(
    { topics, matcher: cached?.matcher, articles: sink.articles, claims: sink.claims, outlets, articleCount, outletCount: outletsWithArticles.size, lap: sink.lap },
    state.store,
    {
      articles: async (ids) => (await db.articles.bulkGet(ids as string[])).filter((a): a is Article => !!a),
      claimsOf: (ids) => rowsWithIndexKeys(db.claims, 'articleId', ids),
      // The story check's titles from the body-less mirror rows (a few hundred bytes each, not several KB).
      titles: async (ids) => (await db.articleMeta.bulkGet(ids as string[])).map((m) => m?.title),
      // Keys stored by earlier imports, instead of whole articles tokenised again (utils/concept-keys-store.ts).
      conceptKeys: async (ids) => (await db.conceptKeys.bulkGet(ids as string[])).map((r) => storedConceptKeys(r, TOPIC_STATE_STAMP)),
      // A topic's claims are listed in its match-index rows (its base row and those imports appended).
      claimsOfTopics: async (ids) => {
        const rows = matchInfo ? await readTopicIndexRows(db.topicIndex, matchInfo, ids) : [];
        const claimIds = [...new Set(rows.flatMap((r) => r?.claimIds ?? []))];
        return (await db.claims.bulkGet(claimIds)).filter((c): c is Claim => !!c);
      },
    },
  );
  // The search step's reads (its stats and the re-tagged claims' doc rows) asked before any write is queued: asked
  // after them they would wait for them all (~10k rows at 100k claims), and its terms are computed while they run.
  const searchPreread = queued(preReadSearch(db, up.retagged.map((c) => c.id)));
  // Likewise what the match index append reads: the writer's memory when not held, the rows of topics it folds.
  const matchPreread = queued(preReadMatchIndex(db, matchInfo, db.name, [...up.claims.flatMap((c) => c.topics), ...[...up.gained.values()].flat()]));
  sink.lap('topicsUpdate');
  // The writes that need nothing more computed are queued first: IndexedDB does them while the features rows are
  // stamped and the match index rows built.
  writes.push(queued(db.claims.bulkAdd(up.claims)));
  if (up.retagged.length) writes.push(queued(db.claims.bulkPut(up.retagged)));
  sink.lap('claimsWrite');
  if (up.changedTopics.length || up.removed.length) {
    // The head after the topics: their write deletes it (utils/topic-head.ts), so it is put once that write is done.
    // Every topic after the update, packed for a waking worker's matcher.
    writes.push(queued(db.topics.bulkDelete(up.removed).then(() => db.topics.bulkPut(up.changedTopics)).then(() => db.topicHead.put(packTopicHead(up.topics)))));
  }
  sink.lap('topicsWrite');
  writes.push(queued(state.write(up.rows))); // one appended record, not a row per key
  if (up.conceptKeys.size) writes.push(queued(db.conceptKeys.bulkPut([...up.conceptKeys].map(([id, keys]) => conceptKeysRow(id, keys, TOPIC_STATE_STAMP)))));
  sink.lap('stateWrite');
  // Stored current: stamped with the version the batch's topics leave, not the one they were prepared under.
  const current = batchFeaturesAfterTopics(sink.claims, prepared, up.topics, aliasesRow?.value);
  const features = current.rows;
  // One row per article (db version 22): the batch's articles are new, so each row holds all its claims.
  if (features.length) writes.push(queued(db.articleFeatures.bulkPut(articleFeaturesRows(sink.claims, features))));
  if (current.aliasesRow) writes.push(queued(db.meta.put(current.aliasesRow)));
  sink.lap('featuresStamp');
  const additions = [...up.claims.map((c) => ({ claim: c, topicIds: c.topics })), ...up.retagged.map((c) => ({ claim: c, topicIds: up.gained.get(c.id) ?? [] }))];
  // The new claims' stems from their features rows just computed (the same stems, in the same order, as tokenising them).
  const stems = new Map(features.map((r) => [r.id, stemsOfRow(r)]));
  const index = await appendMatchIndex(db, up.claims, additions, new Map(up.topics.map((t) => [t.id, t])), db.name, stems, matchInfo, matchPreread, up.removed);
  writes.push(index.written);
  sink.lap('matchIndex');
  topicCache = { version: '', dbName: db.name, topics: up.topics, matcher: up.matcher, outletIds: outletsWithArticles };
  // The search reads were asked before the writes and are answered by now. Awaited for the zone: the caller resumes in
  // the batch's transaction only after a Dexie promise (after the native one of `appendMatchIndex` it would not).
  await searchPreread;
  // The writes are not awaited here: the search step queues its own first (every one is awaited before the batch ends).
  return { claims: up.claims, retagged: up.retagged, stale: false, all: up.topics, written: queued(Dexie.Promise.all(writes)), meta: [versionRow, stampRow], searchPreread };
}

/**
 * Articles whose claims a re-mine changed as search sees them: a claim's topic ids, or the names of one of its
 * topics (label, aliases). Only these are re-indexed for search; everything else keeps its postings.
 */
function articlesWithNewTopics(before: readonly Claim[], after: readonly Claim[], oldTopics: readonly Topic[], newTopics: readonly Topic[]): string[] {
  const names = (t: Topic) => JSON.stringify([t.label, t.aliases]);
  const old = new Map(oldTopics.map((t) => [t.id, names(t)]));
  const renamed = new Set<string>();
  for (const t of newTopics) if (old.get(t.id) !== names(t)) renamed.add(t.id);
  const kept = new Set(newTopics.map((t) => t.id));
  for (const id of old.keys()) if (!kept.has(id)) renamed.add(id);
  const topicsBefore = new Map(before.map((c) => [c.id, c.topics]));
  const out = new Set<string>();
  for (const c of after) {
    const was = topicsBefore.get(c.id) ?? [];
    if (!sameIds(was, c.topics) || c.topics.some((t) => renamed.has(t)) || was.some((t) => renamed.has(t))) {
      out.add(c.articleId);
    }
  }
  return [...out];
}

/** Counts for footers and the library. */
export async function corpusStats(db: ClaimLensDb): Promise<CorpusStats> {
  const [articles, outlets, claims, topics, seedArticles, feedArticles] = await Promise.all([
    db.articles.count(),
    db.outlets.count(),
    db.claims.count(),
    db.topics.count(),
    db.articles.where('source').equals('seed').count(),
    db.articles.where('source').equals('feed').count(),
  ]);
  return { articles, outlets, claims, topics, seedArticles, importedArticles: articles - seedArticles - feedArticles, feedArticles };
}

/**
 * Finds a stored outlet for a detected one by id, name or domain, so one outlet never gets two rows. An
 * outlet the user NAMED (`explicit`) is matched by id or name only: many outlets publish under one domain
 * (a syndication host, an aggregator), and the name the user gave wins over the URL's domain.
 */
async function resolveOutlet(db: ClaimLensDb, detected: Outlet, explicit = false): Promise<Outlet> {
  const byId = await db.outlets.get(detected.id);
  if (byId) return byId;
  const byName = await db.outlets.where('name').equalsIgnoreCase(detected.name).first();
  if (byName) return byName;
  if (detected.domain && !explicit) {
    const byDomain = await db.outlets.where('domain').equals(detected.domain).first();
    if (byDomain) return byDomain;
  }
  return sanitizeOutlet(detected);
}

/** Where a batch sits in a long import job (see `ImportJobRef`). */
export type JobRef = ImportJobRef;


/**
 * The journal row of one batch of a job (`JournalRow.count`): ONE row per batch, not one per item — a row costs
 * IndexedDB about the same whatever its size (~70–110 µs in Chromium), and a batch is written or resent whole.
 */
const batchJournalId = (job: string, offset: number) => `${job}#@${offset}`;

/** Per item of [from, from + n): the outcome a journal row holds for it (a batch row or an item row), or undefined. */
function outcomesOfRows(rows: readonly (JournalRow | undefined)[], from: number, n: number): (ImportOutcome | undefined)[] {
  const out: (ImportOutcome | undefined)[] = Array.from({ length: Math.max(0, n) }, () => undefined);
  for (const row of rows) {
    if (!row) continue;
    const items = row.count === undefined ? [row.outcome as ImportOutcome] : (row.outcome as ImportOutcome[]);
    items.forEach((o, k) => {
      const i = row.index + k - from;
      if (i >= 0 && i < out.length) out[i] = o;
    });
  }
  return out;
}

/**
 * The outcomes journaled for a batch of `n` items at `job.offset` — the batch's row, as `writeBatch` writes it, when the
 * batch is sent again with the same offset (utils/options/commit.ts resends a batch as it was). Rows an earlier version
 * wrote per item are not read here: a job does not outlive the options page that sends it, which an update reloads.
 * A Dexie promise: usable inside the batch's transaction.
 */
function journaledBatch(db: ClaimLensDb, job: JobRef, n: number): Promise<(ImportOutcome | undefined)[]> {
  return db.journal.get(batchJournalId(job.id, job.offset)).then((row) => outcomesOfRows([row], job.offset, n));
}

/** The id and URL a prepared item is checked for duplicates by. */
const preparedKeys = (p: Prepared): BatchKeys | null => (p.kind === 'store' ? { id: p.article.id, url: p.article.url } : null);

/** The claims a prepared item would store. */
const preparedClaims = (p: Prepared): readonly Claim[] => (p.kind === 'store' ? p.claims : []);

/** Writes analysed items in one batch transaction (the imports of items and of analysed articles share it). */
const writePrepared = (db: ClaimLensDb, job: JobRef | undefined, prepared: (Prepared | null)[]): Promise<ImportOutcome[]> =>
  writeBatch(
    db,
    job,
    prepared,
    preparedKeys,
    (p, sink) => (p.kind === 'done' ? p.outcome : storeAnalyzed(sink, p.name, p.article, p.outlet, p.claims, p.explicitOutlet)),
    preparedClaims,
  );

/** Analysis of one import item before the write transaction (CPU work stays outside it). */
type Prepared =
  | { kind: 'done'; outcome: ImportOutcome }
  | { kind: 'store'; name: string; article: Article; outlet: Outlet; claims: Claim[]; explicitOutlet: boolean };

/** Analyses one item, or says in words why it cannot be imported. */
function prepareItem(item: ImportItem, now: number, sourceId?: string): Prepared {
  const name = typeof item.name === 'string' && item.name ? item.name : 'item';
  const problem = itemFieldProblem(item);
  if (problem) return { kind: 'done', outcome: { name, status: 'error', reason: `${name}: ${problem}` } };
  try {
    const analyzed = analyzeArticle({ ...item, source: sourceId ? 'feed' : 'import', importedAt: now });
    if (sourceId) analyzed.article.sourceId = sourceId;
    const explicitOutlet = typeof item.outlet === 'string' && !!item.outlet.trim();
    return { kind: 'store', name, article: analyzed.article, outlet: analyzed.outlet, claims: analyzed.claims, explicitOutlet };
  } catch (err) {
    // EngineInputError messages already name the item; anything else is an engine bug worth naming too.
    const reason = err instanceof EngineInputError ? err.message : `${name}: ${err instanceof Error ? err.message : String(err)}`;
    return { kind: 'done', outcome: { name, status: 'error', reason } };
  }
}

/**
 * Imports a batch of items in ONE transaction: rows, journal entries, the job's progress and the
 * corpus-version bump commit together, so a stopped worker leaves the whole batch or none of it. Each item
 * is judged on its own: a bad item gets a specific error and writes nothing, a duplicate (same content hash
 * or URL) is reported and not stored twice, and stored articles are never changed. With `job`, a batch sent
 * again returns the outcomes recorded the first time. Topics are re-mined after the transaction unless
 * `deferTopics` (they stay marked stale until the last batch or the next start).
 */
export async function importItems(
  db: ClaimLensDb,
  items: ImportItem[],
  now: number = Date.now(),
  opts: { deferTopics?: boolean; job?: JobRef; /** Articles fetched by a source (feed) are marked with it. */ sourceId?: string } = {},
): Promise<ImportOutcome[]> {
  const job = opts.job;
  const known = job ? await journaledBatch(db, job, items.length) : [];
  // Already-journaled items are not analysed again: a retry after a stop is cheap.
  const prepared = items.map((item, i) => (known[i] ? null : prepareItem(item, now, opts.sourceId)));
  const outcomes = await writePrepared(db, job, prepared);
  // Topics were updated in the batch's transaction; only a database without topic state re-mines (once).
  if (outcomes.some((o) => o.status === 'imported') && !opts.deferTopics) await catchUpTopics(db);
  return outcomes;
}

/**
 * The shared write of an import batch, in ONE transaction: answers journaled items from the journal, reads what
 * the other items are checked against once (articles with their ids and URLs, every outlet), judges each item with
 * `judge` — synchronously, in memory, in order, so a later item sees the earlier ones — then writes the batch's
 * outlets, articles, claims, journal entries and job row with one bulk call per table and runs `afterWrite`.
 */
async function writeBatch<P>(
  db: ClaimLensDb,
  job: JobRef | undefined,
  prepared: (P | null)[],
  keys: (p: P) => BatchKeys | null,
  judge: (p: P, sink: BatchSink) => ImportOutcome,
  /** The claims an item would store: their features are prepared before the transaction opens. */
  claimsOf: (p: P) => readonly Claim[],
): Promise<ImportOutcome[]> {
  // Under the stored topics' alias groups (the last batch's, kept in memory; else read): then only the claims the
  // batch's own topic update touches are left stale for the migration (see `batchFeaturesAfterTopics`). Stale groups
  // here leave more of them stale, never a wrong row.
  useTopicAliases(topicCache && topicCache.dbName === db.name ? topicCache.topics : await readTopics(db));
  // CPU that need not hold the transaction (~1.6 ms per claim): done first, so the transaction holds only what must.
  const t0 = performance.now();
  const features = prepareBatchFeatures(prepared.flatMap((p) => (p === null ? [] : claimsOf(p))));
  const prepMs = Math.round((performance.now() - t0) * 10) / 10;
  return db.transaction('rw', WRITE_TABLES(db), async () => {
    const tx = Dexie.currentTransaction;
    const { timing, lap } = batchTimer(prepared.length, tx);
    timing.before = { claimFeatures: prepMs };
    const journaled = job ? await journaledBatch(db, job, prepared.length) : [];
    const wanted = prepared.map((p, i) => (p === null || journaled[i] ? null : keys(p)));
    const articleIds = [...new Set(wanted.flatMap((k) => (k ? [k.id] : [])))];
    const urls = [...new Set(wanted.flatMap((k) => (k?.url ? [k.url] : [])))];
    const [byId, byUrl, outlets] = await Promise.all([
      articleIds.length ? db.articles.bulkGet(articleIds) : Promise.resolve([]),
      urls.length ? rowsWithIndexKeys(db.articles, 'url', urls) : Promise.resolve([]),
      db.outlets.toArray(),
    ]);
    const known: BatchLookup = { byId: new Map(), byUrl: new Map(), outlets };
    for (const a of byId) if (a) known.byId.set(a.id, a);
    // `anyOf` lists equal URLs by id: the first is what `.first()` on the url index answers.
    for (const a of byUrl) if (a.url && !known.byUrl.has(a.url)) known.byUrl.set(a.url, a);
    const sink: BatchSink = { known, outlets: [], articles: [], claims: [], seedCopies: [], features, lap };
    lap('lookups');
    const outcomes: ImportOutcome[] = [];
    let fresh = 0;
    const added: string[] = [];
    // No `await` in this loop (see `assertInBatch`).
    for (const [i, p] of prepared.entries()) {
      const done = journaled[i];
      if (done) {
        outcomes.push(done);
        continue;
      }
      if (p === null) throw new Error('import journal changed during a batch'); // cannot happen: one writer
      const outcome = judge(p, sink);
      if (outcome.status === 'imported') added.push(outcome.articleId);
      outcomes.push(outcome);
      fresh++;
    }
    lap('checks');
    assertInBatch(tx, 'articles', timing);
    if (sink.outlets.length) await db.outlets.bulkPut(sink.outlets);
    if (sink.articles.length) await db.articles.bulkAdd(sink.articles);
    if (sink.seedCopies.length) await writeSeedCopies(db, sink.seedCopies);
    lap('rows');
    if (job) {
      // The whole batch's outcomes in one row (see `batchJournalId`).
      if (fresh) await db.journal.put({ id: batchJournalId(job.id, job.offset), job: job.id, index: job.offset, count: outcomes.length, outcome: outcomes });
      const prev = await db.importJobs.get(job.id);
      await db.importJobs.put({
        id: job.id,
        label: job.label,
        total: job.total,
        startedAt: prev?.startedAt ?? Date.now(),
        updatedAt: Date.now(),
        finished: (prev?.finished ?? false) || job.last,
      });
    }
    if (added.length) {
      assertInBatch(tx, 'claims and topics', timing);
      const topics = await importTopics(db, sink);
      assertInBatch(tx, 'the search index', timing);
      // The batch's own articles are new to the corpus and their claims are in memory: search does not read them back.
      // Names too: the batch's articles' titles, every outlet (stored and new) and, with topics updated here, every topic.
      const names = {
        titles: new Map(sink.articles.map((a) => [a.id, a.title])),
        outlets: new Map(sink.known.outlets.map((o) => [o.id, o.name])),
        topics: topics.all ?? undefined,
      };
      const known = { fresh: new Set(sink.articles.map((a) => a.id)), claims: topics.claims, retaggedClaims: topics.retagged, names };
      // Exactly the batch's articles and claims were added (re-tags rewrite claims; seed copies replace some: counted).
      const grew = sink.seedCopies.length ? undefined : { articles: sink.articles.length, claims: topics.claims.length };
      const version = await afterWrite(db, { added, retagged: topics.retagged.map((c) => c.id), topics: topics.stale, known, lap, grew, meta: topics.meta, searchPreread: topics.searchPreread });
      lap('search'); // the rest: the vocabulary row and stats (search.* laps split the search step before it)
      await topics.written;
      lap('writes'); // what was left of the batch's claims, topics, state and match index writes
      if (topicCache && !topicCache.version) topicCache.version = version;
    }
    return outcomes;
  });
}

/**
 * Re-mines topics if a write left them stale (a delete, a restore, a deferred import the options page closed on).
 * In slices of one macrotask's pause: pages opened meanwhile are matched with the topics as they were.
 */
export async function catchUpTopics(db: ClaimLensDb): Promise<boolean> {
  if ((await db.meta.get('topicsStale'))?.value !== '1') return false;
  await recomputeTopics(db, [], { pause: nextTask });
  return true;
}

/**
 * Judges one analysed article against the batch's lookup (stored articles and the batch's earlier items): a
 * duplicate by content or URL is reported, anything else is added to the batch's rows (written by `writeBatch`).
 * Synchronous on purpose (see `assertInBatch`).
 */
function storeAnalyzed(sink: BatchSink, name: string, rawArticle: Article, detectedOutlet: Outlet, claims: Claim[], explicitOutlet = false): ImportOutcome {
  const article = sanitizeArticle(rawArticle);
  const known = sink.known;
  const same = known.byId.get(article.id);
  if (same) return { name, status: 'duplicate', articleId: same.id, reason: `same text as “${same.title}”` };
  if (article.url) {
    const sameUrl = known.byUrl.get(article.url);
    if (sameUrl) return { name, status: 'duplicate', articleId: sameUrl.id, reason: `same URL as “${sameUrl.title}”` };
  }
  let outlet = findOutlet(known.outlets, detectedOutlet, explicitOutlet);
  if (!outlet) {
    outlet = sanitizeOutlet(detectedOutlet);
    known.outlets.push(outlet);
    sink.outlets.push(outlet);
  }
  const stored = { ...article, outletId: outlet.id };
  known.byId.set(stored.id, stored);
  if (stored.url && !known.byUrl.has(stored.url)) known.byUrl.set(stored.url, stored);
  // Articles are written once for the batch; claims once too, with their topics (writeBatch → importTopics).
  sink.articles.push(stored);
  sink.claims.push(...claims.map((c) => ({ ...c, outletId: outlet.id, topics: [] })));
  return { name, status: 'imported', articleId: article.id, claims: claims.length };
}

/**
 * `resolveOutlet` over the batch's outlets in memory; undefined when none matches. Ties are broken as the indexes
 * answer `.first()`: the lowest name (or domain), then the lowest id.
 */
function findOutlet(outlets: readonly Outlet[], detected: Outlet, explicit: boolean): Outlet | undefined {
  const byId = outlets.find((o) => o.id === detected.id);
  if (byId) return byId;
  const name = detected.name.toLowerCase();
  const first = (hits: Outlet[], key: (o: Outlet) => string) => hits.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id < b.id ? -1 : 1))[0];
  const byName = first(outlets.filter((o) => o.name.toLowerCase() === name), (o) => o.name);
  if (byName) return byName;
  if (detected.domain && !explicit) return first(outlets.filter((o) => o.domain === detected.domain), (o) => o.id);
  return undefined;
}

/** Writes the user's copies of seed articles a backup brought back (see `importPack`), inside the batch's transaction. */
async function writeSeedCopies(db: ClaimLensDb, copies: readonly SeedCopy[]): Promise<void> {
  const ids = copies.map((c) => c.article.id);
  await db.outlets.bulkPut(copies.map((c) => c.outlet));
  await db.claims.where('articleId').anyOf(ids).delete();
  await db.articles.bulkPut(copies.map((c) => c.article));
  const claims = copies.flatMap((c) => c.claims);
  await db.claims.bulkPut(claims);
  await writeClaimFeatures(db, claims);
  // Their claims were replaced as a whole: topics follow with the next full re-mine.
  await db.meta.put({ key: 'topicsStale', value: '1' });
}

/**
 * Stores items the options page analysed for its preview (same build, same engine) without analysing them again:
 * the analysis costs far more than the write, and the preview already paid it. The entries are validated as a pack
 * is (every field, every limit; the error names it) and each is stored as `importItems` stores an item — own name,
 * duplicate checks by content and URL, its outlet rule — in ONE transaction per call, with the job journal.
 */
export async function importAnalysed(
  db: ClaimLensDb,
  entries: AnalysedImportItem[],
  opts: { job?: JobRef } = {},
): Promise<ImportOutcome[]> {
  const job = opts.job;
  const outlets = new Map(entries.map((e) => [e.outlet?.id, e.outlet]));
  // Validated as one pack; the same article twice is judged once here (the write reports the copy as a duplicate).
  const unique = [...new Map(entries.map((e) => [e.article?.id, e])).values()];
  const candidate = {
    format: 'claimlens-pack',
    version: 1,
    createdAt: new Date().toISOString(),
    engineVersion: ENGINE_VERSION,
    outlets: [...outlets.values()],
    articles: unique.map((e) => e.article),
    claims: unique.flatMap((e) => e.claims),
    topics: [],
  };
  let problem: string | null = null;
  try {
    checkedPack(candidate);
    if (entries.some((e) => typeof e.name !== 'string' || e.claims.some((c) => c.articleId !== e.article.id) || e.article.outletId !== e.outlet.id)) {
      problem = 'an analysed item does not hold together (claims or outlet of another article)';
    }
  } catch (err) {
    problem = (err as Error).message;
  }
  if (problem) {
    const why = problem;
    return entries.map((e) => ({ name: String(e.name ?? 'item'), status: 'error' as const, reason: `${String(e.name ?? 'item')}: ${why}` }));
  }
  const prepared: (Prepared | null)[] = entries.map((e) => ({ kind: 'store', name: e.name, article: e.article, outlet: e.outlet, claims: e.claims, explicitOutlet: e.explicitOutlet }));
  const outcomes = await writePrepared(db, job, prepared);
  if (outcomes.some((o) => o.status === 'imported')) await catchUpTopics(db);
  return outcomes;
}

/** Validates a pack and its limits; throws an Error whose message names the bad field. */
export function checkedPack(json: unknown): CorpusPack {
  const pack = validatePack(json);
  const problem = packLimitProblem(pack);
  if (problem) throw new Error(problem);
  return pack;
}

/**
 * Imports a corpus pack (CLI output, an export, or one batch of a big pack): validated first (the error
 * names the bad field; limits included), then every article is stored in ONE transaction unless it
 * duplicates one already here. With `job`, a batch sent again is answered from the journal.
 *
 * A backup (`pack.backup`, made by a whole-corpus export) also brings back the user's edits of seed
 * articles and of outlets: a seed article with the same id is replaced by the backup's copy, and outlets
 * are written as the backup has them.
 */
export async function importPack(
  db: ClaimLensDb,
  json: unknown,
  name: string,
  now = Date.now(),
  opts: { job?: JobRef; deferTopics?: boolean } = {},
): Promise<ImportOutcome[]> {
  let pack: CorpusPack;
  try {
    pack = checkedPack(json);
  } catch (err) {
    return [{ name, status: 'error', reason: `${name}: ${(err as Error).message}` }];
  }
  const backup = (json as { backup?: unknown }).backup === true;
  const outletsById = new Map(pack.outlets.map((o) => [o.id, o]));
  const claimsBy = claimsByArticle(pack.claims);
  const job = opts.job;
  const outcomes = await writeBatch(db, job, pack.articles, (a) => ({ id: a.id, url: a.url }), (article, sink) => {
    const outlet = outletsById.get(article.outletId);
    const label = `${name} › ${article.title}`;
    if (!outlet) return { name: label, status: 'error', reason: `${label}: outlet “${article.outletId}” is not in the pack` };
    const claims = claimsBy.get(article.id) ?? [];
    if (backup) {
      const here = sink.known.byId.get(article.id);
      if (article.source === 'seed' || here?.source === 'seed') {
        const copy = sanitizeArticle({ ...article, source: 'seed' as const });
        if (here && sameArticle(here, copy)) {
          return { name: label, status: 'duplicate', articleId: here.id, reason: `same as the installed seed “${here.title}”` };
        }
        // The user's copy of a seed (edited title, date, outlet): it replaces the installed one (written by writeBatch).
        const own = sanitizeOutlet(outlet);
        const at = sink.known.outlets.findIndex((o) => o.id === own.id);
        if (at >= 0) sink.known.outlets[at] = own;
        else sink.known.outlets.push(own);
        sink.known.byId.set(copy.id, copy);
        const prior = sink.seedCopies.findIndex((c) => c.article.id === copy.id);
        if (prior >= 0) sink.seedCopies.splice(prior, 1);
        sink.seedCopies.push({ article: copy, outlet: own, claims });
        return { name: label, status: 'imported', articleId: article.id, claims: claims.length };
      }
    }
    // A backup keeps each article's own import time; any other pack is imported now.
    return storeAnalyzed(sink, label, backup ? { ...article, source: 'import' } : { ...article, source: 'import', importedAt: now }, outlet, claims, true);
  }, (article) => claimsBy.get(article.id) ?? []);
  if (backup) {
    // Outlet facts the user edited (country, ownership, name) come back as they were exported.
    await db.transaction('rw', WRITE_TABLES(db), async () => {
      await db.outlets.bulkPut(pack.outlets.map(sanitizeOutlet));
      await afterWrite(db, { changed: pack.articles.map((a) => a.id) });
    });
  }
  if (outcomes.some((o) => o.status === 'imported') && !opts.deferTopics) await catchUpTopics(db);
  return outcomes;
}

/** True when two copies of an article agree on everything a user can edit or the engine derived. */
function sameArticle(a: Article, b: Article): boolean {
  const keys: (keyof Article)[] = ['title', 'outletId', 'published', 'url', 'author', 'body', 'language', 'source'];
  return keys.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
}

/** Every unfinished import job with exact counts from the journal. */
export async function interruptedImports(db: ClaimLensDb): Promise<InterruptedImport[]> {
  const jobs = (await db.importJobs.toArray()).filter((j) => !j.finished);
  return Promise.all(jobs.map((j) => jobReport(db, j.id).then((r) => ({ ...r, label: j.label, total: j.total, updatedAt: j.updatedAt }))));
}

/** The journal's outcomes of one job, counted (the report of an import whose replies were lost). */
export async function jobReport(db: ClaimLensDb, jobId: string): Promise<InterruptedImport> {
  // A batch's row holds its items' outcomes (see `batchJournalId`); an earlier version's rows one item's each.
  const rows = (await db.journal.where('job').equals(jobId).toArray()).flatMap((row) => (row.count === undefined ? [row.outcome] : (row.outcome as unknown[])));
  const job = await db.importJobs.get(jobId);
  const r: InterruptedImport = {
    id: jobId,
    label: job?.label ?? '',
    total: job?.total ?? rows.length,
    processed: rows.length,
    imported: 0,
    duplicates: 0,
    errors: 0,
    claims: 0,
    updatedAt: job?.updatedAt ?? 0,
  };
  for (const row of rows) {
    const o = row as ImportOutcome;
    if (o.status === 'imported') {
      r.imported++;
      r.claims += o.claims;
    } else if (o.status === 'duplicate') r.duplicates++;
    else r.errors++;
  }
  return r;
}

/** The outcomes the journal holds for items [from, to) of a job (a report rebuilt after lost replies). */
export async function jobOutcomes(db: ClaimLensDb, jobId: string, from: number, to: number): Promise<(ImportOutcome | null)[]> {
  // Batch rows (any offset: the batches of the job that reach into the range) and an earlier version's item rows.
  const rows = await db.journal.where('job').equals(jobId).toArray();
  return outcomesOfRows(rows, from, to - from).map((o) => o ?? null);
}

/** Forgets a job (the user read the notice, or the import finished and was reported). */
export async function forgetImportJob(db: ClaimLensDb, jobId: string): Promise<void> {
  await db.transaction('rw', [db.journal, db.importJobs], async () => {
    await db.journal.where('job').equals(jobId).delete();
    await db.importJobs.delete(jobId);
  });
}

/**
 * Builds a pack of the whole corpus or of the given articles (with their outlets, claims and topics).
 * A whole-corpus export is a backup (`backup: true`): importing it brings back edits of seed articles and
 * outlets too (see `importPack`). Reads in one transaction so the pack is one consistent state.
 */
export async function exportPack(db: ClaimLensDb, articleIds?: string[]): Promise<CorpusPack & { backup?: true }> {
  return db.transaction('r', [db.outlets, db.articles, db.claims, db.topics], async () => {
    const articles = articleIds ? (await db.articles.bulkGet(articleIds)).filter((a): a is Article => !!a) : await db.articles.toArray();
    const ids = articles.map((a) => a.id);
    const claims = await db.claims.where('articleId').anyOf(ids).toArray();
    const outletIds = [...new Set(articles.map((a) => a.outletId))];
    const outlets = articleIds ? (await db.outlets.bulkGet(outletIds)).filter((o): o is Outlet => !!o) : await db.outlets.toArray();
    const topicIds = new Set(claims.flatMap((c) => c.topics));
    const topics = (await db.topics.toArray()).filter((t) => topicIds.has(t.id));
    // A pack names only topics it holds, or importing it back (an undo, a restore) would refuse it: a claim left holding
    // the id of a topic that is gone (an import retires topics, topics-incremental.ts `TopicUpdate.removed`, and takes
    // the id off their claims; a stopped or older write may not have) is exported without it.
    const held = new Set(topics.map((t) => t.id));
    const packed = claims.map((c) => (c.topics.every((id) => held.has(id)) ? c : { ...c, topics: c.topics.filter((id) => held.has(id)) }));
    const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    return {
      format: 'claimlens-pack' as const,
      version: 1 as const,
      createdAt: new Date().toISOString(),
      engineVersion: ENGINE_VERSION,
      ...(articleIds ? {} : { backup: true as const }),
      outlets: outlets.sort(byId),
      articles: articles.sort(byId),
      claims: packed.sort(byId),
      topics: topics.sort(byId),
    };
  });
}

/**
 * Deletes articles and their claims in ONE transaction with the version bump and the topics-stale mark;
 * returns what was deleted as a pack so the UI can undo. With `opId`, the deleted pack is journaled in that
 * transaction: a delete sent again after a lost reply returns the same pack, so Undo still works.
 */
export async function deleteArticles(db: ClaimLensDb, ids: string[], opId?: string): Promise<CorpusPack> {
  const removed = await db.transaction('rw', WRITE_TABLES(db), async () => {
    if (opId) {
      const done = await db.journal.get(`delete:${opId}`);
      if (done) return done.outcome as CorpusPack;
    }
    const pack = await exportPack(db, ids);
    const gone = pack.articles.map((a) => a.id);
    await db.claims.where('articleId').anyOf(gone).delete();
    await db.articles.bulkDelete(gone);
    // Their claims' features go with them (one row per article, db version 22): a row left behind would count as
    // current claims in the migration's progress until its sweep. Undo writes them again (`restoreArticles`).
    await db.articleFeatures.bulkDelete(gone);
    if (opId) await db.journal.put({ id: `delete:${opId}`, job: `delete:${opId}`, index: 0, outcome: pack });
    if (gone.length) await afterWrite(db, { removed: gone, topics: true });
    return pack;
  });
  await catchUpTopics(db);
  return removed;
}

/**
 * Puts back articles removed by `deleteArticles`, keeping their original source (seed or import), in ONE
 * transaction with the version bump. Idempotent: restoring twice leaves one copy.
 */
export async function restoreArticles(db: ClaimLensDb, pack: CorpusPack): Promise<number> {
  const valid = validatePack(pack);
  await db.transaction('rw', WRITE_TABLES(db), async () => {
    const have = new Set(await db.outlets.toCollection().primaryKeys());
    await db.outlets.bulkPut(valid.outlets.filter((o) => !have.has(o.id)));
    await db.articles.bulkPut(valid.articles);
    await db.claims.bulkPut(valid.claims);
    await writeClaimFeatures(db, valid.claims);
    if (valid.articles.length) await afterWrite(db, { added: valid.articles.map((a) => a.id), topics: true });
  });
  await catchUpTopics(db);
  return valid.articles.length;
}

/** Clears everything and installs the seed pack again ("reset to the seed corpus"). */
export async function resetToSeeds(db: ClaimLensDb, pack: CorpusPack): Promise<CorpusStats> {
  await db.transaction('rw', WRITE_TABLES(db), async () => {
    const removed = (await db.articles.toCollection().primaryKeys()) as string[];
    await Promise.all(WRITE_TABLES(db).map((t) => t.clear()));
    await afterWrite(db, { removed, topics: true });
  });
  await installSeedPack(db, pack);
  return corpusStats(db);
}

/** Library rows: every article without its body, with outlet name and claim count. */
export async function listArticles(db: ClaimLensDb): Promise<ArticleSummary[]> {
  const [articles, outlets] = await Promise.all([db.articles.toArray(), db.outlets.toArray()]);
  const names = new Map(outlets.map((o) => [o.id, o.name]));
  const counts = new Map<string, number>();
  const topics = new Map<string, Set<string>>();
  await db.claims.each((c) => {
    counts.set(c.articleId, (counts.get(c.articleId) ?? 0) + 1);
    const set = topics.get(c.articleId) ?? new Set<string>();
    for (const t of c.topics) set.add(t);
    topics.set(c.articleId, set);
  });
  return articles.map(({ body: _body, ...rest }) => ({
    ...rest,
    outletName: names.get(rest.outletId) ?? rest.outletId,
    claimCount: counts.get(rest.id) ?? 0,
    topicIds: [...(topics.get(rest.id) ?? [])].sort(),
  }));
}

/** Edits article metadata; a new outlet name moves the article (and its claims) to that outlet. */
export async function updateArticle(db: ClaimLensDb, id: string, patch: ArticlePatch): Promise<ArticleSummary> {
  await db.transaction('rw', WRITE_TABLES(db), async () => {
    const article = await db.articles.get(id);
    if (!article) throw new Error(`No article with id ${id}`);
    const next: Article = { ...article };
    if (patch.title !== undefined) next.title = stripBidi(patch.title).trim() || article.title;
    if (patch.published !== undefined) next.published = patch.published;
    if (patch.url !== undefined) next.url = patch.url;
    if (patch.author !== undefined) next.author = patch.author;
    if (patch.url) {
      const problem = itemFieldProblem({ text: 'x', url: patch.url });
      if (problem) throw new Error(problem);
    }
    if (patch.outletName && stripBidi(patch.outletName).trim()) {
      const name = stripBidi(patch.outletName).trim();
      const outlet = await resolveOutlet(
        db,
        { id: slugify(name), name, domain: null, country: null, ownership: [], notes: [] },
        true,
      );
      await db.outlets.put(outlet);
      next.outletId = outlet.id;
      await db.claims.where('articleId').equals(id).modify({ outletId: outlet.id });
    }
    await db.articles.put(next);
    // Search rows and cards show titles and outlet names: readers of the corpus version must rebuild.
    await afterWrite(db, { changed: [id], topics: next.outletId !== article.outletId });
  });
  await catchUpTopics(db);
  const rows = await listArticles(db);
  return rows.find((r) => r.id === id)!;
}

/** Saves an outlet's facts; bumps the corpus version so cards and search show the new facts. */
export async function updateOutlet(db: ClaimLensDb, outlet: Outlet): Promise<Outlet> {
  const clean = sanitizeOutlet(outlet);
  await db.transaction('rw', WRITE_TABLES(db), async () => {
    await db.outlets.put(clean);
    const changed = (await db.articles.where('outletId').equals(clean.id).primaryKeys()) as string[];
    await afterWrite(db, { changed });
  });
  return clean;
}

/** What the start-up check found and repaired. */
export interface ConsistencyReport {
  /** True when the stamp and the counts agreed and topics were fresh: nothing was read beyond counts. */
  clean: boolean;
  orphanClaims: number;
  /** Articles that lost their claims: re-analysed claims cannot be made here, so they are listed. */
  articlesWithoutClaims: string[];
  topicsRebuilt: boolean;
  versionBumped: boolean;
  /** One line per repair, for the log. */
  repairs: string[];
}

/**
 * The part of the start-up check that reads `meta` rows only (no row counts): true when topics were left stale or
 * the last write's stamp is missing or belongs to another corpus version. Then `checkConsistency` must run before
 * pages are matched; otherwise it can run after the first match (its counts only find damage no write of ours
 * leaves: every write stamps the counts in its own transaction).
 */
export async function needsFullCheck(db: ClaimLensDb): Promise<boolean> {
  return (await fullCheckReason(db)) !== null;
}

/**
 * Why the start-up check must run in full (see {@link needsFullCheck}): `stamp` when the last write's stamp is missing
 * or of another corpus version (the tables may hold anything), `stale` when only the topics were left stale (the
 * stored topics and match index still describe the rest: pages can be answered while they are re-mined), else null.
 */
export async function fullCheckReason(db: ClaimLensDb): Promise<'stamp' | 'stale' | null> {
  const [stampRow, versionRow, stale] = await db.meta.bulkGet(['stamp', 'corpusVersion', 'topicsStale']);
  if (!stampRow) return 'stamp';
  try {
    if ((JSON.parse(stampRow.value) as Stamp).version !== versionRow?.value) return 'stamp';
  } catch {
    return 'stamp';
  }
  return stale?.value === '1' ? 'stale' : null;
}

/**
 * The cheap check on start: compares the stamp the last write left (version + row counts) with the
 * tables. When they agree and no topics are stale, that is all. Otherwise (a write from an older version,
 * a stopped worker between a write and its topic mining, a damaged database) it looks deeper: deletes
 * claims whose article is gone, re-mines stale topics, and bumps the version so search and the matcher
 * rebuild. Every repair is returned (and logged by the caller).
 */
export async function checkConsistency(db: ClaimLensDb, opts: RemineOptions & { /** A pack's topics, for the re-mine's names (see `recomputeTopics`). */ knownTopics?: readonly Topic[] } = {}): Promise<ConsistencyReport> {
  const report: ConsistencyReport = { clean: true, orphanClaims: 0, articlesWithoutClaims: [], topicsRebuilt: false, versionBumped: false, repairs: [] };
  const [stampRow, versionRow, stale, articles, claims] = await Promise.all([
    db.meta.get('stamp'),
    db.meta.get('corpusVersion'),
    db.meta.get('topicsStale'),
    db.articles.count(),
    db.claims.count(),
  ]);
  let stamp: Stamp | null = null;
  try {
    stamp = stampRow ? (JSON.parse(stampRow.value) as Stamp) : null;
  } catch {
    stamp = null;
  }
  const stampOk = !!stamp && stamp.version === versionRow?.value && stamp.articles === articles && stamp.claims === claims;
  if (stampOk && stale?.value !== '1') return report;
  report.clean = false;
  if (!stampOk) {
    await db.transaction('rw', WRITE_TABLES(db), async () => {
      const ids = new Set((await db.articles.toCollection().primaryKeys()) as string[]);
      const orphans: string[] = [];
      const withClaims = new Set<string>();
      await db.claims.each((c) => {
        if (ids.has(c.articleId)) withClaims.add(c.articleId);
        else orphans.push(c.id);
      });
      if (orphans.length) {
        await db.claims.bulkDelete(orphans);
        report.orphanClaims = orphans.length;
        report.repairs.push(`deleted ${orphans.length} claims whose article is gone`);
      }
      report.articlesWithoutClaims = [...ids].filter((id) => !withClaims.has(id));
      await afterWrite(db, { changed: [...ids], topics: true });
      report.versionBumped = true;
      report.repairs.push(
        stamp
          ? `row counts (${articles} articles, ${claims} claims) did not match the last write's stamp (${stamp.articles}, ${stamp.claims}): search and topics rebuilt`
          : 'no write stamp (first start after an update): search and topics rebuilt',
      );
    });
  } else report.repairs.push('topics were left stale by an interrupted write: re-mined');
  await recomputeTopics(db, opts.knownTopics, opts);
  report.topicsRebuilt = true;
  return report;
}

/**
 * Re-analyses stored articles with the current engine in ONE transaction per call: each article's old row
 * and claims are replaced by the new analysis (keeping its source, import time and edited metadata), and an
 * article the engine now refuses is kept unchanged. A stopped worker leaves the batch all old or all new —
 * never deleted-but-not-re-imported. Sending it again is harmless.
 */
export async function reanalyseArticles(db: ClaimLensDb, ids: string[]): Promise<{ outcomes: ImportOutcome[]; kept: number }> {
  const result = await db.transaction('rw', WRITE_TABLES(db), async () => {
    const outcomes: ImportOutcome[] = [];
    let kept = 0;
    const changed: string[] = [];
    for (const old of (await db.articles.bulkGet(ids)).filter((a): a is Article => !!a)) {
      const outlet = await db.outlets.get(old.outletId);
      let analyzed;
      try {
        // Synchronous engine work inside the transaction is safe: IndexedDB only commits once control returns.
        analyzed = analyzeArticle({
          name: old.title,
          text: old.body,
          format: 'text',
          title: old.title,
          outlet: outlet?.name ?? null,
          url: old.url,
          published: old.published,
          author: old.author,
          source: old.source,
          importedAt: old.importedAt,
        });
      } catch (err) {
        kept++;
        outcomes.push({ name: old.title, status: 'error', reason: `${old.title}: ${err instanceof Error ? err.message : String(err)} (kept unchanged)` });
        continue;
      }
      const outletId = outlet?.id ?? analyzed.outlet.id;
      if (!outlet) await db.outlets.put(sanitizeOutlet(analyzed.outlet));
      await db.claims.where('articleId').equals(old.id).delete();
      if (analyzed.article.id !== old.id) await db.articles.delete(old.id);
      const next: Article = sanitizeArticle({ ...analyzed.article, outletId, title: old.title, published: old.published ?? analyzed.article.published, source: old.source, importedAt: old.importedAt });
      await db.articles.put(next);
      await db.claims.bulkPut(analyzed.claims.map((c) => ({ ...c, outletId })));
      await writeClaimFeatures(db, analyzed.claims);
      changed.push(old.id, next.id);
      outcomes.push({ name: old.title, status: 'imported', articleId: next.id, claims: analyzed.claims.length });
    }
    if (changed.length) await afterWrite(db, { changed, topics: true });
    return { outcomes, kept };
  });
  await catchUpTopics(db);
  return result;
}
