/**
 * Main-text extraction without touching the live page.
 *
 * Readability's reading of the page (title, site name, language and which paragraphs make up the article)
 * comes from `options.hints`: in the extension the background parses the page's HTML (readability-hints.ts),
 * so Readability is neither in the content script nor a long task on the reader's page. The text we send is then built from the LIVE container's text nodes, keeping a
 * segment map so any page-text span maps back to a DOM Range for highlighting. The live DOM is only read.
 *
 * Page text rules: whitespace runs collapse to one space (mapped to the first whitespace character of the
 * run), leading/trailing whitespace of a block is dropped, and a synthetic "\n" (mapped to nothing) separates
 * blocks. So every non-synthetic character of the text is exactly one character of one text node.
 *
 * The walk uses only firstChild/nextSibling/parentNode, so it works in browsers and in linkedom (tests), and
 * it runs in time slices that yield to the event loop (`runSliced`).
 */
import type { PageText } from '../messages';
import type { ReadabilityHints } from './readability-hints';

/* ------------------------------------------------------------------ slicing primitive */

/** What one sliced run cost. `maxSliceMs` is the longest stretch spent without yielding. */
export interface SliceStats {
  steps: number;
  slices: number;
  maxSliceMs: number;
  totalMs: number;
}

export interface SliceOptions {
  /** Milliseconds of work per slice before yielding (default 5). */
  budgetMs?: number;
  /** How to yield (default: `scheduler.yield()` when available, else `setTimeout(0)`). */
  yieldFn?: () => Promise<void>;
  /** Clock (default `performance.now`). */
  now?: () => number;
  /** Stops the run early: the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
}

type SchedulerLike = { yield?: () => Promise<void> };

/** Yields to the event loop: `scheduler.yield()` where the browser has it, else a zero timeout. */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') {
    try {
      return scheduler.yield();
    } catch {
      // fall through to a timeout
    }
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

const defaultNow = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * Calls `step()` until it returns false, yielding to the event loop every `budgetMs`. The clock is read every
 * 8 steps, so one step must stay small (one DOM node, one candidate element). Resolves with what it cost.
 */
export async function runSliced(step: () => boolean, options: SliceOptions = {}): Promise<SliceStats> {
  const budget = options.budgetMs ?? 5;
  const yieldFn = options.yieldFn ?? yieldToEventLoop;
  const now = options.now ?? defaultNow;
  const stats: SliceStats = { steps: 0, slices: 0, maxSliceMs: 0, totalMs: 0 };
  let more = true;
  while (more) {
    options.signal?.throwIfAborted();
    const started = now();
    let n = 0;
    while (more) {
      more = step();
      stats.steps++;
      if ((++n & 7) === 0 && now() - started >= budget) break;
    }
    const elapsed = now() - started;
    stats.slices++;
    stats.totalMs += elapsed;
    if (elapsed > stats.maxSliceMs) stats.maxSliceMs = elapsed;
    if (more) await yieldFn();
  }
  return stats;
}

/* ------------------------------------------------------------------ text map */

/** [textStart, textEnd, textNode, nodeOffset]: text[textStart, textEnd) is node.data[nodeOffset, …) verbatim
 * except that a collapsed whitespace character reads as " ". */
export type Segment = [textStart: number, textEnd: number, node: Text, nodeOffset: number];

/** The page text and where each of its characters lives in the DOM. Segments are sorted and disjoint. */
export interface TextMap {
  text: string;
  segments: Segment[];
}

/** DOM boundary points of a page-text span. */
export interface Bounds {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

const NODE_ELEMENT = 1;
const NODE_TEXT = 3;
const NODE_CDATA = 4;

/** Elements whose content is never page text. */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'VIDEO',
  'AUDIO', 'PICTURE', 'IMG', 'HEAD', 'TITLE', 'META', 'LINK', 'BUTTON', 'SELECT', 'OPTION', 'TEXTAREA', 'INPUT',
  'FORM', 'NAV', 'ASIDE', 'FOOTER', 'DIALOG', 'MENU',
]);
/** Skipped elements that still separate the text around them. */
const SKIPPED_BLOCKS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'DIALOG', 'MENU', 'IFRAME', 'VIDEO', 'AUDIO', 'CANVAS', 'OBJECT', 'TEXTAREA', 'SELECT', 'HR', 'CLAIMLENS-UI']);
/** ARIA roles that mark page chrome, not content. */
const SKIP_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search', 'dialog', 'alert', 'menu', 'toolbar']);
/** Elements that break lines (block boundaries in the page text). */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN', 'OL', 'P',
  'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'LEGEND',
]);

