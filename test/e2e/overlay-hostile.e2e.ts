/**
 * The overlay against a hostile page, a very long page, and the keyboard command — in real Chromium.
 *
 * Hostile: a page script tries to read the overlay (shadowRoot, getHTML, innerText, select-all, a patched
 * attachShadow), to drive it with synthetic events (Pause, Mute, Open in reader, Escape, a click on a
 * highlight), to switch the content script off with forged WXT events (content-script-started with the
 * extension id, wxt:locationchange), and to remove or hide the host. It gets nothing and the overlay keeps
 * working; the extension id is never posted to the page.
 *
 * Long page: on a 22,000-word article, choosing a topic in the pill opens its card from the top, middle and
 * bottom of the page with smooth scrolling on (the bug: the card closed itself while the page scrolled).
 *
 * Keyboard: the manifest declares the command; the content script's handler, reached the way the background
 * relays a command, focuses the pill's first topic and then opens it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIXTURES_DIR, RESULTS_DIR, evalInContentScript, launchExtension, openFixturePage, waitUntil, type ExtensionSession } from './harness';
import { focusedInOverlay, overlay } from './overlay-driver';

const pill = (page: Page) => overlay(page).getByRole('button', { name: /^ClaimLens · \d+ topics?$/ });
const card = (page: Page) => overlay(page).getByRole('dialog');

/** Size of one of our highlights as the page sees it. */
async function highlightSize(page: Page, name = 'claimlens-topic'): Promise<number> {
  return page.evaluate((n) => {
    const reg = (globalThis as unknown as { CSS: { highlights?: Map<string, { size: number }> } }).CSS.highlights;
    return reg?.get(n)?.size ?? 0;
  }, name);
}

/** The stored settings, read in the service worker (what "Pause" and "Mute" would have saved). */
async function storedSettings(s: ExtensionSession): Promise<{ pausedSites?: string[]; mutedTopics?: string[]; mutedOutlets?: string[] }> {
  const worker = await s.getServiceWorker();
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome;
    const all = await api.storage.local.get(null);
    const key = Object.keys(all).find((k) => k.includes('settings'));
    return (key ? all[key] : {}) as { pausedSites?: string[]; mutedTopics?: string[]; mutedOutlets?: string[] };
  });
}

/** Opens the pill's list and the card of its first topic with real clicks; returns the card's title. */
async function openFirstTopicByClicks(page: Page): Promise<string> {
  await waitUntil(async () => (await pill(page).count()) === 1, 'the pill');
  if ((await pill(page).getAttribute('aria-expanded')) !== 'true') await pill(page).click();
  await expect.poll(() => pill(page).getAttribute('aria-expanded')).toBe('true');
  await overlay(page).locator('[data-cl-key^="topic:"]').first().click();
  await expect.poll(() => card(page).count(), { timeout: 10_000 }).toBe(1);
  await expect.poll(() => card(page).evaluate((el) => el.closest('[data-placed]') !== null), { timeout: 10_000 }).toBe(true);
  return card(page).getByRole('heading', { level: 2 }).innerText();
}

/** A 22,000-word article: the seed-subject article's paragraphs spread over neutral filler. */
function longArticle(): { html: string; words: number } {
  const src = fs.readFileSync(path.join(FIXTURES_DIR, 'seed-subject-article.html'), 'utf8');
  const paras = [...src.matchAll(/<p>([^<]{80,})<\/p>/g)].map((m) => m[1]!);
  const head = src.slice(0, src.indexOf('<body'));
  // Deterministic filler from a small vocabulary about nothing the corpus knows (gardens, trains, weather).
  const words = 'garden morning river trains station bakery weather autumn orchard village market ferry harbour bicycle lantern meadow kettle chapel library pottery'.split(' ');
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const filler = () => {
    const out: string[] = [];
    for (let sentence = 0; sentence < 6; sentence++) {
      const n = 12 + (next() % 10);
      const w = Array.from({ length: n }, () => words[next() % words.length]!);
      out.push(`The ${w.join(' ')}.`);
    }
    return `<p>${out.join(' ')}</p>`;
  };
  const body: string[] = [];
  let count = 0;
  const push = (p: string) => {
    body.push(p);
    count += p.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;
  };
  const thirds = [paras.slice(0, 5), paras.slice(5, 10), paras.slice(10)];
  for (const part of thirds) {
    for (const p of part) push(`<p>${p}</p>`);
    while (count < (thirds.indexOf(part) + 1) * 7400) push(filler());
  }
  const html = `${head}<body><main><article class="story"><h1>Islamic State regroups in Iraq's deserts, US commanders warn</h1>${body.join('\n')}</article></main></body></html>`;
  return { html, words: count };
}

