/**
 * Whether a thing was done, answered both ways: "No eggs from the affected farms will be recalled" against "Halden Foods
 * … said it was recalling eggs packed there since 25 February"; "The state Geological Survey recorded no tremor near
 * Ashgrove" against "A small earth tremor was recorded beneath the mine" (two held-out subjects, read in session 45). No
 * negation of a shared word sees it: "no" negates the thing, not the act, and the other side names the thing with
 * another determiner.
 *
 * Pure patterns on the tokens, no parse:
 * - none: "No <thing> … <be> <act-ed>" (the thing the passive's subject), "<act-ed> no <thing>" (the thing the act's
 *   object) or "there <be> no <act-ed> <thing>" ("There have been no confirmed cases"), the thing being the head of the
 *   words after "no" up to a preposition or a verb; a none at a named place ("… at Moorside Academy") is answered only
 *   by a text naming the place;
 * - some: "<thing> … <be> <act-ed>" or "<act> <a, the, a number or modifiers> <thing>", stated: nothing in its clause
 *   before it negates, hedges or supposes it.
 * They conflict when the act is one verb (its base form's stem) and the thing one noun (its stem). A none of a thing at
 * all ("there was no fire at any of its plants", session 64: {@link thereIsNo}) is answered by the thing stated as a noun
 * ("whose plant had been hit by a fire": {@link existedStated}), of what or where the none says. Whether the two speak
 * of one event besides is for the caller (relation.ts asks for a shared subject; times are read apart).
 */
import { contentStem, stem, tokenize, type Token } from './text';
import { IRREGULAR_VERBS } from './lexicon/irregular-verbs';
import { STOP_WORD_SET } from './lexicon/stopwords';
import { THING_KINDS } from './lexicon/units';
import { clauseBefore, PASSIVE_BE, RELATIVE_OPENERS, unstatedPattern, verbBaseStem } from './clause';

/** One thing a text says was done, or that none was. */
interface DoneItem {
  /** Stem of the act's base form ("recall"), and of the thing's head noun ("egg"). */
  act: string;
  thing: string;
  /** The words as written, for the card's reason line ("No eggs … will be recalled", "recalling eggs"). */
  words: string;
  /** A none's thing as written after "no", lower case ("independent inquiry" of "No independent inquiry has been ordered"). */
  phrase?: string;
  /**
   * The stem of who a "<act-ed> no <thing>" none says did not do it, when a noun names them ("auditor" of "The fund's
   * auditors had raised no concerns"): another doer doing it ("The regulator … wrote to the fund to raise concerns") is
   * no answer.
   */
  doer?: string;
  /**
   * The stem of what a none of a thing at all is of or where ("plant" of "there was no fire at any of its plants",
   * "voyage" of "There had been no illness on the previous voyage"): a text stating the thing must name it too.
   */
  where?: string;
  /** The none says its `where` has none ("The drive motor had no electrical fault"): the thing is answered only in or on it. */
  owned?: boolean;
  /**
   * The none is of the act done to the wrong one ("No refunds were paid to the wrong people"): a text stating the act is
   * an answer only where it says so too ("a refund meant for somebody else was paid into her account"), not of the act
   * at all ("Refunds are normally paid within 21 days": a held-out subject of session 66).
   */
  misdirected?: boolean;
}

/** What a sentence says none had done to it, with the tokens to find the other side's statement of it in. */
export interface DoneReading {
  nones: DoneItem[];
  text: string;
  /** Tokenised when first needed: most texts say no none, and the other side is read only against one that does. */
  tokens: Token[] | null;
  /** Each token's stem and its verb base's stem, with the set of both, computed with the tokens (a page's none meets hundreds of claims). */
  stems?: string[];
  acts?: (string | null)[];
  has?: Set<string>;
  /** The text in lower case, to look for a thing's stem before tokenising. */
  lower?: string;
}

/** Per stem of a word of a {@link THING_KINDS} group, the stem of the group's first ("vessel" → "ship"). */
const KIND_STEMS: ReadonlyMap<string, string> = new Map(THING_KINDS.flatMap((g) => g.flatMap((w) => [[stem(w), stem(g[0]!)], [stem(`${w}s`), stem(g[0]!)]] as const)));
/** A noun's stem as its kind's ("vessels" is read as "ships"). */
const kindStem = (s: string): string => KIND_STEMS.get(s) ?? s;
/** Per kind's stem, the words a text may write it with (to look for before tokenising). */
const KIND_WORDS: ReadonlyMap<string, readonly string[]> = new Map(THING_KINDS.map((g) => [stem(g[0]!), g]));

/** Forms of "be" before a passive participle. */
/** Auxiliaries and adverbs between a thing and its passive ("will be", "have not yet been"). */
const AUX = new Set(['will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'has', 'have', 'had', 'yet', 'also', 'now', 'since', 'ever', 'already', 'so', 'far']);
/** Tenses before a verb a none's thing itself does ("No library will close", "no school has shut"). */
const TENSE_AUX = new Set(['will', 'would', 'shall', 'has', 'have', 'had']);
/** Verbs after a tense that say what a thing is or holds, not an act it does ("no one will know", "no plan has got …"). */
const INTRANSITIVE_NOT_ACTS = new Set(['be', 'been', 'have', 'had', 'know', 'knew', 'known', 'get', 'got', 'need', 'needed', 'say', 'said', 'want', 'wanted', 'see', 'seen', 'mean', 'meant', 'take', 'taken', 'make', 'made', 'go', 'gone']);
/** Words that end the thing's phrase after "no" ("No eggs | from the affected farms"). */
const PHRASE_ENDS = new Set(['from', 'of', 'in', 'at', 'on', 'with', 'by', 'for', 'to', 'into', 'near', 'beneath', 'under', 'that', 'which', 'who', 'since', 'after', 'before', 'during']);
/** Words before a noun that make it a preposition's object ("a decision on charges had been made"). */
const PREPOSITIONS = new Set([...PHRASE_ENDS].filter((w) => w !== 'that' && w !== 'which' && w !== 'who'));
/** Words that open another clause between a thing and a passive ("the report that …", "… and the council was …"). */
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whose', 'and', 'but', 'while', 'because', 'after', 'before', 'when', 'if', 'unless', 'until']);
/** Nouns after "no" that open a proposition rather than name a thing ("there is no question Foley was beheaded"). */
const CLAUSE_NOUNS = new Set(['question', 'way', 'doubt', 'evidence', 'sign', 'signs', 'reason', 'chance', 'need', 'indication', 'proof', 'suggestion', 'word', 'idea', 'point', 'hope', 'danger', 'risk', 'guarantee', 'longer', 'matter', 'telling', 'knowing', 'wonder', 'secret']);
/** Verbs before "no" that only have or are something ("had no", "was no", "said no"): no act done to a thing. */
const NOT_ACTS = new Set(['had', 'has', 'have', 'having', 'was', 'were', 'is', 'are', 'be', 'been', 'said', 'says', 'say', 'got', 'get', 'gets', 'saw', 'see', 'sees', 'meant', 'means', 'left', 'took', 'made', 'makes', 'make', 'there']);
/** Words between an act and its thing ("recalling all the eggs", "cancelled 300 flights", "recorded a small tremor"). */
const OBJECT_LEADS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'some', 'all', 'any', 'more', 'several', 'many', 'of', 'about', 'around', 'nearly', 'almost', 'over', 'than', 'at', 'least', 'up', 'to']);
/** Before an act in its clause: it is denied, hedged, asked or supposed. */
/** A number's last word ("46", "million"): "in" after it says what the sum is of ("£46 million in dividends"). */
const AMOUNT_WORD = /^(?:\d[\d,.]*|hundred|thousand|million|billion|m|bn|k)$/;
/** An amount right before a thing: "95,000 cubic metres of", "300 tonnes of". */
const AMOUNT_OF = /\d[\d,.]*\s+(?:[a-z]+\s+){1,2}of\s+$/i;
/** An amount and a form of "be" right before an act ("KSh 46.2 million had been", "£3,000 was"). */
const AMOUNT_BE_BEFORE = /\d[\d,.]*(?:\s*(?:million|billion|thousand|bn|m|k))?\s+(?:(?:has|have|had|will|would)\s+)?(?:been|be|was|were|is|are)\s+$/i;
const UNSTATED = unstatedPattern(['any', 'rejected', 'dismissed', String.raw`ruled\s+out`]);
/** A cheap test before the tokens: a "no" as a word. */
const HAS_NO = /\b(?:no(?:ne)?|nobody)\b/i;

