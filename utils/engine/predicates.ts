/**
 * What a sentence says is done: the stems of its words in a verb's place ("has burned", "will close", "reopened to",
 * "found"). Two reports of one fact in other words share their predicate ("The fire has burned 12,400 acres" / "The fire
 * near Marlow Falls has burned 12,400 acres"), while two sentences on one company that only share its nouns do not
 * ("Halvorsen will invest $300 million in assembly lines at Greyford" / "Halvorsen will cut 300 jobs at its Greyford
 * factory"). No part-of-speech tagger: a word is read as a verb by its place (after an auxiliary, a modal or "to") or
 * its form (a past form not leading a noun, as "chopped romaine" and "a cracked pipe" do).
 */
import { IRREGULAR_VERBS } from './lexicon/irregular-verbs';
import { REPORTING_VERB_SET } from './lexicon/reporting';
import { PHRASAL_ACTS, SAME_ACT_GROUPS } from './lexicon/same-acts';
import { NUMBER_SCALE_WORDS, NUMBER_WORDS } from './lexicon/units';
import { contentStem, stem, tokenize } from './text';
import { RELATIVE_OPENERS } from './clause';

/** Auxiliaries, modals and "to": the word after one (past adverbs) is a verb. */
const AUXILIARIES = new Set(['to', 'have', 'has', 'had', 'be', 'been', 'is', 'are', 'was', 'were', 'did', 'do', 'does', 'will', 'would', 'could', 'can', 'should', 'may', 'might', 'must', 'shall']);
/** Words between an auxiliary and its verb ("has not yet been", "will also"). */
const BETWEEN = new Set(['not', 'never', 'also', 'still', 'already', 'yet', 'just', 'now', 'since', 'being', 'been', 'be', 'ever', 'only', 'first', 'again', 'then', 'all']);
/** Words before a noun: a past form after one is an adjective ("the cracked pipe", "its chopped romaine"). */
const NOUN_LEADS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'this', 'that', 'these', 'those', 'any', 'no', 'some', 'every', 'each', 'of', 'in', 'at', 'on', 'for', 'with', 'from', 'by', 'into', 'about']);
/** Words before a "to" that is a preposition ("according to", "due to", "back to normal"). */
const TO_PREPOSITION_LEADS = new Set(['according', 'due', 'back', 'up', 'close', 'next', 'prior', 'compared', 'similar', 'ahead', 'from', 'related', 'home', 'way', 'return', 'returned', 'led', 'went', 'came', 'moved', 'sent']);
/**
 * Verbs whose past form is their base ("shut", "cut"): the irregular-verb table maps only forms that change, so these
 * are read as verbs here, where no noun lead precedes them ("Pepper Lane Grill shut all four of its restaurants").
 */
const UNCHANGED_PAST = new Set(['shut', 'cut', 'hit', 'put', 'hurt', 'quit', 'spread', 'split', 'burst', 'shed']);
/** Verbs that carry no statement of their own (auxiliaries, light verbs). */
const LIGHT = new Set(['be', 'have', 'do', 'get', 'go', 'say', 'said', 'make', 'need', 'want', 'seem', 'appear', 'expect', 'plan']);

const memo = new Map<string, readonly string[]>();
/** Where each memoised text's first main-clause predicate starts (-1: none), beside {@link memo}. */
const firstAt = new Map<string, number>();
const MEMO_MAX = 20_000;

/**
 * Stems of a text's words in a verb's place, in text order without repeats, reporting and light verbs left out (see the
 * module comment). The first is what the sentence's main clause does, as far as word order tells.
 */
export function predicateStems(text: string): readonly string[] {
  let hit = memo.get(text);
  if (hit) return hit;
  const main = new Set<string>();
  // Verbs of a clause set off by commas and opened by "who" / "which" ("Mulvey, who has not been charged, cooperated …")
  // describe a name, not what the sentence says it did: they come after the main clause's (a held-out subject of
  // session 39 read "charged" as the main act of two sentences with opposite ones).
  const aside = new Set<string>();
  const tokens = tokenize(text);
  const commaBefore = (i: number): boolean => i > 0 && /,/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start));
  let inAside = false;
  let first = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (commaBefore(i)) inAside = RELATIVE_OPENERS.has(t.norm);
    // (the first predicate of the main clause: where the main set first grows, see below)
    if (first < 0 && main.size > 0) first = tokens[i - 1]!.start;
    const out = inAside ? aside : main;
    if (/^\p{Lu}/u.test(t.raw)) continue;
    // A phrasal verb says its act whatever the verb's form ("set up", "stepped down", "found out"): read before the
    // reporting and light verbs, which its verb may be alone.
    const phrasal = phrasalAct(t.norm, tokens[i + 1]?.norm, tokens[i + 1] ? text.slice(t.end, tokens[i + 1]!.start) : '');
    if (phrasal && !DETERMINERS.has(tokens[i - 1]?.norm ?? '')) {
      out.add(phrasal);
      i++;
      continue;
    }
    // "was deeply sorry" says what "apologised" does.
    if (t.norm === 'sorry' && SORRY_LEADS.has(tokens[i - 1]?.norm ?? '')) {
      out.add(APOLOGISE);
      continue;
    }
    if (REPORTING_VERB_SET.has(t.norm) || isAdverb(t.norm)) continue;
    const base = IRREGULAR_VERBS[t.norm] ?? (UNCHANGED_PAST.has(t.norm) ? t.norm : undefined);
    const st = contentStem(base ?? t.norm);
    if (!st || LIGHT.has(base ?? t.norm) || LIGHT.has(st)) continue;
    let k = i - 1;
    while (k >= 0 && (BETWEEN.has(tokens[k]!.norm) || isAdverb(tokens[k]!.norm)) && !/[,;:]/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) k--;
    const lead = k >= 0 && !/[,;:]/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start)) ? tokens[k]!.norm : '';
    const prev = tokens[i - 1]?.norm ?? '';
    // "to" before a plural or a past form, or after "according", "due", "back" …, is a preposition ("reopened to
    // ambulances", "traced to chopped romaine"): an infinitive takes the base form.
    const toNoun = lead === 'to' && (/[^s]s$/.test(t.norm) || /[a-z]ed$/.test(t.norm) || (!!base && base !== t.norm) || TO_PREPOSITION_LEADS.has(tokens[k - 1]?.norm ?? ''));
    if (AUXILIARIES.has(lead) && !toNoun) {
      out.add(stem(base ?? t.norm));
      continue;
    }
    if (NOUN_LEADS.has(prev)) continue;
    if (base) {
      out.add(st);
      continue;
    }
    if (!/[a-z]ed$/.test(t.norm) || t.norm.length < 5) continue;
    // A past form leading a lower-case content word is an adjective ("chopped romaine", "cracked pipe"). (Tried in session
    // 45: a name or plural noun right before it as its subject, "Inspectors discovered cracks"; it also made "640 patients
    // waited" agree with "Ambulance crews waited", the acts' subjects being compared nowhere. Reverted.)
    const next = tokens[i + 1];
    if (next && !/[,;:]/.test(text.slice(t.end, next.start)) && !/^\p{Lu}/u.test(next.raw) && contentStem(next.norm) && !isNumberLike(next.norm)) continue;
    out.add(st);
  }
  if (first < 0 && main.size > 0) first = tokens[tokens.length - 1]!.start;
  if (memo.size >= MEMO_MAX) {
    memo.clear();
    firstAt.clear();
  }
  const list = [...new Set([...main, ...aside])];
  memo.set(text, list);
  firstAt.set(text, first);
  return list;
}

