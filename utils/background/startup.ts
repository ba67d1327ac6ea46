/**
 * What a starting service worker does with its database before answering, split in two so a page match does not
 * wait for work it does not need (issue 10, cold badge):
 * - `seeded`: the seed pack is in, the stamp belongs to the corpus version and the stored match index exists — cheap
 *   `meta` reads on an ordinary wake. Page matches (and other read-only questions) wait for this only. Topics may
 *   still be stale (an update of the topic code, an interrupted write): pages are matched with the stored ones.
 * - `checked`: a re-mine of stale topics, in slices that give way to page matches and searches; then the row counts
 *   against the last write's stamp (`checkConsistency`: at 100k claims two counts cost ~600 ms) and any repair they
 *   call for. Started once the first page match is answered (or after `idleMs` when no match comes — `idleMs` after
 *   the last popup search, while a reader is typing — or at once when a message that writes the corpus asks for it);
 *   writers, feeds and the features migration wait for it, so no write re-stamps the counts before they are compared.
 * A repair that changes the corpus bumps the corpus version, so the matcher and search re-read what moved.
 */
import type { ClaimLensDb } from '../db';
import { checkConsistency, finishSeedInstall, fullCheckReason, installSeedPack, recomputeTopics, seedPackKey, type ConsistencyReport, type RemineOptions } from '../corpus';
import { nextTask } from '../engine/steps';
import { readMatchIndexInfo } from '../index-store';
import { ensureTopicHead } from '../topic-head';
import type { CorpusPack } from '../engine/types';
import { markStartup } from './startup-timings';

/** The two start-up stages and the hooks that tell the deferred check when the worker is free. */
export interface CorpusStartup {
  /** Seeds in, topics fresh, match index present: what a page match waits for. */
  seeded: Promise<void>;
  /** `seeded`, then the counts check and its repairs (and a missing topic head written): what corpus writes wait for. */
  checked: Promise<void>;
  /** The consistency report of this start (null until `checked`; also null when the start itself failed). */
  report(): ConsistencyReport | null;
  /** True when this start (re)installed the seed pack (an install/update need not load it again). */
  loadedAtStart(): boolean;
  /** A page match began / ended: the deferred check waits until none is running. */
  matchBegan(): void;
  matchEnded(): void;
  /**
   * A popup search began / ended: unless a match or a writer already asked for the check, it waits until `idleMs`
   * after the last search — a search asked while the counts run queued ~250-600 ms behind them at 100k claims (the
   * first keystrokes of a popup that woke the worker).
   */
  searchBegan(): void;
  searchEnded(): void;
  /** A message needs the checked corpus: start the deferred check now (once no match is running). */
  checkNow(): void;
}

/** Options for {@link startCorpus}. */
export interface StartupOptions {
  /** With no page match, the deferred check starts this long after `seeded` (ms). */
  idleMs?: number;
  log?: (line: string) => void;
  /**
   * How a re-mine that runs after `seeded` is sliced (corpus.ts `RemineOptions`). Default: each pause lets queued
   * events run, then waits until no page match or popup search is running (`matchBegan`/`searchBegan` … ended). Not
   * writers: they wait for `checked`, so waiting for them would wait for itself.
   */
  remine?: RemineOptions;
}

