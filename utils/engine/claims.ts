/**
 * Claims of one article: sentences that assert something checkable, with who said it, when, what
 * kind of claim it is and the figures in it. Topics are left empty: the corpus-level step fills them.
 *
 * Speaker attribution works on tokens around reporting verbs ("X said", "said X", "according to X"),
 * with the subject phrase read backwards from the verb (titles, names, appositives), and resolved
 * against what the article said before: pronouns ("he said") → the last person quoted, surnames
 * ("Romanowski said") → the full name introduced earlier, role nouns ("the analyst") → the last
 * person with that role, documents ("the report said") → the best name the article gives the
 * document ("Office of Inspector General report").
 */

import type { Claim, ClaimKind } from './types';
import { isBoilerplateLine, isCreditLine } from './clean';
import { findDateMentions, isoOf, resolveDate } from './dates';
import { extractFigures, withUnnamedCosts } from './figures';
import { DOCUMENT_CREATION_VERBS, DOCUMENT_MODIFIERS, DOCUMENT_NOUN_GROUPS, GENERIC_DOCUMENT_QUALIFIERS, REPORTING_PARTICIPLES, REPORTING_VERB_SET, WEAK_REPORTING_VERBS } from './lexicon/reporting';
import { STOP_WORD_SET } from './lexicon/stopwords';
import { GROUP_NOUNS, NAME_PARTICLES, ORGANISATION_NAME_WORDS, ORGANISATION_NOUNS, SPEAKER_PRONOUNS, TITLE_CONNECTORS, TITLE_MODIFIERS, TITLE_WORD_SET } from './lexicon/titles';
import { TITLE_ABBREVIATIONS } from './lexicon/abbreviations';
import { AUDIENCE_VERBS, AUDIENCE_WORDS, DATE_LEADS, MONTHS, OCCASION_PARTICIPLES, OCCASION_PREPOSITIONS, OCCASION_WORDS, SAYING_ADVERBS, WEEKDAYS } from './lexicon/dates';
import { quotedRanges, type SentenceSpan } from './sentences';
import { isCapitalised, matchMetonym, matchPlace, singular, stripPossessive, tokenize, type Token } from './wordtokens';

/** What the claim step needs to know about the article. */
export interface ClaimContext {
  articleId: string;
  outletId: string;
  /** ISO article date, or null. */
  published: string | null;
  /** Main place of the article (country key), for figure subjects. */
  place?: string | null;
}

/* ----------------------------------------------------------------- word classes --------------- */

const DETERMINERS = new Set(['the', 'a', 'an', 'several', 'some', 'many', 'two', 'three', 'four', 'its', 'his', 'her', 'their', 'our', 'this', 'these', 'those', 'both', 'other', 'various', 'multiple', 'numerous', 'unnamed', 'anonymous']);
const SKIPPABLE_BEFORE_VERB = new Set([
  'also', 'later', 'previously', 'earlier', 'recently', 'repeatedly', 'reportedly', 'then', 'further',
  'again', 'once', 'publicly', 'separately', 'has', 'have', 'had', 'was', 'is', 'were', 'would', 'will',
  'been', 'subsequently', 'privately', 'openly', 'initially', 'first', 'explicitly', 'quickly',
  'promptly', 'himself', 'herself', 'itself', 'themselves', 'already', 'now', 'today',
  'yesterday', 'just', 'even', 'still', 'did', 'does', 'do', 'not', 'never', 'always',
  'often', 'personally', 'directly', 'specifically', 'flatly', 'firmly', 'strongly', 'clearly',
]);
/** Prepositions that cannot start a clause: a name right after one is an object, not a speaker. */
const OBJECT_PREPOSITIONS = new Set(['against', 'of', 'in', 'on', 'at', 'from', 'with', 'by', 'for', 'to', 'about', 'into', 'near', 'over', 'among', 'between', 'through', 'toward', 'towards', 'onto', 'upon', 'across', 'like', 'than']);
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'whom', 'whose']);
const NOT_SPEECH_AFTER = new Set(['responsibility', 'credit', 'victory', 'ownership', 'lives', 'life']);
const DOC_PREPS = new Set(['on', 'of', 'by', 'from', 'into', 'about']);
const TITLE_ABBR_WORDS = new Set(TITLE_ABBREVIATIONS.map((a) => a.slice(0, -1)));

const DOC_GROUP = new Map<string, number>();
DOCUMENT_NOUN_GROUPS.forEach((g, i) => g.forEach((n) => DOC_GROUP.set(n, i)));

function low(t: Token | undefined): string {
  return t ? t.text.toLowerCase() : '';
}

function isTitleWord(w: string): boolean {
  const l = w.toLowerCase().replace(/\.$/, '');
  return TITLE_WORD_SET.has(l) || TITLE_WORD_SET.has(singular(l));
}

function isOrgNoun(w: string): boolean {
  const l = w.toLowerCase();
  return ORGANISATION_NOUNS.has(l) || ORGANISATION_NOUNS.has(singular(l));
}

function docNoun(w: string): string | null {
  const l = stripPossessive(w.toLowerCase());
  return DOC_GROUP.has(l) ? l : null;
}

function isCalendarWord(w: string): boolean {
  const l = w.toLowerCase();
  return MONTHS[l] !== undefined || WEEKDAYS[l] !== undefined;
}

/** Whether token k belongs to a date phrase between subject and verb ("X on June 4 called", "X on Tuesday said"). */
function isDateWordAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t.kind === 'word' && isCalendarWord(t.text) && isCapitalised(t.text)) return true;
  if (t.kind === 'number' && Number(t.text) <= 31 && tokens[k - 1] && isCalendarWord(tokens[k - 1].text)) return true;
  const next = tokens[k + 1];
  return /^(on|last|this|early|late)$/.test(low(t)) && !!next && isCalendarWord(next.text) && isCapitalised(next.text);
}

/** Name-ish token: capitalised word (not a capitalised function word), "al-" particle word, or a particle. */
function isNameToken(t: Token): boolean {
  if (t.kind !== 'word') return false;
  if (/^(al|el|bin|ibn|abu|de|van|von)-/i.test(t.text)) return true;
  if (!isCapitalised(t.text)) return false;
  return !STOP_WORD_SET.has(t.text.toLowerCase()) || t.text === 'US';
}

