/**
 * Corpus-level topic mining: canonical topics with every alias they go by, mined from the texts themselves
 * (parenthetical acronyms, "which calls X, Y", surname-only mentions) plus a small data file of well-known
 * equivalences (lexicon/topic-aliases.ts, lexicon/places.ts). Entities become topics when they recur across
 * at least two outlets; recurring multi-word concepts ("US troops") and key words ("resurgence") too.
 * Everything is linear in corpus size apart from sorting the (much smaller) candidate lists.
 */
import { boundedMemo } from './memo';
import { runSteps, stepCounter, type Steps } from './steps';
import type { Article, Claim, Outlet, Topic, TopicKind } from './types';
import {
  contentStem,
  contextAliasOk,
  inAllCaps,
  isAcronymToken,
  isNameParticle,
  isStopWord,
  slugify,
  splitSentences,
  escapeRegExp,
  spotEntities,
  startsLetter,
  startsLower,
  startsUpper,
  stem,
  tokenize,
  type Token,
} from './text';
import { corpusAliasGroups, domainLexicon, domainLexiconGeneration } from './lexicon/domain';
import { MONTHS, WEEKDAYS } from './lexicon/dates';
import { PLACES, GOVERNMENT_METONYMS } from './lexicon/places';
import { BROAD_WORDS, GENERIC_NEWS_NOUNS, GENERIC_WORDS, PLACE_NOUNS } from './lexicon/generic-words';
import { COMMON_NEWS_WORDS } from './lexicon/common-news-words';
import { REPORTING_VERBS } from './lexicon/reporting';
import { FIELD_LABELS } from './lexicon/boilerplate';
import { TITLE_WORD_SET } from './lexicon/titles';
import { ORG_WORDS, PLACE_WORDS } from './lexicon/topic-aliases';
import { EVENT_NOUNS } from './lexicon/units';

/** Tuning knobs for {@link mineTopics}; the defaults suit both the five seeds and thousands of articles. */
export interface MineTopicsOptions {
  /** An entity or concept must appear in this many outlets (articles, when the corpus has fewer outlets). Default 2. */
  minOutlets?: number;
  /** Most concept topics kept (the best-spread ones). Default grows with √articles, 10..80. */
  maxConcepts?: number;
}

/** Result of {@link mineTopics}: the topics and copies of the claims with `topics` filled. */
export interface MinedTopics {
  topics: Topic[];
  claims: Claim[];
}

/**
 * Key an alias is compared by: its tokens' normal forms joined by one space
 * ("U.S." → "us", "al-Sudani" → "al sudani", "ISIS's" → "isis").
 */
export function aliasKey(alias: string): string {
  // Upper-casing first lets "u.s." tokenise like "U.S." (one dotted acronym).
  return tokenize(alias.toUpperCase())
    .map((t) => t.norm)
    .join(' ');
}

/* ------------------------------------------------------------------ union-find */

