/**
 * Term helpers shared by topic mining and the relation function: tokens, normal forms, light stems,
 * content terms, sentence spans, term statistics and cheap capitalised-sequence entity spotting.
 * Pure string work (no DOM, no Node APIs); every function is a single linear pass over its input.
 */
import type { TopicKind } from './types';
import { normalise, scanTokens, stem } from './tokens';
import { topicIdOf } from './ids';
import { splitSentencesQuick, type QuickSentence } from './sentences';
import { STOP_WORD_SET } from './lexicon/stopwords';
import { NAME_PARTICLES, TITLE_WORD_SET } from './lexicon/titles';
import { TITLE_ABBREVIATIONS, NUMERIC_ABBREVIATIONS } from './lexicon/abbreviations';
import { PLACES } from './lexicon/places';
import { MONTHS, WEEKDAYS } from './lexicon/dates';
import { FIELD_LABELS } from './lexicon/boilerplate';
import {
  ORG_WORDS,
  PERSON_TITLES,
  PERSON_TITLE_PARTS,
  PLACE_WORDS,
} from './lexicon/topic-aliases';
import { domainLexicon } from './lexicon/domain';

/** One word-like token of a text (the word tokens of {@link scanTokens}, without punctuation). */
export interface Token {
  /** As written ("Romanowski's", "U.S."). */
  raw: string;
  /** Lower case, possessive 's and acronym dots removed ("romanowski", "us"). */
  norm: string;
  start: number;
  end: number;
}

/**
 * Splits a text into word tokens with offsets. Hyphens separate tokens ("US-led" → US, led). Delegates to the
 * shared tokenizer (tokens.ts); kept here because topic mining, the relation and the stance features import it.
 */
export function tokenize(text: string): Token[] {
  return scanTokens(text);
}

export { normalise, stem };

/** True for English function words (shared list in lexicon/stopwords.ts). */
export function isStopWord(norm: string): boolean {
  return STOP_WORD_SET.has(norm);
}

/** True when a token is a number ("14,000", "2024", "3.5"). */
export function isNumber(norm: string): boolean {
  // What /^\d/ tests (an ASCII digit first), without a regex: every content word of every text is checked.
  const c = norm.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** Stem of a token if it carries meaning (not a stop word, not a number, at least two characters), else null. */
export function contentStem(norm: string): string | null {
  if (norm.length < 2 || STOP_WORD_SET.has(norm) || isNumber(norm)) return null;
  return stem(norm);
}

/** Stems of the content words of a text, in order, duplicates kept (use a Set for a bag of terms). */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    const s = contentStem(t.norm);
    if (s) out.push(s);
  }
  return out;
}

/** A [start, end) sentence span of a text, as the quick splitter gives it. */
export type SentenceSpan = QuickSentence;

const NO_BREAK_ABBREVS = new Set(
  [...TITLE_ABBREVIATIONS, ...NUMERIC_ABBREVIATIONS].map((a) => a.replace(/\.$/, '').toLowerCase()),
);

/**
 * The QUICK sentence splitter, under its old name: delegates to {@link splitSentencesQuick} in sentences.ts (the
 * full splitter is `splitSentences` there). Kept so code written against this module keeps compiling.
 * @deprecated Import `splitSentencesQuick` (or the full `splitSentences`) from './sentences' and pick explicitly.
 */
export const splitSentences: (text: string) => SentenceSpan[] = splitSentencesQuick;

/** Document-frequency statistics of stems over a set of texts, for IDF weighting. */
export interface TermStats {
  docCount: number;
  df: Map<string, number>;
}

/** Counts in how many texts each content stem occurs (linear in total text length). */
export function buildTermStats(texts: Iterable<string>): TermStats {
  const df = new Map<string, number>();
  let docCount = 0;
  for (const text of texts) {
    docCount++;
    for (const s of new Set(contentTerms(text))) df.set(s, (df.get(s) ?? 0) + 1);
  }
  return { docCount, df };
}

/** Smoothed inverse document frequency of a stem; 1 when no statistics are given. */
export function idf(stats: TermStats | undefined, term: string): number {
  if (!stats || stats.docCount === 0) return 1;
  const df = stats.df.get(term) ?? 0;
  return Math.log((stats.docCount + 1) / (df + 1)) + 1;
}