/* ----------------------------------------------------------------- noun phrases --------------- */

/** A noun phrase found in a sentence: token range [from, to] inclusive, plus role words seen. */
interface Phrase {
  from: number;
  to: number;
  roles: string[];
}

function phraseText(sentence: string, tokens: readonly Token[], p: Phrase): string {
  let from = p.from;
  while (from <= p.to && DETERMINERS.has(low(tokens[from]))) from++;
  if (from > p.to) return '';
  return sentence.slice(tokens[from].start, tokens[p.to].end).replace(/['’]s$/, '').replace(/\s+/g, ' ').trim();
}

/**
 * Whether the word before a connector can host it: a title ("Ambassador to", "Secretary of") or a
 * name that is itself inside a longer name ("the Office of", "Bank of"), not a sentence-initial
 * word ("According to").
 */
function connectorHost(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (isTitleWord(t.text)) return true;
  if (!isNameToken(t) || k === 0) return false;
  const b = tokens[k - 1];
  return low(b) === 'the' || isNameToken(b) || isTitleWord(b.text);
}

/**
 * Read a subject phrase backwards from token `end` (inclusive): names, titles ("Maj. Gen."),
 * role nouns ("spokesman", "analyst"), modifiers before roles ("political analyst"), connectors
 * inside titles ("Ambassador to Iraq"), a head organisation/document noun, and a leading determiner.
 */
function phraseBackward(tokens: readonly Token[], end: number): Phrase | null {
  let k = end;
  if (k < 0) return null;
  let from = -1;
  const roles: string[] = [];
  let head = true; // still at the last word of the phrase
  while (k >= 0) {
    const t = tokens[k];
    const l = low(t);
    if (t.kind === 'punct') {
      // "Maj." "Gen." abbreviation dots, initials "F."
      const w = tokens[k - 1];
      if (t.text === '.' && w && w.end === t.start && (TITLE_ABBR_WORDS.has(w.text) || /^[A-Z]$/.test(w.text))) {
        k--;
        continue;
      }
      // a short parenthetical acronym at the end: "Operation Inherent Resolve (OIR)"
      if (t.text === ')' && tokens[k - 2]?.text === '(' && from < 0) {
        k -= 3;
        end = k;
        continue;
      }
      break;
    }
    if (t.kind !== 'word') break;
    if (DETERMINERS.has(l) && !(t.text === 'US')) {
      if (from >= 0) from = k;
      break;
    }
    if (isNameToken(t)) {
      if (isTitleWord(t.text)) roles.push(singular(l));
      from = k;
    } else if (isTitleWord(t.text)) {
      roles.push(singular(l));
      from = k;
    } else if (head && (isOrgNoun(l) || docNoun(l))) {
      from = k;
    } else if (NAME_PARTICLES.has(l) && from >= 0 && isNameToken(tokens[k + 1] ?? t)) {
      from = k;
    } else if (TITLE_MODIFIERS.has(l) && from >= 0 && (isTitleWord(tokens[k + 1]?.text ?? '') || TITLE_MODIFIERS.has(low(tokens[k + 1])) || isOrgNoun(low(tokens[k + 1])) || (roles.length > 0 && isNameToken(tokens[k + 1])))) {
      // "senior Treasury officials", "former Treasury Secretary Ann Lee"
      from = k;
    } else if (TITLE_CONNECTORS.has(l) && from >= 0 && tokens[k - 1] && isNameToken(tokens[k + 1]) && connectorHost(tokens, k - 1)) {
      from = k;
    } else break;
    head = false;
    k--;
  }
  if (from < 0) return null;
  return { from, to: end, roles };
}

/** Read a phrase forwards from token `start` (inverted attributions: "..., said the minister"). */
function phraseForward(tokens: readonly Token[], start: number): Phrase | null {
  let k = start;
  const roles: string[] = [];
  let to = -1;
  if (DETERMINERS.has(low(tokens[k]))) k++;
  while (k < tokens.length) {
    const t = tokens[k];
    const l = low(t);
    if (t.text === '.' && tokens[k - 1] && TITLE_ABBR_WORDS.has(tokens[k - 1].text)) {
      k++;
      continue;
    }
    if (t.kind !== 'word' || isCalendarWord(t.text) || /^(yesterday|today|tonight|tomorrow|last|this|on|in)$/.test(l)) break;
    if (isNameToken(t) || isTitleWord(t.text) || TITLE_MODIFIERS.has(l) || isOrgNoun(l)) {
      if (isTitleWord(t.text)) roles.push(singular(l));
      to = k;
    } else if ((TITLE_CONNECTORS.has(l) || NAME_PARTICLES.has(l)) && to >= 0 && tokens[k + 1] && isNameToken(tokens[k + 1])) {
      /* inside a title */
    } else break;
    k++;
  }
  if (to < 0) return null;
  return { from: start, to, roles };
}

/** A phrase is a plausible speaker: a name, or a determiner + role/organisation/document noun, or plural roles. */
function plausibleSpeaker(tokens: readonly Token[], p: Phrase): boolean {
  let hasName = false;
  for (let k = p.from; k <= p.to; k++) {
    const t = tokens[k];
    if (isNameToken(t) && !isTitleWord(t.text) && !isCalendarWord(t.text)) hasName = true;
  }
  if (hasName) return true;
  const head = tokens[p.to].text;
  const det = DETERMINERS.has(low(tokens[p.from]));
  if (det && (isTitleWord(head) || isOrgNoun(head) || docNoun(head))) return true;
  return /s$/i.test(head) && (isTitleWord(head) || isOrgNoun(head)); // "commanders", "officials"
}

/* -------------------------------------------------------------- document names ---------------- */

interface DocName {
  name: string;
  score: number;
}

/** The name a document mention carries itself: "report by the X", "the US report", "parliament passed a resolution". */
function explicitDocName(sentence: string, tokens: readonly Token[], i: number): DocName | null {
  const noun = docNoun(tokens[i].text) as string;
  // (a) "report by (the) X"
  if (low(tokens[i + 1]) === 'by') {
    let k = i + 2;
    const start = k;
    let last = -1;
    while (k < tokens.length && k < start + 16) {
      const t = tokens[k];
      const l = low(t);
      if (isNameToken(t) || isTitleWord(t.text)) last = k;
      else if (TITLE_MODIFIERS.has(l) && last < 0 && isTitleWord(tokens[k + 1]?.text ?? '')) {
        /* "by the state comptroller" */
      } else if (l === 'the' || l === 'of' || l === 'and' || l === 'for' || l === '&' || (t.text === ',' && (low(tokens[k + 1]) === 'and' || (tokens[k + 1] && isNameToken(tokens[k + 1]))))) {
        /* connector */
      } else break;
      k++;
    }
    if (last >= start) {
      const x = sentence.slice(tokens[start].start, tokens[last].end);
      const bare = x.replace(/^the\s+/, '');
      const name = isCapitalised(bare) ? `${bare} ${noun}` : `${noun} by ${bare}`;
      return { name, score: 3 };
    }
  }
  // (b) "<subject> passed a resolution"
  if (DETERMINERS.has(low(tokens[i - 1])) && DOCUMENT_CREATION_VERBS.has(low(tokens[i - 2]))) {
    const p = phraseBackward(tokens, i - 3);
    if (p && plausibleSpeaker(tokens, p)) return { name: `${phraseText(sentence, tokens, p)} ${noun}`, score: 3 };
  }
  // (c) "the US report", "Pentagon inspector general report", "the 2023 city audit", "the quarterly report"
  let k = i - 1;
  let from = -1;
  while (k >= 0 && !isCalendarWord(tokens[k].text)) {
    const t = tokens[k];
    const ok = t.kind === 'number' ? /^(19|20)\d\d$/.test(t.text) : t.kind === 'word' && (isNameToken(t) || isTitleWord(t.text) || DOCUMENT_MODIFIERS.has(low(t)));
    if (!ok) break;
    from = k;
    k--;
  }
  // leading words that say nothing about which document it is ("the new report")
  while (from >= 0 && from < i && /^(new|latest|recent|same|earlier|previous|full|original)$/.test(low(tokens[from]))) from++;
  if (from < 0 || from >= i) return null;
  if (GROUP_NOUNS.has(low(tokens[i - 1]))) return null; // "officials report that ...": a verb, not a document
  let proper = false; // a year or a proper name other than a place: tells this document apart
  let specific = false; // a role or a non-generic qualifier ("inspector general", "quarterly", "police")
  for (let x = from; x < i; x++) {
    const t = tokens[x];
    const l = low(t);
    if (t.kind === 'number') proper = true;
    else if (isTitleWord(t.text)) specific = true;
    else if (isNameToken(t)) {
      if (!matchPlace(tokens, x) && !GENERIC_DOCUMENT_QUALIFIERS.has(l)) proper = true;
    } else if (!GENERIC_DOCUMENT_QUALIFIERS.has(l)) specific = true;
  }
  const score = proper ? 2 : specific ? 1.5 : 1;
  return { name: `${sentence.slice(tokens[from].start, tokens[i - 1].end)} ${noun}`, score };
}

/** Best name for each document group over the whole article (first, most explicit mention wins). */
function collectDocuments(sentences: readonly SentenceSpan[]): Map<number, DocName> {
  const best = new Map<number, DocName>();
  for (const s of sentences) {
    const tokens = tokenize(s.text);
    const quoted = quotedRanges(s.text);
    for (let i = 0; i < tokens.length; i++) {
      const noun = tokens[i].kind === 'word' && !isCapitalised(tokens[i].text) ? docNoun(tokens[i].text) : null;
      if (!noun || inRanges(quoted, tokens[i].start)) continue;
      const d = explicitDocName(s.text, tokens, i);
      if (!d) continue;
      const g = DOC_GROUP.get(noun) as number;
      const cur = best.get(g);
      if (!cur || d.score > cur.score) best.set(g, d);
    }
  }
  return best;
}

function inRanges(ranges: readonly [number, number][], pos: number): boolean {
  for (const [a, b] of ranges) if (pos >= a && pos < b) return true;
  return false;
}

/* -------------------------------------------------------------- speaker memory ---------------- */

interface Person {
  text: string;
  last: string;
  roles: Set<string>;
}

function surnameKey(w: string): string {
  return stripPossessive(w).replace(/^(al|el)-/i, '').toLowerCase();
}

/** What the article has said so far: people named, and the last person/thing quoted. */
class SpeakerMemory {
  people: Person[] = [];
  lastPerson: string | null = null;
  /** Last non-person speaker (organisation, document or group): "they said". */
  lastThing: string | null = null;
  /** Last organisation or document speaker (not a group of people): "it said". */
  lastOrg: string | null = null;
  /** Fuller phrases for group nouns seen so far: "commanders" → "senior US commanders". */
  groups = new Map<string, string>();
  /** Index of the sentence being read, and where the last named organisation was a speaker. */
  sentenceNo = 0;
  private sourceAt = -10;
  private source: string | null = null;

  setSpeaker(name: string, isPerson: boolean): void {
    if (isPerson) {
      this.lastPerson = name;
      return;
    }
    this.lastThing = name;
    if (isGroupPhrase(name)) return;
    this.lastOrg = name;
    // a named organisation or publication (not a document): "the report" just after may be its report
    const last = name.split(/\s+/).pop() as string;
    if (/^\p{Lu}/u.test(name) && !(docNoun(last) && !isCapitalised(last))) {
      this.source = name;
      this.sourceAt = this.sentenceNo;
    }
  }

  /** The organisation cited in this or the previous sentence, if any. */
  recentSource(): string | null {
    return this.sentenceNo - this.sourceAt <= 1 ? this.source : null;
  }

  /** The most recent person: the last person quoted, else the last person named. */
  recentPerson(): string | null {
    if (this.lastPerson) return this.lastPerson;
    for (let i = this.people.length - 1; i >= 0; i--) {
      const p = this.people[i];
      if (p.roles.size > 0 || p.text.split(/\s+/).length >= 2) return p.text;
    }
    return null;
  }

  addPerson(text: string, roles: readonly string[]): void {
    const words = text.split(/\s+/);
    const last = surnameKey(words[words.length - 1]);
    if (!last || isTitleWord(last)) return;
    const existing = this.people.find((p) => p.text === text);
    if (existing) {
      roles.forEach((r) => existing.roles.add(r));
      this.people.splice(this.people.indexOf(existing), 1);
      this.people.push(existing);
      return;
    }
    this.people.push({ text, last, roles: new Set(roles) });
    if (this.people.length > 200) this.people.shift();
  }

  /** Full name for a bare surname ("Romanowski" → "US Ambassador to Iraq Alina Romanowski"). */
  bySurname(w: string): string | null {
    const key = surnameKey(w);
    for (let i = this.people.length - 1; i >= 0; i--) {
      const p = this.people[i];
      if (p.last === key && p.text.split(/\s+/).length > 1) return p.text;
    }
    return null;
  }

  /** Last person with a role ("the analyst" → "political analyst Sajad Jiyad"). */
  byRole(role: string): string | null {
    for (let i = this.people.length - 1; i >= 0; i--) if (this.people[i].roles.has(role)) return this.people[i].text;
    return null;
  }

  isPerson(text: string): boolean {
    return this.people.some((p) => p.text === text && (p.roles.size > 0 || p.text.split(/\s+/).length >= 2));
  }
}

/** A capitalised organisation or publication name word: "Watch", "Gazette", "Press". */
function isOrgName(t: Token): boolean {
  return isCapitalised(t.text) && ORGANISATION_NAME_WORDS.has(stripPossessive(t.text).toLowerCase());
}

/** Register every personal-name phrase of a sentence (title + name runs), with appositive roles. */
function rememberNames(sentence: string, tokens: readonly Token[], memory: SpeakerMemory): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isNameToken(t) || isTitleWord(t.text) || isCalendarWord(t.text)) continue;
    const next = tokens[i + 1];
    if (next && (isNameToken(next) || (next.text === '.' && TITLE_ABBR_WORDS.has(t.text)))) continue; // not the end of a run
    if (matchPlace(tokens, i) || matchMetonym(tokens, i) || isOrgName(t)) continue; // not "Human Rights Watch"
    const p = phraseBackward(tokens, i);
    if (!p) continue;
    // the name proper: the run of name words at the end; one word is enough only right after a title
    let runStart = i;
    while (runStart > p.from && isNameToken(tokens[runStart - 1]) && !isTitleWord(tokens[runStart - 1].text) && !matchPlace(tokens, runStart - 1)) runStart--;
    const runLength = i - runStart + 1;
    const before = tokens[runStart - 1];
    const afterTitle = !!before && runStart > p.from && (isTitleWord(before.text) || before.text === '.');
    if (runLength < 2 && !afterTitle) continue;
    const roles = [...p.roles];
    // appositive roles: "Glenn Fine, the principal deputy inspector general,"
    if (next?.text === ',') {
      for (let k = i + 2; k < tokens.length && k < i + 14 && tokens[k].text !== ',' && tokens[k].text !== '.'; k++) {
        if (isTitleWord(tokens[k].text)) roles.push(singular(low(tokens[k])));
      }
    }
    const text = phraseText(sentence, tokens, p);
    if (text) memory.addPerson(text, roles);
  }
}

