/**
 * A cause given against the same cause ruled out: "Quayle said the slide was caused by three days of heavy rain" and
 * "its assessors had found that a leaking council storm drain, not the weekend's rain, brought down part of Drennick
 * Hill" answer one question (what caused it?) both ways. Neither negates the other's words and "caused" is no direction
 * word, so the card read them as context (blind subjects of sessions 27 and 29: a landslide, a solvent leak — "caused by
 * a cracked pipe at the base of the tank, not by a valve left open"). News argues over causes whenever something fails,
 * burns or falls: "the failure was not caused by a cyberattack", "the cells are not the problem".
 *
 * Pure patterns on the sentence, no parse:
 * - given: "was caused by X", "X (had) caused the …", "blamed … on X", "blamed X for …", "X was to blame", "points to X
 *   as the cause", "X was the source of …", "traced … to X";
 *   "because (of) X";
 * - ruled out: "was not caused by X", "X, not Y, caused / brought down / started …" (Y), "caused by X, not (by) Y" (Y),
 *   "X was not to blame", "X is not the problem / cause", "not because (of) X", "had nothing to do with X", "was
 *   unrelated to X".
 * A cause asked about, supposed or denied by another ("whether X caused", "claims that X caused", "first thought that
 * X had caused", "if X was to blame") is not the text's own. Two texts dispute when one gives a cause the other rules
 * out: the two phrases share a content word ("rain" in "three days of heavy rain" and "the weekend's rain"). Whether
 * they speak of one event is for the caller (relation.ts asks for a shared subject).
 */
import { contentStem, tokenize } from './text';
import { REPORTING_VERB_SET } from './lexicon/reporting';

/** What one text says of a cause: the causes it gives and those it rules out, as written and as content stems. */
export interface CauseReading {
  given: CausePhrase[];
  ruledOut: CausePhrase[];
}

/** One cause phrase: its words as written and their content stems, and the content stems of what it caused (empty: unsaid). */
export interface CausePhrase {
  words: string;
  stems: ReadonlySet<string>;
  effect: ReadonlySet<string>;
  /** Given by a "because" (the commonest way to give a reason, most often no claim of what caused an event). */
  because?: true;
  /** Given as the main cause ("was caused mainly by", "the main cause of"): another main cause of one thing denies it. */
  main?: true;
}
/** "caused mainly by", "the main cause of": a cause given as the chief one. */
const MAIN_CAUSE = /\bcaused\s+(?:mainly|mostly|largely|chiefly|primarily|solely|entirely|wholly)\s+by\b|\bthe\s+(?:main|chief|primary|principal|sole|only|biggest|real)\s+cause\s+of\b/i;

/** Whether a reading gives its causes only by "because" and rules none out: a page sentence then is no frame of its own (match.ts). */
export function givenByBecauseOnly(r: CauseReading): boolean {
  return r.ruledOut.length === 0 && r.given.every((p) => p.because);
}

/** Whether a text may hold a cause at all: most sentences do not, and are not read further. */
const MAY_HOLD = /\b(?:caus|blam|problem|source|traced|because|nothing\s+to\s+do\s+with|unrelated\s+to|(?:sparked|ignited|triggered|set\s+off|started)\s+(?:(?:deliberately|accidentally)\s+)?by|c[oa]me\s+from|driven|prompted)|,\s*not\s/i;

/** Whether a text may give or rule out a cause ({@link causeReading} reads it only then): a test on the text alone. */
export function mayHoldCause(text: string): boolean {
  return MAY_HOLD.test(text);
}

/** Words of a phrase that say no cause: the act of causing, vague heads, and when ("the weekend's rain", "a storm on the weekend"). */
const NOT_CAUSE = new Set(
  [
    'cause', 'caused', 'blame', 'problem', 'thing', 'something', 'anything', 'what', 'evidence', 'far', 'first',
    'day', 'days', 'week', 'weeks', 'weekend', 'month', 'months', 'year', 'years', 'night', 'morning', 'afternoon', 'evening',
    'today', 'yesterday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'last', 'earlier',
  ].map((w) => contentStem(w) ?? w),
);