/** Starts the database side of a waking worker (see the module comment). */
export function startCorpus(db: ClaimLensDb, loadSeedPack: () => Promise<CorpusPack>, opts: StartupOptions = {}): CorpusStartup {
  const log = opts.log ?? ((line: string) => console.info(line));
  let loaded = false;
  let report: ConsistencyReport | null = null;
  // Whether the gate below already ran the full check (a stale or damaged store): then nothing is deferred.
  let checkedEarly = false;

  const remine: RemineOptions = {
    pause: async () => {
      await nextTask();
      while (running > 0) await new Promise<void>((resolve) => readersDone.push(resolve));
    },
    ...opts.remine,
  };
  let pack: CorpusPack | null = null;
  // A topics-only re-mine (an update of the topic code, or topics an interrupted write left stale) runs after
  // `seeded`, in slices, while the stored topics and match index answer pages (issue 10: ~1 min at 100k claims that
  // every page opened meanwhile waited for).
  let seedInstallLeft = false;
  const seeded = (async () => {
    pack = await loadSeedPack();
    markStartup('seedPackRead');
    const [installed, indexInfo] = await Promise.all([db.meta.get('seedPack'), readMatchIndexInfo(db.meta)]);
    markStartup('dbOpen');
    if (installed?.value !== seedPackKey(pack)) {
      seedInstallLeft = !!(await installSeedPack(db, pack, { deferTopics: !!indexInfo })).topicsDeferred;
      loaded = true;
    }
    // A stamp that does not belong to the corpus version (or stale topics with no index to answer from): the full
    // check now, before any match — its counts are compared before a re-mine re-stamps them. Only stale topics: the
    // check (and its re-mine) after the first match, as a deferred seed install's.
    const reason = seedInstallLeft ? null : await fullCheckReason(db);
    if (reason === 'stamp' || (reason === 'stale' && !indexInfo)) {
      await runCheck(false);
      checkedEarly = true;
    }
    markStartup('topicsChecked');
    // A database from before the stored match index (db.ts version 3) gets it once, with its topics. The index read above
    // still holds unless a write came between (a seed install, the check's re-mine): an ordinary wake reads it once
    // (issue 10: the second read was ~30-90 ms of a cold page's wait at 100k claims).
    const info = loaded || checkedEarly ? await readMatchIndexInfo(db.meta) : indexInfo;
    if (!info) await recomputeTopics(db);
    markStartup('seeded');
  })().catch((err) => console.error('ClaimLens: could not load the seed corpus', err));

  /**
   * Counts vs the last write's stamp; repairs derived state a stopped worker left behind (issue 11). `sliced`: its
   * re-mine, if any, gives way to pages — only after `seeded`: before it, the pages in flight wait for this very check.
   */
  async function runCheck(sliced: boolean): Promise<void> {
    report = await checkConsistency(db, { ...(sliced ? remine : {}), knownTopics: pack?.topics });
    if (!report.clean) log(`ClaimLens: consistency check on start repaired: ${report.repairs.join('; ')}`);
    markStartup('consistency');
  }

  // The deferred check runs when the worker is free: no match running, and either a match was answered, `idleMs`
  // passed, or a writer asked for it.
  let running = 0;
  // A re-mine's pauses waiting for the page matches and searches in flight to end.
  let readersDone: (() => void)[] = [];
  const readerEnded = () => {
    if (running > 0) return;
    const go = readersDone;
    readersDone = [];
    for (const f of go) f();
  };
  let free = false;
  // A match answered or a writer asked: searches no longer put the check off.
  let asked = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let wake: (() => void) | null = null;
  const poke = () => {
    if (free && running === 0 && wake) {
      const go = wake;
      wake = null;
      go();
    }
  };
  const release = () => {
    free = true;
    poke();
  };
  const ask = () => {
    asked = true;
    release();
  };
  const idle = () => {
    clearTimeout(timer);
    timer = setTimeout(release, opts.idleMs ?? 1000);
  };
  const checked = seeded.then(async () => {
    if (checkedEarly) return;
    await new Promise<void>((resolve) => {
      wake = resolve;
      idle();
      poke();
    });
    if (seedInstallLeft && pack) {
      await finishSeedInstall(db, pack, remine);
      markStartup('seedRemined');
    }
    await runCheck(true);
  })
    // The packed topic head, if a write went around the topic writers (never on an ordinary wake: one get).
    .then(() => ensureTopicHead(db))
    .then((wrote) => {
      if (wrote) log('ClaimLens: the topic head was missing: written from the topics table');
    })
    .catch((err) => console.error('ClaimLens: the start-up consistency check failed', err));

  return {
    seeded,
    checked,
    report: () => report,
    loadedAtStart: () => loaded,
    matchBegan: () => void running++,
    matchEnded: () => {
      running = Math.max(0, running - 1);
      readerEnded();
      ask();
    },
    searchBegan: () => void running++,
    searchEnded: () => {
      running = Math.max(0, running - 1);
      readerEnded();
      if (asked || !wake) return poke();
      // Not started, nobody asked: the idle wait starts again from this search.
      free = false;
      idle();
    },
    checkNow: ask,
  };
}
