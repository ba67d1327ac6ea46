/**
 * The one tokenizer of the text layer: every module that splits text into words (terms and entities in text.ts,
 * the figure and claim grammar through wordtokens.ts, the search index in search.ts) scans with {@link scanTokens},
 * normalises with {@link normalise} and stems with {@link stem}, so a word is the same word everywhere.
 * Pure string work (no DOM, no Node APIs), one regex pass, linear in the text length.
 */
import { stem as porter2 } from 'porter2';

/** What a token is: a word (starts with a letter or mark), a number (ASCII digits), or one punctuation mark. */
export type TokenKind = 'word' | 'number' | 'punct';

/** One token of a text. `text.slice(start, end) === raw` always holds. */
export interface TextToken {
  /** As written ("Romanowski's", "U.S.", "5,200", "US-led" when compounds are joined). */
  raw: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** {@link normalise}d form ("romanowski", "us", "5200"). */
  norm: string;
}

/** Options for {@link scanTokens}. */
export interface ScanOptions {
  /**
   * Keep hyphenated compounds as one token ("US-led", "al-Sudani's", "F-16"): the figure and claim grammar reads
   * them as one word. Off (the default), hyphens separate tokens, as term statistics and entity spotting want.
   */
  compounds?: boolean;
  /** Also emit every other non-space character as a one-character `punct` token (the grammar reads commas, dashes). */
  punct?: boolean;
}

// In order: dotted initialisms (U.S., e.g.); numbers with thousands groups and a decimal part (14,000 · 3.5);
// words of letters, marks and digits with inner apostrophes (don't, Romanowski's, G7). A digit always starts a
// number, so "19th" is 19 + th, as both earlier tokenizers had it.
const WORD_SRC = String.raw`(?:\p{L}\.){2,}|\d+(?:,\d{3})*(?:\.\d+)?|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*`;
const WORD_RE = new RegExp(WORD_SRC, 'gu');
const WORD_OR_PUNCT_RE = new RegExp(`${WORD_SRC}|\\S`, 'gu');
const LETTER_OR_MARK = /^[\p{L}\p{M}]/u;
const ENDS_IN_WORD_CHAR = /[\p{L}\p{M}\p{N}]$/u;

function kindOf(raw: string): TokenKind {
  const c = raw.charCodeAt(0);
  if (c >= 48 && c <= 57) return 'number';
  // An ASCII letter first (most tokens) is a word without the Unicode test.
  if ((c | 32) >= 97 && (c | 32) <= 122) return 'word';
  return LETTER_OR_MARK.test(raw) ? 'word' : 'punct';
}

/** Splits a text into tokens with offsets, kinds and normalised forms (see {@link ScanOptions}). */
export function scanTokens(text: string, opts: ScanOptions = {}): TextToken[] {
  const re = opts.punct ? WORD_OR_PUNCT_RE : WORD_RE;
  const out: TextToken[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    out.push({ raw, start: m.index, end: m.index + raw.length, kind: kindOf(raw), norm: normalise(raw) });
  }
  return opts.compounds ? joinCompounds(text, out) : out;
}

/**
 * The normalised forms of `scanTokens(text)` (default options), in order, without building the tokens: the stance
 * model reads a claim's words only (stance/features.ts wordsOfText).
 */
export function scanNorms(text: string): string[] {
  const out: string[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) out.push(normalise(m[0]));
  return out;
}

/**
 * Joins word-hyphen-word runs into one token: a word ending in a letter or digit, one "-" right after it, and a
 * word or number right after that ("US-led", "Mohammed-bin-Salman", "COVID-19", "mid-2000s"); "a--b" is not one. "U.S.-led" stays three tokens
 * (the initialism ends in a dot), and a number never starts a compound ("2,500-strong").
 */
function joinCompounds(text: string, tokens: TextToken[]): TextToken[] {
  const out: TextToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') {
      out.push(t);
      continue;
    }
    let end = t.end;
    let j = i + 1;
    for (;;) {
      if (text.charCodeAt(end) !== 45 /* - */ || !ENDS_IN_WORD_CHAR.test(text.slice(end - 1, end))) break;
      // The hyphen is a punct token when punctuation is kept; skip it.
      let k = j;
      if (tokens[k]?.start === end && tokens[k]!.raw === '-') k++;
      const next = tokens[k];
      if (!next || next.start !== end + 1 || next.kind === 'punct') break;
      end = next.end;
      j = k + 1;
      // Letters and digits right after the joined part belong to it ("mid-2000s", "MiG-21s").
      while (tokens[j] && tokens[j]!.start === end && tokens[j]!.kind !== 'punct') end = tokens[j++]!.end;
    }
    if (j === i + 1) {
      out.push(t);
      continue;
    }
    const raw = text.slice(t.start, end);
    out.push({ raw, start: t.start, end, kind: 'word', norm: normalise(raw) });
    i = j - 1;
  }
  return out;
}

const PLAIN_LOWER = /^[a-z]+$/;

/**
 * Normal form of a word: lower case, curly apostrophes made straight, a possessive ('s, ’s, s') dropped, dots of
 * an initialism dropped ("U.S." → "us"), thousands commas of a number dropped ("14,000" → "14000"). Accents are
 * kept (the search index folds them; names keep theirs).
 */
export function normalise(word: string): string {
  if (PLAIN_LOWER.test(word)) return word;
  // ASCII letters only ("Syria", "ISIS": most capitalised words): lower case is the whole normal form.
  if (asciiLettersOnly(word)) return word.toLowerCase();
  let w = word.toLowerCase().replace(/’/g, "'");
  if (w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.endsWith("'")) w = w.slice(0, -1);
  if (w.includes('.') && !/^\d/.test(w)) w = w.replace(/\./g, '');
  else if (/^\d/.test(w)) w = w.replace(/,/g, '');
  return w;
}

/** True when every character of `word` (non-empty) is an ASCII letter. */
function asciiLettersOnly(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/* --------------------------------------------------------------------- stem */

const STEM_MEMO_MAX = 100_000;
const stemMemo = new Map<string, string>();

/**
 * Porter2 (the "English" Snowball stemmer, npm `porter2`) of a normalised word: resurge / resurges / resurged /
 * resurging / resurgence → "resurg", troops → "troop", militants → "milit". Only plain a–z words are stemmed; names
 * in other scripts, numbers and words with apostrophes come back as they are. Memoised (bounded): a corpus reuses a
 * few tens of thousands of words, and matching stems the same ones on every call.
 */
export function stem(norm: string): string {
  let s = stemMemo.get(norm);
  if (s === undefined) {
    s = norm.length > 2 && PLAIN_LOWER.test(norm) ? porter2(norm) : norm;
    if (stemMemo.size >= STEM_MEMO_MAX) stemMemo.clear();
    stemMemo.set(norm, s);
  }
  return s;
}