/* ---------------------------------- entities ---------------------------------- */

/** A capitalised name sequence found in a text ("Alina Romanowski", "Islamic State", "CJTF"). */
export interface EntityMention {
  /** Surface as written, titles removed ("Mohammed Shia al-Sudani"). */
  text: string;
  /** Normalised tokens ("mohammed", "shia", "al", "sudani"). */
  tokens: string[];
  /** `tokens` joined by one space: the key entities are compared by. */
  key: string;
  start: number;
  end: number;
  /** Kind suggested by the context (title → person, "Province" → place, "Group" → org), else null. */
  hint: TopicKind | null;
  /** How sure the hint is: 2 = title or role word, 1 = name word, 0.5 = weak cue ("X said"). */
  hintWeight: number;
  /** Single word at the start of a sentence: might just be a capitalised common word. */
  sentenceInitial: boolean;
  /** All upper-case ("ISIS", "CJTF"). */
  acronym: boolean;
}

/** Options for {@link spotEntities}. */
export interface SpotOptions {
  /** Words seen in lower case elsewhere (corpus vocabulary): a sentence-initial one is not a name. */
  isCommonWord?: (norm: string) => boolean;
}

const PERSON_TITLE_SET = new Set(PERSON_TITLES);
const TITLE_PART_SET = new Set(PERSON_TITLE_PARTS);
const PLACE_WORD_SET = new Set(PLACE_WORDS);
const ORG_WORD_SET = new Set(ORG_WORDS);
const CONNECTORS = new Set(['of', 'for', 'the', 'de', 'del', 'da', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'abu']);
const TITLE_CONNECTORS = new Set(['to', 'of', 'for']);
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'from', 'outside', 'across', 'into', 'around']);
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'claimed', 'wrote', 'explained', 'stated', 'noted', 'warned', 'argued', 'asserted', 'insisted', 'confirmed', 'denied']);
/** Roles a company or an organisation has, not a person or a place ("Apple CEO Tim Cook", "Apple's chief executive"). */
const ORG_ROLES = new Set(['ceo', 'cfo', 'coo', 'cto', 'chairman', 'chairwoman', 'founder', 'cofounder', 'co-founder', 'spokesman', 'spokeswoman', 'spokesperson', 'shareholders']);
/** Prepositions after which "X, who" is about another person than X ("symptoms of Ebola, who"). */
const WHO_NOT_AFTER = new Set(['of', 'on', 'in', 'from', 'with', 'by', 'to', 'for', 'about', 'at', 'into', 'against', 'over', 'via']);
/** Words after a possessive that only a person has ("Bale's wife", "Jobs's daughter"). */
const KIN_WORDS = new Set(['wife', 'husband', 'son', 'daughter', 'sons', 'daughters', 'father', 'mother', 'brother', 'sister', 'girlfriend', 'boyfriend', 'widow', 'fiancée', 'fiancee', 'parents', 'children']);
/** Country names and demonyms as normalised keys ("iraq", "iraqi", "united states"). */
const COUNTRY_WORDS = new Set(PLACES.flatMap((p) => p.aliases).map((a) => tokenize(a).map((t) => t.norm).join(' ')));
/** Metadata field labels ("Author", "Published", "Updated", "Photo") are page furniture, never names. */
const FIELD_LABEL_SET = new Set(FIELD_LABELS);
/** Calendar words are capitalised but are not names. */
const CALENDAR_WORDS = new Set([...Object.keys(MONTHS), ...Object.keys(WEEKDAYS)]);
/** Lower-case role words that mark the next capitalised words as a person ("Iranian general Qassem Soleimani"). */
const ROLE_BEFORE_NAME = new Set(
  [...TITLE_WORD_SET].filter(
    (w) => !['major', 'private', 'head', 'member', 'principal', 'staff', 'field', 'rear', 'vice', 'lance', 'warrant',
      'monitor', 'observer', 'partner', 'owner', 'chair', 'officials', 'press', 'executive', 'deputy', 'chief'].includes(w),
  ),
);

