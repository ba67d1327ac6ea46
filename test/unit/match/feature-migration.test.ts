/**
 * The background side of the prepared-features migration: it runs on start and sets an alarm that wakes a stopped
 * worker to resume; and start-up waits — only messages that read the stance models wait for their weights.
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDb } from '@/utils/db';
import { installSeedPack } from '@/utils/corpus';
import { FEATURES_ALARM, startFeatureMigration } from '@/utils/background/feature-migration';
import { FEATURES_META_KEY, featureProgress } from '@/utils/claim-features-store';
import { claimFeaturesVersion } from '@/utils/engine/claim-features';
import { startupWait } from '@/utils/background/router';
import { seedPack } from './fixture-corpus';
import { featureRows } from '../feature-rows';

describe('feature migration in the background', () => {
  it('runs after start-up, keeps an alarm while unfinished, and clears it when every claim is done', async () => {
    const db = createDb('test-feature-migration-bg');
    await installSeedPack(db, seedPack());
    await featureRows(db).modify({ v: 'engine-before' });
    await db.meta.delete(FEATURES_META_KEY);
    let release!: () => void;
    const ready = new Promise<void>((r) => (release = r));
    const created: string[] = [];
    const alarms = {
      create: async (name: string, info: { periodInMinutes?: number; delayInMinutes?: number }) => {
        created.push(name);
        await fakeBrowser.alarms.create(name, info as Parameters<typeof fakeBrowser.alarms.create>[1]);
      },
      clear: (name: string) => fakeBrowser.alarms.clear(name),
      onAlarm: fakeBrowser.alarms.onAlarm,
    };
    const run = startFeatureMigration(db, ready, alarms);
    // Nothing before the start-up work is done.
    await new Promise((r) => setTimeout(r, 20));
    expect((await featureProgress(db)).done).toBe(0);
    release();
    const done = await run.resume();
    expect(done).toMatchObject({ finished: true, done: await db.claims.count() });
    expect(created).toEqual([FEATURES_ALARM]);
    expect(await fakeBrowser.alarms.get(FEATURES_ALARM)).toBeUndefined();
    expect(await featureRows(db).current(claimFeaturesVersion())).toBe(await db.claims.count());
  });

  it('an alarm on a woken worker resumes an unfinished migration', async () => {
    const db = createDb('test-feature-migration-alarm');
    await installSeedPack(db, seedPack());
    await featureRows(db).modify({ v: 'engine-before' });
    await db.meta.delete(FEATURES_META_KEY);
    const run = startFeatureMigration(db, Promise.resolve(), fakeBrowser.alarms as never);
    await run.resume();
    await featureRows(db).modify({ v: 'engine-before' });
    await db.meta.delete(FEATURES_META_KEY);
    await fakeBrowser.alarms.onAlarm.trigger({ name: FEATURES_ALARM, scheduledTime: Date.now(), persistAcrossSessions: false } as never);
    const end = Date.now() + 5000;
    while (!(await featureProgress(db)).finished && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
    expect(await featureProgress(db)).toMatchObject({ finished: true });
  });
});

describe('start-up waits', () => {
  const never = new Promise<void>(() => {});
  const settled = async (p: Promise<unknown>) => Promise.race([p.then(() => true), new Promise((r) => setTimeout(() => r(false), 30))]);

  it('a popup search or the settings wait for the seeds only, a page match for the stance weights too', async () => {
    const ready = { seeded: Promise.resolve(), stance: never };
    expect(await settled(startupWait('search.query', ready))).toBe(true);
    expect(await settled(startupWait('outlet.list', ready))).toBe(true);
    expect(await settled(startupWait('features.progress', ready))).toBe(true);
    expect(await settled(startupWait('page.match', ready))).toBe(false);
    expect(await settled(startupWait('article.get', ready))).toBe(false);
    expect(await settled(startupWait('search.query', { seeded: never, stance: Promise.resolve() }))).toBe(false);
  });
});
