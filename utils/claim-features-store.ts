/**
 * Stored prepared claim features (db.ts version 8, utils/engine/claim-features.ts): written with the claims, read
 * with the candidate claims of a page, and migrated in the background when the engine's features version changes.
 *
 * The rows are stored one per article (db.ts version 22, utils/article-features.ts). The migration walks the claims in
 * article id order in batches of whole articles; each batch's rows and the progress (the last article done, how many
 * claims) are committed in one transaction, so a worker stopped mid-way resumes after the last committed batch — no
 * claim is skipped, none is written twice. A last sweep prepares any article whose claims still lack a current row
 * (written by a path that did not call {@link writeClaimFeatures}) and drops rows of articles without claims. Until a claim has a
 * current row the matcher prepares it on the fly, so the overlay keeps working during a migration.
 *
 * When only the corpus's alias groups moved (an import's topic mining; the version's code part is the same), a row
 * whose claim names no surface of the changed groups is re-stamped with the new version instead of prepared again
 * (issue 10: after a 1k import every claim was prepared again, ~1.65 ms each). The groups each recent version stands
 * for are remembered in the meta row {@link FEATURES_ALIASES_META_KEY}; a row of a version not remembered is prepared.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { ClaimLensDb, MetaRow } from './db';
import {
  type AliasChain,
  type AliasChange,
  aliasChangeNames,
  aliasChanges,
  type ClaimFeaturesRow,
  claimFeaturesVersion,
  codeVersionOf,
  isCurrentFeatures,
  nextAliasChain,
  prepareClaimFeatures,
  rowNeeds,
} from './engine/claim-features';
import type { Claim, Topic } from './engine/types';
import { corpusAliasGroups, useCorpusAliases, type AliasGroup } from './engine/lexicon/domain';
import { readTopics } from './topic-head';
import { articleFeaturesRow, articleFeaturesRows, claimRowsOf, type ArticleFeaturesRow } from './article-features';

/** The tables a features write touches, as the caller's open transaction has them. */
export interface ClaimFeaturesTables {
  articleFeatures: EntityTable<ArticleFeaturesRow, 'id'>;
}

/** A claim as a features write needs it: `articleId` says which article row holds its features (db version 22). */
type FeaturedClaim = Pick<Claim, 'id' | 'articleId' | 'text' | 'figures' | 'topics'>;

/**
 * Computes and writes the features of `claims` — every claim of each article they name (its row is replaced whole) —
 * and returns the rows. Call it inside the transaction that writes the claims, so a claim and its features are
 * committed together; it adds one table to that transaction's scope.
 */
export async function writeClaimFeatures(tables: ClaimFeaturesTables, claims: readonly FeaturedClaim[]): Promise<ClaimFeaturesRow[]> {
  const rows = prepareClaimFeatures(claims);
  if (rows.length) await tables.articleFeatures.bulkPut(articleFeaturesRows(claims, rows));
  return rows; // the caller reads the claims' stems from them (the match index append) instead of tokenising again
}

/**
 * The stored features rows of `claims` (parallel; undefined where none), read from their articles' rows. For tests
 * and tools: the matcher reads the article rows itself (utils/background/match-store.ts).
 */
export async function readClaimFeatures(tables: ClaimFeaturesTables, claims: readonly Pick<Claim, 'id' | 'articleId'>[]): Promise<(ClaimFeaturesRow | undefined)[]> {
  const byId = claimRowsOf(await tables.articleFeatures.bulkGet([...new Set(claims.map((c) => c.articleId))]));
  return claims.map((c) => byId.get(c.id));
}

/** How many claims have a row of `version` in a current article row (index keys alone, see `ArticleFeaturesRow.v`). */
export async function currentFeatureCount(tables: ClaimFeaturesTables, version: string): Promise<number> {
  const keys = (await tables.articleFeatures.where('[v+n]').between([version, Dexie.minKey], [version, Dexie.maxKey]).keys()) as unknown as [string, number][];
  return keys.reduce((sum, k) => sum + k[1], 0);
}