/** Tag name of ClaimLens' own shadow hosts; elements with `data-claimlens` are ours too. */
export const UI_HOST_TAG = 'CLAIMLENS-UI';

/** True for elements ClaimLens itself added to the page. */
export function isOwnElement(el: Element): boolean {
  try {
    return el.tagName === UI_HOST_TAG || el.hasAttribute('data-claimlens');
  } catch {
    return false;
  }
}

function isWs(c: number): boolean {
  return (
    c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 0xa0 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** Decides per element whether the walk enters it. */
export type ElementFilter = (el: Element) => boolean;

/** Default filter: skips chrome, hidden elements and ClaimLens' own UI. Uses computed style when available. */
export function createVisibleFilter(view: (Window & typeof globalThis) | null | undefined): ElementFilter {
  const getStyle =
    view && typeof view.getComputedStyle === 'function' ? view.getComputedStyle.bind(view) : null;
  return (el) => {
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag) || tag === UI_HOST_TAG) return false;
    if (el.hasAttribute('hidden') || el.hasAttribute('data-claimlens')) return false;
    if (el.getAttribute('aria-hidden') === 'true') return false;
    const role = el.getAttribute('role');
    if (role && SKIP_ROLES.has(role)) return false;
    const inline = (el as HTMLElement).style;
    if (inline && inline.display === 'none') return false;
    if (getStyle) {
      try {
        const cs = getStyle(el);
        if (cs.display === 'none' || cs.visibility === 'hidden' || cs.visibility === 'collapse') return false;
      } catch {
        // detached or foreign element: keep it
      }
    }
    return true;
  };
}

/** Builds the page text and its segment map, one text node at a time. */
class TextBuilder {
  private parts: string[] = [];
  len = 0;
  readonly segments: Segment[] = [];
  private lastChar = 10; // behaves as if after "\n": leading whitespace is dropped
  private pendingSpace: Text | null = null;
  private pendingSpaceOffset = 0;
  private needBreak = false;

  constructor(private readonly maxChars: number) {}

  get full(): boolean {
    return this.len >= this.maxChars;
  }

  /** A block starts or ends here. */
  boundary(): void {
    this.pendingSpace = null;
    if (this.len > 0 && this.lastChar !== 10) this.needBreak = true;
  }

  private emit(str: string, node: Text, offset: number): void {
    const last = this.segments[this.segments.length - 1];
    if (last && last[2] === node && last[1] === this.len && last[3] + (last[1] - last[0]) === offset) {
      last[1] += str.length;
    } else {
      this.segments.push([this.len, this.len + str.length, node, offset]);
    }
    this.parts.push(str);
    this.len += str.length;
    this.lastChar = str.charCodeAt(str.length - 1);
  }

  /** Called before content: writes the pending break or space. */
  private beforeContent(): void {
    if (this.needBreak) {
      this.parts.push('\n');
      this.len += 1;
      this.lastChar = 10;
      this.needBreak = false;
      this.pendingSpace = null;
    } else if (this.pendingSpace) {
      this.emit(' ', this.pendingSpace, this.pendingSpaceOffset);
      this.pendingSpace = null;
    }
  }

  /**
   * Appends `node`'s characters from `from` up to `to` (default: the end) and returns where it stopped. A long
   * text node is walked in pieces so one slice step stays small; a word cut at `to` continues seamlessly.
   */
  text(node: Text, from = 0, to = Infinity): number {
    const data = node.data;
    const n = Math.min(data.length, to);
    let runStart = -1;
    for (let i = from; i < n; i++) {
      const c = data.charCodeAt(i);
      if (isWs(c)) {
        if (runStart >= 0) {
          this.emit(data.slice(runStart, i), node, runStart);
          runStart = -1;
        }
        if (!this.pendingSpace && !this.needBreak && this.lastChar !== 10 && this.len > 0) {
          this.pendingSpace = node;
          this.pendingSpaceOffset = i;
        }
      } else if (runStart < 0) {
        this.beforeContent();
        runStart = i;
      }
    }
    if (runStart >= 0) this.emit(data.slice(runStart, n), node, runStart);
    return n;
  }

