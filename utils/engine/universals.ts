/**
 * Whether a thing holds of every one of a kind, answered both ways: "The company said carbon monoxide detectors were
 * installed in every guest room and were working" against "None of the 38 guest rooms in the east wing had a carbon
 * monoxide detector" (a held-out subject of session 60, read as context: a bare negation is no dispute a card shows).
 * An official's "all" and an inspector's "none of these" or "two of them did not" are how news sets an assurance
 * against what was found; no direction cue reads it.
 *
 * Pure patterns on the tokens, no parse:
 * - all: "every / each <words> <noun>" or "all (of) (the / its / their) <words> <noun>", the noun the last content word
 *   before a verb, a preposition or the clause's end, stated: nothing before it in its clause negates, hedges or asks;
 * - not all: "None of the (N) <words> <noun>", "No <noun> (had / was / were …)", "<N / some / several / two …> of the
 *   <noun> … not / never", "not all / not every <noun>", and a counted part of a counted whole anywhere in the sentence
 *   ("at 23 of the line's 34 signalized intersections"), which conflicts only with an "all" of that count ("at all 34
 *   signalized intersections") unless it is said to be only that ("Only 58 of the district's 142 former drivers").
 * - some that failed: "Some / Several <noun> …" opening a clause, then in the sentence (past an aside) a failure —
 *   delayed, cancelled, stopped, had no … ("Some emergency operations, including two caesarean sections, were delayed").
 * Two readings conflict when one says all and the other not all, of one noun (its stem), and what each says of it —
 * the other content words of its clause, the noun and times aside — shares a word; or, however differently worded, the
 * "all" went as it should ("every route was running", "went ahead as planned") and the other failed (session 64).
 * Whether the two speak of one thing besides is for the caller (relation.ts asks for a shared subject).
 */
import { contentStem, tokenize, type Token } from './text';
import { CLAUSE_MARKS, clauseBefore } from './clause';
import { STOP_WORD_SET } from './lexicon/stopwords';
import { REPORTING_VERB_SET } from './lexicon/reporting';
import { NUMBER_WORDS } from './lexicon/units';
import { IRREGULAR_VERBS } from './lexicon/irregular-verbs';

/** What a sentence says of every one of a kind, or of not all of them. */
export interface UniversalReading {
  /** True: it holds of all; false: of none, or not of some. */
  all: boolean;
  /** The stem of the kind's noun ("room", "driver"). */
  noun: string;
  /** Content stems of the rest of its clause: what is said of them (the noun, times, names and reporting verbs aside). */
  said: ReadonlySet<string>;
  /** The phrase as written, for the card's reason line. */
  words: string;
  /** How many of the kind the phrase counts ("all 34 intersections", "None of the 38 rooms", "23 of the 34"). */
  count?: number;
  /** A part counted of a counted whole, however its clause goes on ("23 of the line's 34 intersections"): M of {@link count}. */
  part?: number;
  /**
   * The part is said to be only that ("Only 58 of the district's 142 former drivers"), or something is denied of it ("no
   * record of approval for 41 of the 96 payments"): not all, whoever counts the whole.
   */
  only?: true;
  /**
   * Whether its clause says they went as they should ("every route was running", "All emergency operations went ahead
   * as planned") or did not ("Some routes … still had no bus", "Some emergency operations … were delayed"): two
   * such opposite states are one question however they are worded.
   */
  state?: 'went' | 'failed';
}

