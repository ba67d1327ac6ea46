/**
 * Web addresses the reader types, and host access asked for on the reader's click: the one place that parses a
 * typed address, turns a URL into the host-permission pattern and asks the browser for it. Used by "Import from a URL", "Add a source" and OPML import, so the three ask
 * for the same thing and word a refusal the same way.
 */
import { browser } from 'wxt/browser';

/** What a caller says when a typed address is empty or not http(s) (the wording names what it is for). */
export interface AddressMessages {
  empty: string;
  notWeb: string;
}

/**
 * An address the reader typed, checked and normalised: a scheme-less "example.com/a" means https, the #fragment
 * is dropped, and only http(s) is accepted. One parser for "Import from a URL" and "Add a source".
 */
export function parseWebAddress(input: string, messages: AddressMessages): URL | { error: string } {
  const raw = input.trim();
  if (!raw) return { error: messages.empty };
  let u: URL;
  try {
    // "example.org:8080/a" is a host and port, not a scheme named "example.org".
    const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(raw) && !/^[^/:]+:\d+(?:[/?#]|$)/.test(raw);
    u = new URL(hasScheme ? raw : `https://${raw}`);
  } catch {
    return { error: `“${raw}” is not a web address.` };
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return { error: messages.notWeb };
  u.hash = '';
  return u;
}

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