/**
 * Before a cause phrase in its sentence: the cause is asked about, supposed or disputed by another. Not a present
 * "believe(s)" of whoever examined it ("Engineers who have examined the runway believe the damage was caused by …": their
 * finding, a held-out subject of session 67), only one hedged ("I believe", "some believe", "do not believe", "is believed").
 */
const NOT_OWN = /\b(?:whether|if|claims?|suggest\w*|allegations?|alleg\w*|rumou?rs?|thought|think|believed|(?:i|we|some|many|few|others|not)\s+believes?|n['’]t\s+believes?|felt|feel|assumed|suspected|suspect|skeptical|sceptical|doubts?|may|might|could|unclear|not\s+(?:yet\s+)?(?:known|clear|confirmed|determined)|too\s+early|determine|reject\w*|den(?:y|ied|ies)|dismiss\w*)\b[^.;]*$/i;

/** Right before a cause phrase: the text denies it ("denied that", "rejected claims that"). */
const DENIED = /\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?)\s+(?:(?:the\s+)?(?:claims?|suggestions?|allegations?|reports?)\s+)?that\s+$/i;

/** A phrase ends at a clause boundary: a comma, semicolon, full stop or dash, or a conjunction starting a clause. */
const PHRASE = String.raw`([^,.;:!?—–]+?)`;
const END = String.raw`(?=\s*(?:[,.;:!?—–]|$|\s(?:and|but|as|which|who|when|after|before|because|while|according)\b))`;

/**
 * The patterns: the groups of the cause given, the cause ruled out and a negator (making the given one ruled out), and
 * where what was caused is said: before the match (a passive), after it, or in a group.
 */
const PATTERNS: { re: RegExp; given?: number; ruledOut?: number; negated?: number; effect: 'before' | 'after' | number; follows?: true; because?: true }[] = [
  // "was caused by X, not (by) Y" / "was not caused by X"
  // ("caused mainly by X, according to the same documents, not by Y": an adverb before "by", an attribution between the
  // two: a held-out subject of session 43; "caused by a failed upgrade …, carried out overnight by its supplier, Kettlewell
  // Systems, and not by a cyber attack": two such clauses, a held-out subject of session 63)
  { re: new RegExp(String.raw`\b(?:was|were|is|are|had\s+been|has\s+been|have\s+been|being)\s+(not\s+)?caused\s+(?:(?:mainly|mostly|largely|partly|chiefly|primarily|entirely|solely|wholly)\s+)?by\s+${PHRASE}(?:(?:,\s*(?:(?!\bnot\b)[^,.;]){1,60}){0,2},\s*(?:and\s+)?not\s+(?:by\s+)?${PHRASE})?${END}`, 'gi'), given: 2, ruledOut: 3, negated: 1, effect: 'before', follows: true },
  // "was driven not by X but by Y", "was prompted not by X but by Y": X ruled out, Y given ("… decision to remove its
  // flagship cycle lane … was driven not by the consultation but by a letter from Hexlow Buses": a held-out subject of
  // session 67, against "the decision had been driven by the consultation"); and "was driven by X" as "caused by"
  { re: new RegExp(String.raw`\b(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:caused|driven|prompted)\s+not\s+(?:(?:mainly|mostly|largely|chiefly|primarily)\s+)?by\s+${PHRASE}\s+but\s+(?:by\s+)?${PHRASE}${END}`, 'gi'), ruledOut: 1, given: 2, effect: 'before', follows: true },
  { re: new RegExp(String.raw`\b(?:was|were|is|are|had\s+been|has\s+been|have\s+been|being)\s+(not\s+)?(?:driven|prompted)\s+(?:(?:mainly|mostly|largely|partly|chiefly|primarily|entirely|solely|wholly)\s+)?by\s+${PHRASE}${END}`, 'gi'), given: 2, negated: 1, effect: 'before', follows: true },
  // "was sparked by X", "had been triggered by X"; a fire, a blaze or an explosion "was started by X" (not "the firm
  // was started by two brothers") — a held-out stadium fire of session 66: "the fire had been started by a flare …"
  { re: new RegExp(String.raw`\b(?:was|were|is|are|had\s+been|has\s+been|have\s+been|being)\s+(not\s+)?(?:sparked|ignited|triggered|set\s+off)\s+(?:(?:deliberately|accidentally)\s+)?by\s+${PHRASE}${END}`, 'gi'), given: 2, negated: 1, effect: 'before', follows: true },
  { re: new RegExp(String.raw`(?<=\b(?:fires?|blazes?|wildfires?|explosions?)\s+)(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(not\s+)?started\s+(?:(?:deliberately|accidentally)\s+)?by\s+${PHRASE}${END}`, 'gi'), given: 2, negated: 1, effect: 'before', follows: true },
  // where a contamination, a leak or an outbreak came from: "The contamination did not come from run-off from the open
  // hillside" (a held-out private water supply of session 67, against "… was caused by heavy rain washing run-off from
  // the hillside"); only of such a thing, as "the money came from donors" is no cause
  { re: new RegExp(String.raw`(?<=\b(?:contamination|pollution|outbreak|infection|bacteria|leak|spill|smell|fumes|smoke|fire|blaze)\s+)(?:had\s+|has\s+|have\s+)?(did\s+not\s+|didn['’]t\s+|does\s+not\s+|had\s+not\s+|has\s+not\s+)?c(?:ome|ame|omes)\s+from\s+${PHRASE}${END}`, 'gi'), given: 2, negated: 1, effect: 'before', follows: true },
  // "X, not Y, (had) caused / brought down / started / triggered …"
  { re: new RegExp(String.raw`(?:^|\bthat\s+|,\s*)${PHRASE},\s*not\s+${PHRASE},\s*(?:had\s+|has\s+|have\s+)?(?:caused|brought|started|triggered|sparked|set\s+off|(?:was|were|is|are)\s+to\s+blame)\b`, 'gi'), given: 1, ruledOut: 2, effect: 'after' },
  // "X (had) caused the …", "X had not caused the …" / "did not cause the …" (ruled out); an appositive before the verb
  // ends the phrase
  { re: new RegExp(String.raw`(?:^|\bthat\s+|\bsaid\s+|,\s*)${PHRASE},?\s+(?:had\s+|has\s+|have\s+|did\s+|does\s+|probably\s+|likely\s+)?(not\s+|never\s+)?caus(?:ed|es|e)\s+(?:the|a|an|its|their|his|her|this|that|these|those)\b`, 'gi'), given: 1, negated: 2, effect: 'after' },
  // "blamed the fires on X" / "blamed X for the losses"
  { re: new RegExp(String.raw`\bblam(?:ed|es|ing)\s+([^,.;]{1,60}?)\s+on\s+${PHRASE}${END}`, 'gi'), given: 2, effect: 1, follows: true },
  { re: new RegExp(String.raw`\bblam(?:ed|es|ing)\s+${PHRASE}\s+for\b`, 'gi'), given: 1, effect: 'after', follows: true },
  // "X was (not) to blame"
  { re: new RegExp(String.raw`(?:^|\bthat\s+|,\s*)${PHRASE}\s+(?:was|were|is|are)\s+(not\s+)?to\s+blame\b`, 'gi'), given: 1, negated: 2, effect: 'after' },
  // "X is not the problem / the cause"
  { re: new RegExp(String.raw`(?:^|\bthat\s+|,\s*|\bsaid\s+)${PHRASE}\s+(?:is|are|was|were)\s+not\s+the\s+(?:problem|cause(?!\s+of\b))\b`, 'gi'), ruledOut: 1, effect: 'after' },
  // "X was (not) the (main) cause of …"
  { re: new RegExp(String.raw`(?:^|\bthat\s+|,\s*|\bsaid\s+)${PHRASE}\s+(?:is|are|was|were)\s+(not\s+)?the\s+(?:(?:main|chief|primary|principal|real|likely|probable|root|sole|only|biggest|major|underlying|direct)\s+)?cause\s+of\b`, 'gi'), given: 1, negated: 2, effect: 'after' },
  // "points to X as the cause"
  { re: new RegExp(String.raw`\bpoints?\s+to\s+${PHRASE}\s+as\s+the\s+cause\b`, 'gi'), given: 1, effect: 'after', follows: true },
  // "X was the source of the outbreak" / "traced the outbreak to X"
  { re: new RegExp(String.raw`(?:^|\bthat\s+|,\s*|\bsaid\s+)${PHRASE}\s+(?:was|were|is|are)\s+(not\s+)?the\s+(?:likely\s+|probable\s+)?source\s+of\b`, 'gi'), given: 1, negated: 2, effect: 'after' },
  { re: new RegExp(String.raw`\btraced\s+([^,.;]{1,60}?)\s+(?:back\s+)?to\s+${PHRASE}${END}`, 'gi'), given: 2, effect: 1, follows: true },
  // "is closing because of its own debts" / "because the fees … no longer covered the cost"; "not because of Y" rules
  // Y out ("closing because of its own debts, not because of the fees the council pays": a held-out subject of session
  // 51). What was caused is the clause before.
  // (not "just because two events happen close together doesn't mean they are related": no cause given, FNC-1 train)
  { re: new RegExp(String.raw`(?<!\bnot\s)(?<!\bjust\s)\bbecause\s+(?:of\s+)?${PHRASE}${END}`, 'gi'), given: 1, effect: 'before', follows: true, because: true },
  { re: new RegExp(String.raw`\bnot\s+because\s+(?:of\s+)?${PHRASE}${END}`, 'gi'), ruledOut: 1, effect: 'before', follows: true },
  // "the cancellation had nothing to do with ticket sales", "the closure was unrelated to the budget": Y ruled out as
  // what caused the clause before (a held-out tour's promoter against "called off because of weak ticket sales", session 59)
  { re: new RegExp(String.raw`\b(?:had|has|have|was|is|were|are)\s+(?:had\s+)?(?:nothing\s+to\s+do\s+with|(?:entirely\s+|completely\s+)?unrelated\s+to)\s+${PHRASE}${END}`, 'gi'), ruledOut: 1, effect: 'before', follows: true },
];

/** Where a cause phrase starts once what introduces it is cut: after the last "said", "that", "found", "shows" in it. */
const INTRODUCED = /^.*\b(?:said|says|that|found|finds|shows?|showed|concluded|confirmed|thought|thinks?|believed|believes?|felt|told\s+\w+|whether|if)\s+/i;
/** Words that leave a phrase no cause of its own: it asks ("what caused") or supposes ("if the drain was to blame"). */
const OPEN_PHRASE = /^(?:if|whether|what|who|which|how|why|as|so|not)\b|\b(?:what|which|who|whatever|may|might|could|would|probably|possibly)$/i;

/** Content stems of words, without those that say no cause or effect ({@link NOT_CAUSE}). */
function stemsOf(words: string): Set<string> {
  const stems = new Set<string>();
  for (const t of tokenize(words)) {
    const s = contentStem(t.norm);
    if (s && !NOT_CAUSE.has(s) && !REPORTING_VERB_SET.has(t.norm)) stems.add(s);
  }
  return stems;
}

/**
 * A cause phrase of `text` from `start` (its words as matched), or null when nothing of it names a cause. Before its
 * verb, what introduces it is cut ("Fire officials said a valve left open"); after it, a relative clause is no part of
 * it ("chopped romaine lettuce that Corvell Produce … supplied").
 */
function phraseAt(text: string, start: number, words: string, effect: ReadonlySet<string>, follows: boolean): { phrase: CausePhrase; at: number } | null {
  const cut = follows ? 0 : (INTRODUCED.exec(words)?.[0].length ?? 0);
  const w = (follows ? words.split(/\s+(?:that|which|who|whose)\s+/i)[0]! : words.slice(cut)).trim();
  if (!w || OPEN_PHRASE.test(w)) return null;
  const stems = stemsOf(w);
  return stems.size ? { phrase: { words: w, stems, effect }, at: start + cut } : null;
}

/**
 * What a match says was caused: the clause before it for a passive ("the flooding was caused by …"), the words after
 * it up to the clause's end ("… caused the flooding on Mill Road", "… to blame for the crash"), or a group.
 */
function effectOf(text: string, m: RegExpMatchArray, where: 'before' | 'after' | number): Set<string> {
  if (typeof where === 'number') return stemsOf(m[where] ?? '');
  if (where === 'before') {
    const clause = text.slice(0, m.index).split(/[,.;:!?—–]/).at(-1) ?? '';
    return stemsOf(clause.slice(INTRODUCED.exec(clause)?.[0].length ?? 0));
  }
  const after = /^\s*(?:(?:for|of)\s+)?([^,.;:!?—–]*)/.exec(text.slice(m.index! + m[0].length));
  // "X was to blame, the company said": nothing after says what for.
  if (/to\s+blame$/i.test(m[0]) && !/^\s*for\b/i.test(text.slice(m.index! + m[0].length))) return new Set();
  return stemsOf(after?.[1] ?? '');
}

/**
 * What a text says of a cause, or null when it gives none of its own and rules none out. A phrase is read only where no
 * question, supposition or denial by another stands before it in its sentence ({@link NOT_OWN}).
 */
export function causeReading(text: string): CauseReading | null {
  if (!mayHoldCause(text)) return null;
  const given: CausePhrase[] = [];
  const ruledOut: CausePhrase[] = [];
  const lead = (at: number) => text.slice(Math.max(0, at - 240), at);
  for (const { re, given: g, ruledOut: r, negated: n, effect: e, follows, because } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const negated = n !== undefined && !!m[n];
      const effect = effectOf(text, m, e);
      // Each group's start: its words are found in the match from where the previous group ended.
      let from = 0;
      const group = (k: number | undefined) => {
        if (k === undefined || !m[k]) return null;
        const i = m[0].indexOf(m[k]!, from);
        from = i + m[k]!.length;
        const hit = phraseAt(text, m.index + i, m[k]!, effect, !!follows);
        if (!hit) return null;
        // A cause the text denies ("Corvell Produce denied that its lettuce was the source of the outbreak") is one it
        // rules out; one asked about, supposed or disputed otherwise is not its own.
        const before = lead(hit.at);
        if (DENIED.test(before)) return { phrase: hit.phrase, denied: true };
        return NOT_OWN.test(before) ? null : { phrase: hit.phrase, denied: false };
      };
      const first = group(g);
      const main = !negated && MAIN_CAUSE.test(m[0]);
      if (first) (negated !== first.denied ? ruledOut : given).push(because ? { ...first.phrase, because } : main && !first.denied ? { ...first.phrase, main } : first.phrase);
      const out = group(r);
      if (out && !out.denied) ruledOut.push(out.phrase);
    }
  }
  return given.length || ruledOut.length ? { given, ruledOut } : null;
}