/**
 * The features of an import batch's claims, computed BEFORE its transaction opens (CPU that need not hold it), by
 * claim id. The claims are prepared as the batch stores them: without topics (they get theirs inside the batch).
 */
export function prepareBatchFeatures(claims: readonly Pick<Claim, 'id' | 'text' | 'figures'>[]): Map<string, ClaimFeaturesRow> {
  return new Map(prepareClaimFeatures(claims.map((c) => ({ id: c.id, text: c.text, figures: c.figures, topics: [] }))).map((r) => [r.id, r]));
}

/**
 * The features rows of `claims` in their order: the rows `prepared` holds for them (see {@link prepareBatchFeatures}),
 * the others computed now.
 */
export function preparedFeatureRows(claims: readonly Pick<Claim, 'id' | 'text' | 'figures' | 'topics'>[], prepared: ReadonlyMap<string, ClaimFeaturesRow>): ClaimFeaturesRow[] {
  const missing = claims.filter((c) => !prepared.has(c.id));
  const computed = new Map(prepareClaimFeatures(missing).map((r) => [r.id, r]));
  return claims.map((c) => prepared.get(c.id) ?? computed.get(c.id)!);
}

/**
 * Writes the features of `claims` inside the batch's transaction (the rows of {@link preparedFeatureRows}); returns
 * the rows in the order of `claims`.
 */
export async function writePreparedFeatures(tables: ClaimFeaturesTables, claims: readonly FeaturedClaim[], prepared: ReadonlyMap<string, ClaimFeaturesRow>): Promise<ClaimFeaturesRow[]> {
  const rows = preparedFeatureRows(claims, prepared);
  if (rows.length) await tables.articleFeatures.bulkPut(articleFeaturesRows(claims, rows));
  return rows;
}

/**
 * Writes the features of `claims` (every claim of each article they name) in a transaction of its own, under the
 * stored topics' aliases: for a write that re-mines topics (the seed install), after the re-mine, so the rows match
 * what the matcher reads.
 */
export async function storeClaimFeatures(db: ClaimLensDb, claims: readonly Claim[]): Promise<void> {
  await useStoredAliases(db);
  const rows = articleFeaturesRows(claims, prepareClaimFeatures(claims));
  await db.transaction('rw', db.articleFeatures, () => db.articleFeatures.bulkPut(rows));
}

/** Meta row holding the migration's progress. */
export const FEATURES_META_KEY = 'claimFeatures';

/** The migration's persisted state (meta row {@link FEATURES_META_KEY}). */
export interface FeatureMigrationState {
  /** The features version being written. */
  version: string;
  /** Claims of articles with an id up to and including this one are done ('' = none yet; db version 22: an article id). */
  cursor: string;
  /** Claims written so far, and how many there were when the migration started (it may grow with imports). */
  done: number;
  total: number;
  /** The walk and the sweep are complete. */
  finished: boolean;
  /** Claims this run prepared (the others were current, or only re-stamped: untouched by an alias change). */
  prepared?: number;
  startedAt: number;
  updatedAt: number;
}

/** What the options page shows. */
export interface FeatureProgress {
  version: string;
  done: number;
  total: number;
  finished: boolean;
  /** A topic re-mine under way in the background (corpus.ts `remineProgress`): its step of all, and what it does. */
  topics?: { step: number; steps: number; label: string } | null;
}

/** Reads the persisted state, or null when none was written (or it is unreadable). */
async function readState(meta: EntityTable<MetaRow, 'key'>): Promise<FeatureMigrationState | null> {
  const row = await meta.get(FEATURES_META_KEY);
  if (!row) return null;
  try {
    return JSON.parse(row.value) as FeatureMigrationState;
  } catch {
    return null;
  }
}

/** The migration's persisted state (how many claims the last run prepared, the alias groups it ran under), or null. */
export function featureMigrationState(db: ClaimLensDb): Promise<FeatureMigrationState | null> {
  return readState(db.meta);
}

const writeState = (meta: EntityTable<MetaRow, 'key'>, s: FeatureMigrationState) => meta.put({ key: FEATURES_META_KEY, value: JSON.stringify(s) });

