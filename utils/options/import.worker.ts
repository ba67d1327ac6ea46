/**
 * The import worker: parses files and runs the claim engine for the preview off the page's thread, posting
 * progress; a 'cancel' message stops a job between two articles. Wiring only — the work is in pipeline.ts.
 */
import { engineDeps } from './engine-deps';
import { analyseItems, parseSources } from './pipeline';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

/** The worker global, typed for what this file uses. */
const scope = self as unknown as {
  postMessage(message: WorkerReply): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<WorkerRequest>) => void): void;
};

const running = new Map<number, AbortController>();
const post = (m: WorkerReply) => scope.postMessage(m);

scope.addEventListener('message', (event) => {
  const msg = event.data;
  if (msg.type === 'cancel') {
    running.get(msg.job)?.abort();
    return;
  }
  if (msg.type === 'parse') {
    try {
      post({ type: 'parsed', job: msg.job, result: parseSources(msg.sources, engineDeps, `j${msg.job}`) });
    } catch (err) {
      post({ type: 'failed', job: msg.job, error: err instanceof Error ? err.message : String(err) });
    }
    return;
  }
  const controller = new AbortController();
  running.set(msg.job, controller);
  analyseItems(msg.items, engineDeps, {
    signal: controller.signal,
    keyPrefix: `j${msg.job}`,
    now: msg.now,
    onProgress: ({ done, total }) => post({ type: 'progress', job: msg.job, done, total }),
  })
    .then((result) => post({ type: 'analysed', job: msg.job, result }))
    .catch((err: unknown) => post({ type: 'failed', job: msg.job, error: err instanceof Error ? err.message : String(err) }))
    .finally(() => running.delete(msg.job));
});