  finish(): TextMap {
    return { text: this.parts.join(''), segments: this.segments };
  }
}

export interface WalkOptions extends SliceOptions {
  filter?: ElementFilter;
  /** Stop after this many characters (default 400,000). */
  maxChars?: number;
}

/** Characters of one text node walked per step: paragraphs of thousands of characters stay within a slice. */
const TEXT_STEP_CHARS = 512;

/**
 * Builds the text map of `root` (a live element) in time slices. Never modifies the DOM.
 * Returns the map and the slicing statistics.
 */
export async function buildTextMap(root: Node, options: WalkOptions = {}): Promise<{ map: TextMap; stats: SliceStats }> {
  const filter = options.filter ?? createVisibleFilter(root.ownerDocument?.defaultView as (Window & typeof globalThis) | null);
  const builder = new TextBuilder(options.maxChars ?? 400_000);
  let cur: Node | null = root.firstChild;

  const leave = (el: Node) => {
    if (el.nodeType === NODE_ELEMENT && BLOCK_TAGS.has((el as Element).tagName.toUpperCase())) builder.boundary();
  };
  /** Moves past `node` (whose subtree is done) to the next node in document order within root. */
  const advance = (node: Node): Node | null => {
    let n: Node | null = node;
    while (n && n !== root) {
      if (n.nextSibling) return n.nextSibling;
      n = n.parentNode;
      if (n && n !== root) leave(n);
    }
    return null;
  };

  let textAt = 0; // how far into the current text node the walk is
  const step = (): boolean => {
    if (!cur || builder.full) return false;
    const node: Node = cur;
    const type = node.nodeType;
    if (type === NODE_TEXT || type === NODE_CDATA) {
      textAt = builder.text(node as Text, textAt, textAt + TEXT_STEP_CHARS);
      if (textAt < (node as Text).data.length && !builder.full) return true;
      textAt = 0;
      cur = advance(node);
    } else if (type === NODE_ELEMENT) {
      const el = node as Element;
      let enter = false;
      try {
        enter = filter(el);
      } catch {
        enter = false;
      }
      if (enter) {
        const block = BLOCK_TAGS.has(el.tagName.toUpperCase());
        if (block) builder.boundary();
        if (el.firstChild) {
          cur = el.firstChild;
          return true;
        }
        if (block) builder.boundary();
      } else if (BLOCK_TAGS.has(el.tagName.toUpperCase()) || SKIPPED_BLOCKS.has(el.tagName.toUpperCase())) {
        builder.boundary(); // a skipped block still separates the text around it
      }
      cur = advance(node);
    } else {
      cur = advance(node);
    }
    return cur !== null;
  };

  const stats = await runSliced(step, options);
  return { map: builder.finish(), stats };
}

/** Index of the segment containing text offset `pos` (start <= pos < end), or where it would be inserted. */
function findSegment(segments: Segment[], pos: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (pos < s[0]) hi = mid - 1;
    else if (pos >= s[1]) lo = mid + 1;
    else return mid;
  }
  return lo; // first segment starting after pos
}

/**
 * DOM boundary points of page-text span [start, end). Synthetic characters at the edges are trimmed.
 * Null for an empty span, a span with no mapped characters, or when its nodes left the document or shrank.
 */
export function boundsFor(map: TextMap, start: number, end: number): Bounds | null {
  const segs = map.segments;
  if (!(end > start) || segs.length === 0) return null;
  const i = findSegment(segs, Math.max(0, start));
  const a = segs[i];
  if (!a) return null;
  const s = Math.max(start, a[0]);
  // Last segment whose start is before `end`.
  let j = findSegment(segs, end - 1);
  if (!(segs[j] && segs[j]![0] <= end - 1)) j -= 1;
  const b = segs[j];
  if (!b || j < i) return null;
  const e = Math.min(end, b[1]);
  if (e <= s && a === b) return null;
  const startNode = a[2];
  const endNode = b[2];
  const startOffset = a[3] + (s - a[0]);
  const endOffset = b[3] + (e - b[0]);
  if (startOffset > startNode.data.length || endOffset > endNode.data.length) return null;
  return { startNode, startOffset, endNode, endOffset };
}

/** True when every node of the map is still in the document (the page did not re-render under us). */
export function mapIsLive(map: TextMap): boolean {
  for (const s of map.segments) if (!s[2].isConnected) return false;
  return true;
}

