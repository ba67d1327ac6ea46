/**
 * The end-to-end harness: loads the built ClaimLens extension into Debian's Chromium with playwright-core,
 * serves the fixture pages from 127.0.0.1, and gives tests the few tools they need to drive and inspect
 * every context — extension pages, the service worker, and the content script's isolated world.
 *
 * Typical use:
 * ```ts
 * const s = await launchExtension();
 * const { page, errors } = await openExtensionPage(s, 'options.html');
 * const reply = await sendFromExtensionPage(page, 'corpus.stats', {});
 * const web = await s.context.newPage();
 * await web.goto(`${s.baseUrl}/seed-subject-article.html`);
 * const r = await evalInContentScript(web, () => chrome.runtime.sendMessage({ claimlens: 1, type: 'page.clear', payload: {} }));
 * await s.close();
 * ```
 *
 * Facts about Chromium 150 (Debian) + extensions that this file relies on, found by trying:
 * - Playwright's own `headless: true` works with extensions: it passes `--headless`, which is the "new"
 *   headless mode (the full browser) since the old one moved out into chrome-headless-shell. No
 *   `--headless=new` or `headless: false` trick is needed. Playwright's default `--disable-extensions` is
 *   overridden by `--disable-extensions-except`.
 * - `chrome.runtime.reload()` of an unpacked (`--load-extension`) extension leaves it DISABLED
 *   (extension pages fail with net::ERR_BLOCKED_BY_CLIENT, no new service worker) unless the profile has
 *   developer mode on. `launchExtension` therefore writes `extensions.ui.developer_mode: true` into the
 *   fresh profile's Preferences; with it, reload fires `runtime.onInstalled` with reason "update".
 * - A reload closes every open extension page (popup/options tabs): reopen them afterwards.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chromium,
  type BrowserContext,
  type CDPSession,
  type ConsoleMessage,
  type Page,
  type Worker,
} from 'playwright-core';
import type { MessageType, Reply, RequestOf } from '../../utils/messages';

/**
 * The slice of the `chrome` API that code evaluated inside the browser (extension pages, the service worker,
 * the content script's world) uses here. Declared per module so it does not leak into the project's types.
 */
export interface ChromeApi {
  runtime: { sendMessage(message: unknown): Promise<any>; reload(): void; id: string };
  storage: { local: { get(key: string): Promise<Record<string, any>>; set(items: Record<string, unknown>): Promise<void> } };
}
declare const chrome: ChromeApi;

/** Project root (two levels above this file). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The Chromium the tests drive; Debian's package by default. */
export const CHROMIUM_PATH = process.env.CLAIMLENS_CHROMIUM ?? '/usr/bin/chromium';
/** The built, unpacked extension (`wxt build` output). */
export const EXTENSION_DIR = path.resolve(ROOT, process.env.CLAIMLENS_EXT_DIR ?? '.output/chrome-mv3');
/** Fixture pages served by the static server. */
export const FIXTURES_DIR = path.join(ROOT, 'test/fixtures/pages');
/** Where screenshots go (git-ignored). */
export const RESULTS_DIR = path.join(ROOT, 'test-results');
/** The extension's name in its manifest; also the name of its content scripts' isolated world. */
export const EXTENSION_NAME = 'ClaimLens';

/**
 * Everything that must exist before a browser can start; each entry is a message telling how to fix it.
 * Used by the global setup, which fails the run (never skips) when the list is not empty.
 */
