/**
 * Issue 11 end to end: export → reset → import of the export gives back exactly what the user made — an
 * edited seed article (title, outlet), an edited outlet (country), an import, mutes and settings — through
 * the options page's own buttons in real Chromium. Before the change the seeds came back as "duplicates
 * (unselected)" with their edits lost, and settings were not in the export at all.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeArticles } from '../unit/options/generate';
import { launchExtension, openExtensionPage, requestFromExtensionPage, waitUntil, type ChromeApi, type ExtensionSession } from './harness';

declare const chrome: ChromeApi;

let s: ExtensionSession;
let page: Page;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-backup-'));

beforeAll(async () => {
  s = await launchExtension();
  ({ page } = await openExtensionPage(s, 'options.html'));
  await waitUntil(async () => (await requestFromExtensionPage(page, 'corpus.stats', {})).articles === 5, 'seeds loaded');
});

afterAll(async () => {
  await s?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Articles and outlets as the user sees them (ids, titles, outlets, dates), sorted. */
async function state() {
  const articles = (await requestFromExtensionPage(page, 'article.list', {}))
    .map((a) => ({ id: a.id, title: a.title, outletName: a.outletName, published: a.published, source: a.source, claimCount: a.claimCount }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const outlets = (await requestFromExtensionPage(page, 'outlet.list', {}))
    .filter((o) => articles.some((a) => a.outletName === o.name))
    .sort((a, b) => a.id.localeCompare(b.id));
  const settings = ((await page.evaluate(() => chrome.storage.local.get('settings'))) as { settings?: unknown }).settings;
  return { articles, outlets, settings };
}

describe('backup round trip', () => {
  it('export → reset → import restores seed edits, outlet edits, imports, mutes and settings', async () => {
    const seed = (await requestFromExtensionPage(page, 'article.list', {})).find((a) => a.source === 'seed')!;
    await requestFromExtensionPage(page, 'article.update', { id: seed.id, patch: { title: 'My title for this seed', outletName: 'My Renamed Outlet' } });
    const outlet = (await requestFromExtensionPage(page, 'outlet.list', {})).find((o) => o.name !== 'My Renamed Outlet')!;
    await requestFromExtensionPage(page, 'outlet.update', { outlet: { ...outlet, country: { value: 'Iceland', source: 'my edit' } } });
    const [item] = makeArticles(1);
    const [imported] = await requestFromExtensionPage(page, 'corpus.import', { items: [item] });
    expect(imported.status).toBe('imported');
    await page.evaluate(() =>
      chrome.storage.local.set({
        settings: {
          pausedEverywhere: false,
          pausedSites: ['example.org'],
          sensitivity: 'high',
          highlightStyle: 'background',
          mutedTopics: ['topic-x'],
          mutedOutlets: ['outlet-y'],
        },
      }),
    );
    const before = await state();

    await page.evaluate(() => (location.hash = '#library'));
    const download = page.waitForEvent('download');
    await page.getByTestId('export-all').click();
    const file = path.join(tmp, (await download).suggestedFilename());
    await (await download).saveAs(file);
    const pack = JSON.parse(fs.readFileSync(file, 'utf8')) as { backup?: boolean; settings?: unknown };
    expect(pack.backup).toBe(true);
    expect(pack.settings).toEqual(before.settings);

    await page.getByTestId('reset-open').click();
    await page.getByRole('button', { name: 'Reset library' }).click();
    await waitUntil(async () => (await requestFromExtensionPage(page, 'corpus.stats', {})).articles === 5, 'reset to the seeds');
    await page.evaluate(() => chrome.storage.local.set({ settings: {} }));
    expect((await state()).articles.find((a) => a.id === seed.id)!.title).not.toBe('My title for this seed');

    await page.evaluate(() => (location.hash = '#import'));
    await page.getByTestId('file-input').setInputFiles(file);
    await page.getByTestId('import-preview').waitFor({ timeout: 60_000 });
    // Every row of the backup is selected: the seeds are not "duplicates (unselected)".
    const rows = page.getByTestId('preview-row');
    expect(await rows.count()).toBe(6);
    expect(await page.locator('[data-testid="preview-row"] input[type="checkbox"]:checked').count()).toBe(6);
    await page.getByTestId('commit-import').click();
    await page.getByTestId('import-report').waitFor({ timeout: 60_000 });

    const after = await state();
    expect(after.articles).toEqual(before.articles);
    expect(after.outlets).toEqual(before.outlets);
    expect(after.settings).toEqual(before.settings);
  });
});