/** The stem of a verb form's base, or null for a function word ({@link verbBaseStem}). */
const actStem = (norm: string): string | null => (IRREGULAR_VERBS[norm] || !STOP_WORD_SET.has(norm) ? verbBaseStem(norm) : null);
/** Whether a word may be a past participle ("recalled", "taken", "found"). */
const participle = (norm: string): boolean => /[a-z]{2,}(?:ed|en)$/.test(norm) || IRREGULAR_VERBS[norm] !== undefined;

/** Words before a participle that make it a noun's modifier ("the first confirmed case", "a reported sighting"). */
const MODIFIER_LEADS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'first', 'second', 'third', 'last', 'only', 'any', 'every', 'each', 'other']);
/**
 * "there is/was/have been/had been" right before "no" (its "be" last), and "there will/would be": "Police said there would
 * be no criminal investigation" against "it had opened a criminal investigation" (a held-out subject of session 68).
 */
const THERE_BE = /\bthere\s+(?:(?:has|have|had)\s+been|(?:will|would)\s+be|is|are|was|were)$/i;

/** The head of the words after "no" at `i`: the last content word before a phrase end, punctuation or a verb form. */
function thingAfter(tokens: readonly Token[], text: string, i: number): { head: number; end: number } | null {
  let head = -1;
  let k = i + 1;
  for (; k < tokens.length && k <= i + 4; k++) {
    if (/[,;:.!?()]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) break;
    const w = tokens[k]!.norm;
    if (PHRASE_ENDS.has(w) || PASSIVE_BE.has(w) || AUX.has(w) || NOT_ACTS.has(w)) break;
    if (!contentStem(w) || /^\d/.test(w)) break;
    // a name after the first word opens a clause of its own ("no question Foley was beheaded")
    if (k > i + 1 && /^\p{Lu}/u.test(tokens[k]!.raw)) break;
    head = k;
  }
  // "no question", "no way", "no sign (that)": what follows is a proposition, not the thing
  return head < 0 || CLAUSE_NOUNS.has(tokens[head]!.norm) ? null : { head, end: k };
}

/**
 * Nouns that name an act done to someone, by their plural and singular, with the stem of the act's verb: "no arrests"
 * says nobody was arrested ("Police said there had been no arrests" / "three men were arrested on the picket line": a
 * held-out subject of session 48).
 */
const ACT_NOUNS: ReadonlyMap<string, string> = new Map(
  [['arrest', 'arrest'], ['consultation', 'consult'], ['evacuation', 'evacuate'], ['cancellation', 'cancel'], ['dismissal', 'dismiss'], ['prosecution', 'prosecute'], ['conviction', 'convict'], ['suspension', 'suspend'], ['resignation', 'resign']].flatMap(([noun, verb]) => [[noun!, verbBaseStem(verb!)], [`${noun}s`, verbBaseStem(verb!)]] as const),
);
/** The thing of an act a noun names ({@link ACT_NOUNS}): whoever or whatever the other side says it was done to. */
export const ANY_THING = '*';
/** Verbs that say an act a noun names took place ("No arrests were made", "no evacuations have been ordered"). */
const LIGHT_PASSIVES = new Set(['made', 'carried', 'reported', 'recorded', 'ordered', 'announced', 'held']);
/**
 * Whether the thing's clause goes on to say it took place, a few words on ("No arrests | have been made", "No
 * consultation with students | took place").
 */
function lightPassiveAfter(tokens: readonly Token[], text: string, from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 6; k++) {
    if (k > from && /[,;:.!?()]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return false;
    const w = tokens[k]!.norm;
    if ((w === 'took' || w === 'taken' || w === 'take') && tokens[k + 1]?.norm === 'place') return true;
    if (PASSIVE_BE.has(w) || AUX.has(w)) {
      let v = k;
      while (v < tokens.length && (PASSIVE_BE.has(tokens[v]!.norm) || AUX.has(tokens[v]!.norm))) v++;
      return LIGHT_PASSIVES.has(tokens[v]?.norm ?? '') || (tokens[v]?.norm === 'taken' && tokens[v + 1]?.norm === 'place');
    }
  }
  return false;
}

/**
 * What a none's thing itself does, right after a tense in its clause ("No library in Wennick | will close", "no school
 * has shut"): the act's stem and where its verb ends, or null.
 */
function ownAct(tokens: readonly Token[], text: string, from: number): { act: string; end: number } | null {
  for (let k = from; k < tokens.length && k < from + 6; k++) {
    if (/[,;:.!?()]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return null;
    if (!TENSE_AUX.has(tokens[k]!.norm)) continue;
    const verb = tokens[k + 1];
    if (!verb || /[,;:.!?()]/.test(text.slice(tokens[k]!.end, verb.start)) || !contentStem(verb.norm) || INTRANSITIVE_NOT_ACTS.has(verb.norm)) return null;
    const act = actStem(verb.norm);
    return act ? { act, end: verb.end } : null;
  }
  return null;
}

/** Words that hold an act off until a condition is met ("no Osprey would fly until the board had approved …"). */
const HELD_UNTIL = new Set(['until', 'till', 'unless']);

/**
 * Whether the clause going on after `end` (a character offset) holds the none's act off until a condition ("No Osprey
 * would fly until it had approved the company's findings"): a deferral, not a none — an earlier flight answers nothing.
 */
function heldUntil(tokens: readonly Token[], text: string, end: number): boolean {
  let k = 0;
  while (k < tokens.length && tokens[k]!.start < end) k++;
  for (let n = 0; k < tokens.length && n < 8; k++, n++) {
    if (/[;:.!?()]/.test(text.slice(k > 0 ? tokens[k - 1]!.end : end, tokens[k]!.start))) return false;
    if (HELD_UNTIL.has(tokens[k]!.norm)) return true;
  }
  return false;
}

/** Words between "none of" and its thing ("None of the 38 guest rooms", "none of our monitors"). */
const NONE_OF_LEADS = new Set(['the', 'our', 'its', 'their', 'his', 'her', 'your', 'these', 'those', 'this', 'that']);
/**
 * Where the thing's words start after a "none of" at `i`, over its determiners and a count ("None of the 38 guest rooms
 * … had a detector"), as the index {@link thingAfter} reads on from; -1 if `i` opens no "none of" a thing.
 */
function noneOfLead(tokens: readonly Token[], text: string, i: number): number {
  if (tokens[i]!.norm !== 'none' || tokens[i + 1]?.norm !== 'of' || /[,;:.!?()]/.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start))) return -1;
  let k = i + 2;
  while (k < tokens.length && k < i + 5 && (NONE_OF_LEADS.has(tokens[k]!.norm) || /^\d/.test(tokens[k]!.norm))) k++;
  // "none of them", "none of it": a pronoun names no thing
  return k > i + 2 || (tokens[k] && contentStem(tokens[k]!.norm)) ? k - 1 : -1;
}

