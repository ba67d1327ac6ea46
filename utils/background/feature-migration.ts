/**
 * Runs the prepared-features migration (utils/claim-features-store.ts) in the service worker: on start, and on an
 * alarm while it is unfinished — Chrome stops an idle worker after ~30 s, and the alarm wakes it to resume from the
 * last committed batch. Batches are small and the loop yields between them, so page matches and other messages are
 * answered meanwhile (a claim without current features is prepared on the fly).
 */
import type { ClaimLensDb } from '../db';
import { featureProgress, finishedFeatureState, migrateClaimFeatures, rememberFeaturesFinished, type FeatureProgress } from '../claim-features-store';
import type { ForegroundGate } from './foreground';
import type { MessageType } from '../messages';

/** The alarm that resumes an unfinished migration after the worker was stopped. */
export const FEATURES_ALARM = 'claimlens-claim-features';

/** Minimal alarm API (browser.alarms), so tests pass WXT's fake browser. */
export interface AlarmsLike {
  create(name: string, info: { periodInMinutes?: number; delayInMinutes?: number }): Promise<void> | void;
  clear(name: string): Promise<boolean> | Promise<void> | void;
  onAlarm: { addListener(cb: (alarm: { name: string }) => void): void };
}

/** The background's migration runner. */
export interface FeatureMigration {
  /** Starts (or joins) a run; resolves with the progress when it finishes or stops. */
  resume(): Promise<FeatureProgress>;
  progress(): Promise<FeatureProgress>;
  /**
   * Resumes once the corpus has been quiet for `delayMs` (calls within it move the start on): after an import, a re-mine
   * or a delete, whose topics may change the alias groups the features version hashes, so the rows stored before are
   * stale. Without it only the next wake resumed the run, and a worker kept awake by reading (a message every few
   * seconds) never woke: 309 of 10,102 claims current two minutes after a bench import, every page preparing the rest
   * on the fly (issue 10).
   */
  soon(delayMs?: number): void;
}

/** The quiet time {@link FeatureMigration.soon} waits for: a batched import sends its next batch well within it. */
const SOON_MS = 3000;

/** Messages whose work may change the topics' alias groups, and with them the features version. */
const CHANGES_FEATURES_VERSION: ReadonlySet<MessageType> = new Set<MessageType>([
  'corpus.import',
  'corpus.importPack',
  'corpus.importAnalysed',
  'corpus.reanalyse',
  'corpus.recomputeTopics',
  'corpus.reset',
  'article.delete',
  'article.restore',
]);

/** Whether the migration should resume after a message of this type ({@link FeatureMigration.soon}). */
export function changesFeatureVersion(type: MessageType): boolean {
  return CHANGES_FEATURES_VERSION.has(type);
}

/**
 * Claims per committed batch: ~1.65 ms of CPU per claim on the worker's one thread, so ~80 ms that a page match
 * arriving mid-batch waits at most; a stopped worker loses little.
 */
const BATCH = 50;

/** Options of {@link startFeatureMigration}. */
export interface FeatureMigrationOptions {
  /** Foreground requests in flight: no batch starts while one runs (nor within its quiet time after). */
  foreground?: ForegroundGate;
  /** Claims per batch (tests). */
  batchSize?: number;
  /** Wraps a run that no event waits on, so the worker is not stopped under it (utils/background/keep-alive.ts). */
  hold?: <T>(work: Promise<T>) => Promise<T>;
}

/** Wires the runner: `ready` is the start-up work (seeds, consistency) that must come first. */
export function startFeatureMigration(db: ClaimLensDb, ready: Promise<unknown>, alarms: AlarmsLike, opts: FeatureMigrationOptions = {}): FeatureMigration {
  let running: Promise<FeatureProgress> | null = null;
  const quiet = async () => {
    // A macrotask first, so queued messages are taken (and counted by the gate) before the gate is asked.
    await new Promise((r) => setTimeout(r, 0));
    await opts.foreground?.idle();
  };
  const hold = opts.hold ?? (<T>(work: Promise<T>) => work);
  const resume = (): Promise<FeatureProgress> => {
    running ??= hold((async () => {
      await ready;
      await quiet();
      // An ordinary wake: the state row says this version is done — no row counts (each wake would repeat them).
      const known = await finishedFeatureState(db);
      if (known) return known;
      const before = await featureProgress(db);
      if (before.finished) {
        // Done without a run of this version (a fresh install's seeds): remembered, so the next wake skips the counts.
        await rememberFeaturesFinished(db, before);
        return before;
      }
      // A stopped worker wakes within a minute to go on.
      await alarms.create(FEATURES_ALARM, { periodInMinutes: 1 });
      await quiet();
      const done = await migrateClaimFeatures(db, {
        batchSize: opts.batchSize ?? BATCH,
        // Between batches: queued messages (a page match, a search) are answered before the next batch, and the next
        // waits until no foreground request runs — its CPU and read-write transaction would delay them.
        afterBatch: quiet,
      });
      if (done.finished) await alarms.clear(FEATURES_ALARM);
      return done;
    })()).finally(() => {
      running = null;
    });
    return running;
  };
  let timer: ReturnType<typeof setTimeout> | null = null;
  const soon = (delayMs = SOON_MS): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      // A run under way may be of the version before the change: the next one starts after it (and finds whether the
      // current version is done).
      const before = running ?? Promise.resolve(null);
      void before
        .catch(() => null)
        .then(() => resume())
        .catch((err) => console.error('ClaimLens: claim features migration failed', err));
    }, delayMs);
  };
  alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FEATURES_ALARM) void resume().catch((err) => console.error('ClaimLens: claim features migration failed', err));
  });
  void resume().catch((err) => console.error('ClaimLens: claim features migration failed', err));
  return { resume, progress: () => featureProgress(db), soon };
}
