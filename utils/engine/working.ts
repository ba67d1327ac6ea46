/**
 * Whether a piece of equipment was working, answered both ways: "It said all alarms at the prison were working at the
 * time of the escape" against "The alarm on the B wing fire door had been out of action for 11 days before the escape"
 * (a held-out subject of session 56); "The depot's fire alarm was working and sounded as designed" against "the fire
 * alarm in the main garage had not been working properly since September" (another held-out subject). "Working" and "out of
 * action" share no word, and a negation alone is kept from spans ("not … since September") for good reason elsewhere.
 *
 * Pure patterns on the sentence, no parse:
 * - working: "<thing> was / were (all) working (normally, properly, as designed)", "… functioning", "in (full, good)
 *   working order", "fitted with a working <thing>";
 * - not working: "<thing> was not / had not been working (functioning)", "had stopped working", "was out of action
 *   (order)", "was faulty / broken / defective", "failed to start / work / sound / activate / operate", "did not work
 *   / start / sound / activate", "found faults (defects) in <thing>" (the thing after "in", session 67);
 * each stated: nothing before it in its clause hedges, asks or supposes it ("declined to say whether the alarm had been
 * working"), and not of a later time ("was working again", "is now working"). The thing is the head noun of the
 * clause's subject: the last word before a preposition, a participle or the verb ("the fire alarm in the main
 * garage" → alarm; "Two of the three backup generators at …" → generators).
 * They conflict when one says working and the other not, of one thing. Whether the two speak of one time and place
 * besides is for the caller (relation.ts asks for a shared subject; the card reads time).
 */
import { clauseBefore, ownWords } from './clause';
import { stem, type Token } from './text';

/** What a sentence says of a thing working. */
export interface WorkingReading {
  /** True: it worked; false: it did not. */
  working: boolean;
  /** Stem of the thing's head noun ("alarm", "generat"). */
  thing: string;
  /** The phrase as written, for the card's reason line. */
  words: string;
}

const BE = String.raw`(?:was|were|is|are|had\s+been|has\s+been|have\s+been|been|be)`;
/** A negated "be" (or "have been"): "was not", "had not been", "has never been". */
const NOT_BE = String.raw`(?:(?:was|were|is|are)\s+(?:not|never)|(?:had|has|have)\s+(?:not|never)\s+been)`;
const WORKING = new RegExp(String.raw`\b${BE}\s+(?:all\s+|fully\s+|still\s+)?(?:working|functioning|operational|in\s+(?:full\s+|good\s+|perfect\s+)?working\s+order)\b`, 'gi');
const NOT_WORKING = new RegExp(
  String.raw`\b(?:${NOT_BE}\s+(?:working|functioning|operational|in\s+working\s+order)|(?:was|were|is|are|had\s+been|has\s+been|have\s+been)n['’]t\s+(?:been\s+)?(?:working|functioning)|(?:had\s+|has\s+|have\s+)?stopped\s+(?:working|functioning)|${BE}\s+(?:out\s+of\s+(?:action|order|use)|faulty|broken|defective|not\s+working)|failed\s+to\s+(?:start|work|sound|activate|operate|function|go\s+off|switch\s+on)|did\s+not\s+(?:work|start|sound|activate|operate|go\s+off|switch\s+on)|didn['’]t\s+(?:work|start|sound|activate|operate|go\s+off))\b`,
  'gi',
);
/** "fitted with a working seatbelt", "had working smoke alarms": the thing after the word. */
const WORKING_BEFORE_THING = /\b(?:with|had|have|has)\s+(?:a\s+|an\s+)?(working|functioning|faulty|broken|defective)\s+([\p{L}-]+(?:\s+(?!(?:on|in|at|of|for|and|or|the|a|an|to|from|with|by|was|were|is|are|had|has)\b)[\p{L}-]+){0,2})/giu;
/**
 * Faults found in a thing ("the inspection had found faults in the fire alarm system in the upper circle": a held-out
 * subject of session 67, against "The fire alarm system was found to be working correctly"): the thing is the last word
 * of the noun phrase after "in" or "with", before a preposition.
 */
