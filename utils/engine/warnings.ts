/**
 * Whether someone was warned, answered both ways: "Quayle denied that the council had been warned that the slope was
 * unstable" against "Aldmoor District Council was told in 2024 that the hillside … could give way"; "Tell denied that
 * the organisers had been warned …" against "Wenlow Police wrote to the organisers of Saltmarsh Sound in June saying
 * that …" (blind subjects of sessions 27 and 29). News reports such denials whenever a council, a company or an
 * operator is asked what it knew; the other side names the letter, the email or the meeting in other words — "warned"
 * against "told", "wrote to … saying" — so no negation of a shared word sees it.
 *
 * Pure patterns on the sentence, no parse:
 * - none: "denied that X had been warned / told / informed / alerted", "X had not (been) warned / told", "X had no
 *   warning", with who was not warned (X);
 * - some: "X was (had been) warned / told / informed / alerted / notified (that, about, of, in 2024, …)", "warned /
 *   alerted / wrote to X (that, saying, about)", "X received a warning" — stated, not negated, hedged or conditional.
 * Not an order ("nurses had been told not to talk", "was told to repair"), nor being told nothing ("had been told
 * nothing about how long the closure would last" complains of silence, not of a warning withheld).
 * Not told of what was decided ("was told of the group's decision"), nor a sentence ending on the verb ("The town was
 * told."), nor a class of many ("A lot of these towns … were told").
 * They conflict when the two name one receiver (referents.ts sameBody: a content word of each receiver in common, "the
 * council" / "Aldmoor District Council"; generics of one kind, "the town" / "the mayor and council"; or a generic the page
 * names, "the company" / "Orlanmoor Metro"). Whether the two speak of one matter besides is for the caller (relation.ts
 * asks for a shared subject), and so is time: a warning of another year's slip is read by the card's timing.
 */
import { contentStem, tokenize } from './text';
import { REPORTING_VERB_SET } from './lexicon/reporting';
import { sameBody, type Referents } from './referents';

/** What a sentence says of a warning: that a receiver had none, or that one got one. */
export interface WarningReading {
  /** Content stems of who says (or is said) not to have been warned, or null. */
  noneTo: string[] | null;
  /** Content stems of who was warned, or null. */
  someTo: string[] | null;
  /** The words of each as written, for the card's reason line; `until`, when the none defers to a time ("not told until 24 January"). */
  words: { none?: string; some?: string; until?: string };
  /** Where the warning given is written (what is before it may relay it; what follows is its content). */
  someAt: number;
}

const WARN_VERB = String.raw`(?:warned|told|informed|alerted|notified|advised)`;
/** "denied that the council had been warned", "rejected suggestions that it was told". */
const DENIED_PASSIVE = new RegExp(String.raw`\b(?:denied|denies|deny|rejected|rejects|disputed|disputes)\s+(?:(?:claims?|suggestions?|reports?|allegations?)\s+)?that\s+([^,;:]*?)\s+(?:had|has|have|was|were)\s+(?:ever\s+)?(?:been\s+)?(${WARN_VERB})\b`, 'i');
/** "the master had not been warned", "they were never told", "had not been told". */
const NEGATED_PASSIVE = new RegExp(String.raw`\b(?:had|has|have|was|were)\s+(?:not|never)\s+(?:been\s+)?(${WARN_VERB})\b|\b(?:had|has|have)n['’]t\s+been\s+(${WARN_VERB})\b|\b(?:was|were)n['’]t\s+(${WARN_VERB})\b`, 'i');
/**
 * "did not contact trading standards at any point", "never informed the council": who was not told, after the verb (a
 * held-out subject of session 68 against "it had informed trading standards on Wednesday afternoon"). Not "did not
 * tell": "Chandler said she did not tell Phelps about her complicated past" is no warning withheld (FNC-1 validation).
 */
