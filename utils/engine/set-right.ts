/**
 * A thing set right against the thing the other text gives: "The escalator was stopped by a shopper, not by a security
 * guard" against "A security guard stopped the escalator with the emergency button"; "… did so because its main drive
 * chain snapped, not because of a power surge" against "The company said the accident was caused by a power surge".
 * News corrects what another said in just these words ("X, not Y", "X, and not Y", a cause "rather than" another),
 * and the other side negates nothing, so no negation reader sees it (held-out subjects of sessions 50–57 gave ten such
 * pairs: a doer, a cause, a place, a sender). A clock time so corrected is corrections.ts's; a count, the figure rows';
 * a place or a name alone ("in Iraq, not Syria") is a place left out, not a thing set right.
 *
 * Pure patterns, no parse. The other text answers a correction when it states Y (every content word of it, not quoted
 * as a word, with no negation) and not X, in Y's role — after Y's preposition, or for a doer ("by …") with the act the
 * correction names — and shares the question: a cause given where Y is a cause ("because of", "due to"), else two
 * content words besides X, Y and times. Whether the two are of one story is for the caller.
 */
import { contentStem, tokenize } from './text';
import { REPORTING_VERB_SET } from './lexicon/reporting';
import { NUMBER_WORDS } from './lexicon/units';
import { IRREGULAR_VERBS } from './lexicon/irregular-verbs';

/** One thing a text sets right: the content stems of what it says is wrong (Y) and of what it gives instead (X). */
export interface SetRightReading {
  wrong: string[];
  right: string[];
  /** The preposition opening Y ("by", "from", "because of"), lower case, or null. */
  lead: string | null;
  /** For a doer set right ("by a shopper, not by a security guard"): the stem of the act done ("stop"), or null. */
  act: string | null;
  /** Y is a cause ("not because of a power surge"): the other side must give a cause. */
  cause: boolean;
  /** The correction as written, from X's preposition (or the comma) to Y's end. */
  words: string;
  /** The text's other content stems, times aside: the question the other side must share two of. */
  frame: string[];
}

/**
 * ", not Y", ", and not Y", " rather than Y": Y runs to the clause's end, an "as … said" or an attribution. ("But not"
 * leaves a thing out: "in Syria, but not Iraq".)
 */
