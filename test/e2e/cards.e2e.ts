/**
 * The card's new content in real Chromium: the second-subject corpus (test/fixtures/subjects/refinery-blast) is
 * imported through the protocol as the options page would, then its page is opened from 127.0.0.1. The card shows
 * the page's own date, the "Reports differ" headline for the two death tolls of the one explosion, the page
 * sentence each item answers, and "said 9 years before this article" on the 2016 claim. The seed-subject card shows
 * its page date and the troop figures over time. A stadium-sale page that denies a sale shows the outlet stating it
 * under disputes, with what the page denies. Screenshots of the cards, light and dark, go to test-results/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { card, focusedInOverlay, overlay, pill, settleOverlay, waitForCardItems } from './overlay-driver';
import { RESULTS_DIR, ROOT, importFixtureFiles, launchExtension, openFixturePage, waitUntil, type ExtensionSession } from './harness';

const ARTICLES = path.join(ROOT, 'test/fixtures/subjects/refinery-blast/articles');
/** The stadium-sale outlets that state and relay the sale (the page denies it). */
const STADIUM = ['harbour-gazette-2026-04-10.txt', 'ashford-echo-2026-04-11.txt'].map((f) => path.join(ROOT, 'test/fixtures/subjects/stadium-sale/articles', f));
// The overlay lives in a closed shadow root: read and drive it through the overlay driver (trusted input only).

/** Opens the pill's topic whose accessible name matches `label` (Enter on the pill, arrows, Enter). */
async function openTopic(page: Page, label: RegExp): Promise<string> {
  await waitUntil(async () => (await pill(page).count()) === 1, 'the pill');
  await pill(page).focus();
  if ((await pill(page).getAttribute('aria-expanded')) !== 'true') await page.keyboard.press('Enter');
  const items = await overlay(page).locator('[data-cl-item]').count();
  for (let i = 0; i < items; i++) {
    await page.keyboard.press('ArrowDown');
    const name = (await focusedInOverlay(page, 'aria-label')) ?? '';
    if (label.test(name)) {
      await page.keyboard.press('Enter');
      await expect.poll(() => card(page).count()).toBe(1);
      await expect.poll(() => overlay(page).locator('.clx-card-wrap[data-placed]').count()).toBe(1);
      await waitForCardItems(page);
      return name;
    }
  }
  throw new Error(`no topic matching ${label} in the pill`);
}

async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  await settleOverlay(page);
  await page.screenshot({ path: path.join(RESULTS_DIR, name), animations: 'disabled' });
}

/** Every "Show N more" clicked, so all items are in the DOM. */
async function expandAll(page: Page): Promise<void> {
  for (let more = card(page).getByRole('button', { name: /^Show \d+ more$/ }); (await more.count()) > 0; ) await more.first().click();
}

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
  const files = [...fs.readdirSync(ARTICLES).sort().map((f) => path.join(ARTICLES, f)), ...STADIUM];
  expect(await importFixtureFiles(s, files)).toEqual(files.map(() => 'imported'));
}, 120_000);
afterAll(async () => {
  await s?.close();
});

describe('card content on the second-subject page', () => {
  it("shows the page's date, the differing tolls of one event, the sentences items answer, and the gap of a 2016 claim", async () => {
    const { page, errors } = await openFixturePage(s, 'refinery-blast-article.html');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openTopic(page, /^refinery — /i);
    const c = card(page);
    await expect.poll(() => c.locator('.cl-sub-date').innerText()).toBe('This article: 13 Mar 2025');
    const headline = c.getByRole('region', { name: 'Reports differ' });
    expect(await headline.locator('strong').allInnerTexts()).toEqual(['12', '35']);
    expect(await headline.innerText()).toMatch(/workers killed in Port Halden/);
    await shot(page, 'cards-second-subject-light.png');

    await expandAll(page);
    // A button once the overlay wires onShowSentence (scroll), plain text until then: the sentence is shown either way.
    const answers = await c.locator('.cl-answers q').allInnerTexts();
    expect(answers.some((t) => t.includes('The refinery will remain closed for at least six months'))).toBe(true);
    expect(await c.locator('.cl-when').allInnerTexts()).toContain('said 9 years before this article');
    // The 2016 claim is context, not an agreement: it sits in "Adds context".
    const old = c.locator('.cl-item').filter({ hasText: 'said 9 years before this article' });
    const oldClasses = await old.evaluateAll((els) => els.map((el) => el.className));
    expect(oldClasses.length).toBeGreaterThan(0);
    for (const cls of oldClasses) expect(cls).toContain('cl-item--related');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the same card on a dark site', async () => {
    const { page, errors } = await openFixturePage(s, 'refinery-blast-dark.html');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openTopic(page, /^refinery — /i);
    expect(await card(page).getAttribute('data-theme')).toBe('dark');
    await expect.poll(() => card(page).locator('.cl-headline').count()).toBe(1);
    await shot(page, 'cards-second-subject-dark.png');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('card content on the seed-subject page', () => {
  it.each([
    ['seed-subject-article.html', 'cards-seed-subject-light.png', 'light', '12 Mar 2024'],
    ['seed-subject-dark.html', 'cards-seed-subject-dark.png', 'dark', '3 May 2024'],
  ])('%s: page date and troop figures over time', async (fixture, png, theme, date) => {
    const { page, errors } = await openFixturePage(s, fixture);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openTopic(page, /^ISIS — /);
    const c = card(page);
    expect(await c.getAttribute('data-theme')).toBe(theme);
    await expect.poll(() => c.locator('.cl-sub-date').innerText()).toBe(`This article: ${date}`);
    await shot(page, png);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a denial on the page (stadium sale)', () => {
  it.each([
    ['stadium-denial-article.html', 'cards-denial-light.png', 'light'],
    ['stadium-denial-dark.html', 'cards-denial-dark.png', 'dark'],
  ])('%s: the outlet that states the sale disputes the denial, and says what the page denies', async (fixture, png, theme) => {
    const { page, errors } = await openFixturePage(s, fixture);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openTopic(page, /^stadium — /i);
    const c = card(page);
    expect(await c.getAttribute('data-theme')).toBe(theme);
    // Disputes come first: the card as it opens shows the item.
    await expect.poll(() => c.locator('.cl-item--disputes .cl-why').count()).toBeGreaterThan(0);
    await shot(page, png);
    await expandAll(page);
    const sale = c.locator('.cl-item--disputes').filter({ hasText: 'has sold the naming rights to its stadium to Globex for £12 million' });
    await expect.poll(() => sale.count()).toBe(1);
    expect(await sale.locator('.cl-why').innerText()).toBe('This page denies “it sold the naming rights to its stadium to Globex”');
    expect(await sale.locator('.cl-answers q').innerText()).toContain('Ashford United has denied reports');
    // The radio stations' claim is relayed, not stated: no dispute.
    expect(await c.locator('.cl-item--disputes').filter({ hasText: 'Local radio stations have claimed' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
