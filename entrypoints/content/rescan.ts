/**
 * When to scan the page again — pure logic, no DOM, so it can be unit-tested with fake timers.
 *
 * - Requests are debounced (default 800 ms): a burst of DOM mutations yields one scan.
 * - A scan never overlaps another: a request during a scan runs once more after it.
 * - At most `maxPerMinute` scans run in any 60 s window; extra requests wait for the window to free up.
 * - `ScanMemo` compares the extracted text (by hash, then by size of the edit) with the last one sent, so an
 *   unchanged or barely changed page is never re-sent (and a scan that somehow caused mutations cannot feed
 *   itself: its second run finds the same text and stops).
 */

export type ScanReason = 'initial' | 'navigation' | 'mutation' | 'settings';

const PRIORITY: Record<ScanReason, number> = { mutation: 0, settings: 1, navigation: 2, initial: 3 };

export interface RescanOptions {
  debounceMs?: number;
  maxPerMinute?: number;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (id: unknown) => void;
}

export interface RescanScheduler {
  /** Asks for a scan after `delayMs` (default: the debounce) of quiet. */
  request(reason: ScanReason, delayMs?: number): void;
  /** Drops any pending request. */
  cancel(): void;
  readonly running: boolean;
  /** Start times of scans in the last minute (for tests and debugging). */
  readonly recentRuns: readonly number[];
}

export function createRescanScheduler(run: (reason: ScanReason) => Promise<void>, options: RescanOptions = {}): RescanScheduler {
  const debounceMs = options.debounceMs ?? 800;
  const maxPerMinute = options.maxPerMinute ?? 12;
  const now = options.now ?? (() => Date.now());
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((id) => clearTimeout(id as ReturnType<typeof setTimeout>));

  let timer: unknown = null;
  let pending: ScanReason | null = null;
  let running = false;
  let again = false;
  let runs: number[] = [];

  const schedule = (ms: number) => {
    if (timer !== null) clearTimer(timer);
    timer = setTimer(fire, Math.max(0, ms));
  };

  function fire(): void {
    timer = null;
    if (pending === null) return;
    if (running) {
      again = true;
      return;
    }
    const t = now();
    runs = runs.filter((r) => t - r < 60_000);
    if (runs.length >= maxPerMinute) {
      schedule(runs[0]! + 60_000 - t + 1);
      return;
    }
    const reason = pending;
    pending = null;
    runs.push(t);
    running = true;
    void run(reason)
      .catch(() => undefined)
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          if (pending !== null) schedule(debounceMs);
        }
      });
  }

  return {
    request(reason, delayMs) {
      pending = pending === null || PRIORITY[reason] > PRIORITY[pending] ? reason : pending;
      if (running) {
        again = true;
        return;
      }
      schedule(delayMs ?? debounceMs);
    },
    cancel() {
      pending = null;
      again = false;
      if (timer !== null) clearTimer(timer);
      timer = null;
    },
    get running() {
      return running;
    },
    get recentRuns() {
      return runs;
    },
  };
}

/** FNV-1a 32-bit hash of a string with its length, as a short key ("1f3a9c2e:5120"). */
export function textHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${(h >>> 0).toString(16).padStart(8, '0')}:${s.length}`;
}

/** Characters that differ between two texts: what is left after their common prefix and suffix. */
export function changeSize(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let p = 0;
  while (p < n && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  while (s < n - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return Math.max(a.length, b.length) - p - s;
}

/** What a scan should do with freshly extracted text. */
export type ScanDecision = 'match' | 'rehighlight' | 'skip';

/**
 * Remembers the text last sent to the background and decides what a new extraction calls for:
 * - 'match': the text changed noticeably (or nothing was sent yet): ask the background again;
 * - 'rehighlight': the same text, but the page re-rendered its nodes: reuse the last match with the new map;
 * - 'skip': the same text on the same nodes, or a small edit in place (a ticking "3 min ago"): the live
 *   Ranges already follow such edits, so nothing needs doing.
 */
export class ScanMemo {
  private text: string | null = null;
  private hash: string | null = null;

  constructor(
    /** A change up to this many characters, or `minorRatio` of the text if larger, counts as minor. */
    private readonly minorChars = 80,
    private readonly minorRatio = 0.02,
  ) {}

  decide(text: string, previousMapLive: boolean): ScanDecision {
    if (this.text === null) return 'match';
    if (textHash(text) === this.hash && text === this.text) return previousMapLive ? 'skip' : 'rehighlight';
    if (!previousMapLive) return 'match';
    const limit = Math.max(this.minorChars, this.minorRatio * this.text.length);
    return changeSize(this.text, text) <= limit ? 'skip' : 'match';
  }

  commit(text: string): void {
    this.text = text;
    this.hash = textHash(text);
  }

  reset(): void {
    this.text = null;
    this.hash = null;
  }

  get lastHash(): string | null {
    return this.hash;
  }
}

/** The parts of a MutationRecord the filter reads. */
export interface MutationLike {
  type: string;
  target: unknown;
  addedNodes: ArrayLike<unknown>;
  removedNodes: ArrayLike<unknown>;
}

/**
 * True when at least one mutation is the page's own doing (and relevant). Mutations of our shadow host or of nodes inside
 * our UI, and childList changes that only add or remove our own nodes, are ignored.
 */
export function hasForeignMutation(
  records: ArrayLike<MutationLike>,
  isOwn: (node: unknown) => boolean,
  /** Optional: false for targets that cannot change the article (outside the current container). */
  isRelevant: (node: unknown) => boolean = () => true,
): boolean {
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    if (isOwn(r.target) || !isRelevant(r.target)) continue;
    if (r.type === 'childList') {
      const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
      if (nodes.length > 0 && nodes.every(isOwn)) continue;
    }
    return true;
  }
  return false;
}

/** The URL without its fragment: in-page anchors are not navigations. */
export function pageKey(href: string): string {
  const i = href.indexOf('#');
  return i < 0 ? href : href.slice(0, i);
}
