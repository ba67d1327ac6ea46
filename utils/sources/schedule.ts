/**
 * Scheduling arithmetic for sources, pure so it is unit-tested without clocks: the next fetch after a
 * success, backoff after errors, Retry-After, and the conditional-request headers.
 */
import type { Source } from './types';

const MINUTE = 60_000;
/** Shortest schedule a reader may set (feeds rarely change faster; servers deserve the courtesy). */
export const MIN_SCHEDULE_MINUTES = 15;
/** Longest schedule: once a week. */
export const MAX_SCHEDULE_MINUTES = 7 * 24 * 60;
/** First retry after an error. */
export const BACKOFF_BASE_MS = 5 * MINUTE;
/** Retries never wait longer than a day. */
export const BACKOFF_MAX_MS = 24 * 60 * MINUTE;
/** A Retry-After further out than a week is treated as a week. */
const RETRY_AFTER_MAX_MS = 7 * 24 * 60 * MINUTE;

/** A schedule in minutes clamped to what ClaimLens allows. */
export function clampSchedule(minutes: number): number {
  if (!Number.isFinite(minutes)) return 60;
  return Math.min(MAX_SCHEDULE_MINUTES, Math.max(MIN_SCHEDULE_MINUTES, Math.round(minutes)));
}

/** Wait after `failures` errors in a row (1, 2, ...): 5 min, 10, 20, ... doubling, at most a day. */
export function backoffMs(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.min(failures - 1, 20));
}

/**
 * A Retry-After header as milliseconds from `now`: either delay-seconds or an HTTP date (RFC 9110 §10.2.3).
 * Null when absent or unreadable; negative waits become 0 and very long ones a week.
 */
export function retryAfterMs(header: string | null | undefined, now: number): number | null {
  if (!header) return null;
  const h = header.trim();
  let ms: number;
  if (/^\d+$/.test(h)) ms = Number(h) * 1000;
  else {
    const t = Date.parse(h);
    if (Number.isNaN(t)) return null;
    ms = t - now;
  }
  return Math.min(RETRY_AFTER_MAX_MS, Math.max(0, ms));
}

/** When to fetch next after a success. */
export function nextAfterSuccess(source: Pick<Source, 'scheduleMinutes'>, now: number): number {
  return now + clampSchedule(source.scheduleMinutes) * MINUTE;
}

/**
 * When to fetch next after the `failures`-th error in a row: the backoff, or the server's Retry-After when
 * it asks for longer — never sooner than the server asked, never later than the longer of a day and the schedule.
 */
export function nextAfterError(failures: number, now: number, retryAfter: number | null = null): number {
  return now + Math.max(backoffMs(failures), retryAfter ?? 0);
}

/** Request headers for a conditional fetch of the feed: the validators the last 200 answer gave. */
export function conditionalHeaders(source: Pick<Source, 'etag' | 'lastModified'>): Record<string, string> {
  const headers: Record<string, string> = {
    accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
  };
  if (source.etag) headers['if-none-match'] = source.etag;
  if (source.lastModified) headers['if-modified-since'] = source.lastModified;
  return headers;
}

/** "in 42 min", "in 3 h", "now" — the panel's next-fetch column. */
export function inWords(ms: number): string {
  if (ms <= 30_000) return 'now';
  const min = Math.round(ms / MINUTE);
  if (min < 90) return `in ${min} min`;
  const h = Math.round(min / 60);
  return h < 36 ? `in ${h} h` : `in ${Math.round(h / 24)} days`;
}