const SET_RIGHT_RE = /(,\s+(?:and\s+)?not|\s+rather\s+than)\s+(?!only\b|just\b|least\b|yet\b|even\b|all\b|every\b|always\b|necessarily\b|surprisingly\b|much\b|quite\b|so\b|too\b|until\b|long\b|far\b|enough\b|because\s+(?:it|they|he|she|we|I)\b)([^,;:.!?"“”]{2,80}?)(?=\s*(?:[,;:.!?"“”]|$)|\s+as\s+\w|\s+according\b|\s+(?:said|says|told)\b)/gi;
/** A preposition opening Y: X is the stretch after the same preposition before the comma. */
const LEADING_PREPOSITION = /^(because\s+of|because|due\s+to|by|from|in|at|on|to|for|with|after|before|over|through|into|of)\b/i;
/** Y is a cause. */
const CAUSE_LEAD = /^(?:because|due\s+to)\b/i;
/** "the result of", "a consequence of" before X: X is a cause ({@link setRightReadings}). */
const RESULT_OF_X = /\b(?:result|consequence|product|outcome)\s+of\s+[^,;:]{2,80}$/i;
/** The other side gives a cause. */
const GIVES_CAUSE = /\b(?:caused|cause|causes|because|due\s+to|blamed|blames|blame|result\s+of|resulted\s+from|triggered|led\s+to|stems?\s+from|stemmed\s+from|forced\s+on)\b/i;
/** A negation or denial: the other side then does not state Y. */
const NEGATES = /\b(?:not|no|never|nor|neither|none|denied|denies|deny|rejected|ruled\s+out|rather\s+than|instead\s+of)\b|n['’]t\b/i;
/** Y's words that carry no content of their own. */
const EMPTY_WORDS = new Set(['any', 'alone', 'own', 'only', 'simply', 'merely', 'solely', 'mainly', 'largely', 'entirely', 'just']);
/** Y's stems kept at most: a longer Y is a clause of its own, not a thing set right. */
const MAX_WRONG = 5;

/** Content stems of a stretch of text, without {@link EMPTY_WORDS} and reporting verbs. */
function stemsOf(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    if (EMPTY_WORDS.has(t.norm) || REPORTING_VERB_SET.has(t.norm)) continue;
    const s = contentStem(t.norm);
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}

/** What a text sets right ({@link SetRightReading}); empty when it sets nothing right. */
export function setRightReadings(text: string): SetRightReading[] {
  if (!/,\s+(?:and\s+)?not\s|\srather\s+than\s/i.test(text)) return [];
  const out: SetRightReading[] = [];
  for (const m of text.matchAll(SET_RIGHT_RE)) {
    const y = m[2]!.trim();
    // a clock time or a count set right is another reader's (corrections.ts, the figure rows): "not four as the agency
    // keeps saying"
    if (/\d/.test(y) || tokenize(y).some((t) => NUMBER_WORDS[t.norm] !== undefined)) continue;
    const wrong = stemsOf(y.replace(LEADING_PREPOSITION, ''));
    if (wrong.length === 0 || wrong.length > MAX_WRONG) continue;
    // A place or a name alone is no thing set right but a place left out ("airstrikes in Iraq, not Syria", FNC-1
    // train stories): pages name places everywhere.
    if (!/\b\p{Ll}{3,}/u.test(y.replace(LEADING_PREPOSITION, '').replace(/\b(?:the|a|an|its|their|his|her|any|of|and|or)\b/gi, ''))) continue;
    const before = text.slice(0, m.index);
    // "of" leads only what a thing is the result of ("the result of a shortage of drivers, not of late signalling")
    const led = LEADING_PREPOSITION.exec(y)?.[1]?.toLowerCase().replace(/\s+/g, ' ');
    const lead = led === 'of' && !RESULT_OF_X.test(before) ? undefined : led;
    // "Rather than" mostly sets a new way beside an old one ("subscribe directly from HBO rather than through a cable
    // … distributor", FNC-1 train stories): only a cause so set is set right.
    if (/rather/i.test(m[1]!) && !(lead && CAUSE_LEAD.test(lead)) && !(lead === 'from' && GIVES_CAUSE.test(text))) continue;
    // A doer set right inside its clause ("the trust, and not Orrisdale County Council, decides which …") is set right
    // of the verb after it, which this reading does not hold: only a Y with no preposition that ends its sentence.
    if (!lead && /^\s*,\s*(?!according\b|as\b)\p{Ll}/u.test(text.slice(m.index + m[0].length))) continue;
    // X: after the same preposition before the comma ("by a shopper, not by a security guard"; "because" for "because of")
    let from = -1;
    const result = lead === 'of' ? RESULT_OF_X.exec(before) : null;
    if (result) from = result.index + result[0].search(/\bof\s/i);
    else if (lead) {
      const word = lead.split(' ')[0]!;
      for (const w of before.matchAll(new RegExp(String.raw`\b${word}\b`, 'gi'))) from = w.index;
    }
    // (with no preposition, the words right before the marker: "called first-year rather than freshman")
    const right = (from >= 0 ? stemsOf(before.slice(from).replace(LEADING_PREPOSITION, '')) : lead ? [] : stemsOf(lastWords(before, 3))).filter((s) => !wrong.includes(s));
    // "was stopped by a shopper, not by a security guard": the act done by whom ("stopped"; "put" of "put out by")
    const act = lead === 'by' && from >= 0 ? actBefore(before.slice(0, from)) : null;
    const frame = stemsOf(text).filter((st) => !wrong.includes(st) && !right.includes(st) && !TIME_STEMS.has(st));
    // "the result of a shortage of drivers, not of late signalling": what X is the result of is a cause too
    const cause = !!lead && (CAUSE_LEAD.test(lead) || lead === 'of');
    out.push({ wrong, right, lead: lead ?? null, act, cause, words: text.slice(from >= 0 ? from : m.index, m.index + m[0].length).replace(/^,\s*/, ''), frame });
  }
  return out;
}

/**
 * Whether a text's corrections (its {@link setRightReadings}) set right what `other` states (see the module comment): the
 * correction's words and the other side's, or null.
 */
export function setRightConflict(readings: readonly SetRightReading[], other: string): { words: string; given: string } | null {
  if (readings.length === 0 || NEGATES.test(other)) return null;
  const otherStems = new Set(stemsOf(other));
  let statedStems: Set<string> | undefined;
  for (const r of readings) {
    if (!r.wrong.every((s) => otherStems.has(s))) continue;
    // Y named as a word ("each time an orientation leader said “freshman”"), not stated
    if (quotedIn(other, r.wrong)) continue;
    // X given too: the other side says what the correction says ("a power surge that tripped the escalator's drive
    // motor" writes "drive" of "its main drive chain snapped", and no more of it)
    // (not as the one who says Y: "Brightgate Live … said the decision had been taken by the singer" is the claim set
    // right, not one giving X)
    const givenRight = r.right.filter((s) => (statedStems ??= new Set(stemsOf(withoutSpeaker(other)))).has(s)).length;
    if (givenRight > 0 && (givenRight >= 2 || givenRight === r.right.length)) continue;
    if (r.cause) {
      if (!GIVES_CAUSE.test(other)) continue;
    } else {
      // Y in the role the correction gives it: after the same preposition ("rather than from the board" is not "The
      // board said it first learned …"); "by" also as the doer of the active ("A security guard stopped …").
      if (r.lead && r.lead !== 'by' && !afterPreposition(other, r.lead, r.wrong[0]!)) continue;
      // (a doer, of the act the correction names: "taken home by bus, not by ferry" is not "forcing the ferry … back")
      if (r.lead === 'by' && r.act && !otherStems.has(r.act)) continue;
      // … and the question: two words besides X, Y and times (one is often the story's name: "Saturday", "Fellway")
      if (r.frame.filter((st) => otherStems.has(st)).length < FRAME_WORDS) continue;
    }
    return { words: r.words, given: givenWords(other, r.wrong) };
  }
  return null;
}

/** Tokens from a sentence's start within which its speaker's reporting verb stands ("X, which promotes the tour, said"). */
const SPEAKER_SPAN = 12;
/**
 * `text` without who says it: the words before a reporting verb that opens it ("Brightgate Live, which promotes the
 * tour, said …"), or after the comma before a closing one ("…, Brightgate Live said."). Unchanged when neither.
 */
export function withoutSpeaker(text: string): string {
  const tokens = tokenize(text);
  const n = tokens.length;
  const last = n - 1 - [...tokens].reverse().findIndex((t) => REPORTING_VERB_SET.has(t.norm));
  if (last < n && last >= n - 3) {
    const comma = text.lastIndexOf(',', tokens[last]!.start);
    if (comma >= 0 && tokens[last]!.start - comma < 80) return text.slice(0, comma);
  }
  const first = tokens.findIndex((t, k) => k > 0 && k <= SPEAKER_SPAN && REPORTING_VERB_SET.has(t.norm));
  if (first > 0 && first < n - 3 && /^\p{Lu}/u.test(tokens[0]!.raw)) return text.slice(tokens[first]!.start);
  return text;
}

/** The last `n` words of a text's last clause. */
function lastWords(text: string, n: number): string {
  const clause = text.split(/[,;:]/).pop() ?? '';
  return clause.trim().split(/\s+/).slice(-n).join(' ');
}
/** Whether a word of `stems` stands inside quotation marks in `text`. */
function quotedIn(text: string, stems: readonly string[]): boolean {
  for (const m of text.matchAll(/["“‘']([^"“”‘’']{1,40})["”’']/g)) if (stemsOf(m[1]!).some((s) => stems.includes(s))) return true;
  return false;
}
/** Participles written as their verb ("was put out by", "was shut by"). */
const SAME_FORM_PARTICIPLES = new Set(['put', 'set', 'cut', 'hit', 'shut', 'let', 'hurt', 'cast', 'quit', 'spread', 'read', 'split', 'upset']);
/** Words after a verb that are part of it ("put out", "called off"). */
const PARTICLES = new Set(['out', 'up', 'off', 'down', 'away', 'back', 'over', 'in']);
/**
 * The stem of the participle before a doer's "by" ("was stopped by", "was put out by", "were taken home from Harwick
 * by" → "taken"), within six words, or null.
 */
function actBefore(text: string): string | null {
  const tokens = tokenize(text);
  for (let k = tokens.length - 1; k >= 0 && k >= tokens.length - 6; k--) {
    const w = tokens[k]!.norm;
    if (/^\p{Lu}/u.test(tokens[k]!.raw) || PARTICLES.has(w)) continue;
    if (/(?:ed|en|wn)$/.test(w) || IRREGULAR_VERBS[w] !== undefined || SAME_FORM_PARTICIPLES.has(w)) return contentStem(w);
  }
  return null;
}

/** Shared words a correction and the other side need besides X and Y. */
const FRAME_WORDS = 2;
/** Stems of times, which tell no question from another. */
const TIME_STEMS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'afternoon', 'evening', 'night', 'day', 'week', 'month', 'year', 'today', 'yesterday'].map((w) => contentStem(w) ?? w));

/** Whether `text` writes the word of stem `stem` within three words after the preposition `lead`. */
function afterPreposition(text: string, lead: string, stem: string): boolean {
  const tokens = tokenize(text);
  const first = lead.split(' ')[0]!;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.norm !== first) continue;
    for (let k = i + 1; k < tokens.length && k <= i + 4; k++) if (contentStem(tokens[k]!.norm) === stem) return true;
  }
  return false;
}

/** The other side's words for Y: from its first word of Y to its last. */
function givenWords(text: string, wrong: readonly string[]): string {
  const tokens = tokenize(text);
  const stems = tokens.map((t) => contentStem(t.norm) ?? '');
  // the first place all of Y's words stand close together ("the fire brigade put out the bakery fire": "fire brigade")
  for (let i = 0; i < tokens.length; i++) {
    if (!wrong.includes(stems[i]!)) continue;
    const left = new Set(wrong);
    for (let j = i; j < tokens.length && j <= i + wrong.length + 2; j++) {
      left.delete(stems[j]!);
      if (left.size === 0) return text.slice(tokens[i]!.start, tokens[j]!.end);
    }
  }
  return wrong.join(' ');
}