/** A live DOM Range for page-text span [start, end), spanning several text nodes if needed; null if gone. */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  const b = boundsFor(map, start, end);
  if (!b) return null;
  try {
    if (!b.startNode.isConnected || !b.endNode.isConnected) return null;
    const range = b.startNode.ownerDocument.createRange();
    range.setStart(b.startNode, b.startOffset);
    range.setEnd(b.endNode, b.endOffset);
    return range.collapsed ? null : range;
  } catch {
    return null;
  }
}

/* ------------------------------------------------------------------ container */

/** Collapses whitespace the way page text does, for comparing texts. */
export function normalizeSpace(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

function metaContent(doc: Document, selector: string): string | null {
  const v = doc.querySelector(selector)?.getAttribute('content')?.trim();
  return v ? v : null;
}

/** Up to `max` short fingerprints spread over the paragraphs. */
function snippets(paragraphs: string[], max = 24): string[] {
  const step = Math.max(1, paragraphs.length / max);
  const out: string[] = [];
  for (let k = 0; k < paragraphs.length && out.length < max; k += step) {
    const p = paragraphs[Math.floor(k)]!;
    out.push(p.slice(0, 60));
  }
  return out;
}

/**
 * Paragraph text per direct parent of <p> elements (paragraphs under 25 characters are left out), densest
 * first. Read once per container search: it reads every paragraph's text.
 */
function paragraphParents(doc: Document): [Element, number][] {
  const perParent = new Map<Element, number>();
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    const parent = p.parentElement;
    if (!parent || isOwnElement(parent)) continue;
    const len = (p.textContent ?? '').length;
    if (len < 25) continue;
    perParent.set(parent, (perParent.get(parent) ?? 0) + len);
  }
  return [...perParent.entries()].sort((x, y) => y[1] - x[1]);
}

/** Live elements that could hold the article: semantic containers and ancestors of the densest paragraph parents. */
function candidateContainers(doc: Document, parents: [Element, number][]): Element[] {
  const set = new Set<Element>();
  for (const el of Array.from(doc.querySelectorAll('[itemprop~="articleBody"], article, main, [role="main"]'))) {
    if (!isOwnElement(el)) set.add(el);
  }
  for (const [el] of parents.slice(0, 3)) {
    let a: Element | null = el;
    for (let depth = 0; a && depth < 8; depth++, a = a.parentElement) set.add(a);
  }
  if (doc.body) set.add(doc.body);
  return [...set];
}

/** Summed paragraph text inside `el`. */
function paragraphText(el: Element): number {
  let n = 0;
  for (const p of Array.from(el.querySelectorAll('p'))) n += (p.textContent ?? '').length;
  return n;
}

