/**
 * Whether one thing had an effect on another, answered both ways: "The trust said the closure of Ward 9 had not affected
 * waiting times" against "The closure of Ward 9 has added hours to every wait in A&E" (a held-out subject of session
 * 46). The one side denies an effect with "affect" or "impact", the other states one with its own verb, so no negation
 * of a shared word sees it, and "added" is no direction word of the thing the other side names.
 *
 * Pure patterns on the sentence, no parse:
 * - none: "<cause> had not affected / did not affect / has had no effect (impact) on <thing>";
 * - some: "<cause> has added … to / increased / lengthened / worsened / disrupted / delayed / hit / hurt / cut <thing>", the
 *   verb right after the cause's words in its clause, stated (nothing before it in the clause negates, hedges or
 *   supposes it).
 * They conflict when the causes share their words (all of the shorter one's, at least one) and the things share a word:
 * "closure … Ward 9" both times, "waiting times" / "every wait". Whether the two speak of one event besides is for the
 * caller (relation.ts asks for a shared subject).
 */
import { contentStem, tokenize } from './text';
import { clauseBefore, ownStemsBefore, unstatedPattern } from './clause';

/** What a sentence says of one thing's effect on another: none, or one stated. */
export interface EffectReading {
  /** True: no effect; false: an effect stated. */
  none: boolean;
  /** Stems of the cause's words (before the verb in its clause, after any "X said (that)"). */
  cause: string[];
  /** Stems of the words of what it had an effect on (after the verb, up to a clause mark). */
  thing: string[];
  /** The phrase as written, for the card's reason line. */
  words: string;
}

const NONE = /\b((?:has|have|had|did|does|do|will|would)\s+not\s+(?:affect(?:ed)?|hurt|disrupt(?:ed)?)|(?:hasn['’]t|haven['’]t|hadn['’]t|didn['’]t|doesn['’]t|won['’]t)\s+(?:affect(?:ed)?|hurt|disrupt(?:ed)?)|(?:has|have|had|will|would)\s+(?:had\s+|have\s+)?no\s+(?:effect|impact|bearing)\s+on)\b/i;
/** An effect stated: the verb right after its cause ("has added hours to", "increased", "pushed up"). */
const SOME = /\b((?:has|have|had)\s+)?(added\s+(?:\w+\s+){0,3}?to|increased|lengthened|worsened|pushed\s+up|driven\s+up|drove\s+up|disrupted|delayed|slowed|affected|hit|hurt|harmed|damaged|cut|reduced)\b/i;
/** Before the effect verb in its clause: it is denied, hedged, asked or supposed. */
const UNSTATED = unstatedPattern(['feared', 'warned', 'claims?', 'claimed', 'alleged', 'risk(?:s|ed)?', 'threat(?:ens|ened)?']);
/** The most words read as the thing affected. */
const THING_WORDS = 6;

/** The content stems of what is affected: the words after `from` up to a clause mark. */
function thingAfter(text: string, from: number): string[] {
  const rest = text.slice(from).split(/[;:()—–.]|,\s/, 1)[0] ?? '';
  const out: string[] = [];
  for (const t of tokenize(rest)) {
    if (out.length >= THING_WORDS) break;
    const s = contentStem(t.norm);
    if (s) out.push(s);
  }
  return out;
}

/** What the sentence says of one thing's effect on another, or null when it says nothing of the kind. */
export function effectReading(text: string): EffectReading | null {
  const none = NONE.exec(text);
  if (none) {
    const cause = ownStemsBefore(text, none.index, true);
    const thing = thingAfter(text, none.index + none[0].length);
    return cause.length && thing.length ? { none: true, cause, thing, words: none[1]! } : null;
  }
  const some = SOME.exec(text);
  if (!some) return null;
  if (UNSTATED.test(clauseBefore(text, some.index))) return null;
  const cause = ownStemsBefore(text, some.index, true);
  // "added hours to every wait": what it added to is the thing, and what it added (hours) too.
  const thing = thingAfter(text, /^added/i.test(some[2]!) ? some.index + (some[1]?.length ?? 0) + 'added'.length : some.index + some[0].length);
  const end = text.slice(some.index).search(/[;:()—–.]|,\s/);
  const words = text.slice(some.index, end < 0 ? undefined : some.index + end).split(/\s+/).slice(0, 8).join(' ');
  return cause.length && thing.length ? { none: false, cause, thing, words } : null;
}

/** Whether one side says a thing had no effect and the other states one: which side says none, and the words of each. */
export function effectConflict(a: EffectReading | null, b: EffectReading | null): { none: 'a' | 'b'; a: string; b: string } | null {
  if (!a || !b || a.none === b.none) return null;
  // One cause: every word of the shorter cause is one of the other's ("the closure of Ward 9" both times).
  const [short, long] = a.cause.length <= b.cause.length ? [a.cause, b.cause] : [b.cause, a.cause];
  if (!short.every((s) => long.includes(s))) return null;
  // One thing affected: a shared word ("waiting times" / "every wait").
  if (!a.thing.some((s) => b.thing.includes(s))) return null;
  return { none: a.none ? 'a' : 'b', a: a.words, b: b.words };
}