describe('overlay vs a hostile page, a long page, and the keyboard command', () => {
  let s: ExtensionSession;

  beforeAll(async () => {
    s = await launchExtension();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('a page script can neither read, drive, switch off nor remove the overlay', async () => {
    const page = await s.context.newPage();
    // Installed before any page script: records what the page can see (posted messages, shadow roots it is
    // handed by a patched attachShadow).
    await page.addInitScript(() => {
      const w = window as unknown as { __seen: string[]; __roots: number };
      w.__seen = [];
      w.__roots = 0;
      window.addEventListener('message', (e) => w.__seen.push(JSON.stringify(e.data)));
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) {
        w.__roots++;
        return attach.call(this, init);
      };
    });
    await page.goto(`${s.baseUrl}/seed-subject-article.html`, { waitUntil: 'load' });
    await waitUntil(async () => (await highlightSize(page)) > 0, 'highlights');
    const title = await openFirstTopicByClicks(page);
    const quote = (await card(page).locator('blockquote').allInnerTexts())[0]!;
    expect(quote.length).toBeGreaterThan(20);
    const before = await storedSettings(s);

    // 1. Reading: no shadow root, no serialised markup, no rendered text, nothing from select-all.
    const read = await page.evaluate((q) => {
      const host = document.querySelector('claimlens-ui') as HTMLElement;
      const w = window as unknown as { __seen: string[]; __roots: number };
      document.execCommand('selectAll');
      const selected = String(getSelection());
      getSelection()?.removeAllRanges();
      const probe = q.slice(0, 40);
      return {
        hostFound: !!host,
        shadowRoot: host.shadowRoot === null ? 'null' : 'open',
        html: (host as unknown as { getHTML(o: object): string }).getHTML({ serializableShadowRoots: true }).includes(probe),
        innerText: document.documentElement.innerText.includes(probe),
        selected: selected.includes(probe),
        rootsSeen: w.__roots,
        posted: w.__seen,
      };
    }, quote);
    expect(read).toMatchObject({ hostFound: true, shadowRoot: 'null', html: false, innerText: false, selected: false, rootsSeen: 0 });
    expect(read.posted.filter((m) => m.includes(s.extensionId)), 'the extension id posted to the page').toEqual([]);

    // 2. Driving with synthetic events: the page only ever finds the host; Escape, clicks at the buttons'
    //    places and a click on a highlight do nothing.
    const pages = s.context.pages().length;
    const muteButton = card(page).getByRole('button', { name: /^Mute/ }).first();
    await muteButton.evaluate((el) => el.scrollIntoView({ block: 'nearest' }));
    await page.waitForTimeout(300); // let the card's own scroll and placement settle before measuring
    const muteBox = (await muteButton.boundingBox())!;
    const readerLink = card(page).getByRole('link', { name: /Open in reader/ }).first();
    await readerLink.evaluate((el) => el.scrollIntoView({ block: 'nearest' }));
    await page.waitForTimeout(300);
    const readerBox = (await readerLink.boundingBox())!;
    const pageResult = await page.evaluate(
      ([boxes]) => {
        const out: string[] = [];
        for (const b of boxes) {
          const el = document.elementFromPoint(b.x + b.width / 2, b.y + b.height / 2) as HTMLElement | null;
          out.push(el?.tagName.toLowerCase() ?? 'nothing');
          if (!el) continue;
          for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click']) {
            el.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, clientX: b.x + 2, clientY: b.y + 2 }));
          }
          el.click();
        }
        document.querySelector('claimlens-ui')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
        document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
        return out;
      },
      [[muteBox, readerBox]] as const,
    );
    // Where the page finds anything of ours, it is the host, never one of our buttons or links.
    expect(pageResult).toContain('claimlens-ui');
    expect(pageResult.filter((t) => t === 'button' || t === 'a')).toEqual([]);
    // Even code holding the elements (here: the extension's own isolated world) cannot click with synthetic events.
    const clicked = await evalInContentScript<number>(page, () => {
      const root = (globalThis as unknown as { chrome: { dom: { openOrClosedShadowRoot(e: Element): ShadowRoot } } }).chrome.dom.openOrClosedShadowRoot(
        document.querySelector('claimlens-ui')!,
      );
      const targets = [
        ...root.querySelectorAll<HTMLElement>('.cl-card button, .cl-card a'),
        ...root.querySelectorAll<HTMLElement>('[data-cl-key="pause"], [data-cl-key="minimise"], [data-cl-key="pill"]'),
      ].filter((el) => !/close/i.test(el.getAttribute('aria-label') ?? ''));
      // Cancelable, as click() makes them: a NON-cancelable synthetic click still follows a link (an anchor's
      // activation cannot be prevented) — but a page cannot reach our links, and reader.html is not web-accessible.
      for (const el of targets) {
        for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click']) {
          el.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, cancelable: true }));
        }
        el.click();
      }
      return targets.length;
    });
    expect(clicked).toBeGreaterThan(3);
    await page.waitForTimeout(800);
    expect(await card(page).count(), 'the card is still open').toBe(1);
    expect(await storedSettings(s)).toEqual(before);
    expect(s.context.pages().length, 'no reader tab opened').toBe(pages);

    // "Pause on this site" in the open list: neither the page (it finds only the host) nor synthetic events
    // from code holding the button pause anything.
    await page.mouse.click(5, 5); // a real click outside closes the card first
    await expect.poll(() => card(page).count()).toBe(0);
    if ((await pill(page).getAttribute('aria-expanded')) !== 'true') await pill(page).click();
    const pause = overlay(page).locator('[data-cl-key="pause"]');
    const pauseBox = (await pause.boundingBox())!;
    expect(
      await page.evaluate((b) => {
        const el = document.elementFromPoint(b.x + b.width / 2, b.y + b.height / 2) as HTMLElement;
        el.click();
        el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
        return el.tagName.toLowerCase();
      }, pauseBox),
    ).toBe('claimlens-ui');
    await evalInContentScript(page, () => {
      const root = (globalThis as unknown as { chrome: { dom: { openOrClosedShadowRoot(e: Element): ShadowRoot } } }).chrome.dom.openOrClosedShadowRoot(
        document.querySelector('claimlens-ui')!,
      );
      const button = root.querySelector<HTMLElement>('[data-cl-key="pause"]')!;
      button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
      button.click();
      return true;
    });
    await page.waitForTimeout(600);
    expect(await storedSettings(s)).toEqual(before);
    expect(await highlightSize(page)).toBeGreaterThan(0);
    expect(await pause.count(), 'the list is still open, nothing paused').toBe(1);
    await page.keyboard.press('Escape');

    // A synthetic click on a highlighted word does not open a card either.
    const opened = await page.evaluate(() => {
      const reg = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights;
      const r = [...reg.get('claimlens-topic')!][0]!;
      r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = r.getBoundingClientRect();
      const el = document.elementFromPoint(rect.left + 2, rect.top + rect.height / 2)!;
      el.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: rect.left + 2, clientY: rect.top + rect.height / 2, button: 0 }));
      return true;
    });
    expect(opened).toBe(true);
    await page.waitForTimeout(500);
    expect(await card(page).count()).toBe(0);

    // 3. Forged WXT events: "a newer content script started" (with the id a page can learn from the store
    //    listing) and a location change. Highlights and the pill stay, and keep working.
    const sizeBefore = await highlightSize(page);
    await page.evaluate((id) => {
      for (const name of ['content', 'content-ui', '']) {
        document.dispatchEvent(
          new CustomEvent(`${id}:content:wxt:content-script-started`, { detail: { contentScriptName: name || 'content', messageId: 'evil' } }),
        );
      }
      window.postMessage({ type: `${id}:content:wxt:content-script-started`, contentScriptName: 'content', messageId: 'evil' }, '*');
      const change = new Event(`${id}:content:wxt:locationchange`) as Event & { newUrl: URL; oldUrl: URL };
      change.newUrl = new URL('https://evil.example/');
      change.oldUrl = new URL(location.href);
      window.dispatchEvent(change);
    }, s.extensionId);
    for (let i = 0; i < 6; i++) {
      await page.waitForTimeout(500);
      expect(await highlightSize(page), `highlights ${i * 0.5 + 0.5} s after the forged events`).toBe(sizeBefore);
      expect(await pill(page).count()).toBe(1);
    }
    expect(await openFirstTopicByClicks(page)).toBe(title);
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);

    // 4. Removing or hiding the host: put back (a few times per page load, then the page wins — no loop).
    for (let i = 0; i < 3; i++) {
      await page.evaluate(() => document.querySelector('claimlens-ui')!.remove());
      await expect.poll(() => page.evaluate(() => !!document.querySelector('claimlens-ui')), { timeout: 3000 }).toBe(true);
    }
    await page.evaluate(() => {
      const host = document.querySelector('claimlens-ui') as HTMLElement;
      host.style.display = 'none';
    });
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.querySelector('claimlens-ui')!).display), { timeout: 3000 })
      .not.toBe('none');
    expect(await openFirstTopicByClicks(page)).toBe(title);
    await page.keyboard.press('Escape');
    // Two repairs are left (5 in all); after those the page's removal stands.
    for (let i = 0; i < 3; i++) {
      await page.evaluate(() => document.querySelector('claimlens-ui')?.remove());
      await page.waitForTimeout(200);
    }
    expect(await page.evaluate(() => !!document.querySelector('claimlens-ui'))).toBe(false);
    expect(await highlightSize(page), 'highlights survive the host').toBe(sizeBefore);
    await page.close();
  });

  it('opens the card from the pill at the top, middle and bottom of a 22,000-word page (smooth scrolling)', async () => {
    const { html, words } = longArticle();
    expect(words).toBeGreaterThanOrEqual(20_000);
    s.server.route('/generated/long-article.html', { body: html, contentType: 'text/html; charset=utf-8' });
    const { page, errors } = await openFixturePage(s, 'generated/long-article.html');
    expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(false);
    await waitUntil(async () => (await pill(page).count()) === 1, 'the pill on the long page', 60_000);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const results: Record<string, boolean> = {};
    for (const [where, y] of [
      ['top', 0],
      ['middle', height / 2],
      ['bottom', height],
    ] as const) {
      await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y);
      const title = await openFirstTopicByClicks(page);
      results[where] = title.length > 0 && (await card(page).count()) === 1;
      // It stays open once the page has come to rest next to its highlight.
      await page.waitForTimeout(1500);
      expect(await card(page).count(), `card still open (${where})`).toBe(1);
      await page.keyboard.press('Escape');
      await expect.poll(() => card(page).count()).toBe(0);
    }
    console.log(`[long page] ${words} words, ${height} px: card opened from`, JSON.stringify(results));
    expect(results).toEqual({ top: true, middle: true, bottom: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the keyboard command focuses the pill’s first topic, then opens it', async () => {
    const worker = await s.getServiceWorker();
    const commands = await worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]>; onCommand: { dispatch?: unknown } } } }).chrome;
      return { all: await api.commands.getAll(), canDispatch: typeof api.commands.onCommand.dispatch };
    });
    const command = commands.all.find((c) => c.name === 'focus-claimlens');
    expect(command, JSON.stringify(commands.all)).toBeDefined();
    console.log(`[command] focus-claimlens shortcut "${command!.shortcut}"; onCommand.dispatch is ${commands.canDispatch}`);

    const { page } = await openFixturePage(s, 'seed-subject-article.html?command');
    await waitUntil(async () => (await pill(page).count()) === 1, 'the pill');
    // Typing Alt+Shift+L into the page (CDP key events go to the renderer, not to the browser's accelerators)
    // does not reach extension commands in headless Chromium. Instead the background's own onCommand listener
    // is fired in the service worker with chrome.commands.onCommand.dispatch — the listener the shortcut fires —
    // so the whole path (background relay → tab message → content script → overlay) runs.
    const press = () =>
      worker.evaluate(async (url) => {
        const api = (globalThis as unknown as {
          chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> }; commands: { onCommand: { dispatch(name: string, tab: object): void } } };
        }).chrome;
        const [tab] = await api.tabs.query({ url });
        api.commands.onCommand.dispatch('focus-claimlens', tab!);
      }, page.url());
    await press();
    await expect.poll(() => pill(page).getAttribute('aria-expanded')).toBe('true');
    const first = await overlay(page).locator('[data-cl-key^="topic:"]').first().getAttribute('data-cl-key');
    await expect.poll(() => focusedInOverlay(page, 'key')).toBe(first);
    await press();
    await expect.poll(() => card(page).count()).toBe(1);
    await expect.poll(() => focusedInOverlay(page, 'key')).toBe('dialog');
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
    await page.close();
  });

  it('calmer page: only passages with an item are underlined, the pill lists topics first (screenshot)', async () => {
    // The seed-subject article with page furniture between its paragraphs, worded like a passage that would match.
    const src = fs.readFileSync(path.join(FIXTURES_DIR, 'seed-subject-article.html'), 'utf8');
    const furniture =
      '<p><a href="/x">[Read: ISIS remains a real threat as Islamic State fighters regroup in Iraq and US troops stay]</a></p>';
    const withFurniture = src.replace(/(<p>BAGHDAD[^<]*<\/p>)/, `$1\n${furniture}`);
    expect(withFurniture).toContain('[Read: ISIS');
    s.server.route('/generated/furniture.html', { body: withFurniture, contentType: 'text/html; charset=utf-8' });
    const { page } = await openFixturePage(s, 'generated/furniture.html');
    await waitUntil(async () => (await pill(page).count()) === 1, 'the pill');
    // Sentence matches arrive after the page load's topics ('page.sentences'): count them once they are painted.
    const sentences = await waitUntil(async () => highlightSize(page, 'claimlens-sentence'), 'the sentence highlights');
    expect(sentences).toBeLessThanOrEqual(6);
    await pill(page).click();
    const headings = await overlay(page).locator('.clx-heading').allInnerTexts();
    expect(headings[0]).toMatch(/topics/i);
    const passages = await overlay(page).locator('[data-cl-key^="sentence:"]').count();
    expect(passages).toBeLessThanOrEqual(6);
    const texts = await overlay(page).locator('[data-cl-key^="sentence:"] .clx-item-quote').allInnerTexts();
    expect(texts.filter((t) => /\[?\s*read:/i.test(t))).toEqual([]);
    // …and it carries no sentence highlight either.
    const furnitureHighlighted = await page.evaluate(() => {
      const reg = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights;
      return [...(reg.get('claimlens-sentence') ?? [])].some((r) => r.toString().includes('[Read:'));
    });
    expect(furnitureHighlighted).toBe(false);
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    await page.screenshot({ path: path.join(RESULTS_DIR, 'calmer-page.png') });
    // Opening a topic closes the list: it does not sit behind the card.
    await overlay(page).locator('[data-cl-key^="topic:"]').first().click();
    await expect.poll(() => card(page).count()).toBe(1);
    expect(await pill(page).getAttribute('aria-expanded')).toBe('false');
    await page.screenshot({ path: path.join(RESULTS_DIR, 'calmer-page-card.png') });
    console.log(`[calmer] ${sentences} sentence highlights, ${passages} passages listed`);
    await page.close();
  });
});
