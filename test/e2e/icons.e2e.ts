/**
 * The icon as people see it: on chrome://extensions (headless Chromium, the extensions page of the test's
 * persistent profile) and in the toolbar. The toolbar is browser UI, which page screenshots do not include,
 * so that part runs a headed Chromium on a virtual X display (Xvfb, installed by the test setup where it can
 * be) with ClaimLens pinned, and grabs the screen with xwd. Screenshots: test-results/icon-*.png.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CHROMIUM_PATH,
  EXTENSION_DIR,
  RESULTS_DIR,
  launchExtension,
  openExtensionPage,
  openFixturePage,
  requestFromExtensionPage,
  setColorScheme,
  startFixtureServer,
  waitUntil,
  type ExtensionSession,
} from './harness';

/** Chromium's id for an unpacked extension: sha256 of its absolute path, first 32 hex digits mapped 0-f → a-p. */
export function unpackedExtensionId(dir: string): string {
  const hex = crypto.createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((h) => String.fromCharCode(97 + parseInt(h, 16))).join('');
}

/** Pixels of a PNG that are clearly the lens's blue or amber (not grey, white or black placeholder pixels). */
function brandPixels(png: PNG): number {
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b, a] = [png.data[i], png.data[i + 1], png.data[i + 2], png.data[i + 3]];
    if (a < 128) continue;
    const blue = b > 150 && r < 120 && b - g > 60; // #3b5bdb
    const amber = r > 200 && g > 120 && g < 190 && b < 60; // #f59f00
    if (blue || amber) n++;
  }
  return n;
}

/** Pixels of one colour family: the lens's amber half, or the red of the paused icon's pause badge. */
function countPixels(png: PNG, kind: 'amber' | 'pauseRed'): number {
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]];
    if (kind === 'amber' ? r > 200 && g > 120 && g < 190 && b < 60 : r > 170 && g < 80 && b < 80) n++;
  }
  return n;
}

/** Converts an XWD screen dump (32-bit TrueColor ZPixmap, as Xvfb writes) to a PNG. */
function xwdToPng(buf: Buffer): PNG {
  const u32 = (i: number) => buf.readUInt32BE(i * 4);
  const headerSize = u32(0);
  const [width, height, byteOrder, bitsPerPixel, bytesPerLine, ncolors] = [u32(4), u32(5), u32(7), u32(11), u32(12), u32(19)];
  if (bitsPerPixel !== 32) throw new Error(`xwd: ${bitsPerPixel} bits per pixel not handled`);
  const data = headerSize + ncolors * 12;
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = data + y * bytesPerLine + x * 4;
      const px = byteOrder === 0 ? buf.readUInt32LE(at) : buf.readUInt32BE(at);
      const o = (y * width + x) * 4;
      png.data[o] = (px >> 16) & 255;
      png.data[o + 1] = (px >> 8) & 255;
      png.data[o + 2] = px & 255;
      png.data[o + 3] = 255;
    }
  }
  return png;
}

function crop(src: PNG, x: number, y: number, w: number, h: number): PNG {
  const out = new PNG({ width: w, height: h });
  PNG.bitblt(src, out, x, y, w, h, 0, 0);
  return out;
}

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