/**
 * Puts the stored topics' alias groups in force (lexicon/domain.ts `useCorpusAliases`), as page matching does: the
 * features version and the claims prepared here then agree with what the matcher reads.
 */
async function useStoredAliases(db: ClaimLensDb): Promise<void> {
  useTopicAliases(await readTopics(db));
}

/**
 * The progress from the state row alone, when it says the current version's migration finished; null otherwise.
 * What a waking worker asks before resuming (issue 10): no row counts, which at 100k claims keep the database busy
 * while pages and searches wait. Imports write rows of the current version themselves, so a finished state stays true
 * until the version changes (then the state is of another version and this answers null).
 */
export async function finishedFeatureState(db: ClaimLensDb): Promise<FeatureProgress | null> {
  await useStoredAliases(db);
  const version = claimFeaturesVersion();
  const s = await readState(db.meta);
  return s && s.version === version && s.finished ? { version, done: s.done, total: Math.max(s.total, s.done), finished: true } : null;
}

/**
 * Remembers that the counts found every claim current for `p.version` (a fresh install's seeds, an import under the
 * same version), so later wakes need not count again; kept only while no state of that version exists.
 */
export async function rememberFeaturesFinished(db: ClaimLensDb, p: FeatureProgress): Promise<void> {
  if (!p.finished) return;
  await db.transaction('rw', db.meta, async () => {
    const s = await readState(db.meta);
    if (s && s.version === p.version) return; // a run of this version owns the row
    const now = Date.now();
    if (p.version === claimFeaturesVersion()) await rememberAliases(db.meta, p.version);
    await writeState(db.meta, { version: p.version, cursor: '', done: p.done, total: p.total, finished: true, startedAt: now, updatedAt: now });
  });
}

/** The migration's progress as the options page shows it (a state of another version counts as not started). */
export async function featureProgress(db: ClaimLensDb): Promise<FeatureProgress> {
  await useStoredAliases(db);
  const version = claimFeaturesVersion();
  const s = await readState(db.meta);
  if (s && s.version === version && !s.finished) return { version, done: s.done, total: Math.max(s.total, s.done), finished: false };
  // Otherwise count what is stored now: imports since the migration wrote their own rows, so the library of today,
  // not the one the migration saw, is what the options page reports.
  const [total, current] = await Promise.all([db.claims.count(), currentFeatureCount(db, version)]);
  const done = Math.min(current, total);
  return { version, done, total, finished: done >= total };
}

/** Options of {@link migrateClaimFeatures}. */
export interface MigrateOptions {
  /** Claims per committed batch. */
  batchSize?: number;
  /** Asked before each batch; false stops (progress so far is kept). */
  shouldContinue?: () => boolean;
  /** Between batches (the background yields to pending messages here). */
  afterBatch?: (p: FeatureProgress) => Promise<void> | void;
}

/**
 * Brings every claim's stored features to the current version, resuming from the persisted progress. Returns the
 * progress when it stops: finished, or stopped by `shouldContinue`. Safe to call again at any time (on wake, on an
 * alarm): a finished migration of the current version returns at once.
 */