/* -------------------------------------------------------------- groups of people -------------- */

/** Whether a speaker names a group of unnamed people ("officials", "senior US commanders"). */
function isGroupPhrase(name: string): boolean {
  const last = name.split(/\s+/).pop() as string;
  return GROUP_NOUNS.has(last.toLowerCase());
}

/** A group phrase as a label: no leading determiner, a sentence-initial modifier in lower case ("Senior US commanders" → "senior US commanders"). */
function groupLabel(text: string): string {
  const words = text.split(/\s+/);
  const first = words[0].toLowerCase();
  if (TITLE_MODIFIERS.has(first) || GROUP_NOUNS.has(first) || isTitleWord(first)) words[0] = first;
  return words.join(' ');
}

/** The fuller phrase ending in group noun token k ("senior US commanders"), or null when it is bare. */
function groupPhraseAt(sentence: string, tokens: readonly Token[], k: number): string | null {
  const p = phraseBackward(tokens, k);
  if (!p) return null;
  const text = phraseText(sentence, tokens, p);
  return text && /\s/.test(text) ? groupLabel(text) : null;
}

/** Register the fuller group phrases of a sentence (headings included: "Senior US commanders against ..."). */
function rememberGroups(sentence: string, tokens: readonly Token[], memory: SpeakerMemory): void {
  for (let k = 0; k < tokens.length; k++) {
    const l = low(tokens[k]);
    if (tokens[k].kind !== 'word' || !GROUP_NOUNS.has(l)) continue;
    const text = groupPhraseAt(sentence, tokens, k);
    if (text) memory.groups.set(l, text);
  }
}