/** Each "no <thing> … <be> <act-ed>", "no <thing> … <tense> <act>" and "<act-ed> no <thing>" of a text, and each "none of the <thing> … <be> <act-ed>". */
function nonesOf(text: string, tokens: readonly Token[]): DoneItem[] {
  const out: DoneItem[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // "Nobody had been arrested" says what "No one was arrested" says (a held-out festival of session 66 against
    // "there had been no arrests"): its thing is whoever the act was done to
    if (tokens[i]!.norm === 'nobody') {
      const item = passiveOrOwnAct(tokens, text, { end: i + 1 });
      if (item) out.push({ act: item.act, thing: 'one', words: text.slice(tokens[i]!.start, item.end), phrase: 'nobody' });
      continue;
    }
    // "None of our monitors on the River Ell was broken" says what "No monitor … was broken" says (a held-out sewage
    // subject of session 43): its thing is read from after its determiners, and only a passive or a tensed act follows
    const noneOf = noneOfLead(tokens, text, i);
    if (tokens[i]!.norm !== 'no' && noneOf < 0) continue;
    const thing = thingAfter(tokens, text, noneOf >= 0 ? noneOf : i);
    if (!thing) continue;
    if (noneOf >= 0) {
      const item = passiveOrOwnAct(tokens, text, thing);
      if (item) out.push({ act: item.act, thing: kindStem(stem(tokens[thing.head]!.norm)), words: text.slice(tokens[i]!.start, item.end), phrase: thingPhrase(text, tokens, noneOf, thing.head) });
      continue;
    }
    const thingStem = kindStem(stem(tokens[thing.head]!.norm));
    const before = tokens[i - 1];
    // "there have been no arrests", "No arrests were made": the noun is the act, done to whoever the other side names
    const nounAct = ACT_NOUNS.get(tokens[thing.head]!.norm);
    if (nounAct && (!before || PASSIVE_BE.has(before.norm) || before.norm === 'there' || lightPassiveAfter(tokens, text, thing.end))) {
      out.push({ act: nounAct, thing: ANY_THING, words: text.slice((before && PASSIVE_BE.has(before.norm) && tokens[i - 2]?.norm === 'there' ? tokens[i - 2]! : tokens[i]!).start, tokens[thing.head]!.end) });
      continue;
    }
    // "there have been no confirmed cases": the participle modifying the thing is the act none was done
    if (before && PASSIVE_BE.has(before.norm) && THERE_BE.test(text.slice(Math.max(0, before.start - 24), before.end)) && thing.head > i + 1 && /ed$/.test(tokens[i + 1]!.norm) && participle(tokens[i + 1]!.norm)) {
      const act = actStem(tokens[i + 1]!.norm);
      if (act) out.push({ act, thing: thingStem, words: text.slice(tokens[i]!.start, tokens[thing.head]!.end), phrase: thingPhrase(text, tokens, i, thing.head) });
      continue;
    }
    // "<act-ed> no <thing>": a verb right before "no" (no clause mark between)
    if (before && !/[,;:.!?()]/.test(text.slice(before.end, tokens[i]!.start)) && !NOT_ACTS.has(before.norm) && participle(before.norm)) {
      const act = actStem(before.norm);
      const doer = doerBefore(tokens, text, i - 1);
      if (act) out.push({ act, thing: thingStem, words: text.slice(before.start, tokens[thing.head]!.end), phrase: thingPhrase(text, tokens, i, thing.head), ...(doer ? { doer } : {}) });
      continue;
    }
    const item = passiveOrOwnAct(tokens, text, thing) ?? tookPlace(tokens, text, thing.end);
    if (item) {
      // (where none was found: "No fault was found in the drive motor", read as a none of a fault there: statedDone)
      const after = FINDING_ACTS.has(item.act) ? tokens.findIndex((t) => t.start >= item.end) : -1;
      const where = after > 0 ? whereAfter(tokens, text, after) : null;
      const misdirected = MISDIRECTED_AFTER.test(text.slice(item.end, item.end + 40));
      out.push({ act: item.act, thing: thingStem, words: text.slice(tokens[i]!.start, item.end), phrase: thingPhrase(text, tokens, i, thing.head), ...(where ? { where } : {}), ...(misdirected ? { misdirected } : {}) });
      continue;
    }
    const none = thereIsNo(tokens, text, i, thing, thingStem) ?? ownerHasNo(tokens, text, i, thing, thingStem);
    if (none) out.push(none);
  }
  return out;
}

/**
 * "there was no fire at any of its plants", "There had been no illness on the previous voyage": none of the thing at all
 * (the "no" at `i`, its thing read), or null. Not in a quote, nor relayed ("The sister told us there is no stock, come
 * back after two-three days"; "had again been told there was no vaccine"): what someone was told, or says in passing,
 * holds for a moment the other side may be past (a held-out subject of session 64). Nor in a clause of a place or a
 * concession ("countries … where there have been no reports of Ebola", "While there are no concrete answers"), nor of a
 * kind a relative clause narrows ("there are no doctors in Mosul that have the capacity to diagnose Ebola" is no none of
 * doctors), nor words a name cuts short ("no new MacBook Air leaked images" is no none of "new"): FNC-1 validation, read
 * when this was first tried.
 */
function thereIsNo(tokens: readonly Token[], text: string, i: number, thing: { head: number; end: number }, thingStem: string): DoneItem | null {
  const before = tokens[i - 1];
  if (!before || !PASSIVE_BE.has(before.norm)) return null;
  const from = Math.max(0, before.start - 24);
  const there = THERE_BE.exec(text.slice(from, before.end));
  if (!there) return null;
  const at = from + there.index;
  const head = tokens[thing.head]!.norm;
  const next = tokens[thing.end];
  const cut = !!next && /^\p{Lu}/u.test(next.raw) && !/[,;:.!?()]/.test(text.slice(tokens[thing.end - 1]!.end, next.start));
  if (cut || NOT_EXISTING.has(head) || ADJECTIVES.has(head) || QUOTE_BEFORE.test(text.slice(0, before.start)) || TOLD_BEFORE.test(clauseBefore(text, before.start)) || SUBORDINATE_BEFORE.test(text.slice(0, at)) || narrowedAfter(tokens, text, thing.end)) return null;
  const where = whereAfter(tokens, text, thing.end);
  return { act: EXISTED, thing: thingStem, words: text.slice(at, tokens[thing.head]!.end), phrase: thingPhrase(text, tokens, i, thing.head), ...(where ? { where } : {}) };
}

/** "has", "had", "have" of a thing owned ({@link ownerHasNo}). */
const HAVE = new Set(['has', 'had', 'have']);
/**
 * Words in the clause before an owner that make it no owner stated: a clause of place, time, condition or concession (a
 * relative pronoun is never the owner: "patients who had no symptoms" has a stop word before "had").
 */
