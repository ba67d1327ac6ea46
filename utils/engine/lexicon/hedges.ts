/**
 * Hedges (uncertainty markers) and approximation markers in front of numbers.
 */

/** Lower-case hedge words/phrases: a claim containing them is uncertain, not negated. */
export const HEDGES: readonly string[] = [
  'possible', 'possibly', 'likely', 'unlikely', 'probably', 'may', 'might', 'could', 'perhaps',
  'reportedly', 'allegedly', 'purportedly', 'apparently', 'ostensibly', 'supposedly', 'seemingly',
  'appears', 'appear', 'seems', 'seem', 'suggests', 'suggest', 'potential', 'potentially',
  'believed', 'estimated', 'expected', 'uncertain', 'unclear', 'unconfirmed', 'so-called', 'claimed',
];

/** Set form of {@link HEDGES}. */
export const HEDGE_SET: ReadonlySet<string> = new Set(HEDGES);

/**
 * Words (or word sequences, space separated, lower case) right before a number that make it
 * approximate or a bound: "about 5,200", "up to 3,000", "more than 100".
 */
export const APPROX_MARKERS: readonly string[] = [
  'about', 'around', 'approximately', 'approx', 'roughly', 'some', 'nearly', 'almost', 'over',
  'up to', 'more than', 'less than', 'fewer than', 'at least', 'at most', 'as many as', 'as few as',
  'close to', 'upwards of', 'in excess of', 'an estimated', 'estimated', 'est', 'circa', 'ca',
  'under', 'below', 'above', 'nearly', 'just over', 'just under', 'well over', 'tens of', 'only',
  'no more than', 'no fewer than', 'an average of', 'on average', 'maybe', 'perhaps', 'reportedly',
];

/** Markers that do not make the number approximate ("only 5", "exactly 12") but may precede it. */
export const EXACT_MARKERS: ReadonlySet<string> = new Set(['only', 'exactly', 'precisely', 'just', 'all', 'the', 'a', 'its', 'their', 'his', 'her']);

/** Words joining the two ends of a numeric range: "between 14,000 and 18,000", "from 5 to 10". */
export const RANGE_JOINERS: ReadonlySet<string> = new Set(['and', 'to', '-', '–', '—', 'or']);
