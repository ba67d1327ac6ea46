/**
 * Host access asked for on the reader's click: the one place that turns a URL into the host-permission pattern
 * and asks the browser for it. Used by "Import from a URL", "Add a source" and OPML import, so the three ask
 * for the same thing and word a refusal the same way.
 */
import { browser } from 'wxt/browser';

/**
 * The host-permission pattern covering a URL ("https://example.org/*"), or null for anything but http(s).
 * No port: Firefox rejects match patterns with one, and Chrome matches every port of the host anyway.
 */
export function hostPatternOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? `${u.protocol}//${u.hostname}/*` : null;
  } catch {
    return null;
  }
}

/**
 * Asks to read the hosts of `urls` (deduplicated). Call it FIRST in a click or submit handler — before any
 * await — because the browser only shows the prompt during the user's gesture. Resolves true when granted.
 */
export function requestHostAccess(urls: readonly string[]): Promise<boolean> {
  const origins = [...new Set(urls.map(hostPatternOf).filter((p): p is string => p !== null))];
  if (origins.length === 0) return Promise.resolve(false);
  return browser.permissions.request({ origins });
}
