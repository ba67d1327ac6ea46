/**
 * A denied act and two estimates that cannot both hold, on the card in real Chromium (issue 9; blind subject of session
 * 22, rules of session 24). The ransomware corpus (test/fixtures/subjects/wexley-ransomware) is imported through the
 * protocol as the options page would, then the page that reports the hospital owner's statement is opened from
 * 127.0.0.1: "said it had not paid a ransom" is disputed by "paid a ransom of about $3.4 million", and "would be back
 * online by Monday" by "could take two to three weeks", each with both sides' words on its reason line — both on the
 * company's card ("Meridale" and "Meridale Health" are one topic since session 26). Screenshots, light and dark, go to
 * test-results/.
 */
import { describe, expect, it } from 'vitest';
import { openCardOn, shotCard, subjectSession } from './subject-card';

const session = subjectSession('wexley-ransomware');

describe('a denied act and conflicting estimates on the ransomware page', () => {
  it.each([
    ['wexley-ransomware-article.html', 'cards-denied-act-light.png', 'light'],
    ['wexley-ransomware-dark.html', 'cards-denied-act-dark.png', 'dark'],
  ])('%s: the reported payment disputes "had not paid a ransom", quoting both acts', async (fixture, png, theme) => {
    const { page, errors, card: c } = await openCardOn(session(), fixture, 'Meridale');
    expect(await c.getAttribute('data-theme')).toBe(theme);
    const paid = c.locator('.cl-item--disputes').filter({ hasText: 'paid a ransom of about $3.4 million' });
    await expect.poll(() => paid.count()).toBe(1);
    expect(await paid.locator('.cl-why').innerText()).toBe('“not paid a ransom” vs “paid a ransom of about $3.4 million”');
    expect(await paid.locator('.cl-answers q').innerText()).toContain('said it had not paid a ransom');
    await shotCard(page, png);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the CIO\'s "could take two to three weeks" disputes "back online by Monday" on the Meridale card', async () => {
    const { page, errors, card: c } = await openCardOn(session(), 'wexley-ransomware-article.html', 'Meridale');
    const weeks = c.locator('.cl-item--disputes').filter({ hasText: 'could take two to three weeks' });
    await expect.poll(() => weeks.count()).toBe(1);
    expect(await weeks.locator('.cl-why').innerText()).toBe('“would be back online by Monday” vs “could take two to three weeks”');
    expect(await weeks.locator('.cl-answers q').innerText()).toContain('back online by Monday');
    expect(errors).toEqual([]);
    await page.close();
  });
});
