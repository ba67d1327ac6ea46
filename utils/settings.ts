/**
 * Typed user settings with defaults, kept in WXT storage (extension `local` area) so every context reads
 * the same values and can watch them change.
 */
import { storage } from '#imports';

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

/** The stored settings item; missing keys fall back to defaults (see `readSettings`). */
export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS });

/** Current settings, with defaults filled in for keys added after the user's last save. */
export async function readSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

/** Applies a partial change and returns the new settings. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await readSettings()), ...patch };
  await settingsItem.setValue(next);
  return next;
}

/** True when ClaimLens should stay quiet on this hostname. */
export function isPaused(settings: Settings, hostname: string): boolean {
  if (settings.pausedEverywhere) return true;
  const host = hostname.replace(/^www\./, '');
  return settings.pausedSites.some((s) => host === s || host.endsWith(`.${s}`));
}
