/**
 * The reader and the options page in a 400 px window (a phone-width side window): the selected claim's
 * contrasts stay in view (the panel is a sheet pinned to the window's bottom), selecting another claim far
 * down the article shows its contrasts at once, and the options navigation fits the width. Screenshots of
 * the reader at 400 px, light and dark, in test-results/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { RESULTS_DIR, launchExtension, openExtensionPage, requestFromExtensionPage, setColorScheme, type ExtensionSession } from './harness';

const NARROW = { width: 400, height: 800 };

/** True when the element's box overlaps the viewport by at least `min` px vertically. */
function inView(page: Page, selector: string, min = 60): Promise<boolean> {
  return page.evaluate(
    ([sel, m]) => {
      const el = document.querySelector(sel);
      if (!el) return false;
      const r = el.getBoundingClientRect();
      return Math.min(r.bottom, innerHeight) - Math.max(r.top, 0) >= m;
    },
    [selector, min] as const,
  );
}

describe('reader and options at 400 px', () => {
  let s: ExtensionSession;

  beforeAll(async () => {
    s = await launchExtension();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('keeps the selected claim’s contrasts in view, also after selecting a claim far down the article', async () => {
    const { page: probe } = await openExtensionPage(s, 'options.html');
    const list = await requestFromExtensionPage(probe, 'article.list', {});
    // The stored article with the most claims that have contrasts, and two such claims far apart.
    let best: { id: string; claims: string[] } | null = null;
    for (const a of list) {
      const view = (await requestFromExtensionPage(probe, 'article.get', { id: a.id }))!;
      const withContrasts = view.claims
        .filter((c) => {
          const g = view.contrasts[c.id];
          return g && g.disputes.length + g.agrees.length + g.related.length > 0;
        })
        .map((c) => c.id);
      if (!best || withContrasts.length > best.claims.length) best = { id: a.id, claims: withContrasts };
    }
    await probe.close();
    expect(best!.claims.length).toBeGreaterThan(3);
    const [first, last] = [best!.claims[0]!, best!.claims[best!.claims.length - 1]!];

    const { page, errors } = await openExtensionPage(s, `reader.html?article=${encodeURIComponent(best!.id)}&claim=${encodeURIComponent(first)}`, {
      viewport: NARROW,
    });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expect.poll(() => page.locator('mark[aria-pressed="true"]').count()).toBeGreaterThan(0);
    const panel = page.getByRole('complementary', { name: 'Claim contrasts' });
    const firstGroupItem = '.cl-r-panel .cl-item';
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'reader-400-light.png') });
    await expect.poll(() => inView(page, firstGroupItem)).toBe(true);
    expect(await inView(page, `mark[data-claim="${first}"]`, 10)).toBe(true);
    // Nothing wider than the window.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(NARROW.width);

    // A claim far down the article: clicking it shows its contrasts without any scrolling by the reader.
    const far = page.locator(`mark[data-claim="${last}"]`).first();
    await far.scrollIntoViewIfNeeded();
    const scrollBefore = await page.evaluate(() => scrollY);
    expect(scrollBefore).toBeGreaterThan(1000);
    await far.click();
    await expect.poll(() => far.getAttribute('aria-pressed')).toBe('true');
    const quote = (await panel.locator('blockquote').first().innerText()).replace(/\s+/g, ' ').slice(0, 40);
    expect((await far.innerText()).replace(/\s+/g, ' ')).toContain(quote.replace(/^[“"]/, '').slice(0, 30));
    await expect.poll(() => inView(page, firstGroupItem)).toBe(true);
    expect(await inView(page, `mark[data-claim="${last}"]`, 10), 'the clicked claim is not hidden under the sheet').toBe(true);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'reader-400-far-claim.png') });

    await setColorScheme(page, 'dark');
    await page.screenshot({ path: path.join(RESULTS_DIR, 'reader-400-dark.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the options navigation fits a 400 px window', async () => {
    const { page, errors } = await openExtensionPage(s, 'options.html', { viewport: NARROW });
    await expect.poll(() => page.locator('.op-nav-link').count()).toBeGreaterThan(2);
    const widths = await page.evaluate(() => {
      const nav = document.querySelector('.op-nav-inner') as HTMLElement;
      const links = [...document.querySelectorAll('.op-nav-link')].map((a) => a.getBoundingClientRect().right);
      return { page: document.documentElement.scrollWidth, nav: nav.scrollWidth, navClient: nav.clientWidth, rightmost: Math.max(...links) };
    });
    expect(widths.page).toBeLessThanOrEqual(NARROW.width);
    expect(widths.nav).toBeLessThanOrEqual(widths.navClient);
    expect(widths.rightmost).toBeLessThanOrEqual(NARROW.width);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'options-400.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});