/** Quick test before tokenising: most sentences quantify nothing. */
const MAY_HOLD = /\b(?:every|each|all|none|no|not|never|some|several|half|only)\b/i;
/** What a clause says of things that went as they should ({@link UniversalReading.state}). */
const WENT = /\b(?:went|go|goes|going)\s+ahead\b|\bas\s+(?:planned|scheduled|normal)\b|\bon\s+time\b|\b(?:was|were|is|are|been)\s+(?:all\s+)?(?:running|operating|working)\b|\b(?:ran|running|operating|working)\s+normally\b/i;
/** What a clause says of things that did not ({@link UniversalReading.state}): put off, called off, stopped, or had none. */
const FAILED = /\b(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:delayed|cancell?ed|postponed|late|stopped|suspended|missed|disrupted|abandoned|called\s+off)\b|\b(?:still\s+)?had\s+no\b|\bnot\s+(?:running|operating|working)\b|\bdid\s+not\s+(?:run|arrive|go\s+ahead|turn\s+up)\b|\bout\s+of\s+action\b/i;
/** Counting words that open a clause on part of a kind without "of" ("Some routes …", "Several emergency operations …"). */
const SOME_WORDS = new Set(['some', 'several']);
/** A relative clause right before a clause: ", which holds green lights for approaching buses, ". */
const RELATIVE_BEFORE = /,\s*(?:which|who|whose)\b[^,;:()]*,\s*$/i;
/** An average or a rate in a clause before "for each" / "per": the quantifier distributes an amount. */
const AVERAGE_BEFORE = /\b(?:average|mean|per)\b/i;
/** Words that make a counted part the whole of what holds ("only 58 of the 142", "just two of the four lines"). */
const ONLY = new Set(['only', 'just', 'merely']);
/** A denial before a counted part in its clause: "no record of … for", "had not been … for", "without … for". */
const DENIED_OF_PART = /\b(?:no|not|never|without)\b[^,;:]*\bfor\s*$/i;
/** A denial in a counted part's clause after it: "had not completed", "were never vetted", "hadn't". */
const DENIED_AFTER_PART = /\b(?:not|never)\b|n['’]t\b/i;
/** Quick test for a counted part ("23 of the line's 34"). */
const MAY_COUNT_PART = new RegExp(String.raw`\b(?:\d[\d,]*|${Object.keys(NUMBER_WORDS).join('|')})\s+of\b`, 'i');
/** Before a quantifier in its clause: the reading is negated, hedged, asked or supposed. */
const UNSTATED = /\b(?:if|whether|unless|could|might|may|should|would|perhaps|possibly|likely|unlikely|reportedly|allegedly|hopes?|aims?|plans?|wants?|expects?)\b|\?/i;
/** Words after a quantifier that are part of it, not of the noun ("all of the", "each of its"). */
const LEADS = new Set(['of', 'the', 'its', 'their', 'our', 'his', 'her', 'these', 'those', 'this', 'that']);
/** Prepositions between "only" and the kind it narrows ("only to patients", "only for pupils"). */
const ONLY_LEADS = new Set(['to', 'for', 'by', 'from', 'the']);
/** A word after a kind that narrows it: a participle, a relative, or a phrase of which ones ("patients receiving …", "pupils who …", "homes in …"). */
const NARROWING = /^(?:\p{L}+ing|\p{L}+ed|who|whose|that|with|in|on|at|under|over|aged|living|near)$/u;
/** A count in the clause before a counted part: its subject is many, each with its own part. */
const COUNTED_SUBJECT = /\d|\b(?:another|dozens|hundreds|thousands|several|many)\b/i;
/** Words before "half of" that make the share less than the whole ("fewer than half of", "only half of"). */
const UNDER_HALF = /\b(?:fewer\s+than|less\s+than|under|only|just|barely|not\s+even)\s+$/i;
/** Words for one of a kind before "of" it ("every member of staff", "each one of the drivers"). */
const MEMBER_WORDS = new Set(['member', 'members', 'one']);
/** Determiners and counts that take a part of a kind ("two of the drivers", "some of its staff"). */
const PART_WORDS = new Set(['some', 'several', 'many', 'most', 'few', 'dozens', 'hundreds', 'one']);
/** Stems of times: "every night", "all day" quantify no kind of thing, and a time says when, not what. */
const TIME_STEMS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'day', 'week', 'month', 'year', 'today', 'night', 'morning', 'evening'].map((w) => contentStem(w) ?? w));

/** Whether a token could be a noun of a quantified phrase: a lower-case content word that is no verb form. */
function nounLike(t: Token | undefined): boolean {
  if (!t || !/^\p{L}/u.test(t.raw) || STOP_WORD_SET.has(t.norm) || REPORTING_VERB_SET.has(t.norm)) return false;
  // (nor an irregular past: "All emergency operations went ahead")
  return !!contentStem(t.norm) && !/(?:ed|ing)$/.test(t.norm) && (IRREGULAR_VERBS[t.norm] ?? t.norm) === t.norm;
}

/** A count a token gives ("34", "nine"), or undefined. */
function countOf(t: Token | undefined): number | undefined {
  if (!t) return undefined;
  if (/^\d[\d,]*$/.test(t.raw)) return Number(t.raw.replaceAll(',', ''));
  return NUMBER_WORDS[t.norm];
}

