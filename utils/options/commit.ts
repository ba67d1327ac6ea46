/**
 * Committing a long import as one resumable job: batches carry a job id and their offset, so a batch whose
 * reply was lost (the service worker stopped: "message channel closed", "A listener indicated an
 * asynchronous response…") is sent again and answered from the background's journal — never stored twice,
 * never reported as a duplicate of itself. When a batch still fails, what the database holds for it is
 * asked for, so the report's numbers equal the database. Errors reach the user in words. Pure: the sender
 * is passed in.
 */
import type { ImportJobRef, ImportOutcome } from '../messages';
import type { BatchProgress } from './queue';

/** Browser wording for "the background went away while answering", which the user never sees. */
const TRANSPORT =
  /message channel (?:is |was )?closed|asynchronous response|Receiving end does not exist|Could not establish connection|did not answer|Extension context invalidated|message port closed|service worker/i;

/** True for an error that means the reply was lost (worth sending again), not that the request was refused. */
export function isTransportError(err: unknown): boolean {
  return TRANSPORT.test(err instanceof Error ? err.message : String(err));
}

/** An error for the user: browser transport wording replaced by what happened. */
export function friendlyError(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  if (isTransportError(msg)) return 'ClaimLens’s background stopped before it answered';
  return msg;
}

/** Sends `fn` again after transport failures, waiting a little longer each time; other errors are thrown at once. */
export async function withRetry<T>(fn: () => Promise<T>, options: { retries?: number; wait?: (attempt: number) => Promise<void> } = {}): Promise<T> {
  const retries = options.retries ?? 5;
  const wait = options.wait ?? ((attempt: number) => new Promise<void>((r) => setTimeout(r, 250 * 2 ** attempt)));
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (attempt >= retries || !isTransportError(err)) throw err;
      await wait(attempt);
    }
  }
}

/** One batch of a job: how many items, their names (for error outcomes) and how to send it. */
export interface JobBatch {
  names: string[];
  send(job: ImportJobRef, info: { lastOfJob: boolean }): Promise<ImportOutcome[]>;
}

/** Options of {@link commitJob}. */
export interface CommitJobOptions {
  jobId: string;
  label: string;
  signal?: AbortSignal;
  onProgress?: (p: BatchProgress) => void;
  /** Resends of one batch after lost replies (default 5). */
  retries?: number;
  wait?: (attempt: number) => Promise<void>;
  /** What the database holds for items [from, to) of the job; null per item not stored. */
  recover(jobId: string, from: number, to: number): Promise<(ImportOutcome | null)[]>;
}

/** What a committed job did. */
export interface JobResult {
  outcomes: ImportOutcome[];
  cancelled: boolean;
  notSent: number;
  /** Batches that needed more than one send. */
  resent: number;
}

/**
 * Sends every batch in order as one job. A batch failing with a lost reply is sent again (idempotent: the
 * journal answers what was already stored); when it keeps failing, the outcomes the database holds are
 * used, and items with none get an error in words. Cancel stops between batches.
 */
export async function commitJob(batches: readonly JobBatch[], options: CommitJobOptions): Promise<JobResult> {
  const total = batches.reduce((n, b) => n + b.names.length, 0);
  const outcomes: ImportOutcome[] = [];
  let offset = 0;
  let resent = 0;
  options.onProgress?.({ done: 0, total });
  for (const [i, batch] of batches.entries()) {
    if (options.signal?.aborted) return { outcomes, cancelled: true, notSent: total - offset, resent };
    const job: ImportJobRef = { id: options.jobId, offset, total, label: options.label, last: i === batches.length - 1 };
    let sends = 0;
    let result: ImportOutcome[];
    try {
      result = await withRetry(
        () => {
          sends++;
          return batch.send(job, { lastOfJob: job.last });
        },
        { retries: options.retries, wait: options.wait },
      );
    } catch (err) {
      result = await recoverBatch(batch, job, err, options);
    }
    if (sends > 1) resent++;
    outcomes.push(...result);
    offset += batch.names.length;
    options.onProgress?.({ done: offset, total });
  }
  return { outcomes, cancelled: false, notSent: 0, resent };
}

/** Outcomes of a batch that kept failing: the journal's where it has them, else an error in words. */
async function recoverBatch(batch: JobBatch, job: ImportJobRef, err: unknown, options: CommitJobOptions): Promise<ImportOutcome[]> {
  let stored: (ImportOutcome | null)[] = [];
  let known = true;
  try {
    stored = await withRetry(() => options.recover(job.id, job.offset, job.offset + batch.names.length), { retries: options.retries, wait: options.wait });
  } catch {
    known = false;
  }
  const why = friendlyError(err);
  return batch.names.map(
    (name, i): ImportOutcome =>
      stored[i] ?? {
        name,
        status: 'error',
        reason: known
          ? `${name}: not imported — ${why}. Import it again.`
          : `${name}: may not have been imported — ${why}, and it could not be checked. The library shows what was stored.`,
      },
  );
}
