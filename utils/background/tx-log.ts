/**
 * A record of the IndexedDB transactions a waking service worker opens (issue 10: what makes foreground reads wait
 * after a wake). A Dexie DBCore middleware notes each transaction's mode, tables, start and end (ms since the worker
 * started) and the first frames of the stack that opened it, for the first `windowMs` after the worker started and
 * at most `max` entries, on `globalThis.__claimlensTx` where the browser bench reads it over CDP. Outside the window
 * it costs one comparison per transaction.
 */
import type { DBCore, Middleware } from 'dexie';

/** One transaction as the log keeps it. */
export interface TxEntry {
  mode: 'readonly' | 'readwrite';
  tables: string[];
  /** ms since the worker started (`performance.now()`), one decimal. */
  start: number;
  /** When it completed or aborted; absent while it runs. */
  end?: number;
  /** 'complete' | 'abort'. */
  outcome?: string;
  /** The caller's frames (Dexie's own and this module's dropped), short. */
  by: string;
}

const ms = () => Math.round(performance.now() * 10) / 10;

/** The frames of `stack` that are not Dexie's or this file's, joined short (who opened the transaction). */
export function callerFrames(stack: string | undefined, keep = 4): string {
  if (!stack) return '';
  return stack
    .split('\n')
    .slice(1)
    .map((l) => l.trim().replace(/^at /, ''))
    .filter((l) => l && !/dexie|tx-log|txLog|Promise|<anonymous>$/i.test(l))
    .slice(0, keep)
    .map((l) => l.replace(/\(?(chrome-extension|moz-extension|file):\/\/[^)]*\/([^/)]+)\)?$/, '($2)'))
    .join(' < ');
}

/** Options of {@link txLog}. */
export interface TxLogOptions {
  /** Log transactions opened within this many ms of the worker's start (default 120 s). */
  windowMs?: number;
  /** At most this many entries (default 1,000: a wake with a search pass opens ~300). */
  max?: number;
  /** Where the entries go (default a fresh array on `globalThis.__claimlensTx`). */
  entries?: TxEntry[];
}

/** The middleware: `db.use(txLog())` before the database opens. */
export function txLog(opts: TxLogOptions = {}): Middleware<DBCore> {
  const windowMs = opts.windowMs ?? 120_000;
  const max = opts.max ?? 1000;
  const entries = opts.entries ?? [];
  if (!opts.entries) (globalThis as { __claimlensTx?: TxEntry[] }).__claimlensTx = entries;
  return {
    stack: 'dbcore',
    name: 'claimlens-tx-log',
    create(down) {
      return {
        ...down,
        transaction(stores, mode, options) {
          const tx = down.transaction(stores, mode, options);
          const now = ms();
          if (now > windowMs || entries.length >= max) return tx;
          const entry: TxEntry = { mode, tables: [...stores], start: now, by: callerFrames(new Error().stack) };
          entries.push(entry);
          const done = (outcome: string) => () => {
            entry.end ??= ms();
            entry.outcome ??= outcome;
          };
          const target = tx as unknown as { addEventListener?: (type: string, cb: () => void) => void };
          target.addEventListener?.('complete', done('complete'));
          target.addEventListener?.('abort', done('abort'));
          return tx;
        },
      };
    },
  };
}