const UPPER_START = /^\p{Lu}/u;
/** Starts with an upper-case letter; plain ASCII is read from the first char code (most tokens), the rest by the regex. */
const isCap = (raw: string): boolean => {
  const c = raw.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(raw);
};
const isParticle = (norm: string): boolean => NAME_PARTICLES.has(norm);
/*
 * First-character tests of a word. A regex literal with a Unicode property escape (`/^\p{Lu}/u`) is compiled by the
 * TypeScript transform (esbuild for a Node 20 target, as tsx runs the engine in Node) into `new RegExp(…)`, a new
 * object at each evaluation: these are read per token, tens of thousands of times for one page's cards. One pattern
 * each, and ASCII (most words) answered without it.
 */
const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;
const LETTER_FIRST = /^\p{L}/u;
const NUMBER_FIRST = /^\p{N}/u;
const ANY_LETTER = /\p{L}/u;

/** `/^\p{Lu}/u.test(word)`: the word starts with an upper-case letter. */
export function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(word);
}

/** `/^\p{Ll}/u.test(word)`: the word starts with a lower-case letter. */
export function startsLower(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : LOWER_FIRST.test(word);
}

/** `/^\p{L}/u.test(word)`: the word starts with a letter. */
export function startsLetter(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? (c | 32) >= 97 && (c | 32) <= 122 : LETTER_FIRST.test(word);
}

/** `/^\p{N}/u.test(word)`: the word starts with a number character. */
export function startsNumber(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 48 && c <= 57 : NUMBER_FIRST.test(word);
}

/** `/\p{L}/u.test(text)`: the text holds a letter. */
export function hasLetter(text: string): boolean {
  return ANY_LETTER.test(text);
}

/** Two or more letters and no lower-case letter ("ISIS", "U.S.", "CJTF"). */
export function isAcronymToken(raw: string): boolean {
  // Plain ASCII (most tokens): counted in one pass — any lower-case letter rules it out; otherwise two capitals make it.
  let upper = 0;
  let ascii = true;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 128) {
      ascii = false;
      break;
    }
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper++;
  }
  if (ascii) return upper >= 2;
  const letters = raw.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/**
 * Finds capitalised name sequences (people, places, organisations) in one linear pass:
 * joins capitalised words across spaces, hyphens ("al-Sudani") and title abbreviations ("Maj. Gen."),
 * allows lower-case connectors inside ("Islamic State of Iraq", "Mohammed Shia al-Sudani"),
 * splits off titles ("US Ambassador to Iraq Alina Romanowski" → "US" + person "Alina Romanowski"),
 * drops sentence-initial function words, and applies context-only aliases ("IS" only before "group" or in parentheses).
 */
export function spotEntities(text: string, opts: SpotOptions = {}, tokens: Token[] = tokenize(text)): EntityMention[] {
  const out: EntityMention[] = [];
  const n = tokens.length;
  const gapOk = (a: Token, b: Token): boolean => nameGapOk(text, a, b);
  let i = 0;
  while (i < n) {
    const t = tokens[i]!;
    if (!isCap(t.raw) || isNumber(t.norm)) {
      i++;
      continue;
    }
    // A lower-case name particle hyphenated to the name belongs to it ("al-Sudani").
    let first = i;
    const prevTok = tokens[i - 1];
    if (prevTok && isParticle(prevTok.norm) && text.slice(prevTok.end, t.start) === '-' && !isCap(prevTok.raw)) first = i - 1;
    // Grow the sequence [i, j].
    let j = i;
    for (;;) {
      const cur = tokens[j]!;
      const next = tokens[j + 1];
      if (!next) break;
      if (isCap(next.raw) && !isNumber(next.norm) && gapOk(cur, next)) {
        j++;
        continue;
      }
      const connector =
        CONNECTORS.has(next.norm) || (TITLE_CONNECTORS.has(next.norm) && PERSON_TITLE_SET.has(cur.norm));
      const after = tokens[j + 2];
      if (connector && !isCap(next.raw) && after && isCap(after.raw) && gapOk(cur, next) && gapOk(next, after)) {
        j += 2;
        continue;
      }
      break;
    }
    emitSequence(text, tokens, first, j, sentenceInitialAt(text, tokens, first), opts, out);
    i = j + 1;
  }
  return out;
}