const SUBORDINATE_IN = /\b(?:where|while|whilst|although|though|if|unless|whether|when|because|since|as)\b/i;

/**
 * "The drive motor had no electrical fault": none of the thing in or of the noun that has none, its owner (left open by
 * session 64, where a held-out chairlift's reading showed it agreeing with "stopped by an electrical fault in the drive
 * motor": the two share every word but "no" and "stopped"). Only a noun owns (a pronoun names nothing the other side could place the thing in), right
 * before "has / had / have"; the guards of {@link thereIsNo} hold, and the clause before the owner opens no subordinate
 * clause ("where the plant had no …", "when the generator had no fuel"). The thing is answered only where the
 * other side places it in or on the owner ({@link existedStated}'s `owned`).
 */
function ownerHasNo(tokens: readonly Token[], text: string, i: number, thing: { head: number; end: number }, thingStem: string): DoneItem | null {
  const have = tokens[i - 1];
  const owner = tokens[i - 2];
  if (!have || !owner || !HAVE.has(have.norm) || /[,;:.!?()]/.test(text.slice(owner.end, tokens[i]!.start))) return null;
  const ownerStem = contentStem(owner.norm);
  if (!ownerStem || STOP_WORD_SET.has(owner.norm) || participle(owner.norm)) return null;
  const head = tokens[thing.head]!.norm;
  const next = tokens[thing.end];
  const cut = !!next && /^\p{Lu}/u.test(next.raw) && !/[,;:.!?()]/.test(text.slice(tokens[thing.end - 1]!.end, next.start));
  const clause = clauseBefore(text, owner.start);
  if (cut || NOT_EXISTING.has(head) || ADJECTIVES.has(head) || QUOTE_BEFORE.test(text.slice(0, tokens[i]!.start)) || TOLD_BEFORE.test(clause) || SUBORDINATE_IN.test(clause) || narrowedAfter(tokens, text, thing.end)) return null;
  // (quoted from the owner's determiner or modifiers: "The backup generator had no mechanical fault")
  let from = i - 2;
  while (from > 0 && from > i - 6 && !/[,;:.!?()"“”]/.test(text.slice(tokens[from - 1]!.end, tokens[from]!.start))) {
    const lead = tokens[from - 1]!;
    if (!NOUN_DETERMINERS.has(lead.norm) && (STOP_WORD_SET.has(lead.norm) || !contentStem(lead.norm) || participle(lead.norm))) break;
    from--;
    if (NOUN_DETERMINERS.has(lead.norm)) break;
  }
  return { act: EXISTED, thing: thingStem, words: text.slice(tokens[from]!.start, tokens[thing.head]!.end), phrase: thingPhrase(text, tokens, i, thing.head), where: kindStem(stem(owner.norm)), owned: true };
}

/** Words a none's phrase may end on that name no thing ("there are no new …", "no other"). */
const ADJECTIVES = new Set(['new', 'old', 'other', 'further', 'more', 'real', 'major', 'big', 'serious', 'significant', 'immediate', 'direct', 'clear', 'known', 'official', 'obvious', 'apparent', 'such', 'similar', 'specific', 'particular', 'recent', 'current', 'public']);
/** The act of a thing said to be there at all ({@link existedStated}). */
const EXISTED = '~exist';
/**
 * Nouns after "there was no" that another reader answers (plans.ts, warnings.ts, complaints.ts), that say a quantity or
 * a reply rather than a thing ("no shortage of volunteers" is plenty), or that ask no thing to be there.
 */
const NOT_EXISTING = new Set([
  'plan', 'plans', 'warning', 'warnings', 'complaint', 'complaints', 'shortage', 'lack', 'one', 'time', 'comment',
  'response', 'answer', 'difference', 'alternative', 'choice', 'option', 'excuse', 'mention', 'record', 'records', 'room',
  'change', 'sense', 'cause', 'concern', 'concerns', 'threat', 'prospect', 'possibility', 'intention', 'decision', 'end',
  // what is known or said of a thing, not the thing ("no reports of Ebola" is answered by no other "report")
  'report', 'reports', 'answers', 'details', 'confirmation', 'information', 'news', 'explanation', 'data', 'statement',
  'notification', 'comments', 'indications', 'clue', 'clues', 'knowledge', 'statements', 'link', 'links',
]);
/** Prepositions of where or what a none of a thing is ("at any of its plants", "on the previous voyage", "for buses"). */
const WHERE_PREPOSITIONS = new Set(['at', 'in', 'on', 'for', 'to', 'inside', 'aboard', 'near', 'of']);
/** Words between such a preposition and its noun ("at any of its plants", "on the previous voyage"). */
const WHERE_LEADS = new Set(['mr', 'mrs', 'ms', 'dr', 'the', 'a', 'an', 'any', 'of', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'either', 'all', 'previous', 'last', 'first', 'next', 'same']);

/** The stem of the noun a preposition right after a none's thing leads to ({@link DoneItem.where}), or null. */
function whereAfter(tokens: readonly Token[], text: string, from: number): string | null {
  const prep = tokens[from];
  if (!prep || !WHERE_PREPOSITIONS.has(prep.norm) || /[,;:.!?()]/.test(text.slice(tokens[from - 1]!.end, prep.start))) return null;
  for (let k = from + 1; k < tokens.length && k <= from + 5; k++) {
    if (/[,;:.!?()]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return null;
    if (WHERE_LEADS.has(tokens[k]!.norm)) continue;
    return contentStem(tokens[k]!.norm) ? kindStem(stem(tokens[k]!.norm)) : null;
  }
  return null;
}

/** Right before "there": a clause of a place, a time or a concession, not what the text states. */
const SUBORDINATE_BEFORE = /\b(?:where|while|whilst|although|though|if|unless|whether|when|because|since|as)\s*$/i;
/** A quote open before a none (double quotes, or a single one opening a word: not an apostrophe). */
const QUOTE_BEFORE = /["“”]|(?:^|\s)['‘]/;
/** Relative words that narrow a kind ("no doctors … that have the capacity"). */
const NARROWING = new Set(['that', 'who', 'which', 'whose', 'able', 'capable', 'qualified', 'trained']);
/** Whether the words after a none's thing, in its clause, narrow it by a relative clause (six words on at most). */
function narrowedAfter(tokens: readonly Token[], text: string, from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 6; k++) {
    if (k > 0 && /[,;:.!?()]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return false;
    if (NARROWING.has(tokens[k]!.norm)) return true;
  }
  return false;
}
/** Told before a none of a thing at all: the none is what someone heard ("had been told there was no vaccine"). */
const TOLD_BEFORE = /\b(?:told|tells|tell|heard|informed|assured)\b/i;
/** Before a thing in its clause: it is supposed, not stated ("must notify the agency when … report illness"). */
const SUPPOSED_BEFORE = /\b(?:when|whenever|must|should|unless|in\s+case)\b/i;
/** Right before a thing: it is what an act would do, not there ("has the ability to confirm cases"). */
const INFINITIVE_BEFORE = /\bto\s+[\p{L}-]+\s+(?:(?:the|a|an|any|its|their|his|her|more)\s+)?$/iu;
/** Right before a thing: it is gone or short ("lost their jobs", "ran out of vaccine"), which a none of it agrees with. */
const GONE_BEFORE = /\b(?:lost|lose|loses|losing|without|lack|lacked|lacking|lacks|out\s+of|short\s+of|shortage\s+of|shortages\s+of|instead\s+of|rather\s+than|remove|removes|removed|removing|eliminate|eliminates|eliminated|filter|filters|filtered|no|any|never|not)\s+(?:(?:the|a|an|its|their|his|her|our|any|all|some)\s+)?(?:[\p{L}-]+,?\s+){0,2}$/iu;
/** Determiners that make a word in -ing a noun ("a meeting", "the hearing"). */
const NOUN_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'one', 'another']);
/** Right after a thing: it is running out ("The vaccine began running out"). */
const GONE_AFTER = /^\s+(?:[\p{L}]+\s+){0,2}?(?:ran|run|runs|running)\s+(?:out|short|low|dry)\b/iu;

/**
 * After a thing, in its clause: how often things of its kind happen, said of the kind, no one of them ("Avalanches on
 * open runs at commercial ski areas are rare in New Zealand" is no avalanche: a held-out subject of session 65).
 */
const KIND_SAID_AFTER = /^[^,;:.!?()]*?\b(?:(?:is|are|was|were|remains?|remained|has\s+been|have\s+been)\s+(?:(?:still|very|quite|extremely|relatively|fairly|far|much|more|less|increasingly)\s+)?(?:rare|rarer|uncommon|unusual|common|commoner|frequent|infrequent|routine|normal)|(?:rarely|seldom|often|usually|sometimes|frequently|occasionally|typically|commonly)\s+(?:happen|happens|occur|occurs|strike|strikes|hit|hits))\b/i;
/** Nouns before "of" that make the thing after it only supposed ("the risk of fire", "fears of a leak"). */
const SUPPOSED_OF = new Set(['risk', 'danger', 'threat', 'threats', 'fear', 'fears', 'possibility', 'chance', 'prospect', 'warning', 'warnings', 'sign', 'signs', 'evidence', 'absence', 'lack', 'report', 'reports', 'rumours', 'rumors', 'claims', 'allegations', 'prevention', 'case']);

/**
 * Where `r`'s text states a none's thing there at all ("whose plant had been hit by a fire" / "there was no fire at any
 * of its plants"; "barriers had been placed across the pier" / "there was no barrier or sign in place": held-out
 * subjects of sessions 63 and 64): the thing as a head noun (no noun after it: "fire crews" are crews), not supposed
 * ("the risk of fire") and stated (nothing before it in its clause negates, hedges or supposes it), with what the none is
 * of or where, where it says. The words, or null.
 */
function existedStated(r: Required<DoneReading>, item: DoneItem): string | null {
  const { text, stems } = r;
  const tokens = r.tokens!;
  if (item.where && !stems.includes(item.where)) return null;
  // a none of a kind ("No human cases have been found") is answered only by that kind, not by the thing ("The first case
  // was at Brackenholt Farm", of birds: a held-out subject of session 45, read when finding none was first read so)
  const kind = (item.phrase ?? '').split(/\s+/).slice(0, -1).map((w) => contentStem(w)).filter((w): w is string => !!w);
  if (kind.some((w) => !stems.includes(kindStem(stem(w))) && !r.lower!.includes(w))) return null;
  for (let i = 0; i < tokens.length; i++) {
    // (a noun: "offering to sell her son" makes no offer, "some are linking them" no link; "a meeting" is one)
    if (stems[i] !== item.thing || (/ing$/.test(tokens[i]!.norm) && !NOUN_DETERMINERS.has(tokens[i - 1]?.norm ?? ''))) continue;
    const t = tokens[i]!;
    // (negated, "no …", "any …", "without …", is GONE_BEFORE's below)
    if (tokens[i - 1]?.norm === 'of' && SUPPOSED_OF.has(tokens[i - 2]?.norm ?? '')) continue;
    const next = tokens[i + 1];
    if (next && !/[,;:.!?()]/.test(text.slice(t.end, next.start)) && contentStem(next.norm) && !participle(next.norm) && !/(?:ly|ing)$/.test(next.norm)) continue;
    if (item.owned && !placedIn(tokens, stems, text, i, item.where!)) continue;
    const clause = clauseBefore(text, t.start);
    const near = text.slice(Math.max(0, t.start - 40), t.start);
    if (UNSTATED.test(clause) || SUPPOSED_BEFORE.test(clause) || GONE_BEFORE.test(near) || INFINITIVE_BEFORE.test(near) || GONE_AFTER.test(text.slice(t.end, t.end + 40)) || KIND_SAID_AFTER.test(text.slice(t.end, t.end + 80))) continue;
    // (quoted from its determiner or modifier: "a fire", "gastrointestinal illness", "barriers")
    const lead = tokens[i - 1];
    const from = lead && !/[,;:.!?()]/.test(text.slice(lead.end, t.start)) && ((NOUN_DETERMINERS.has(lead.norm) && lead.norm !== 'that' && lead.norm !== 'this') || (/^\p{Ll}/u.test(lead.raw) && !STOP_WORD_SET.has(lead.norm))) ? lead : t;
    return text.slice(from.start, t.end);
  }
  return null;
}

/**
 * Whether the thing at `i` is placed in or on the noun stemmed `owner`: a preposition of place right after it and the
 * owner within its noun phrase ("an electrical fault in the drive motor"), or the owner's possessive right before it
 * ("the motor's fault").
 */
function placedIn(tokens: readonly Token[], stems: readonly string[], text: string, i: number, owner: string): boolean {
  // (a possessive's "'s" ends the owner's token or stands in the gap after it; one modifier at most between)
  for (const k of [i - 1, i - 2]) if (k >= 0 && stems[k] === owner && (/['’]s?$/.test(tokens[k]!.raw) || /^['’]s?\s/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start)))) return true;
  const prep = tokens[i + 1];
  if (!prep || !PLACE_PREPOSITIONS.has(prep.norm) || /[,;:.!?()]/.test(text.slice(tokens[i]!.end, prep.start))) return false;
  for (let k = i + 2; k < tokens.length && k <= i + 6; k++) {
    if (/[,;:.!?()]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return false;
    if (stems[k] === owner) return true;
  }
  return false;
}
/** Prepositions that place a thing in or on its owner ({@link placedIn}). */
const PLACE_PREPOSITIONS = new Set(['in', 'on', 'at', 'inside', 'within', 'of', 'with', 'aboard']);

