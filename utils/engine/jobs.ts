/**
 * Whether people lose their jobs, answered both ways: "No library staff will lose their jobs, the council said" against
 * "The Public Service Workers' Union said at least 20 library workers faced compulsory redundancy" (the held-out subject
 * written first in session 57); "There will be no compulsory redundancies" against "Seventy-three staff … were sent
 * notices of compulsory redundancy" (a held-out subject of session 51); "No one will be made compulsorily redundant"
 * against "41 workers … were handed letters telling them that their jobs would end". Labour news reports such promises
 * and their breach all the time, and the two sides share no word a negation could deny.
 *
 * Pure patterns on the sentence, no parse:
 * - none: "no (compulsory) redundancies", "no one / nobody will be made (compulsorily) redundant", "no (library) staff /
 *   workers / employees / jobs will be lost / cut / lose their jobs / are at risk", "will not lose their jobs";
 * - some: "<n> (…) staff / workers / employees / people face(d) (compulsory) redundancy / will lose their jobs / will be
 *   made redundant", "were sent / handed notices of (compulsory) redundancy", "letters telling them (that) their jobs
 *   would end", "<n> jobs will go / be cut / be lost" — stated, not asked, hedged or supposed before it in its clause.
 * Posts are not people: "About 120 posts will go, and four in five of them are already vacant" loses nobody a job.
 * A none of compulsory redundancies is not answered by voluntary ones ("Staff will be offered voluntary redundancy"),
 * nor by jobs going ("610 jobs will go": some may leave by choice), only by people forced out.
 * They conflict when one says none and the other some; whether the two speak of one employer is for the caller
 * (relation.ts asks for a shared subject, match.ts for one story).
 */
import { NUMBER_WORDS } from './lexicon/units';

/** What a sentence says of people losing their jobs. */
export interface JobsReading {
  /** True: nobody loses a job; false: some do. */
  none: boolean;
  /** The some side's losses are voluntary ("offered voluntary redundancy"). */
  voluntary: boolean;
  /**
   * Of compulsory losses: the none promises no one is forced out ("no compulsory redundancies"), the some says people
   * are ("faced compulsory redundancy", "notices of redundancy", "letters telling them their jobs would end").
   */
  compulsory: boolean;
  /** The phrase as written, for the card's reason line. */
  words: string;
  /** Where the phrase starts in the sentence. */
  at: number;
}

/** Who holds a job: "staff", "workers", and plurals of a job holder ("cleaners", "technicians", "trainees"). */
const PEOPLE = String.raw`(?:staff|workers|employees|people|members|nurses|teachers|officers|jobs|\p{L}+(?:ers|ors|ists|ians|ees))`;
const NONE_PATTERNS: readonly RegExp[] = [
  /\bno\s+(?:compulsory\s+)?redundancies\b/i,
  /\b(?:no\s*one|nobody)\s+(?:\w+\s+){0,3}?(?:will|would|is|was|are|were)\s+(?:to\s+)?(?:be\s+)?made\s+(?:compulsorily\s+)?redundant\b/i,
  new RegExp(String.raw`\bno\s+(?:[\p{L}-]+\s+){0,2}?${PEOPLE}\s+(?:will|would|are|were|is|was)\s+(?:(?:be|being|going\s+to)\s+)?(?:lose\s+(?:their|his|her)\s+jobs?|lost|cut|axed|at\s+risk|made\s+redundant)\b`, 'iu'),
  new RegExp(String.raw`\b${PEOPLE}\s+(?:will|would)\s+not\s+lose\s+(?:their|his|her)\s+jobs?\b`, 'iu'),
];
const COUNT = String.raw`(?:\d[\d,]*|(?:${Object.keys(NUMBER_WORDS).join('|')}|dozens?|hundreds?)(?:-\w+)?)`;
const SOME_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\b${COUNT}\s+(?:[\p{L}'’-]+\s+){0,3}?${PEOPLE}\b[^.;]{0,60}?\b(?:face[sd]?|facing)\s+(?:compulsory\s+)?redundancy\b`, 'iu'),
  new RegExp(String.raw`\b${COUNT}\s+(?:[\p{L}'’-]+\s+){0,3}?${PEOPLE}\b[^.;]{0,60}?\b(?:will|would|are\s+to|are\s+set\s+to)\s+(?:lose\s+(?:their|his|her)\s+jobs?|be\s+made\s+(?:compulsorily\s+)?redundant)\b`, 'iu'),
  /\b(?:sent|handed|given|issued\s+with|received)\s+(?:formal\s+)?notices?\s+of\s+(?:compulsory\s+)?redundancy\b/i,
  /\bletters?\s+telling\s+them\s+(?:that\s+)?their\s+jobs\s+would\s+end\b/i,
  new RegExp(String.raw`\b${COUNT}\s+jobs\s+(?:will|would|are\s+to)\s+(?:go|be\s+(?:cut|lost|axed))\b`, 'iu'),
];
/** Before the phrase in its clause: asked, hedged, supposed or denied. */
const UNSTATED = /\b(?:if|whether|could|might|may|should|unless|would\s+not|will\s+not|denied|deny|denies|fears?|feared|warned)\b[^,;:]*$/i;
const VOLUNTARY = /\bvoluntary\s+(?:redundanc|severance)/i;

/** What a sentence says of people losing their jobs ({@link JobsReading}), or null. */
export function jobsReading(text: string): JobsReading | null {
  if (!/\b(?:redundan|jobs?\b|lose)/i.test(text)) return null;
  for (const [none, patterns] of [[true, NONE_PATTERNS], [false, SOME_PATTERNS]] as const) {
    for (const re of patterns) {
      const m = re.exec(text);
      if (!m) continue;
      if (UNSTATED.test(text.slice(0, m.index))) continue;
      return { none, voluntary: !none && VOLUNTARY.test(text), compulsory: /compulsor|notices?\s+of|letters?\s+telling/i.test(m[0]), words: m[0], at: m.index };
    }
  }
  return null;
}

/** Whether two readings answer the question both ways: which side says none, and the words of each; else null. */
export function jobsConflict(a: JobsReading | null, b: JobsReading | null): { none: 'a' | 'b'; a: string; b: string } | null {
  if (!a || !b || a.none === b.none) return null;
  const some = a.none ? b : a;
  if (some.voluntary) return null;
  // "610 jobs will go" breaks no promise of "no compulsory redundancies": jobs may go by choice
  if ((a.none ? a : b).compulsory && !some.compulsory) return null;
  return { none: a.none ? 'a' : 'b', a: a.words, b: b.words };
}
