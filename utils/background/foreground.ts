/**
 * Foreground requests in flight (a page match, a popup search), so background work (the claim-features migration's
 * batches) waits for a quiet moment instead of running beside them: the worker has one JavaScript thread and the
 * database one queue per origin, so a batch's CPU and its read-write transaction delay whatever a reader asked for
 * meanwhile (issue 10: searches right after a wake waited 50–900 ms for their first read).
 */
import type { MessageType } from '../messages';

/**
 * What a reader waits for: a page's card and badge, a popup search, the reader view's contrasts — and imports, whose
 * topic mining changes the alias groups the features version hashes (a batch migrated meanwhile is stale again after).
 */
const FOREGROUND: ReadonlySet<MessageType> = new Set<MessageType>([
  'page.match',
  'page.sentences',
  'page.readability',
  'search.query',
  'search.facets',
  'article.get',
  'corpus.import',
  'corpus.importPack',
  'corpus.importAnalysed',
  'corpus.reanalyse',
]);

/** Whether background work should give way to a message of this type. */
export function isForeground(type: MessageType): boolean {
  return FOREGROUND.has(type);
}

/** The gate the message listener and background jobs share. */
export interface ForegroundGate {
  /** A foreground request began. */
  begin(): void;
  /** It was answered (or failed). */
  end(): void;
  /** Foreground requests running now. */
  inFlight(): number;
  /** Resolves once none is running and none ended within the last `quietMs`. */
  idle(): Promise<void>;
}

/** A gate whose `idle()` wants `quietMs` without foreground requests (a reader's next question often follows). */
export function createForegroundGate(quietMs = 150): ForegroundGate {
  let running = 0;
  let lastEnd = -Infinity;
  let waiters: (() => void)[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;

  const check = () => {
    timer = null;
    if (running > 0 || !waiters.length) return;
    const wait = lastEnd + quietMs - Date.now();
    if (wait > 0) {
      timer = setTimeout(check, wait);
      return;
    }
    const go = waiters;
    waiters = [];
    for (const w of go) w();
  };

  return {
    begin: () => void running++,
    end() {
      running = Math.max(0, running - 1);
      lastEnd = Date.now();
      if (running === 0 && waiters.length && !timer) timer = setTimeout(check, quietMs);
    },
    inFlight: () => running,
    idle() {
      return new Promise<void>((resolve) => {
        waiters.push(resolve);
        if (!timer) check();
      });
    },
  };
}