/**
 * A bare group noun as subject ("commanders said", "Officials added", "the officials said")
 * becomes the fuller phrase for that group in the same sentence, else the last one the article
 * gave; an indefinite one ("some officials") only takes a phrase from its own sentence.
 */
function refineGroup(sentence: string, tokens: readonly Token[], p: Phrase, name: string, memory: SpeakerMemory): string {
  if (/\s/.test(name) || !GROUP_NOUNS.has(name.toLowerCase())) return name;
  const head = name.toLowerCase();
  for (let k = 0; k < tokens.length; k++) {
    if (k >= p.from && k <= p.to) continue;
    if (low(tokens[k]) !== head) continue;
    const text = groupPhraseAt(sentence, tokens, k);
    if (text) return text;
  }
  const det = DETERMINERS.has(low(tokens[p.from])) ? low(tokens[p.from]) : '';
  if (!det || /^(the|these|those)$/.test(det)) return memory.groups.get(head) ?? head;
  return head;
}

/* -------------------------------------------------------------- attribution ------------------- */

interface Attribution {
  speaker: string | null;
  isPerson: boolean;
  /** char offset after which a date of the statement may follow */
  verbEnd: number;
  strong: boolean;
}

/**
 * Resolve a document noun to its name: the mention's own qualifier when it tells the document
 * apart ("the 2023 city audit"), else the article's best name for it ("the US report" → "Office of
 * Inspector General report"), else the weak qualifier ("official report"), else — for "the
 * report" right after a named organisation or publication was cited — that source's report
 * ("World Politics Review report"), else the bare noun ("report").
 */
