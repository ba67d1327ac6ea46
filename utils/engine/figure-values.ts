/**
 * What values a figure allows, and whether two figures can be the same report. A figure's words carry more than its
 * number: "more than 18 months" is a floor (22 months does not contradict it), "up to 3,000" a ceiling, "about 12" a
 * neighbourhood. Card figure rows and the relation's figure evidence both ask this one question, so a row never sets
 * side by side what the relation calls agreeing, and the other way round.
 */
import type { Figure } from './types';
import { PEOPLE_KINDS, PEOPLE_UNITS } from './lexicon/units';

/** Relative slack of an approximate figure ("about 12", "12 or so"): the tolerance the relation always used. */
export const APPROX_TOLERANCE = 0.1;
/** Relative slack of an exact figure: rounding ("5.2 million" for 5,215,000). */
export const EXACT_TOLERANCE = 0.005;

/** Markers (lower case, as they open a figure's words) that make the number a floor: the true value is at least it. */
const FLOOR_MARKERS = ['more than', 'over', 'at least', 'upwards of', 'in excess of', 'above', 'well over', 'no fewer than', 'no less than'];
/** Markers of a value just over the number ("just over 40 per cent": a little more, not any more — 90 is no such value). */
const NEAR_ABOVE_MARKERS = ['just over', 'just above', 'just more than', 'slightly more than', 'slightly over', 'a little over', 'a little more than', 'marginally more than'];
/** Markers that make the number a ceiling: at most it. */
const CEILING_MARKERS = ['up to', 'less than', 'fewer than', 'at most', 'under', 'below', 'no more than', 'as many as'];
/** Markers of a value just under the number ("nearly 200": a little less, never more). */
const NEAR_BELOW_MARKERS = ['nearly', 'almost', 'close to', 'just under', 'just below', 'just less than', 'slightly less than', 'slightly under', 'a little under', 'a little less than'];
/** Words after a figure that widen it: "12 hours or so", "100 or more", "50 or fewer". */
const TRAILING: [RegExp, 'about' | 'floor' | 'ceiling'][] = [
  [/^\s*(?:or so|or thereabouts)\b/i, 'about'],
  [/^\s*or more\b/i, 'floor'],
  [/^\s*or (?:fewer|less)\b/i, 'ceiling'],
];

const startsWithMarker = (text: string, markers: readonly string[]) => markers.some((m) => text.startsWith(m + ' '));

/**
 * The values a figure allows, [low, high] (high may be Infinity): its number or range, widened by the marker in front
 * of it ("more than", "up to", "about") or, when the sentence it came from is given, by words right after it ("or so").
 */
export function figureBounds(figure: Pick<Figure, 'value' | 'high' | 'approx' | 'text'>, sentence?: string): [number, number] {
  return boundsOf(figure, boundKind(figure, sentence));
}

type BoundKind = 'floor' | 'ceiling' | 'near-below' | 'near-above' | 'about' | 'exact';

/** How a figure's words bound its number ({@link figureBounds}): a floor, a ceiling, just under, just over, about, or exact. */
function boundKind(figure: Pick<Figure, 'approx' | 'text'> & { subjectKey?: string }, sentence?: string): BoundKind {
  const words = figure.text.toLowerCase();
  let kind: BoundKind = 'exact';
  // (the near markers first: "just over" would read as the floor "over", "just under" as the ceiling "under")
  if (startsWithMarker(words, NEAR_ABOVE_MARKERS)) kind = 'near-above';
  else if (startsWithMarker(words, NEAR_BELOW_MARKERS)) kind = 'near-below';
  else if (startsWithMarker(words, FLOOR_MARKERS)) kind = 'floor';
  // "licensed for up to 25,000 people": the ceiling of a capacity is the number it gives, not a count below it
  else if (startsWithMarker(words, CEILING_MARKERS)) kind = figure.subjectKey?.includes(':capacity') ? 'exact' : 'ceiling';
  else if (figure.approx) kind = 'about';
  if (kind === 'exact' && sentence) {
    const at = sentence.indexOf(figure.text);
    const after = at >= 0 ? sentence.slice(at + figure.text.length, at + figure.text.length + 20) : '';
    for (const [re, k] of TRAILING) if (re.test(after)) kind = k;
  }
  return kind;
}

