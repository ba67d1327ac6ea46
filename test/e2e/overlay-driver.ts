/**
 * Drives the overlay the way a person does, although its shadow root is CLOSED (so Playwright's locators,
 * which pierce only open roots, cannot see inside, and neither can the page).
 *
 * - Reading (which elements, their text, attributes, boxes) runs in the content script's isolated world,
 *   where `chrome.dom.openOrClosedShadowRoot` (an extension-only API) returns the closed root.
 * - Acting is real input: clicks are `page.mouse` clicks at the element's centre and keys are `page.keyboard`,
 *   both trusted (CDP Input events) — the overlay ignores anything else.
 *
 * The API mirrors the few Playwright Locator calls the overlay tests use (`locator`, `getByRole`, `filter`,
 * `first`, `nth`, `count`, `click`, `focus`, `getAttribute`, `innerText`, `allInnerTexts`, `boundingBox`,
 * `evaluateAll`), so the tests read as before.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { evalInContentScript, waitUntil } from './harness';

type Pattern = { source: string; flags: string } | { text: string; exact: boolean };
type Step =
  | { css: string }
  | { role: string; name?: Pattern; level?: number }
  | { text: Pattern }
  | { nth: number }
  | { hasText: Pattern }
  | { has: Step[] };

function pattern(p: string | RegExp, exact = false): Pattern {
  return typeof p === 'string' ? { text: p, exact } : { source: p.source, flags: p.flags };
}

/** Runs in the isolated world: the elements a chain of steps selects inside the closed root. */
function resolveInWorld(steps: Step[]): Element[] {
  const host = document.querySelector('claimlens-ui');
  const api = (globalThis as unknown as { chrome: { dom: { openOrClosedShadowRoot(e: Element): ShadowRoot | null } } }).chrome;
  const root = host ? api.dom.openOrClosedShadowRoot(host) : null;
  if (!root) return [];
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const matches = (p: Pattern, text: string) =>
    'source' in p ? new RegExp(p.source, p.flags).test(text) : p.exact ? text === p.text : text.toLowerCase().includes(p.text.toLowerCase());
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    const st = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && st.visibility !== 'hidden';
  };
  const roleOf = (el: Element): string | null => {
    const explicit = el.getAttribute('role');
    if (explicit) return explicit;
    const tag = el.tagName.toLowerCase();
    if (tag === 'button') return 'button';
    if (tag === 'a' && el.hasAttribute('href')) return 'link';
    if (/^h[1-6]$/.test(tag)) return 'heading';
    if (tag === 'section' && (el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby'))) return 'region';
    if (tag === 'ul' || tag === 'ol') return 'list';
    if (tag === 'li') return 'listitem';
    if (tag === 'article') return 'article';
    return null;
  };
  const nameOf = (el: Element): string => {
    const label = el.getAttribute('aria-label');
    if (label) return norm(label);
    const by = el.getAttribute('aria-labelledby');
    if (by) return norm(by.split(/\s+/).map((id) => root.getElementById(id)?.textContent ?? '').join(' '));
    return norm((el as HTMLElement).innerText ?? el.textContent);
  };
  const run = (scope: Element[] | null, chain: Step[]): Element[] => {
    let current: Element[] | null = scope;
    for (const step of chain) {
      const within = (fn: (base: ParentNode) => Element[]) => {
        const out = new Set<Element>();
        for (const base of current ?? [root as unknown as Element]) for (const e of fn(base)) out.add(e);
        return [...out];
      };
      if ('css' in step) current = within((b) => Array.from(b.querySelectorAll(step.css)));
      else if ('role' in step)
        current = within((b) =>
          Array.from(b.querySelectorAll('*')).filter(
            (e) =>
              roleOf(e) === step.role &&
              visible(e) &&
              (!step.name || matches(step.name, nameOf(e))) &&
              (step.level === undefined || e.tagName.toLowerCase() === `h${step.level}`),
          ),
        );
      else if ('text' in step) {
        // The innermost elements whose text matches (as Playwright's getByText).
        const hit = (e: Element) => matches(step.text, norm((e as HTMLElement).innerText ?? e.textContent));
        current = within((b) => Array.from(b.querySelectorAll('*')).filter((e) => hit(e) && !Array.from(e.children).some(hit)));
      }
      else if ('nth' in step) {
        const list = current ?? [];
        const e = step.nth < 0 ? list[list.length + step.nth] : list[step.nth];
        current = e ? [e] : [];
      } else if ('hasText' in step) current = (current ?? []).filter((e) => matches(step.hasText, norm((e as HTMLElement).innerText ?? e.textContent)));
      else current = (current ?? []).filter((e) => run([e], step.has).length > 0);
    }
    return current ?? [];
  };
  return run(null, steps);
}

/** A lazy selection inside the overlay's closed shadow root. */
export class OverlayLocator {
  constructor(
    private readonly page: Page,
    private readonly steps: Step[] = [],
  ) {}

  private with(step: Step): OverlayLocator {
    return new OverlayLocator(this.page, [...this.steps, step]);
  }

  /** Descendants matching a CSS selector. */
  locator(css: string): OverlayLocator {
    return this.with({ css });
  }

  /** Descendants with an ARIA role (explicit or implied by the tag) and, optionally, an accessible name. */
  getByRole(role: string, opts: { name?: string | RegExp; exact?: boolean; level?: number } = {}): OverlayLocator {
    return this.with({ role, name: opts.name === undefined ? undefined : pattern(opts.name, opts.exact), level: opts.level });
  }

  /** The innermost descendants whose text matches. */
  getByText(text: string | RegExp, opts: { exact?: boolean } = {}): OverlayLocator {
    return this.with({ text: pattern(text, opts.exact) });
  }

  /** Keeps elements whose text matches, or that contain a match of another overlay locator. */
  filter(opts: { hasText?: string | RegExp; has?: OverlayLocator }): OverlayLocator {
    let out: OverlayLocator = this;
    if (opts.hasText !== undefined) out = out.with({ hasText: pattern(opts.hasText) });
    if (opts.has) out = out.with({ has: opts.has.steps });
    return out;
  }

  first(): OverlayLocator {
    return this.with({ nth: 0 });
  }

  nth(i: number): OverlayLocator {
    return this.with({ nth: i });
  }

  /** Runs `fn(elements, arg)` in the isolated world on the selected elements; the result must be JSON. */
  private run<T>(body: string): Promise<T> {
    const code = `(() => { const els = (${resolveInWorld.toString()})(${JSON.stringify(this.steps)}); ${body} })()`;
    return evalInContentScript<T>(this.page, code);
  }

  count(): Promise<number> {
    return this.run('return els.length;');
  }

  /** Waits (as Playwright's actions do) up to `timeout` ms for exactly one match: the overlay re-renders. */
  private async one(timeout = 5000): Promise<void> {
    const until = Date.now() + timeout;
    for (;;) {
      const n = await this.count();
      if (n === 1) return;
      if (Date.now() > until) throw new Error(`overlay locator ${JSON.stringify(this.steps)} matched ${n} elements, expected 1`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  getAttribute(name: string): Promise<string | null> {
    return this.one().then(() => this.run(`return els[0].getAttribute(${JSON.stringify(name)});`));
  }

  innerText(): Promise<string> {
    return this.one().then(() => this.run('return els[0].innerText;'));
  }

  allInnerTexts(): Promise<string[]> {
    return this.run('return els.map((e) => e.innerText);');
  }

  boundingBox(): Promise<{ x: number; y: number; width: number; height: number } | null> {
    return this.run('if (!els[0]) return null; const r = els[0].getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height };');
  }

  /** Moves focus to the element (focus is not an input event: nothing to forge). */
  async focus(): Promise<void> {
    await this.one();
    await this.run('els[0].focus(); return true;');
  }

  /**
   * A real (trusted) mouse click at the element's centre, after scrolling it into view if needed. As
   * Playwright's click, it first checks that the element itself would receive the click there (nothing of the
   * overlay lies on top of it), retrying for a while, and throws naming what is in the way.
   */
  async click(): Promise<void> {
    const until = Date.now() + 5000;
    const probe = () =>
      this.run<{ x: number; y: number; hit: string | null } | null>(
        "const e = els[0]; if (!e) return null; e.scrollIntoView({ block: 'nearest' }); const r = e.getBoundingClientRect();" +
          ' const x = r.x + r.width / 2, y = r.y + r.height / 2; const top = e.getRootNode().elementFromPoint(x, y);' +
          " return { x, y, hit: top && (top === e || e.contains(top)) ? null : top ? (top.getAttribute('data-cl-key') || top.className || top.tagName) : 'nothing' };",
      );
    for (;;) {
      await this.one();
      // Stable, as Playwright requires: the same centre twice, a few frames apart (a card is re-placed while
      // the page smooth-scrolls to its highlight; a click aimed before that lands where the button was).
      const at = await probe();
      if (!at) throw new Error('overlay element vanished before the click');
      await new Promise((r) => setTimeout(r, 50));
      const again = await probe();
      if (!again) throw new Error('overlay element vanished before the click');
      const stable = Math.abs(again.x - at.x) < 0.5 && Math.abs(again.y - at.y) < 0.5;
      if (stable && again.hit === null) {
        await this.page.mouse.click(again.x, again.y);
        return;
      }
      if (Date.now() > until) {
        throw new Error(`overlay locator ${JSON.stringify(this.steps)}: ${stable ? `a click at its centre would land on ${again.hit}` : 'it kept moving'}`);
      }
    }
  }

  /** `fn` runs in the isolated world with the one selected element (serialised with toString: no closures). */
  async evaluate<T>(fn: (el: HTMLElement) => T): Promise<T> {
    await this.one();
    return this.run(`return (${fn.toString()})(els[0]);`);
  }

  /** `fn` runs in the isolated world with the elements (serialised with toString: no closures). */
  evaluateAll<T>(fn: (els: Element[]) => T): Promise<T> {
    return this.run(`return (${fn.toString()})(els);`);
  }
}

/** The overlay's closed shadow root, as a locator root. */
export function overlay(page: Page): OverlayLocator {
  return new OverlayLocator(page);
}

/** An attribute of the element focused inside the overlay (null when focus is elsewhere). */
export function focusedInOverlay(page: Page, attr = 'data-cl-key'): Promise<string | null> {
  return evalInContentScript(page, (a: string) => {
    const host = document.querySelector('claimlens-ui');
    const api = (globalThis as unknown as { chrome: { dom: { openOrClosedShadowRoot(e: Element): ShadowRoot | null } } }).chrome;
    const active = (host ? api.dom.openOrClosedShadowRoot(host) : null)?.activeElement as HTMLElement | null | undefined;
    if (!active) return null;
    if (a === 'key') return active.getAttribute('data-cl-key') ?? active.getAttribute('role') ?? active.tagName.toLowerCase();
    return active.getAttribute(a);
  }, attr);
}

/** The corner pill ("ClaimLens · 3 topics"). */
export const pill = (page: Page): OverlayLocator => overlay(page).getByRole('button', { name: /^ClaimLens · \d+ topics?$/ });

/** The open topic card. */
export const card = (page: Page): OverlayLocator => overlay(page).getByRole('dialog');

/** Opens topic `label`'s card from the pill by keyboard and waits until the card is placed beside its mention. */
export async function openPlacedTopic(page: Page, label: string): Promise<void> {
  await openTopicByKeyboard(page, label);
  await expect.poll(() => overlay(page).locator('.clx-card-wrap[data-placed]').count()).toBe(1);
}

/**
 * Waits until the open card shows its items: a page load carries topics only, and the card asks the background
 * for its items when it opens (story items make that first answer take longer), so the header can be on screen
 * before the contrasts are. Fails if the card says it could not read them.
 */
export async function waitForCardItems(page: Page): Promise<void> {
  await expect.poll(() => card(page).locator('.cl-loading').count(), { timeout: 15_000 }).toBe(0);
}

/**
 * Opens topic `label`'s card the keyboard way: focus the pill, expand it, arrow down to the topic, Enter.
 * Returns the topic's accessible name. The pill's list is read as it is at each step (a background re-match
 * may drop a topic meanwhile); with `mayBeGone`, a topic no longer listed gives null instead of an error.
 */
export async function openTopicByKeyboard(page: Page, label: string, mayBeGone: true): Promise<string | null>;
export async function openTopicByKeyboard(page: Page, label: string, mayBeGone?: false): Promise<string>;
export async function openTopicByKeyboard(page: Page, label: string, mayBeGone = false): Promise<string | null> {
  await waitUntil(async () => (await pill(page).count()) === 1, 'the pill');
  await pill(page).focus();
  if ((await pill(page).getAttribute('aria-expanded')) !== 'true') await page.keyboard.press('Enter');
  await expect.poll(() => pill(page).getAttribute('aria-expanded')).toBe('true');
  const items = await overlay(page).locator('[data-cl-item]').count();
  const seen: string[] = [];
  for (let i = 0; i < items; i++) {
    await page.keyboard.press('ArrowDown');
    const name = (await focusedInOverlay(page, 'aria-label')) ?? '';
    seen.push(name);
    if (name.startsWith(`${label} — `)) {
      await page.keyboard.press('Enter');
      await expect.poll(() => card(page).count()).toBe(1);
      await waitForCardItems(page);
      return name;
    }
  }
  const listed = await overlay(page).locator('[data-cl-item]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  if (mayBeGone && !listed.some((n) => n.startsWith(`${label} — `))) return null;
  throw new Error(`no topic "${label}" in the pill; focus went through ${JSON.stringify(seen)}; listed ${JSON.stringify(listed)}`);
}

/**
 * Waits until the overlay's own animations (the card's 140 ms fade-in) have finished, so a screenshot shows
 * the card as a reader sees it. Playwright's `animations: 'disabled'` does not reach into the closed root.
 */
export function settleOverlay(page: Page): Promise<void> {
  return evalInContentScript(page, async () => {
    const host = document.querySelector('claimlens-ui');
    const api = (globalThis as unknown as { chrome: { dom: { openOrClosedShadowRoot(e: Element): ShadowRoot | null } } }).chrome;
    const root = host ? api.dom.openOrClosedShadowRoot(host) : null;
    await Promise.all((root?.getAnimations() ?? []).map((a) => a.finished.catch(() => undefined)));
  });
}