export async function migrateClaimFeatures(db: ClaimLensDb, opts: MigrateOptions = {}): Promise<FeatureProgress> {
  const batchSize = opts.batchSize ?? 500;
  await useStoredAliases(db);
  const version = claimFeaturesVersion();
  // Before the state: a fresh state's run writes the current version's groups among them.
  const remembered = await readAliases(db.meta);
  let state = await db.transaction('rw', db.meta, db.claims, async () => {
    const s = await readState(db.meta);
    if (s && s.version === version) return s;
    const fresh: FeatureMigrationState = {
      version,
      cursor: '',
      done: 0,
      total: await db.claims.count(),
      finished: false,
      prepared: 0,
      startedAt: Date.now(),
      updatedAt: Date.now(),
    };
    await rememberAliases(db.meta, version);
    await writeState(db.meta, fresh);
    return fresh;
  });
  const progress = (): FeatureProgress => ({ version, done: state.done, total: Math.max(state.total, state.done), finished: state.finished });
  const changeOf = aliasChanges(remembered, version);
  while (!state.finished) {
    if (opts.shouldContinue && !opts.shouldContinue()) break;
    const from = state.cursor;
    // Whole articles (their features share a row): about `batchSize` claims, by article id.
    let claims = await db.claims.where('articleId').above(from).limit(batchSize).toArray();
    if (claims.length === batchSize) {
      // The last article may be cut at the limit: it comes with the next batch, unless it is the only one (read whole).
      const last = claims[claims.length - 1]!.articleId;
      claims = claims.filter((c) => c.articleId !== last);
      if (!claims.length) claims = await db.claims.where('articleId').equals(last).toArray();
    }
    let next: FeatureMigrationState | null;
    if (claims.length) {
      // Rows already current (written by an import since, or a fresh install's seeds) are kept, not prepared again.
      const have = await db.articleFeatures.bulkGet([...new Set(claims.map((c) => c.articleId))]);
      // CPU work outside the transaction; the write checks nobody else moved the cursor meanwhile.
      const { rows, prepared } = refreshArticles(claims, have, version, changeOf);
      next = await db.transaction('rw', db.meta, db.articleFeatures, async () => {
        const cur = await readState(db.meta);
        if (!cur || cur.version !== version || cur.cursor !== from) return cur; // another run got here first
        if (rows.length) await db.articleFeatures.bulkPut(rows);
        const s = { ...cur, cursor: claims[claims.length - 1]!.articleId, done: cur.done + claims.length, prepared: (cur.prepared ?? 0) + prepared, updatedAt: Date.now() };
        await writeState(db.meta, s);
        return s;
      });
    } else {
      next = await sweep(db, version, from, batchSize, changeOf);
    }
    if (!next || next.version !== version) break; // the state was reset under us (another version): stop
    state = next;
    await opts.afterBatch?.(progress());
  }
  return progress();
}

/**
 * The end of the walk: articles whose claims still lack a current row (written since by a path that did not store
 * features, with an id the walk had passed) get one, and rows of articles without claims go. Then the migration is
 * finished.
 */
async function sweep(
  db: ClaimLensDb,
  version: string,
  cursor: string,
  batchSize: number,
  changeOf: (v: string) => AliasChange | null,
): Promise<FeatureMigrationState | null> {
  // Index keys alone: each claim's article, and each current article row's claim count.
  const current = db.articleFeatures.where('[v+n]').between([version, Dexie.minKey], [version, Dexie.maxKey]);
  const [articleKeys, currentKeys, currentIds, rowIds] = await Promise.all([
    db.claims.orderBy('articleId').keys(),
    current.keys(),
    current.primaryKeys(),
    db.articleFeatures.toCollection().primaryKeys(),
  ]);
  const claimsOf = new Map<string, number>();
  for (const a of articleKeys) claimsOf.set(a as string, (claimsOf.get(a as string) ?? 0) + 1);
  const currentN = new Map(currentIds.map((id, i) => [id, (currentKeys[i] as unknown as [string, number])[1]]));
  const lacking = [...claimsOf].filter(([id, n]) => currentN.get(id) !== n);
  const orphans = rowIds.filter((id) => !claimsOf.has(id));
  let prepared = 0;
  for (let i = 0; i < lacking.length; ) {
    // Articles of about `batchSize` claims together.
    const chunk: string[] = [];
    for (let n = 0; i < lacking.length && (n === 0 || n + lacking[i]![1] <= batchSize); i++) {
      chunk.push(lacking[i]![0]);
      n += lacking[i]![1];
    }
    const claims = await db.claims.where('articleId').anyOf(chunk).toArray();
    const refreshed = refreshArticles(claims, await db.articleFeatures.bulkGet(chunk), version, changeOf);
    prepared += refreshed.prepared;
    if (refreshed.rows.length) await db.transaction('rw', db.articleFeatures, () => db.articleFeatures.bulkPut(refreshed.rows));
  }
  return db.transaction('rw', db.meta, db.articleFeatures, async () => {
    const cur = await readState(db.meta);
    if (!cur || cur.version !== version || cur.cursor !== cursor) return cur;
    if (orphans.length) await db.articleFeatures.bulkDelete(orphans);
    // Finished: every claim there is now has a current row.
    const s = { ...cur, done: articleKeys.length, total: articleKeys.length, finished: true, prepared: (cur.prepared ?? 0) + prepared, updatedAt: Date.now() };
    await writeState(db.meta, s);
    return s;
  });
}

