/**
 * The text layer's sentence splitters, with offsets into the text. Callers pick one by name:
 * - {@link splitSentences} (FULL, for article bodies: claims, speakers, page matching): Intl.Segmenter (available in
 *   browsers, service workers and Node) with its two blind spots for news text repaired: abbreviations ("Maj. Gen.
 *   Alexus Grynkewich", "U.S. Army", "No. 2") and quotations that run over several sentences ("“Right now, … plans.
 *   We continue …,” Ryder said." is one attributed statement); paragraphs are numbered.
 * - {@link splitSentencesQuick} (QUICK, for short texts compared many times, as the relation does): one regex pass,
 *   no quotation merging.
 */

import { INITIALISMS, NUMERIC_ABBREVIATIONS, SOFT_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './lexicon/abbreviations';
import { REPORTING_VERB_SET } from './lexicon/reporting';
import { STOP_WORD_SET } from './lexicon/stopwords';

/** One sentence: `body.slice(start, end) === text`. */
export interface SentenceSpan {
  /** Position in the returned list. */
  index: number;
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (non-empty line) it belongs to. */
  paragraph: number;
}

/** Sentences longer than this are cut at a space: bounds per-sentence work on pathological input. */
export const MAX_SENTENCE_CHARS = 3000;
/** A quotation is merged over at most this many sentences... */
const MAX_QUOTE_SENTENCES = 8;
/** ...and this many characters. */
const MAX_QUOTE_CHARS = 2500;

const TITLE_ABBR = new Set(TITLE_ABBREVIATIONS);
const NUMERIC_ABBR = new Set(NUMERIC_ABBREVIATIONS);
const INITIALISM_SET = new Set(INITIALISMS);
const SOFT_ABBR = new Set(SOFT_ABBREVIATIONS);

type Piece = { start: number; end: number };

let segmenter: Intl.Segmenter | null | undefined;
function getSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('en', { granularity: 'sentence' }) : null;
  }
  return segmenter;
}

/** Whether `c` is white space as String#trim sees it (so a sentence is never only an em space or a BOM). */
function isSpace(c: string | undefined): boolean {
  if (c === undefined) return false;
  const n = c.charCodeAt(0);
  if (n <= 32) return n === 32 || (n >= 9 && n <= 13);
  return n === 0xa0 || n === 0x1680 || (n >= 0x2000 && n <= 0x200a) || n === 0x2028 || n === 0x2029 || n === 0x202f || n === 0x205f || n === 0x3000 || n === 0xfeff;
}

/**
 * Intl.Segmenter gets slow (super-linear) on one string with very many segments, so long lines
 * are fed to it in windows of at most this many characters, cut after sentence punctuation.
 */
const SEGMENT_WINDOW = 2000;

/** Raw segments of text[start,end) as trimmed pieces (absolute offsets), in bounded windows. */
function segmentLine(text: string, start: number, end: number): Piece[] {
  if (end - start <= SEGMENT_WINDOW) return segmentWindow(text, start, end);
  const out: Piece[] = [];
  let pos = start;
  while (pos < end) {
    let cut = Math.min(end, pos + SEGMENT_WINDOW);
    if (cut < end) {
      const floor = pos + (SEGMENT_WINDOW >> 1);
      let best = -1;
      for (let i = cut; i > floor; i--) {
        if (isSpace(text[i]) && !isSpace(text[i - 1])) {
          if (best < 0) best = i; // any space, as a fallback
          if (/[.!?…"”’)\]]/.test(text[i - 1])) {
            best = i;
            break;
          }
        }
      }
      if (best > 0) cut = best;
      else if (cut > pos && text.charCodeAt(cut - 1) >= 0xd800 && text.charCodeAt(cut - 1) <= 0xdbff) cut--;
    }
    for (const p of segmentWindow(text, pos, cut)) out.push(p);
    pos = cut;
  }
  return out;
}

/** Segments of one window text[start,end). */
function segmentWindow(text: string, start: number, end: number): Piece[] {
  const line = text.slice(start, end);
  const out: Piece[] = [];
  const push = (s: number, e: number) => {
    while (s < e && isSpace(line[s])) s++;
    while (e > s && isSpace(line[e - 1])) e--;
    if (e > s) out.push({ start: start + s, end: start + e });
  };
  const seg = getSegmenter();
  if (seg) {
    for (const s of seg.segment(line)) push(s.index, s.index + s.segment.length);
  } else {
    // Fallback: split after . ! ? (and closing quotes/brackets) followed by space.
    const re = /[.!?…]+["”’)\]]*\s+/g;
    let last = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(line))) {
      push(last, m.index + m[0].length);
      last = m.index + m[0].length;
    }
    push(last, line.length);
  }
  return out;
}

