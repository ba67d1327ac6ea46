/**
 * A small driver interface over the two browsers the end-to-end tests run in, so a suite written once reads
 * the same in both: Chromium (playwright-core over CDP, through harness.ts) and Firefox ESR (puppeteer-core
 * over WebDriver BiDi). Selectors are CSS, which both libraries take as is.
 *
 * Facts about Firefox ESR 140 + puppeteer-core 25 (BiDi) found by trying:
 * - `browser.installExtension(dir)` installs an unpacked build as a temporary add-on and returns its gecko id.
 * - The add-on's moz-extension:// UUID is random per profile; the `extensions.webextensions.uuids` pref, set
 *   before launch, fixes it ({"<gecko id>": "<uuid>"}), so the tests know the extension's origin.
 * - Firefox 153 refuses WebDriver navigation to moz-extension:// ("not allowed in this context") unless it
 *   starts with `--remote-allow-system-access`; 140 allows it without.
 * - `page.goto('moz-extension://…')` (140) loads the page but never reports the navigation as done (it times out),
 *   and a page script may not navigate itself there. So the driver starts the navigation, ignores its
 *   promise, and waits until the document's own `location.href` is the target and it has loaded.
 * - `emulateMediaFeatures` is CDP-only; Firefox screenshots are in the light scheme.
 * - `page.setViewport` fails there (it sends emulation.setScreenOrientationOverride, unknown to Firefox 140):
 *   Firefox pages keep the launch viewport (1280×900).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Browser as PuppeteerBrowser, Page as PuppeteerPage } from 'puppeteer-core';
import { ROOT, RESULTS_DIR, launchExtension, openExtensionPage, openFixturePage, startFixtureServer, type FixtureServer } from './harness';
import { FIREFOX_PATH } from './browsers';

/** One open tab, whichever the browser. */
export interface DriverPage {
  /** Console errors and uncaught exceptions seen so far ("console: …", "pageerror: …"). */
  readonly errors: string[];
  url(): Promise<string>;
  /** Runs `fn(arg)` in the page (an extension page's world has the extension APIs); the result must be JSON. */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Clicks the first element matching `selector` (waits for it). */
  click(selector: string): Promise<void>;
  /** Focuses the element, clears it and types `text` key by key, as a person would. */
  type(selector: string, text: string): Promise<void>;
  /** innerText of the first match, or '' when nothing matches yet. */
  textOf(selector: string): Promise<string>;
  /** Viewport screenshot to test-results/<name>; returns its path. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** A browser with the built ClaimLens loaded and the fixture pages served from 127.0.0.1. */
export interface ExtensionDriver {
  readonly browserName: 'chromium' | 'firefox';
  /** http://127.0.0.1:PORT of the fixture server. */
  readonly baseUrl: string;
  /** chrome-extension://ID/ or moz-extension://UUID/ */
  readonly extensionOrigin: string;
  /** Opens an extension page ('popup.html', 'options.html#import') in a new tab. */
  openExtensionPage(pagePath: string, options?: { viewport?: { width: number; height: number } }): Promise<DriverPage>;
  /** Opens a fixture page (path under test/fixtures/pages) in a new tab. */
  openFixture(pagePath: string): Promise<DriverPage>;
  close(): Promise<void>;
}

/** The ClaimLens messaging envelope sent from an extension page, as the UI sends it; throws on an error reply. */
export async function request<T = any>(page: DriverPage, type: string, payload: unknown): Promise<T> {
  const reply = await page.evaluate(
    ([t, p]) => ((globalThis as any).browser ?? (globalThis as any).chrome).runtime.sendMessage({ claimlens: 1, type: t, payload: p }),
    [type, payload] as const,
  );
  if (!reply) throw new Error(`${type}: the background did not answer`);
  if (!reply.ok) throw new Error(`${type}: ${reply.error}`);
  return reply.data as T;
}

/** The id of the tab showing `url`, asked from an extension page. */
export async function tabIdOf(page: DriverPage, url: string): Promise<number> {
  return page.evaluate(async (u) => {
    // All tabs, compared by URL: Firefox's match patterns take no port, so `query({url})` misses 127.0.0.1:PORT.
    const tabs: { id?: number; url?: string }[] = await ((globalThis as any).browser ?? (globalThis as any).chrome).tabs.query({});
    const tab = tabs.find((t) => t.url === u);
    if (tab?.id === undefined) throw new Error(`no tab shows ${u}`);
    return tab.id as number;
  }, url);
}

/** The toolbar badge text of a tab (MV3 `action`, Firefox MV2 `browserAction`), asked from an extension page. */
export async function badgeOf(page: DriverPage, tabId: number): Promise<string> {
  return page.evaluate(async (id) => {
    const c = (globalThis as any).browser ?? (globalThis as any).chrome; // Firefox MV2: chrome.* takes callbacks
    return (c.action ?? c.browserAction).getBadgeText({ tabId: id }) as Promise<string>;
  }, tabId);
}

function resultPath(name: string): string {
  const file = path.join(RESULTS_DIR, name.endsWith('.png') ? name : `${name}.png`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return file;
}

// ---------------------------------------------------------------------------------------------------------
// Chromium (playwright-core, through the harness)
// ---------------------------------------------------------------------------------------------------------

function playwrightPage(page: PlaywrightPage, errors: string[]): DriverPage {
  return {
    errors,
    url: async () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as any, arg) as Promise<any>,
    click: (sel) => page.locator(sel).first().click(),
    async type(sel, text) {
      const el = page.locator(sel).first();
      await el.fill('');
      await el.pressSequentially(text, { delay: 20 });
    },
    textOf: async (sel) => ((await page.locator(sel).count()) ? page.locator(sel).first().innerText() : ''),
    async screenshot(name) {
      const file = resultPath(name);
      await page.screenshot({ path: file, animations: 'disabled' });
      return file;
    },
    close: () => page.close(),
  };
}

/** Chromium with the MV3 build (`.output/chrome-mv3`), via the existing harness. */
export async function chromiumDriver(): Promise<ExtensionDriver> {
  const s = await launchExtension();
  return {
    browserName: 'chromium',
    baseUrl: s.baseUrl,
    extensionOrigin: s.extensionOrigin,
    async openExtensionPage(pagePath, options = {}) {
      const { page, errors } = await openExtensionPage(s, pagePath, options);
      return playwrightPage(page, errors);
    },
    async openFixture(pagePath) {
      const { page, errors } = await openFixturePage(s, pagePath);
      return playwrightPage(page, errors);
    },
    close: () => s.close(),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Firefox ESR (puppeteer-core over WebDriver BiDi)
// ---------------------------------------------------------------------------------------------------------

/** The Firefox build's gecko id (wxt.config.ts) and the UUID the tests give it. */
export const GECKO_ID = 'claimlens@claimlens.example';
const FIREFOX_UUID = '5c1a7e0e-6b7f-4d2c-9a3e-1c1a1e2d3f40';

function puppeteerPage(page: PuppeteerPage): DriverPage {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${(e as Error).message ?? String(e)}`));
  return {
    errors,
    url: () => page.evaluate(() => location.href),
    evaluate: (fn, arg) => page.evaluate(fn as any, arg) as Promise<any>,
    async click(sel) {
      await page.waitForSelector(sel, { timeout: 15_000 });
      await page.click(sel);
    },
    async type(sel, text) {
      await page.waitForSelector(sel, { timeout: 15_000 });
      await page.click(sel, { count: 3 }); // select what is there so typing replaces it
      await page.keyboard.press('Backspace');
      await page.type(sel, text, { delay: 20 });
    },
    textOf: (sel) => page.evaluate((s) => (document.querySelector(s) as HTMLElement | null)?.innerText ?? '', sel),
    async screenshot(name) {
      const file = resultPath(name);
      await page.screenshot({ path: file as `${string}.png` });
      return file;
    },
    close: () => page.close(),
  };
}

/** Navigates a tab to `url` and waits until its document is that URL and loaded (see the header about moz-extension). */
async function gotoAndSettle(page: PuppeteerPage, url: string, timeoutMs = 45_000): Promise<void> {
  const navigate = () => void page.goto(url, { waitUntil: 'load', timeout: timeoutMs }).catch(() => {});
  navigate();
  const deadline = Date.now() + timeoutMs;
  let lastNavigate = Date.now();
  for (;;) {
    const state = await page.evaluate(() => [location.href, document.readyState]).catch(() => null);
    if (state && state[0] === url && state[1] === 'complete') return;
    if (Date.now() > deadline) throw new Error(`Firefox did not load ${url} within ${timeoutMs} ms (last: ${state})`);
    // A freshly started Firefox sometimes drops the first navigation of a new tab (it stays on about:blank):
    // ask again rather than wait out the timeout.
    if (state?.[0] === 'about:blank' && Date.now() - lastNavigate > 8_000) {
      lastNavigate = Date.now();
      navigate();
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Firefox ESR with the MV2 build (`.output/firefox-mv2`) installed as a temporary add-on. */
export async function firefoxDriver(extensionDir = path.resolve(ROOT, process.env.CLAIMLENS_FIREFOX_EXT_DIR ?? '.output/firefox-mv2')): Promise<ExtensionDriver> {
  const { default: puppeteer } = await import('puppeteer-core');
  const server: FixtureServer = await startFixtureServer();
  let browser: PuppeteerBrowser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: process.env.CLAIMLENS_HEADED !== '1',
      defaultViewport: { width: 1280, height: 900 },
      // Firefox 153 lets WebDriver navigate only to http(s)/file/blob/about:blank unless system access is
      // allowed; moz-extension:// pages need it (140 ignores the flag).
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
        // No first-run pages or update checks competing for the two cores.
        'browser.shell.checkDefaultBrowser': false,
        'app.update.enabled': false,
      },
    });
  } catch (err) {
    await server.close();
    throw err;
  }
  const installed = await browser.installExtension(extensionDir);
  if (installed !== GECKO_ID) throw new Error(`Firefox installed ${installed}, expected ${GECKO_ID} (wxt.config.ts gecko id)`);
  const origin = `moz-extension://${FIREFOX_UUID}/`;
  let closed = false;
  const open = async (url: string, viewport?: { width: number; height: number }) => {
    const page = await browser.newPage();
    // puppeteer 25's setViewport also sends emulation.setScreenOrientationOverride, which Firefox 140 does not
    // know: resize through the window instead (the tab keeps the launch viewport otherwise).
    if (viewport) await page.setViewport(viewport).catch(() => {});
    const driverPage = puppeteerPage(page);
    await gotoAndSettle(page, url);
    return driverPage;
  };
  return {
    browserName: 'firefox',
    baseUrl: server.baseUrl,
    extensionOrigin: origin,
    openExtensionPage: (pagePath, options = {}) => open(origin + pagePath.replace(/^\//, ''), options.viewport),
    openFixture: (pagePath) => open(`${server.baseUrl}/${pagePath.replace(/^\//, '')}`),
    async close() {
      if (closed) return;
      closed = true;
      await browser.close().catch(() => {});
      await server.close();
    },
  };
}