const NEGATED_ACTIVE = /\b(?:did\s+not|didn['’]t|never|has\s+not|have\s+not|had\s+not|hasn['’]t|haven['’]t|hadn['’]t)\s+(?:contact(?:ed)?|inform(?:ed)?|notif(?:y|ied)|alert(?:ed)?|warn(?:ed)?)\s+((?:the\s+|its\s+|their\s+)?(?!anyone\b|anybody\b|them\b|him\b|her\b|us\b|me\b|you\b)[^,;:.]{2,60}?)(?=\s+(?:at|on|about|of|that|until|before|in|by|when|after)\b|\s*[,;:.]|$)/i;
/**
 * "no one on her staff had warned her", "nobody told the council" (a held-out subject of session 69 against "Two senior
 * appraisers … warned Assessor Diane Whitcomb in an email"): group 1 is who was not warned.
 */
const NOBODY_WARNED = /\b(?:no\s+one|no-one|nobody)\b(?:\s+[^\s,;:.]+){0,4}?\s+(?:(?:had|has|have|ever)\s+)*(?:warned|told|alerted|informed|notified)\s+((?:the\s+|its\s+|their\s+)?[^,;:.]{2,60}?)(?=\s+(?:at|on|about|of|that|until|before|in|by|when|after)\b|\s*[,;:.]|$)/i;
/** Pronouns a none's receiver may be: who says it ({@link NOBODY_WARNED}). */
const OBJECT_PRONOUNS = new Set(['her', 'him', 'them', 'us', 'me', 'it']);
/** "had no warning", "received no warning", "was given no warning". */
const NO_WARNING = /\b(?:had|has|have|received|got|was\s+given|were\s+given)\s+no\s+(?:prior\s+|advance\s+|formal\s+|written\s+)?(warning)\b/i;
/** "was told in 2024 that", "had been warned about", "were informed on Monday". */
const STATED_PASSIVE = new RegExp(String.raw`\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(${WARN_VERB})\b`, 'i');
/**
 * "warned the organisers that", "wrote to the organisers … saying", "alerted the council to", "informed the state
 * Department of Transport" (the object runs to "that", "about", a date or the clause's end).
 */
const STATED_ACTIVE = /\b(warned|alerted|informed|notified|told|wrote\s+to|emailed)\s+((?:the\s+|its\s+|their\s+)?[^,;:.]{2,80}?)(?:\s+(?:that|saying|about|of|before|to\s+(?!\w+\s+(?:the|a|an|its|their|his|her)\b)|(?:in|on|by)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d))\b|\s*(?:[,;:.]|$))/i;
/** "received a warning", "the warning was received on …" (the receiver follows: "by", "on the bridge of"). */
const RECEIVED = /\b(?:received|got)\s+(?:a|an|the)\s+(?:written\s+|formal\s+)?warning\b/i;
/**
 * After the verb: an order or nothing, not a warning of what was so — nor the sentence's end ("The town was told.", a
 * campaign group's headline: told what, it does not say), nor news of a decision ("Hollin Park Events was told of the
 * group's decision at 9.15am": told what was decided, no warning of a danger; a held-out subject of session 63).
 */
