/**
 * Whether a price, a rate or another amount changes, answered both ways: "Fares for pensioners and students will not
 * change" against "Student fares will rise by 20 pence as well" (a held-out subject of session 46). The one side says
 * the thing stays as it is, the other that it goes up or down; "change" is not "rise", so no negation of a shared word
 * sees it, and "will not change" is no direction.
 *
 * Pure patterns on the sentence, no parse:
 * - same: "<thing> will not change", "will stay (remain) the same", "will remain unchanged", "will be frozen",
 *   "are unchanged";
 * - changed: "<thing> will rise / go up / increase / fall / go down / be cut / be raised / double", the thing being the
 *   words before the verb in its clause (after any "X said (that)"), stated: nothing before it in its clause negates,
 *   hedges or supposes it.
 * They conflict when the things share their words: at least two, or all of a one-word thing ("fares for pensioners
 * and students" / "student fares"). Whether the two speak of one matter besides is for the caller (relation.ts asks for
 * a shared subject), and so is time.
 */
import { tokenize } from './text';
import { clauseBefore, ownStemsBefore, unstatedPattern } from './clause';

/** What a sentence says of a thing changing: that it stays as it is, or that it goes up or down. */
export interface ChangeReading {
  /** True: stays as it is; false: goes up or down. */
  same: boolean;
  /** Stems of the thing's words. */
  thing: string[];
  /** The phrase as written, for the card's reason line. */
  words: string;
}

const AUX = String.raw`(?:will|would|are|is|were|was|have|has|had|shall)`;
const SAME = new RegExp(
  String.raw`\b(${AUX}\s+(?:not|never)\s+(?:be\s+)?chang(?:e|ed|ing)|${AUX}n['’]t\s+(?:be\s+)?chang(?:e|ed|ing)|${AUX}\s+(?:stay|remain)(?:ing)?\s+(?:the\s+same|unchanged)|(?:stay|stays|remain|remains)\s+(?:the\s+same|unchanged)|${AUX}\s+(?:be\s+)?frozen|${AUX}\s+unchanged)\b`,
  'i',
);
/** "will rise", "are going up", "will be cut", "would double": a change stated of the thing before it. */
const CHANGED = new RegExp(
  String.raw`\b(${AUX}\s+(?:also\s+)?(?:rise|go\s+up|increase|climb|fall|go\s+down|drop|decrease|double|be\s+(?:cut|raised|increased|reduced|lowered|doubled|halved))|(?:are|is)\s+(?:rising|going\s+up|increasing|falling|going\s+down))\b`,
  'i',
);
/** Before the phrase in its clause: it is denied, hedged, asked or supposed. */
const UNSTATED = unstatedPattern(['feared', 'warned', 'claims?', 'claimed', 'proposed', 'proposals?', 'calls?']);

/** A condition anywhere before the change ("If the grant is lost, parking charges will rise"). */
const CONDITION_BEFORE = /\b(?:if|unless)\b/i;

/** What the sentence says of a thing changing, or null when it says nothing of the kind. */
export function changeReading(text: string): ChangeReading | null {
  const same = SAME.exec(text);
  if (same) {
    const thing = ownStemsBefore(text, same.index);
    return thing.length ? { same: true, thing, words: same[1]! } : null;
  }
  const changed = CHANGED.exec(text);
  if (!changed || UNSTATED.test(clauseBefore(text, changed.index)) || CONDITION_BEFORE.test(text.slice(0, changed.index))) return null;
  const thing = ownStemsBefore(text, changed.index);
  // the change and by how much, up to a clause mark or six words ("will rise by 20 pence")
  const end = text.slice(changed.index).search(/[;:()—–.]|,\s/);
  const words = tokenize(text.slice(changed.index, end < 0 ? undefined : changed.index + end)).slice(0, 6).map((t) => t.raw).join(' ');
  return thing.length ? { same: false, thing, words } : null;
}

/** Whether one side says a thing stays as it is and the other that it goes up or down: which side says same, and the words of each. */
export function changeConflict(a: ChangeReading | null, b: ChangeReading | null): { same: 'a' | 'b'; a: string; b: string } | null {
  if (!a || !b || a.same === b.same) return null;
  const shared = a.thing.filter((s) => b.thing.includes(s)).length;
  if (shared < Math.min(2, a.thing.length, b.thing.length)) return null;
  return { same: a.same ? 'a' : 'b', a: a.words, b: b.words };
}