/**
 * How many earlier versions the chain remembers, each as the names its change touched (~9 per 50-article import
 * message at 100k claims). 8 full states used to be kept, and the bench's 100k-claim import (150 messages, 114
 * versions) left most candidates of a page with rows of a forgotten version, prepared on the fly: 728 of 825 on a
 * cold 2,000-word page right after it, 246 with the chain (those a later change names), 0 once the migration is through.
 */
const PRIOR_LIMIT = 256;

/** Meta row holding the alias groups of recent features versions (apart from the state row, which each batch rewrites). */
export const FEATURES_ALIASES_META_KEY = 'claimFeaturesAliases';

/** Reads the remembered versions' alias chain; null when none or unreadable. */
async function readAliases(meta: EntityTable<MetaRow, 'key'>): Promise<AliasChain | null> {
  return parseAliases((await meta.get(FEATURES_ALIASES_META_KEY))?.value);
}

/**
 * Remembers the alias groups `version` stands for (the current ones), with the earlier versions of the same code whose
 * rows may still be stored: those remembered, and those this process computed (an import writes rows under the groups
 * in force meanwhile). A row of an unknown version is prepared again.
 */
async function rememberAliases(meta: EntityTable<MetaRow, 'key'>, version: string): Promise<void> {
  await meta.put(rememberedAliasesRow(await readAliases(meta), version));
}

/** The meta row {@link rememberAliases} writes, from the row's chain as read (`stored`). */
function rememberedAliasesRow(stored: AliasChain | null, version: string): MetaRow {
  return { key: FEATURES_ALIASES_META_KEY, value: JSON.stringify(nextAliasChain(stored, version, PRIOR_LIMIT)) };
}

/**
 * For each earlier features version, what changed in the alias groups since, to the current `version` (see
 * engine/claim-features.ts `aliasChanges`), from the meta row {@link FEATURES_ALIASES_META_KEY}'s value: what a page
 * match needs to use rows an import left of an earlier alias state while the background migration has not re-stamped
 * them (adoptClaimFeatures).
 */
export function rememberedAliasChanges(value: string | undefined, version: string): (v: string) => AliasChange | null {
  return aliasChanges(parseAliases(value), version);
}

/**
 * The remembered chain from the meta row's value; null when unreadable. A row of the earlier form (a list of full
 * states, newest first) reads as a chain whose steps are each state's change to the newest.
 */
function parseAliases(value: string | undefined): AliasChain | null {
  try {
    const parsed = value ? (JSON.parse(value) as unknown) : null;
    if (Array.isArray(parsed)) {
      const list = parsed as { version: string; aliases: AliasGroup[] }[];
      const [newest, ...rest] = list;
      return newest ? { version: newest.version, aliases: newest.aliases, steps: rest.map((p) => ({ version: p.version, ...aliasChangeNames(p.aliases, newest.aliases) })) } : null;
    }
    const chain = parsed as AliasChain | null;
    return chain && typeof chain.version === 'string' && Array.isArray(chain.aliases) && Array.isArray(chain.steps) ? chain : null;
  } catch {
    return null;
  }
}

/**
 * Puts the alias groups of `topics` (every topic of the corpus, in any order) in force, as page matching puts the
 * stored topics' groups: in key order, as they read back (utils/topic-head.ts), since the groups' order is part of
 * the features version. An import puts the stored topics' groups in force before it prepares a batch's features, so
 * only what the batch itself changes is prepared again (see {@link batchFeaturesAfterTopics}).
 */
export function useTopicAliases(topics: readonly Topic[]): void {
  const byKey = [...topics].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  useCorpusAliases(new Map(byKey.map((t) => [t.id, t])));
}

