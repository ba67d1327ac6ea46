/**
 * The toolbar icon per tab: the ClaimLens lens normally, a greyed lens with a pause badge on tabs whose site
 * is paused (or when ClaimLens is paused everywhere). The background knows both the tab's URL and the
 * settings, so it sets the icon; pages need not report anything.
 */
import { isPaused, readSettings, settingsItem, type Settings } from '../settings';

/** Which icon a tab shows. */
export type ToolbarIconState = 'active' | 'paused';

const iconSet = (variant: string) => ({
  16: `/icon/${variant}-16.png`,
  32: `/icon/${variant}-32.png`,
});

/** Icon paths per state (files in public/icon, drawn in assets/icons). */
export const TOOLBAR_ICONS: Record<ToolbarIconState, Record<number, string>> = {
  active: iconSet('claimlens'),
  paused: iconSet('claimlens-paused'),
};

/** The icon state for a tab showing `url` under `settings`. Non-web pages (chrome://, about:) stay active. */
export function toolbarIconState(settings: Settings, url: string | undefined): ToolbarIconState {
  if (settings.pausedEverywhere) return 'paused';
  if (!url) return 'active';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'active';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'active';
  return isPaused(settings, parsed.hostname) ? 'paused' : 'active';
}

type SetIcon = (details: { tabId: number; path: Record<number, string> }) => Promise<void>;

/**
 * Keeps every tab's toolbar icon in step with its URL and the paused-site settings: on navigation (browsers
 * reset per-tab icons when a tab navigates), and for all open tabs when the settings change.
 * Returns `refresh`, which recomputes every tab (used at start and by tests).
 */
export function startToolbarIcons(): { refresh(): Promise<void> } {
  // MV3 has `action`; Firefox's MV2 build has `browserAction` with the same setIcon.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  const setIcon = action.setIcon.bind(action) as unknown as SetIcon;
  const apply = async (settings: Settings, tabId: number, url: string | undefined) => {
    try {
      await setIcon({ tabId, path: TOOLBAR_ICONS[toolbarIconState(settings, url)] });
    } catch {
      // The tab closed meanwhile: nothing to draw.
    }
  };
  const refresh = async (settings?: Settings) => {
    const s = settings ?? (await readSettings());
    const tabs = await browser.tabs.query({});
    await Promise.all(tabs.map((t) => (t.id == null ? undefined : apply(s, t.id, t.url))));
  };
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url === undefined && change.status !== 'complete') return;
    void readSettings().then((s) => apply(s, tabId, tab.url ?? change.url));
  });
  settingsItem.watch(() => void refresh());
  void refresh();
  return { refresh: () => refresh() };
}
