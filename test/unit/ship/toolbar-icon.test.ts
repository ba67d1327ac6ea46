import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, updateSettings } from '../../../utils/settings';
import { TOOLBAR_ICONS, startToolbarIcons, toolbarIconState } from '../../../utils/background/toolbar-icon';

describe('toolbarIconState', () => {
  const paused = { ...DEFAULT_SETTINGS, pausedSites: ['example.com'] };
  it.each([
    ['https://example.com/a', 'paused'],
    ['https://www.example.com/a', 'paused'],
    ['http://news.example.com/a', 'paused'],
    ['https://example.org/a', 'active'],
    ['https://notexample.com/a', 'active'],
    ['chrome://extensions/', 'active'],
    ['about:blank', 'active'],
    [undefined, 'active'],
    ['not a url', 'active'],
  ] as const)('%s → %s', (url, state) => {
    expect(toolbarIconState(paused, url)).toBe(state);
  });
  it('pausing everywhere pauses every tab, including non-web ones', () => {
    const all = { ...DEFAULT_SETTINGS, pausedEverywhere: true };
    expect(toolbarIconState(all, 'https://example.org/')).toBe('paused');
    expect(toolbarIconState(all, undefined)).toBe('paused');
  });
});

describe('startToolbarIcons', () => {
  /** Records setIcon calls per tab (fakeBrowser does not implement setIcon). */
  function recordIcons() {
    const last = new Map<number, string>();
    (fakeBrowser.action as { setIcon?: unknown }).setIcon = vi.fn(
      async (d: { tabId: number; path: Record<number, string> }) => void last.set(d.tabId, d.path[16]),
    );
    return last;
  }
  const settle = () => new Promise((r) => setTimeout(r, 20));

  it('draws the paused icon on tabs of a paused site, on navigation and when the settings change', async () => {
    const icons = recordIcons();
    const a = await fakeBrowser.tabs.create({ url: 'https://example.com/story' });
    const b = await fakeBrowser.tabs.create({ url: 'https://example.org/story' });
    const { refresh } = startToolbarIcons();
    await refresh();
    expect(icons.get(a.id!)).toBe(TOOLBAR_ICONS.active[16]);
    expect(icons.get(b.id!)).toBe(TOOLBAR_ICONS.active[16]);

    await updateSettings({ pausedSites: ['example.com'] });
    await settle();
    expect(icons.get(a.id!)).toBe(TOOLBAR_ICONS.paused[16]);
    expect(icons.get(b.id!)).toBe(TOOLBAR_ICONS.active[16]);

    // Navigating tab b onto the paused site pauses its icon; tab a leaving it restores the lens.
    await fakeBrowser.tabs.update(b.id!, { url: 'https://www.example.com/other' });
    await fakeBrowser.tabs.update(a.id!, { url: 'https://example.net/' });
    await settle();
    expect(icons.get(b.id!)).toBe(TOOLBAR_ICONS.paused[16]);
    expect(icons.get(a.id!)).toBe(TOOLBAR_ICONS.active[16]);

    await updateSettings({ pausedSites: [] });
    await settle();
    expect(icons.get(b.id!)).toBe(TOOLBAR_ICONS.active[16]);
  });

  it('icon paths point at files in public/icon', async () => {
    const fs = await import('node:fs');
    for (const set of Object.values(TOOLBAR_ICONS))
      for (const p of Object.values(set)) expect(fs.existsSync(`public${p}`), p).toBe(true);
  });
});
