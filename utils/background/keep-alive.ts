/**
 * Keeps the service worker alive through long work that no extension event is waiting on. Chrome stops a worker
 * after ~30 s without events or extension API calls, even while its own promises run: the start-up re-mine after an
 * update (tens of seconds at 100k claims) or the features migration, begun from onInstalled or a wake, was cut off
 * and redone from the start on the next wake. An extension API call resets that timer (Chrome's documented remedy),
 * so one cheap call is made every `everyMs` until the work settles.
 */

/** Default spacing of the keep-alive calls: under Chrome's 30 s idle limit. */
export const KEEP_ALIVE_MS = 25_000;

/**
 * Calls `ping` every `everyMs` until `work` settles, and returns `work` (its result or its rejection). A failing
 * ping is ignored: it only extends the worker's life.
 */
export async function keepAliveWhile<T>(work: Promise<T>, ping: () => Promise<unknown>, everyMs: number = KEEP_ALIVE_MS): Promise<T> {
  const timer = setInterval(() => void ping().catch(() => undefined), everyMs);
  try {
    return await work;
  } finally {
    clearInterval(timer);
  }
}