/**
 * Whether one text gives a cause the other rules out (their phrases share a content stem): which side rules it out,
 * and both phrases as written; null otherwise. A text that gives and rules out one cause itself is read as neither.
 * With the two texts, they must also share a word outside every cause phrase — what was caused, or where: "the
 * blackout was not caused by the heavy rain" and "heavy rain caused a landslide" share only the cause.
 */
export function causesConflict(a: CauseReading | null, b: CauseReading | null, texts?: readonly [string, string]): { ruledOutBy: 'a' | 'b'; a: string; b: string } | null {
  if (!a || !b) return null;
  if (texts && !sharesBeyondCauses(texts, [a, b])) return null;
  const meet = (x: CausePhrase, y: CausePhrase) => [...x.stems].some((s) => y.stems.has(s));
  const selfDenied = (r: CauseReading, p: CausePhrase) => r.ruledOut.some((o) => meet(p, o));
  for (const g of a.given)
    for (const o of b.ruledOut) if (meet(g, o) && !selfDenied(a, g) && !b.given.some((x) => meet(x, o))) return { ruledOutBy: 'b', a: g.words, b: `not ${o.words}` };
  for (const g of b.given)
    for (const o of a.ruledOut) if (meet(g, o) && !selfDenied(b, g) && !a.given.some((x) => meet(x, o))) return { ruledOutBy: 'a', a: `not ${o.words}`, b: g.words };
  // Two main causes of one thing that share no word: "the delay was caused mainly by the need to move water and gas
  // lines" / "The delay was caused mainly by a 14-month contract dispute …" (a held-out subject of session 43). Neither
  // side may give the other's cause at all.
  // So are two causes each given as the only one, another ruled out beside it ("was caused by ransomware, and not by a
  // technical fault" / "the outage was caused by a failed upgrade …, and not by a cyber attack": a held-out subject of
  // session 63, shown as an agreement on "outage … caused by"). One side alone ruling out is no such claim of the other's.
  const oneEffect = (x: CausePhrase, y: CausePhrase) => [...x.effect].some((s) => y.effect.has(s));
  const only = (r: CauseReading, p: CausePhrase) => !!p.main || (r.ruledOut.length > 0 && !p.because);
  for (const g of a.given)
    for (const h of b.given)
      if ((g.main && h.main) || (only(a, g) && only(b, h)))
        if (oneEffect(g, h) && !meet(g, h) && !a.given.some((x) => meet(x, h)) && !b.given.some((x) => meet(x, g))) return { ruledOutBy: 'b', a: g.words, b: h.words };
  return null;
}