/** The act of an event noun said to happen ("No chemical delivery was taking place", "no inspection took place"). */
const OCCURRED = '~occur';
/** "was taking place", "took place", "was under way", "was in progress" right after a none's thing. */
const TOOK_PLACE = /^\s+(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:then\s+)?(?:taking\s+place|under\s*way|in\s+progress|going\s+on)|(?:took|had\s+taken|has\s+taken|have\s+taken)\s+place)\b/i;
/** Where a none's thing is said to happen right after it ({@link TOOK_PLACE}): {@link OCCURRED} and where the words end, or null. */
function tookPlace(tokens: readonly Token[], text: string, from: number): { act: string; end: number } | null {
  const at = from > 0 ? tokens[from - 1]!.end : 0;
  const m = TOOK_PLACE.exec(text.slice(at));
  return m ? { act: OCCURRED, end: at + m[0].length } : null;
}

/** Words right before an event noun that say it was happening ("was making a scheduled delivery", "during a delivery"). */
const HAPPENING_BEFORE = /\b(?:making|made|makes|carrying\s+out|carried\s+out|conducting|conducted|holding|held|doing|during|amid|midway\s+through|partway\s+through|in\s+the\s+middle\s+of)\s+(?:(?:a|an|the|its|their|his|her|one|another|scheduled|routine|regular|planned|weekly|monthly|daily|second|first)\s+){0,3}$/i;

