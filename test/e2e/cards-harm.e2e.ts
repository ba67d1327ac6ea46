/**
 * A toll answered both ways and a spill's counts on the card in real Chromium (issue 9; blind subject H of session 25,
 * rules of session 25). The river-spill corpus (test/fixtures/subjects/sallow-river-spill) is imported through the
 * protocol as the options page would, then the local paper's page is opened from 127.0.0.1: its "No workers were
 * injured" is disputed by the hospital's two workers treated, with both sides' words on the reason line, and the fish
 * killed make one row (3,000 · 7,400 · 20,000) without the 2021 spill's. Screenshots, light and dark, go to test-results/.
 */
import { describe, expect, it } from 'vitest';
import { openCardOn, shotCard, subjectSession } from './subject-card';

const session = subjectSession('sallow-river-spill');

describe('harm answered both ways on the river-spill page', () => {
  it.each([
    ['sallow-river-spill-article.html', 'cards-harm-light.png', 'light'],
    ['sallow-river-spill-dark.html', 'cards-harm-dark.png', 'dark'],
  ])('%s: the workers treated in hospital dispute "No workers were injured"; the fish killed are one row', async (fixture, png, theme) => {
    const { page, errors, card: c } = await openCardOn(session(), fixture, 'Pardee');
    expect(await c.getAttribute('data-theme')).toBe(theme);
    const treated = c.locator('.cl-item--disputes').filter({ hasText: 'Two Pardee workers were treated at Fenwick Memorial Hospital' });
    await expect.poll(() => treated.count()).toBe(1);
    expect(await treated.locator('.cl-why').innerText()).toBe('“No workers were injured” vs “Two Pardee workers were treated at Fenwick Memorial Hospital”');
    expect(await treated.locator('.cl-answers q').innerText()).toContain('No workers were injured');
    const fish = c.locator('.cl-figrow').filter({ hasText: 'fish killed' });
    await expect.poll(() => fish.count()).toBe(1);
    const values = await fish.locator('.cl-figentry').allInnerTexts();
    for (const v of ['3,000', '7,400', '20,000']) expect(values.some((t) => t.includes(v)), v).toBe(true);
    expect(values.some((t) => /\b300\b/.test(t))).toBe(false);
    await shotCard(page, png);
    expect(errors).toEqual([]);
    await page.close();
  });
});