/**
 * An import batch's features rows brought to the version its topic update leaves (issue 10, "prepare once"). The rows
 * were prepared before the batch's transaction, under the stored topics' alias groups; the batch's new topics and
 * aliases move the version, so as written they were stale the moment they were stored (0 of 7,590 current after a
 * 500-article batch), and the next wake's migration rewrote every one of them. Puts `topics`' groups in force (as the
 * next page match would) and re-stamps each row the change does not touch. The few whose claims name a changed
 * surface (2-5 % of a 500-article batch) are left for the background migration to prepare: preparing them here would
 * hold the batch's transaction ~0.2-0.4 s longer. Also returns the remembered-groups meta row with this version added
 * (`aliasesValue`: that row's value as read in the batch), so a worker stopped before the next batch still re-stamps
 * these rows instead of preparing them again.
 */
export function batchFeaturesAfterTopics(
  claims: readonly Claim[],
  rows: readonly ClaimFeaturesRow[],
  topics: readonly Topic[],
  aliasesValue: string | undefined,
): { rows: ClaimFeaturesRow[]; left: number; aliasesRow: MetaRow | null } {
  useTopicAliases(topics);
  const version = claimFeaturesVersion();
  if (rows.every((r) => r.v === version)) return { rows: [...rows], left: 0, aliasesRow: null };
  const stored = parseAliases(aliasesValue);
  const changeOf = aliasChanges(stored, version);
  let left = 0;
  const out = rows.map((r, i) => {
    const needs = rowNeeds(claims[i]!, r, version, changeOf);
    if (needs === 'prepare') left++;
    return needs === 'stamp' ? { ...r, v: version } : r;
  });
  return { rows: out, left, aliasesRow: rememberedAliasesRow(stored, version) };
}

/**
 * The article rows that bring `claims` (every claim of each article they name) to `version`: an article's row is
 * rewritten when a claim of it needs a row (see {@link rowNeeds}) or the stored row holds another set of claims.
 * `have`: the articles' stored rows, as read. Returns the rows to write and how many claims were prepared.
 */
function refreshArticles(
  claims: readonly Claim[],
  have: readonly (ArticleFeaturesRow | undefined)[],
  version: string,
  changeOf: (v: string) => AliasChange | null,
): { rows: ArticleFeaturesRow[]; prepared: number } {
  const stored = claimRowsOf(have);
  const storedOf = new Map(have.filter((a): a is ArticleFeaturesRow => !!a).map((a) => [a.id, a]));
  const refreshed = refreshRows(claims, claims.map((c) => stored.get(c.id)), version, changeOf);
  const changed = new Map(refreshed.rows.map((r) => [r.id, r]));
  const byArticle = new Map<string, Claim[]>();
  for (const c of claims) (byArticle.get(c.articleId) ?? byArticle.set(c.articleId, []).get(c.articleId)!).push(c);
  const rows: ArticleFeaturesRow[] = [];
  for (const [id, cs] of byArticle) {
    const row = storedOf.get(id);
    if (row && row.ids.length === cs.length && row.n === cs.length && cs.every((c) => !changed.has(c.id))) continue;
    rows.push(articleFeaturesRow(id, cs.map((c) => changed.get(c.id) ?? stored.get(c.id)!)));
  }
  return { rows, prepared: refreshed.prepared };
}

/**
 * The rows that bring `claims` to `version` (see {@link rowNeeds}). Returns the rows to write and how many claims
 * were prepared.
 */
function refreshRows(
  claims: readonly Claim[],
  have: readonly (ClaimFeaturesRow | undefined)[],
  version: string,
  changeOf: (v: string) => AliasChange | null,
): { rows: ClaimFeaturesRow[]; prepared: number } {
  const rows: ClaimFeaturesRow[] = [];
  const toPrepare: Claim[] = [];
  claims.forEach((c, i) => {
    const needs = rowNeeds(c, have[i], version, changeOf);
    if (needs === 'stamp') rows.push({ ...have[i]!, v: version });
    else if (needs === 'prepare') toPrepare.push(c);
  });
  rows.push(...prepareClaimFeatures(toPrepare));
  return { rows, prepared: toPrepare.length };
}