const LEADING_PUNCT = /^[("'“‘\[«]+/;

/** Last whitespace-delimited token of text[start,end). */
function lastToken(text: string, start: number, end: number): string {
  let i = end;
  const floor = Math.max(start, end - 40); // bounded: merged pieces can be long
  while (i > floor && !isSpace(text[i - 1])) i--;
  return text.slice(i, end).replace(LEADING_PUNCT, '');
}

/** First whitespace-delimited token of text[start,end). */
function firstToken(text: string, start: number, end: number): string {
  let i = start;
  const ceil = Math.min(end, start + 40);
  while (i < ceil && !isSpace(text[i])) i++;
  return text.slice(start, i);
}

/** Whether the segmenter's break between `a` and `b` is an abbreviation, not a sentence end. */
function isFalseBreak(text: string, a: Piece, b: Piece): boolean {
  const tok = lastToken(text, a.start, a.end);
  const nextRaw = firstToken(text, b.start, b.end);
  const next = nextRaw.replace(LEADING_PUNCT, '');
  if (!next) return false;
  const startsQuote = nextRaw !== next;
  const c = next[0];
  const lower = c.toLowerCase() === c && c.toUpperCase() !== c;
  const digit = c >= '0' && c <= '9';
  if (lower) return true; // a sentence does not start in lower case
  if (TITLE_ABBR.has(tok)) return !startsQuote;
  if (NUMERIC_ABBR.has(tok)) return digit;
  if (INITIALISM_SET.has(tok)) {
    if (startsQuote) return false;
    const w = next.replace(/[^\p{L}'’-]+$/u, '').toLowerCase();
    return !STOP_WORD_SET.has(w); // "the U.S. Army" merges, "the U.S. The next day" splits
  }
  if (SOFT_ABBR.has(tok)) return digit;
  // A lone initial: "John F. Kennedy".
  if (/^[A-Z]\.$/.test(tok) && !startsQuote && /^[A-Z][a-z]/.test(next)) {
    const w = next.replace(/[^\p{L}]+$/u, '').toLowerCase();
    return !STOP_WORD_SET.has(w);
  }
  return false;
}

/** Whether `b` is only an attribution ("Grynkewich said.") for the quotation ending `a`. */
function isAttributionTail(text: string, a: Piece, b: Piece): boolean {
  if (!/[?!.,]["”»’]$/.test(text.slice(Math.max(a.start, a.end - 2), a.end))) return false;
  if (b.end - b.start > 120) return false;
  const words = text.slice(b.start, b.end).split(/\s+/);
  if (words.length > 12 || /^["“«]/.test(words[0])) return false;
  return words.some((w) => REPORTING_VERB_SET.has(w.replace(/[^a-z]/g, '')) && /^[a-z]/.test(w));
}

/** Opening/closing role of a double quotation mark at `i`, judged from its neighbours. */
export function quoteRole(text: string, i: number): 'open' | 'close' | null {
  const c = text[i];
  if (c !== '"' && c !== '“' && c !== '”' && c !== '«' && c !== '»' && c !== '„') return null;
  const prev = i > 0 ? text[i - 1] : ' ';
  const next = i + 1 < text.length ? text[i + 1] : ' ';
  const prevOpen = isSpace(prev) || '([{—–-/'.includes(prev);
  const nextSpace = isSpace(next) || next === '' || '.,;:!?)]'.includes(next);
  if (c === '“' || c === '«' || c === '„') return !prevOpen && nextSpace ? 'close' : 'open';
  if (c === '”' || c === '»') return prevOpen && !nextSpace ? 'open' : 'close';
  return prevOpen ? 'open' : 'close';
}

/** Whether a quotation is open after scanning text[start,end) starting in state `open`. */
function quoteOpenAfter(text: string, start: number, end: number, open: boolean): boolean {
  for (let i = start; i < end; i++) {
    const r = quoteRole(text, i);
    if (r === 'open') open = true;
    else if (r === 'close') open = false;
  }
  return open;
}

/** Cut pieces longer than MAX_SENTENCE_CHARS at a space. */
function capLength(text: string, pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    let s = p.start;
    while (p.end - s > MAX_SENTENCE_CHARS) {
      let cut = s + MAX_SENTENCE_CHARS;
      const floor = s + (MAX_SENTENCE_CHARS >> 1);
      while (cut > floor && !isSpace(text[cut])) cut--;
      if (cut <= floor) cut = s + MAX_SENTENCE_CHARS;
      let e = cut;
      while (e > s && isSpace(text[e - 1])) e--;
      out.push({ start: s, end: e });
      s = cut;
      while (s < p.end && isSpace(text[s])) s++;
    }
    if (p.end > s) out.push({ start: s, end: p.end });
  }
  return out;
}

/** Sentences of one paragraph text[start,end). */
function paragraphSentences(text: string, start: number, end: number): Piece[] {
  const raw = segmentLine(text, start, end);
  // 1. Undo breaks after abbreviations.
  const merged: Piece[] = [];
  for (const p of raw) {
    const prev = merged[merged.length - 1];
    if (prev && isFalseBreak(text, prev, p)) prev.end = p.end;
    else merged.push({ ...p });
  }
  // 1b. Re-attach a short attribution cut off after a quoted question/exclamation:
  //     '... or are they on the ropes?" Grynkewich said.'
  for (let i = merged.length - 1; i > 0; i--) {
    if (isAttributionTail(text, merged[i - 1], merged[i])) {
      merged[i - 1].end = merged[i].end;
      merged.splice(i, 1);
    }
  }
  // 2. Join sentences inside one quotation, when the quotation closes within a few sentences.
  const openAfter: boolean[] = [];
  let open = false;
  for (const p of merged) {
    open = quoteOpenAfter(text, p.start, p.end, open);
    openAfter.push(open);
  }
  const out: Piece[] = [];
  for (let i = 0; i < merged.length; i++) {
    const cur = { ...merged[i] };
    if (openAfter[i]) {
      let j = i + 1;
      while (j < merged.length && j - i < MAX_QUOTE_SENTENCES && merged[j].end - cur.start <= MAX_QUOTE_CHARS && openAfter[j]) j++;
      if (j < merged.length && j - i <= MAX_QUOTE_SENTENCES && merged[j].end - cur.start <= MAX_QUOTE_CHARS && !openAfter[j]) {
        cur.end = merged[j].end;
        i = j;
      }
    }
    out.push(cur);
  }
  return capLength(text, out);
}

/**
 * Split `body` into sentences. Paragraphs are lines; a sentence never crosses a line break.
 * Offsets index into `body`; runs in time linear in its length.
 */
export function splitSentences(body: string): SentenceSpan[] {
  // A page is split by the candidate lookup and again by matching: the last text's spans are remembered.
  if (lastSplit?.body === body) return lastSplit.spans.slice();
  const spans = computeSentences(body);
  lastSplit = { body, spans: spans.slice() };
  return spans;
}

let lastSplit: { body: string; spans: SentenceSpan[] } | null = null;

function computeSentences(body: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let paragraph = 0;
  let lineStart = 0;
  while (lineStart <= body.length) {
    let lineEnd = body.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = body.length;
    let hasText = false;
    for (let i = lineStart; i < lineEnd; i++) {
      if (!isSpace(body[i])) {
        hasText = true;
        break;
      }
    }
    if (hasText) {
      for (const p of paragraphSentences(body, lineStart, lineEnd)) {
        out.push({ index: out.length, start: p.start, end: p.end, text: body.slice(p.start, p.end), paragraph });
      }
      paragraph++;
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

/**
 * [start, end) ranges of double-quoted text in `text` (marks included). A quotation still open at
 * the end runs to the end. Roles of marks are judged from their neighbours, so straight and curly
 * quotes (even mixed or misplaced, as scraped text has them) work.
 */
export function quotedRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const r = quoteRole(text, i);
    if (r === 'open' && open < 0) open = i;
    else if (r === 'close' && open >= 0) {
      out.push([open, i + 1]);
      open = -1;
    }
  }
  if (open >= 0) out.push([open, text.length]);
  return out;
}

/** A [start, end) sentence span of the quick splitter: `text.slice(start, end)` trimmed is `text`. */
export interface QuickSentence {
  start: number;
  end: number;
  text: string;
}

const QUICK_NO_BREAK = new Set([...TITLE_ABBREVIATIONS, ...NUMERIC_ABBREVIATIONS].map((a) => a.replace(/\.$/, '').toLowerCase()));

/**
 * QUICK sentence splitter for relation work (short texts, many calls; article bodies take {@link splitSentences}):
 * breaks after . ! ? (plus closing quotes) before an upper-case letter, digit or opening quote, and at line breaks;
 * title abbreviations ("Gen.") and single initials do not break.
 */
export function splitSentencesQuick(text: string): QuickSentence[] {
  const out: QuickSentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) out.push({ start: start + lead, end: start + lead + body.length, text: body });
  };
  const re = /[.!?]+["”’')\]]*\s+(?=["“‘'(\[]?[\p{Lu}\p{N}])|\n\s*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0][0] === '.') {
      const before = /([\p{L}]+)$/u.exec(text.slice(Math.max(0, m.index - 12), m.index));
      const word = before?.[1] ?? '';
      if (word && (QUICK_NO_BREAK.has(word.toLowerCase()) || (word.length === 1 && /\p{Lu}/u.test(word)))) continue;
    }
    const end = m.index + m[0].length;
    push(end);
    start = end;
  }
  push(text.length);
  return out;
}
