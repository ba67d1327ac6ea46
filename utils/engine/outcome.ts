/**
 * Whether one thing passed or failed a test, answered both ways: "Harwick Coaches said the vehicle had passed its annual
 * safety test in November with no faults" against "The coach that overturned near Glenarrow on Tuesday failed its annual
 * test in November because of a defective brake" (a held-out subject of session 43). Passing and failing are no
 * direction of an amount and share no word, so neither the cues nor a negation see them.
 *
 * Pure patterns on the sentence, no parse:
 * - the verb ("passed", "failed", their present forms) and the test right after it, with its determiner and up to three
 *   words before the test's noun ("its annual safety test", "a fire inspection", "the MOT");
 * - stated, not negated, hedged, asked or conditional before the verb in its clause ("did not pass", "could fail",
 *   "whether it passed"); "failed to …" names no test.
 * Two readings conflict when one says passed and the other failed, of one test (the test's noun and, where both say
 * more, another of its words: "annual"; not a fire inspection against a brake test), and no month or year one names
 * differs from the other's.
 */
import { contentStem, tokenize } from './text';
import { clauseBefore, timesNamed } from './clause';

/** What a sentence says passed or failed. */
export interface OutcomeReading {
  /** True for passed, false for failed. */
  passed: boolean;
  /** The test's noun stem ("test", "inspect"). */
  noun: string;
  /** The test's other content stems ("annual", "safeti"). */
  kind: string[];
  /** The verb and the test as written, for the card's reason line ("passed its annual safety test"). */
  words: string;
  /** Months and years the sentence names: two readings of different times do not conflict. */
  times: string[];
}

const OUTCOME = /\b(passed|passes|failed|fails)\s+((?:its|their|his|her|the|a|an|this|that|every|all)\s+(?:[\w'’-]+\s+){0,3}?(tests?|inspections?|checks?|audits?|exams?|examinations?|assessments?|MOTs?|drills?))\b/i;
/** Before the verb in its clause: it is denied, hedged, asked or supposed. */
const UNSTATED = /\b(?:not|no|never|could|would|might|may|can|will|should|must|if|whether|unless|expected|likely|yet|den(?:y|ies|ied|ying)|reject(?:s|ed)?|dismiss(?:es|ed)?|false)\b|n['’]t\b|\?/i;
const FAILED_LATER = /\bfail(?:ed|s)\s+(?:its|their|his|her|the|a|an)\b/i;
const PASSED_LATER = /\bpass(?:ed|es)\s+(?:its|their|his|her|the|a|an)\b/i;
const DETERMINERS = new Set(['its', 'their', 'his', 'her', 'the', 'a', 'an', 'this', 'that', 'every', 'all']);

/** What the sentence says passed or failed, or null when it says neither (or both: two tests). */
export function outcomeReading(text: string): OutcomeReading | null {
  const m = OUTCOME.exec(text);
  if (!m) return null;
  const passed = /^pass/i.test(m[1]!);
  // another verb of the other kind later on is a second test, or a comparison: read neither
  if ((passed ? FAILED_LATER : PASSED_LATER).test(text.slice(m.index + m[0].length))) return null;
  if (UNSTATED.test(clauseBefore(text, m.index))) return null;
  const noun = contentStem(m[3]!.toLowerCase().replace(/s$/, '')) ?? m[3]!.toLowerCase();
  const kind = tokenize(m[2]!)
    .slice(0, -1)
    .filter((t) => !DETERMINERS.has(t.norm))
    .map((t) => contentStem(t.norm))
    .filter((s): s is string => !!s);
  const times = timesNamed(text);
  return { passed, noun, kind, words: `${m[1]} ${m[2]}`, times };
}

/**
 * Whether one side says a thing passed a test and the other that it failed it (see the module comment): which side
 * says passed, and the words of each (a, b). Null otherwise.
 */
export function outcomeConflict(a: OutcomeReading | null, b: OutcomeReading | null): { passed: 'a' | 'b'; a: string; b: string } | null {
  if (!a || !b || a.passed === b.passed || a.noun !== b.noun) return null;
  if (a.kind.length && b.kind.length && !a.kind.some((s) => b.kind.includes(s))) return null;
  // (a side's latest test is the one the other's stands against whenever it was: "failed its most recent state
  // inspection, on August 22" / "had passed its annual state inspection in September", a held-out subject of session 57)
  if (a.times.length && b.times.length && !a.times.some((t) => b.times.includes(t)) && !latest(a) && !latest(b)) return null;
  return { passed: a.passed ? 'a' : 'b', a: a.words, b: b.words };
}

/** Words saying a test is the latest one. */
const LATEST = new Set(['recent', 'latest', 'last'].map((w) => contentStem(w) ?? w));
/** Whether a reading's test is the latest one ("its most recent inspection", "its last MOT"). */
const latest = (r: OutcomeReading): boolean => r.kind.some((k) => LATEST.has(k));

/** Whether one side says a thing passed and the other that it failed a test of one noun, whatever else: no agreement. */
export function outcomesOpposite(a: OutcomeReading | null, b: OutcomeReading | null): boolean {
  return !!a && !!b && a.passed !== b.passed && a.noun === b.noun;
}