export function checkPrerequisites(): string[] {
  const problems: string[] = [];
  try {
    fs.accessSync(CHROMIUM_PATH, fs.constants.X_OK);
  } catch {
    problems.push(`Chromium not found at ${CHROMIUM_PATH}: install it with \`sudo apt-get install -y chromium\``);
  }
  const manifest = path.join(EXTENSION_DIR, 'manifest.json');
  if (!fs.existsSync(manifest)) {
    problems.push(
      `Built extension not found at ${EXTENSION_DIR} (no manifest.json): run \`npm run build\` ` +
        '(or `CLAIMLENS_OUT_DIR=<dir> npx wxt build` and set CLAIMLENS_EXT_DIR=<dir>/chrome-mv3)',
    );
  } else if (!fs.existsSync(path.join(EXTENSION_DIR, 'seed-pack.json'))) {
    problems.push(
      `The build at ${EXTENSION_DIR} has no seed-pack.json: run \`npm run seeds\` before \`wxt build\` ` +
        '(`npm run build` does both)',
    );
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------
// Static fixture server
// ---------------------------------------------------------------------------------------------------------

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** A page or file a test serves in addition to the fixtures (`server.route`). */
export interface RouteBody {
  body: string | Buffer;
  contentType?: string;
  status?: number;
}

/** The static server of the fixture pages. */
export interface FixtureServer {
  /** http://127.0.0.1:PORT (no trailing slash). */
  baseUrl: string;
  port: number;
  /** Every path requested, in order (for "nothing was fetched" style assertions). */
  requests: string[];
  /** Serves `body` at `urlPath` (e.g. '/generated/one.html'), overriding any fixture file there. */
  route(urlPath: string, body: RouteBody | string): void;
  close(): Promise<void>;
}

/**
 * Starts a static server on 127.0.0.1 with a random port, serving `root` (default: the fixture pages) with
 * correct content types and `Cache-Control: no-store` (`port` 0 = any free one; `npm run dev` fixes one). Client-routed paths of the SPA fixture (`/spa/...`
 * without a file extension) fall back to `spa.html`, like a real SPA host, so a reload after pushState works.
 */
export async function startFixtureServer(root: string = FIXTURES_DIR, port = 0): Promise<FixtureServer> {
  const routes = new Map<string, RouteBody>();
  const requests: string[] = [];
  const rootResolved = path.resolve(root);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    const send = (status: number, body: string | Buffer, type: string) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const custom = routes.get(url.pathname);
    if (!custom && url.pathname === '/favicon.ico') {
      // Browsers ask for it on every origin; a 404 would be a console error in every page's error list.
      send(200, FAVICON, 'image/png');
      return;
    }
    if (custom) {
      send(custom.status ?? 200, custom.body, custom.contentType ?? contentTypeOf(url.pathname));
      return;
    }
    let rel: string;
    try {
      rel = decodeURIComponent(url.pathname);
    } catch {
      send(400, 'bad path', 'text/plain; charset=utf-8');
      return;
    }
    if (rel.endsWith('/')) rel += 'index.html';
    if (/^\/spa\/[^.]*$/.test(rel)) rel = '/spa.html';
    const file = path.resolve(rootResolved, '.' + rel);
    if (file !== rootResolved && !file.startsWith(rootResolved + path.sep)) {
      send(403, 'forbidden', 'text/plain; charset=utf-8');
      return;
    }
    fs.readFile(file, (err, data) => {
      if (err) send(404, `not found: ${rel}`, 'text/plain; charset=utf-8');
      else send(200, data, contentTypeOf(file));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const bound = (server.address() as { port: number }).port;
  return {
    baseUrl: `http://127.0.0.1:${bound}`,
    port: bound,
    requests,
    route(urlPath, body) {
      routes.set(urlPath, typeof body === 'string' ? { body } : body);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A 1×1 transparent PNG, served as /favicon.ico. */
const FAVICON = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

// ---------------------------------------------------------------------------------------------------------
// Browser with the extension
// ---------------------------------------------------------------------------------------------------------

/** A running Chromium with ClaimLens loaded, plus the fixture server. */
export interface ExtensionSession {
  context: BrowserContext;
  /** The 32-letter extension id. */
  extensionId: string;
  /** chrome-extension://ID/ */
  extensionOrigin: string;
  /**
   * The background service worker as last seen. It changes after `reloadExtension`; use
   * `getServiceWorker()` when the worker may have been stopped and restarted.
   */
  serviceWorker: Worker;
  server: FixtureServer;
  /** http://127.0.0.1:PORT — fixture pages are at `${baseUrl}/seed-subject-article.html` etc. */
  baseUrl: string;
  userDataDir: string;
  extensionDir: string;
  /** Milliseconds from launch to the service worker being up. */
  launchMs: number;
  /** Console errors and uncaught errors of the service worker, as "console: ..." / "error: ..." lines. */
  serviceWorkerErrors: string[];
  /** The live service worker (waking the extension by opening one of its pages if none is running). */
  getServiceWorker(): Promise<Worker>;
  /** Closes the browser and the server and deletes the profile. Safe to call twice. */
  close(): Promise<void>;
}

/** Options of `launchExtension`. */
export interface LaunchOptions {
  /** Unpacked extension directory; default `EXTENSION_DIR`. */
  extensionDir?: string;
  /** Run with a visible window (needs a display); default false, or true when CLAIMLENS_HEADED=1. */
  headed?: boolean;
  /** Extra Chromium switches. */
  args?: string[];
  /** Viewport of new pages; default 1280×900. */
  viewport?: { width: number; height: number };
  /**
   * A profile directory to use and KEEP (created if missing): the bench reuses a 100k-claim database this way
   * instead of importing it again (half an hour). Default: a fresh temporary profile, removed on close.
   */
  userDataDir?: string;
}

const extensionIds = new WeakMap<BrowserContext, string>();

/**
 * Launches Chromium with the extension in a fresh profile under os.tmpdir(), waits for its service worker,
 * and starts the fixture server. The profile has developer mode on so `chrome.runtime.reload()` works.
 */
export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const extensionDir = path.resolve(options.extensionDir ?? EXTENSION_DIR);
  const problems = checkPrerequisites();
  if (problems.length && !options.extensionDir) throw new Error(problems.join('\n'));
  const started = Date.now();
  const server = await startFixtureServer();
  const keep = !!options.userDataDir;
  const userDataDir = options.userDataDir ? path.resolve(options.userDataDir) : fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-e2e-'));
  const removeProfile = () => {
    if (!keep) fs.rmSync(userDataDir, { recursive: true, force: true });
  };
  fs.mkdirSync(path.join(userDataDir, 'Default'), { recursive: true });
  const prefs = path.join(userDataDir, 'Default', 'Preferences');
  if (!keep || !fs.existsSync(prefs)) fs.writeFileSync(prefs, JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: !(options.headed ?? process.env.CLAIMLENS_HEADED === '1'),
      viewport: options.viewport ?? { width: 1280, height: 900 },
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-quic',
        '--no-first-run',
        '--disable-sync',
        ...(options.args ?? []),
      ],
    });
  } catch (err) {
    await server.close();
    removeProfile();
    throw err;
  }
  const serviceWorkerErrors: string[] = [];
  const watchWorker = (w: Worker) => {
    w.on('console', (m: ConsoleMessage) => {
      if (m.type() === 'error') serviceWorkerErrors.push(`console: ${m.text()}`);
    });
  };
  let worker: Worker;
  try {
    worker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith('chrome-extension://'),
        timeout: 30_000,
      }));
  } catch (err) {
    await context.close().catch(() => {});
    await server.close();
    removeProfile();
    throw new Error(`The ClaimLens service worker did not start within 30 s (extension ${extensionDir}): ${err}`);
  }
  const extensionId = new URL(worker.url()).host;
  const extensionOrigin = `chrome-extension://${extensionId}/`;
  extensionIds.set(context, extensionId);
  watchWorker(worker);
  context.on('serviceworker', (w) => {
    if (w.url().startsWith(extensionOrigin)) {
      watchWorker(w);
      session.serviceWorker = w;
    }
  });

  let closed = false;
  const session: ExtensionSession = {
    context,
    extensionId,
    extensionOrigin,
    serviceWorker: worker,
    server,
    baseUrl: server.baseUrl,
    userDataDir,
    extensionDir,
    launchMs: Date.now() - started,
    serviceWorkerErrors,
    async getServiceWorker() {
      const live = context.serviceWorkers().find((w) => w.url().startsWith(extensionOrigin));
      if (live) return live;
      const next = context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith(extensionOrigin),
        timeout: 30_000,
      });
      const waker = await context.newPage();
      await waker.goto(`${extensionOrigin}${firstExtensionPage(extensionDir)}`).catch(() => {});
      const w = await next;
      await waker.close();
      return w;
    },
    async close() {
      if (closed) return;
      closed = true;
      await context.close().catch(() => {});
      await server.close();
      if (!keep) removeDir(userDataDir);
    },
  };
  return session;
}