class UnionFind {
  private parent = new Map<string, string>();
  find(k: string): string {
    let p = this.parent.get(k);
    if (p === undefined) {
      this.parent.set(k, k);
      return k;
    }
    let root = k;
    while (p !== root) {
      root = p!;
      p = this.parent.get(root);
    }
    // Path compression keeps later finds O(1).
    let cur = k;
    while (cur !== root) {
      const next = this.parent.get(cur)!;
      this.parent.set(cur, root);
      cur = next;
    }
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    // Deterministic: the smaller key becomes the root.
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
}

/* ------------------------------------------------------------------ data aliases */

/** One well-known alias group of the data files. */
export interface DataGroup {
  label: string;
  kind: TopicKind;
  keys: string[];
  surfaces: string[];
}

let dataCache: { groups: DataGroup[]; byKey: Map<string, number>; generation: number } | null = null;

/** Well-known alias groups (the domain lexicon's organisations, then countries) and their index by alias key; built once per lexicon. */
export function dataGroups(): { groups: DataGroup[]; byKey: Map<string, number> } {
  if (dataCache && dataCache.generation === domainLexiconGeneration()) return dataCache;
  const groups: DataGroup[] = [];
  const byKey = new Map<string, number>();
  const add = (label: string, kind: TopicKind, aliases: readonly string[]): void => {
    // A country that shares an alias with an organisation group (UN, EU) joins that group.
    const existing = aliases.map((a) => byKey.get(aliasKey(a))).find((g) => g !== undefined);
    const gi = existing ?? groups.push({ label, kind, keys: [], surfaces: [] }) - 1;
    const g = groups[gi]!;
    for (const a of aliases) {
      const k = aliasKey(a);
      if (!k || byKey.has(k)) continue;
      byKey.set(k, gi);
      g.keys.push(k);
      g.surfaces.push(a.toLowerCase());
    }
  };
  for (const g of domainLexicon().aliasGroups) add(g.label, g.kind, g.aliases);
  for (const p of PLACES) add(p.name, 'place', p.aliases);
  // What the corpus in use mined: a group sharing a name with one above joins it ("america" → the US).
  for (const g of corpusAliasGroups()) add(g.label, g.kind, g.aliases);
  dataCache = { groups, byKey, generation: domainLexiconGeneration() };
  return dataCache;
}

/**
 * Canonical form of an entity key when the alias data knows it ("daesh" → "isis", "american" → "us"),
 * else the key itself. Lets texts without mined topics still compare entities.
 */
export function canonicalEntityKey(key: string): string {
  const { groups, byKey } = dataGroups();
  const gi = byKey.get(key);
  return gi === undefined ? key : aliasKey(groups[gi]!.label);
}

let dataMatcher: { matcher: TopicMatcher; generation: number } | null = null;

/**
 * A matcher over the alias data alone (ISIS = Daesh = ISIL, US = America = American, Iraq = Iraqi), with topic ids
 * = slugs of the data labels. The relation function uses it so texts without mined topics still meet on names.
 */
export function dataTopicMatcher(): TopicMatcher {
  if (dataMatcher && dataMatcher.generation === domainLexiconGeneration()) return dataMatcher.matcher;
  const { groups } = dataGroups();
  const matcher = buildTopicMatcher(
    groups.map((g) => ({ id: slugify(g.label), label: g.label, kind: g.kind, aliases: g.surfaces, outletCount: 0, claimCount: 0, weight: 0 })),
  );
  dataMatcher = { matcher, generation: domainLexiconGeneration() };
  return matcher;
}

/** True when the key names a country (or one of its demonyms) in the alias data. */
export function isCountryKey(key: string): boolean {
  return COUNTRY_OF_KEY.has(key);
}

/** Capital cities, as alias keys: a capital named alone is the government (a place vote). */
export const CAPITALS = new Set(Object.keys(GOVERNMENT_METONYMS).map((k) => aliasKey(k)));
/** Never part of a concept: everyday words, field labels and reporting verbs ("claimed", "warned"). */
export const GENERIC = new Set([...GENERIC_WORDS, ...FIELD_LABELS, ...REPORTING_VERBS]);
/** Not a concept alone, but may pair with a specific word or a country ("US troops", "budget deficit"). */
export const BROAD = new Set([...BROAD_WORDS, ...COMMON_NEWS_WORDS, ...GENERIC_NEWS_NOUNS]);
const PLACE_NOUN = new Set(PLACE_NOUNS);
/** Country key of every country alias key ("iraqi" → iraq). */
export const COUNTRY_OF_KEY = (() => {
  const m = new Map<string, string>();
  for (const p of PLACES) for (const a of p.aliases) m.set(aliasKey(a), p.key);
  return m;
})();

/** "tuesday", "tuesdays", "march", "syrias": a day or month name, or a country name with a plural "s". */
export function isCalendarOrPluralPlace(key: string): boolean {
  const bare = key.replace(/['’]?s$/, '');
  return WEEKDAYS[key] !== undefined || WEEKDAYS[bare] !== undefined || (MONTHS[key] !== undefined && key.length > 3) || (key !== bare && COUNTRY_OF_KEY.has(bare) && !COUNTRY_OF_KEY.has(key));
}

const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds thousand thousands million millions billion billions dozen dozens first second third ii iii iv vi vii viii ix xii xiii xiv xv xvi xvii xviii xix xx'.split(' '),
);
/** "m", "one", "thousands", "vii": a single letter, a number word or a Roman numeral ("Xi" is a name) — never a name alone. */
export function isLetterOrNumberWord(key: string): boolean {
  return [...key].length === 1 || NUMBER_WORDS.has(key);
}

/**
 * "CRdpjPLBB8", "L01FrUFKwz": a link or tweet id, not a name — one word of six or more characters mixing digits with
 * both cases ("MH17", "G20", "COVID19" and hashtags such as "BringBackOurGirls" pass).
 */
export function isIdLike(surface: string): boolean {
  return /^[\p{L}\p{N}]{6,}$/u.test(surface) && /\p{N}/u.test(surface) && /\p{Ll}/u.test(surface) && /\p{Lu}/u.test(surface);
}

/** Function words a headline capitalises and a name does not ("… Contaminated With Ebola", "… License To Sell …"). */
const HEADLINE_FUNCTION_WORDS = new Set(['to', 'in', 'with', 'for', 'on', 'at', 'from', 'by', 'and', 'is', 'are', 'was', 'were', 'as', 'after', 'over', 'into', 'gets', 'has', 'have', 'will']);
/**
 * A run of five or more capitalised words with a capitalised function word inside is a headline in title case ("Texas
 * Turkey Farm Contaminated With Ebola"), not a name ("Bring Back Our Girls", "Lord of the Rings" are shorter or keep
 * their function words lower case).
 */
export function isTitleCaseHeadline(surface: string): boolean {
  const words = surface.split(/\s+/);
  return words.length >= 5 && words.slice(1).some((w) => startsUpper(w) && HEADLINE_FUNCTION_WORDS.has(w.toLowerCase()));
}

/* ------------------------------------------------------------------ candidates */

interface Cand {
  key: string;
  tokens: string[];
  count: number;
  outlets: Set<string>;
  articles: Set<string>;
  surfaces: Map<string, number>;
  votes: { person: number; place: number; org: number };
  /** Every mention was a lone sentence-initial word with no other cue. */
  initialOnly: boolean;
  acronym: boolean;
  /** Lower-case words written right after the name, with counts ("Ebola" → virus 40): see {@link nameTail}. */
  tails: Map<string, number>;
  /** A full name whose surname is used alone in the same articles ("Seth Rogen" … "Rogen"): a person. */
  named?: boolean;
  /** Folded into the shorter name it ends after ("Ebola Virus" into "Ebola", {@link headFoldTarget}): never the label. */
  folded?: boolean;
}

/** An article as mining reads it: title and body, tokenised once. */
export interface Doc {
  article: Article;
  text: string;
  tokens: Token[];
}

/** "ISIS's" → "ISIS". */
export function stripPossessive(s: string): string {
  return s.replace(/['’]s$/i, '').replace(/['’]$/, '');
}

/** "the Islamic State (IS)" / "ISIS [Islamic State]" → pairs of (short, long) surface forms, linear in tokens. */
export function acronymDefinitions(text: string, tokens: Token[] = tokenize(text)): { short: string; long: string }[] {
  const out: { short: string; long: string }[] = [];
  const n = tokens.length;
  for (let k = 0; k < n; k++) {
    const t = tokens[k]!;
    if (!isAcronymToken(t.raw)) continue;
    const pre = text.slice(Math.max(0, t.start - 3), t.start);
    if (!/[(\[]\s*$/.test(pre)) continue;
    // The acronym may span hyphenated parts: (CJTF-OIR).
    let m = k;
    while (m + 1 < n && text.slice(tokens[m]!.end, tokens[m + 1]!.start) === '-' && isAcronymToken(tokens[m + 1]!.raw)) m++;
    if (!/^\s*[)\]]/.test(text.slice(tokens[m]!.end, tokens[m]!.end + 3))) continue;
    const short = text.slice(t.start, tokens[m]!.end);
    const letters = short.replace(/[^\p{Lu}]/gu, '');
    if (letters.length < 2) continue;
    // Walk back over the long form: capitalised words give initials, connectors give none.
    const openAt = text.lastIndexOf(pre.includes('[') ? '[' : '(', t.start);
    let p = k - 1;
    if (p < 0 || !/^[\s"'“”‘’]*$/.test(text.slice(tokens[p]!.end, openAt))) continue;
    let initials = '';
    let found = -1;
    for (let steps = 0; p >= 0 && steps < 14; p--, steps++) {
      const tk = tokens[p]!;
      if (p < k - 1) {
        const gap = text.slice(tk.end, tokens[p + 1]!.start);
        if (!/^(?:[\s"“”]+|-|\s+[-–—]\s+)$/.test(gap)) break;
      }
      if (startsUpper(tk.raw)) {
        initials = (isAcronymToken(tk.raw) ? tk.raw.replace(/[^\p{Lu}]/gu, '') : tk.raw[0]!) + initials;
        if (initials.toUpperCase() === letters) {
          found = p;
          break;
        }
        if (initials.length > letters.length) break;
      } else if (!['of', 'and', 'the', 'in', 'for', 'on', 'al', 'de', 'to'].includes(tk.norm)) {
        break;
      }
    }
    if (found >= 0) out.push({ short, long: text.slice(tokens[found]!.start, tokens[k - 1]!.end) });
  }
  // Reverse form: ACRONYM [Long Form] / ACRONYM (Long Form).
  const rev = /\b(\p{Lu}{2,})\s*[(\[]([\p{Lu}][^()\[\]\n]{2,60})[)\]]/gu;
  for (let mm = rev.exec(text); mm; mm = rev.exec(text)) {
    const initials = tokenize(mm[2]!)
      .filter((x) => startsUpper(x.raw))
      .map((x) => x.raw[0])
      .join('');
    // An editorial gloss may drop trailing words ("ISIS [Islamic State]"): initials may be a prefix of the letters.
    if (initials.length >= 2 && mm[1]!.startsWith(initials)) out.push({ short: mm[1]!, long: mm[2]!.trim() });
  }
  for (const d of writtenOutAcronyms(text, tokens)) if (!out.some((o) => o.short === d.short)) out.push(d);
  return out;
}

/** Words a written-out name may hold between its capitalised words ("Centers for Disease Control"). */
const NAME_CONNECTORS = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'to', '&']);

/**
 * An acronym of three or more capitals that the same text also writes out in full, without a parenthesis ("The
 * Federal Aviation Administration said …" … "The FAA has opened …"): news style names a body in full first and
 * abbreviates it after, seldom defining it in brackets. The long form is a run of capitalised words (connectors
 * between them) whose initials are exactly the acronym's letters; a text holding two such runs for one acronym
 * names neither.
 */
export function writtenOutAcronyms(text: string, tokens: Token[]): { short: string; long: string }[] {
  // Written out first, abbreviated after: an acronym used before the name ("KFC" … "a Kind For Cures dispensary, not a
  // Kentucky Fried Chicken") is not defined by it. A first line (a title) may abbreviate before the body writes it out.
  const bodyAt = text.indexOf('\n') + 1;
  /** Each acronym, with where the body first uses it (Infinity: only the title does). */
  const acronyms = new Map<string, number>();
  for (const t of tokens) {
    if (t.raw.length < 3 || t.raw.length > 6 || !/^\p{Lu}+$/u.test(t.raw)) continue;
    const at = t.start >= bodyAt ? t.start : Infinity;
    acronyms.set(t.raw, Math.min(acronyms.get(t.raw) ?? Infinity, at));
  }
  if (!acronyms.size) return [];
  const firstLetters = new Set([...acronyms.keys()].map((a) => a[0]!));
  /** Per acronym, each written-out form with where the body first writes it. */
  const found = new Map<string, Map<string, number>>();
  const n = tokens.length;
  for (let k = 0; k < n; k++) {
    const first = tokens[k]!;
    if (!firstLetters.has(first.raw[0]!) || !startsUpper(first.raw) || isAcronymToken(first.raw)) continue;
    let initials = '';
    for (let p = k; p < n && initials.length < 6; p++) {
      const tk = tokens[p]!;
      if (p > k && !/^[ -]$/.test(text.slice(tokens[p - 1]!.end, tk.start))) break;
      if (startsUpper(tk.raw) && !isAcronymToken(tk.raw)) {
        initials += tk.raw[0];
        if (acronyms.has(initials)) {
          // The run must end here: a longer name ("Federal Aviation Administration Office") is another body.
          const next = tokens[p + 1];
          if (!next || !startsUpper(next.raw) || !/^[ -]$/.test(text.slice(tk.end, next.start))) {
            const long = text.slice(first.start, tk.end);
            let forms = found.get(initials);
            if (!forms) found.set(initials, (forms = new Map()));
            if (!forms.has(long) || (forms.get(long) === Infinity && first.start >= bodyAt)) forms.set(long, first.start >= bodyAt ? first.start : Infinity);
          }
        }
      } else if (!NAME_CONNECTORS.has(tk.norm) || p === k) break;
    }
  }
  const out: { short: string; long: string }[] = [];
  for (const [short, forms] of found) {
    if (forms.size !== 1) continue;
    const [[long, longAt]] = [...forms];
    if (longAt < acronyms.get(short)!) out.push({ short, long: long! });
  }
  return out;
}

/** "which calls the IS group, ISIS" / "known as ISIL" pairs: two names for one thing. */
export function namingDefinitions(text: string): { a: string; b: string }[] {
  const out: { a: string; b: string }[] = [];
  const re =
    /\b(?:calls|called|call|dubs|dubbed|known as|referred to as|refers to as)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’.-]*)(\s+(?:group|organi[sz]ation|movement|militia))?\s*,\s*(?:as\s+)?["“]?(\p{Lu}{2,}[\p{Lu}-]*)\b/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const a = m[1]!;
    // Only when the first name is itself an acronym or written as "X group": avoids "called Trump, Biden".
    if (isAcronymToken(a) || m[2]) out.push({ a, b: m[3]! });
  }
  return out;
}

/* ------------------------------------------------------------------ matcher */

/**
 * Version of the rules that tag texts with topics: stored claims' topic ids and the match index were computed with
 * them, so a corpus tagged under another version is re-mined (utils/corpus.ts stamps its topic state with it).
 * 2: session 21, a one-word person name inside a longer name the matcher does not know is no mention.
 * 3: session 22, a name voted a place whose last word names an event or a body is one ("Bramble Creek Fire").
 * 4: session 23, a plural possessive joins a concept pair ("teachers' strike"): the counted pairs change.
 * 5: session 34, imports retire the weakest key-word concept past twice the budget (topics-incremental.ts RETIRE_AT):
 *    a corpus imported before holds thousands that a full mine leaves out (21,850 topics for a full mine's 7,136 at
 *    100k claims); the re-mine this asks for once drops them. And a negated auxiliary is half of no concept pair
 *    ("don't expect", "can't confirm"): the counted pairs change.
 * 6: session 59, an acronym an article also writes out without brackets is one topic with its long form ("the Federal
 *    Aviation Administration" … "the FAA": {@link writtenOutAcronyms}): the counted candidates and their unions change.
 */
export const TOPIC_MATCH_RULES = 6;

type Req = 'upper' | 'cap' | 'any';

interface AliasEnd {
  topicId: string;
  reqs: Req[];
  context: { next: readonly string[]; parens: boolean } | null;
  /** Single stop-word alias ("US"): not inside a shouted all-caps headline. */
  notAllCaps: boolean;
  /**
   * A person's one-word name ("Peter", "Brown"): not where another name word sits right beside it ("Peter King",
   * "Chris Brown" — another person, unless that longer name is itself an alias and matched first).
   */
  loneName: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  ends: AliasEnd[] | null;
}

/** Finds topic mentions in any text: built once from topics, then linear in the text's length. */
export interface TopicMatcher {
  /** Entities (people, places, organisations) matched on normal forms with case rules. */
  entity: TrieNode;
  /** Concepts matched on stems, any case. */
  concept: TrieNode;
  kinds: Map<string, TopicKind>;
  maxLen: number;
}

/** One topic mention in a text. */
export interface TopicHit {
  topicId: string;
  start: number;
  end: number;
  /** The words as written. */
  text: string;
}

const newNode = (): TrieNode => ({ next: new Map(), ends: null });

/**
 * Builds a matcher from topics (e.g. a pack's). Case rules, so that aliases that are ordinary words stay safe:
 * a one-word alias that is a stop word ("us", "who") or a short non-person name ("un", "eu") must be upper case
 * ("US", never "us"); "is" must also be in its context ("IS group", "(IS)"); other one-word names must be
 * capitalised ("White", not "white"); multi-word names need their first word capitalised; concepts match any case.
 */
export function buildTopicMatcher(topics: readonly Topic[]): TopicMatcher {
  const entity = newNode();
  const concept = newNode();
  const kinds = new Map<string, TopicKind>();
  let maxLen = 1;
  const { groups, byKey } = dataGroups();
  const contextAliases = domainLexicon().contextAliases;
  // Each context-only alias with the keys of its data group, once (not once per topic: 7k topics at 100k claims).
  const contextGroups: [string, Set<string>][] = [];
  for (const ctxKey of Object.keys(contextAliases)) {
    const gi = byKey.get(ctxKey);
    if (gi !== undefined) contextGroups.push([ctxKey, new Set(groups[gi]!.keys)]);
  }
  for (const topic of topics) {
    kinds.set(topic.id, topic.kind);
    const isConcept = matchesAsConcept(topic);
    const aliases = new Set(topic.aliases.map((a) => a.toLowerCase()));
    // Context-only aliases ("is") belong to the topic that carries the rest of their data group.
    if (contextGroups.length) {
      const keys = topic.aliases.map(aliasKey);
      for (const [ctxKey, groupKeys] of contextGroups) if (keys.some((k) => groupKeys.has(k))) aliases.add(ctxKey);
    }
    for (const alias of aliases) {
      const toks = tokenize(alias.toUpperCase()).map((t) => t.norm);
      if (toks.length === 0) continue;
      const keys = isConcept ? toks.map((t) => stem(t)) : toks;
      const reqs: Req[] = toks.map((t, i) => {
        if (toks.length === 1) {
          if (isStopWord(t) || contextAliases[t]) return 'upper';
          if (topic.kind !== 'person' && !isConcept && t.length <= 3) return 'upper';
          return isConcept ? 'any' : 'cap';
        }
        if (i === 0 && isStopWord(t)) return 'upper';
        if (isConcept) return 'any';
        return i === 0 && !isNameParticle(t) ? 'cap' : 'any';
      });
      const context = toks.length === 1 ? (contextAliases[toks[0]!] ?? null) : null;
      let node = isConcept ? concept : entity;
      for (const k of keys) {
        let child = node.next.get(k);
        if (!child) {
          child = newNode();
          node.next.set(k, child);
        }
        node = child;
      }
      (node.ends ??= []).push({ topicId: topic.id, reqs, context, notAllCaps: toks.length === 1 && isStopWord(toks[0]!), loneName: toks.length === 1 && topic.kind === 'person' && reqs[0] === 'cap' });
      maxLen = Math.max(maxLen, keys.length);
    }
  }
  return { entity, concept, kinds, maxLen };
}

/**
 * Concepts mined from lower-case words ("resurgence", "US troops") match on stems in any case; a concept-kind topic
 * labelled like a name ("Sunni", "Islamic State of Iraq") is matched as a name.
 */
export function matchesAsConcept(topic: Topic): boolean {
  if (topic.kind !== 'concept') return false;
  const first = topic.label.split(/\s+/)[0] ?? '';
  return !startsUpper(first) || (topic.label.includes(' ') && COUNTRY_OF_KEY.has(aliasKey(first)));
}

function reqOk(req: Req, raw: string): boolean {
  if (req === 'any') return true;
  if (req === 'upper') return isAcronymToken(raw);
  // An ASCII first letter (most words) is answered without the Unicode test.
  const c = raw.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122) return false;
  return startsUpper(raw);
}

const GAP_OK = /^[\s\-–'"“”‘’]*$/;

/** True when text[from, to) holds only what may sit between two words of one name (`GAP_OK`); a single space is the common case. */
function gapOk(text: string, from: number, to: number): boolean {
  if (to - from === 1 && text.charCodeAt(from) === 32) return true;
  return GAP_OK.test(text.slice(from, to));
}

/** "St", "St.", "Saint" (and "Ste", "San", "Santa") before a name. */
const SAINT = /^(?:st|ste|saint|san|santa)\.?$/i;

/**
 * Whether token `i` (a one-word person's name) is written as part of a longer name the matcher does not know: a
 * capitalised word right beside it, separated by spaces only, that is not a title ("President"), a function,
 * calendar or everyday word ("Says", "Aug", "Police"), a possessive or a place ("Canada's Harper", "Iraqi
 * Abadi"). "Peter King" and "St. Peter's Square" are no mention of a corpus's "Peter", nor "Chris Brown" of its
 * "Brown" (FNC-1 bodies: a mined "Peter" gathered claims on Peter King, Peter Neumann and Peter Westmacott).
 */
function partOfLongerName(text: string, tokens: readonly Token[], i: number): boolean {
  // A title stands before a name ("President Obama"); after one it is a surname ("Peter King", "Jonathan Bishop").
  const nameWord = (k: number, after: boolean): boolean => {
    const t = tokens[k];
    if (!t || !reqOk('cap', t.raw) || isAcronymToken(t.raw) || !startsLetter(t.raw)) return false;
    const n = t.norm;
    if (isStopWord(n) || (!after && TITLE_WORD_SET.has(n)) || GENERIC.has(n) || BROAD.has(n) || isCalendarOrPluralPlace(n) || MONTHS[n] !== undefined || COUNTRY_OF_KEY.has(n)) return false;
    return !possessive(t);
  };
  const possessive = (t: Token): boolean => /['’]s?$/.test(t.raw);
  const spaced = (a: number, b: number): boolean => /^[ \u00a0]+$/.test(text.slice(tokens[a]!.end, tokens[b]!.start));
  // What follows a possessive is its owner's ("Obama's Aug. 7 announcement", "Rosenberg's Facebook page").
  // A saint's name is a name of its own, or a place's ("St. Peter's Square", "St. Paul").
  if (i > 0 && SAINT.test(tokens[i - 1]!.raw) && /^[ \u00a0.]*$/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) return true;
  if (i + 1 < tokens.length && !possessive(tokens[i]!) && spaced(i, i + 1) && nameWord(i + 1, true)) return true;
  return i > 0 && spaced(i - 1, i) && nameWord(i - 1, false);
}

/** Whether a word starts with an ASCII lower-case letter: then it passes neither 'cap' nor 'upper' ({@link reqOk}). */
function lowerFirst(raw: string): boolean {
  const c = raw.charCodeAt(0);
  return c >= 97 && c <= 122;
}

/**
 * Per trie node: whether every name ending at it or below needs its first word capitalised or in capitals ('cap' or
 * 'upper', as all entity names but those opening with a name particle do). Trie nodes never change once built
 * (mergeMatchers copies the nodes it changes), so the answer is kept per node.
 */
const capitalFirst = new WeakMap<TrieNode, boolean>();
function capitalFirstOnly(node: TrieNode): boolean {
  let hit = capitalFirst.get(node);
  if (hit === undefined) {
    hit = (node.ends ?? []).every((e) => e.reqs[0] === 'cap' || e.reqs[0] === 'upper');
    if (hit) for (const child of node.next.values()) if (!capitalFirstOnly(child)) { hit = false; break; }
    capitalFirst.set(node, hit);
  }
  return hit;
}

function walk(
  root: TrieNode,
  text: string,
  tokens: Token[],
  words: WordTable,
  keys: readonly string[],
  maxLen: number,
  out: TopicHit[],
  stopFirst: Uint8Array | null = null,
): void {
  const { ids } = words;
  // The root's children are looked up once per distinct word: the root maps are as large as the corpus's names, and a
  // lookup per token missed the cache on every word of a 10,000-word page.
  const first: (TrieNode | undefined)[] = new Array(keys.length);
  // Per distinct word: whether every name starting with it needs a capital first ({@link capitalFirstOnly}).
  const capFirst = new Uint8Array(keys.length);
  for (let w = 0; w < keys.length; w++) {
    const node = (first[w] = root.next.get(keys[w]!));
    if (node && capitalFirstOnly(node)) capFirst[w] = 1;
  }
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    let node: TrieNode | undefined = first[ids[i]!];
    // A name starting with a stop word matches only in capitals (buildTopicMatcher's 'upper'): "the", "a", "in" go no
    // further unless written as an acronym. A word written in lower case ("said", "state") starts no name that needs a
    // capital or capitals first (most entity names): neither rule passes on it, so no walk from it can end in a match.
    if (!node || (capFirst[ids[i]!] === 1 && lowerFirst(tokens[i]!.raw)) || (stopFirst !== null && stopFirst[ids[i]!] === 1 && !isAcronymToken(tokens[i]!.raw))) {
      i++;
      continue;
    }
    let best: { end: number; topicId: string } | null = null;
    for (let k = i; ; ) {
      if (node.ends) {
        for (const end of node.ends) {
          let ok = true;
          for (let r = 0; r < end.reqs.length && ok; r++) ok = reqOk(end.reqs[r]!, tokens[i + r]!.raw);
          if (ok && end.context) ok = contextAliasOk(text, tokens, i, end.context);
          if (ok && end.notAllCaps) ok = !inAllCaps(tokens, i);
          if (ok && end.loneName) ok = !partOfLongerName(text, tokens, i);
          if (ok) {
            best = { end: k, topicId: end.topicId };
            break;
          }
        }
      }
      k++;
      if (k >= n || k - i >= maxLen) break;
      node = node.next.get(keys[ids[k]!]!);
      if (!node) break;
      // The gap is checked only where the trie goes on (most walks end at the first word): same result, fewer slices.
      if (!gapOk(text, tokens[k - 1]!.end, tokens[k]!.start)) break;
    }
    if (best) {
      out.push({ topicId: best.topicId, start: tokens[i]!.start, end: tokens[best.end]!.end, text: text.slice(tokens[i]!.start, tokens[best.end]!.end) });
      i = best.end + 1;
    } else i++;
  }
}

/**
 * A text's distinct words: token k's normal form is `norms[ids[k]]`. Work that depends on the word only (its stem,
 * its trie node) is then done once per distinct word — a 10,000-word page has some 2,500 — and the lookups in the
 * corpus-sized maps with it.
 */
export interface WordTable {
  ids: Int32Array;
  norms: string[];
}

/** The {@link WordTable} of a text's tokens. */
export function wordTable(tokens: readonly Token[]): WordTable {
  const seen = new Map<string, number>();
  const ids = new Int32Array(tokens.length);
  const norms: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k]!.norm;
    let id = seen.get(w);
    if (id === undefined) {
      id = norms.length;
      seen.set(w, id);
      norms.push(w);
    }
    ids[k] = id;
  }
  return { ids, norms };
}

/**
 * All topic mentions in a text, in text order (entities longest-first without overlap; concepts likewise). `words`:
 * the tokens' {@link WordTable}, when the caller has built it for its own per-word work (a page's stems).
 */
export function matchTopics(matcher: TopicMatcher, text: string, tokens?: Token[], words?: WordTable): TopicHit[] {
  // The background reads a page's topics twice (candidate lookup, then matching): the last page is remembered.
  const last = lastHits.get(matcher);
  if (!tokens && last?.text === text) return last.hits.slice();
  const toks = tokens ?? tokenize(text);
  const hits = computeTopicHits(matcher, text, toks, words ?? wordTable(toks));
  if (!tokens) lastHits.set(matcher, { text, hits: hits.slice() });
  return hits;
}

const lastHits = new WeakMap<TopicMatcher, { text: string; hits: TopicHit[] }>();

function computeTopicHits(matcher: TopicMatcher, text: string, tokens: Token[], words: WordTable): TopicHit[] {
  const hits: TopicHit[] = [];
  // Entity keys are the words themselves: a stop word's every name there starts with an 'upper' requirement.
  const stopFirst = new Uint8Array(words.norms.length);
  for (let w = 0; w < words.norms.length; w++) if (isStopWord(words.norms[w]!)) stopFirst[w] = 1;
  walk(matcher.entity, text, tokens, words, words.norms, matcher.maxLen, hits, stopFirst);
  const entityCount = hits.length;
  const concepts: TopicHit[] = [];
  // A matcher without concepts (the alias data's, read for every prepared text) needs no stems.
  if (matcher.concept.next.size > 0) walk(matcher.concept, text, tokens, words, words.norms.map(memoStem), matcher.maxLen, concepts);
  // A concept inside a longer name is part of that name ("state" in "Islamic State"), not a mention of its own.
  let e = 0;
  for (const c of concepts) {
    while (e < entityCount && hits[e]!.end <= c.start) e++;
    const h = hits[e];
    if (h && h.start <= c.start && h.end >= c.end && h.end - h.start > c.end - c.start) continue;
    hits.push(c);
  }
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Stems of words already seen: topic matching and concept counting stem every word of every text, and a corpus
 * reuses a few tens of thousands of words. Bounded: cleared when it grows past `MEMO_MAX` entries.
 */
const MEMO_MAX = 200_000;
const memoStem = boundedMemo(stem, MEMO_MAX);
const memoContentStem = boundedMemo(contentStem, MEMO_MAX);

/** Distinct topic ids mentioned in a text, in order of first mention. */
export function topicIdsIn(matcher: TopicMatcher, text: string, tokens?: Token[]): string[] {
  return [...new Set(matchTopics(matcher, text, tokens).map((h) => h.topicId))];
}

/* ------------------------------------------------------------------ mining */

let anaphorCache: { re: RegExp; generation: number } | null = null;

/**
 * The pattern of a claim opening with an anaphor ("They have…", "But the group…") whose antecedent is in an
 * earlier sentence; the nouns after "the" come from the domain lexicon ("the militants" in security news).
 */
export function anaphorPattern(): RegExp {
  if (anaphorCache && anaphorCache.generation === domainLexiconGeneration()) return anaphorCache.re;
  const nouns = [...domainLexicon().anaphorNouns].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const re = new RegExp(`^[\\s"“‘'(]*(?:(?:but|and|yet|still|now|so)\\s+)?(?:they|it${nouns.length ? `|the (?:${nouns.join('|')})` : ''})\\b`, 'i');
  anaphorCache = { re, generation: domainLexiconGeneration() };
  return re;
}

function newCand(key: string, tokens: string[]): Cand {
  return {
    key,
    tokens,
    count: 0,
    outlets: new Set(),
    articles: new Set(),
    surfaces: new Map(),
    votes: { person: 0, place: 0, org: 0 },
    initialOnly: true,
    acronym: false,
    tails: new Map(),
  };
}

/* ------------------------------------------------------------------ one thing, one topic */

const ORG_WORD_SET = new Set(ORG_WORDS);
const EVENT_NOUN_SET = new Set(EVENT_NOUNS);

/** The kind a name voted a place has by its last word: an event ("… Fire", "… Flood") or a body ("… Association"). */
function placeNamedKind(surface: string): TopicKind | null {
  const words = surface.toLowerCase().split(/\s+/);
  if (words.length < 2) return null;
  const last = words[words.length - 1]!;
  if (EVENT_NOUN_SET.has(last)) return 'concept';
  if (ORG_WORD_SET.has(last) || (last === 'district' && words[words.length - 2] === 'school')) return 'org';
  return null;
}
const PLACE_WORD_SET = new Set(PLACE_WORDS);

/**
 * The lower-case word written right after a name mention ending at offset `end` ("Ebola virus", "Boko Haram
 * militants"), or null: one space between, three letters or more, not a function word, and the name not possessive.
 * `from` is where to start looking in `tokens` (mentions come in text order): returns the index reached too.
 */
export function nameTail(text: string, tokens: readonly Token[], end: number, from: number): { tail: string | null; at: number } {
  let k = from;
  while (k < tokens.length && tokens[k]!.start < end) k++;
  const t = tokens[k];
  if (!t || t.start !== end + 1 || text.charCodeAt(end) !== 32 || !startsLower(t.raw) || t.norm.length < 3 || isStopWord(t.norm)) return { tail: null, at: k };
  if (/['’]s?$/.test(text.slice(Math.max(0, end - 2), end))) return { tail: null, at: k };
  return { tail: t.norm, at: k };
}

/**
 * Keys a name may be written as when it is the same thing in the plural or the singular ("apple watches" ↔ "apple
 * watch"): multi-word names only (one word alone is too often a different name: "Williams", "William").
 */
export function numberVariants(tokens: readonly string[]): string[] {
  if (tokens.length < 2) return [];
  const last = tokens[tokens.length - 1]!;
  const head = tokens.slice(0, -1).join(' ');
  if (last.length < 3 || !/^\p{L}+$/u.test(last)) return [];
  const out: string[] = [];
  if (last.endsWith('es') && last.length > 4) out.push(`${head} ${last.slice(0, -2)}`);
  if (last.endsWith('s') && !last.endsWith('ss')) out.push(`${head} ${last.slice(0, -1)}`);
  else out.push(`${head} ${last}s`, `${head} ${last}es`);
  return out;
}

/**
 * "Ebola Virus" is Ebola when writers also put the same word in lower case after the shorter name ("Ebola virus") at
 * least as often as they capitalise it as part of the name: the word then describes the thing rather than naming a
 * different one ("Apple Watch" is written so 700 times, "Apple watch" 5: another thing); "Google Inc" is Google.
 * `prefixTails`: the lower-case words after the shorter name (none: the shorter name is no candidate). Returns the
 * shorter key.
 */
export function headFoldTarget(tokens: readonly string[], count: number, prefixTails: ReadonlyMap<string, number> | undefined): string | null {
  if (tokens.length < 2 || !prefixTails) return null;
  const last = tokens[tokens.length - 1]!;
  // A company's legal form names the company the shorter name is ("Google Inc", "Blackstone Group").
  if (CORPORATE_FORMS.has(last)) return tokens.slice(0, -1).join(' ');
  // An organisation or a place named after another name is another thing ("Ottawa Police", "Kansas City").
  if (ORG_WORD_SET.has(last) || PLACE_WORD_SET.has(last)) return null;
  const n = prefixTails.get(last) ?? 0;
  return n > 0 && n >= count ? tokens.slice(0, -1).join(' ') : null;
}

/** Legal forms after a company's name: "Google Inc" is Google (its organisation word also tells the kind). */
const CORPORATE_FORMS = new Set(['inc', 'corp', 'corporation', 'ltd', 'llc', 'plc', 'co', 'group', 'holdings', 'company', 'gmbh', 'ag', 'sa']);

/** Words that make a place of a place ("Western Pyongyang", "North Texas", "Greater Manchester"), never a given name. */
const PLACE_QUALIFIERS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater', 'new', 'old', 'downtown', 'mount', 'lake', 'fort', 'port', 'saint', 'st']);

/**
 * The surname a full name would be known by alone ("Seth Rogen" → "rogen"), or null when the name does not look like a
 * person's: two or three words (name particles aside), none an acronym, a title, a function word, a country word or an
 * organisation or place word, and the surname not an everyday word of the corpus ("Apple Watch" → "watch" is one).
 */
export function surnameOf(tokens: readonly string[], acronym: boolean, isCommonWord: (norm: string) => boolean): string | null {
  if (acronym) return null;
  const core = tokens.filter((t) => !isNameParticle(t));
  if (core.length < 2 || core.length > 3) return null;
  if (PLACE_QUALIFIERS.has(core[0]!)) return null;
  for (const t of core) {
    if (t.length < 2 || isStopWord(t) || TITLE_WORD_SET.has(t) || ORG_WORD_SET.has(t) || PLACE_WORD_SET.has(t) || COUNTRY_OF_KEY.has(t) || !startsLetter(t)) return null;
  }
  // A middle word that is an everyday word makes a title, not a name ("Washington Free Beacon").
  if (core.slice(1, -1).some((t) => isCommonWord(t))) return null;
  const s = core[core.length - 1]!;
  return isCommonWord(s) || isLetterOrNumberWord(s) || !/^[\p{L}'’-]+$/u.test(s) ? null : s;
}

/**
 * What stands before a surname may be a given name: not a name of several words of its own ("Apple Watch" of "Apple
 * Watch Edition") nor one read as an organisation or a place ("Apple"). `prefix`: that part's candidate, if any.
 */
export function givenNameOk(prefix: Pick<NameFacts, 'tokens' | 'votes'> | undefined): boolean {
  return !prefix || (prefix.tokens.length < 2 && prefix.votes.org + prefix.votes.place <= prefix.votes.person);
}

/** What {@link namedBySurname} reads of a name candidate (a full mine's candidate or a stored state row). */
export interface NameFacts {
  tokens: readonly string[];
  acronym: boolean;
  votes: { person: number; place: number; org: number };
  articles: Iterable<string>;
}

/**
 * Whether a full name is shown to be a person by its surname used alone ("Seth Rogen" … "Rogen"): the surname alone
 * is a name of the corpus (not an acronym), at least half of the articles it is in also have the full name (a
 * surname follows its full name; "YouTube" is not the surname of "BluCollector Youtube"), the full name has no
 * place or organisation cue ("New York" … "York"), what precedes the surname may be a given name
 * ({@link givenNameOk}), and a first word that is an everyday word ("Daily Mail" … "Mail") needs the surname alone
 * to have a person's cue of its own. `single`: the candidate of the surname {@link surnameOf} gives for `full`;
 * `prefix`: the candidate of `full` without its last word.
 */
export function namedBySurname(full: NameFacts, single: NameFacts | undefined, prefix: NameFacts | undefined, isCommonWord: (norm: string) => boolean): boolean {
  if (!single || single.acronym || full.votes.org + full.votes.place > 0 || !givenNameOk(prefix)) return false;
  const first = full.tokens.find((t) => !isNameParticle(t))!;
  if (isCommonWord(first) && !(single.votes.person > 0)) return false;
  const { n, shared } = articlesShared(full, single);
  return shared > 0 && shared * 2 >= n;
}

/** How many articles `part` (a surname, a short name) is in, and how many of them `full` is in too. */
function articlesShared(full: Pick<NameFacts, 'articles'>, part: Pick<NameFacts, 'articles'>): { n: number; shared: number } {
  const own = full.articles instanceof Set ? (full.articles as Set<string>) : new Set(full.articles);
  let n = 0;
  let shared = 0;
  for (const a of part.articles) {
    n++;
    if (own.has(a)) shared++;
  }
  return { n, shared };
}

/**
 * Whether a name is the short form of the full name it starts (`full` = `short` + one word): outlets name a business in
 * full once, then by its short name ("Pepper Lane Grill shut four restaurants …", "Pepper Lane said …"). Folded when
 * the short name has two words or reads as an organisation of its own, at least two articles use it alone, four in
 * five of those also give the full name, and neither reads as something else: the short name no place or person
 * ("Ottawa" of "Ottawa Senators", "Main Street" of "Main Street Diner"), the added word no organisation, place or event
 * word ("Ottawa Police", "Kansas City", "Bramble Creek Fire" are other things named after a name). `short`: the
 * candidate of `full` without its last word, if any.
 */
export function shortNameFold(full: NameFacts, short: NameFacts | undefined): boolean {
  if (!short || full.acronym || short.acronym) return false;
  // A one-word short name is as often a given name ("Brian" of "Brian Williams") or a product's brand ("Bugatti" of
  // "Bugatti Veyron") as a business's short name (FNC-1 bodies): it must read as an organisation of its own ("Meridale
  // said it …", "Northfork's chief executive"), as none of those does.
  if (short.tokens.length < 2 && !(short.votes.org > 0)) return false;
  const added = full.tokens[full.tokens.length - 1]!;
  if (ORG_WORD_SET.has(added) || PLACE_WORD_SET.has(added) || EVENT_NOUN_SET.has(added) || !startsLetter(added)) return false;
  const v = short.votes;
  if (v.place > v.org || v.person > v.org || full.votes.person > full.votes.org) return false;
  const last = short.tokens[short.tokens.length - 1]!;
  if (PLACE_WORD_SET.has(last) || COUNTRY_OF_KEY.has(short.tokens.join(' ')) || CAPITALS.has(short.tokens.join(' '))) return false;
  const { n, shared } = articlesShared(full, short);
  return shared >= 2 && shared * 5 >= n * 4;
}

/** Most frequent surface; ties → more words, then longer, then alphabetical (deterministic). */
export function bestSurface(surfaces: Map<string, number>, prefer?: (s: string) => boolean): string {
  let best = '';
  let bestScore = -1;
  for (const [s, c] of surfaces) {
    const score = c * 1000 + (prefer?.(s) ? 100000 : 0) + Math.min(99, s.split(/\s+/).length * 10 + s.length / 10);
    if (score > bestScore || (score === bestScore && s < best)) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}

/** What an entity candidate needs for {@link clusterTopic}: its key, words, surfaces and kind votes. */
export type EntityCand = Pick<Cand, 'key' | 'tokens' | 'surfaces' | 'votes' | 'initialOnly' | 'acronym' | 'named' | 'folded'>;

/**
 * The topic a cluster of entity candidates (one name and its aliases) becomes, or null when it is not an entity:
 * a lone sentence-initial word, an everyday word written with a capital, an outlet's name, a calendar word or a
 * country plural. Kind comes from the alias data or the votes; the label is the most used surface. Shared by full
 * and incremental mining, so both admit the same names; the caller checks the spread and sets `outletCount`.
 */
export function clusterTopic(cands: readonly EntityCand[], group: DataGroup | undefined, outletKeys: ReadonlySet<string>): Topic | null {
  // A title, honorific or role alone ("Mr", "Dr", "Sgt", "CEO", "MPs") is not a name, even in capitals or as an
  // acronym: only the name it comes with is. Such a candidate gives the topic neither a surface nor an alias.
  const cl = { cands: group ? cands : cands.filter((c) => !titleOnly(c.tokens)) };
  if (cl.cands.length === 0) return null;
  if (!group && cl.cands.every((c) => c.initialOnly)) return null;
  // A lone everyday word written with a capital ("Comment", "Coalition") is page chrome or emphasis, not a name; a
  // function word is none even in capitals ("YOU", "NOT", "OUR" of a shouting headline: not acronyms).
  if (!group && cl.cands.every((c) => c.tokens.length === 1 && (isStopWord(c.key) || (!c.acronym && (GENERIC.has(c.key) || BROAD.has(c.key)))))) return null;
  if (cl.cands.some((c) => outletKeys.has(c.key))) return null;
  // Calendar words and plurals of country names ("Tuesdays", "Syrias") are not entities, nor a lone letter ("M" of
  // "M. Cooper") or a number word opening a sentence ("One", "Two").
  if (!group && cl.cands.every((c) => c.tokens.length === 1 && (isCalendarOrPluralPlace(c.key) || isLetterOrNumberWord(c.key)))) return null;
  // Nor an id from a link ("CRdpjPLBB8") or a headline set in title case.
  if (!group && cl.cands.every((c) => [...c.surfaces.keys()].every((s) => isIdLike(s) || isTitleCaseHeadline(s)))) return null;
  const votes = { person: 0, place: 0, org: 0 };
  const surfaces = new Map<string, number>();
  let acronym = false;
  for (const c of cl.cands) {
    votes.person += c.votes.person;
    votes.place += c.votes.place;
    votes.org += c.votes.org;
    acronym ||= c.acronym;
    for (const [s, n] of c.surfaces) surfaces.set(s, (surfaces.get(s) ?? 0) + n);
  }
  if (cl.cands.some((c) => CAPITALS.has(c.key))) votes.place += 2;
  // Known by the surname alone in the same articles ("Seth Rogen" … "Rogen said"): how people are written about.
  if (cl.cands.some((c) => c.named)) votes.person += 1;
  // A vote or two among a hundred mentions is a slip ("symptoms of Ebola, who …"), not what the name is.
  let mentions = 0;
  for (const n of surfaces.values()) mentions += n;
  const floor = mentions / 100;
  for (const k of ['person', 'place', 'org'] as const) if (votes[k] < floor) votes[k] = 0;
  let kind: TopicKind;
  if (group) kind = group.kind;
  else if (votes.person > 0 && votes.person >= votes.org && votes.person >= votes.place) kind = 'person';
  else if (votes.org > 0 || votes.place > 0) kind = votes.org >= votes.place ? 'org' : 'place';
  // An acronym with no other cue is an organisation ("KCTV") — when it is mostly written so: one shouted "EBOLA" in a
  // headline does not make the disease one.
  else kind = acronym && isAcronymToken(bestSurface(surfaces)) ? 'org' : 'concept';
  // Where a place name is the first part of the name, its last word says what it is: "Bramble Creek Fire" is an event
  // and "Callowell Unified School District" a body, though both are written "near …" / "in …" like places.
  if (kind === 'place' && !group) kind = placeNamedKind(bestSurface(surfaces)) ?? kind;
  let label: string;
  if (group) label = group.label;
  else {
    // A described form of a shorter name in the cluster ("Ebola Virus", "Apple Computers" of "Ebola", "Apple") is not
    // preferred as the label over it.
    const keys = cl.cands.map((c) => c.key);
    const longer = new Set(cl.cands.filter((c) => c.folded || keys.some((k) => c.key.startsWith(`${k} `))).flatMap((c) => [...c.surfaces.keys()]));
    const folded = new Set(cl.cands.filter((c) => c.folded).flatMap((c) => [...c.surfaces.keys()]));
    // A person's full name is preferred, also over a first name alone in the cluster ("Jeff Duncan" over "Jeff").
    if (kind === 'person') label = bestSurface(surfaces, (s) => s.split(/\s+/).length >= 2 && !folded.has(s));
    else label = bestSurface(surfaces, (s) => !isAcronymToken(s) && s.split(/\s+/).length >= 2 && !longer.has(s));
  }
  const aliasSet = new Set<string>();
  for (const s of surfaces.keys()) aliasSet.add(s.toLowerCase());
  if (group) for (const s of group.surfaces) aliasSet.add(s);
  // Context-only aliases ("is") never go into the plain alias list: the matcher adds them with their rule.
  for (const k of Object.keys(domainLexicon().contextAliases)) aliasSet.delete(k);
  return { id: '', label, kind, aliases: [...aliasSet].sort(), outletCount: 0, claimCount: 0, weight: 0 };
}

/** Whether a name candidate's words are only titles / roles (plural too) and function words. */
function titleOnly(tokens: readonly string[]): boolean {
  return tokens.every((t) => TITLE_WORD_SET.has(t) || (t.endsWith('s') && TITLE_WORD_SET.has(t.slice(0, -1))) || isStopWord(t));
}

/** Outlet names and ids as alias keys: sources, never subjects. */
export function outletAliasKeys(outlets: readonly Outlet[], articles: readonly Pick<Article, 'outletId'>[]): Set<string> {
  const outletKeys = new Set<string>();
  const outletNames = [...outlets.map((o) => o.name), ...outlets.map((o) => o.id.replace(/-/g, ' ')), ...articles.map((a) => a.outletId.replace(/-/g, ' '))];
  for (const name of outletNames) {
    const k = aliasKey(name);
    if (!k) continue;
    outletKeys.add(k);
    outletKeys.add(k.replace(/^the /, ''));
  }
  return outletKeys;
}

/**
 * Mines canonical topics from a corpus and tags claims with them.
 * - Entities (capitalised names) become topics when they recur across ≥ `minOutlets` outlets; aliases come from
 *   parenthetical acronyms, "calls X, Y", the alias data file, and surname-only mentions of a unique full name.
 * - Concepts: recurring lower-case key words and word pairs ("resurgence", "US troops") across outlets.
 * - Claims get the topics they mention; a claim that only says "they" / "the group" inherits the organisation
 *   topics of the nearest preceding sentence (up to four back) that names one.
 * Ids are slugs of labels, so the same corpus always gives the same topics. Weight = outlets + log10(1 + claims).
 */
export function mineTopics(
  articles: readonly Article[],
  claims: readonly Claim[],
  outlets: readonly Outlet[] = [],
  opts: MineTopicsOptions = {},
): MinedTopics {
  return runSteps(mineTopicsSteps(articles, claims, outlets, opts));
}

/** What a mine tokenised and counted on its way, for the state rows that follow it (`topicStateRowsSteps`). */
export interface MineWork {
  /** Every article as the mine read it (title and body, tokenised), in the articles' order. */
  docs: Doc[];
  /** Words written in lower case somewhere in the corpus. */
  lowerVocab: Set<string>;
}

/** An article as topic mining reads it: title and body, tokenised. */
export function docOf(a: Article): Doc {
  const text = a.title ? `${a.title}\n\n${a.body}` : a.body;
  return { article: a, text, tokens: tokenize(text) };
}

/**
 * Every article as a {@link Doc}, and the words written in lower case somewhere (a lone capitalised one at a sentence
 * start is then not a name): what a full mine and the topic state it leaves both count from. As steps.
 */
export function* readCorpusDocs(articles: readonly Article[]): Steps<MineWork> {
  const tick = stepCounter(32);
  const docs: Doc[] = [];
  for (const a of articles) {
    docs.push(docOf(a));
    if (tick()) yield;
  }
  const lowerVocab = new Set<string>();
  for (const d of docs) {
    for (const t of d.tokens) if (startsLower(t.raw)) lowerVocab.add(t.norm);
    if (tick()) yield;
  }
  return { docs, lowerVocab };
}

/**
 * {@link mineTopics} as steps: yields every few documents or claims, so the service worker can run it in slices
 * (utils/engine/steps.ts). `work`, when given, receives the documents and lower-case vocabulary it read.
 */
export function* mineTopicsSteps(
  articles: readonly Article[],
  claims: readonly Claim[],
  outlets: readonly Outlet[] = [],
  opts: MineTopicsOptions = {},
  work?: Partial<MineWork>,
): Steps<MinedTopics> {
  const minOutlets = opts.minOutlets ?? 2;
  const tick = stepCounter(32);
  const { docs, lowerVocab } = yield* readCorpusDocs(articles);
  if (work) {
    work.docs = docs;
    work.lowerVocab = lowerVocab;
  }
  const totalOutlets = new Set(articles.map((a) => a.outletId)).size;
  const byOutlets = totalOutlets >= minOutlets;
  const spread = (c: { outlets: Set<string>; articles: Set<string> }): number => (byOutlets ? c.outlets.size : c.articles.size);
  const isCommonWord = (n: string): boolean => lowerVocab.has(n);

  const uf = new UnionFind();
  const { groups, byKey } = dataGroups();
  for (const g of groups) for (const k of g.keys) uf.union(g.keys[0]!, k);

  const cands = new Map<string, Cand>();
  const addCand = (
    key: string,
    tokens: string[],
    surface: string,
    doc: Doc,
    vote: { kind: TopicKind | null; weight: number },
    initial: boolean,
    acronym: boolean,
  ): void => {
    if (!key) return;
    let c = cands.get(key);
    if (!c) cands.set(key, (c = newCand(key, tokens)));
    c.count++;
    c.outlets.add(doc.article.outletId);
    c.articles.add(doc.article.id);
    c.surfaces.set(surface, (c.surfaces.get(surface) ?? 0) + 1);
    if (vote.kind && vote.kind !== 'concept') c.votes[vote.kind] += vote.weight;
    if (!initial || vote.kind) c.initialOnly = false;
    if (acronym) c.acronym = true;
    uf.find(key);
  };

  for (const doc of docs) {
    let at = 0;
    for (const m of spotEntities(doc.text, { isCommonWord }, doc.tokens)) {
      addCand(m.key, m.tokens, stripPossessive(m.text), doc, { kind: m.hint, weight: m.hintWeight }, m.sentenceInitial, m.acronym);
      const nt = nameTail(doc.text, doc.tokens, m.end, at);
      at = nt.at;
      if (nt.tail && m.key) {
        const tails = cands.get(m.key)!.tails;
        tails.set(nt.tail, (tails.get(nt.tail) ?? 0) + 1);
      }
    }
    for (const def of acronymDefinitions(doc.text, doc.tokens)) {
      const sk = aliasKey(def.short);
      const lk = aliasKey(def.long);
      addCand(sk, sk.split(' '), def.short, doc, { kind: 'org', weight: 0.5 }, false, true);
      addCand(lk, lk.split(' '), def.long, doc, { kind: null, weight: 0 }, false, false);
      uf.union(sk, lk);
    }
    for (const def of namingDefinitions(doc.text)) uf.union(aliasKey(def.a), aliasKey(def.b));
    if (tick()) yield;
  }

  foldNames(cands, uf, byKey, isCommonWord);
  mergePeople(cands, uf, byKey);

  // Outlet names are sources, not subjects.
  const outletKeys = outletAliasKeys(outlets, articles);

  // Aggregate candidates into clusters.
  interface Cluster {
    keys: string[];
    cands: Cand[];
    outlets: Set<string>;
    articles: Set<string>;
  }
  const clusters = new Map<string, Cluster>();
  for (const c of cands.values()) {
    const r = uf.find(c.key);
    let cl = clusters.get(r);
    if (!cl) clusters.set(r, (cl = { keys: [], cands: [], outlets: new Set(), articles: new Set() }));
    cl.cands.push(c);
    for (const o of c.outlets) cl.outlets.add(o);
    for (const a of c.articles) cl.articles.add(a);
  }

  const proto: Topic[] = [];
  for (const [root, cl] of clusters) {
    if (spread(cl) < minOutlets) continue;
    const gi = byKey.get(root) ?? cl.cands.map((c) => byKey.get(c.key)).find((g) => g !== undefined);
    const group = gi !== undefined ? groups[gi] : undefined;
    const topic = clusterTopic(cl.cands, group, outletKeys);
    if (!topic) continue;
    topic.outletCount = spread(cl);
    proto.push(topic);
  }

  // A concept that is an entity's name in lower case ("border patrol" of "Border Patrol") is that entity: left out
  // before the budget is filled.
  // Aliases are lower-case surfaces already: compared as written (keying every alias was a tenth of a mine).
  const entityNames = new Set(proto.flatMap((t) => t.aliases));
  proto.push(...(yield* mineConcepts(docs, spread, minOutlets, opts.maxConcepts ?? Math.round(Math.min(80, Math.max(10, 3 * Math.sqrt(docs.length)))), (label) => entityNames.has(label.toLowerCase()))));

  // Deterministic ids: slug of label; a clash gets the kind, then a counter.
  proto.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
  const used = new Set<string>();
  for (const t of proto) {
    let id = slugify(t.label) || 'topic';
    if (used.has(id)) id = `${id}-${t.kind}`;
    for (let i = 2; used.has(id); i++) id = `${slugify(t.label)}-${i}`;
    used.add(id);
    t.id = id;
  }

  // Count with the matcher, exactly as pages and claims will be matched later.
  const matcher = buildTopicMatcher(proto);
  const topicOutlets = new Map<string, Set<string>>();
  const topicArticles = new Map<string, Set<string>>();
  for (const d of docs) {
    for (const id of topicIdsIn(matcher, d.text, d.tokens)) {
      (topicOutlets.get(id) ?? topicOutlets.set(id, new Set()).get(id)!).add(d.article.outletId);
      (topicArticles.get(id) ?? topicArticles.set(id, new Set()).get(id)!).add(d.article.id);
    }
    if (tick()) yield;
  }
  const kept = proto.filter((t) => {
    const s = spread({ outlets: topicOutlets.get(t.id) ?? new Set(), articles: topicArticles.get(t.id) ?? new Set() });
    t.outletCount = topicOutlets.get(t.id)?.size ?? 0;
    return s >= minOutlets;
  });
  const keptIds = new Set(kept.map((t) => t.id));
  const finalMatcher = kept.length === proto.length ? matcher : buildTopicMatcher(kept);

  const bodies = new Map(articles.map((a) => [a.id, a.body]));
  const claimCounts = new Map<string, number>();
  const outClaims: Claim[] = [];
  for (const c of claims) {
    const hits = matchTopics(finalMatcher, c.text).filter((h) => keptIds.has(h.topicId));
    let ids = hits.map((h) => h.topicId);
    // "They have the potential to resurge": an opening anaphor takes the antecedent's organisation topics.
    const ana = anaphorPattern().exec(c.text);
    if (ana) {
      const body = bodies.get(c.articleId);
      const at = c.start;
      if (body && body.slice(c.start, c.end) === c.text) ids = [...ids, ...antecedentTopics(finalMatcher, body, at)];
    }
    if (ids.length === 0) {
      const body = bodies.get(c.articleId);
      if (body && body.slice(c.start, c.end) === c.text) ids = contextTopics(finalMatcher, body, c.start);
    }
    ids = [...new Set(ids)];
    for (const id of ids) claimCounts.set(id, (claimCounts.get(id) ?? 0) + 1);
    outClaims.push({ ...c, topics: ids });
    if (tick()) yield;
  }
  for (const t of kept) {
    t.claimCount = claimCounts.get(t.id) ?? 0;
    t.weight = Math.round((t.outletCount + Math.log10(1 + t.claimCount)) * 1000) / 1000;
  }
  kept.sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { topics: kept, claims: outClaims };
}

/** Organisation topics named in the nearest of the four sentences before `offset`. */
/**
 * The topics of the sentence just before `offset` in an article body, for a claim that names none: "At least four
 * people were injured in those fires, … the reports show" follows the sentence naming the recall and the maker, and
 * "He was banned for two years in 2021" the one naming the rider. Without them such a claim sits on no card (on blind
 * subjects about a fifth of the claims named no topic, on FNC-1 bodies 6,156 of 26,398).
 */
export function contextTopics(matcher: TopicMatcher, body: string, offset: number): string[] {
  const sentences = splitSentences(body.slice(Math.max(0, offset - CONTEXT_CHARS), offset));
  const last = sentences[sentences.length - 1];
  // Not its places: a place named before is where, not what the claim is about, and place cards would fill up with
  // every sentence after a dateline or a "in Iraq".
  return last ? topicIdsIn(matcher, last.text).filter((id) => matcher.kinds.get(id) !== 'place') : [];
}
/** How far back {@link contextTopics} looks for the sentence before a claim (one long sentence fits). */
const CONTEXT_CHARS = 800;

export function antecedentTopics(matcher: TopicMatcher, body: string, offset: number): string[] {
  const from = Math.max(0, offset - 1500);
  const sentences = splitSentences(body.slice(from, offset));
  for (let i = sentences.length - 1, seen = 0; i >= 0 && seen < 4; i--, seen++) {
    const ids = topicIdsIn(matcher, sentences[i]!.text).filter((id) => matcher.kinds.get(id) === 'org');
    if (ids.length > 0) return ids;
  }
  return [];
}

/**
 * One thing, one topic: a multi-word name joins its plural or singular ("Apple Watches" = "Apple Watch"), and a name
 * ending in a word writers also use in lower case after the shorter name joins that name ("Ebola Virus" = "Ebola",
 * see {@link headFoldTarget}), and so does a full name whose short form outlets use after it ("Pepper Lane Grill" =
 * "Pepper Lane", see {@link shortNameFold}). A full name whose surname is used alone in the same articles is marked
 * `named` (a person: {@link mergePeople} then joins the surname to it). Names of the alias data are left to the data.
 */
function foldNames(cands: Map<string, Cand>, uf: UnionFind, dataKeys: Map<string, number>, isCommonWord: (norm: string) => boolean): void {
  for (const c of cands.values()) {
    if (c.tokens.length < 2 || dataKeys.has(c.key)) continue;
    // Not a shouted heading ("SCROLL DOWN FOR VIDEOS" = "… VIDEO" would only add up page chrome).
    if (!c.acronym) for (const v of numberVariants(c.tokens)) if (cands.has(v) && !dataKeys.has(v)) uf.union(c.key, v);
    const prefix = cands.get(c.tokens.slice(0, -1).join(' '));
    if (!c.acronym) {
      // Not into a country ("Iraqi Government" stays the concept pair "Iraqi government", not Iraq).
      const target = headFoldTarget(c.tokens, c.count, prefix?.tails) ?? (shortNameFold(c, prefix) ? prefix!.key : null);
      if (target && !dataKeys.has(target)) {
        uf.union(c.key, target);
        c.folded = true;
      }
    }
    const s = surnameOf(c.tokens, c.acronym, isCommonWord);
    if (s !== null && !dataKeys.has(s) && namedBySurname(c, cands.get(s), prefix, isCommonWord)) c.named = true;
  }
}

/**
 * Surname-only mentions join the one full name with that surname ("Romanowski" → "Alina Romanowski");
 * full names with the same surname and first initial join ("Mohammed Al-Sudani" = "Mohammed Shia al-Sudani",
 * "Qasem Soleimani" = "Qassem Soleimani"). Ambiguous surnames stay apart.
 */
function mergePeople(cands: Map<string, Cand>, uf: UnionFind, dataKeys: Map<string, number>): void {
  const personish = (c: Cand): boolean => (c.votes.person > 0 || c.named === true) && c.votes.person >= c.votes.org && c.votes.person >= c.votes.place;
  const bySurname = new Map<string, Cand[]>();
  const singles: Cand[] = [];
  for (const c of cands.values()) {
    if (c.acronym || dataKeys.has(c.key)) continue;
    const core = c.tokens.filter((t) => !isNameParticle(t));
    if (core.length >= 2 && core.length <= 5 && personish(c)) {
      const s = core[core.length - 1]!;
      (bySurname.get(s) ?? bySurname.set(s, []).get(s)!).push(c);
    } else if (core.length === 1 && c.votes.org <= c.votes.person && c.votes.place <= c.votes.person + 0.5) {
      singles.push(c);
    }
  }
  for (const list of bySurname.values()) {
    // A longer name ending in another full name is that person ("Scratch Christian Bale" of a list of actors).
    for (const c of list) {
      const inner = list.find((d) => d !== c && d.tokens.length >= 2 && d.tokens.length < c.tokens.length && c.key.endsWith(` ${d.key}`));
      if (inner) uf.union(c.key, inner.key);
    }
    const byInitial = new Map<string, Cand>();
    for (const c of list) {
      const first = c.tokens.find((t) => !isNameParticle(t))!;
      const prev = byInitial.get(first[0]!);
      if (prev) uf.union(prev.key, c.key);
      else byInitial.set(first[0]!, c);
    }
  }
  for (const s of singles) {
    const surname = s.tokens.find((t) => !isNameParticle(t))!;
    const list = bySurname.get(surname);
    if (!list) continue;
    const roots = new Set(list.map((c) => uf.find(c.key)));
    if (roots.size === 1) uf.union(s.key, list[0]!.key);
  }
}

/** Concept candidates: lower-case key words and word pairs (a country word may lead: "US troops"). */
/** Share of a concept's articles that must share one other specific word with it (see mineConcepts). */
export const MIN_STORY_SHARE = 0.65;

/**
 * The largest share of a concept's articles that also contain one other pooled key word (not part of its key), for
 * many concepts against one pool. Concepts met in three articles or fewer get 1: too few to judge. Counted through
 * the pool's words per article, so a concept costs its articles × their pooled words rather than its articles × the
 * whole pool: the pool grows with the corpus, and the direct count was three quarters of a 100k-claim mine (~2 min).
 */
export function storyShares(pool: readonly { key: string; bigram: boolean; articles: Set<string> }[], n: number): (key: string, articles: Set<string>) => number {
  const words = pool.filter((w) => !w.bigram);
  const wordsIn = new Map<string, number[]>();
  words.forEach((w, i) => {
    for (const a of w.articles) (wordsIn.get(a) ?? wordsIn.set(a, []).get(a)!).push(i);
  });
  const counts = new Int32Array(words.length);
  const touched: number[] = [];
  return (key, articles) => {
    if (articles.size <= 3 || n < 20) return 1;
    const own = new Set(key.split(' '));
    let best = 0;
    for (const a of articles)
      for (const i of wordsIn.get(a) ?? []) {
        if (counts[i] === 0) touched.push(i);
        const c = ++counts[i]!;
        if (c > best && !own.has(words[i]!.key)) best = c;
      }
    for (const i of touched) counts[i] = 0;
    touched.length = 0;
    return best / articles.size;
  };
}

function* mineConcepts(
  docs: Doc[],
  spread: (c: { outlets: Set<string>; articles: Set<string> }) => number,
  minOutlets: number,
  maxConcepts: number,
  isEntityName: (label: string) => boolean = () => false,
): Steps<Topic[]> {
  interface CC {
    key: string;
    bigram: boolean;
    count: number;
    outlets: Set<string>;
    articles: Set<string>;
    surfaces: Map<string, number>;
    /** Uses in a noun's place ("a resurgence", "ISIS resurgence", "of resurgence") vs a verb's ("to resurge", "was defeated"). */
    nounish: number;
    verbish: number;
  }
  const cc = new Map<string, CC>();
  const add = (key: string, surface: string, bigram: boolean, d: Doc, use: number = 0): void => {
    let c = cc.get(key);
    if (!c) cc.set(key, (c = { key, bigram, count: 0, outlets: new Set(), articles: new Set(), surfaces: new Map(), nounish: 0, verbish: 0 }));
    if (use > 0) c.nounish++;
    else if (use < 0) c.verbish++;
    c.count++;
    c.outlets.add(d.article.outletId);
    c.articles.add(d.article.id);
    c.surfaces.set(surface, (c.surfaces.get(surface) ?? 0) + 1);
  };
  const tick = stepCounter(32);
  for (const d of docs) {
    countConceptUses(d, (key, surface, bigram, use) => add(key, surface, bigram, d, use));
    if (tick()) yield;
  }
  const n = docs.length;
  let pool = [...cc.values()].filter(
    (c) => spread(c) >= minOutlets && c.count >= 2 && (n < 20 || c.articles.size <= 0.25 * n),
  );
  // A key word mostly used inside one recurring pair is that pair's topic ("deficit" in "budget deficit").
  const pairCount = new Map<string, number>();
  for (const c of pool) {
    if (!c.bigram) continue;
    for (const part of c.key.split(' ')) pairCount.set(part, Math.max(pairCount.get(part) ?? 0, c.count));
  }
  // A key word must be used as a noun more often than as a verb ("a resurgence", not "was defeated", "is lacking"),
  // and mostly on its own rather than inside one recurring pair ("deficit" in "budget deficit").
  // A word only ever written as a participle ("enduring", "established") needs two clear noun uses ("the bombing").
  const participleOnly = (c: CC): boolean => [...c.surfaces.keys()].every((w) => /(?:ed|ing)$/.test(w));
  pool = pool.filter(
    (c) => c.bigram || (c.nounish > c.verbish && (!participleOnly(c) || c.nounish >= 2) && (pairCount.get(c.key) ?? 0) < 0.5 * c.count),
  );
  // A subject comes with its story: the articles that say "meteorite" also say "Managua", while those that say
  // "near", "night" or "body" share nothing else — those words are used in passing about anything. Kept: concepts
  // whose articles mostly share some other specific word (one in at most a quarter of the articles); in a
  // one-story corpus that is every concept.
  const specific = [...cc.values()].filter((c) => !c.bigram && c.articles.size >= 2 && c.articles.size <= 0.25 * n);
  const storyShare = storyShares(specific, n);
  pool = pool.filter((c) => storyShare(c.key, c.articles) >= MIN_STORY_SHARE);
  if (globalThis.process?.env?.DEBUG_TOPICS) for (const c of pool) if (!c.bigram) console.log(`  ${c.key} n=${c.count} noun=${c.nounish} verb=${c.verbish} ${[...c.surfaces.keys()].join('|')}`);
  const score = (c: CC): number => spread(c) * (c.bigram ? 2 : 1) + Math.log10(c.count) * 0.5;
  // Most frequent surface; ties go to the shorter ("Iraqi army" over "Iraqi armies").
  const labelOf = (c: CC): string => {
    const top = [...c.surfaces].sort((x, y) => y[1] - x[1] || x[0].length - y[0].length || (x[0] < y[0] ? -1 : 1))[0]![0];
    return c.bigram ? top : top.toLowerCase();
  };
  pool = pool.filter((c) => !isEntityName(labelOf(c)));
  pool.sort((a, b) => score(b) - score(a) || (a.key < b.key ? -1 : 1));
  // Half the budget each for key words and word pairs, the unused rest to the other kind.
  const uni = pool.filter((c) => !c.bigram);
  const bi = pool.filter((c) => c.bigram);
  const half = Math.ceil(maxConcepts / 2);
  const nUni = Math.min(uni.length, Math.max(half, maxConcepts - bi.length));
  const chosen = [...uni.slice(0, nUni), ...bi.slice(0, maxConcepts - nUni)];
  return chosen.map((c) => {
    return {
      id: '',
      label: labelOf(c),
      kind: 'concept' as const,
      aliases: [...new Set([...c.surfaces.keys()].map((s) => s.toLowerCase()))].sort(),
      outletCount: spread(c),
      claimCount: 0,
      weight: 0,
    };
  });
}

/**
 * Every concept candidate use in one document, in text order: lower-case key words (as content stems) and word
 * pairs (a country word may lead: "US troops"), each with its surface and, for key words, how it is used
 * (+1 noun, -1 verb, 0 unknown; see `wordUse`). The one counting loop of full and incremental mining.
 */
export function countConceptUses(d: Doc, add: (key: string, surface: string, bigram: boolean, use: number) => void): void {
  let prev: { canon: string; surface: string; broad: boolean; country: boolean } | null = null;
  for (let k = 0; k < d.tokens.length; k++) {
    const t = d.tokens[k]!;
    // Words of a pair are joined by spaces (or a hyphen), or by a plural possessive's apostrophe: "teachers' strike",
    // "workers’ union" are one subject as much as "teacher strike" (the matcher's gaps allow the apostrophe too).
    if (k > 0 && !pairGap(d.text.slice(d.tokens[k - 1]!.end, t.start), d.tokens[k - 1]!.raw)) prev = null;
    const lower = startsLower(t.raw);
    // A negated auxiliary ("don't", "can't") is no subject, nor half of one ("don't expect", "can't confirm").
    const cs = lower && t.norm.length >= 4 && !GENERIC.has(t.norm) && !t.norm.endsWith("n't") ? memoContentStem(t.norm) : null;
    if (cs && !GENERIC.has(cs)) {
      const broad = BROAD.has(t.norm) || PLACE_NOUN.has(t.norm);
      // A role ("director", "analyst", "activists") is who speaks, not what the story is about: only inside a pair.
      if (!broad && !isRoleWord(t.norm)) add(cs, t.norm, false, wordUse(d, k));
      // A pair needs one specific word, or a country leading ("Iraqi government") — but "Iraqi soil" is the place
      // and "Iranian general" a person's role.
      // Nor is a subject and its verb a pair ("activists handed", "the capital arrived").
      const pastVerb = /[^e]ed$/.test(t.norm) || IRREGULAR_PARTICIPLES.has(t.norm);
      if (prev && !pastVerb && (!prev.broad || !broad) && !(prev.country && (PLACE_NOUN.has(t.norm) || TITLE_WORD_SET.has(t.norm)))) add(`${prev.canon} ${cs}`, `${prev.surface} ${t.raw}`, true, 0);
      prev = { canon: cs, surface: t.raw, broad, country: false };
    } else {
      const country = !lower ? COUNTRY_OF_KEY.get(t.norm) : undefined;
      prev = country ? { canon: `@${country}`, surface: stripPossessive(t.raw), broad: false, country: true } : null;
    }
  }
}

/** Whether the text between two words lets them form a concept pair (see {@link countConceptUses}). */
function pairGap(gap: string, before: string): boolean {
  return /^[ \t\u00a0-]+$/.test(gap) || (/s$/i.test(before) && /^['’][ \t\u00a0]+$/.test(gap));
}

/** Determiners and possessives: the word after one is a noun, or an adjective of the noun that follows. */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'this', 'these', 'those', 'any', 'some', 'every', 'each', 'another']);
/** Words after which the next word is used as a noun: determiners, possessives, prepositions. */
const NOUN_BEFORE = new Set([
  ...DETERMINERS,
  'of', 'in', 'for', 'on', 'against', 'about', 'from', 'with', 'into', 'amid', 'after', 'before',
  'over', 'under', 'without', 'during', 'between', 'toward', 'towards', 'possible', 'potential', 'new', 'such',
]);
/** Title words that also name a field, an issue or a thing ("justice", "the press", "field", "staff"): they may be topics. */
const NOT_ROLES = new Set(['justice', 'press', 'field', 'private', 'general', 'major', 'monitor', 'staff', 'member', 'partner', 'principal', 'head', 'chief', 'rear', 'vice', 'lance', 'warrant', 'pope', 'king', 'queen', 'prince', 'princess', 'father', 'sister', 'brother', 'lady', 'lord', 'owner', 'speaker', 'controller', 'observer', 'delegate', 'nurse', 'doctor', 'judge', 'governor', 'mayor', 'president', 'minister', 'candidate', 'nominee', 'coach']);
/** Adjective endings ("medical", "religious", "massive", "careful", "reliable"). */
const ADJECTIVE_FORM = /(?:ical|ous|ive|ful|less|able|ible)$/;
/** Irregular past participles, which "of" after does not make nouns ("heard of", "made of", "thought of"). */
const IRREGULAR_PARTICIPLES = new Set([
  'heard', 'told', 'seen', 'known', 'given', 'taken', 'made', 'found', 'held', 'built', 'kept', 'left', 'felt', 'brought',
  'bought', 'caught', 'taught', 'thought', 'sought', 'fought', 'meant', 'sent', 'spent', 'lost', 'won', 'begun', 'written',
  'spoken', 'broken', 'chosen', 'driven', 'fallen', 'forgotten', 'gotten', 'hidden', 'risen', 'shaken', 'stolen', 'sworn',
  'torn', 'worn', 'drawn', 'grown', 'shown', 'thrown', 'flown', 'blown', 'done', 'gone', 'become', 'run', 'said', 'paid',
  'laid', 'led', 'fed', 'met', 'read', 'set', 'put', 'cut', 'hit', 'hurt', 'shot', 'struck', 'stood', 'understood', 'sold',
]);
/**
 * Role nouns that are not a subject of their own (who speaks or acts: "the director", "analysts", "activists"): the
 * title words, without the few that also name a field or an issue ("justice", "press", "staff", "member", "monitor").
 */
const ROLE_WORDS = new Set([...TITLE_WORD_SET, 'actor', 'actress', 'actors', 'aide', 'aides'].filter((w) => !NOT_ROLES.has(w)));
/** Whether a word (or its plural) is a role noun of {@link ROLE_WORDS}. */
function isRoleWord(norm: string): boolean {
  return ROLE_WORDS.has(norm) || (norm.endsWith('s') && ROLE_WORDS.has(norm.slice(0, -1)));
}

/** Words after which the next word is used as a verb or a predicate adjective: auxiliaries, "to", pronouns. */
const VERB_BEFORE = new Set([
  'to', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'has', 'have', 'had', 'is', 'was',
  'were', 'are', 'be', 'been', 'being', 'am', 'not', 'never', 'they', 'we', 'he', 'she', 'it', 'i', 'you', 'who',
  'also', 'still', 'already', 'remained', 'remains', 'remain', 'become', 'became', 'seem', 'seems', 'appear', 'appears',
  'getting', 'get', 'got', "isn't", "wasn't", "aren't", "weren't", "don't", "doesn't", "didn't", "won't", 'fully', 'largely',
]);

/**
 * How token k is used, from its neighbours: +1 like a noun (after a determiner, a preposition or a possessive, or before
 * "of"), -1 like a verb or predicate adjective (after an auxiliary, "to", a pronoun or an -ly adverb; an -ed form
 * before "by"), 0 unknown. A cheap stand-in for a part-of-speech tagger, enough to keep "defeated" or "lacking" from
 * becoming a concept while "resurgence" stays one.
 */
function wordUse(d: Doc, k: number): number {
  const t = d.tokens[k]!;
  const prev = d.tokens[k - 1];
  const next = d.tokens[k + 1];
  const joined = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && /^[ \t\u00a0]+$/.test(d.text.slice(a.end, b.start));
  const participle = /(?:ed|ing)$/.test(t.norm) || IRREGULAR_PARTICIPLES.has(t.norm);
  if (next && joined(t, next)) {
    // "the resurgence of", not "heard of", "consisting of" (a verb and its preposition: the word before decides).
    if (next.norm === 'of' && !participle) return 1;
    if (next.norm === 'by' && t.norm.endsWith('ed')) return -1;
    // "an enduring defeat", "the established order": a participle before a noun is an adjective.
    if (participle && startsLower(next.raw) && !isStopWord(next.norm)) return -1;
  }
  if (prev && joined(prev, t)) {
    // An adjective's form between a determiner and the noun it modifies ("the religious leaders", "a medical team"):
    // no vote either way (a noun there — "the measles outbreak" — still counts).
    if (DETERMINERS.has(prev.norm) && ADJECTIVE_FORM.test(t.norm) && next && joined(t, next) && startsLower(next.raw) && !isStopWord(next.norm)) return 0;
    // Any word between a determiner or a preposition and a noun or name it modifies ("the secretive group", "an
    // apparent attack", "with deadly force") is not shown to be a noun by its place: no vote (its other uses decide).
    // A verb after it ("the group said", "the hostages released") leaves the word the noun.
    if (NOUN_BEFORE.has(prev.norm) && next && joined(t, next) && !isStopWord(next.norm)) {
      // Before a name too ("the besieged Kobani", "the secretive Islamic State").
      if (startsUpper(next.raw) && !isAcronymToken(next.raw)) return 0;
      if (startsLower(next.raw) && !GENERIC.has(next.norm) && !/(?:ed|s)$/.test(next.norm)) return 0;
    }
    if (NOUN_BEFORE.has(prev.norm) || /['’]s$/.test(prev.raw)) return 1;
    if (VERB_BEFORE.has(prev.norm) || (prev.norm.endsWith('ly') && prev.norm.length > 4)) return -1;
  }
  return 0;
}