const FAULTS_IN = /\b(?:found|identified|discovered|detected|revealed|uncovered)\s+(?:(?:a|an|several|two|three|serious|major|minor|multiple)\s+)?(?:faults?|defects?)\s+(?:in|with|on)\s+(?:the\s+|its\s+|their\s+)?([\p{L}-]+(?:\s+(?!(?:on|in|at|of|for|and|or|the|a|an|to|from|with|by|was|were|is|are|had|has)\b)[\p{L}-]+){0,2})/giu;
/** After "working": of people at work, not of a thing ("was working in the wash bay", "working with police"). */
const PEOPLE_AFTER = /^\s+(?:with|for|on(?!\s+(?:the\s+(?:night|day|morning|afternoon|evening)|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|alongside|closely|hard|from|to|as|in|inside|through|round|around|overtime|late|at(?!\s+the\s+time))\b/i;
/** After the phrase: of a later time than the other side may speak of ("working again", "now working"). */
const LATER_AFTER = /^\s+(?:again|once\s+more|by\s+then)\b/i;
/** Before the phrase in its clause: it is hedged, asked or supposed (a negation is part of the phrases above). */
const UNSTATED = /\b(?:if|whether|unless|could|might|may|would|should|possibly|perhaps|reportedly|reports?|rumou?rs?|alleged|allegedly|claims?|claimed|suggest\w*|feared|fears?|suspected|now|again|since\s+been)\b|\?/i;
/** Words that end a subject's head: prepositions, relatives, participles of a description ("worn by"). */
const HEAD_STOP = new Set(['was', 'were', 'is', 'are', 'in', 'on', 'at', 'of', 'for', 'from', 'near', 'beside', 'inside', 'outside', 'across', 'along', 'by', 'with', 'which', 'that', 'who', 'used', 'worn', 'fitted', 'installed', 'serving']);
/** Quantifiers opening a subject ("All of the", "Two of the three"): the head comes after them. */
const PARTITIVE = /^(?:all|none|each|every|both|some|most|many|several|one|two|three|four|five|six|seven|eight|nine|ten|\d+)$/;

/** The head noun of the subject before `at` (its stem), or null. */
function subjectHead(text: string, at: number): string | null {
  const { tokens, from } = ownWords(clauseBefore(text, at));
  // "was found to be in working order": the thing is the finding's subject, before its verb
  const after = tokens.slice(from).filter((t) => /\p{L}/u.test(t.norm));
  const own = after.every((t) => t.norm === 'to' || t.norm === 'be') ? tokens.filter((t) => /\p{L}/u.test(t.norm)) : after;
  let start = 0;
  // "All of the wolves' GPS collars", "Two of the three backup generators": past the partitive
  while (start + 1 < own.length && PARTITIVE.test(own[start]!.norm) && own[start + 1]!.norm === 'of') start += 2;
  while (start < own.length && /^(?:the|a|an|its|their|his|her|our|this|that|these|those|all|every|each|both|three|two)$/.test(own[start]!.norm)) start++;
  let head: Token | null = null;
  for (let i = start; i < own.length; i++) {
    if (HEAD_STOP.has(own[i]!.norm)) break;
    head = own[i]!;
  }
  return head && !/['’]s$/.test(head.raw) ? stem(head.norm) : null;
}

/** Whether the phrase at `at` is stated of its own time (not hedged, asked, supposed or of later). */
function stated(text: string, at: number, end: number): boolean {
  return !UNSTATED.test(clauseBefore(text, at)) && !LATER_AFTER.test(text.slice(end));
}

/** What the sentence says of a thing working, or null when it says nothing of the kind (or two things both ways). */
export function workingReading(text: string): WorkingReading | null {
  if (!/\b(?:work|function|operat|action|order|faulty|broken|defective|failed\s+to|did\s+not|didn['’]t|faults?|defects?)/i.test(text)) return null;
  const found: WorkingReading[] = [];
  // where each not-working phrase stands: a working phrase inside one ("had not been working") is that one's
  const notSpans: [number, number][] = [];
  for (const [re, working] of [[NOT_WORKING, false], [WORKING, true]] as const) {
    for (const m of text.matchAll(re)) {
      const end = m.index + m[0].length;
      if (working && PEOPLE_AFTER.test(text.slice(end))) continue;
      if (!stated(text, m.index, end)) continue;
      if (working && notSpans.some(([from, to]) => from <= m.index && m.index < to)) continue;
      if (!working) notSpans.push([m.index, end]);
      const thing = subjectHead(text, m.index);
      if (thing) found.push({ working, thing, words: m[0] });
    }
  }
  for (const m of text.matchAll(WORKING_BEFORE_THING)) {
    if (!stated(text, m.index, m.index + m[0].length)) continue;
    const words = m[2]!.trim().split(/\s+/);
    found.push({ working: /^(?:working|functioning)$/i.test(m[1]!), thing: stem(words[words.length - 1]!.toLowerCase()), words: m[0].replace(/^\S+\s+/, '') });
  }
  for (const m of text.matchAll(FAULTS_IN)) {
    if (!stated(text, m.index, m.index + m[0].length)) continue;
    const words = m[1]!.trim().split(/\s+/);
    found.push({ working: false, thing: stem(words[words.length - 1]!.toLowerCase()), words: m[0] });
  }
  if (found.length === 0) return null;
  // one thing read both ways in one sentence says nothing plain of it
  const first = found[0]!;
  return found.every((f) => f.thing !== first.thing || f.working === first.working) ? first : null;
}

/** Two readings that cannot both hold: one working, one not, of one thing; else null. */
export function workingConflict(x: WorkingReading, y: WorkingReading): { working: 'a' | 'b'; a: string; b: string } | null {
  if (x.working === y.working || x.thing !== y.thing) return null;
  return { working: x.working ? 'a' : 'b', a: x.words, b: y.words };
}