/** The gap between two tokens continues a name: spaces or one hyphen (not after a possessive), or a title abbreviation's dot. */
function nameGapOk(text: string, a: Token, b: Token): boolean {
  // One plain space (the common case) is read without slicing the gap out.
  if (b.start - a.end === 1 && text.charCodeAt(a.end) === 32) return !/['’]s?$/i.test(a.raw) || a.raw.length < 3;
  const gap = text.slice(a.end, b.start);
  if (/^[ \t\u00a0]+$/.test(gap) || gap === '-') return !/['’]s?$/i.test(a.raw) || a.raw.length < 3;
  return /^\.[ \t\u00a0]+$/.test(gap) && NO_BREAK_ABBREVS.has(a.norm);
}

/** Token i opens a sentence (or a quote, a parenthesis, a line): a capitalised word there may be a common word. */
function sentenceInitialAt(text: string, tokens: Token[], i: number): boolean {
  if (i === 0) return true;
  const prev = tokens[i - 1]!;
  const gap = text.slice(prev.end, tokens[i]!.start);
  if (gap.includes('\n')) return true;
  const c = gap.trim();
  if (!c) return false;
  if (/^[.!?]/.test(c)) return !NO_BREAK_ABBREVS.has(prev.norm);
  return /[:;"“‘(\[—–]$/.test(c) || /^[:;"“”’'(\[]+$/.test(c);
}

function emitSequence(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
  sentenceInitial: boolean,
  opts: SpotOptions,
  out: EntityMention[],
): void {
  // Work on token indices so neighbours can be looked at without searching; the sequence stays one run [a, b] of
  // tokens until titles are split off.
  let a = from;
  let b = to;
  // Drop sentence-initial function words and common words ("The", "However", "Coalition troops").
  let initial = sentenceInitial;
  while (a <= b) {
    const first = tokens[a]!;
    const acr = isAcronymToken(first.raw);
    const common =
      !acr &&
      (STOP_WORD_SET.has(first.norm) ||
        (initial && b > a && opts.isCommonWord?.(first.norm) === true && !COUNTRY_WORDS.has(first.norm)));
    if (!common) break;
    a++;
    initial = false;
    while (a <= b && !isCap(tokens[a]!.raw)) a++;
  }
  while (a <= b && !isCap(tokens[b]!.raw)) b--;
  if (a > b) return;
  // "Author", "Photo Credit", "Updated": labels of metadata fields, not names.
  let labelsOnly = true;
  for (let k = a; k <= b && labelsOnly; k++) labelsOnly = FIELD_LABEL_SET.has(tokens[k]!.norm) && !isAcronymToken(tokens[k]!.raw);
  if (labelsOnly) return;
  const tk = (k: number): Token => tokens[k]!;
  if (a === b) {
    const idx = a;
    const only = tk(idx);
    const acr = isAcronymToken(only.raw);
    if (STOP_WORD_SET.has(only.norm) && !acr) return;
    if (CALENDAR_WORDS.has(only.norm) || only.norm.includes("'")) return;
    if (initial && !acr && opts.isCommonWord?.(only.norm) && !COUNTRY_WORDS.has(only.norm)) return;
    const ctx = domainLexicon().contextAliases[only.norm];
    if (ctx && !contextAliasOk(text, tokens, idx, ctx)) return;
    if (STOP_WORD_SET.has(only.norm) && inAllCaps(tokens, idx)) return;
  }
  // Split titles: prefix entity + person name.
  let core = -1;
  for (let k = a; k <= b; k++) {
    if (PERSON_TITLE_SET.has(tokens[k]!.norm)) {
      core = k - a;
      break;
    }
  }
  const seq: number[] = [];
  for (let k = a; k <= b; k++) seq.push(k);
  if (core >= 0) {
    const cap = (k: number): boolean => isCap(tk(k).raw);
    const isTitle = (k: number): boolean => PERSON_TITLE_SET.has(tk(k).norm) || TITLE_PART_SET.has(tk(k).norm);
    let pStart = core;
    while (pStart > 0 && isTitle(seq[pStart - 1]!)) pStart--;
    let pEnd = core;
    let k = core + 1;
    while (k < seq.length) {
      const t = tk(seq[k]!);
      if (isTitle(seq[k]!)) {
        pEnd = k++;
        continue;
      }
      if (TITLE_CONNECTORS.has(t.norm) && !isCap(t.raw)) {
        // "Ambassador to Iraq Alina Romanowski": skip the place or office after the connector.
        let m = k + 1;
        while (m < seq.length && (COUNTRY_WORDS.has(tk(seq[m]!).norm) || TITLE_PART_SET.has(tk(seq[m]!).norm))) m++;
        if (m === k + 1 && seq.length - (k + 1) >= 3) m = k + 2;
        pEnd = m - 1;
        k = m;
        continue;
      }
      break;
    }
    let name = seq.slice(pEnd + 1);
    while (name.length > 0 && !cap(name[0]!)) name = name.slice(1);
    if (name.length > 0) {
      const prefix = seq.slice(0, pStart);
      while (prefix.length > 0 && !cap(prefix[prefix.length - 1]!)) prefix.pop();
      // "Apple CEO Tim Cook", "Sony Pictures spokesman …": what has such a role is an organisation (a country or a
      // place word keeps its own kind: "Texas Governor", "US Ambassador").
      const orgRole = prefix.length > 0 && ORG_ROLES.has(tk(seq[pStart]!).norm) && !isPlaceName(prefix.map((k) => tk(k).norm));
      if (prefix.length > 0) pushMention(text, tokens, prefix, false, orgRole ? 'org' : null, orgRole ? 1 : 0, out);
      pushMention(text, tokens, name.slice(-5), false, 'person', 2, out);
      return;
    }
  }
  // Role word in lower case right before ("Iranian general Qassem Soleimani") → person.
  const before = tokens[seq[0]! - 1];
  let hint: TopicKind | null = null;
  let weight = 0;
  if (before && !isCap(before.raw) && ROLE_BEFORE_NAME.has(before.norm) && seq.length <= 5 && !COUNTRY_WORDS.has(seq.map((k) => tk(k).norm).join(' ')) && text.slice(before.end, tk(seq[0]!).start).trim() === '') {
    hint = 'person';
    weight = 2;
  }
  pushMention(text, tokens, seq, initial && seq.length === 1, hint, weight, out);
}

function pushMention(
  text: string,
  tokens: Token[],
  seq: number[],
  sentenceInitial: boolean,
  hint: TopicKind | null,
  hintWeight: number,
  out: EntityMention[],
): void {
  const lastIdx = seq[seq.length - 1]!;
  const first = tokens[seq[0]!]!;
  const last = tokens[lastIdx]!;
  const toks = seq.map((k) => tokens[k]!.norm);
  const key = toks.join(' ');
  const acronym = seq.every((k) => isAcronymToken(tokens[k]!.raw) || !hasLetter(tokens[k]!.raw));
  if (!hint) {
    if (COUNTRY_WORDS.has(key) || PLACE_WORD_SET.has(last.norm)) {
      hint = 'place';
      hintWeight = 1;
    } else if (acronym || toks.some((w) => ORG_WORD_SET.has(w))) {
      hint = 'org';
      hintWeight = 1;
    } else {
      const cue = contextKind(text, tokens, seq[0]!, lastIdx);
      hint = cue.kind;
      hintWeight = cue.weight;
    }
  }
  out.push({
    text: text.slice(first.start, last.end),
    tokens: toks,
    key,
    start: first.start,
    end: last.end,
    hint,
    hintWeight,
    sentenceInitial,
    acronym,
  });
}

/** True when the words name a country (or its people) or end in a place word ("Kansas City", "Iraqi"). */
function isPlaceName(norms: readonly string[]): boolean {
  return COUNTRY_WORDS.has(norms.join(' ')) || PLACE_WORD_SET.has(norms[norms.length - 1]!);
}

/**
 * The kind the words around a name (tokens first..last) suggest, from evidence a reader uses: "Bale, who", "Bale,
 * 40,", "Bale said he", "Bale's wife" → a person (1); "Apple said it", "Apple's CEO", "Apple spokesman Nat Kerris" → an
 * organisation (1); "X said" alone → a person, weakly (0.5); "in Mosul" → a place, weakly (0.5) — but not "in
 * Isaacson's book", where the place is the book.
 */
function contextKind(text: string, tokens: Token[], firstIdx: number, lastIdx: number): { kind: TopicKind | null; weight: number } {
  const first = tokens[firstIdx]!;
  const last = tokens[lastIdx]!;
  const next = tokens[lastIdx + 1];
  const after = tokens[lastIdx + 2];
  const prev = tokens[firstIdx - 1];
  const possessive = /['’]s?$/i.test(last.raw);
  const gapNext = next ? text.slice(last.end, next.start) : '';
  const lowerNext = !!next && !isCap(next.raw);
  // Not after a preposition: "symptoms of Ebola, who …", "supporters on Twitter, who …" speak of someone else.
  if (next && gapNext === ', ' && lowerNext && next.norm === 'who' && !(prev && WHO_NOT_AFTER.has(prev.norm))) return { kind: 'person', weight: 1 };
  if (next && gapNext === ', ' && /^\d{2}$/.test(next.raw) && after && text.slice(next.end, after.start).startsWith(',')) return { kind: 'person', weight: 1 };
  if (next && lowerNext && possessive && gapNext.trim() === '' && KIN_WORDS.has(next.norm)) return { kind: 'person', weight: 1 };
  // A person has a spokesman too ("Cameron's spokesman"): after a possessive only a company's roles count.
  if (next && lowerNext && gapNext.trim() === '' && ORG_ROLES.has(next.norm) && !(possessive && next.norm.startsWith('spokes')) && lastIdx - firstIdx <= 4) return { kind: 'org', weight: 1 };
  if (next && SPEECH_VERBS.has(next.norm) && lastIdx - firstIdx < 4 && gapNext.trim() === '') {
    const pronoun = after && text.slice(next.end, after.start).trim() === '' ? after.norm : '';
    if (pronoun === 'he' || pronoun === 'she') return { kind: 'person', weight: 1 };
    if (pronoun === 'it' || pronoun === 'its') return { kind: 'org', weight: 1 };
    return { kind: 'person', weight: 0.5 };
  }
  if (!possessive && prev && PLACE_PREPOSITIONS.has(prev.raw) && text.slice(prev.end, first.start).trim() === '') return { kind: 'place', weight: 0.5 };
  return { kind: null, weight: 0 };
}

/** Context-only alias check ("IS" before "group", or written "(IS)"). */
export function contextAliasOk(
  text: string,
  tokens: Token[],
  idx: number,
  ctx: { next: readonly string[]; parens: boolean },
): boolean {
  const t = tokens[idx];
  if (!t || !isAcronymToken(t.raw)) return false;
  const next = tokens[idx + 1];
  if (next && ctx.next.includes(next.norm) && /^[ \t\u00a0-]+$/.test(text.slice(t.end, next.start))) return true;
  if (ctx.parens && /[(\[]\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start)) && /^\s*[)\]]/.test(text.slice(t.end, t.end + 3))) {
    return true;
  }
  return false;
}

/** True when the token sits between all-caps words (a shouted headline), where "US"/"IS" may be ordinary words. */
export function inAllCaps(tokens: Token[], idx: number): boolean {
  const prev = tokens[idx - 1];
  const next = tokens[idx + 1];
  const caps = (t: Token | undefined): boolean => !!t && isAcronymToken(t.raw) && t.raw.length >= 2;
  return (caps(prev) || !prev) && (caps(next) || !next) && (!!prev || !!next);
}

/** `s` with every character a regular expression reads specially escaped, to match it as written. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The topic id of a label ("Mohammed Shia al-Sudani" → "mohammed-shia-al-sudani"): delegates to `topicIdOf` (ids.ts). */
export function slugify(s: string): string {
  return topicIdOf(s);
}

/** Name particles ("al", "bin", "van") that do not count as a first name or surname. */
export function isNameParticle(norm: string): boolean {
  return NAME_PARTICLES.has(norm);
}
