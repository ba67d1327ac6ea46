/**
 * The options page's view of the prepared-features migration: "x of N claims" while it runs (polling the
 * background), one line when done — fed by the real `features.progress` handler over a fake-indexeddb database.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ClaimFeaturesStatus } from '@/components/options/ClaimFeaturesStatus';
import { cleanup, renderDom, until } from '../components/dom';
import { createDb } from '@/utils/db';
import { installSeedPack, recomputeTopics } from '@/utils/corpus';
import { createHandlers } from '@/utils/background/handlers';
import { FEATURES_META_KEY, migrateClaimFeatures } from '@/utils/claim-features-store';
import type { FeatureProgress } from '@/utils/claim-features-store';
import { seedPack } from '../match/fixture-corpus';
import { featureRows } from '../feature-rows';

let container: HTMLElement | null = null;
afterEach(() => {
  if (container) cleanup(container);
  container = null;
});

describe('claim features progress on the options page', () => {
  it('shows x of N claims while the migration runs, then that every claim is prepared', async () => {
    const db = createDb('test-features-status');
    await installSeedPack(db, seedPack());
    const total = await db.claims.count();
    // An engine update: every stored row is of an older version and no migration has run.
    await featureRows(db).modify({ v: 'engine-before' });
    await db.meta.delete(FEATURES_META_KEY);
    const handlers = createHandlers({ db } as never);
    const load = () => handlers['features.progress']({}, { kind: 'extension', url: 'chrome-extension://x/options.html', tabId: null }) as Promise<FeatureProgress>;

    container = renderDom(<ClaimFeaturesStatus load={load} pollMs={20} />);
    await until(() => !!container!.querySelector('[role="progressbar"]'));
    expect(container.textContent).toContain(`0 / ${total}`);

    // Two batches of about 10 (whole articles), as a worker that is then stopped would commit.
    let batches = 0;
    const part = await migrateClaimFeatures(db, { batchSize: 10, shouldContinue: () => batches < 2, afterBatch: () => void batches++ });
    expect(part.done).toBeGreaterThan(0);
    expect(part.done).toBeLessThan(total);
    await until(() => container!.textContent!.includes(`${part.done} / ${total}`));
    expect(container.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe(String(part.done));

    await migrateClaimFeatures(db, { batchSize: 10 });
    await until(() => container!.textContent!.includes('claims prepared'));
    expect(container.querySelector('[data-testid="features-status"]')?.textContent).toBe(`Matching data: all ${total} claims prepared for this engine version.`);
    expect(container.querySelector('[role="progressbar"]')).toBeNull();
  });

  it('shows a topic re-mine under way, step by step, above the features line, and nothing of it once done', async () => {
    const db = createDb('test-topics-status');
    await installSeedPack(db, seedPack());
    const handlers = createHandlers({ db } as never);
    const load = () => handlers['features.progress']({}, { kind: 'extension', url: 'chrome-extension://x/options.html', tabId: null }) as Promise<FeatureProgress>;
    container = renderDom(<ClaimFeaturesStatus load={load} pollMs={10} />);
    await until(() => !!container!.querySelector('[data-testid="features-status"]'));
    expect(container.querySelector('[data-testid="topics-status"]')).toBeNull();

    // Held at its first pause (while it finds topics) until released.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const remine = recomputeTopics(db, [], { sliceMs: 0, pause: () => gate });
    await until(() => !!container!.querySelector('[data-testid="topics-status"]'));
    const shown = container.querySelector('[data-testid="topics-status"]')!;
    expect(shown.textContent).toMatch(/^Updating topics: finding topics1 \/ 8Pages are matched with the previous topics meanwhile\.$/);
    expect(shown.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('1');
    // Its bar names its own label (two bars can show at once).
    const labelId = shown.querySelector('[role="progressbar"]')!.getAttribute('aria-labelledby')!;
    expect([...container.querySelectorAll('[id]')].find((e) => e.id === labelId)?.textContent).toMatch(/^Updating topics/);
    release();
    await remine;
    await until(() => !container!.querySelector('[data-testid="topics-status"]'));
    expect(container.querySelector('[data-testid="features-status"]')).not.toBeNull();
  });
});
