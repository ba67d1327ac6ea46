/**
 * The page's side of the import worker: promise-returning `parse` and `analyse`, progress callbacks, and
 * Cancel (a 'cancel' message; if the worker does not stop within a second it is terminated and replaced).
 * Where a module worker cannot start, the same pipeline runs on the page in small slices instead.
 */
import type { AnalyseResult, ParseResult, PreparedItem, Source } from './pipeline';
import type { BatchProgress } from './queue';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

/** Runs import jobs. */
export interface ImportRunner {
  /** True when jobs run in a Web Worker (false: on the page, sliced). */
  readonly inWorker: boolean;
  parse(sources: Source[]): Promise<ParseResult>;
  analyse(items: PreparedItem[], onProgress: (p: BatchProgress) => void, signal: AbortSignal): Promise<AnalyseResult>;
  dispose(): void;
}

function startWorker(): Worker | null {
  try {
    return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'claimlens-import' });
  } catch {
    return null;
  }
}

/** Creates a runner backed by a module worker, or by the page when workers are unavailable. */
export function createImportRunner(): ImportRunner {
  let worker = startWorker();
  const fallback = pageRunner();
  if (!worker) return fallback;
  let broken = false;
  let job = 0;
  /** Jobs in flight: how to hand them a reply, and how to redo them on the page if the worker dies. */
  const pending = new Map<number, { handle: (reply: WorkerReply) => void; redo: () => void }>();
  const attach = (w: Worker) => {
    w.addEventListener('message', (e: MessageEvent<WorkerReply>) => pending.get(e.data.job)?.handle(e.data));
    w.addEventListener('error', (e) => {
      // A worker that cannot load (or crashes) is given up: its jobs and all later ones run on the page.
      e.preventDefault();
      console.warn('ClaimLens: import worker failed, importing on the page instead:', e.message);
      broken = true;
      const redo = [...pending.values()].map((p) => p.redo);
      pending.clear();
      redo.forEach((r) => r());
    });
  };
  attach(worker);
  const post = (m: WorkerRequest) => worker!.postMessage(m);

  const runner: ImportRunner = {
    get inWorker() {
      return !broken;
    },
    parse(sources) {
      if (broken) return fallback.parse(sources);
      const id = ++job;
      return new Promise<ParseResult>((resolve, reject) => {
        pending.set(id, {
          handle: (reply) => {
            if (reply.type === 'parsed') resolve(reply.result);
            else if (reply.type === 'failed') reject(new Error(reply.error));
            else return;
            pending.delete(id);
          },
          redo: () => fallback.parse(sources).then(resolve, reject),
        });
        post({ type: 'parse', job: id, sources });
      });
    },
    analyse(items, onProgress, signal) {
      if (broken) return fallback.analyse(items, onProgress, signal);
      const id = ++job;
      return new Promise<AnalyseResult>((resolve, reject) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const finish = () => {
          pending.delete(id);
          if (timer) clearTimeout(timer);
          signal.removeEventListener('abort', onAbort);
        };
        const onAbort = () => {
          post({ type: 'cancel', job: id });
          // A worker stuck inside one huge article cannot read messages: replace it.
          timer = setTimeout(() => {
            finish();
            worker!.terminate();
            worker = startWorker();
            if (worker) attach(worker);
            else broken = true;
            resolve({ rows: [], errors: [], cancelled: true, processed: 0, tookMs: 0 });
          }, 1000);
        };
        pending.set(id, {
          handle: (reply) => {
            if (reply.type === 'progress') onProgress({ done: reply.done, total: reply.total });
            else if (reply.type === 'analysed') {
              finish();
              resolve(reply.result);
            } else if (reply.type === 'failed') {
              finish();
              reject(new Error(reply.error));
            }
          },
          redo: () => {
            finish();
            fallback.analyse(items, onProgress, signal).then(resolve, reject);
          },
        });
        if (signal.aborted) onAbort();
        else signal.addEventListener('abort', onAbort, { once: true });
        post({ type: 'analyse', job: id, items, now: Date.now() });
      });
    },
    dispose() {
      worker?.terminate();
      pending.clear();
    },
  };
  return runner;
}

/** The fallback: the same pipeline on the page, loaded on first use, yielding between slices. */
function pageRunner(): ImportRunner {
  const load = () => Promise.all([import('./engine-deps'), import('./pipeline')]);
  return {
    inWorker: false,
    async parse(sources) {
      const [{ engineDeps }, { parseSources }] = await load();
      return parseSources(sources, engineDeps, 'page');
    },
    async analyse(items, onProgress, signal) {
      const [{ engineDeps }, { analyseItems }] = await load();
      return analyseItems(items, engineDeps, { signal, onProgress, keyPrefix: 'page', sliceMs: 8 });
    },
    dispose() {},
  };
}
