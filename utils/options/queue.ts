/**
 * Committing an import in batches: many small 'corpus.import' messages instead of one huge one, so the
 * page can show progress, the background never holds the whole import in one transaction, and Cancel stops
 * between batches (what was already written stays written and is reported). Pure: the sender is passed in.
 */
import type { ImportOutcome } from '../messages';

/** Items per 'corpus.import' message. */
export const DEFAULT_BATCH_SIZE = 50;

/**
 * Analysed rows (and pack articles) per 'corpus.importAnalysed' / 'corpus.importPack' message. The background's
 * write of a batch costs mostly rows per distinct search term, stem and topic it touches — nearly every topic's row and
 * match-index row, the packed vocabulary and topic rows, whatever the batch's size — and those grow far slower than the
 * batch: 1,000 articles on a 10k-claim base took 217 ms per article in the service worker in batches of 100 and 133 ms
 * in batches of 250 (scripts/bench-import.ts, one run each, loaded machine); 250 → 500 took the import from 42.5–58.9
 * to 76.9–92.5 articles/s (interleaved runs, load 6–9). Larger batches hold one transaction longer (~6 s at 500: a
 * page matched meanwhile waits for it, a stopped worker redoes more) and report progress less often.
 */
export const ANALYSED_BATCH_SIZE = 500;

/** Splits `items` into consecutive batches of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`batch size must be a positive integer, got ${size}`);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Progress of a batched commit. */
export interface BatchProgress {
  done: number;
  total: number;
}

/** Options of {@link commitInBatches}. */
export interface BatchOptions<T> {
  batchSize?: number;
  signal?: AbortSignal;
  onProgress?: (p: BatchProgress) => void;
  /** Outcomes for a batch whose message failed as a whole (e.g. the background did not answer). */
  onBatchError: (batch: T[], error: unknown) => ImportOutcome[];
}

/** What a batched commit did. */
export interface BatchResult {
  outcomes: ImportOutcome[];
  /** True when Cancel stopped it before every batch was sent. */
  cancelled: boolean;
  /** Items never sent because of Cancel. */
  notSent: number;
}

/**
 * Sends `items` in batches, one at a time and in order, collecting every outcome. A failing batch becomes
 * error outcomes for its items and the next batch still goes. Aborting stops before the next batch.
 */
export async function commitInBatches<T>(
  items: readonly T[],
  /** `last` is true for the final batch: earlier ones may defer work (topic mining) to it. */
  sendBatch: (batch: T[], info: { last: boolean }) => Promise<ImportOutcome[]>,
  options: BatchOptions<T>,
): Promise<BatchResult> {
  const batches = chunk(items, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const outcomes: ImportOutcome[] = [];
  let done = 0;
  options.onProgress?.({ done, total: items.length });
  for (const [i, batch] of batches.entries()) {
    if (options.signal?.aborted) return { outcomes, cancelled: true, notSent: items.length - done };
    let result: ImportOutcome[];
    try {
      result = await sendBatch(batch, { last: i === batches.length - 1 });
    } catch (err) {
      result = options.onBatchError(batch, err);
    }
    outcomes.push(...result);
    done += batch.length;
    options.onProgress?.({ done, total: items.length });
  }
  return { outcomes, cancelled: false, notSent: 0 };
}

/** Counts of an import's outcomes for the summary line. */
export interface OutcomeSummary {
  imported: number;
  duplicates: number;
  errors: number;
  claims: number;
}

/** Tallies outcomes. */
export function summariseOutcomes(outcomes: readonly ImportOutcome[]): OutcomeSummary {
  const s: OutcomeSummary = { imported: 0, duplicates: 0, errors: 0, claims: 0 };
  for (const o of outcomes) {
    if (o.status === 'imported') {
      s.imported++;
      s.claims += o.claims;
    } else if (o.status === 'duplicate') s.duplicates++;
    else s.errors++;
  }
  return s;
}

/** "3 articles imported (41 claims) · 1 duplicate skipped · 2 errors". */
export function describeSummary(s: OutcomeSummary): string {
  const n = (count: number, one: string, many: string) => `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
  const parts = [`${n(s.imported, 'article', 'articles')} imported (${n(s.claims, 'claim', 'claims')})`];
  if (s.duplicates) parts.push(`${n(s.duplicates, 'duplicate', 'duplicates')} skipped`);
  if (s.errors) parts.push(n(s.errors, 'error', 'errors'));
  return parts.join(' · ');
}

/** "412 / 1,200". */
export function formatCount(done: number, total: number): string {
  return `${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')}`;
}

/**
 * A cooperative loop helper for long work on one thread (the worker, or the page as a fallback): runs
 * `step` for each item, yields to the event loop every `sliceMs` so messages (Cancel) and rendering get a
 * turn, reports progress at most every `progressMs`, and stops when `signal` is aborted.
 * Returns how many items were processed.
 */
export async function runSliced<T>(
  items: readonly T[],
  step: (item: T, index: number) => void,
  options: {
    signal?: AbortSignal;
    onProgress?: (p: BatchProgress) => void;
    sliceMs?: number;
    progressMs?: number;
    now?: () => number;
    yieldNow?: () => Promise<void>;
  } = {},
): Promise<number> {
  const now = options.now ?? (() => performance.now());
  const yieldNow = options.yieldNow ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const sliceMs = options.sliceMs ?? 12;
  const progressMs = options.progressMs ?? 50;
  let sliceStart = now();
  let lastProgress = -Infinity;
  options.onProgress?.({ done: 0, total: items.length });
  for (let i = 0; i < items.length; i++) {
    if (options.signal?.aborted) return i;
    step(items[i], i);
    const t = now();
    if (t - lastProgress >= progressMs) {
      lastProgress = t;
      options.onProgress?.({ done: i + 1, total: items.length });
    }
    if (t - sliceStart >= sliceMs) {
      await yieldNow();
      sliceStart = now();
    }
  }
  options.onProgress?.({ done: items.length, total: items.length });
  return items.length;
}