/** An HTML page of the build, to wake a stopped service worker by opening it. */
function firstExtensionPage(extensionDir: string): string {
  const pages = ['popup.html', 'options.html', 'reader.html'];
  return pages.find((p) => fs.existsSync(path.join(extensionDir, p))) ?? 'manifest.json';
}

/** Chromium may still hold files for a moment after closing: retry the removal briefly. */
function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}

/**
 * Reloads the extension the way an update does — `chrome.runtime.reload()` from its service worker — and
 * resolves with the new service worker (also stored in `session.serviceWorker`). For an unpacked extension
 * this fires `runtime.onInstalled` with reason "update". Open extension pages are closed by Chromium.
 */
export async function reloadExtension(session: ExtensionSession, timeoutMs = 30_000): Promise<Worker> {
  const old = await session.getServiceWorker();
  const next = session.context.waitForEvent('serviceworker', {
    predicate: (w) => w.url().startsWith(session.extensionOrigin) && w !== old,
    timeout: timeoutMs,
  });
  // Reload after the evaluate has answered, so the call does not die with the worker.
  await old.evaluate(() => {
    setTimeout(() => chrome.runtime.reload(), 20);
  });
  const worker = await next.catch((err) => {
    throw new Error(
      `No new service worker within ${timeoutMs} ms after chrome.runtime.reload() — is the extension disabled ` +
        `(developer mode off)? ${err}`,
    );
  });
  session.serviceWorker = worker;
  return worker;
}