function resolveDocument(sentence: string, tokens: readonly Token[], i: number, docs: Map<number, DocName>, memory?: SpeakerMemory): string {
  const own = explicitDocName(sentence, tokens, i);
  if (own && own.score >= 2) return own.name;
  const noun = docNoun(tokens[i].text) as string;
  const best = docs.get(DOC_GROUP.get(noun) as number);
  if (best && best.score > (own?.score ?? 0)) return best.name;
  if (own) return own.name;
  const source = memory?.recentSource();
  if (source && /^(the|this|that)$/.test(low(tokens[i - 1]))) return `${source} ${noun}`;
  return noun;
}

/** Turn a subject phrase into a speaker name using the article memory. */
function resolvePhrase(sentence: string, tokens: readonly Token[], p: Phrase, memory: SpeakerMemory, docs: Map<number, DocName>): { name: string; isPerson: boolean } | null {
  // document head: "the report", "The motion"
  if (docNoun(tokens[p.to].text) && !isCapitalised(tokens[p.to].text)) {
    return { name: resolveDocument(sentence, tokens, p.to, docs, memory), isPerson: false };
  }
  // "<doc> on/by the Name": the speaker is the document, not the name
  let b = p.from - 1;
  let skipped = 0;
  while (b >= 0 && skipped < 3 && (low(tokens[b]) === 'the' || low(tokens[b]) === 'a' || /-/.test(tokens[b].text) && !isCapitalised(tokens[b].text))) {
    b--;
    skipped++;
  }
  if (b >= 0 && DOC_PREPS.has(low(tokens[b]))) {
    for (let k = b - 1; k >= Math.max(0, b - 3); k--) {
      if (docNoun(tokens[k].text) && !isCapitalised(tokens[k].text)) {
        if (low(tokens[b]) === 'by') return { name: `${phraseText(sentence, tokens, p)} ${docNoun(tokens[k].text)}`, isPerson: false };
        return { name: resolveDocument(sentence, tokens, k, docs, memory), isPerson: false };
      }
    }
  }
  const text = phraseText(sentence, tokens, p);
  if (!text) return null;
  const nameTokens = [];
  for (let k = p.from; k <= p.to; k++) if (isNameToken(tokens[k]) && !isTitleWord(tokens[k].text)) nameTokens.push(tokens[k]);
  const headTok = tokens[p.to];
  // a bare surname: the full name given earlier
  if (nameTokens.length === 1 && p.roles.length === 0 && p.to - p.from <= 1 && !matchPlace(tokens, p.to) && !matchMetonym(tokens, p.to)) {
    const full = memory.bySurname(nameTokens[0].text);
    if (full) return { name: full, isPerson: true };
  }
  // a group of unnamed people: "commanders", "Western officials"
  if (GROUP_NOUNS.has(low(headTok))) return { name: groupLabel(refineGroup(sentence, tokens, p, text, memory)), isPerson: false };
  // a role without a name: "the analyst", "the CJTF-OIR commander" (not "an official": someone unnamed)
  if (nameTokens.length <= 1 && isTitleWord(headTok.text) && /^(the|this|that)$/.test(low(tokens[p.from])) && !/s$/.test(low(headTok))) {
    const byRole = memory.byRole(singular(low(headTok)));
    if (byRole) return { name: byRole, isPerson: true };
  }
  // "Human Rights Watch", "the Riverton Gazette", "Associated Press": organisations, never "he"
  // ("A spokesman for Human Rights Watch" is a person: a role stands before the name)
  const orgName = isOrgName(headTok) && p.roles.filter((r) => r !== singular(low(headTok))).length === 0;
  const theName = low(tokens[p.from]) === 'the' && p.roles.length === 0;
  const orgLike = orgName || theName || isOrgNoun(headTok.text) || !!docNoun(headTok.text) || (nameTokens.length === 1 && p.roles.length === 0) ||
    !!matchPlace(tokens, p.from) && p.to - p.from < 2 || !!matchMetonym(tokens, p.from);
  const isPerson = !orgLike && (p.roles.length > 0 || nameTokens.length >= 2);
  return { name: text, isPerson };
}

