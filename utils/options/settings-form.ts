/**
 * Settings form helpers: paused-site entry and list toggles. Pure; the stored settings live in utils/settings.ts.
 */

const HOST_RE = /^(?=.{1,253}$)(localhost|(\d{1,3}\.){3}\d{1,3}|([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63})$/;

/**
 * The hostname to pause for what the user typed — a host, or any URL — without "www.":
 * "https://www.Example.com/news/1" → "example.com". Returns an error message for anything else.
 */
export function normaliseSite(input: string): { host: string } | { error: string } {
  const raw = input.trim().toLowerCase();
  if (!raw) return { error: 'Type a site, like example.com.' };
  let host = raw;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(raw)) {
    try {
      host = new URL(raw).hostname;
    } catch {
      return { error: `“${input.trim()}” is not a web address.` };
    }
  } else {
    host = raw.split(/[/?#]/)[0].replace(/:\d+$/, '');
  }
  host = host.replace(/^www\./, '').replace(/\.$/, '');
  if (!HOST_RE.test(host)) return { error: `“${input.trim()}” is not a site name like example.com.` };
  return { host };
}

/** `list` with `host` added once, sorted. */
export function addSite(list: readonly string[], host: string): string[] {
  return [...new Set([...list, host])].sort();
}

/** `list` with `id` added (on) or removed (off), keeping order and no duplicates. */
export function toggleIn(list: readonly string[], id: string, on: boolean): string[] {
  const without = list.filter((x) => x !== id);
  return on ? [...without, id] : without;
}
