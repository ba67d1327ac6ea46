/**
 * Typed user settings with defaults, kept in the extension's `local` storage area so every context reads
 * the same values and can watch them change.
 */
import { browser } from 'wxt/browser';

/** How eagerly pages are matched to corpus topics. */
export type Sensitivity = 'low' | 'medium' | 'high';

/** How highlights look on pages. */
export type HighlightStyle = 'underline' | 'background' | 'off';

/** Every user setting. */
export interface Settings {
  pausedEverywhere: boolean;
  /** Hostnames where ClaimLens does nothing ("example.com"). */
  pausedSites: string[];
  sensitivity: Sensitivity;
  highlightStyle: HighlightStyle;
  mutedTopics: string[];
  mutedOutlets: string[];
}

/** Defaults for a fresh install. */
export const DEFAULT_SETTINGS: Settings = {
  pausedEverywhere: false,
  pausedSites: [],
  sensitivity: 'medium',
  highlightStyle: 'underline',
  mutedTopics: [],
  mutedOutlets: [],
};

/** The storage key of the settings: the key WXT's `storage.defineItem('local:settings')` kept them under. */
const SETTINGS_KEY = 'settings';

/** A stored value read, written and watched: the part of WXT's storage item the settings use. */
export interface SettingsItem {
  /** The stored settings, or the defaults when none are stored. */
  getValue(): Promise<Settings>;
  setValue(value: Settings): Promise<void>;
  /** Calls `cb` with the new settings (the defaults when removed) after each change; returns the unwatch. */
  watch(cb: (next: Settings) => void): () => void;
}

/**
 * The stored settings item; missing keys fall back to defaults (see `readSettings`). Written over the browser's
 * own storage API, not WXT's storage layer: the content script reads the settings, and that layer with its
 * dependencies was ~10 KB of the content script's 112 KB (minified) for three calls. Same key, so nothing stored moves.
 */
export const settingsItem: SettingsItem = {
  async getValue() {
    const got = await browser.storage.local.get(SETTINGS_KEY);
    return (got[SETTINGS_KEY] as Settings | undefined) ?? DEFAULT_SETTINGS;
  },
  async setValue(value) {
    await browser.storage.local.set({ [SETTINGS_KEY]: value });
  },
  watch(cb) {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && SETTINGS_KEY in changes) cb((changes[SETTINGS_KEY]!.newValue as Settings | undefined) ?? DEFAULT_SETTINGS);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};

/** Current settings, with defaults filled in for keys added after the user's last save. */
export async function readSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

/**
 * A change to the settings: values, or a function of the settings as stored at write time. Lists (mutes,
 * paused sites) are always changed with a function, so an addition made meanwhile by another context (a mute
 * from a page while the options page is open) is not written over with a stale copy.
 */
export type SettingsPatch = Partial<Settings> | ((current: Settings) => Partial<Settings>);

/** Writes of this context, one after another (see `updateSettings`). */
let writes: Promise<unknown> = Promise.resolve();

/**
 * Applies a change and returns the new settings. Updates are queued and each re-reads the stored settings
 * just before writing, so two quick changes ("Mute topic" then at once "Mute <outlet>") both stay: the
 * second no longer writes back a copy read before the first landed. Pass a function to compute the change
 * from the current settings (adding to a list without losing another context's addition).
 */
export function updateSettings(patch: SettingsPatch): Promise<Settings> {
  const run = writes.then(async () => {
    const current = await readSettings();
    const next = { ...current, ...(typeof patch === 'function' ? patch(current) : patch) };
    await settingsItem.setValue(next);
    return next;
  });
  writes = run.catch(() => undefined);
  return run;
}

/**
 * The settings keys and values of `value` that are valid (a backup's `settings`, a hand-edited file):
 * unknown keys and values of the wrong type are dropped, lists keep only strings.
 */
export function validSettings(value: unknown): Partial<Settings> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const v = value as Record<string, unknown>;
  const out: Partial<Settings> = {};
  if (typeof v.pausedEverywhere === 'boolean') out.pausedEverywhere = v.pausedEverywhere;
  const list = (x: unknown) => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string' && s.length <= 500) : null);
  const sites = list(v.pausedSites);
  if (sites) out.pausedSites = sites;
  const topics = list(v.mutedTopics);
  if (topics) out.mutedTopics = topics;
  const outlets = list(v.mutedOutlets);
  if (outlets) out.mutedOutlets = outlets;
  if (v.sensitivity === 'low' || v.sensitivity === 'medium' || v.sensitivity === 'high') out.sensitivity = v.sensitivity;
  if (v.highlightStyle === 'underline' || v.highlightStyle === 'background' || v.highlightStyle === 'off') out.highlightStyle = v.highlightStyle;
  return out;
}

/** True when ClaimLens should stay quiet on this hostname. */
export function isPaused(settings: Settings, hostname: string): boolean {
  if (settings.pausedEverywhere) return true;
  const host = hostname.replace(/^www\./, '');
  return settings.pausedSites.some((s) => host === s || host.endsWith(`.${s}`));
}
