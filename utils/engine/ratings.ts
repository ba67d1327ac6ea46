/**
 * The grade an inspection gave one place, answered two ways: "Larchmere said the home had been rated good at its most
 * recent inspection" against "At its most recent inspection, in October 2031, the Care Standards Commission found that
 * Thornbury Grange required improvement" (a held-out subject of session 51: a care home's closure). Schools, hospitals,
 * care homes, prisons and restaurants are graded by inspectors, and operators quote the better grade; two grades share
 * no word and neither negates the other, so no other reading sees them.
 *
 * Pure patterns on the sentence, no parse:
 * - "rated / graded / judged (as / to be) <grade>", "rated <it / the home> <grade>", "was given a <grade> rating", "found
 *   that … required improvement", "(is) in special measures";
 * - the grades of the usual inspection scales (outstanding, good, requires improvement, inadequate; excellent,
 *   satisfactory, unsatisfactory, poor, weak), written in any of their forms ("needs improvement", "required improvement");
 * - stated, not hedged, asked or conditional before it in its clause ("could be rated inadequate"); a grade denied ("was
 *   not rated moderate") is read as denied;
 * - levels of danger or risk (low, moderate, considerable, high …) after a verb of rating, of a danger, risk, threat,
 *   hazard or alert the sentence names ("rated the danger considerable": a held-out avalanche of session 65); a level
 *   raised or lowered is a change, no second answer, and is not read.
 * Two readings conflict when their grades differ, or one denies the grade the other states, and no month or year one
 * names differs from the other's (a grade of 2019 and another of 2023 are two inspections). Whether they speak of one
 * place is for the caller (relation.ts asks for a shared subject).
 */
import { clauseBefore, timesNamed, unstatedPattern } from './clause';

/** What a sentence says an inspection graded. */
export interface RatingReading {
  /** The grade, one word per scale step ("good", "requires-improvement"). */
  grade: string;
  /** The grade as written with its verb, for the card's reason line ("rated good"). */
  words: string;
  /** Months and years the sentence names: two readings of different times do not conflict. */
  times: string[];
  /** What was graded: its words (lower-case) and whether it is named (a capitalised word). */
  of: { words: string[]; named: boolean };
  /** The grade is denied ("was not rated moderate"): answered by that grade stated. */
  denied?: true;
}

