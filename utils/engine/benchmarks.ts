/**
 * Whether a thing came in above or below what it was measured against, answered both ways: "Ridership in the first
 * week was ahead of the agency's forecast of 12,000 riders a weekday" against "Weekday ridership in the first week was
 * below our opening forecast of 12,000 boardings" (a held-out subject of session 42, read as context: the two share the
 * measure, the forecast and its figure, and differ only in "ahead of" / "below"). Business, transport and public-works
 * news reports most results this way — against a forecast, a target, a budget, a schedule or the average — and no
 * direction cue reads it: neither side says anything rose or fell.
 *
 * Pure patterns on the sentence, no parse:
 * - above: "ahead of / above / exceeded / beat / topped / surpassed / outstripped <the …> forecast", "over budget",
 *   "more / higher / better … than expected";
 * - below: "below / short of / behind / missed / failed to meet <the …> target", "under budget", "fewer / lower / worse …
 *   than expected";
 * - at: "on schedule", "on budget", "on target", "on track", "in line with <the …> forecast", "met / hit <the …> target";
 * each stated: nothing in its clause before it negates, hedges, asks or supposes it. The benchmark is one of a few kinds
 * (a forecast and an expectation are one; a target and a goal; a budget; a schedule; the average), named right after
 * the comparator with at most three words between ("the agency's opening forecast").
 * Two readings conflict when they are of one kind, on different sides (above, at, below), their measures — the content
 * words of each clause before its comparator — share a word, and where both give the benchmark's figure it is one
 * figure (a forecast of 7,500 and one of 12,000 are two forecasts). Whether the two speak of one thing besides is for
 * the caller (relation.ts asks for a shared subject).
 */
import { clauseBefore, ownWords } from './clause';
import { contentStem } from './text';
import { STOP_WORD_SET } from './lexicon/stopwords';
import { IRREGULAR_VERBS } from './lexicon/irregular-verbs';

/** What a sentence says of one measure against a benchmark. */
export interface BenchmarkReading {
  /** 1: above it (ahead, over); 0: at it (on, in line with); -1: below it (short, behind, under). */
  side: 1 | 0 | -1;
  /** The kind of benchmark: "forecast", "target", "budget", "schedule" or "average". */
  kind: string;
  /**
   * Content stems of what is measured: the clause's own words before the comparator up to the first word that is no
   * noun or modifier of it ("Weekday ridership" of "Weekday ridership in the first week was below …"); its last is the
   * head ("ridership").
   */
  measure: readonly string[];
  /** The benchmark's own figure where the sentence gives one right after it ("forecast of 12,000"), else null. */
  figure: number | null;
  /** The phrase as written, for the card's reason line. */
  words: string;
}