/**
 * Where the main clause's first predicate ({@link predicateStems}' first) stands in the text: the start of the word it
 * was read at (of a phrasal verb's or "was sorry"'s last word read), or -1 when the text has none.
 */
export function mainPredicateStart(text: string): number {
  predicateStems(text);
  return firstAt.get(text) ?? -1;
}

/** Articles and possessives: a verb form after one is a noun ("the set-up", "a shutdown"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'my']);
/** Words before "sorry" that make it an apology: a form of "be", an adverb after one ("was deeply sorry"), or "said". */
const SORRY_LEADS = new Set(['is', 'was', 'are', 'were', 'am', "i'm", "we're", 'deeply', 'very', 'truly', 'so', 'really', 'profoundly', 'genuinely', 'said', 'say', 'says', 'saying']);
const APOLOGISE = stem('apologise');

let phrasalForms: Map<string, string> | null = null;
/**
 * The act ({@link PHRASAL_ACTS}) a verb form and the particle right after it say ("stepped" + "down" → resign's stem),
 * or null. The verb's forms are its base, -s, -ed and -ing forms and its irregular past forms.
 */
function phrasalAct(norm: string, particle: string | undefined, gap: string): string | null {
  if (!particle || /[,;:.]/.test(gap)) return null;
  if (!phrasalForms) {
    phrasalForms = new Map();
    const irregular = new Map<string, string[]>();
    for (const [form, base] of Object.entries(IRREGULAR_VERBS)) irregular.set(base, [...(irregular.get(base) ?? []), form]);
    for (const [phrase, act] of Object.entries(PHRASAL_ACTS)) {
      const [verb, part] = phrase.split(' ') as [string, string];
      const st = contentStem(act) ?? act;
      for (const form of [...verbForms(verb), ...(irregular.get(verb) ?? [])]) phrasalForms.set(`${form} ${part}`, st);
    }
  }
  return phrasalForms.get(`${norm} ${particle}`) ?? null;
}

/** A regular verb's forms: base, -s, -ed and -ing, a final consonant doubled after one short vowel ("step" → "stepped"). */
function verbForms(verb: string): string[] {
  const doubled = /^[^aeiou]*[aeiou][bdgklmnprt]$/.test(verb) ? verb + verb.slice(-1) : verb;
  const e = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  const y = /[^aeiou]y$/.test(verb) ? verb.slice(0, -1) + 'i' : null;
  return [verb, y ? `${y}es` : /(?:s|sh|ch|x|o)$/.test(verb) ? `${verb}es` : `${verb}s`, y ? `${y}ed` : verb.endsWith('e') ? `${verb}d` : `${doubled}ed`, `${e === verb ? doubled : e}ing`];
}

/** A figure, or a number in words: a past form before one is a verb ("freed four pupils"), not an adjective. */
const isNumberLike = (w: string): boolean => /^[\d$£€]/.test(w) || w in NUMBER_WORDS || w in NUMBER_SCALE_WORDS;
/** An adverb in -ly ("deeply", "quickly"; not "apply", "supply"): no predicate, and skipped between an auxiliary and its verb. */
const isAdverb = (w: string): boolean => /^[a-z]{4,}ly$/.test(w) && !/(?:^ap|^sup|^com|^re|^im|^multi)ply$/.test(w);

let actMap: Map<string, string> | null = null;
/** The act a predicate stem says ({@link SAME_ACT_GROUPS}): its group's first stem, else the stem itself. */
export function actOf(predicate: string): string {
  if (!actMap) {
    actMap = new Map();
    for (const group of SAME_ACT_GROUPS) {
      const head = contentStem(group[0]!) ?? group[0]!;
      // a regular past form whose stem is not its base's ("freed" / "free") maps too
      for (const w of group) for (const form of [w, verbForms(w)[2]!]) actMap.set(contentStem(form) ?? form, head);
    }
  }
  return actMap.get(predicate) ?? predicate;
}