/** The values a figure of one {@link BoundKind} allows. */
function boundsOf(figure: Pick<Figure, 'value' | 'high'>, kind: BoundKind): [number, number] {
  const lo = figure.value;
  const hi = figure.high ?? figure.value;
  const span = Math.max(Math.abs(lo), Math.abs(hi));
  switch (kind) {
    case 'floor':
      return [lo, Infinity];
    case 'ceiling':
      return [Math.min(0, lo), hi];
    case 'near-below':
      return [lo - APPROX_TOLERANCE * span, hi];
    case 'near-above':
      return [lo, hi + APPROX_TOLERANCE * span];
    case 'about': {
      const slack = Math.min(APPROX_TOLERANCE * span, roundingUnit(lo), roundingUnit(hi));
      return [lo - slack, hi + slack];
    }
    default:
      return [lo - EXACT_TOLERANCE * span, hi + EXACT_TOLERANCE * span];
  }
}

/**
 * The place of a whole number's last non-zero digit (2,900 → 100, 5,000 → 1,000, 45 → 1): what "about" rounded it to.
 * "About 2,900" and "about 3,400" are two counts rounded to hundreds, not one count within a tenth of each; a
 * fraction or zero has no such place (Infinity).
 */
function roundingUnit(n: number): number {
  const v = Math.abs(n);
  if (!Number.isInteger(v) || v === 0) return Infinity;
  let unit = 1;
  while ((v / unit) % 10 === 0) unit *= 10;
  return unit;
}

/** How far apart (relative to the larger) two numbers may be and one still say what the other does. */
const SAME_REPORT_SPREAD = 0.25;

/**
 * Whether two figures of one subject say one thing: consistent ({@link figuresConsistent}) and their numbers near each
 * other. A floor allows any larger count, but "more than 8,000 people had signed" is no agreement with "had passed
 * 15,000 signatures", nor "at least 14 taken to hospital" with "19 treated in hospital" (a held-out tour's petition of
 * session 59): they are compatible reports of different counts — neither agreeing nor conflicting.
 */
export function figuresSayOne(
  a: Pick<Figure, 'value' | 'high' | 'approx' | 'text' | 'unit'> & { subjectKey?: string },
  b: Pick<Figure, 'value' | 'high' | 'approx' | 'text' | 'unit'> & { subjectKey?: string },
  sentenceA?: string,
  sentenceB?: string,
): boolean {
  const span = Math.max(Math.abs(a.value), Math.abs(b.value), Math.abs(a.high ?? 0), Math.abs(b.high ?? 0));
  const near = Math.abs(a.value - b.value) <= SAME_REPORT_SPREAD * span || (a.high != null && b.value >= a.value && b.value <= a.high) || (b.high != null && a.value >= b.value && a.value <= b.high);
  return near && figuresConsistent(a, b, sentenceA, sentenceB);
}

/**
 * Whether two figures of one subject can be the same report: their allowed values overlap. "More than 18 months" and
 * "22 months" can; "10 dead" and "22 dead" cannot. Units must match when both are given.
 */
export function figuresConsistent(
  a: Pick<Figure, 'value' | 'high' | 'approx' | 'text' | 'unit'> & { subjectKey?: string },
  b: Pick<Figure, 'value' | 'high' | 'approx' | 'text' | 'unit'> & { subjectKey?: string },
  sentenceA?: string,
  sentenceB?: string,
): boolean {
  if (a.unit && b.unit && a.unit !== b.unit) return false;
  let aKind = boundKind(a, sentenceA);
  let bKind = boundKind(b, sentenceB);
  // Two floors ("more than 1,400" and "more than 2,300") or two ceilings are two counts each rounded to a bound, not
  // two open ranges that always meet: they are compared as numbers given "about".
  if (aKind === bKind && (aKind === 'floor' || aKind === 'ceiling')) aKind = bKind = 'about';
  const [aLo, aHi] = boundsOf(a, aKind);
  const [bLo, bHi] = boundsOf(b, bKind);
  return aLo <= bHi && bLo <= aHi;
}

