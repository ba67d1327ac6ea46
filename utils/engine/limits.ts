/**
 * Whether something kept within a limit or went over it, answered both ways: "The train was travelling within the speed
 * limit, the company said" against "the train was travelling at 52mph as it entered the curve, where the permanent speed
 * limit is 30mph" (a held-out subject of session 56, where the card called the two an agreement: they share "the train
 * was travelling" and "speed limit"). No negation or direction word sees it, and the one side's figures are no figure of
 * the other's.
 *
 * Pure patterns on the sentence, no parse:
 * - within: "within / below / under / inside the <kind> limit", "did not exceed / break the <kind> limit";
 * - over: "exceeded / broke / breached the <kind> limit", "over / above / beyond the <kind> limit", "was not within
 *   the <kind> limit", or a figure above the limit the same sentence gives in its unit ("at 52mph …, where the speed
 *   limit is 30mph"; "at 48mph in a 30mph limit");
 * each stated: nothing before it in its clause hedges, asks or supposes it. The kind is the word before "limit"
 * ("speed", "weight"), or what the unit measures.
 * They conflict when one is within and the other over, of one kind where both name one. Whether the two speak of one
 * thing besides is for the caller (relation.ts asks for a shared subject).
 */
import { clauseBefore } from './clause';
import { stem } from './text';

/** What a sentence says of keeping within a limit. */
export interface LimitReading {
  /** True: kept within it; false: went over it. */
  within: boolean;
  /** Stem of what the limit limits ("speed", "weight"), or null when the sentence does not say. */
  kind: string | null;
  /** The phrase as written, for the card's reason line. */
  words: string;
}

/** Words before "limit" that say nothing of its kind. */
const NO_KIND = new Set(['the', 'a', 'its', 'their', 'legal', 'permitted', 'permanent', 'temporary', 'statutory', 'posted', 'agreed', 'new', 'current', 'normal', 'maximum', 'safe', 'strict', 'official', 'set']);
/** "the permanent speed limit": up to three words between the preposition or verb and "limit". */
const LIMIT = String.raw`(?:(?:the|a|an|its|their)\s+)?((?:[\p{L}\p{N}.-]+\s+){0,3}?)limits?\b`;
const WITHIN = new RegExp(String.raw`\b(within|below|under|inside)\s+${LIMIT}`, 'giu');
const OVER = new RegExp(String.raw`\b(exceed(?:ed|ing|s)?|broke|broken|breaking|breach(?:ed|es|ing)?|over|above|beyond)\s+${LIMIT}`, 'giu');
/** A negation before the phrase, two words at most between: "did not exceed", "was not within", "did not fly beyond". */
const NEGATED = /(?:\b(?:not|never)|n['’]t)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** A negation anywhere in the clause before the phrase (farther than {@link NEGATED} reads: its scope is unclear). */
const NEGATION = /\b(?:not|never|no)\b|n['’]t\b/i;
/** Before the phrase in its clause: it is hedged, asked or supposed (a negation is read apart: {@link NEGATED}). */
const UNSTATED = /\b(?:if|whether|unless|could|might|may|possibly|perhaps|reportedly|alleged|allegedly|suspected|likely|unlikely|would|accused|claims?|claimed)\b|\?/i;

/** Speed and weight units, and what each measures. */
const UNIT_KIND: ReadonlyMap<string, string> = new Map([
  ['mph', 'speed'],
  ['km/h', 'speed'],
  ['kph', 'speed'],
  ['knots', 'speed'],
  ['tonnes', 'weight'],
  ['tons', 'weight'],
  ['kg', 'weight'],
]);
const UNIT = String.raw`(mph|km\/h|kph|knots|tonnes|tons|kg)`;
const NUMBER = String.raw`(\d+(?:\.\d+)?)\s*`;
/** "at 52mph …, where the (permanent) speed limit is 30mph" / "… limit of 30mph". */
const FIGURE_THEN_LIMIT = new RegExp(String.raw`\b${NUMBER}${UNIT}\b(?:[^.;]{0,80}?)\blimits?\s+(?:is|was|of|had\s+been|has\s+been|stood\s+at)\s+${NUMBER}${UNIT}\b`, 'giu');
/** "at 48mph in a 30mph limit (zone)". */
const FIGURE_IN_LIMIT = new RegExp(String.raw`\b${NUMBER}${UNIT}\s+(?:in|on|through)\s+(?:a|an|the)\s+${NUMBER}${UNIT}\s+(?:limit|zone|area|stretch)\b`, 'giu');

/** The kind of a limit from the words before "limit" ("permanent speed " → "speed"). */
function kindOf(words: string): string | null {
  const own = words.trim().toLowerCase().split(/\s+/).filter((w) => w && !NO_KIND.has(w));
  return own.length ? stem(own[own.length - 1]!) : null;
}

/** What the sentence says of keeping within a limit, or null when it says nothing of the kind. */
export function limitReading(text: string): LimitReading | null {
  if (!/\blimit/i.test(text)) return null;
  // both patterns capture the figure and its unit, then the limit and its unit
  for (const re of [FIGURE_THEN_LIMIT, FIGURE_IN_LIMIT]) {
    for (const m of text.matchAll(re)) {
      const [, x, ux, y, uy] = m;
      if (ux!.toLowerCase() !== uy!.toLowerCase() || UNSTATED.test(clauseBefore(text, m.index))) continue;
      return { within: Number(x) <= Number(y), kind: UNIT_KIND.get(ux!.toLowerCase()) ?? null, words: m[0] };
    }
  }
  for (const [re, within] of [[WITHIN, true], [OVER, false]] as const) {
    for (const m of text.matchAll(re)) {
      const before = text.slice(0, m.index);
      if (UNSTATED.test(clauseBefore(text, m.index))) continue;
      const negated = NEGATED.exec(before);
      if (!negated && NEGATION.test(clauseBefore(text, m.index))) continue;
      return { within: negated ? !within : within, kind: kindOf(m[2] ?? ''), words: text.slice(negated ? negated.index : m.index, m.index + m[0].length) };
    }
  }
  return null;
}

/** Two readings that cannot both hold: one within, one over, of one kind where both name one; else null. */
export function limitConflict(x: LimitReading, y: LimitReading): { within: 'a' | 'b'; a: string; b: string } | null {
  if (x.within === y.within) return null;
  if (x.kind && y.kind && x.kind !== y.kind) return null;
  return { within: x.within ? 'a' : 'b', a: x.words, b: y.words };
}