/**
 * Where `r`'s text says an event noun's thing happened, stated: "a contractor's tanker was making a scheduled delivery to
 * the plant room" answers "No chemical delivery was taking place at the time" (a held-out subject of session 61); the
 * words, or null.
 */
function occurredStated(r: Required<DoneReading>, item: DoneItem): string | null {
  const { text, stems } = r;
  const tokens = r.tokens!;
  for (let i = 0; i < tokens.length; i++) {
    if (stems[i] !== item.thing || tokens[i - 1]?.norm === 'no') continue;
    const t = tokens[i]!;
    const before = HAPPENING_BEFORE.exec(text.slice(Math.max(0, t.start - 60), t.start));
    if (before && !UNSTATED.test(clauseBefore(text, t.start - before[0].length))) return text.slice(t.start - before[0].length, t.end);
    const after = TOOK_PLACE.exec(text.slice(t.end));
    if (after && !UNSTATED.test(clauseBefore(text, t.start))) return text.slice(t.start, t.end + after[0].length);
  }
  return null;
}

/**
 * What a none's thing has done to it or does, read on from its words: "<aux> <be> <act-ed>" within the clause, six words
 * on at most ("No eggs (from the farms) will be recalled"), else "<tense> <act>" ("No library will close"); its act's stem
 * and where its verb ends, or null (also when the act is held off until a condition).
 */
function passiveOrOwnAct(tokens: readonly Token[], text: string, thing: { end: number }): { act: string; end: number } | null {
  let k = thing.end;
  while (k < tokens.length && k < thing.end + 6 && !PASSIVE_BE.has(tokens[k]!.norm)) {
    // a passive after "until" is the condition's ("no ferry would sail until the hull had been inspected")
    if (/[,;:.!?()]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)) || HELD_UNTIL.has(tokens[k]!.norm)) break;
    k++;
  }
  if (k >= tokens.length || !PASSIVE_BE.has(tokens[k]!.norm) || /[,;:.!?()]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) {
    const own = ownAct(tokens, text, thing.end);
    return own && !heldUntil(tokens, text, own.end) ? own : null;
  }
  let v = k;
  while (v < tokens.length && (PASSIVE_BE.has(tokens[v]!.norm) || AUX.has(tokens[v]!.norm) || /ly$/.test(tokens[v]!.norm))) v++;
  const verb = tokens[v];
  if (!verb || !participle(verb.norm)) return null;
  const act = actStem(verb.norm);
  return act && !heldUntil(tokens, text, verb.end) ? { act, end: verb.end } : null;
}

/** Auxiliaries between a doer and its act ("had raised", "has not yet"). */
const DOER_AUX = new Set([...AUX, 'did', 'does', 'do']);
/**
 * The stem of the lower-case noun right before the act at `v` over auxiliaries ("auditors" of "The fund's auditors had
 * raised"), in its clause; null for a pronoun, a name or none.
 */
function doerBefore(tokens: readonly Token[], text: string, v: number): string | null {
  let k = v - 1;
  while (k >= 0 && DOER_AUX.has(tokens[k]!.norm)) k--;
  const t = tokens[k];
  if (!t || /[,;:.!?()]/.test(text.slice(t.end, tokens[k + 1]!.start)) || /^\p{Lu}/u.test(t.raw) || STOP_WORD_SET.has(t.norm) || WHEN_NOUNS.has(t.norm)) return null;
  return contentStem(t.norm);
}
/**
 * Nouns of a time that end a phrase before a verb, never its doer ("The operator in charge of firing on the night held
 * no recognised qualification": a held-out subject of session 68).
 */
const WHEN_NOUNS = new Set(['night', 'day', 'morning', 'afternoon', 'evening', 'weekend', 'week', 'month', 'year', 'time', 'occasion', 'date']);

/** The words from after "no" at i to the thing's head, lower case. */
function thingPhrase(text: string, tokens: readonly Token[], i: number, head: number): string {
  return text.slice(tokens[i + 1]!.start, tokens[head]!.end).toLowerCase();
}