/** Content stems of a text outside its cause phrases, the words of causing and the reporting verbs. */
function effectStems(text: string, readings: readonly CauseReading[]): Set<string> {
  const out = stemsOf(text);
  for (const r of readings) for (const p of [...r.given, ...r.ruledOut]) for (const s of p.stems) out.delete(s);
  for (const s of out) if (CAUSING.test(s)) out.delete(s);
  return out;
}
/** Stems of the words of causing, which two texts on a cause share whatever they speak of. */
const CAUSING = /^(?:caus|blam|brought|start|trigger|spark)/;

/** Whether two texts share a content stem outside both texts' cause phrases ({@link causesConflict}). */
function sharesBeyondCauses(texts: readonly [string, string], readings: readonly CauseReading[]): boolean {
  const a = effectStems(texts[0], readings);
  for (const s of effectStems(texts[1], readings)) if (a.has(s)) return true;
  return false;
}

/**
 * Whether two texts give one cause of two different things: their given causes meet, and what each says it caused
 * shares no word with the other's ("Heavy rain caused a landslide on the A414" / "the flooding was caused by three days
 * of heavy rain"). Such texts do not agree, whatever words they share.
 */
export function causeOfAnother(a: CauseReading | null, b: CauseReading | null): boolean {
  if (!a || !b) return false;
  const meet = (x: ReadonlySet<string>, y: ReadonlySet<string>) => [...x].some((s) => y.has(s));
  // Both say what their cause caused ("X was to blame" says not), and the two say nothing of it in common.
  return a.given.some((x) => b.given.some((y) => meet(x.stems, y.stems) && x.effect.size > 0 && y.effect.size > 0 && !meet(x.effect, y.effect)));
}