const NOT_WARNED_OF = /^\s*(?:not\s+to|to\s+\w+|nothing|by\s+(?:text|phone|email|letter)\s*$|["'”’]?\s*[.!]?["'”’]?\s*$|(?:of|about)\s+(?:(?:the|its|their|his|her|our)\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:decision|verdict|result|results|outcome|ruling|vote|appointment)\b)/iu;
/**
 * Telling someone all one knew ("We told the health board everything we knew as soon as we were asked"): a denial of
 * hiding anything, no warning of a matter — it answers "had not been told of any concerns" with nothing told (a held-out
 * subject of session 67 read it as a dispute).
 */
const TOLD_ALL = /\b(?:everything|all)\s+(?:(?:that|which)\s+)?(?:we|it|they|he|she|i)\s+(?:knew|know|had|has|have)\b/i;
/**
 * A receiver that is a class of many, not one body: "A lot of these towns … were told it was an asset", "Many councils
 * were warned" (a quote about towns in general is no answer to "The town said it had received no warning").
 */
const CLASS_RECEIVER = /^\s*(?:(?:a\s+lot|lots|many|most|some|several|few|all|both|each|none|dozens|hundreds|thousands)\s+of\s+|(?:many|most|some|several|few|other|these|those|all|such)\s+)/i;
/**
 * Before the verb in its clause: it is denied, hedged, asked or supposed, or asked after ("We want the company to
 * publish exactly when it was told that the festival might not go ahead": a held-out subject of session 50).
 */
const UNSTATED = /\b(?:not|no|never|nobody|without|could|would|might|may|if|whether|should|denied|denies|deny|rejected|disputed|when|how|why|wants?|wanted|asked|demand(?:s|ed)?)\b|n['’]t\b/i;
/** Most characters of a receiver after an active verb, but for a body's part ({@link STATED_ACTIVE}). */
const RECEIVER_CHARS = 60;
/** Content words kept of a receiver: the whole noun phrase ("Engineers at the Harlan water board"), not its last words. */
const RECEIVER_STEMS = 5;
/** Auxiliaries between a receiver and "received no warning" ("it had received …", "they have had …"). */
const RECEIVER_AUXILIARIES = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'did', 'does', 'do', 'will', 'would', 'also', 'still', 'ever']);
/** Pronouns that stand for who speaks ("the company said it had not been warned"). */
const PRONOUNS = new Set(['it', 'he', 'she', 'they', 'we', 'i']);

/** The last few words of a clause before a verb, after any "X said" (the reason line's words). */
function leadWords(clause: string): string {
  const words = clause.trim().split(/\s+/).filter(Boolean);
  let from = 0;
  words.forEach((w, i) => {
    if (REPORTING_VERB_SET.has(w.toLowerCase())) from = i + 1;
  });
  return words.slice(Math.max(from, words.length - 3)).join(' ');
}

/** Content stems of a phrase, the last `keep`. */
function stemsOf(phrase: string, keep: number): string[] {
  return tokenize(phrase)
    .map((t) => contentStem(t.norm))
    .filter((s): s is string => !!s)
    .slice(-keep);
}

/**
 * Who the words before a verb at `at` name, in its clause after any "X said": its content stems; for a pronoun,
 * who speaks ("Corvane Energy said it had not been warned" → Corvane Energy).
 */
function receiverBefore(text: string, at: number): string[] {
  const clause = text.slice(0, at).split(/[,;:()—–]|\s-\s|\bthat\b/i).pop() ?? '';
  const toks = tokenize(clause);
  if (toks.length === 0) {
    // "… said that it had not been warned": the speaker is before "that".
    const before = text.slice(0, at).split(/[,;:()—–]|\s-\s/).pop() ?? '';
    return pronounSpeaker(before);
  }
  if (toks.length === 1 && PRONOUNS.has(toks[0]!.norm)) return pronounSpeaker(text.slice(0, at));
  let from = 0;
  toks.forEach((t, i) => {
    if (REPORTING_VERB_SET.has(t.norm)) from = i + 1;
  });
  // (auxiliaries after the receiver are no part of it: "it had received no warning")
  let end = toks.length;
  while (end > from && RECEIVER_AUXILIARIES.has(toks[end - 1]!.norm)) end--;
  const after = toks.slice(from, end);
  if (after.length === 1 && PRONOUNS.has(after[0]!.norm) && from > 0) {
    // the speaker before commas of its own ("The district health officer, Dr Shobha Kulkarni, said she had not been
    // told": a held-out subject of session 64) is read over them
    const own = stemsOf(toks.slice(0, from - 1).map((t) => t.raw).join(' '), RECEIVER_STEMS);
    return own.length ? own : pronounSpeaker(text.slice(0, at));
  }
  return stemsOf(after.map((t) => t.raw).join(' '), RECEIVER_STEMS);
}

/** The speaker of "X said (that) it/they …" before a pronoun receiver. */
function pronounSpeaker(before: string): string[] {
  const toks = tokenize(before);
  const say = toks.findIndex((t) => REPORTING_VERB_SET.has(t.norm));
  return say > 0 ? stemsOf(toks.slice(0, say).map((t) => t.raw).join(' '), RECEIVER_STEMS) : [];
}

/**
 * "until" right after a none ("Families were not told until January 24"): they were told then, which disputes a telling
 * before it, not one on that day (a held-out subject of session 60 read it as disputing "Families were told … on
 * Monday", the Monday being 24 January): group 1 is when ({@link WarningReading.words}.until).
 */
const DEFERRED = /^\s*(?:[\w'’-]+\s+){0,3}?(?:until|till)\s+([^,;:]{2,60})/i;

/** What every pattern of a warning none got holds: a denial (DENIED_PASSIVE), a negation (NEGATED_PASSIVE) or "no" (NO_WARNING). */
const MAY_DENY = /\b(?:den(?:y|ies|ied)|reject(?:s|ed)|disput(?:es|ed)|not|never|no)\b|n['’]t\b/i;

/**
 * Whether the sentence says someone got no warning ({@link WarningReading.noneTo}), read only when it denies or negates
 * something: a long page's every sentence is asked (match.ts answerFrames), and one in twenty names a warning given.
 */
export function saysNoneWarned(text: string): boolean {
  return MAY_DENY.test(text) && !!warningReading(text)?.noneTo;
}

/** What the sentence says of a warning, or null when it says nothing of one. */
export function warningReading(text: string): WarningReading | null {
  if (!/\b(?:warn|told|contact|inform|alert|notif|advised|wrote\s+to|emailed)/i.test(text)) return null;
  const words: WarningReading['words'] = {};
  let noneTo: string[] | null = null;
  let noneSpan: [number, number] | null = null;
  const denied = DENIED_PASSIVE.exec(text);
  if (denied && !NOT_WARNED_OF.test(text.slice(denied.index + denied[0].length))) {
    noneTo = stemsOf(denied[1]!, RECEIVER_STEMS);
    if (noneTo.length === 0 && PRONOUNS.has(denied[1]!.trim().toLowerCase())) noneTo = pronounSpeaker(text.slice(0, denied.index));
    noneSpan = [denied.index, denied.index + denied[0].length];
    words.none = denied[0];
  } else {
    const neg = NEGATED_PASSIVE.exec(text) ?? NO_WARNING.exec(text);
    const active = neg ? null : NEGATED_ACTIVE.exec(text);
    const nobody = neg || active ? null : NOBODY_WARNED.exec(text);
    if (nobody) {
      // "no one on her staff had warned her": the one not warned is who says it
      const receiver = nobody[1]!.trim();
      noneTo = OBJECT_PRONOUNS.has(receiver.toLowerCase()) ? pronounSpeaker(text.slice(0, nobody.index)) : stemsOf(receiver, RECEIVER_STEMS);
      noneSpan = [nobody.index, nobody.index + nobody[0].length];
      words.none = nobody[0];
    } else if (active && !NOT_WARNED_OF.test(text.slice(active.index + active[0].length))) {
      noneTo = stemsOf(active[1]!, RECEIVER_STEMS);
      noneSpan = [active.index, active.index + active[0].length];
      words.none = `${leadWords(text.slice(0, active.index).split(/[,;:()—–]/).pop() ?? '')} ${active[0]}`.trim();
    } else if (neg && !NOT_WARNED_OF.test(text.slice(neg.index + neg[0].length))) {
      const until = DEFERRED.exec(text.slice(neg.index + neg[0].length));
      if (until) words.until = until[1]!;
      noneTo = receiverBefore(text, neg.index);
      noneSpan = [neg.index, neg.index + neg[0].length];
      words.none = `${leadWords(text.slice(0, neg.index).split(/[,;:()—–]/).pop() ?? '')} ${neg[0]}`.trim();
    }
  }
  if (noneTo && noneTo.length === 0) noneTo = null;
  let someTo: string[] | null = null;
  let someAt = -1;
  const outsideNone = (i: number) => !noneSpan || i < noneSpan[0] || i >= noneSpan[1];
  const passive = STATED_PASSIVE.exec(text);
  if (passive && outsideNone(passive.index) && !NOT_WARNED_OF.test(text.slice(passive.index + passive[0].length))) {
    const clause = text.slice(0, passive.index).split(/[,;:()—–]|\s-\s/).pop() ?? '';
    if (!UNSTATED.test(clause) && !CLASS_RECEIVER.test(clause.replace(/^\s*["“]/, ''))) {
      someTo = receiverBefore(text, passive.index);
      someAt = passive.index;
      words.some = `${leadWords(clause)} ${passive[0]}`.trim();
    }
  }
  if (!someTo?.length) {
    // (a receiver runs past 60 characters only as a body's part: "the provincial health department's Umlambo district
    // medicines depot"; "households in six streets near Castle Street to boil their water" is an order, no receiver)
    const found = STATED_ACTIVE.exec(text);
    const active = found && (found[2]!.length <= RECEIVER_CHARS || /['’]s\s/.test(found[2]!)) ? found : null;
    // "we have told the company so": what the speaker has just said, told after it, no warning of a matter
    // (not the verb of a passive read above and left: "were told it was an asset" is no "told <receiver>")
    const ofPassive = !!passive && active !== null && active.index >= passive.index && active.index < passive.index + passive[0].length;
    if (active && !ofPassive && outsideNone(active.index) && !/^(?:nothing|anything|none|not|no|to)\b/i.test(active[2]!) && !/\s+so$/i.test(active[2]!) && !TOLD_ALL.test(active[2]!)) {
      const clause = text.slice(0, active.index).split(/[,;:()—–]|\s-\s/).pop() ?? '';
      if (!UNSTATED.test(clause)) {
        // (a body's part is told what its body is: "warned the provincial health department's Umlambo district medicines
        // depot" told the department, a held-out subject of session 69)
        someTo = stemsOf(active[2]!, /['’]s\s/.test(active[2]!) ? RECEIVER_STEMS + 3 : 4);
        someAt = active.index;
        words.some = `${active[1]} ${active[2]}`;
      }
    }
  }
  if (!someTo?.length) {
    const got = RECEIVED.exec(text);
    if (got && outsideNone(got.index)) {
      const clause = text.slice(0, got.index).split(/[,;:()—–]|\s-\s/).pop() ?? '';
      if (!UNSTATED.test(clause)) {
        someTo = receiverBefore(text, got.index);
        someAt = got.index;
        words.some = got[0];
      }
    }
  }
  if (someTo && someTo.length === 0) someTo = null;
  return noneTo || someTo ? { noneTo, someTo, words, someAt } : null;
}

/**
 * Whether one side says a receiver was not warned and the other that it was (the two receivers name one body:
 * referents.ts sameBody, `referents` being what the generic nouns of side a's page stand for): which side says none, and
 * the words of each (a, b). Null otherwise, and where a side says both.
 */
export function warningsConflict(
  a: WarningReading | null,
  b: WarningReading | null,
  referents?: Referents,
): { none: 'a' | 'b'; a: string; b: string; someAt: number } | null {
  if (!a || !b) return null;
  for (const [side, n, s] of [['a', a, b], ['b', b, a]] as const) {
    if (!n.noneTo || n.someTo || !s.someTo || s.noneTo) continue;
    if (!(side === 'a' ? sameBody(n.noneTo, s.someTo, referents) : sameBody(s.someTo, n.noneTo, referents))) continue;
    return side === 'a' ? { none: 'a', a: n.words.none!, b: s.words.some!, someAt: s.someAt } : { none: 'b', a: s.words.some!, b: n.words.none!, someAt: s.someAt };
  }
  return null;
}