/** Benchmark nouns and the kind each is. */
const KIND_OF: ReadonlyMap<string, string> = new Map([
  ...['forecast', 'forecasts', 'expectation', 'expectations', 'estimate', 'estimates', 'projection', 'projections', 'prediction', 'predictions'].map((w) => [w, 'forecast'] as const),
  ...['target', 'targets', 'goal', 'goals'].map((w) => [w, 'target'] as const),
  ['budget', 'budget'],
  ['schedule', 'schedule'],
  ['average', 'average'],
]);
/** Verbs after "than" that name a forecast ("more than expected"). */
const THAN_FORECAST = String.raw`(?:expected|forecast|predicted|projected|anticipated|estimated|hoped|planned|budgeted)`;
/** Up to three words between a comparator and its benchmark noun ("the agency's opening forecast"). */
const BETWEEN = String.raw`(?:(?:the|its|their|our|his|her|this|that|a|an|your)\s+)?((?:[\p{L}\p{N}'’.-]+\s+){0,3}?)`;
const NOUN = String.raw`(forecasts?|expectations?|estimates?|projections?|predictions?|targets?|goals?|budget|schedule|average)`;
/** What may follow the benchmark noun: the clause's end, a preposition or a figure, not a noun it modifies ("the forecast storm"). */
const AFTER_NOUN = String.raw`(?=\s*(?:[,;:.!?)—–]|$|\b(?:of|for|by|and|or|which|that|in|on|at|set|made|given|published|issued|agreed|last|this|when|as|despite|after|before|but|so|because|according|\d)))`;
const ABOVE = String.raw`ahead\s+of|above|exceed(?:ed|s|ing)?|beat(?:en|s|ing)?|topp(?:ed|ing)|tops|surpass(?:ed|es|ing)?|outstrip(?:ped|s|ping)?|outperform(?:ed|s|ing)?|higher\s+than|better\s+than|greater\s+than`;
const BELOW = String.raw`below|short\s+of|behind|miss(?:ed|es|ing)?|lower\s+than|worse\s+than|fail(?:ed|s|ing)?\s+to\s+(?:meet|reach|hit|achieve)`;
const AT = String.raw`in\s+line\s+with|met|meets?|meeting|hit(?:s|ting)?|reach(?:ed|es|ing)?|achiev(?:ed|es|ing)`;
/** A comparator and its benchmark: group 1 the comparator, 2 the words between, 3 the noun. */
const COMPARED = new RegExp(String.raw`\b(${ABOVE}|${BELOW}|${AT})\s+${BETWEEN}${NOUN}${AFTER_NOUN}`, 'giu');
/** "over budget", "under budget", "on schedule", "on track" — bare, where the preposition has other senses ("on target" is
 * mostly a thing aimed at). */
const BARE = /\b(over|under|on)\s+(budget|schedule|track)\b/gi;
/** Verbs of a target aimed at as much as of one set ("hit Isis targets"): a target so met needs what it is of or for. */
const AIMED = /^(?:hit|miss|reach|met|meet|achiev)/i;
/** What a target is of or for, right after it ("target of 12,000", "target for 2031"). */
const OF_OR_FOR = /^\s+(?:of|for)\b/i;
/** "more … than expected": group 1 the comparative. */
const THAN = new RegExp(String.raw`\b(more|higher|greater|better|bigger|larger|faster|stronger|fewer|lower|less|worse|smaller|slower|weaker)\s+(?:[\p{L}'’-]+\s+){0,2}?than\s+(?:had\s+been\s+|was\s+|were\s+|it\s+had\s+|they\s+had\s+)?${THAN_FORECAST}\b`, 'giu');
/** Quick test before the patterns: most sentences name no benchmark. */
const MAY_HOLD = new RegExp(String.raw`\b(?:${NOUN.slice(1, -1)}|track|than\s+${THAN_FORECAST})\b`, 'i');
/** Before the comparator in its clause: it is negated, hedged, asked or supposed. */
const UNSTATED = /\b(?:not|never|no|if|whether|unless|could|might|may|possibly|perhaps|reportedly|allegedly|likely|unlikely|would|should|expects?|hopes?|aims?|wants?)\b|n['’]t\b|\?/i;
/** Comparatives that say less. */
const LESS = new Set(['fewer', 'lower', 'less', 'worse', 'smaller', 'slower', 'weaker']);
/** The figure right after a benchmark noun ("forecast of 12,000 riders"). */
const FIGURE_AFTER = /^\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|£|\$|€)*(\d[\d,]*(?:\.\d+)?)/i;

/** The side a comparator puts its measure on. */
function sideOf(comparator: string): 1 | 0 | -1 {
  const c = comparator.toLowerCase();
  if (new RegExp(String.raw`^(?:${ABOVE})$`, 'i').test(c)) return 1;
  if (new RegExp(String.raw`^(?:${BELOW})$`, 'i').test(c)) return -1;
  return 0;
}

