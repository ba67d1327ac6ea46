import { it } from 'vitest';
import { launchExtension, openFixturePage, waitUntil } from './harness';

it('explore', async () => {
  const s = await launchExtension({ viewport: { width: 1280, height: 900 } });
  for (const f of ['seed-subject-article.html', 'seed-subject-dark.html']) {
    const { page } = await openFixturePage(s, f);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const ui = page.locator('claimlens-ui');
    await waitUntil(async () => (await ui.locator('.clx-main').count()) === 1, 'pill');
    await ui.locator('.clx-main').click();
    const keys = await ui.locator('[data-cl-key^="topic:"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cl-key')!));
    for (const k of keys) {
      await ui.locator(`[data-cl-key="${k}"]`).click();
      const card = ui.getByRole('dialog');
      await card.waitFor();
      await page.waitForTimeout(300);
      const m = await page.evaluate(() => {
        const sr = document.querySelector('claimlens-ui')!.shadowRoot!;
        const pill = sr.querySelector('.clx-pill')!.getBoundingClientRect();
        const root = sr.querySelector('.clx-root')!.getBoundingClientRect();
        return { pill: [pill.top, pill.bottom, pill.height], root: [root.top, root.bottom], vh: innerHeight };
      });
      console.log(f, k, JSON.stringify(m));
      await card.evaluate((el) => {
        (el as HTMLElement).style.maxHeight = 'none';
        el.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true));
        el.querySelectorAll('.cl-more').forEach((b) => (b as HTMLElement).click());
      });
      await page.setViewportSize({ width: 1280, height: 9000 });
      await page.waitForTimeout(200);
      const b = (await card.boundingBox())!;
      for (let y = 0, i = 0; y < b.height; y += 1000, i++) {
        await page.screenshot({ path: `/tmp/h9/card-${f.replace('.html', '')}-${k.replace(':', '-')}-${i}.png`, clip: { x: b.x - 4, y: b.y + y, width: b.width + 8, height: Math.min(1000, b.height - y) } });
      }
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.keyboard.press('Escape');
      await ui.locator('.clx-main').focus();
    }
    await page.close();
  }
  await s.close();
});
