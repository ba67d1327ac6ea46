/**
 * Runs the prepared-features migration (utils/claim-features-store.ts) in the service worker: on start, and on an
 * alarm while it is unfinished — Chrome stops an idle worker after ~30 s, and the alarm wakes it to resume from the
 * last committed batch. Batches are small and the loop yields between them, so page matches and other messages are
 * answered meanwhile (a claim without current features is prepared on the fly).
 */
import type { ClaimLensDb } from '../db';
import { featureProgress, migrateClaimFeatures, type FeatureProgress } from '../claim-features-store';

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
}

/** Claims per committed batch: a few hundred ms of work, so a stopped worker loses little. */
const BATCH = 250;

/** Wires the runner: `ready` is the start-up work (seeds, consistency) that must come first. */
export function startFeatureMigration(db: ClaimLensDb, ready: Promise<unknown>, alarms: AlarmsLike): FeatureMigration {
  let running: Promise<FeatureProgress> | null = null;
  const resume = (): Promise<FeatureProgress> => {
    running ??= (async () => {
      await ready;
      const before = await featureProgress(db);
      if (before.finished) return before;
      // A stopped worker wakes within a minute to go on.
      await alarms.create(FEATURES_ALARM, { periodInMinutes: 1 });
      const done = await migrateClaimFeatures(db, {
        batchSize: BATCH,
        // A macrotask between batches: queued messages (a page match) run before the next batch.
        afterBatch: () => new Promise((r) => setTimeout(r, 0)),
      });
      if (done.finished) await alarms.clear(FEATURES_ALARM);
      return done;
    })().finally(() => {
      running = null;
    });
    return running;
  };
  alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FEATURES_ALARM) void resume().catch((err) => console.error('ClaimLens: claim features migration failed', err));
  });
  void resume().catch((err) => console.error('ClaimLens: claim features migration failed', err));
  return { resume, progress: () => featureProgress(db) };
}