/** What the sentence says none had done to it (often nothing: the other side's reading is only its tokens). */
export function doneReading(text: string): DoneReading {
  if (!HAS_NO.test(text)) return { nones: [], text, tokens: null };
  const tokens = tokenize(text);
  // "No one has died more times than Fidel Castro": a comparison, no none (FNC-1 validation read it as one in session 67)
  const nones = nonesOf(text, tokens).filter((n) => {
    const at = text.indexOf(n.words);
    return at < 0 || !COMPARED_AFTER.test(text.slice(at + n.words.length));
  });
  return { nones, text, tokens };
}
/** Right after a none's words: a comparison ("… more times than", "… longer than anyone"). */
const COMPARED_AFTER = /^\s+(?:[\p{L}'’-]+\s+){0,2}?(?:more|less|fewer|longer|further|better|worse|earlier|later|faster)\b[^.;:!?]{0,40}?\bthan\b/iu;

/** Where `r`'s text states `item`'s act done to its thing, stated (see the module comment): the words, or null. */
function statedDone(r: DoneReading, item: DoneItem): string | null {
  if (item.misdirected && !MISDIRECTED_WORDS.test(r.text)) return null;
  const done = statedAct(r, item);
  // Finding none says there was none, as far as anyone found: "No fault was found in the drive motor" is answered by
  // "stopped by an electrical fault in the drive motor", which found nothing but states the fault (a held-out subject
  // of session 64, where the near copy read the two as agreeing).
  if (done || !FINDING_ACTS.has(item.act) || !r.stems || !r.has!.has(item.thing)) return done;
  return existedStated(r as Required<DoneReading>, item);
}
/**
 * An act's object said to be the wrong one, right after the act ("… were paid to the wrong people"); not "other" or
 * "another", most often only where it went ("No ships were diverted to other ports").
 */
const MISDIRECTED_AFTER = /^\s+(?:\p{L}+\s+)?(?:to|into|for|at)\s+(?:the\s+|a\s+|an\s+)?(?:wrong|incorrect|unauthori[sz]ed|mistaken)\b/iu;
/** Words a text stating such an act says it of the wrong one with ("meant for somebody else", "belonging to other taxpayers"). */
const MISDIRECTED_WORDS = /\b(?:wrong|wrongly|incorrect|incorrectly|other|another|else|different|unauthori[sz]ed|mistaken|mistakenly|in\s+error|by\s+mistake)\b/i;
/** The acts of finding ({@link statedDone}). */
const FINDING_ACTS: ReadonlySet<string> = new Set(['found', 'detected', 'identified', 'discovered', 'spotted'].map((w) => actStem(w)).filter((s): s is string => !!s));

/**
 * Whether a none of "no one" / "nobody" is of its act right after it ("No one was arrested", "nobody had been charged"),
 * read against anyone the act was done to; not one whose act comes after other words ("Nobody has told us the program is
 * suspended" is no none of suspending) or of a light verb ("No one will be made compulsorily redundant" is no none of
 * making: held-out subjects read both so in session 67).
 */
function whoeverNone(item: DoneItem): boolean {
  const m = WHOEVER_NONE.exec(item.words);
  return !!m && !LIGHT_VERBS.has(m[1]!.toLowerCase());
}
/** "No one was arrested", "nobody had been charged": the act right after the none's auxiliaries. */
const WHOEVER_NONE = /^(?:no\s+one|nobody)\s+(?:(?:has|have|had|was|were|is|are|will|would|could|can|been|be)\s+)*(\p{L}+)$/iu;
/** Verbs that say little alone, whose object or complement is the act ("made redundant", "given notice"). */
const LIGHT_VERBS = new Set(['made', 'make', 'given', 'give', 'taken', 'take', 'got', 'get', 'done', 'do', 'put', 'kept', 'left', 'let', 'had', 'have']);

/** Where `r`'s text states `item`'s act done to its thing ({@link statedDone}, finding aside): the words, or null. */
function statedAct(r: DoneReading, item: DoneItem): string | null {
  // most texts never write the thing: a stem is a prefix of its words but for a final y → i ("injuri", "citi")
  r.lower ??= r.text.toLowerCase();
  // ("No one was arrested" is answered by "Two men were arrested" as "no arrests" is: a none of whoever, session 67)
  const anyThing = item.thing === ANY_THING || (item.thing === 'one' && whoeverNone(item));
  if (!anyThing && !(KIND_WORDS.get(item.thing) ?? [item.thing.replace(/i$/, '')]).some((w) => r.lower!.includes(w))) return null;
  r.tokens ??= tokenize(r.text);
  const { tokens, text } = r;
  if (!r.stems) {
    r.stems = tokens.map((t) => kindStem(stem(t.norm)));
    r.acts = tokens.map((t) => actStem(t.norm));
    r.has = new Set([...r.stems, ...r.acts.filter((a): a is string => a !== null)]);
  }
  // most texts name neither the thing nor the act
  if ((!anyThing && !r.has!.has(item.thing)) || (item.act !== OCCURRED && item.act !== EXISTED && !r.has!.has(item.act))) return null;
  const { stems, acts } = r as Required<DoneReading>;
  if (anyThing) return actDoneToSomeone(r as Required<DoneReading>, item);
  if (item.act === OCCURRED) return occurredStated(r as Required<DoneReading>, item);
  if (item.act === EXISTED) return existedStated(r as Required<DoneReading>, item);
  // A none said of what would happen ("no peat would be dug up") is answered by what would happen ("peat would have to be
  // dug out": a held-out subject of session 47): its "would" supposes nothing the none does not.
  const modal = /\bwould\b/i.test(item.words);
  const stated = (at: number) => !UNSTATED.test(modal ? clauseBefore(text, at).replace(/\bwould\b/gi, '') : clauseBefore(text, at));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "<thing> … <be> <act-ed>", the thing no preposition's object ("a decision on charges had been made")
    // ("95,000 cubic metres of peat would be dug out": an amount of the thing is the thing)
    // (not after "whose": "Families whose offers were withdrawn will not be able to appeal" takes the withdrawal as known
    // and says something else; a sentence saying it was done answers the none)
    // ("found that monitors at three of the company's seven overflows had been broken": a "that" before the thing opens
    // what was found, and a place after it may run on for eight words more; another clause's "that … and" ends it)
    if (stems[i] === item.thing && tokens[i - 1]?.norm !== 'whose' && (!PREPOSITIONS.has(tokens[i - 1]?.norm ?? '') || AMOUNT_OF.test(text.slice(0, t.start)))) {
      for (let k = i + 1; k < tokens.length && k <= i + 12; k++) {
        if (/[,;:.!?()]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)) || CLAUSE_OPENERS.has(tokens[k]!.norm)) break;
        if (TENSE_AUX.has(tokens[k]!.norm)) k++;
    if (!PASSIVE_BE.has(tokens[k]?.norm ?? '')) continue;
        let v = k;
        while (v < tokens.length && (PASSIVE_BE.has(tokens[v]!.norm) || /ly$/.test(tokens[v]!.norm))) v++;
        const verb = tokens[v];
        if (verb && participle(verb.norm) && acts[v] === item.act && stated(verb.start)) return text.slice(t.start, verb.end);
        break;
      }
    }
    // "<thing> <act-ed> <preposition>": a thing said done in a phrase after it ("had failed to deliver an order placed in
    // February" / "No insulin order … was placed with Thulisa in February": a held-out subject of session 69)
    if (stems[i] === item.thing && participle(tokens[i + 1]?.norm ?? '') && /ed$/.test(tokens[i + 1]!.norm) && acts[i + 1] === item.act && REDUCED_RELATIVE_AFTER.has(tokens[i + 2]?.norm ?? '') && objectPhraseAt(tokens, i) && !/[,;:.!?()]/.test(text.slice(t.end, tokens[i + 1]!.start)) && stated(t.start))
      return text.slice(t.start, tokens[i + 1]!.end);
    // "<amount> <be> <act-ed> in <thing>": an amount done as the thing ("KSh 46.2 million had been deducted in tax" / "No
    // tax was deducted from the prize": a held-out subject of session 65)
    if (stems[i] === item.thing && i >= 2 && tokens[i - 1]!.norm === 'in' && acts[i - 2] === item.act && participle(tokens[i - 2]!.norm) && AMOUNT_BE_BEFORE.test(text.slice(Math.max(0, tokens[i - 2]!.start - 48), tokens[i - 2]!.start)) && stated(tokens[i - 2]!.start))
      return text.slice(tokens[i - 2]!.start, t.end);
    // "by <thing> <act-ing>": what the thing doing it did ("made worse by drivers refusing to work on their rest days" /
    // "No driver has refused to work a rest day": a held-out subject of session 60); only after "by", a cause given
    // ("to stop drivers refusing …" states nothing)
    if (stems[i] === item.thing && tokens[i - 1]?.norm === 'by' && /ing$/.test(tokens[i + 1]?.norm ?? '') && acts[i + 1] === item.act && !/[,;:.!?()]/.test(text.slice(t.end, tokens[i + 1]!.start)) && stated(t.start))
      return text.slice(t.start, tokens[i + 1]!.end);
    // "<thing>(, which …,) <tense> <act>": what the thing itself does ("Ferris Street Library, which has served the town
    // since 1914, will close on 30 June")
    if (stems[i] === item.thing && !PHRASE_ENDS.has(tokens[i - 1]?.norm ?? '')) {
      let k = i + 1;
      if (k < tokens.length && text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes(',') && RELATIVE_OPENERS.has(tokens[k]!.norm)) {
        k++;
        while (k < tokens.length && k < i + 20 && !text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes(',')) k++;
        if (k >= tokens.length || k >= i + 20) k = -1;
      }
      if (k > i && TENSE_AUX.has(tokens[k]?.norm ?? '') && !/[;:.!?()]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) {
        const verb = tokens[k + 1];
        // the relative clause is left out of the words quoted ("Library … will close")
        if (verb && acts[k + 1] === item.act && !participleAfterBe(tokens, k + 1) && stated(verb.start)) return k === i + 1 ? text.slice(t.start, verb.end) : `${t.raw} … ${text.slice(tokens[k]!.start, verb.end)}`;
      }
    }
    // "<act> <leads> <thing>", by the doer the none names where it names one ("The fund's auditors had raised no concerns"
    // is not answered by "The regulator … had written to the fund to raise concerns")
    // (a participle after a determiner modifies a noun, it states no act: "the first confirmed case" is no case confirmed here)
    if (acts[i] === item.act && !STOP_WORD_SET.has(t.norm) && stated(t.start) && tokens[i - 1]?.norm !== 'no' && !(/ed$/.test(t.norm) && MODIFIER_LEADS.has(tokens[i - 1]?.norm ?? '')) && (!item.doer || stems.includes(item.doer))) {
      for (let k = i + 1; k < tokens.length && k <= i + 5; k++) {
        if (/[,;:.!?()]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) break;
        const w = tokens[k]!.norm;
        if (stems[k] === item.thing) return text.slice(t.start, tokens[k]!.end);
        // ("paid £46 million in dividends": a sum's "in" leads to what it is of)
        if (!(OBJECT_LEADS.has(w) || /^\d/.test(w) || (contentStem(w) && !participle(w)) || (w === 'in' && AMOUNT_WORD.test(tokens[k - 1]!.norm)))) break;
      }
    }
  }
  return null;
}

