/**
 * The toolbar popup end to end, in the built extension (popup.html opened in a 400-px tab): a misspelt search
 * finds the seed claim with its words marked, a filter narrows it, arrows move the active result, Enter opens
 * the reader at that claim; a typo beyond tolerance offers a correction; Esc clears; "This page" lists the
 * topics of an article open in another tab. Screenshots in light and dark.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchExtension,
  openExtensionPage,
  openFixturePage,
  requestFromExtensionPage,
  screenshot,
  setColorScheme,
  waitUntil,
  type ExtensionSession,
} from './harness';

const POPUP = { width: 400, height: 580 };
let s: ExtensionSession;
let page: Page;
/** Console and page errors of each popup page the tests opened (live arrays). */
const errors: string[][] = [];

const input = () => page.getByRole('combobox', { name: 'Search claims in your library' });
const options = () => page.getByRole('listbox', { name: 'Matching claims' }).getByRole('option');
/** Clears the box and types like a person (results update as you type). */
const typeQuery = async (text: string) => {
  await input().fill('');
  await input().pressSequentially(text, { delay: 25 });
};

beforeAll(async () => {
  s = await launchExtension();
  const popup = await openExtensionPage(s, 'popup.html', { viewport: POPUP });
  page = popup.page;
  errors.push(popup.errors);
  await waitUntil(async () => (await requestFromExtensionPage(page, 'corpus.stats', {})).articles === 5, 'the five seeds are loaded');
  await page.reload(); // the footer counts what was there at open
});

afterAll(async () => {
  await s?.close();
});