/** Picks the smallest live candidate whose text contains the most Readability fingerprints. */
export async function findLiveContainer(doc: Document, paragraphs: string[], options: SliceOptions = {}): Promise<Element | null> {
  const parents = paragraphParents(doc);
  const candidates = candidateContainers(doc, parents);
  if (candidates.length === 0) return null;
  const prints = snippets(paragraphs);
  if (prints.length === 0) {
    // No Readability hint. The one parent that holds most of the page's paragraph text is the article (a sidebar
    // paragraph then stays out); else the element with the most paragraph text, preferring dense ones.
    const dense = parents[0];
    if (dense && doc.body && dense[1] >= 0.6 * paragraphText(doc.body)) return dense[0];
    let best: Element | null = null;
    let bestScore = -Infinity;
    for (const c of candidates) {
      const pt = paragraphText(c);
      const score = pt - 0.25 * Math.max(0, (c.textContent ?? '').length - pt);
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    return best;
  }
  let best: Element | null = null;
  let bestHits = -1;
  let bestLen = Infinity;
  let k = 0;
  await runSliced(() => {
    const c = candidates[k++];
    if (!c) return false;
    const text = normalizeSpace(c.textContent ?? '');
    let hits = 0;
    for (const s of prints) if (text.includes(s)) hits++;
    if (hits > bestHits || (hits === bestHits && text.length < bestLen)) {
      best = c;
      bestHits = hits;
      bestLen = text.length;
    }
    return k < candidates.length;
  }, { ...options, budgetMs: options.budgetMs ?? 5 });
  return bestHits > 0 ? best : null;
}

/** A container we trust without running Readability: microdata article body, or the one dominant <article>. */
export function obviousContainer(doc: Document): Element | null {
  const body = doc.querySelector('[itemprop~="articleBody"]');
  if (body && paragraphText(body) >= 500) return body;
  const articles = Array.from(doc.querySelectorAll('article')).filter((a) => !a.parentElement?.closest('article'));
  if (articles.length === 1) {
    const a = articles[0]!;
    const inside = paragraphText(a);
    const all = doc.body ? paragraphText(doc.body) : inside;
    if (inside >= 500 && inside >= 0.6 * all) return a;
  }
  return null;
}

/* ------------------------------------------------------------------ extraction */

export interface ExtractOptions extends SliceOptions {
  /** 'auto' (default) skips Readability when an obvious container exists; 'readability' always asks for it. */
  mode?: 'auto' | 'readability';
  /**
   * Readability's reading of the page (`localReadabilityHints` where a DOM copy is cheap, a message to the
   * background in the content script). Without it, the container is the densest paragraph block.
   */
  hints?: (doc: Document) => Promise<ReadabilityHints | null>;
  filter?: ElementFilter;
  maxChars?: number;
  /** Page URL (default `doc.location.href`). */
  url?: string;
}

/** The extracted page: what the background gets, the map back to the DOM, and what it cost. */
export interface PageExtract {
  page: PageText;
  map: TextMap;
  container: Element;
  stats: SliceStats;
  usedReadability: boolean;
}

function headline(doc: Document, container: Element): string {
  return (
    metaContent(doc, 'meta[property="og:title"]') ??
    normalizeSpace(container.querySelector('h1')?.textContent ?? doc.querySelector('h1')?.textContent ?? '') ??
    ''
  ) || normalizeSpace(doc.title ?? '');
}

/**
 * Extracts the page's main text. Readability (when asked through `hints`) never sees the live DOM, which is
 * only read.
 * Returns null when no text could be found.
 */
export async function extractPage(doc: Document, options: ExtractOptions = {}): Promise<PageExtract | null> {
  let container: Element | null = options.mode === 'readability' ? null : obviousContainer(doc);
  let title: string | null = null;
  let siteName: string | null = null;
  let lang: string | null = null;
  let published: string | null = null;
  let usedReadability = false;

  if (!container) {
    let paragraphs: string[] = [];
    try {
      const hints = options.hints ? await options.hints(doc) : null;
      if (hints) {
        usedReadability = true;
        ({ title, siteName, lang, published, paragraphs } = hints);
      }
    } catch {
      // No hints (Readability failed, or the background did not answer): fall back to paragraph density.
    }
    options.signal?.throwIfAborted();
    await (options.yieldFn ?? yieldToEventLoop)();
    container = await findLiveContainer(doc, paragraphs, options);
  }
  if (!container) container = doc.body;
  if (!container) return null;

  const { map, stats } = await buildTextMap(container, options);
  if (map.text.trim().length === 0) return null;

  const page: PageText = {
    url: options.url ?? doc.location?.href ?? '',
    title: title ?? headline(doc, container),
    text: map.text,
    siteName:
      siteName ?? metaContent(doc, 'meta[property="og:site_name"]') ?? metaContent(doc, 'meta[name="application-name"]'),
    lang: lang ?? (doc.documentElement?.getAttribute('lang')?.trim() || null),
    published: published ?? publishedDate(doc, container),
  };
  return { page, map, container, stats, usedReadability };
}

/**
 * The page's publication date as the page states it (the engine normalises it): JSON-LD datePublished, then
 * article:published_time / other date metas, then the article's first <time datetime>. The card shows it.
 */
export function publishedDate(doc: Document, container: Element | null = null): string | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const found = /"datePublished"\s*:\s*"([^"]{4,40})"/.exec(script.textContent ?? '');
    if (found) return found[1]!;
  }
  const meta =
    metaContent(doc, 'meta[property="article:published_time"]') ??
    metaContent(doc, 'meta[name="article:published_time"]') ??
    metaContent(doc, 'meta[itemprop="datePublished"]') ??
    metaContent(doc, 'meta[name="date"]') ??
    metaContent(doc, 'meta[name="pubdate"]');
  if (meta) return meta;
  const time = (container ?? doc).querySelector('time[datetime]') ?? doc.querySelector('time[datetime]');
  return time?.getAttribute('datetime')?.trim() || null;
}