/**
 * Where `r`'s text states an act a noun names done to someone ({@link ACT_NOUNS}): in the passive ("three men were
 * arrested"), in the active with who it was done to ("Police arrested two men"), or counted ("made two arrests"); stated
 * (nothing in its clause before it negates, hedges or supposes it). The words, or null.
 */
function actDoneToSomeone(r: Required<DoneReading>, item: DoneItem): string | null {
  const { text, acts } = r;
  const tokens = r.tokens!;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (acts[i] !== item.act || UNSTATED.test(clauseBefore(text, t.start))) continue;
    const prev = tokens[i - 1]?.norm ?? '';
    const next = tokens[i + 1];
    const joined = (a: Token, b: Token | undefined) => !!b && !/[,;:.!?()]/.test(text.slice(a.end, b.start));
    // "were arrested"
    if (participle(t.norm) && PASSIVE_BE.has(prev)) return text.slice(tokens[i - 1]!.start, t.end);
    // "arrested two men", "arrested the driver", "arrested Mr Hale"
    if (/ed$/.test(t.norm) && joined(t, next) && (/^\d/.test(next!.norm) || NUMBER_OR_DETERMINER.has(next!.norm) || /^\p{Lu}/u.test(next!.raw))) return text.slice(t.start, next!.end);
    // "made two arrests"
    if (ACT_NOUNS.has(t.norm) && t.norm.endsWith('s') && (/^\d/.test(prev) || NUMBER_OR_DETERMINER.has(prev)) && prev !== 'the' && prev !== 'no') return text.slice(tokens[i - 1]!.start, t.end);
  }
  return null;
}
/**
 * Whether the noun at `i` stands in a phrase a verb or a preposition takes ("deliver an order", "welcome the independent
 * inquiry"): its determiner (over two words at most) after a lower-case word that opens no clause. A subject's past tense
 * looks like a participle ("Two ferries sailed from Harlow") and states the act itself, read elsewhere.
 */
function objectPhraseAt(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 1 && k >= i - 3; k--) {
    if (!PHRASE_DETERMINERS.has(tokens[k]!.norm)) continue;
    const before = tokens[k - 1]!;
    return /^\p{Ll}/u.test(before.raw) && !CLAUSE_OPENERS.has(before.norm) && !STOP_WORD_SET.has(before.norm) || OBJECT_PREPOSITIONS.has(before.norm);
  }
  return false;
}
/** Determiners of such a phrase. */
const PHRASE_DETERMINERS = new Set(['a', 'an', 'the', 'any', 'its', 'their']);
/** Prepositions whose object such a phrase may be ("for the order placed …"). */
const OBJECT_PREPOSITIONS = new Set(['for', 'of', 'on', 'to', 'with', 'about', 'under', 'over']);
/** Words after a participle that make it a thing's reduced relative clause ("an order placed in February"). */
const REDUCED_RELATIVE_AFTER = new Set(['in', 'on', 'at', 'by', 'with', 'last', 'before', 'after', 'during', 'earlier', 'from']);
/** Whether the verb at `v` is a passive's participle ("will be closed": the thing is not the doer). */
const participleAfterBe = (tokens: readonly Token[], v: number): boolean => PASSIVE_BE.has(tokens[v - 1]?.norm ?? '');

/** Words before who an act was done to, or counting it ("two men", "the driver", "several arrests"). */
const NUMBER_OR_DETERMINER = new Set(['a', 'an', 'the', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'dozens', 'hundreds', 'his', 'her', 'their', 'its', 'one']);

/** The first capitalised word of a place named right after a none's words ("… at Moorside Academy"), or null. */
function placeAfter(text: string, words: string): string | null {
  const at = text.indexOf(words);
  if (at < 0) return null;
  return /^\s+(?:at|in)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+)/u.exec(text.slice(at + words.length))?.[1] ?? null;
}

/** A none's thing that is whoever the act was done to: an act a noun names ("no arrests") or "No one". */
const anyone = (thing: string): boolean => thing === ANY_THING || thing === 'one';
/**
 * Whether both sides say none had one act done, to one thing or to whoever ("Police said no arrests had been made" / "No
 * one was arrested, police said": a held-out stadium fire of session 66): the words of each, or null. Nones of a thing
 * at all ("there was no fire") are another reading.
 */
export function doneAgreement(a: DoneReading, b: DoneReading): { a: string; b: string } | null {
  for (const x of a.nones) {
    if (x.act === EXISTED || x.act === OCCURRED || x.misdirected) continue;
    const y = b.nones.find((n) => n.act === x.act && !n.misdirected && (n.thing === x.thing || (anyone(n.thing) && anyone(x.thing))));
    if (y) return { a: x.words, b: y.words };
  }
  return null;
}

/** Whether one side says none had an act done and the other states it done to that thing: which side says none, and the words of each. */
export function doneConflict(a: DoneReading, b: DoneReading): { none: 'a' | 'b'; a: string; b: string } | null {
  if (a.nones.length === 0 && b.nones.length === 0) return null;
  for (const [neg, plain, side] of [[a, b, 'a'], [b, a, 'b']] as const) {
    for (const item of neg.nones) {
      if (plain.nones.some((n) => n.act === item.act && n.thing === item.thing)) continue;
      // a none at a named place ("no confirmed cases at Moorside Academy") is answered only by a statement naming it
      const place = placeAfter(neg.text, item.words);
      if (place && !plain.text.includes(place)) continue;
      const words = statedDone(plain, item);
      if (words) return side === 'a' ? { none: 'a', a: item.words, b: words } : { none: 'b', a: words, b: item.words };
    }
  }
  return null;
}

/**
 * {@link doneConflict} of acts done to a thing only ("No aircraft was damaged" / "a turboprop was damaged"): what
 * relation.ts reads within one story where the two share no subject word. Not a thing taking place or existing ("No
 * chemical delivery was taking place at the time" is no answer to a background line on "releases … during deliveries",
 * a held-out subject of session 61 read so in session 67), nor found, which a statement that it exists answers ("No
 * meteorite has yet been found" / "a small meteorite left a crater": FNC-1 train stories read so).
 */
export function doneActConflict(a: DoneReading, b: DoneReading): { none: 'a' | 'b'; a: string; b: string } | null {
  const acts = (r: DoneReading): DoneReading => ({ ...r, nones: r.nones.filter((n) => n.act !== OCCURRED && n.act !== EXISTED && !FINDING_ACTS.has(n.act)) });
  return doneConflict(acts(a), acts(b));
}