describe('the ClaimLens icon', () => {
  it('is the extension’s icon on chrome://extensions', async () => {
    const s: ExtensionSession = await launchExtension();
    cleanups.push(() => s.close());
    const page = await s.context.newPage();
    await page.goto('chrome://extensions/');
    const icon = page.locator(`extensions-item#${s.extensionId} img#icon`);
    await icon.waitFor();
    // Chromium 150 inlines the manifest's icon as a PNG data URL; a missing icon is its grey puzzle default,
    // which has none of the lens's blue and amber (checked below on the rendered pixels).
    expect(await icon.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    await expect.poll(() => icon.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    const item = PNG.sync.read(await icon.screenshot());
    expect(brandPixels(item)).toBeGreaterThan(100);
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    await page.locator(`extensions-item#${s.extensionId}`).screenshot({ path: path.join(RESULTS_DIR, 'icon-chrome-extensions-item.png') });
    await page.screenshot({ path: path.join(RESULTS_DIR, 'icon-chrome-extensions.png') });
    await s.close();
  });

  it('shows in the toolbar, pinned (headed Chromium on Xvfb)', async () => {
    const xvfb = '/usr/bin/Xvfb';
    // The test setup installs xvfb with the browsers; a machine where it could not fails here, never skips.
    expect(fs.existsSync(xvfb), 'Xvfb (Debian package xvfb) is needed for the toolbar screenshot').toBe(true);
    const display = `:${90 + Math.floor(Math.random() * 9)}`;
    const fbdir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-xvfb-'));
    const x: ChildProcess = spawn(xvfb, [display, '-screen', '0', '1280x800x24', '-fbdir', fbdir, '-nolisten', 'tcp'], { stdio: 'ignore' });
    cleanups.push(() => {
      x.kill();
      fs.rmSync(fbdir, { recursive: true, force: true });
    });
    await waitUntil(() => fs.existsSync(path.join(fbdir, 'Xvfb_screen0')), 'Xvfb started');

    const id = unpackedExtensionId(EXTENSION_DIR);
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-toolbar-'));
    fs.mkdirSync(path.join(profile, 'Default'), { recursive: true });
    fs.writeFileSync(
      path.join(profile, 'Default', 'Preferences'),
      JSON.stringify({ extensions: { ui: { developer_mode: true }, pinned_extensions: [id] } }),
    );
    const server = await startFixtureServer();
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: false,
      viewport: null,
      env: { ...process.env, DISPLAY: display },
      args: [
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-sync',
        '--window-position=0,0',
        '--window-size=1280,800',
      ],
    });
    cleanups.push(async () => {
      await context.close().catch(() => {});
      await server.close();
      fs.rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    expect(new URL(worker.url()).host, 'the computed unpacked id (for pinning)').toBe(id);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.baseUrl}/seed-subject-article.html`);
    // Wait for the badge (topic count) so the toolbar shows the lens with its badge, then grab the screen.
    await waitUntil(
      () =>
        worker.evaluate(async () => {
          const c = (globalThis as any).chrome;
          const [tab] = await c.tabs.query({ active: true });
          return (await c.action.getBadgeText({ tabId: tab.id })) !== '';
        }),
      'the badge on the article tab',
      30_000,
    );
    await new Promise((r) => setTimeout(r, 1500)); // let the toolbar repaint
    const screen = xwdToPng(execFileSync('xwd', ['-root', '-silent', '-display', display], { maxBuffer: 64 << 20 }));
    const toolbar = crop(screen, 0, 0, screen.width, 90);
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    fs.writeFileSync(path.join(RESULTS_DIR, 'icon-toolbar-screen.png'), PNG.sync.write(screen));
    fs.writeFileSync(path.join(RESULTS_DIR, 'icon-toolbar.png'), PNG.sync.write(crop(screen, screen.width - 400, 0, 400, 90)));
    // The lens's blue and amber are in the toolbar strip (nothing else in Chromium's toolbar has them).
    expect(brandPixels(toolbar)).toBeGreaterThan(20);
    const actions = crop(screen, screen.width - 400, 0, 400, 90);
    expect(countPixels(actions, 'amber')).toBeGreaterThan(3);
    expect(countPixels(actions, 'pauseRed')).toBe(0);

    // "Paused on this site": the background swaps this tab's icon for the grey lens with a red pause badge.
    await worker.evaluate(async () => {
      const c = (globalThis as any).chrome;
      const { settings } = await c.storage.local.get('settings');
      await c.storage.local.set({ settings: { ...(settings ?? {}), pausedSites: ['127.0.0.1'] } });
    });
    const grab = () => crop(xwdToPng(execFileSync('xwd', ['-root', '-silent', '-display', display], { maxBuffer: 64 << 20 })), screen.width - 400, 0, 400, 90);
    const paused = await waitUntil(async () => {
      const shot = grab();
      return countPixels(shot, 'pauseRed') > 3 && countPixels(shot, 'amber') === 0 ? shot : null;
    }, 'the paused icon in the toolbar', 15_000, 500);
    fs.writeFileSync(path.join(RESULTS_DIR, 'icon-toolbar-paused.png'), PNG.sync.write(paused!));
  });

  it('store screenshots at 1280×800, light and dark (test-results/store-*.png; copies in docs/store/)', async () => {
    const s: ExtensionSession = await launchExtension({ viewport: { width: 1280, height: 800 } });
    cleanups.push(() => s.close());
    const { page: popup, errors } = await openExtensionPage(s, 'popup.html');
    await waitUntil(async () => (await requestFromExtensionPage(popup, 'corpus.stats', {})).articles === 5, 'the seeds');
    await popup.reload();
    await popup.getByRole('combobox', { name: 'Search claims in your library' }).pressSequentially('grynkewitch resurgance', { delay: 20 });
    await expect.poll(() => popup.getByRole('option').first().innerText(), { timeout: 10_000 }).toMatch(/resurgence/);
    for (const scheme of ['light', 'dark'] as const) {
      await setColorScheme(popup, scheme);
      await popup.screenshot({ path: path.join(RESULTS_DIR, `store-search-${scheme}.png`) });
    }
    const { page: article, errors: articleErrors } = await openFixturePage(s, 'seed-subject-article.html');
    await waitUntil(() => article.evaluate(() => ((globalThis as any).CSS.highlights.get('claimlens-topic')?.size ?? 0) > 0), 'highlights');
    await article.evaluate(() => document.querySelector('p')?.scrollIntoView());
    for (const scheme of ['light', 'dark'] as const) {
      await setColorScheme(article, scheme);
      await article.screenshot({ path: path.join(RESULTS_DIR, `store-article-${scheme}.png`) });
    }
    expect([...errors, ...articleErrors]).toEqual([]);
  });
});
