/**
 * The settings item over the browser's storage API (utils/settings.ts): it reads what WXT's storage item kept under
 * `local:settings` (the plain key "settings"), falls back to the defaults, and its watchers hear changes made by any
 * context until they unwatch.
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, readSettings, settingsItem, updateSettings, type Settings } from '@/utils/settings';

describe('settingsItem', () => {
  it('reads the settings stored under "settings" (where WXT kept them), and the defaults when none are stored', async () => {
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, sensitivity: 'high', pausedSites: ['a.example'] } });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, sensitivity: 'high', pausedSites: ['a.example'] });
    // keys added after the stored copy was written come from the defaults
    await fakeBrowser.storage.local.set({ settings: { sensitivity: 'low' } });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, sensitivity: 'low' });
  });

  it('writes under the same key, and a watcher hears each change (the defaults on removal) until it unwatches', async () => {
    const heard: Settings[] = [];
    const unwatch = settingsItem.watch((s) => heard.push(s));
    await updateSettings({ highlightStyle: 'background' });
    expect(((await fakeBrowser.storage.local.get('settings')) as { settings: Settings }).settings.highlightStyle).toBe('background');
    await fakeBrowser.storage.local.set({ other: 1 }); // another key: no call
    await fakeBrowser.storage.local.remove('settings');
    unwatch();
    await updateSettings({ sensitivity: 'low' });
    expect(heard.map((s) => s.highlightStyle)).toEqual(['background', 'underline']);
    expect(heard).toHaveLength(2);
  });
});
