/**
 * Messages between the background and the offscreen document that lends it a DOM (Chrome). Kept apart from
 * the main protocol: only the background sends these and only the offscreen document answers them.
 */
import type { FeedLink } from './types';
import type { PageExtract } from './html-tools';
import type { ReadabilityHints } from '../page/readability-hints';

/** Path of the offscreen document in the build. */
export const OFFSCREEN_PATH = 'offscreen.html';

/** A job for the offscreen document. */
export type OffscreenRequest =
  | { claimlensOffscreen: 1; op: 'extract'; html: string; url: string }
  | { claimlensOffscreen: 1; op: 'feedLinks'; html: string; url: string }
  | { claimlensOffscreen: 1; op: 'hints'; html: string; url: string };

/** Its answer. */
export type OffscreenReply = { claimlensOffscreenReply: 1; ok: true; data: PageExtract | FeedLink[] | ReadabilityHints | null } | { claimlensOffscreenReply: 1; ok: false; error: string };

/** True for a request meant for the offscreen document. */
export function isOffscreenRequest(v: unknown): v is OffscreenRequest {
  const r = v as Partial<OffscreenRequest> | null;
  return !!r && r.claimlensOffscreen === 1 && (r.op === 'extract' || r.op === 'feedLinks' || r.op === 'hints') && typeof r.html === 'string' && typeof r.url === 'string';
}

/** True for an answer of the offscreen document. */
export function isOffscreenReply(v: unknown): v is OffscreenReply {
  return !!v && (v as OffscreenReply).claimlensOffscreenReply === 1;
}