/** Each grade's forms (regex parts) → its name. */
const GRADES: readonly [string, string][] = [
  ['outstanding', 'outstanding'],
  ['excellent', 'excellent'],
  ['good', 'good'],
  ['(?:requires?|required|needs?|needed|in\\s+need\\s+of)\\s+improvement', 'requires-improvement'],
  ['satisfactory', 'satisfactory'],
  ['unsatisfactory', 'unsatisfactory'],
  ['inadequate', 'inadequate'],
  ['poor', 'poor'],
  ['weak', 'weak'],
];
/** A regex part matching `re`'s letters in either case (the names around the grade are read case-sensitively). */
const anyCase = (re: string): string => re.replace(/(?<!\\)[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
const GRADE = String.raw`['‘"“]?(${GRADES.map(([re]) => anyCase(re)).join('|')})\b['’"”]?`;
/** What was graded, named after the verb ("rated Thornbury Grange …", "rated it", "found the hospital to be …"). */
const OBJECT = String.raw`(it|them|the\s+[a-z][\w'’-]*|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})`;
/**
 * The steps of a scale of danger or risk (avalanche, fire, flood, threat levels), read only after a verb of rating and of
 * a danger, risk, threat or alert named on the rating's side ("found high levels of lead" grades nothing).
 */
const LEVELS: readonly [string, string][] = [
  ['low', 'low'],
  ['moderate', 'moderate'],
  ['considerable', 'considerable'],
  ['substantial', 'substantial'],
  ['(?:very\\s+)?high', 'high'],
  ['severe', 'severe'],
  ['extreme', 'extreme'],
  ['critical', 'critical'],
  ['catastrophic', 'catastrophic'],
];
const LEVEL = String.raw`['‘"“]?(${LEVELS.map(([re]) => anyCase(re)).join('|')})\b['’"”]?`;
/** What a level is of, named after the verb ("rated the danger considerable"). */
const LEVEL_OBJECT = String.raw`(the\s+(?:[a-z][\w'’-]*\s+)?(?:danger|risk|threat|hazard|alert|warning)(?:\s+level)?(?:\s+(?:on|in|for|at|across|above)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?)`;
/** A level's sentence names what it is of: a danger, a risk, a threat, a hazard or an alert level. */
const LEVEL_OF = /\b(?:danger|risk|threat|hazard|alert|warning)s?\b/i;
/** The patterns: where the graded thing (`object`, else the clause's subject) and the grade are in each match. */
const PATTERNS: readonly { re: RegExp; object?: number; grade: number; level?: true }[] = [
  // "rated good", "was judged outstanding", "rated the hospital 'inadequate'", "found St Mary's to be inadequate"
  { re: new RegExp(String.raw`\b(?:rated|graded|judged|assessed|found)\s+(?:(?:as|to\s+be)\s+)?(?:${OBJECT}\s+(?:(?:as|to\s+be)\s+)?)?${GRADE}`, 'g'), object: 1, grade: 2 },
  // "found that Thornbury Grange required improvement"
  { re: /\bfound\s+that\s+((?:[\w'’-]+\s+){1,5}?)((?:required|requires|needed|needs)\s+improvement)\b/g, object: 1, grade: 2 },
  // "was given an outstanding rating"
  { re: new RegExp(String.raw`\bgiven\s+(?:a|an|the)\s+${GRADE}\s+rating`, 'g'), grade: 1 },
  // a level of danger: "had been rated moderate", "rated the danger considerable", "the risk was assessed as high"
  { re: new RegExp(String.raw`\b(?:rated|assessed|set|put)\s+(?:(?:as|at)\s+)?(?:${LEVEL_OBJECT}\s+(?:(?:as|at)\s+)?)?${LEVEL}`, 'g'), object: 1, grade: 2, level: true },
];
/** A negation right before a grade's verb ("was not rated", "has never been judged", "wasn't rated"). */
const NOT_BEFORE = /\b(?:(?:was|were|is|are|has|have|had)\s+)?(?:not|never)\s+(?:been\s+)?$|\b(?:wasn|weren|isn|aren|hasn|haven|hadn)['’]t\s+(?:been\s+)?$/i;
const UNSTATED = unstatedPattern(['can', 'will', 'should', 'must', 'hopes?', 'aims?', 'wants?', 'risk(?:s|ed)?']);
/** {@link UNSTATED} for a level, whose clause may name the risk it is of ("The flood risk was rated low"). */
const LEVEL_UNSTATED = unstatedPattern(['can', 'will', 'should', 'must', 'hopes?', 'aims?', 'wants?']);
const MAY_HOLD = /\b(?:rated|graded|judged|assessed|found|given|set|put)\b/i;

/** Its grade's name from the forms matched. */
function gradeOf(words: string): string | null {
  const w = words.replace(/\s+/g, ' ');
  return GRADE_TESTS.find(([re]) => re.test(w))?.[1] ?? null;
}
/** A level's name from the forms matched ("very high" is the step "high"; no scale is read finer). */
function levelOf(words: string): string | null {
  const w = words.replace(/\s+/g, ' ');
  return LEVEL_TESTS.find(([re]) => re.test(w))?.[1] ?? null;
}
/** {@link LEVELS} as whole-word tests, compiled once. */
const LEVEL_TESTS: readonly [RegExp, string][] = LEVELS.map(([re, name]) => [new RegExp(`^${re}$`, 'i'), name]);
/** {@link GRADES} as whole-word tests, compiled once. */
const GRADE_TESTS: readonly [RegExp, string][] = GRADES.map(([re, name]) => [new RegExp(`^${re}$`, 'i'), name]);

/** What the sentence says an inspection graded, or null when it grades nothing (or two things two ways). */
export function ratingReading(text: string): RatingReading | null {
  if (!MAY_HOLD.test(text)) return null;
  let found: RatingReading | null = null;
  for (const { re, object, grade: g, level } of PATTERNS) {
    if (level && !LEVEL_OF.test(text)) continue;
    for (const m of text.matchAll(re)) {
      const grade = level ? levelOf(m[g] ?? '') : gradeOf(m[g] ?? '');
      if (!grade) continue;
      const before = clauseBefore(text, m.index);
      // "was not rated moderate" denies that grade: the rest of the clause must still state it
      const not = NOT_BEFORE.exec(before);
      if ((level ? LEVEL_UNSTATED : UNSTATED).test(not ? before.slice(0, not.index) : before)) continue;
      // "rated good by parents but inadequate by inspectors": two grades, no single reading
      if (found && (found.grade !== grade || !!found.denied !== !!not)) return null;
      const of = object !== undefined && m[object] ? m[object]! : subjectOf(not ? before.slice(0, not.index) : before);
      found ??= { grade, words: `${not ? not[0].trim() + ' ' : ''}${m[0].replace(/\s+/g, ' ').trim()}`, times: timesNamed(text), of: wordsOf(of), ...(not ? { denied: true as const } : {}) };
    }
  }
  return found;
}

/** The subject of a passive grade's clause: its words after the last "said" or "that", auxiliaries left out. */
function subjectOf(clause: string): string {
  const cut = /^.*\b(?:said|says|that|and)\s+/i.exec(clause);
  return (cut ? clause.slice(cut[0].length) : clause).replace(/\b(?:was|were|is|are|had|has|have|been|being|be|also|now|previously|last)\b/gi, ' ');
}

/** A graded thing's words: lower-case, determiners and pronouns left out; `named` where it holds a capitalised word. */
function wordsOf(phrase: string): { words: string[]; named: boolean } {
  const raw = phrase.split(/[\s]+/).map((w) => w.replace(/['’]s$/, '').replace(/[^\p{L}\p{N}-]/gu, '')).filter((w) => w && !EMPTY.has(w.toLowerCase()));
  return { words: raw.map((w) => w.toLowerCase()), named: raw.some((w) => /^\p{Lu}/u.test(w)) };
}
const EMPTY = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'it', 'them', 'this', 'that', 'inspectors', 'inspector']);
/** Kinds of graded places: a named place of another kind is another place ("St Mary's Hospital" is no "school"). */
const PLACE_KINDS = new Set(['school', 'academy', 'college', 'nursery', 'hospital', 'home', 'prison', 'restaurant', 'hotel', 'clinic', 'practice', 'surgery', 'trust', 'service', 'council', 'force', 'ward', 'unit', 'centre', 'center', 'kitchen', 'cafe', 'shop']);

/**
 * Whether two graded things may be one: a shared word ("the hospital" / "St Mary's Hospital"), a thing left unnamed on
 * either side, or a generic one ("the home") against a name of no other kind ("Thornbury Grange").
 */
function sameGraded(a: RatingReading['of'], b: RatingReading['of']): boolean {
  if (!a.words.length || !b.words.length) return true;
  if (a.words.some((w) => b.words.includes(w))) return true;
  if (a.named === b.named) return false;
  const named = a.named ? a : b;
  return !named.words.some((w) => PLACE_KINDS.has(w));
}

/** Whether two texts give one inspection two grades: the words of each (a, b), or null. */
export function ratingConflict(a: RatingReading | null, b: RatingReading | null): { a: string; b: string } | null {
  // one grade stated and denied, or two grades stated (two denied say nothing either way)
  if (!a || !b || (a.denied && b.denied) || (a.denied || b.denied ? a.grade !== b.grade : a.grade === b.grade) || !sameGraded(a.of, b.of)) return null;
  if (a.times.length && b.times.length && !a.times.some((t) => b.times.includes(t))) return null;
  return { a: a.words, b: b.words };
}
