/**
 * Long corpus computations (a full topic mine, the index rows after it) written as generators that `yield` every
 * few documents, so one code path runs both ways:
 * - to the end at once in Node, the CLI and tests ({@link runSteps});
 * - in slices in the extension's service worker ({@link runStepsAsync}), which has one thread: between two slices a
 *   page's match or a popup search runs instead of waiting ~15–30 s for a re-mine at 100k claims (issue 10).
 */

/** A computation that yields between units of work and returns its result. */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to the end without pausing: exactly the plain function's behaviour and cost. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** How {@link runStepsAsync} slices a computation. */
export interface SliceOptions {
  /** Work this long (ms) before pausing. */
  sliceMs?: number;
  /**
   * What a pause waits for (default: one macrotask, so queued events — a page's message — run first). Called
   * between slices; the computation resumes when it resolves.
   */
  pause?: () => Promise<void>;
}

/** One macrotask: lets the events queued meanwhile run. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Runs `steps` in slices of about `sliceMs` of work, awaiting `pause` between them. The result is the same as
 * {@link runSteps}'s: the computation reads nothing that changes meanwhile (callers pass it a snapshot).
 */
export async function runStepsAsync<T>(steps: Steps<T>, opts: SliceOptions = {}): Promise<T> {
  const sliceMs = opts.sliceMs ?? 40;
  const pause = opts.pause ?? nextTask;
  for (;;) {
    const until = performance.now() + sliceMs;
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      if (performance.now() >= until) break;
    }
    await pause();
  }
}

/** A loop's yield point: the function it returns is true once every `every` calls (`if (tick()) yield;`). */
export function stepCounter(every: number): () => boolean {
  let n = 0;
  return () => ++n % every === 0;
}