/** Words that open a measure's phrase without naming it. */
const OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'his', 'her', 'this', 'that', 'these', 'those', 'overall', 'total']);
/** The stems of what a clause measures: its own opening noun phrase, up to a preposition or a verb ({@link BenchmarkReading.measure}). */
function measureBefore(clause: string): string[] {
  const { tokens, from } = ownWords(clause);
  const out: string[] = [];
  for (const t of tokens.slice(from)) {
    if (out.length === 0 && OPENERS.has(t.norm)) continue;
    if (STOP_WORD_SET.has(t.norm) || IRREGULAR_VERBS[t.norm] !== undefined || /^\p{Ll}+ed$/u.test(t.raw)) break;
    const s = contentStem(t.norm);
    if (!s) break;
    out.push(s);
  }
  return out;
}

/** What a sentence says of measures against benchmarks ({@link BenchmarkReading}), or null when it says none. */
export function benchmarkReading(text: string): BenchmarkReading[] | null {
  // (a question states no side: "Were ticket sales ahead of the forecast?")
  if (!MAY_HOLD.test(text) || /\?["'”’]?\s*$/.test(text)) return null;
  const out: BenchmarkReading[] = [];
  const add = (at: number, end: number, side: 1 | 0 | -1, kind: string, figure: number | null) => {
    const clause = clauseBefore(text, at);
    if (UNSTATED.test(clause)) return;
    const measure = measureBefore(clause);
    if (measure.length === 0) return;
    out.push({ side, kind, measure, figure, words: text.slice(at, end) });
  };
  for (const m of text.matchAll(COMPARED)) {
    // (a capitalised noun is a name: "sales below Target's")
    if (m[3] !== m[3]!.toLowerCase()) continue;
    const noun = m[3]!;
    const end = m.index + m[0].length;
    const fig = FIGURE_AFTER.exec(text.slice(end));
    // A target hit, missed or reached is a thing aimed at ("hit Isis targets", "one airdropped bundle had missed its
    // target": FNC-1 train bodies) unless what it is a target of or for follows ("missed its target for 2031")
    if (KIND_OF.get(noun) === 'target' && AIMED.test(m[1]!) && !OF_OR_FOR.test(text.slice(end))) continue;
    add(m.index, end, sideOf(m[1]!.replace(/\s+/g, ' ')), KIND_OF.get(noun)!, fig ? Number(fig[1]!.replace(/,/g, '')) : null);
  }
  for (const m of text.matchAll(BARE)) {
    const prep = m[1]!.toLowerCase();
    const noun = m[2]!.toLowerCase();
    // "over/under" say a side only of a budget or schedule; "on track" is on schedule ("on track to open in May")
    if (prep !== 'on' && noun === 'track') continue;
    add(m.index, m.index + m[0].length, prep === 'on' ? 0 : prep === 'over' ? 1 : -1, noun === 'track' ? 'schedule' : noun, null);
  }
  for (const m of text.matchAll(THAN)) add(m.index, m.index + m[0].length, LESS.has(m[1]!.toLowerCase()) ? -1 : 1, 'forecast', null);
  return out.length ? out : null;
}

/** One measure on two sides of one benchmark ({@link benchmarkReading}): the phrases, or null. */
export function benchmarkConflict(a: BenchmarkReading[] | null, b: BenchmarkReading[] | null): { a: string; b: string } | null {
  if (!a || !b) return null;
  for (const x of a)
    for (const y of b) {
      if (x.kind !== y.kind || x.side === y.side) continue;
      if (x.figure !== null && y.figure !== null && x.figure !== y.figure) continue;
      if (!oneMeasure(x.measure, y.measure)) continue;
      return { a: x.words, b: y.words };
    }
  return null;
}

/**
 * Whether two measures are one: one head, and where both say more than it, a word of that in common ("Weekday ridership"
 * and "Ridership"; "Ticket sales" and "Festival ticket sales"; not "Passenger numbers" and "Visitor numbers").
 */
function oneMeasure(x: readonly string[], y: readonly string[]): boolean {
  if (x[x.length - 1] !== y[y.length - 1]) return false;
  return x.length === 1 || y.length === 1 || x.slice(0, -1).some((s) => y.includes(s));
}