/** Find who a sentence attributes its content to. */
function attribute(sentence: string, tokens: readonly Token[], quoted: readonly [number, number][], memory: SpeakerMemory, docs: Map<number, DocName>): Attribution | null {
  const candidates: Attribution[] = [];
  for (let v = 0; v < tokens.length; v++) {
    const t = tokens[v];
    if (t.kind !== 'word' || !REPORTING_VERB_SET.has(t.text) || inRanges(quoted, t.start)) continue;
    const prev = tokens[v - 1];
    if (prev && (DETERMINERS.has(low(prev)) || /['’]s$/.test(prev.text) || prev.text === '’')) continue; // "Romanowski's claim", "the claim"
    if (NOT_SPEECH_AFTER.has(low(tokens[v + 1]))) continue; // "claimed responsibility"
    const strong = !WEAK_REPORTING_VERBS.has(t.text);
    let k = v - 1;
    while (k >= 0 && (SKIPPABLE_BEFORE_VERB.has(low(tokens[k])) || isDateWordAt(tokens, k))) k--;
    if (k < 0) continue;
    if (RELATIVE_PRONOUNS.has(low(tokens[k]))) continue; // "..., who has emphasized that": a subordinate clause
    const pron = SPEAKER_PRONOUNS[low(tokens[k])];
    if (pron) {
      const speaker = pron === 'person' ? memory.recentPerson() : pron === 'thing' ? memory.lastOrg ?? memory.lastPerson : memory.lastThing ?? memory.lastPerson;
      if (speaker) candidates.push({ speaker, isPerson: pron === 'person' || (speaker === memory.lastPerson && pron !== 'thing'), verbEnd: t.end, strong });
      continue;
    }
    let roles: string[] = [];
    let end = k;
    if (tokens[k].text === ',') {
      // appositive: "Grynkewich, the number two commander ..., said"
      let j = k - 1;
      while (j >= 0 && j > k - 30 && tokens[j].text !== ',' && tokens[j].kind !== 'punct') j--;
      if (j <= 0 || tokens[j].text !== ',') {
        // "X, commander of Y, said" may contain no other punctuation; else give up on this verb
        continue;
      }
      const first = tokens[j + 1];
      if (first && (DETERMINERS.has(low(first)) || isTitleWord(first.text) || !isCapitalised(first.text) || TITLE_MODIFIERS.has(low(first)))) {
        for (let x = j + 1; x < k; x++) if (isTitleWord(tokens[x].text)) roles.push(singular(low(tokens[x])));
        end = j - 1;
      } else end = k - 1;
    }
    let p = end >= 0 ? phraseBackward(tokens, end) : null;
    if (p && p.from > 0 && OBJECT_PREPOSITIONS.has(low(tokens[p.from - 1])) && !DOC_PREPS.has(low(tokens[p.from - 1]))) p = null;
    if (p && p.from > 0 && DOC_PREPS.has(low(tokens[p.from - 1]))) {
      // allowed only when a document precedes ("report on the so-called X"); checked in resolvePhrase
      const r = resolvePhrase(sentence, tokens, p, memory, docs);
      if (!r || !/\b(report|study|assessment|audit|review|survey|analysis|investigation|inquiry|paper|resolution|motion|bill|law|decree|order|measure|statement|communiqu[eé]|release|letter|memo|memorandum|document|cable|poll|census)$/.test(r.name)) p = null;
    }
    if (p && plausibleSpeaker(tokens, p)) {
      const r = resolvePhrase(sentence, tokens, p, memory, docs);
      if (r) {
        if (r.isPerson) memory.addPerson(r.name, [...p.roles, ...roles]);
        candidates.push({ speaker: r.name, isPerson: r.isPerson, verbEnd: t.end, strong });
        continue;
      }
    }
    // subject at the start of the sentence: "A new report by ... has determined"
    const d0 = DETERMINERS.has(low(tokens[0])) ? 1 : 0;
    for (let x = d0; x < Math.min(d0 + 4, v); x++) {
      if (docNoun(tokens[x].text) && !isCapitalised(tokens[x].text)) {
        candidates.push({ speaker: resolveDocument(sentence, tokens, x, docs, memory), isPerson: false, verbEnd: t.end, strong });
        break;
      }
      if (tokens[x].kind !== 'word' && tokens[x].kind !== 'number') break;
    }
    if (candidates.length && candidates[candidates.length - 1].verbEnd === t.end) continue;
    // inverted: '..., said the minister', '“...,” says Pentagon watchdog'
    if (prev && (prev.text === ',' || /["”»’]/.test(prev.text))) {
      const f = phraseForward(tokens, v + 1);
      if (f && plausibleSpeaker(tokens, f)) {
        const r = resolvePhrase(sentence, tokens, f, memory, docs);
        if (r) candidates.push({ speaker: r.name, isPerson: r.isPerson, verbEnd: tokens[f.to].end, strong });
      }
    }
  }
  const pick = candidates.find((c) => c.strong) ?? candidates[0];
  if (pick) return pick;
  // "according to X"
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (low(tokens[i]) !== 'according' || low(tokens[i + 1]) !== 'to' || inRanges(quoted, tokens[i].start)) continue;
    let e = i + 2;
    while (e < tokens.length && tokens[e].kind === 'word' && low(tokens[e]) !== 'which' && low(tokens[e]) !== 'who') e++;
    if (e === i + 2) continue;
    // a document in X: "the US report", "an investigation by The Cradle"
    for (let k = i + 2; k < e; k++) {
      if (docNoun(tokens[k].text) && !isCapitalised(tokens[k].text)) {
        return { speaker: resolveDocument(sentence, tokens, k, docs, memory), isPerson: false, verbEnd: tokens[e - 1].end, strong: true };
      }
    }
    const p = phraseBackward(tokens, e - 1);
    if (p && p.from >= i + 2 && plausibleSpeaker(tokens, p)) {
      const r = resolvePhrase(sentence, tokens, p, memory, docs);
      if (r) return { speaker: r.name, isPerson: r.isPerson, verbEnd: tokens[e - 1].end, strong: true };
    }
    const text = sentence.slice(tokens[i + 2].start, tokens[e - 1].end).replace(/^(the|a|an|several|some|many)\s+/i, '');
    return { speaker: text, isPerson: false, verbEnd: tokens[e - 1].end, strong: true };
  }
  return null;
}

/* -------------------------------------------------------------------- claims ------------------ */

/**
 * How a sentence stands to a quotation the splitter may have cut: it opens one that it does not
 * close ('"We knew about the gap.'), closes one opened before ('Nobody listened," Bell said.'),
 * has balanced or no quotation marks ('none' only when it has none at all), or 'balanced'.
 */
function quoteMarks(text: string): 'opens' | 'closes' | 'none' | 'balanced' {
  const opening = (text.match(/[“«„]/g) ?? []).length;
  const closing = (text.match(/[”»]/g) ?? []).length;
  const straight = text.match(/"/g) ?? [];
  if (!opening && !closing && !straight.length) return 'none';
  if (opening > closing) return 'opens';
  if (closing > opening) return 'closes';
  if (straight.length % 2 === 1) {
    // the odd straight mark: opening when it starts the text or follows a space
    const at = text.indexOf('"');
    return at === 0 || /\s/.test(text[at - 1]) ? 'opens' : 'closes';
  }
  return 'balanced';
}

/** Whether a quoted span is speech (≥ 4 words with some lower-case content word), not a name or scare quote. */
function isSpeechQuote(text: string): boolean {
  const words = text.replace(/^["“”«»„]|["“”«»„]$/g, '').split(/\s+/).filter(Boolean);
  if (words.length < 4) return false;
  return words.some((w) => /^[\p{Ll}]/u.test(w) && !STOP_WORD_SET.has(w.toLowerCase().replace(/[^\p{L}']/gu, '')));
}

function wordsIn(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

const STATEMENT_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'one', 'another']);
const AUDIENCE_OR_OCCASION: ReadonlySet<string> = new Set([...AUDIENCE_WORDS, ...OCCASION_WORDS]);
const lowerWord = (w: string | undefined) => (w ?? '').toLowerCase().replace(/’/g, "'");

/**
 * How far the words after a reporting verb read as the circumstances of saying ("told reporters", "in an interview
 * with Reuters published", "on Facebook", "again"), not as what was said: `complete` when all of `words` do, `year`
 * when an occasion names one ("in a 2019 interview"). A noun phrase is a determiner, up to four modifiers and a head
 * that is an audience or occasion word or a name; anything else — a subject, a verb, "that" — is the content.
 */
function sayingCircumstances(words: readonly string[], verb: string): { complete: boolean; year: number | null } {
  let year: number | null = null;
  const phrase = (k: number): number => {
    let j = STATEMENT_DETERMINERS.has(lowerWord(words[k])) ? k + 1 : k;
    let last = -1;
    let y: number | null = null;
    for (let n = 0; n < 5 && j < words.length; n++, j++) {
      const l = lowerWord(words[j]);
      if (/^(?:19|20)\d{2}$/.test(l)) y = Number(l);
      else if (AUDIENCE_OR_OCCASION.has(l) || /^\p{Lu}/u.test(words[j])) last = j; // "a broadcast", "the series"
      else if (words[j] === ',' || OCCASION_PREPOSITIONS.has(l) || OCCASION_PARTICIPLES.has(l)) break;
    }
    if (last >= 0 && y !== null && OCCASION_WORDS.has(lowerWord(words[last]))) year ??= y;
    return last >= 0 ? last + 1 : -1;
  };
  let i = 0;
  if (AUDIENCE_VERBS.has(lowerWord(verb))) i = Math.max(0, phrase(0));
  while (i < words.length) {
    const l = lowerWord(words[i]);
    // "wrote state legislators, saying in an Oct. 8, 2014, email": a participle that goes on reporting the same words
    if (words[i] === ',' || SAYING_ADVERBS.has(l) || OCCASION_PARTICIPLES.has(l) || (REPORTING_PARTICIPLES.has(l) && words[i - 1] === ',')) i++;
    else if (words.slice(i).every((w) => DATE_LEADS.has(lowerWord(w)))) return { complete: true, year };
    else if (OCCASION_PREPOSITIONS.has(l) && phrase(i + 1) > 0) i = phrase(i + 1);
    else return { complete: false, year };
  }
  return { complete: true, year };
}

/**
 * The date a statement was made, when the sentence gives one right after the reporting verb ("said Tuesday", "told
 * reporters in January", "said in an interview published on 25 March", "said in a 2019 interview"); else the
 * article's date. A date in what was said is the date it refers to, never the date of saying it: "says will close at
 * the end of March next year", "said that in April …", "said the vote on Tuesday …", "said Tuesday's vote …". Nor can
 * a statement be made after its article.
 */
function statementDate(sentence: string, verbEnd: number, published: string | null): { date: string | null; dated: boolean } {
  const verb = /([\p{L}'’-]+)\W*$/u.exec(sentence.slice(Math.max(0, verbEnd - 40), verbEnd))?.[1] ?? '';
  const m = findDateMentions(sentence).find((x) => x.start >= verbEnd);
  const near = m && m.start - verbEnd <= 80 ? m : null;
  // only words and commas can be the circumstances: a quotation mark, a dash or a bracket opens the content
  const span = sentence.slice(verbEnd, near ? near.start : verbEnd + 100);
  const plain = /^[\p{L}\p{N}\s,.'’&-]*/u.exec(span)![0];
  const gapWords = plain.match(/[\p{L}\p{N}][\p{L}\p{N}.'’&-]*|,/gu) ?? [];
  const walk = sayingCircumstances(gapWords, verb);
  const notAfter = (date: string | null) => !date || !published || date <= published.slice(0, date.length);
  // the date inside the occasion's own name: "wrote in a June 2010 e-mail", "saying in an Oct. 8, 2014, email"
  const occasionAfter = () => {
    const next = /^,?\s*((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/u.exec(sentence.slice(near!.end, near!.end + 40))?.[1].split(/\s+/) ?? [];
    const k = next.findIndex((w) => OCCASION_WORDS.has(w.toLowerCase()));
    return k >= 0 && sayingCircumstances([...gapWords, '#date', ...next.slice(0, k + 1)], verb).complete;
  };
  if (near && plain === span && (walk.complete || occasionAfter())) {
    // "said Tuesday's vote …": a day the content is about, unless it names the occasion ("at Monday's briefing")
    const poss = /^['’]s\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/u.exec(sentence.slice(near.end, near.end + 60));
    const about = poss && !poss[1].split(/\s+/).some((w) => OCCASION_WORDS.has(w.toLowerCase()));
    // "in a 2019 interview published in March": the month of that year
    const date = walk.year !== null && near.year === null && near.month !== null ? isoOf(walk.year, near.month, near.day) : resolveDate(near, { date: published });
    if (!about && notAfter(date)) return { date, dated: true };
  }
  // an occasion may name only a year ("said in a 2019 interview that …")
  if (walk.year !== null && notAfter(String(walk.year))) return { date: String(walk.year), dated: true };
  return { date: published, dated: false };
}

/**
 * A document saying what it is ("This statement sets out what the district has found so far about …", "This update
 * explains what has happened and how refunds will work"): how official statements open, and no claim — the held-out
 * subjects of session 60 showed one as a regulator agreeing with a page on when a timetable came into force.
 */
const SELF_DESCRIPTION = /^(?:This|The\s+following)\s+(?:statement|article|report|update|briefing|note|page|document|story|piece|letter|post|notice|bulletin|release)\s+(?:sets\s+out|explains|describes|summari[sz]es|outlines|provides|gives|covers|contains|looks\s+at)\b/i;

/**
 * A sentence that only says the one before is false: "That is not true(, and we can prove it).", "This is false.", "It
 * will not.", "They did not.", "Not so." — opening the sentence, with at most a short tail.
 */
const FLAT_REBUTTAL = /^(?:(?:that|this|it|which)(?:\s+is|['’]s|\s+was)\s+(?:simply\s+|just\s+|plainly\s+)?(?:not\s+(?:true|the\s+case|correct|so)|untrue|false|wrong|incorrect)|(?:it|they|he|she|we|that|this)\s+(?:will|would|did|does|do|has|have|had|was|were|is|are|could|can)\s*(?:not|n['’]t)|not\s+so|untrue|false|nonsense)\s*(?:[.!]|,\s*(?:and|but)\b[^.]{0,60}[.!])\s*$/i;

/** A sentence opening by setting itself against the one before ("But …", "However, …", "Yet …"). */
const CONTRAST_OPENER = /^["“]?(?:But|However|Yet)\b/;
/**
 * A sentence opening with a party's own line, in the present or the perfect ("The company says …", "Ambervale has blamed
 * …", "The council insists …"): an outlet setting up what it answers next, not reporting an event (that is "said").
 */
const LINE_SET_UP = /^(?:The\s+[\p{Ll}-]+|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s+(?:says|claims|insists|maintains|blames|argues|has\s+(?:said|claimed|insisted|maintained|blamed|argued))\b/u;

/**
 * Extract the claims of an article body. `sentences` are {@link splitSentences}(body). Headings,
 * questions without an answer, fragments and any remaining chrome are skipped; every other
 * sentence is a claim (quote > figure > statement > assertion), since recall matters more than
 * precision for finding contrasts, but chrome must never be shown as a claim.
 */
export function extractClaims(body: string, sentences: readonly SentenceSpan[], ctx: ClaimContext): Claim[] {
  const docs = collectDocuments(sentences);
  const memory = new SpeakerMemory();
  const claims: Claim[] = [];
  let prevClaim: { sentence: SentenceSpan; claim: Claim; hadQuote: boolean } | null = null;
  /** Claims inside a quotation that the sentence splitter cut (opened, not yet closed). */
  let openQuote: Claim[] | null = null;
  for (const s of sentences) {
    if (body.slice(s.start, s.end) !== s.text) continue; // spans from another body: never emit wrong offsets
    const text = s.text;
    const tokens = tokenize(text);
    const quoted = quotedRanges(text);
    const speech = quoted.some(([a, b]) => isSpeechQuote(text.slice(a, b)));
    const startsWithQuote = /^["“«„]/.test(text);
    const words = wordsIn(text);
    const terminal = /[.!?…]["'”’»)\]]*$/.test(text);
    memory.sentenceNo++;
    const attribution = attribute(text, tokens, quoted, memory, docs);
    rememberNames(text, tokens, memory);
    rememberGroups(text, tokens, memory);
    const marks = quoteMarks(text);
    // "Management have told the public that a normal timetable will run from Monday. It will not.": the claim before is
    // reported to be denied (a short rebuttal is no claim of its own, but says what the outlet makes of the one before).
    // So is a party's line set up to be answered: "Ambervale has blamed a software update carried out by a contractor.
    // But Plinth Software denied …", "The company says the fault was fixed two days after it was discovered. However,
    // the fix was not completed until …" (a held-out subject of session 59 showed both as the trade paper agreeing).
    if (prevClaim && s.paragraph === prevClaim.sentence.paragraph && (FLAT_REBUTTAL.test(text) || (CONTRAST_OPENER.test(text) && LINE_SET_UP.test(prevClaim.claim.text)))) prevClaim.claim.rebuttal = text;

    const skip =
      words < 4 ||
      (!terminal && words < 10) || // headings and labels
      (/\?["'”’»)]*$/.test(text) && !attribution) || // questions
      isBoilerplateLine(text) ||
      isCreditLine(text) ||
      SELF_DESCRIPTION.test(text);
    if (skip) {
      prevClaim = null;
      openQuote = null;
      continue;
    }

    let speaker: string | null = attribution?.speaker ?? null;
    let date: string | null = ctx.published;
    let continuation = false;
    if (attribution) {
      date = statementDate(text, attribution.verbEnd, ctx.published).date;
      if (attribution.speaker) memory.setSpeaker(attribution.speaker, attribution.isPerson);
    } else if (startsWithQuote && speech && prevClaim && prevClaim.claim.speaker && s.paragraph - prevClaim.sentence.paragraph <= 1 && (prevClaim.hadQuote || prevClaim.claim.kind === 'statement')) {
      // a quotation continuing the previous speaker's words
      speaker = prevClaim.claim.speaker;
      date = prevClaim.claim.date;
      continuation = true;
    }

    const figures = extractFigures(text, { date: ctx.published, place: ctx.place ?? null });
    let kind: ClaimKind;
    if (speech && (speaker || startsWithQuote || continuation || quoted.length)) kind = 'quote';
    else if (figures.length) kind = 'figure';
    else if (speaker) kind = 'statement';
    else kind = 'assertion';

    const claim: Claim = {
      id: `${ctx.articleId}:${claims.length}`,
      articleId: ctx.articleId,
      outletId: ctx.outletId,
      text,
      start: s.start,
      end: s.end,
      speaker,
      kind,
      topics: [],
      figures,
      date,
    };
    claims.push(claim);
    prevClaim = { sentence: s, claim, hadQuote: speech };

    // a quotation over several sentences: '"We knew. … Nobody listened," Bell said.' The speaker
    // named where it closes (or where it opens) is the speaker of every sentence inside it.
    if (marks === 'opens') openQuote = [claim];
    else if (openQuote && marks === 'none' && openQuote.length < 8) openQuote.push(claim);
    else if (openQuote && marks === 'closes') {
      const named = claim.speaker ?? openQuote[0].speaker;
      if (named) {
        for (const c of [...openQuote, claim]) {
          if (!c.speaker) {
            c.speaker = named;
            c.date = claim.speaker ? claim.date : openQuote[0].date;
          }
          c.kind = 'quote';
        }
      }
      openQuote = null;
    } else openQuote = null;
  }
  // A cost the text named before, given again without its subject ("put the cost at closer to $11 million").
  const costs = withUnnamedCosts(claims);
  claims.forEach((c, i) => (c.figures = costs[i]!));
  return claims;
}