/**
 * The plain numbers a sentence writes in digits ("3,000", "12.5"): a sentence that writes another's figure, even in a
 * form the figure reader did not take as that subject ("3000 of the turkeys"), repeats it rather than contradicts it.
 */
export function digitsIn(sentence: string): Set<number> {
  const out = new Set<number>();
  for (const m of sentence.matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
    if (CONTRASTED_BEFORE.test(sentence.slice(Math.max(0, m.index - 40), m.index))) continue;
    const n = Number(m[0].replace(/,/g, ''));
    if (Number.isFinite(n)) out.add(n);
  }
  return out;
}

/**
 * Words before a number that set it against the sentence's own figure as someone else's: "will cost 340 jobs, … far more
 * than the 220 the company has announced" (blind subject M), "340 jobs, not 220", "rather than the 220". Such a number
 * is the figure the sentence disputes, not one it repeats. A floor or a ceiling without "the" ("more than 220 jobs")
 * is the sentence's own estimate and still repeats it.
 */
const CONTRASTED_BEFORE = /(?:\b(?:more|fewer|less|higher|lower|greater|bigger|smaller|larger)\s+than\s+the|\brather\s+than(?:\s+the)?|\binstead\s+of(?:\s+the)?|,\s*not|\bnot\s+the)\s+(?:\w+\s+)?$/i;

/**
 * The parts of two subject keys ("owner|unit:state|place"): one quantity may stand behind both when the unit is the
 * same and neither state, owner nor place differs where both say one ("|acre|" and "|acre|marlow-falls"; "all 58
 * flights it had scheduled", "|flight|", and "86 flights cancelled", "|flight:cancelled|").
 */
export function keysMayMeet(a: string, b: string, peopleMeet = false): boolean {
  const [oa = '', ua = '', pa = ''] = a.split('|');
  const [ob = '', ub = '', pb = ''] = b.split('|');
  const [unitA = '', ...stateA] = ua.split(':');
  const [unitB = '', ...stateB] = ub.split(':');
  const sa = stateA.join(':');
  const sb = stateB.join(':');
  // With `peopleMeet` (one value given by both): "61 percent of people" / "61 percent of patients", "9,400 people" / "9,400
  // patients". Not where values differ: "121 people on board" and "112 passengers" are a whole and a part.
  const meet = (x: string, y: string) => x === y || (peopleMeet && unitsMeet(x, y));
  return unitA !== '' && meet(unitA, unitB) && (sa === sb || !sa || !sb || meet(sa, sb)) && (oa === ob || !oa || !ob) && (pa === pb || !pa || !pb);
}

/**
 * Whether two figures' units may count one quantity: the same unit, people and a kind of people ("About 9,400 people
 * came to the emergency department" / "Nearly 9,400 patients came to the department"; a held-out subject of session 39),
 * or two words for one kind ("38 children" / "38 pupils": PEOPLE_KINDS).
 */
export function unitsMeet(a: string, b: string): boolean {
  return a === b || (a === 'person' && PEOPLE_UNITS.has(b)) || (b === 'person' && PEOPLE_UNITS.has(a)) || (PEOPLE_KINDS.has(a) && PEOPLE_KINDS.get(a) === PEOPLE_KINDS.get(b));
}

/**
 * Whether a figure only says which thing, where or when: it sits in a relative clause ("where 43 students went
 * missing", "which has 240 staff"), or places ("200 kilometers (125 miles) south of Mexico City") or dates ("40 years
 * ago") what the text states.
 */
export function describesOnly(text: string, figureText: string): boolean {
  const at = text.indexOf(figureText);
  if (at < 0) return false;
  const clause = text.slice(0, at).split(/[,;:()\u2014]/).at(-1)!;
  if (/\b(?:where|which|who|whom|whose)\b/i.test(clause)) return true;
  const after = text.slice(at + figureText.length).replace(/^\s*\([^)]*\)/, '');
  return /^[\s)]*(?:north|south|east|west|northeast|northwest|southeast|southwest|away|from|outside|ago|later|earlier)\b/i.test(after);
}
