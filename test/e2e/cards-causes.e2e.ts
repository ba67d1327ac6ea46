/**
 * A cause ruled out and an earlier warning on the card in real Chromium (issue 9; blind subject "penhallow", rules of
 * session 37). The landslide corpus (test/fixtures/subjects/penhallow-landslide) is imported through the protocol as the
 * options page would, then the regional paper's page is opened from 127.0.0.1: on the council's card, its "the slide
 * was caused by three days of heavy rain" is disputed by the insurer's "a leaking council storm drain, not the weekend's
 * rain", and its "Quayle denied that the council had been warned" by the 2024 report the council was given, with both
 * sides' words on each reason line. Screenshots, light and dark, go to test-results/.
 */
import { describe, expect, it } from 'vitest';
import { openCardOn, shotCard, subjectSession } from './subject-card';

const session = subjectSession('penhallow-landslide');

describe('a cause ruled out and an earlier warning on the landslide page', () => {
  it.each([
    ['penhallow-landslide-article.html', 'cards-causes-light.png', 'light'],
    ['penhallow-landslide-dark.html', 'cards-causes-dark.png', 'dark'],
  ])('%s: the storm drain disputes the rain, the 2024 report the denial of a warning', async (fixture, png, theme) => {
    const { page, errors, card: c } = await openCardOn(session(), fixture, 'Council');
    expect(await c.getAttribute('data-theme')).toBe(theme);
    const drain = c.locator('.cl-item--disputes').filter({ hasText: 'a leaking council storm drain' });
    await expect.poll(() => drain.count()).toBe(1);
    expect(await drain.locator('.cl-why').innerText()).toBe("“three days of heavy rain” vs “not the weekend's rain”");
    expect(await drain.locator('.cl-answers q').innerText()).toContain('the slide was caused by three days of heavy rain');
    const warned = c.locator('.cl-item--disputes').filter({ hasText: 'was told in 2024' });
    await expect.poll(() => warned.count()).toBe(1);
    expect(await warned.locator('.cl-answers q').innerText()).toContain('denied that the council had been warned');
    await shotCard(page, png);
    expect(errors).toEqual([]);
    await page.close();
  });
});
