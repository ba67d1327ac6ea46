/**
 * One bounded HTTP GET for sources: a timeout, a size limit enforced while streaming (the body is never
 * buffered past the limit; the request is aborted), no cookies, and errors in words — status, Retry-After,
 * redirect loops, unreachable hosts.
 */
import { retryAfterMs } from './schedule';

/** Most bytes read from one response (feed or article page). */
export const MAX_RESPONSE_BYTES = 5 * 1024 * 1024;
/** Longest wait for one response, headers and body together. */
export const FETCH_TIMEOUT_MS = 20_000;

/** A failed request, with what the scheduler needs: the status and how long the server asked us to wait. */
export class FetchError extends Error {
  constructor(
    message: string,
    readonly status: number | null = null,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

/** What a bounded fetch returns (a 304 has an empty text). */
export interface BoundedResponse {
  status: number;
  /** The address after redirects. */
  url: string;
  contentType: string;
  etag: string | null;
  lastModified: string | null;
  text: string;
  bytes: number;
}

/** Options of {@link boundedFetch}. */
export interface BoundedFetchOptions {
  fetch: typeof fetch;
  headers?: Record<string, string>;
  maxBytes?: number;
  timeoutMs?: number;
  now?: () => number;
}

/** "5 MB", "512 KB". */
export function sizeInWords(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) ? 1 : 0)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** Charset of a Content-Type header that TextDecoder knows, else utf-8. */
function decoderFor(contentType: string): TextDecoder {
  const label = /charset=["']?([\w-]+)/i.exec(contentType)?.[1];
  try {
    return new TextDecoder(label ?? 'utf-8');
  } catch {
    return new TextDecoder('utf-8');
  }
}

/**
 * GETs `url` within the limits. Resolves for 200 and 304; throws `FetchError` for everything else with a
 * message for the reader (and Retry-After for 429/503).
 */
export async function boundedFetch(url: string, opts: BoundedFetchOptions): Promise<BoundedResponse> {
  const maxBytes = opts.maxBytes ?? MAX_RESPONSE_BYTES;
  const timeoutMs = opts.timeoutMs ?? FETCH_TIMEOUT_MS;
  const now = opts.now ?? Date.now;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const timeoutError = () => new FetchError(`no complete answer within ${Math.round(timeoutMs / 1000)} s (timed out)`);
  try {
    let res: Response;
    try {
      res = await opts.fetch(url, {
        headers: opts.headers,
        credentials: 'omit',
        redirect: 'follow',
        cache: 'no-store',
        signal: controller.signal,
      });
    } catch (err) {
      if (timedOut) throw timeoutError();
      throw await networkError(url, err, opts.fetch);
    }
    const contentType = res.headers.get('content-type') ?? '';
    const base = {
      status: res.status,
      url: res.url || url,
      contentType,
      etag: res.headers.get('etag'),
      lastModified: res.headers.get('last-modified'),
    };
    if (res.status === 304) {
      void res.body?.cancel().catch(() => {});
      return { ...base, text: '', bytes: 0 };
    }
    if (res.status !== 200) {
      void res.body?.cancel().catch(() => {});
      const wait = res.status === 429 || res.status === 503 ? retryAfterMs(res.headers.get('retry-after'), now()) : null;
      const what =
        res.status === 429 ? 'too many requests' : res.status === 503 ? 'service unavailable' : res.status === 404 ? 'not found' : res.status === 410 ? 'gone' : res.status >= 500 ? 'a server error' : res.statusText || 'an error';
      const waitWords = wait !== null ? `; it asked us to wait ${Math.max(1, Math.round(wait / 60_000))} min` : '';
      throw new FetchError(`the server answered ${res.status} (${what})${waitWords}`, res.status, wait);
    }
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
      controller.abort();
      throw new FetchError(`the response is ${sizeInWords(declared)}, over the ${sizeInWords(maxBytes)} limit per response (not downloaded)`);
    }
    const chunks: Uint8Array[] = [];
    let bytes = 0;
    if (res.body) {
      const reader = res.body.getReader();
      for (;;) {
        let step: ReadableStreamReadResult<Uint8Array>;
        try {
          step = await reader.read();
        } catch (err) {
          if (timedOut) throw timeoutError();
          throw new FetchError(`the connection broke while reading (${(err as Error).message})`);
        }
        if (step.done) break;
        bytes += step.value.byteLength;
        if (bytes > maxBytes) {
          controller.abort();
          void reader.cancel().catch(() => {});
          throw new FetchError(`the response is over the ${sizeInWords(maxBytes)} limit per response (stopped reading at ${sizeInWords(bytes)})`);
        }
        chunks.push(step.value);
      }
    }
    const all = new Uint8Array(bytes);
    let at = 0;
    for (const c of chunks) {
      all.set(c, at);
      at += c.byteLength;
    }
    return { ...base, text: decoderFor(contentType).decode(all), bytes };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Names a network failure. Browsers report a redirect loop as a bare network error, so on failure one
 * probe with `redirect: 'manual'` tells "redirects (in a loop)" apart from "unreachable".
 */
async function networkError(url: string, err: unknown, doFetch: typeof fetch): Promise<FetchError> {
  const detail = err instanceof Error ? ((err.cause as Error | undefined)?.message ?? err.message) : String(err);
  if (/redirect/i.test(detail)) return new FetchError('the address redirects in a loop (or more than 20 times)');
  try {
    const probe = await doFetch(url, { redirect: 'manual', credentials: 'omit', cache: 'no-store', signal: AbortSignal.timeout(5000) });
    void probe.body?.cancel().catch(() => {});
    if (probe.type === 'opaqueredirect' || (probe.status >= 300 && probe.status < 400)) {
      return new FetchError('the address redirects in a loop (or more than 20 times)');
    }
  } catch {
    /* unreachable: fall through */
  }
  return new FetchError(`the server could not be reached (${detail})`);
}