describe('popup search', () => {
  it('opens focused on the search box, with the library size in the footer', async () => {
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await expect.poll(() => page.locator('.cl-p-footer').innerText()).toMatch(/5 articles · 5 outlets · \d+ claims/);
  });

  it('finds the Grynkewich resurgence claim from a misspelt query, words marked', async () => {
    await typeQuery('grynkewitch resurgance');
    const first = options().first();
    await expect.poll(() => first.innerText(), { timeout: 10_000 }).toMatch(/resurgence/);
    expect(await first.innerText()).toContain('Grynkewich');
    const marks = await first.locator('mark').allInnerTexts();
    expect(marks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['resurgence', 'grynkewich']));
    expect(await input().getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    await expect.poll(() => page.locator('.cl-p-count').innerText()).toMatch(/\d+ claims?/);
    await setColorScheme(page, 'light');
    await screenshot(page, 'popup-search.png');
    await setColorScheme(page, 'dark');
    await screenshot(page, 'popup-search-dark.png');
    await setColorScheme(page, 'light');
  });

  it('narrows with a filter and moves the active result with the arrows', async () => {
    await page.getByRole('button', { name: /Filters/ }).click();
    const outlet = page.getByLabel('Outlet');
    await expect.poll(() => outlet.locator('option').count()).toBeGreaterThan(2);
    const diyaruna = await outlet.locator('option', { hasText: 'Diyaruna' }).getAttribute('value');
    await outlet.selectOption(diyaruna!);
    await expect.poll(() => page.locator('.cl-p-badge').innerText()).toBe('1');
    await expect.poll(async () => (await page.locator('.cl-p-result .cl-p-outlet').allInnerTexts()).every((o) => o.includes('Diyaruna'))).toBe(true);
    await page.getByRole('button', { name: 'Statement' }).click();
    await expect.poll(async () => (await page.locator('.cl-p-result .cl-p-kind').allInnerTexts()).every((k) => k.toLowerCase() === 'statement')).toBe(true);
    await expect.poll(() => options().first().innerText()).toMatch(/resurgence/);
    await screenshot(page, 'popup-filters.png');

    await input().focus();
    const firstId = await options().first().getAttribute('id');
    if ((await options().count()) > 1) {
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => input().getAttribute('aria-activedescendant')).not.toBe(firstId);
      await page.keyboard.press('ArrowUp');
    }
    await expect.poll(() => input().getAttribute('aria-activedescendant')).toBe(firstId);
    expect(await options().first().getAttribute('aria-selected')).toBe('true');
  });

  it('Enter opens the reader at the active claim', async () => {
    const text = await options().first().locator('.cl-p-claim').innerText();
    const opened = s.context.waitForEvent('page');
    // The popup closes itself once the reader tab is open, possibly before the key press call returns.
    await input()
      .press('Enter')
      .catch((err: unknown) => {
        if (!page.isClosed()) throw err;
      });
    const reader = await opened;
    await reader.waitForLoadState('load');
    const url = new URL(reader.url());
    expect(url.pathname).toBe('/reader.html');
    expect(url.searchParams.get('article')).toBeTruthy();
    expect(url.searchParams.get('claim')).toMatch(new RegExp(`^${url.searchParams.get('article')}:`));
    await expect.poll(() => reader.locator('body').innerText(), { timeout: 15_000 }).toContain(text.slice(0, 40));
    await reader.close();
  });

  it('suggests a correction for a typo beyond tolerance; Esc clears the query', async () => {
    const second = await openExtensionPage(s, 'popup.html', { viewport: POPUP });
    page = second.page;
    errors.push(second.errors);
    await typeQuery('grynkewitz');
    const suggestion = page.getByRole('button', { name: 'grynkewich' });
    await suggestion.waitFor({ timeout: 10_000 });
    expect(await page.locator('.cl-p-empty').innerText()).toMatch(/No claims match “grynkewitz”/);
    await screenshot(page, 'popup-no-results.png');
    await suggestion.click();
    await expect.poll(() => input().inputValue()).toBe('grynkewich');
    await expect.poll(() => options().first().innerText()).toContain('Grynkewich');
    await input().press('Escape');
    await expect.poll(() => input().inputValue()).toBe('');
    await expect.poll(() => options().count()).toBe(0);
  });

  it('shows the topics of the article in the active tab under "This page"', async () => {
    const { page: article } = await openFixturePage(s, 'seed-subject-article.html');
    // The popup reads the active tab: bring the article to the front, then (re)load the popup beside it.
    await article.bringToFront();
    await waitUntil(async () => (await requestFromExtensionPage(page, 'tab.match', { tabId: await activeTabId() }))?.topics.length, 'the article was matched', 20_000);
    await page.reload();
    const topics = page.locator('.cl-p-topic-row');
    await expect.poll(() => topics.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.cl-p-page').innerText()).toMatch(/ISIS/);
    await screenshot(page, 'popup-this-page.png');
    await setColorScheme(page, 'dark');
    await screenshot(page, 'popup-this-page-dark.png');
    await setColorScheme(page, 'light');
    await article.close();
  });

  it('"Import this page" stores the article open in the active tab, once', async () => {
    const { page: article } = await openFixturePage(s, 'seed-subject-dark.html');
    await article.bringToFront();
    await page.reload();
    const button = page.getByRole('button', { name: 'Import this page' });
    await expect.poll(() => button.count(), { timeout: 10_000 }).toBe(1);
    await button.click();
    const outcome = page.locator('.cl-p-import-outcome');
    await expect.poll(() => outcome.getAttribute('class'), { timeout: 20_000 }).toMatch(/--imported/);
    const stats = await requestFromExtensionPage(page, 'corpus.stats', {});
    expect(stats).toMatchObject({ seedArticles: 5, importedArticles: 1 });
    const list = await requestFromExtensionPage(page, 'article.list', {});
    const imported = list.find((a) => a.source === 'import')!;
    expect(imported.url).toContain('seed-subject-dark.html');
    expect(imported.claimCount).toBeGreaterThan(3);
    // The page's text was imported, not its markup.
    const view = await requestFromExtensionPage(page, 'article.get', { id: imported.id });
    expect(view?.article.body).not.toMatch(/<\/?(p|div|script|span)\b/i);
    // A second import of the same page is reported as a duplicate, not stored twice.
    const again = await requestFromExtensionPage(page, 'tab.import', { tabId: await activeTabId() });
    expect(again.status).toBe('duplicate');
    expect((await requestFromExtensionPage(page, 'corpus.stats', {})).importedArticles).toBe(1);
    await article.close();
  });

  it('logged no errors', () => {
    expect(errors.flat()).toEqual([]);
  });
});

/** Id of the active tab of the current window, asked from the popup page. */
async function activeTabId(): Promise<number> {
  return page.evaluate(async () => {
    const tabs = await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } }).chrome.tabs.query({
      active: true,
      lastFocusedWindow: true,
    });
    return tabs[0].id;
  });
}