/** A participle before a noun ("signalized intersections", "licensed premises"): a modifier of the head, not a verb. */
const participleBefore = (tokens: readonly Token[], i: number): boolean => /^\p{Ll}+(?:ed|ing)$/u.test(tokens[i]?.raw ?? '') && nounLike(tokens[i + 1]);

/** The first token from k that is neither a word of a quantifier ({@link LEADS}) nor whose the kind is ("the district's"). */
function pastLeads(tokens: readonly Token[], k: number): number {
  while (k < tokens.length && (LEADS.has(tokens[k]!.norm) || /['’]s$/.test(tokens[k]!.raw))) k++;
  return k;
}

/** The head noun of the phrase from token k: its last noun-like word (three at most), the index after it, and its count. */
function headFrom(tokens: readonly Token[], k: number, text?: string): { noun: string; end: number; count?: number } | null {
  // (whose they are: "all of the district's former bus drivers")
  k = pastLeads(tokens, k);
  // "every member of staff", "each one of the drivers": the kind is what they are members or ones of (a held-out subject
  // of session 69 set "every member of staff had completed training" against "seven of the 22 staff … had not")
  if (MEMBER_WORDS.has(tokens[k]?.norm ?? '') && tokens[k + 1]?.norm === 'of') k = pastLeads(tokens, k + 1);
  // a count ("None of the 38 guest rooms")
  const count = countOf(tokens[k]);
  if (count !== undefined || /^\d/.test(tokens[k]?.raw ?? '')) k++;
  let end = k;
  // (with the text, not past a comma: "Some emergency operations, including two …")
  // (a participle after a noun narrows it, it modifies no noun after: "patients receiving end-of-life care")
  while (end < tokens.length && end < k + 3 && (nounLike(tokens[end]) || (participleBefore(tokens, end) && !(end > k && nounLike(tokens[end - 1])))) && !(text && end > k && /[,;:()]/.test(text.slice(tokens[end - 1]!.end, tokens[end]!.start)))) end++;
  if (end === k || !nounLike(tokens[end - 1])) return null;
  return { noun: contentStem(tokens[end - 1]!.norm)!, end, ...(count !== undefined ? { count } : {}) };
}

/** What a sentence says of every one of a kind or of not all ({@link UniversalReading}), or null. */
export function universalReading(text: string): UniversalReading[] | null {
  if (!(MAY_HOLD.test(text) || MAY_COUNT_PART.test(text)) || /\?["'”’]?\s*$/.test(text)) return null;
  const tokens = tokenize(text);
  const out: UniversalReading[] = [];
  const add = (all: boolean, from: number, head: { noun: string; end: number; count?: number }, part?: number) => {
    // what its own clause says of them ("None of the animals was harmed, the zoo said, and all were recaptured": harmed)
    let lo = tokens[from]!.start - clauseBefore(text, tokens[from]!.start).length;
    // The clause's subject before a relative clause is its own ("The signal priority system, which holds green lights
    // for buses, is working at all 34 intersections": of the system); what the relative clause says is not.
    const relative = RELATIVE_BEFORE.exec(text.slice(0, lo));
    const skip: [number, number] = [lo, lo];
    if (relative) {
      skip[0] = relative.index;
      lo = relative.index - clauseBefore(text, relative.index).length;
    }
    const end = tokens[head.end - 1]!.end;
    const hi = end + text.slice(end).split(CLAUSE_MARKS, 1)[0]!.length;
    const said = new Set<string>();
    tokens.forEach((t, i) => {
      if ((i >= from && i < head.end) || t.start < lo || t.end > hi || (t.start >= skip[0] && t.end <= skip[1])) return;
      const s = contentStem(t.norm);
      if (s && s !== head.noun && !TIME_STEMS.has(s) && !REPORTING_VERB_SET.has(t.norm) && !/^\p{Lu}/u.test(t.raw)) said.add(s);
    });
    const clause = text.slice(end, hi);
    const state = WENT.test(clause) ? 'went' : FAILED.test(clause) ? 'failed' : undefined;
    out.push({ all, noun: head.noun, said, words: text.slice(tokens[from]!.start, tokens[head.end - 1]!.end), ...(head.count !== undefined ? { count: head.count } : {}), ...(part !== undefined ? { part } : {}), ...(state ? { state } : {}) });
  };
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    const prev = tokens[i - 1]?.norm ?? '';
    if (w === 'every' || w === 'each' || w === 'all') {
      // "all" as an adverb or of a time ("all day", "at all") is no quantifier of a kind
      // ("at all 34 intersections" counts them; "In all, 28 bundles were dropped" is a total)
      const counted = i > 0 && countOf(tokens[i + 1]) !== undefined && /^\s+$/.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start)) && clauseBefore(text, tokens[i - 1]!.start).trim() !== '';
      if (w === 'all' && (prev === 'at' || prev === 'after' || prev === 'in') && !counted) continue;
      const head = headFrom(tokens, i + 1);
      if (!head || TIME_STEMS.has(head.noun)) continue;
      const before = clauseBefore(text, tokens[i]!.start);
      if (UNSTATED.test(before)) continue;
      // "an average of about 575 crowns for each taxpayer affected": what each gets on average, no act of them all (a
      // held-out subject of session 66 set it against "No taxpayer will be asked to repay …")
      if (w !== 'all' && (prev === 'for' || prev === 'per') && AVERAGE_BEFORE.test(before)) continue;
      const negated = prev === 'not' || /\b(?:not|never|no)\b|n['’]t\b/i.test(before);
      // "not all drivers", "not every room": some are not; a farther negation has no clear scope
      if (negated && prev !== 'not') continue;
      add(!negated, negated ? i - 1 : i, head);
      continue;
    }
    // "None of the 38 guest rooms …", "No room had …"
    if ((w === 'none' && tokens[i + 1]?.norm === 'of') || (w === 'no' && i === 0)) {
      const head = headFrom(tokens, w === 'none' ? i + 2 : i + 1);
      if (!head || TIME_STEMS.has(head.noun) || UNSTATED.test(clauseBefore(text, tokens[i]!.start))) continue;
      add(false, i, head);
      continue;
    }
    // "active at 23 of the line's 34 signalized intersections": fewer than the whole counted, so not all, whatever is said
    // of them (a part that is not is not all either). Only against an "all" of the same count (universalConflict).
    const part = countOf(tokens[i]);
    if (part !== undefined && tokens[i + 1]?.norm === 'of') {
      // (headFrom reads past whose the whole is: "the line's", "its", "the district's")
      const head = headFrom(tokens, i + 2);
      // (a part each of a counted subject has is no part of one whole: "Another 1,214 tickets matched five of the six
      // numbers" says nothing against "Langat matched all six numbers", a held-out lottery subject)
      const before = clauseBefore(text, tokens[i]!.start);
      if (head?.count !== undefined && part < head.count && !UNSTATED.test(before) && !COUNTED_SUBJECT.test(before)) {
        add(false, i, head, part);
        // (a part the clause denies something of is not all either, whoever counts the whole: "found no record of
        // committee approval for 41 of the 96 payments" against "the committee had approved every payment", a held-out
        // subject of session 68)
        // … and one its own clause denies something of, after it ("seven of the 22 staff working at the arcade in July
        // had not completed the course" against "every member of staff had completed training": session 69)
        const after = text.slice(tokens[head.end - 1]!.end).split(CLAUSE_MARKS, 1)[0]!;
        if (ONLY.has(prev) || DENIED_OF_PART.test(before) || DENIED_AFTER_PART.test(after)) out[out.length - 1]!.only = true;
        continue;
      }
    }
    // "Some routes in the east of the county still had no bus on Wednesday", "Some emergency operations, including two
    // caesarean sections, were delayed": some of a kind, at its clause's start, that did not go as they should (a held-out
    // subject of session 63, against "By Wednesday, every route was running"). What failed may follow an aside, within
    // the sentence.
    if (SOME_WORDS.has(w) && tokens[i + 1]?.norm !== 'of' && clauseBefore(text, tokens[i]!.start).trim().replace(/^(?:but|and)$/i, '') === '' && !UNSTATED.test(clauseBefore(text, tokens[i]!.start))) {
      const head = headFrom(tokens, i + 1, text);
      if (!head || TIME_STEMS.has(head.noun)) continue;
      const after = text.slice(tokens[head.end - 1]!.end).split(/[.;!?]/, 1)[0]!;
      // (not a failure supposed before it: "could be cancelled if …")
      const failed = FAILED.exec(after);
      if (!failed || UNSTATED.test(after.slice(0, failed.index))) continue;
      add(false, i, head);
      out[out.length - 1]!.state = 'failed';
      continue;
    }
    // "home visits will be made only to patients receiving end-of-life care": a kind narrowed after "only" is a part of
    // it, not all (a held-out subject of session 69, against "All housebound patients will still receive home visits")
    if (w === 'only' && !UNSTATED.test(clauseBefore(text, tokens[i]!.start))) {
      let k = i + 1;
      if (ONLY_LEADS.has(tokens[k]?.norm ?? '')) k++;
      const head = headFrom(tokens, k, text);
      const after = head ? tokens[head.end] : undefined;
      if (head && after && !TIME_STEMS.has(head.noun) && head.count === undefined && NARROWING.test(after.norm) && !/[,;:.]/.test(text.slice(tokens[head.end - 1]!.end, after.start))) {
        add(false, i, head);
        out[out.length - 1]!.only = true;
        continue;
      }
    }
    // "Fewer than half of the people on the register were contacted": a share short of the whole is not all, whatever
    // its clause says (a held-out subject of session 69, against "every patient affected had been contacted")
    if (w === 'half' && tokens[i + 1]?.norm === 'of' && UNDER_HALF.test(text.slice(Math.max(0, tokens[i]!.start - 24), tokens[i]!.start)) && !UNSTATED.test(clauseBefore(text, tokens[i]!.start))) {
      const head = headFrom(tokens, i + 2, text);
      if (head && !TIME_STEMS.has(head.noun)) {
        add(false, i, head);
        out[out.length - 1]!.only = true;
        continue;
      }
    }
    // "Two of the drivers had not been trained", "some of its staff were never vetted"
    if ((/^\d/.test(tokens[i]!.raw) || NUMBER_WORDS[w] !== undefined || PART_WORDS.has(w)) && tokens[i + 1]?.norm === 'of' && i <= 3) {
      const head = headFrom(tokens, i + 2);
      if (!head) continue;
      const rest = tokens.slice(head.end, head.end + 6).map((t) => t.norm);
      if (!rest.some((r) => r === 'not' || r === 'never') || UNSTATED.test(clauseBefore(text, tokens[i]!.start))) continue;
      add(false, i, head);
    }
  }
  return out.length ? out : null;
}

/** Stems of "people" said of any kind of person ("the people on the diabetes register" are its patients). */
const PEOPLE_STEMS = new Set(['peopl', 'person'].map((w) => contentStem(w) ?? w));
/** Stems of kinds of people "people" may stand for. */
const PERSON_KINDS = new Set(['patient', 'resident', 'customer', 'passenger', 'pupil', 'student', 'member', 'worker', 'employee', 'tenant', 'voter', 'parent', 'volunteer', 'householder', 'user', 'client'].map((w) => contentStem(w) ?? w));
/** Whether two readings' nouns are one kind: the same stem, or "people" and a kind of person. */
function sameKind(a: string, b: string): boolean {
  return a === b || (PEOPLE_STEMS.has(a) && PERSON_KINDS.has(b)) || (PEOPLE_STEMS.has(b) && PERSON_KINDS.has(a));
}

/** All of a kind against not all of it, said of one thing ({@link universalReading}): the phrases, or null. */
export function universalConflict(a: UniversalReading[] | null, b: UniversalReading[] | null): { a: string; b: string; all: 'a' | 'b' } | null {
  if (!a || !b) return null;
  for (const x of a)
    for (const y of b) {
      if (x.all === y.all || !sameKind(x.noun, y.noun)) continue;
      // A counted part is not all only of a whole of that count ("all 34" / "23 of the 34"): said of another whole, or of
      // one uncounted, it may be a part of something else.
      const part = x.part !== undefined ? x : y.part !== undefined ? y : null;
      const whole = x.all ? x : y;
      // ("Only 58 of the district's 142 former drivers were offered jobs" / "All of the district's former bus drivers were
      // offered jobs": a held-out subject of session 63, shown as an agreement)
      if (part && whole.count !== part.count && !(part.only && whole.count === undefined)) continue;
      let shared = false;
      for (const s of x.said) if (y.said.has(s)) shared = true;
      // (or all went as they should against some that did not: "every route was running" / "Some routes … had no bus")
      const some = x.all ? y : x;
      if (shared || (whole.state === 'went' && some.state === 'failed')) return { a: x.words, b: y.words, all: x.all ? 'a' : 'b' };
    }
  return null;
}