// ---------------------------------------------------------------------------------------------------------
// Pages
// ---------------------------------------------------------------------------------------------------------

/** A page with the errors it produced so far (console `error` messages and uncaught exceptions). */
export interface WatchedPage {
  page: Page;
  /** "console: <text> (<url>:<line>)" and "pageerror: <message>" entries; assert `toEqual([])`. */
  errors: string[];
}

/** Starts collecting a page's console errors and uncaught errors into an array. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const loc = m.location();
    errors.push(`console: ${m.text()}${loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('crash', () => errors.push('crash: the page crashed'));
  return errors;
}

/**
 * Opens an extension page ('popup.html', 'options.html', 'reader.html?id=…') in a new tab and waits for it
 * to load, collecting its console errors and uncaught errors from the first moment.
 */
export async function openExtensionPage(
  session: Pick<ExtensionSession, 'context' | 'extensionOrigin'>,
  pagePath: string,
  options: { viewport?: { width: number; height: number }; colorScheme?: 'light' | 'dark' } = {},
): Promise<WatchedPage> {
  const page = await session.context.newPage();
  const errors = watchErrors(page);
  if (options.viewport) await page.setViewportSize(options.viewport);
  if (options.colorScheme) await setColorScheme(page, options.colorScheme);
  await page.goto(session.extensionOrigin + pagePath.replace(/^\//, ''), { waitUntil: 'load' });
  return { page, errors };
}

/** Opens a fixture page (path relative to test/fixtures/pages) in a new tab, collecting its errors. */
export async function openFixturePage(
  session: Pick<ExtensionSession, 'context' | 'baseUrl'>,
  pagePath: string,
): Promise<WatchedPage> {
  const page = await session.context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${session.baseUrl}/${pagePath.replace(/^\//, '')}`, { waitUntil: 'load' });
  return { page, errors };
}

/**
 * Sends one protocol request from an extension page (popup/options/reader) exactly as the UI does —
 * `chrome.runtime.sendMessage({claimlens: 1, type, payload})` — and resolves with the raw reply
 * (`{ok: true, data}` or `{ok: false, error}`), or `undefined` when nobody answered.
 */
export async function sendFromExtensionPage<K extends MessageType>(
  page: Page,
  type: K,
  payload: RequestOf<K>,
): Promise<Reply<K> | undefined> {
  return page.evaluate(
    ([t, p]) => chrome.runtime.sendMessage({ claimlens: 1, type: t, payload: p }),
    [type, payload] as const,
  ) as Promise<Reply<K> | undefined>;
}

/**
 * Like `sendFromExtensionPage` but resolves with the data and throws (naming the request) on an error reply.
 */
export async function requestFromExtensionPage<K extends MessageType>(
  page: Page,
  type: K,
  payload: RequestOf<K>,
): Promise<Extract<Reply<K>, { ok: true }>['data']> {
  const reply = await sendFromExtensionPage(page, type, payload);
  if (!reply) throw new Error(`${type}: the background did not answer`);
  if (!reply.ok) throw new Error(`${type}: ${reply.error}`);
  return reply.data;
}

/**
 * Imports text files through the protocol as the options page would (one `corpus.import` from options.html) and
 * answers each file's outcome status, in the files' order.
 */
export async function importFixtureFiles(s: ExtensionSession, files: readonly string[]): Promise<string[]> {
  const { page } = await openExtensionPage(s, 'options.html');
  const items = files.map((file) => ({ name: path.basename(file), text: fs.readFileSync(file, 'utf8'), format: 'text' as const }));
  const outcomes = await requestFromExtensionPage(page, 'corpus.import', { items });
  await page.close();
  return outcomes.map((o) => o.status);
}

/**
 * Imports every article of a blind subject (test/fixtures/subjects/<name>/articles) through the protocol, as the
 * options page would, and checks each was imported.
 */
export async function importSubject(s: ExtensionSession, name: string): Promise<void> {
  const dir = path.join(ROOT, 'test/fixtures/subjects', name, 'articles');
  const files = fs.readdirSync(dir).sort().map((f) => path.join(dir, f));
  const outcomes = await importFixtureFiles(s, files);
  if (outcomes.some((o) => o !== 'imported')) throw new Error(`importing ${name}: ${outcomes.join(', ')}`);
}

// ---------------------------------------------------------------------------------------------------------
// The content script's isolated world
// ---------------------------------------------------------------------------------------------------------

interface ExecutionContext {
  id: number;
  origin: string;
  name: string;
  auxData?: { isDefault?: boolean; type?: string; frameId?: string };
}

interface WorldTracker {
  cdp: CDPSession;
  contexts: Map<number, ExecutionContext>;
}

const trackers = new WeakMap<Page, Promise<WorldTracker>>();

function trackWorlds(page: Page): Promise<WorldTracker> {
  let tracker = trackers.get(page);
  if (!tracker) {
    tracker = (async () => {
      const cdp = await page.context().newCDPSession(page);
      const contexts = new Map<number, ExecutionContext>();
      cdp.on('Runtime.executionContextCreated', (e: { context: ExecutionContext }) => contexts.set(e.context.id, e.context));
      cdp.on('Runtime.executionContextDestroyed', (e: { executionContextId: number }) =>
        contexts.delete(e.executionContextId),
      );
      cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
      await cdp.send('Runtime.enable');
      return { cdp, contexts };
    })();
    trackers.set(page, tracker);
  }
  return tracker;
}

/**
 * Evaluates code in the ClaimLens content script's ISOLATED WORLD of a web page's main frame — the same
 * world the content script runs in, with its `chrome.runtime` — via the Chrome DevTools Protocol. This is
 * how a test proves what a content script may and may not ask the background.
 *
 * `code` is a function (serialised with `toString`, so it may not close over test variables: pass `arg`,
 * which must be JSON) or an expression string. Promises are awaited; the result must be JSON-serialisable.
 * Waits up to `timeoutMs` for the content script to be injected; throws when it never is.
 */
export async function evalInContentScript<T = unknown, A = unknown>(
  page: Page,
  code: string | ((arg: A) => T | Promise<T>),
  arg?: A,
  timeoutMs = 10_000,
): Promise<T> {
  const { cdp, contexts } = await trackWorlds(page);
  const extensionId = extensionIds.get(page.context());
  const deadline = Date.now() + timeoutMs;
  let world: ExecutionContext | undefined;
  for (;;) {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const mainFrame = frameTree.frame.id;
    const candidates = [...contexts.values()].filter(
      (c) =>
        c.auxData?.type === 'isolated' &&
        c.auxData.frameId === mainFrame &&
        (extensionId ? c.origin === `chrome-extension://${extensionId}` : c.origin.startsWith('chrome-extension://')),
    );
    // After an extension reload an orphaned world may remain next to the new one: take the newest.
    world = candidates.sort((a, b) => b.id - a.id)[0];
    if (world || Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  if (!world) {
    throw new Error(
      `No ${EXTENSION_NAME} content-script world in ${page.url()} after ${timeoutMs} ms: ` +
        'is the content script injected there (manifest matches, page loaded)?',
    );
  }
  const expression =
    typeof code === 'function' ? `(${code.toString()})(${arg === undefined ? '' : JSON.stringify(arg)})` : code;
  const result = (await cdp.send('Runtime.evaluate', {
    expression,
    contextId: world.id,
    awaitPromise: true,
    returnByValue: true,
    userGesture: false,
  })) as {
    result: { value?: unknown; type: string; description?: string };
    exceptionDetails?: { text: string; exception?: { description?: string } };
  };
  if (result.exceptionDetails) {
    const d = result.exceptionDetails;
    throw new Error(`evalInContentScript: ${d.exception?.description ?? d.text}`);
  }
  return result.result.value as T;
}

// ---------------------------------------------------------------------------------------------------------
// Service worker helpers
// ---------------------------------------------------------------------------------------------------------

/**
 * Reads every record of an IndexedDB object store from inside the extension's service worker (the
 * background's own origin), bypassing the message protocol — an independent view of what is stored.
 * Throws when the database does not exist (rather than creating an empty one).
 */
export async function readStore<T = Record<string, unknown>>(
  worker: Worker,
  dbName: string,
  storeName: string,
): Promise<T[]> {
  return worker.evaluate(
    async ([name, store]) => {
      const dbs = await indexedDB.databases();
      if (!dbs.some((d) => d.name === name)) throw new Error(`IndexedDB "${name}" does not exist`);
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      try {
        return await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction(store, 'readonly').objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      } finally {
        db.close();
      }
    },
    [dbName, storeName] as const,
  ) as Promise<T[]>;
}

/**
 * Puts records into an IndexedDB object store from inside the service worker, bypassing the extension's code —
 * to stage what another release (or damage) would have left, e.g. an older copy of a seed article.
 */
export async function putStoreRecords(worker: Worker, dbName: string, storeName: string, records: unknown[]): Promise<void> {
  await worker.evaluate(
    async ([name, store, rows]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      try {
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction(store, 'readwrite');
          for (const row of rows) tx.objectStore(store).put(row);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      } finally {
        db.close();
      }
    },
    [dbName, storeName, records] as const,
  );
}

// ---------------------------------------------------------------------------------------------------------
// Looks
// ---------------------------------------------------------------------------------------------------------

/** Emulates `prefers-color-scheme` for a page. */
export async function setColorScheme(page: Page, scheme: 'dark' | 'light'): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
}

/** Writes a full-page PNG to test-results/<name>.png (creating the folder) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, name.endsWith('.png') ? name : `${name}.png`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}

/** Resolves when `check` returns a truthy value (polled), or throws `message` after `timeoutMs`. */
export async function waitUntil<T>(
  check: () => Promise<T> | T,
  message: string,
  timeoutMs = 15_000,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
      last = value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`${message} (after ${timeoutMs} ms; last: ${String(last)})`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/**
 * The viewport centre of the page's first topic highlight (CSS Custom Highlight API), scrolled into view first; null when
 * the page has none. A real mouse move or click there lands on the highlight.
 */
export function firstTopicHighlightPoint(page: Page): Promise<{ x: number; y: number } | null> {
  return page.evaluate(() => {
    const reg = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights;
    const range = [...(reg.get('claimlens-topic') ?? [])][0];
    if (!range) return null;
    (range.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
    const r = range.getClientRects()[0]!;
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
}
