/**
 * Figures in a sentence: a number (or range) with what it counts and the subject it is about, so
 * that "about 5,200 American soldiers" (Iraq) and "About 2,500 US troops remain in Iraq" get the
 * same subject key ("us|troop|iraq") and can be compared across outlets.
 *
 * Subject key = owner | unit[:state] | place, each part normalised:
 *  - owner: nationality or government that has the counted things ("American" → us, "Pentagon" → us)
 *  - unit: singular canonical count noun ("soldiers" → troop), plus a state such as "killed"
 *  - place: where ("in Iraq", "in Iraq and Syria" → iraq+syria), else the article's main place
 */

import type { Figure } from './types';
import { findDateMentions, resolveDate, type DateMention } from './dates';
import { APPROX_MARKERS, EXACT_MARKERS } from './lexicon/hedges';
import { MONTHS, MONTH_NAMES, RELATIVE_DAYS, WEEKDAYS } from './lexicon/dates';
import { REPORTING_VERB_SET, WEAK_REPORTING_VERBS } from './lexicon/reporting';
import { STOP_WORD_SET } from './lexicon/stopwords';
import { AGREEMENT_NOUNS, AMOUNT_UNITS, ESTIMATE_AT_VERBS, AREA_GROWTH_VERBS, AVERAGE_WORDS, DURATION_ADJECTIVES, DURATION_UNITS, FINE_ASKED_BEFORE_FOR, FINE_ASKED_WORDS, FINE_BOUND_WORDS, COST_SUBJECT_NOUNS, GERUND_UNDERTAKINGS, AREA_UNITS, CURRENCY_SYMBOLS, EVENT_NOUNS, FIRE_WORDS, FRACTION_WORDS, INCREMENT_WORDS, JOB_UNITS, MARGIN_WORDS, MONEY_STATE_NOUNS, MONEY_STATE_PARTICIPLES, MONEY_STATE_VERBS, MONEY_STATES, MULTIPLIERS, NUMBER_SCALE_WORDS, NUMBER_WORDS, PAYMENT_FORMS, STATE_PARTICIPLES, STATE_NOUNS_BEFORE_OF, STATE_PHRASES_AFTER, STATE_PREMODIFIERS, STATE_VERBS_BEFORE, JOURNEY_NOUNS, CROWD_UNITS, CROWD_EVENTS, COMPLAINT_UNITS, STRIKE_NOUNS, TO_HOSPITAL_VERBS, THING_KINDS, UNIT_LABELS, UNIT_NOUNS, EMPLOY_VERBS, PEOPLE_TOLL_STATES, PEOPLE_UNITS, WORKFORCE_UNITS } from './lexicon/units';
import { stem } from './tokens';
import { isCapitalised, matchMetonym, matchPlace, placeByKey, plural, singular, stripPossessive, tokenize, type Token } from './wordtokens';

/** Context for figure extraction: the article date (for periods) and its main place (for subjects). */
export interface FigureContext {
  /** ISO article date, used to resolve "in April" to "2024-04". */
  date?: string | null;
  /** Main place of the article (a country key like "iraq" or a place name), used when the sentence names none. */
  place?: string | null;
}

/** Units that measure (distance, time, money, ratio) rather than count things somewhere. */
const MEASURE_UNITS = new Set(['mile', 'km', 'mph', 'km/h', 'sq mile', 'sq km', 'm', 'ft', 'acre', 'hectare', 'hour', 'day', 'week', 'month', 'year', 'minute', 'MW', 'GW', '%', '$', '€', '£', '¥', '₽', 'ton', 'barrel', 'lb']);

/** Units of an amount of some stuff, named after them with "of" ("9,500 gallons of xylene", "300 barrels of oil"). */
const MATERIAL_UNITS = new Set(['gallon', 'litre', 'liter', 'barrel', 'ton', 'tonne', 'pound', 'kilogram', 'kilo', 'ounce', 'cubic metre', 'cubic meter']);

/** Whether a unit is of an amount of some stuff ("gallons", "tonnes", "barrels"; {@link MATERIAL_UNITS}). */
export function isMaterialUnit(unit: string): boolean {
  return MATERIAL_UNITS.has(unit);
}

/**
 * Whether a unit measures (distance, area, time, money, a share) rather than counts things somewhere: such a figure is
 * never given the article's place when its sentence names none.
 */
export function isMeasureUnit(unit: string): boolean {
  return MEASURE_UNITS.has(unit);
}

const APPROX_SEQS: string[][] = [...new Set(APPROX_MARKERS)].map((m) => m.split(' ')).sort((a, b) => b.length - a.length);

const POSSESSION_WORDS = new Set([
  'has', 'have', 'had', 'keeps', 'keep', 'kept', 'maintains', 'maintain', 'maintained', 'deployed', 'deploys',
  'deploy', 'stationed', 'stations', 'sent', 'sends', 'send', 'fields', 'lost', 'counts', 'employs', 'hired',
]);
const POSSESSION_FILLERS = new Set(['to', 'claims', 'claim', 'claimed', 'says', 'said', 'currently', 'still', 'now', 'reportedly', 'also', 'only', 'already', 'roughly', 'about']);
// "now"/"still": "three people are now dead", "43 students are still missing"
const STATE_AUX = new Set(['were', 'was', 'are', 'is', 'been', 'have', 'has', 'had', 'being', 'reportedly', 'later', 'also', 'all', 'now', 'still']);
/** Prepositions before a year-like number that make it a year ("in 2022", "since 2014"); not "of" / "by" ("a force of 2000 troops"). */
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'during', 'until', 'till', 'throughout']);
/** States that are nouns too ("a $5 million cut"): right after "a/the" + amount they name the change, not a state. */
const AMOUNT_NOUN_STATES = new Set(['cut']);
const ARTICLE_WORDS = new Set(['a', 'an', 'the']);
/** Between a count and its state, besides {@link STATE_AUX}: a modal or future ("300 jobs would be cut", "will go"). */
const STATE_AUX_AFTER = new Set([...STATE_AUX, 'will', 'would', 'could', 'may', 'might', 'be', 'to']);
/** Participles of a report before "to have" and a state ("are known to have been ill", "are thought to have died"). */
const KNOWN_TO_HAVE = new Set(['known', 'thought', 'believed', 'said', 'reported', 'feared', 'understood', 'estimated']);
/** Between a state verb and the count it is said of ("cut a further 200 jobs", "destroyed at least 87 homes", "the remaining 38"). */
const STATE_VERB_GAP = new Set(['a', 'an', 'the', 'some', 'about', 'around', 'nearly', 'almost', 'roughly', 'more', 'than', 'over', 'at', 'least', 'up', 'to', 'only', 'just', 'remaining', ...INCREMENT_WORDS]);

/**
 * The state a verb ending at token `k` gives the count after it ("burned", "cut", "laid off"; "cost" only of jobs:
 * "will cost 450 jobs"; "employs" only of people), or undefined.
 */
function stateVerbAt(tokens: readonly Token[], k: number, unit: string): string | undefined {
  const lw = lower(tokens[k]);
  // A sum after "sells at" or "sold for" is a price, not an amount of something sold.
  if (STATE_VERBS_BEFORE[lw]) return STATE_VERBS_BEFORE[lw] === 'sold' && AMOUNT_UNITS.has(unit) ? undefined : STATE_VERBS_BEFORE[lw];
  if (lw === 'off' && /^(?:laid|lay|lays|laying)$/.test(lower(tokens[k - 1]))) return 'cut';
  // "has received more than 9,000 complaints": what a body got
  if (COMPLAINT_UNITS.has(unit) && /^(?:received|receives|receive|receiving|had|has|got)$/.test(lw)) return 'received';
  // "a meeting … attended by about 200 members", "watched by 12,000 spectators": a crowd
  if (lw === 'by' && CROWD_UNITS.has(unit) && /^(?:attended|watched)$/.test(lower(tokens[k - 1]))) return 'attended';
  // "has called off the remaining 38 performances"
  if (lw === 'off' && /^(?:called|call|calls|calling)$/.test(lower(tokens[k - 1]))) return 'cancelled';
  if (JOB_UNITS.has(unit) && /^(?:cost|costs|costing)$/.test(lw)) return 'cut';
  if (EMPLOY_VERBS.has(lw) && WORKFORCE_UNITS.has(unit)) return 'employed';
  // "Orvanne's primary schools have about 19,000 pupils": a roll, not the pupils something happened to (a held-out
  // subject of session 66 set it in a row with the 11,500 pupils left without a hot lunch)
  if (/^(?:has|have|had)$/.test(lw) && ROLL_UNITS.has(unit)) {
    // whose roll: a course's 460 students are not a university's 14,500 (an in-sample subject of session 66)
    const owner = rollOwner(tokens, k);
    return owner ? `enrolled-${owner}` : undefined;
  }
  return undefined;
}

/**
 * The state an act named before "of" (token `of`) gives the count after it: "the cancellation of 38 flights" (its noun),
 * "disrupting the journeys of 4,200 passengers" (a verb of the people's journeys: the people are affected). Null else.
 */
function stateBeforeOf(tokens: readonly Token[], of: number, unit: string): string | null {
  const noun = lower(tokens[of - 1]);
  if (STATE_NOUNS_BEFORE_OF[noun]) return STATE_NOUNS_BEFORE_OF[noun]!;
  if (!JOURNEY_NOUNS.has(noun)) return null;
  const v = ARTICLE_WORDS.has(lower(tokens[of - 2])) || lower(tokens[of - 2]) === 'their' ? of - 3 : of - 2;
  return v >= 0 && stateVerbAt(tokens, v, unit) === 'affected' ? 'affected' : null;
}

/** Units of a school's or a university's roll ({@link stateVerbAt}). */
const ROLL_UNITS: ReadonlySet<string> = new Set(['pupil', 'student']);
/**
 * The stem of whose roll the verb at token k ("has") gives: the noun right before it, or before a relative aside it
 * closes ("the university, which was founded in 1992, has …"), or the one a "which" stands for ("The course, which has
 * about 460 students"). Null for a name (read as a place) or when none is plain.
 */
function rollOwner(tokens: readonly Token[], k: number): string | null {
  let j = k - 1;
  if (/^(?:which|that|who)$/.test(lower(tokens[j]))) j -= tokens[j - 1]?.text === ',' ? 2 : 1;
  else if (tokens[j]?.text === ',') {
    // back over the aside to the comma that opens it
    let c = j - 1;
    while (c > 0 && tokens[c]!.text !== ',' && k - c < 16) c--;
    if (tokens[c]?.text !== ',' || !/^(?:which|who|whose)$/.test(lower(tokens[c + 1]))) return null;
    j = c - 1;
  }
  const t = tokens[j];
  // (a named school's roll is read by its name, as a place: "Northgate Academy has 960 pupils")
  if (!t || t.kind !== 'word' || isCapitalised(t.text) || STOP_WORD_SET.has(lower(t))) return null;
  return stem(singular(lower(t).replace(/['’]s$/, '')));
}

/** The spans of a sentence's relative asides between commas (", which …,", ", who …,"): [start, end). */
function relativeAsides(sentence: string): [number, number][] {
  return [...sentence.matchAll(/,\s*(?:which|who|whose|where)\b[^,;:.()]*,/gi)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * Participles of a beginning before "in" and a date ("opened in 1958", "founded in 2011", "was completed in 1958 and
 * generates enough electricity for about 25,000 homes"): no period of a count. Read as one, the year had set a dam's
 * 25,000 homes of a 2028 article beside 2034's 30,000 as one event (a held-out subject of session 64).
 */
const FOUNDING_WORDS = new Set(['opened', 'founded', 'established', 'built', 'launched', 'formed', 'created', 'incorporated', 'born', 'started', 'begun', 'set', 'completed', 'constructed', 'commissioned', 'inaugurated', 'erected']);

/** Nouns of a workplace after its name ("the Ardley factory", "the Carrowmore plant"): the name says which. */
const WORKPLACE_NOUNS = new Set([
  'factory', 'plant', 'site', 'mill', 'works', 'depot', 'warehouse', 'mine', 'yard', 'office', 'offices', 'headquarters',
  'hospital', 'store', 'shop', 'branch', 'campus', 'base', 'refinery', 'smelter', 'shipyard', 'facility', 'brewery',
  'distillery', 'bakery', 'creamery', 'dairy', 'foundry', 'quarry', 'port', 'airport', 'terminal', 'hotel', 'school',
  'college', 'university', 'centre', 'center', 'laboratory', 'lab', 'studio', 'workshop', 'farm', 'station',
]);

/** A workplace name at token `i` (over "the"): "Ardley" of "the Ardley factory", "Kessock" of "Kessock employs". */
function workplaceAt(tokens: readonly Token[], i: number): { key: string; label: string; end: number } | null {
  if (lower(tokens[i]) === 'the') i++;
  const p = placeKeyAt(tokens, i);
  return p && !REPORTING_VERB_SET.has(lower(tokens[p.end])) ? p : null;
}

/**
 * Whose workforce a count of people employed is (the state 'employed'): the name after the phrase that gave the state
 * ("520 people work at Ardley", "are employed at the Carrowmore plant"), or the employer that is the subject of the verb
 * ({@link subjectNameBefore}: "Kessock employs 2,100 people"). Null when none is named.
 */
function workforceOf(tokens: readonly Token[], phraseEnd: number | null, verb: number | null): { key: string; label: string } | null {
  if (phraseEnd !== null) return workplaceAt(tokens, phraseEnd);
  return verb === null ? null : subjectNameBefore(tokens, verb);
}

/** Verbs whose object count is what their subject holds ({@link subjectNameBefore}: "Brackenholt Farm, which keeps"). */
const HOLDING_VERBS = new Set(['keeps', 'keep', 'kept', 'holds', 'hold', 'held', 'houses', 'housed', 'housing', 'owns', 'own', 'owned', 'has', 'had']);

/** Words between a subject and its verb: auxiliaries and adverbs ("Halloran has won", "the group also employs"). */
const SUBJECT_VERB_GAP = new Set(['has', 'have', 'had', 'will', 'would', 'is', 'was', 'were', 'are', 'be', 'been', 'being', 'also', 'reportedly', 'now', 'still', 'could', 'may', 'might']);

/**
 * The name that is the subject of the verb at token `verb`: a name run right before it, over auxiliaries ("Kessock
 * employs", "Halloran has won"), or a name opening the sentence before a workplace noun, a comma or the verb, with no
 * reporting verb between ("The Ardley factory, which opened in 1958, employs"; not "Varga said the plant employs").
 */
function subjectNameBefore(tokens: readonly Token[], verb: number): { key: string; label: string } | null {
  let v = verb;
  while (v > 0 && SUBJECT_VERB_GAP.has(lower(tokens[v - 1]))) v--;
  if (tokens[v - 1] && isCapitalised(tokens[v - 1]!.text)) {
    let s = v - 1;
    while (s > 0 && tokens[s - 1]!.kind === 'word' && isCapitalised(tokens[s - 1]!.text)) s--;
    const w = workplaceAt(tokens, s);
    if (w && w.end === v) return w;
  }
  const w = workplaceAt(tokens, 0);
  if (!w) return null;
  const after = lower(tokens[w.end]);
  if (!(WORKPLACE_NOUNS.has(after) || after === ',' || w.end === v)) return null;
  for (let k = w.end; k < v; k++) if (REPORTING_VERB_SET.has(lower(tokens[k]))) return null;
  return w;
}

/**
 * Whose a sum or a share of a kind of thing is ("Halloran won about $42,000 in prize money this season"): the subject
 * named before the verb before it ({@link subjectNameBefore}), or null. `before` is the figure's first token.
 */
function agentBefore(tokens: readonly Token[], before: number): { key: string; label: string } | null {
  const k = beforeGap(tokens, before);
  const verb = tokens[k];
  if (!verb || verb.kind !== 'word' || isCapitalised(verb.text) || STOP_WORD_SET.has(lower(verb)) || REPORTING_VERB_SET.has(lower(verb))) return null;
  return subjectNameBefore(tokens, k);
}
/** The first token before `first` that is no {@link STATE_VERB_GAP} word, looking back no further than `limit`. */
function beforeGap(tokens: readonly Token[], first: number, limit = 0): number {
  let k = first - 1;
  while (k >= 0 && k >= limit && STATE_VERB_GAP.has(lower(tokens[k]))) k--;
  return k;
}
/** Phrases of four words that put a quantity roughly ("will cost in the region of £4.2 million", "to the tune of"). */
const ROUGHLY_PHRASES = new Set(['in the region of', 'to the tune of', 'of the order of', 'on the order of']);
/** The index of the first word of a {@link ROUGHLY_PHRASES} phrase right before `first`, else `first`. */
function pastRoughly(tokens: readonly Token[], first: number): number {
  if (first < 4) return first;
  return ROUGHLY_PHRASES.has(tokens.slice(first - 4, first).map((t) => lower(t)).join(' ')) ? first - 4 : first;
}
/** A lower-case word that may be a common noun after a count: no function word, reporting verb, adverb or verb form. */
function isPlainNoun(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || isCapitalised(t.text)) return false;
  const lw = t.text.toLowerCase();
  return lw.length >= 3 && !STOP_WORD_SET.has(lw) && !REPORTING_VERB_SET.has(lw) && !/(ly|ing|ed)$/.test(lw);
}
/** Particles after a verb ("leaves out", "sets up", "turns down"): a word in -s before one is no noun of a count. */
const VERB_PARTICLES = new Set(['out', 'up', 'off', 'down', 'away', 'back']);
/** Words that open a verb's object or particle right after it ("offers a look", "points the way", "turns out"). */
const VERB_OBJECT_STARTS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'about', 'out', 'up', 'that', 'this', 'some']);
/** Whether a lower-case word reads as a plural noun ("drivers", "buses"; not "bus", "news"). */
function isPluralNoun(lw: string): boolean {
  return /s$/.test(lw) && singular(lw) !== lw;
}
/** A plural noun a count may cover besides its own ("appointments and surgeries", "homes and businesses"). */
function isListNoun(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || isCapitalised(t.text)) return false;
  const lw = t.text.toLowerCase();
  if (UNIT_NOUNS[lw]) return true;
  return lw.length >= 4 && /[^s]s$/.test(lw) && !/(ly|ing|ed)$/.test(lw) && !STOP_WORD_SET.has(lw) && !REPORTING_VERB_SET.has(lw);
}

/**
 * The end of a list of nouns right after a count's noun ("1,400 appointments and surgeries have been cancelled",
 * "2,300 appointments, scans and surgeries"): what happens after it happens to the count. `i` when no list that closes
 * with "and"/"or" starts there.
 */
function nounListEnd(tokens: readonly Token[], i: number): number {
  let k = i;
  for (let nouns = 0; nouns < 3; nouns++) {
    const sep = lower(tokens[k]);
    if (sep !== ',' && sep !== 'and' && sep !== 'or') return i;
    let n = k + 1;
    const closing = sep !== ',' || lower(tokens[n]) === 'and' || lower(tokens[n]) === 'or';
    if (sep === ',' && closing) n++; // "scans, and surgeries"
    if (!isListNoun(tokens[n])) return i;
    k = n + 1;
    if (closing) return k;
  }
  return i;
}

/** Gatherings a crowd is counted at. */
const GATHERINGS: ReadonlySet<string> = new Set(CROWD_EVENTS);
/**
 * The end of "at a (special general) meeting", "at the carnival" starting at token k (up to three words before the
 * gathering's noun), or -1.
 */
function gatheringAt(tokens: readonly Token[], k: number): number {
  if (lower(tokens[k]) !== 'at' || !ARTICLE_WORDS.has(lower(tokens[k + 1]))) return -1;
  for (let m = k + 2; m < tokens.length && m <= k + 5 && tokens[m]?.kind === 'word'; m++) if (GATHERINGS.has(lower(tokens[m]))) return m + 1;
  return -1;
}
/** A phrase at token k saying what the counted `unit` do ("walked off the job", "on the picket lines"), or null. */
function statePhraseAt(tokens: readonly Token[], k: number, unit: string): { state: string; end: number } | null {
  for (const p of STATE_PHRASES_AFTER) if ((!p.units || p.units.has(unit)) && p.words.every((w, n) => lower(tokens[k + n]) === w)) return { state: p.state, end: k + p.words.length };
  const named = namedHospitalEnd(tokens, k);
  return named > 0 ? { state: 'hospitalised', end: named } : null;
}

/** The verbs of STATE_PHRASES_AFTER's hospital phrases, for a hospital given by name. */
const TO_HOSPITAL: ReadonlySet<string> = new Set(TO_HOSPITAL_VERBS);
/** Verbs that take people to hospital, before the count ("took 14 people to hospital", "airlifted two climbers to …"). */
const TAKEN_TO_HOSPITAL: ReadonlySet<string> = new Set([...TO_HOSPITAL_VERBS, 'take', 'takes', 'took', 'taking', 'rush', 'rushing', 'flew', 'ferried']);
/**
 * Whether "to hospital", "to (the) hospital(s)", "to area hospitals" or "to <a named hospital>" starts at token k: where
 * a verb of {@link TAKEN_TO_HOSPITAL} before a count took them ("took 14 people to hospital").
 */
function toHospitalAt(tokens: readonly Token[], k: number): boolean {
  if (lower(tokens[k]) !== 'to') return false;
  let n = k + 1;
  if (/^(?:the|area|local)$/.test(lower(tokens[n]))) n++;
  return /^hospitals?$/.test(lower(tokens[n])) || hospitalNameEnd(tokens, n) > 0;
}
/** The last word of a hospital's name. */
const HOSPITAL_NAME_ENDS: ReadonlySet<string> = new Set(['hospital', 'infirmary', 'clinic']);

/**
 * The end of "taken to Dunlarig Royal Infirmary", "treated at St Mary's Hospital" at token k (a verb of
 * {@link TO_HOSPITAL}, "to"/"at"/"in", up to five capitalised words ending in a hospital's name word): the count
 * "taken to hospital" gives. -1 when there is none.
 */
function namedHospitalEnd(tokens: readonly Token[], k: number): number {
  if (!TO_HOSPITAL.has(lower(tokens[k]))) return -1;
  // "taken by ambulance to …", "flown by air ambulance to …"
  let to = k + 1;
  if (lower(tokens[to]) === 'by') to += lower(tokens[to + 1]) === 'air' ? 3 : 2;
  if (to > k + 1 && lower(tokens[to - 1]) !== 'ambulance') return -1;
  if (!/^(?:to|at|in)$/.test(lower(tokens[to]))) return -1;
  let n = to + 1;
  if (lower(tokens[n]) === 'the') n++;
  return hospitalNameEnd(tokens, n);
}
/**
 * The end of a hospital's name starting at token n (up to five capitalised words ending in a hospital's name word, or
 * "… Medical Center"), or -1; a bare "Hospital" counts only after "the".
 */
function hospitalNameEnd(tokens: readonly Token[], n: number): number {
  for (let end = n; end < n + 5 && tokens[end]?.kind === 'word' && isCapitalised(tokens[end]!.text); end++) {
    // "… Regional Medical Center"
    const ends = HOSPITAL_NAME_ENDS.has(lower(tokens[end])) || (CENTRE_WORDS.has(lower(tokens[end])) && end > n && lower(tokens[end - 1]) === 'medical');
    if (ends) return end > n || lower(tokens[n - 1]) === 'the' ? end + 1 : -1;
  }
  return -1;
}
/** A medical centre's last word (after "Medical"). */
const CENTRE_WORDS: ReadonlySet<string> = new Set(['center', 'centre']);

/**
 * Where the verb of a second count joined to a first starts ("and 31 members of staff ill", "and 31 staff members have
 * caught"): the first token from `i`, over at most four words of its noun, that may begin a state, or `i` when none does.
 */
function coordinatedCountEnd(tokens: readonly Token[], i: number): number {
  for (let k = i; k < i + 5 && tokens[k]?.kind === 'word'; k++) {
    const lw = lower(tokens[k]);
    if (STATE_AUX_AFTER.has(lw) || STATE_PARTICIPLES[lw] || STATE_PHRASES_AFTER.some((p) => p.words[0] === lw)) return k;
  }
  return i;
}

/** Words before one more person the verb of a count also takes ("Eleven pupils and the driver were taken …"). */
const ONE_MORE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'their', 'its', 'his', 'her']);

/**
 * The noun a count put "at" it is of, when an estimate verb ({@link ESTIMATE_AT_VERBS}) and "the number of" stand before it ("A briefing puts the number
 * of people given affected doses at about 4,700": people), with `after`, the token after the noun, where its state is
 * read ("injured" of "the number of people injured"). Null when the sentence puts no number so.
 */
function numberPutAt(tokens: readonly Token[], first: number): { unit: string; after: number } | null {
  let k = first - 1;
  while (k >= 0 && LEVEL_APPROX.has(lower(tokens[k]))) k--;
  if (lower(tokens[k]) !== 'at') return null;
  for (let n = k - 1; n >= 2 && n >= k - 10; n--) {
    const w = lower(tokens[n]);
    if (w === 'at' || tokens[n]!.text === ',') return null;
    if (w !== 'number' || lower(tokens[n + 1]) !== 'of' || lower(tokens[n - 1]) !== 'the' || !ESTIMATE_AT_VERBS.has(lower(tokens[n - 2]))) continue;
    const noun = tokens[n + 2];
    if (!noun || noun.kind !== 'word' || n + 3 > k) return null;
    const named = unitAt(tokens, n + 2);
    if (named) return { unit: named.unit, after: n + 2 + named.length };
    return isPlainNoun(noun) && isPluralNoun(lower(noun)) ? { unit: thingKind(singular(lower(noun))), after: n + 3 } : null;
  }
  return null;
}

/** Least count read as a level its noun reached before a change verb ({@link countedBefore}): "fell to 3" is more often a rank. */
const LEVEL_MIN = 1000;
/** Verbs of a change to a level: "fell to", "rose to", "stood at". */
const LEVEL_VERBS = new Set(['fell', 'rose', 'dropped', 'climbed', 'increased', 'decreased', 'declined', 'grew', 'jumped', 'slipped', 'slumped', 'soared', 'surged', 'fallen', 'risen', 'stood', 'stands', 'totalled', 'totaled', 'reached']);
/** Words between the counted noun and the change verb ("Tram journeys have fallen to"). */
const LEVEL_AUX = new Set(['has', 'have', 'had', 'also', 'now', 'then', 'since']);
/** Words before a count that only round it ("fell to about 36.9 million"). */
const LEVEL_APPROX = new Set(['about', 'around', 'some', 'nearly', 'almost', 'roughly', 'just', 'over', 'under', 'approximately']);

/**
 * The counted noun of a count with no unit after it, standing before a change verb and "to"/"at" ("Tram journeys fell
 * to 36.9 million", "the number of tram trips dropped to 38.6 million"): its singular and the lower-case modifiers
 * before it ("tram"), or null.
 */
function countedBefore(tokens: readonly Token[], first: number): { unit: string; kind: string[]; numberOf: boolean } | null {
  let k = first - 1;
  while (k >= 0 && LEVEL_APPROX.has(lower(tokens[k]))) k--;
  const prep = lower(tokens[k]);
  if (prep !== 'to' && prep !== 'at' && !(LEVEL_VERBS.has(prep) && (prep === 'reached' || prep === 'totalled' || prep === 'totaled'))) return null;
  if (prep === 'to' || prep === 'at') k--;
  if (!LEVEL_VERBS.has(lower(tokens[k]))) return null;
  k--;
  while (k >= 0 && LEVEL_AUX.has(lower(tokens[k]))) k--;
  // "The number of confirmed measles cases in Harbin Moor had reached 31": past the place the noun is counted in
  for (let m = k; m >= 1 && m >= k - 3 && tokens[m]!.kind === 'word' && isCapitalised(tokens[m]!.text); m--) {
    if (lower(tokens[m - 1]) === 'in') {
      k = m - 2;
      break;
    }
  }
  const noun = tokens[k];
  if (!noun || noun.kind !== 'word' || STOP_WORD_SET.has(lower(noun)) || !isPluralNoun(lower(noun))) return null;
  const kind: string[] = [];
  for (let m = k - 1; m >= 0 && m >= k - 2 && tokens[m]!.kind === 'word' && !STOP_WORD_SET.has(lower(tokens[m])) && !matchPlace(tokens, m); m--) {
    // a capitalised word opening the sentence is a modifier too ("Tram journeys fell"), a name elsewhere is not
    if (isCapitalised(tokens[m]!.text) && m > 0) break;
    kind.unshift(lower(tokens[m]));
  }
  // "The number of confirmed measles cases … had reached 31": a count said so is no rank, however small
  let numberOf = false;
  for (let m = k - 1; m >= 1 && m >= k - 5 && tokens[m]!.kind === 'word'; m--) if (lower(tokens[m]) === 'of' && lower(tokens[m - 1]) === 'number') numberOf = true;
  return { unit: singular(lower(noun)), kind, numberOf };
}

/** Modal words before "to fine" or "fine" that make a fine a bound, not one imposed ("could fine it up to …"). */
const FINE_BOUND_VERBS = new Set(['could', 'can', 'may', 'might', 'allows', 'allowed', 'allow', 'able']);

/**
 * What a sum named a fine is ("a fine of …", "a 12 million euro penalty", "was fined …"): one asked for ("had called
 * for a fine of at least 18 million euros") is a sum demanded, a bound ("the maximum penalty", "could fine it up to …")
 * no fine at all. `start` is the first token of the phrase naming it (the noun before the sum, the sum, or the verb);
 * `noun` the fine's noun when it stands before the sum.
 */
function fineKind(tokens: readonly Token[], start: number, noun: number | null): 'fined' | 'demanded' | null {
  if (noun !== null && FINE_BOUND_WORDS.has(lower(tokens[noun - 1]))) return null;
  let k = start - 1;
  while (k >= 0 && STATE_VERB_GAP.has(lower(tokens[k]))) k--;
  const w = lower(tokens[k]);
  if (FINE_ASKED_WORDS.has(w) || (w === 'for' && FINE_ASKED_BEFORE_FOR.has(lower(tokens[k - 1])))) return 'demanded';
  if (FINE_BOUND_VERBS.has(w) || (lower(tokens[start - 1]) === 'to' && FINE_BOUND_VERBS.has(lower(tokens[start - 2])))) return null;
  return 'fined';
}

/** A fine's noun among the few words right after a sum ("a 12 million euro penalty"), or -1. */
function fineNounAfter(tokens: readonly Token[], from: number): number {
  for (let k = from; k < from + 3 && tokens[k]?.kind === 'word' && !isCapitalised(tokens[k]!.text); k++) {
    if (MONEY_STATE_NOUNS[lower(tokens[k])] === 'fined') return k;
    if (!isObjectWord(tokens[k])) break;
  }
  return -1;
}

/** Words of a state still to come before a duration ("will be closed for at least six weeks"): {@link durationState}. */
const FORECAST_WORDS = new Set(['will', 'would', 'expected', 'due', 'likely']);
/** Words before a duration that make it a floor ("more than 12 hours", "longer than", "over", "at least"). */
const DURATION_FLOOR_WORDS = new Set(['more', 'longer', 'over', 'least', 'beyond', 'exceeding']);
/** Words that make a duration a measure over cases ("the longest wait"): skipped before the noun it is of. */
const MEASURE_MODIFIERS = new Set(['longest', 'shortest', 'total', 'overall', 'full', 'entire', 'whole']);
/**
 * A number hyphened to a unit before the noun it measures: "a 7.5-tonne weight limit", "a 12-week trial", "the 4-metre
 * section" (`i` the number, `j` the token after it). The unit must measure (a weight, a length, an area, a time), and the
 * head is the last of at most three plain nouns after it ("limit" of "weight limit"): what the figure is of. Null for
 * an age or a length said as one word ("a 34-year-old", "a 3-day-old") and when no noun follows.
 */
function compoundMeasureAt(tokens: readonly Token[], i: number, j: number): { unit: string; end: number; head: string } | null {
  const dash = tokens[j];
  const w = tokens[j + 1];
  if (!dash || dash.text !== '-' || !adjacent(tokens[i], dash) || !adjacent(dash, w) || w!.kind !== 'word') return null;
  const lw = lower(w);
  const unit = UNIT_NOUNS[plural(lw)] ?? UNIT_NOUNS[lw];
  if (!unit || CURRENCY_SYMBOLS[unit] || unit === '%' || !(MEASURE_UNITS.has(unit) || DURATION_UNITS.has(unit) || MATERIAL_UNITS.has(unit))) return null;
  const end = j + 2;
  if (DASHES.has(tokens[end]?.text ?? '')) return null;
  let head = -1;
  // a noun in -ing is a head too ("the 40-minute crossing", "a three-hour meeting"); a number word ends the run
  const nounAt = (t: Token | undefined) => isPlainNoun(t) || (!!t && t.kind === 'word' && /^[a-z]{3,}ing$/.test(t.text) && !STOP_WORD_SET.has(t.text));
  for (let k = end; k < end + 3 && nounAt(tokens[k]) && NUMBER_WORDS[lower(tokens[k])] === undefined; k++) head = k;
  return head < 0 ? null : { unit, end, head: lower(tokens[head]) };
}

/** Verbs whose object is a length, weight or area of their subject ("the diversion adds 19 miles", "the line runs 14 km"). */
const MEASURING_VERBS = new Set(['adds', 'add', 'added', 'covers', 'covered', 'stretches', 'stretched', 'spans', 'spanned', 'extends', 'extended', 'measures', 'measured', 'runs', 'ran']);
/** Openers of a sentence's subject before its head noun ("The signed diversion", "Its new route"). */
const SUBJECT_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);
/** Words that make what stands between a subject and a verb a clause of its own ("the route that …", "which"). */
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'whose', 'when', 'where', 'while', 'because', 'but', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'said', 'says']);

/**
 * What a length, weight or area (not a time, a sum or a share) is of, or null: the noun before "of" ("a limit of 3
 * tonnes", "a stretch of 10 miles") or, after a verb that measures ({@link MEASURING_VERBS}), the head noun of the
 * sentence's subject ("The official diversion for heavy vehicles, through Ormsby, adds about eight miles") — so two
 * outlets' figures for the diversion are one quantity, and a bare "8 miles" stays no subject.
 */
function measuredNoun(tokens: readonly Token[], first: number, unit: string): string | null {
  let k = first - 1;
  while (k >= 0 && STATE_VERB_GAP.has(lower(tokens[k])) && lower(tokens[k]) !== 'at') k--;
  if (lower(tokens[k]) === 'of') {
    const noun = lower(tokens[k - 1]);
    // "an area of 20 square kilometres" says only what the unit says: what was covered is read from the verb, at rows
    if (AREA_UNITS.has(unit) && noun === 'area') return null;
    return isPlainNoun(tokens[k - 1]) && !MEASURE_MODIFIERS.has(noun) && !isPluralNoun(noun) ? noun : null;
  }
  if (!MEASURING_VERBS.has(lower(tokens[k]))) return null;
  // the subject opens the sentence, or the clause a reporting verb or "that" opens ("He said the fence stretches")
  let h = 0;
  for (let m = k - 1; m > 0; m--) {
    if (lower(tokens[m]) === 'that' || REPORTING_VERB_SET.has(lower(tokens[m]))) {
      h = m + 1;
      break;
    }
  }
  while (QUOTE_PUNCT.has(tokens[h]?.text ?? '')) h++;
  if (!SUBJECT_OPENERS.has(lower(tokens[h]))) return null;
  h++;
  // over modifiers to the last noun of the opening run ("official diversion", "signed diversion")
  let head = -1;
  for (let m = h; m < h + 3 && m < k && tokens[m]!.kind === 'word' && !STOP_WORD_SET.has(lower(tokens[m])); m++) if (isPlainNoun(tokens[m])) head = m;
  if (head < 0) return null;
  for (let m = head + 1; m < k; m++) if (CLAUSE_WORDS.has(lower(tokens[m])) || REPORTING_VERB_SET.has(lower(tokens[m]))) return null;
  return lower(tokens[head]);
}

/**
 * Nouns that say what kind of sum a sum is, one word per kind: "debts of about £96 million" and "puts Skylark's debts at
 * £140 million" are one quantity, "a £14.2 million gap in its budget" and "a shortfall of £14.2 million" another.
 * (Not the see-through amount nouns of {@link AMOUNT_HEADS}, whose modifiers or "for" phrase say what a sum is for.)
 */
const SUM_KINDS: Readonly<Record<string, string>> = {
  // what a change is to save ("would save about £1.2 million a year" / "put the expected saving at £650,000 a year")
  saving: 'saving', savings: 'saving',
  // a loan is owed ("owes €480,000 … on a loan" / "the club's loan … stood at €610,000")
  debt: 'debt', debts: 'debt', liabilities: 'debt', loan: 'debt', loans: 'debt',
  gap: 'gap', shortfall: 'gap', deficit: 'gap', overspend: 'gap',
  surplus: 'surplus', loss: 'loss', losses: 'loss', profit: 'profit', profits: 'profit',
  revenue: 'revenue', revenues: 'revenue', turnover: 'revenue', income: 'income',
  salary: 'salary', subsidy: 'subsidy', subsidies: 'subsidy', refund: 'refund', refunds: 'refund',
  // "charged a booking fee of £6.50 per ticket" / "booking fees of £8.25 a ticket"
  fee: 'fee', fees: 'fee',
};
/** Whether a word names the kind of sum `kind` ({@link SUM_KINDS}: "deficit" and "shortfall" name a gap). */
export function namesSumKind(word: string, kind: string): boolean {
  return SUM_KINDS[word] === kind;
}
/** Verbs of a total, with the words that must follow them before the sum ("came to", "added up to"). */
const TOTAL_VERBS: Readonly<Record<string, readonly string[]>> = {
  totalled: [], totaled: [], totals: [], total: [], came: ['to'], comes: ['to'], amounted: ['to'], amounts: ['to'], added: ['up', 'to'], adds: ['up', 'to'],
};
/** Verbs right before a sum that say its kind ({@link SUM_KINDS}): what "lost" or "owes" a sum says it is. */
const SUM_KIND_VERBS: Readonly<Record<string, string>> = { lost: 'loss', lose: 'loss', loses: 'loss', losing: 'loss', owes: 'debt', owed: 'debt', owe: 'debt', owing: 'debt', save: 'saving', saves: 'saving', saved: 'saving' };
/** Words between "at" and the sum it gives ("at about", "at closer to", "at more than"). */
const AT_SUM_GAP = new Set([...STATE_VERB_GAP, 'closer', 'close', 'nearer', 'roughly', 'approximately', 'an', 'estimated']);

/**
 * The kind of sum ({@link SUM_KINDS}) a sum of money is, and the word that said it, or null: the noun before "of" ("debts of about £96 million",
 * "a funding gap of 18 million pounds"), the noun right after it over at most two modifiers ("a £14.2 million gap in
 * its budget"), or the noun an estimate verb ({@link ESTIMATE_AT_VERBS}) gives "at" it ("puts Skylark's debts at £140 million", "puts the gap for
 * 2026-27 at £9.6 million").
 */
function sumKind(tokens: readonly Token[], first: number, unitEnd: number): { kind: string; word: string } | null {
  const at = (m: number) => {
    const kind = SUM_KINDS[lower(tokens[m])];
    return kind ? { kind, word: lower(tokens[m]) } : null;
  };
  let k = first - 1;
  while (k >= 0 && AT_SUM_GAP.has(lower(tokens[k])) && lower(tokens[k]) !== 'at') k--;
  if (lower(tokens[k]) === 'of') return at(k - 1);
  // a verb that says the kind: "has lost about £38 million" is a loss, "owes £2 million" a debt
  const verbKind = SUM_KIND_VERBS[lower(tokens[k])];
  if (verbKind) return { kind: verbKind, word: verbKind };
  for (let m = unitEnd; m < unitEnd + 3 && tokens[m]?.kind === 'word' && !isCapitalised(tokens[m]!.text); m++) {
    const kind = at(m);
    if (kind) return kind;
    if (STOP_WORD_SET.has(lower(tokens[m])) || !isPlainNoun(tokens[m])) break;
  }
  // what a total is of, the noun right before its verb: "The overpayments totalled 23.6 million crowns" / "the
  // overpayments came to 61.8 million crowns in total" (a held-out subject of session 66), "the bill came to £40,000"
  const total = TOTAL_VERBS[lower(tokens[k])];
  if (total && total.every((w, n) => lower(tokens[k + 1 + n]) === w) && isPlainNoun(tokens[k - 1])) {
    const noun = singular(lower(tokens[k - 1]));
    return SUM_KINDS[noun] ? { kind: SUM_KINDS[noun]!, word: noun } : { kind: stem(noun), word: noun };
  }
  if (lower(tokens[k]) !== 'at') return null;
  // "The club's loan from Kilcrennan Credit Union stood at €610,000" (a held-out subject of session 68), "its debts
  // stood at": the kind is the subject of "stood at", over a name saying whose or from whom
  if (STOOD_AT.has(lower(tokens[k - 1]))) {
    for (let m = k - 2; m >= 0 && m >= k - 8; m--) {
      const kind = at(m);
      if (kind) return kind;
      if (!(isCapitalised(tokens[m]!.text) || STOOD_SUBJECT_GAP.has(lower(tokens[m])))) break;
    }
  }
  // back from "at" over a short phrase ("for 2026-27") to the kind, whose estimate verb stands before it over a determiner
  // or a possessive name ("puts Skylark's debts at")
  for (let m = k - 1; m >= 1 && m >= k - 5; m--) {
    const kind = at(m);
    if (!kind) continue;
    // the kind said first, its estimate in the passive after it: "The company's debts are now estimated at £112 million"
    if (passiveEstimateBetween(tokens, m + 1, k)) return kind;
    // over a determiner, a possessive ("Skylark's") or an adjective: at most two words
    let v = m - 1;
    while (v >= m - 2 && tokens[v]?.kind === 'word' && !ESTIMATE_AT_VERBS.has(lower(tokens[v]))) v--;
    return ESTIMATE_AT_VERBS.has(lower(tokens[v])) ? kind : null;
  }
  return null;
}

/** Verbs of a level a sum stands at ("the loan stood at"). */
const STOOD_AT = new Set(['stood', 'stands', 'stand', 'remained', 'remains']);
/** Words between a sum's kind and "stood at" besides a name ("loan from Kilcrennan Credit Union"). */
const STOOD_SUBJECT_GAP = new Set(['from', 'to', 'with', 'of', 'the', 'its', 'their', 'his', 'her', 'total', 'outstanding']);
/** Words of a passive estimate besides its participle ("are now estimated", "had been put"). */
const PASSIVE_ESTIMATE_AUX = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'has', 'have', 'had', 'now', 'currently', 'still', 'since']);
/** Whether tokens [from, to) are a passive estimate: auxiliaries and one estimate participle ("are now estimated"). */
function passiveEstimateBetween(tokens: readonly Token[], from: number, to: number): boolean {
  let participle = false;
  for (let i = from; i < to; i++) {
    const w = lower(tokens[i]);
    if (!participle && ESTIMATE_AT_VERBS.has(w) && /(?:ed|put|set)$/.test(w)) participle = true;
    else if (!PASSIVE_ESTIMATE_AUX.has(w)) return false;
  }
  return participle && to > from + 1;
}

/** Copulas between a duration's subject noun and the duration ("The longest wait … was 38 hours"). */
const COPULAS = new Set(['was', 'is', 'were', 'are', 'been', 'be']);
/** Prepositions between a duration's verb or adjective and "for" ("was open to the internet for 52 days"). */
const DURATION_PP = new Set(['to', 'in', 'at', 'on', 'from', 'outside', 'inside', 'across', 'near']);

/** A word a duration may be of as a verb or adjective: "deliberated", "deliberating", "open", "closed". */
function isDurationPredicate(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || isCapitalised(t.text)) return false;
  const lw = t.text.toLowerCase();
  if (STOP_WORD_SET.has(lw) || REPORTING_VERB_SET.has(lw) || FOUNDING_WORDS.has(lw)) return false;
  return DURATION_ADJECTIVES.has(lw) || /^[a-z]{3,}(?:ed|ing)$/.test(lw);
}

/**
 * What a duration is of (`first` is its first token), or null: the verb or adjective before it, over "for" and a short
 * phrase ("deliberated for about 11 hours", "after deliberating for 14 hours", "waited 41 hours", "was open to the
 * internet for 52 days"), or the noun it is of ("a delay of 19 days", "The longest wait recorded in October was 38
 * hours"). The key is the word's stem, so "deliberated" and "deliberating" are one doing; an average ("an average of 47
 * minutes", "the average wait") is another measure than one case. Not a deadline or a point in time ("within 14 days",
 * "in 24 hours", "11 days ago"): only those forms are read.
 */
function durationState(tokens: readonly Token[], first: number, end: number): { key: string; label: string; average: boolean; noun: boolean } | null {
  let average = false;
  let floor = false;
  let k = first - 1;
  // "will be closed for at least six weeks" estimates how long one state will last: its floor is the estimate
  const forecast = lower(tokens[first - 1]) === 'least' && tokens.slice(Math.max(0, first - 9), first).some((t) => FORECAST_WORDS.has(lower(t)));
  const skipGap = () => {
    while (k >= 0 && (STATE_VERB_GAP.has(lower(tokens[k])) || AVERAGE_WORDS.has(lower(tokens[k])) || DURATION_FLOOR_WORDS.has(lower(tokens[k])))) {
      if (AVERAGE_WORDS.has(lower(tokens[k]))) average = true;
      if (DURATION_FLOOR_WORDS.has(lower(tokens[k])) && !forecast) floor = true;
      k--;
    }
  };
  const of = (word: string, noun: boolean) => {
    const lw = word.toLowerCase();
    return { key: `${stem(lw)}${average ? '-average' : ''}`, label: lw, average, noun };
  };
  skipGap();
  // "took 19 minutes to clear the stand": how long the act after "to" took, the figure "was cleared within eight minutes"
  // gives (a held-out subject of session 66: a stand's clearing time, 8 / 19 minutes)
  if (SPAN_VERBS.has(lower(tokens[k])) && !/^last/.test(lower(tokens[k])) && lower(tokens[end]) === 'to' && isBareVerb(tokens[end + 1])) return of(tokens[end + 1]!.text, false);
  // "had been cleared within eight minutes", "was evacuated in 12 minutes": after a done act, "in"/"within" says how long
  // it took; after "be", "to" or a modal it is a deadline ("must be repaid within 21 days") and stays unread
  if ((lower(tokens[k]) === 'within' || lower(tokens[k]) === 'in') && isDoneParticiple(tokens, k - 1)) return of(tokens[k - 1]!.text, false);
  // "lasted just under 10 hours" gives a value from below; "under 4 hours" alone is a threshold, read as none
  if (lower(tokens[k]) === 'under' && lower(tokens[k - 1]) === 'just') {
    k -= 2;
    skipGap();
  }
  // "everyone who has waited more than 12 hours", "waited longer than 12 hours": a threshold counts cases, it times none
  if (floor) return null;
  if (lower(tokens[k]) === 'of') {
    k--;
    // "waited an average of 47 minutes": the verb before the average
    if (AVERAGE_WORDS.has(lower(tokens[k]))) {
      average = true;
      k--;
      skipGap();
    } else {
      // "a delay of 19 days", "an average wait of 47 minutes"
      if (!isPlainNoun(tokens[k]) || MEASURE_MODIFIERS.has(lower(tokens[k]))) return null;
      if (AVERAGE_WORDS.has(lower(tokens[k - 1]))) average = true;
      return of(tokens[k]!.text, true);
    }
  }
  if (lower(tokens[k]) === 'for') {
    k--;
    // over a short phrase after the verb or adjective: "open to the internet for 52 days"
    if (!isDurationPredicate(tokens[k])) {
      for (let p = k; p >= 1 && p >= k - 3; p--) {
        if (DURATION_PP.has(lower(tokens[p])) && isDurationPredicate(tokens[p - 1])) {
          k = p - 1;
          break;
        }
      }
    }
  }
  if (isDurationPredicate(tokens[k])) return of(tokens[k]!.text, false);
  // "The longest wait recorded at the hospital in October was 38 hours": the head noun of the copula's subject clause
  if (!COPULAS.has(lower(tokens[k]))) return null;
  let s = k - 1;
  while (s >= 0 && tokens[s]!.kind === 'word') s--;
  if (s >= 0 && !/^[,;:—–-]$/.test(tokens[s]!.text)) return null; // a number or other mark inside the subject: not read
  // after what reports it: "The wire said the longest wait was 41 hours"
  for (let r = k - 1; r > s; r--) {
    if (lower(tokens[r]) === 'that' || (REPORTING_VERB_SET.has(lower(tokens[r])) && (ARTICLE_WORDS.has(lower(tokens[r + 1])) || lower(tokens[r + 1]) === 'that'))) {
      s = r;
      break;
    }
  }
  let h = s + 1;
  if (ARTICLE_WORDS.has(lower(tokens[h])) || lower(tokens[h]) === 'its' || lower(tokens[h]) === 'their') h++;
  while (h < k && (MEASURE_MODIFIERS.has(lower(tokens[h])) || AVERAGE_WORDS.has(lower(tokens[h])))) {
    if (AVERAGE_WORDS.has(lower(tokens[h]))) average = true;
    h++;
  }
  if (h >= k || !isPlainNoun(tokens[h]) || isPluralNoun(lower(tokens[h]))) return null;
  return of(tokens[h]!.text, true);
}

/** Whether token t is a verb's plain form after "to" ("to clear"): a lower-case content word, no -ing or -ed form. */
function isBareVerb(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || isCapitalised(t.text)) return false;
  const lw = t.text.toLowerCase();
  return lw.length >= 3 && !STOP_WORD_SET.has(lw) && !/(?:ing|ed)$/.test(lw) && !ARTICLE_WORDS.has(lw);
}
/** Words before a participle that make it a future or a duty, not a done act ("must be repaid", "to be cleared"). */
const NOT_DONE_BEFORE = new Set(['be', 'to', 'will', 'would', 'must', 'should', 'shall', 'can', 'could', 'may', 'might']);
/**
 * Whether token k is the -ed form of an act done ("was cleared", "had been evacuated", "arrived"): no auxiliary of the
 * future or a duty before it.
 */
function isDoneParticiple(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== 'word' || isCapitalised(t.text)) return false;
  const lw = t.text.toLowerCase();
  if (!/^[a-z]{3,}ed$/.test(lw) || STOP_WORD_SET.has(lw) || REPORTING_VERB_SET.has(lw) || FOUNDING_WORDS.has(lw)) return false;
  return !NOT_DONE_BEFORE.has(lower(tokens[k - 1]));
}

/** Pronouns a sum may go to or be demanded of, right after the verb ("fined it", "paid them"). */
const OBJECT_PRONOUNS = new Set(['it', 'them', 'him', 'her', 'us', 'me']);

/** Determiners before the one a sum is paid to, demanded of or costs ("cost the district", "paid its lawyers"). */
const OBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our']);

/** A word that may name a sum or the one it goes to: no function word, number, reporting verb or money verb. */
function isObjectWord(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const lw = t.text.toLowerCase();
  return !STOP_WORD_SET.has(lw) && !REPORTING_VERB_SET.has(lw) && !MONEY_STATE_VERBS[lw] && !NUMBER_WORD.has(lw);
}

/** Verbs of ordering a payment ("ordered the city to pay"). */
const ORDER_VERBS: ReadonlySet<string> = new Set(['ordered', 'orders', 'order', 'ordering']);
/** Whether the "pay" at `v` is ordered: "to" right before it and an order verb within seven words before that, in its clause. */
function orderedToPay(tokens: readonly Token[], v: number): boolean {
  if (v < 2 || lower(tokens[v - 1]) !== 'to') return false;
  for (let k = v - 2; k >= 0 && k >= v - 8; k--) {
    if (tokens[k]!.text === ',' || tokens[k]!.text === '.') return false;
    if (ORDER_VERBS.has(lower(tokens[k]))) return true;
  }
  return false;
}

/**
 * What a sum of money is from the words before it, `k` being the first word before it that is no quantifier: demanded,
 * paid or a cost ({@link MONEY_STATE_VERBS}). The verb stands right there ("demanded $5 million"), before one the sum
 * goes to ("paid hackers $3.4 million", "will cost the district $41 million"), or before a noun naming the sum ("paid a
 * ransom of $3.4 million"); a noun naming it by what happens to it is enough ("a ransom demand of $8 million").
 */
function moneyStateBefore(tokens: readonly Token[], k: number): { state: string; verb: number; named: boolean } | null {
  if (k < 0) return null;
  let named = false;
  const verbAt = (v: number) => (v >= 0 && MONEY_STATE_VERBS[lower(tokens[v])] ? { state: MONEY_STATE_VERBS[lower(tokens[v])], verb: v, named } : null);
  const direct = verbAt(k);
  if (direct) return direct;
  let n = k;
  if (lower(tokens[k]) === 'of') {
    if (MONEY_STATE_NOUNS[lower(tokens[k - 1])]) return { state: MONEY_STATE_NOUNS[lower(tokens[k - 1])], verb: -1, named: true };
    named = true; // "paid a ransom of": a noun names the sum
    n = k - 1;
    // the noun naming the sum is lower case ("a ransom", "a payment"): "the Bank of" names something else
    if (!isObjectWord(tokens[n]) || isCapitalised(tokens[n].text)) return null;
  }
  // the noun naming the sum or the one it goes to, then (a sum named by a noun only) the one it goes to before that:
  // "paid the hackers a ransom of $3.4 million", "paid its lawyers a fee of $2 million" (a verb with two objects)
  for (let object = 0; object < (named ? 2 : 1); object++) {
    let words = 0;
    // "fined it 12.5 million euros", "paid them $2 million": a pronoun is the one it goes to
    if (OBJECT_PRONOUNS.has(lower(tokens[n]))) {
      n--;
      words++;
    }
    while (n >= 0 && words < 2 && isObjectWord(tokens[n])) {
      n--;
      words++;
    }
    if (!words) return null;
    if (OBJECT_DETERMINERS.has(lower(tokens[n]))) n--;
    const hit = verbAt(n);
    if (hit) return hit;
  }
  return null;
}

/** Words between what costs and "cost": a perfect, a modal, a future, an adverb ("the deal will cost", "would likely cost", "the recount has cost"). */
const COST_AUX = new Set(['has', 'have', 'had', 'will', 'would', 'could', 'may', 'might', 'can', 'also', 'likely', 'only', 'eventually', 'ultimately', 'to', 'expected', 'is', 'are', 'was', 'were', 'be', 'set', 'now', 'still']);

/**
 * What costs a sum, read before the verb "cost" at v ("the deal will cost" → agreement, "the union's demands would cost"
 * → demand): a lower-case noun, deals and agreements as one. Null when there is none ("it will cost"): a cost of
 * nothing named is compared only when it runs over a stated time ({@link costPronounBefore}).
 */
function costSubjectBefore(tokens: readonly Token[], v: number): string | null {
  const n = costerAt(tokens, v);
  // "Repairs will cost about $1.2 million": the sentence's first word is capitalised whatever it is.
  return costNoun(tokens[n], tokens.slice(0, n).every((t) => QUOTE_PUNCT.has(t.text))) ?? gerundBefore(tokens, n);
}

/** Tokens from a gerund to the word that costs ("repairing the main hall"). */
const GERUND_OBJECT_TOKENS = 4;
/**
 * An undertaking named by its gerund, whose object ends at n ("repairing the hall will cost", "the cost of repairing the
 * hall at"): its noun ({@link GERUND_UNDERTAKINGS}), or null. The gerund opens its phrase (a sentence, a clause after
 * "that" or a comma, or "of"), and no other verb or mark stands between.
 */
function gerundBefore(tokens: readonly Token[], n: number): string | null {
  for (let g = n - 1; g >= 0 && g >= n - GERUND_OBJECT_TOKENS; g--) {
    const t = tokens[g]!;
    if (t.kind !== 'word') return null;
    const noun = GERUND_UNDERTAKINGS.get(lower(t));
    if (!noun) continue;
    const opener = lower(tokens[g - 1]);
    return g === 0 || opener === 'that' || opener === 'of' || opener === ',' || QUOTE_PUNCT.has(tokens[g - 1]!.text) ? noun : null;
  }
  return null;
}

/** Whether what costs a sum, before the verb "cost" at v, is a pronoun ("it will cost", "this would cost"). */
function costPronounBefore(tokens: readonly Token[], v: number): boolean {
  return /^(?:it|this|that)$/.test(lower(tokens[costerAt(tokens, v)]));
}

/** The word before the verb "cost" at v past its auxiliaries ({@link COST_AUX}): what costs the sum. */
function costerAt(tokens: readonly Token[], v: number): number {
  let n = v - 1;
  while (n >= 0 && COST_AUX.has(lower(tokens[n]))) n--;
  return n;
}

/**
 * A cost's subject noun, normalised ({@link AGREEMENT_NOUNS} as one), or null unless it names an undertaking or an event
 * ({@link COST_SUBJECT_NOUNS}): "the watch will cost $349" is a price.
 */
function costNoun(t: Token | undefined, sentenceStart = false): string | null {
  if (!t || t.kind !== 'word' || (isCapitalised(t.text) && !sentenceStart)) return null;
  // "clean-up" and "cleanup" are one word.
  const one = singular(stripPossessive(t.text.toLowerCase())).replace(/-/g, '');
  if (!COST_SUBJECT_NOUNS.has(one)) return null;
  return AGREEMENT_NOUNS.has(one) ? 'agreement' : one;
}

/**
 * "puts the cost of the agreement at $58 million", "estimated the costs of the plan at $2 billion": a cost of something
 * given with "at" before the sum (`at` is the index of "at"). Its subject noun, or null.
 */
function costOfAt(tokens: readonly Token[], at: number): string | null {
  if (lower(tokens[at]) !== 'at') return null;
  // "puts the cost of the clean-up, including clearing the debris …, at about $7.5 million": a parenthetical between
  // the thing and "at", set off by commas, may reach further back.
  const parenthetical = lower(tokens[at - 1]) === ',';
  for (let m = at - 2; m >= 1 && m >= at - (parenthetical ? COST_PARENTHETICAL_TOKENS : COST_LONG_TOKENS); m--) {
    const lw = lower(tokens[m]);
    if (lw !== 'cost' && lw !== 'costs') continue;
    if (!OBJECT_DETERMINERS.has(lower(tokens[m - 1])) || lower(tokens[m + 1]) !== 'of') return null;
    const n = OBJECT_DETERMINERS.has(lower(tokens[m + 2])) ? m + 3 : m + 2;
    if (parenthetical) return lower(tokens[n + 1]) === ',' ? costNoun(tokens[n]) : null;
    if (at - m <= COST_OF_TOKENS) return costNoun(tokens[at - 1]) ?? gerundBefore(tokens, at - 1);
    // "put the cost of the works needed to lift the prohibition notice at £640,000": the noun the words after it
    // qualify, not the last before "at" (a held-out subject of session 67)
    return COST_HEAD_QUALIFIERS.has(lower(tokens[n + 1])) ? costNoun(tokens[n]) : null;
  }
  return null;
}
/** Words before "for" and a count that make it what a place may hold ("licensed for up to 25,000 people"). */
const CAPACITY_FOR = new Set(['licensed', 'licenced', 'capacity', 'room']);
/** Words before "of" and a count that make it what a place may hold ("a maximum of 20,000 people", "capacity of"). */
const CAPACITY_OF = new Set(['capacity', 'maximum']);

/** Tokens from "cost" to "at": "the cost of the new stadium at". */
const COST_OF_TOKENS = 6;
/** … and across a qualifier after its noun ("the cost of the works needed to lift the notice at"). */
const COST_LONG_TOKENS = 12;
/** Words after a cost's noun that open what qualifies it ("the works needed to …", "the repairs that …"). */
const COST_HEAD_QUALIFIERS = new Set(['needed', 'required', 'planned', 'proposed', 'that', 'which', 'to', 'for', 'on', 'at', 'in']);
/** … and across a "cost of X, …, at" parenthetical. */
const COST_PARENTHETICAL_TOKENS = 40;

/** The last two words before a date mention, lower-case, nearest first. */
function wordsBefore(sentence: string, m: DateMention): [string | undefined, string | undefined] {
  const lead = sentence.slice(Math.max(0, m.start - 24), m.start).toLowerCase().split(/[^a-z]+/).filter(Boolean);
  return [lead[lead.length - 1], lead[lead.length - 2]];
}

/** Whether a date mention says when something was said ("said Tuesday", "said on Tuesday"), not when a figure held. */
export function isStatementDate(sentence: string, m: DateMention): boolean {
  const [w1, w2] = wordsBefore(sentence, m);
  return (!!w1 && REPORTING_VERB_SET.has(w1)) || (w1 === 'on' && !!w2 && REPORTING_VERB_SET.has(w2));
}

/** Whether a period and "for each" / "per" one of something follow a sum: "£780 a week for each resident", "£40 a day per child". */
function paidPerEach(tokens: readonly Token[], k: number): boolean {
  const d = durationAfter(tokens, k);
  if (!d) return false;
  const w = lower(tokens[d.end]);
  return w === 'per' || (w === 'for' && /^(?:each|every)$/.test(lower(tokens[d.end + 1])));
}

/** Homes are a stock, not a flow: "enough to power about 64,000 homes a year" counts homes, not homes each year. */
const DWELLING_UNITS = new Set(['home', 'house', 'household', 'building', 'property', 'flat', 'apartment']);
/** Tokens a rate may stand after a count, in its clause ("9,000 vehicles cross the bridge every day"). */
const RATE_REACH = 5;
/**
 * A rate after a count, in its clause: "a day", "every day", "per week" right after it or after a short verb phrase with no
 * mark or other number between ("About 9,000 vehicles cross the bridge every day"). Null otherwise ("over two years" is a
 * span, not a rate).
 */
function rateAfter(tokens: readonly Token[], k: number): { key: string; label: string } | null {
  for (let m = k; m < tokens.length && m <= k + RATE_REACH; m++) {
    const t = tokens[m]!;
    if (t.kind !== 'word') return null;
    const d = lower(t) === 'over' ? null : durationAfter(tokens, m);
    if (d) return { key: d.key, label: d.label };
  }
  return null;
}

/**
 * How long a sum runs, right after it: "over two years", "over the next three years", "a year", "per month", "annually".
 * A total over two years and a sum a year are different quantities. Null when none follows.
 */
function durationAfter(tokens: readonly Token[], k: number): { key: string; label: string; end: number } | null {
  const w = lower(tokens[k]);
  if (w === 'annually' || w === 'yearly') return { key: 'per-year', label: 'a year', end: k + 1 };
  if ((w === 'a' || w === 'per' || w === 'each' || w === 'every') && /^(?:year|month|week|day)$/.test(lower(tokens[k + 1]))) return { key: `per-${lower(tokens[k + 1])}`, label: `a ${lower(tokens[k + 1])}`, end: k + 2 };
  if (w !== 'over') return null;
  let n = k + 1;
  if (lower(tokens[n]) === 'the') n++;
  if (/^(?:next|past|coming|last|first)$/.test(lower(tokens[n]))) n++;
  const spelled = spelledNumberAt(tokens, n);
  const count = spelled ? spelled.value : tokens[n]?.kind === 'number' ? parseNumber(tokens[n].text) : null;
  const end = spelled ? spelled.end : n + 1;
  const unit = lower(tokens[end]);
  if (count === null || !/^(?:years?|months?|weeks?|days?)$/.test(unit)) return null;
  return { key: `over-${count}-${singular(unit)}`, label: `over ${count} ${count === 1 ? singular(unit) : plural(singular(unit))}`, end: end + 1 };
}
/** Words that open a clause of its own after ", and" / ", but": a new subject ("…, and the hospital has asked …"). */
const CLAUSE_SUBJECT_STARTS = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'his', 'her', 'its', 'their', 'our']);

/**
 * Where the clause holding token i ends: a semicolon, or ", and" / ", but" / ", while" before a new subject. A place named
 * after that ("About 900 appointments have been cancelled, and the hospital has asked patients to go to clinics in
 * Harlow") is where something else happens.
 */
function nextClauseAt(tokens: readonly Token[], i: number): number {
  for (let k = i; k < tokens.length; k++) {
    if (tokens[k].text === ';') return k;
    if (tokens[k].text === ',' && /^(?:and|but|while|whereas)$/.test(lower(tokens[k + 1])) && CLAUSE_SUBJECT_STARTS.has(lower(tokens[k + 2]))) return k;
    // an aside on a part of the count ("About 600 suppliers are owed money, many of them farms in Wendmoor"): where the
    // part is, is no place of the whole (a held-out subject of session 67)
    if (tokens[k].text === ',' && PARTITIVE_WORDS.has(lower(tokens[k + 1])) && lower(tokens[k + 2]) === 'of' && PARTITIVE_PRONOUNS.has(lower(tokens[k + 3]))) return k;
  }
  return tokens.length;
}

const LOCATION_PREPS = new Set(['in', 'near', 'across', 'inside', 'throughout', 'within']);
const ANAPHORIC_PLACES = new Set(['country', 'region', 'area', 'nation', 'city', 'province', 'state', 'territory']);
const QUOTE_PUNCT = new Set(['"', '“', '”', '‘', '’', "'", '«', '»', '(', ')']);
const DASHES = new Set(['-', '–', '—']);

function lower(t: Token | undefined): string {
  return t ? t.text.toLowerCase() : '';
}

function adjacent(a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && a.end === b.start;
}

/** A number times its scale word, without the binary fraction's tail ("4.1 million" is 4,100,000, not 4,099,999.9999999995). */
function scaled(value: number, scale: number): number {
  return Number((value * scale).toPrecision(12));
}

function parseNumber(s: string): number {
  return Number(s.replace(/,/g, ''));
}

function isYearLike(t: Token): boolean {
  return /^\d{4}$/.test(t.text) && Number(t.text) >= 1800 && Number(t.text) <= 2100;
}

/** A place phrase found in the sentence: "in Iraq and Syria" → keys [iraq, syria]. */
interface PlacePhrase {
  keys: string[];
  label: string;
  prep: string;
  tokenIndex: number;
  anaphoric: boolean;
}

/** Event nouns that end or start the name of one event ("Bramble Creek Fire", "Hurricane Sandy"). */
const EVENT_NAME_WORDS: ReadonlySet<string> = new Set(EVENT_NOUNS);

/** Capitalised name run starting at i ("Ain al-Asad", "Davos"): returns end index (exclusive). */
function nameRun(tokens: readonly Token[], i: number): number {
  let j = i;
  while (j < tokens.length && tokens[j].kind === 'word' && (isCapitalised(tokens[j].text) || /^(al|el|de|bin)-/i.test(tokens[j].text))) {
    if (j > i && MONTHS[lower(tokens[j])] !== undefined) break;
    j++;
  }
  return j;
}

function placeKeyAt(tokens: readonly Token[], i: number): { key: string; label: string; end: number } | null {
  const p = matchPlace(tokens, i);
  if (p) return { key: p.entry.key, label: p.entry.name, end: i + p.length };
  const t = tokens[i];
  if (!t || t.kind !== 'word' || !isCapitalised(t.text)) return null;
  // nor a day or month, possessive or not ("in Tuesday's roof collapse" is when, not where)
  const bare = stripPossessive(t.text).toLowerCase();
  if (MONTHS[bare] !== undefined || WEEKDAYS[bare] !== undefined || STOP_WORD_SET.has(t.text.toLowerCase()) || isGradeLabel(tokens, i)) return null;
  const end = nameRun(tokens, i);
  if (end === i) return null;
  // the name of an event ("the Bramble Creek Fire", "Hurricane Sandy") says what, not where
  if (EVENT_NAME_WORDS.has(lower(tokens[i])) || EVENT_NAME_WORDS.has(lower(tokens[end - 1]))) return null;
  const label = tokens.slice(i, end).map((x) => stripPossessive(x.text)).join(' ');
  return { key: label.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-'), label, end };
}

/** Words for a part of a counted whole before "of them" ("most of them in Quayside"); not "all". */
const PARTITIVE_WORDS = new Set(['most', 'many', 'some', 'half', 'several', 'few', 'majority', 'rest', 'others', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands']);
/** Pronouns after a partitive word and "of". */
const PARTITIVE_PRONOUNS = new Set(['them', 'which', 'whom', 'these', 'those']);

/** All "in X", "near X", "in X and Y", "in the country" phrases of a sentence. */
function findPlacePhrases(tokens: readonly Token[]): PlacePhrase[] {
  const out: PlacePhrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const prep = lower(tokens[i]);
    if (!LOCATION_PREPS.has(prep)) continue;
    // "386 homes …, most of them in Quayside": where a part of them is, not where the count is
    if (lower(tokens[i - 2]) === 'of' && PARTITIVE_PRONOUNS.has(lower(tokens[i - 1])) && (PARTITIVE_WORDS.has(lower(tokens[i - 3])) || tokens[i - 3]?.kind === 'number')) continue;
    let j = i + 1;
    if (lower(tokens[j]) === 'the') {
      if (ANAPHORIC_PLACES.has(lower(tokens[j + 1]))) {
        out.push({ keys: [], label: '', prep, tokenIndex: i, anaphoric: true });
        continue;
      }
      // "in the United States", "in the Houran Valley"
      if (!tokens[j + 1] || !isCapitalised(tokens[j + 1].text)) continue;
      j++;
    }
    const first = placeKeyAt(tokens, j);
    if (!first) continue;
    const keys = [first.key];
    const labels = [first.label];
    let k = first.end;
    // "Iraq and Syria", "Iraq, Syria and Lebanon"
    while ((lower(tokens[k]) === 'and' || tokens[k]?.text === ',') && tokens[k + 1]) {
      const next = placeKeyAt(tokens, k + 1);
      if (!next || !matchPlace(tokens, k + 1)) break;
      keys.push(next.key);
      labels.push(next.label);
      k = next.end;
    }
    out.push({ keys, label: labels.length > 1 ? labels.slice(0, -1).join(', ') + ' and ' + labels[labels.length - 1] : labels[0], prep, tokenIndex: i, anaphoric: false });
  }
  return out;
}

/** Country named as a possessive ("Iraq's parliament"): a weak place hint. */
function possessivePlaces(tokens: readonly Token[]): { key: string; label: string; tokenIndex: number }[] {
  const out: { key: string; label: string; tokenIndex: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!/['’]s$/.test(tokens[i].text)) continue;
    const p = matchPlace(tokens, i);
    if (p && p.length === 1 && p.entry.aliases[0] === stripPossessive(tokens[i].text)) out.push({ key: p.entry.key, label: p.entry.name, tokenIndex: i });
  }
  return out;
}

/** Approximation marker ending right before token index i; returns its first token index or -1. */
function approxBefore(tokens: readonly Token[], i: number): number {
  for (const seq of APPROX_SEQS) {
    const s = i - seq.length;
    if (s < 0) continue;
    let ok = true;
    for (let k = 0; k < seq.length; k++) {
      if (lower(tokens[s + k]) !== seq[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return s;
  }
  return -1;
}

/** Whether a number token is a date part: "June 4", "4 June", "January 5th". */
function isDatePart(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const isMonth = (t: Token | undefined) => !!t && t.kind === 'word' && isCapitalised(t.text) && MONTHS[t.text.toLowerCase()] !== undefined;
  if (isMonth(prev) || (prev?.text === '.' && isMonth(tokens[i - 2]))) return true;
  if (isMonth(next) || (lower(next) === 'of' && isMonth(tokens[i + 2]))) return true;
  return false;
}

function unitAt(tokens: readonly Token[], i: number): { unit: string; length: number } | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || isGradeLabel(tokens, i)) return null;
  const two = tokens[i + 1] ? `${lower(t)} ${lower(tokens[i + 1])}` : '';
  const three = tokens[i + 2] ? `${two} ${lower(tokens[i + 2])}` : '';
  if (three && UNIT_NOUNS[three]) return { unit: UNIT_NOUNS[three], length: 3 };
  if (two && UNIT_NOUNS[two]) return { unit: UNIT_NOUNS[two], length: 2 };
  // "98 km/h": a speed, never 98 km (a held-out pier collapse's gust was read as a distance)
  if (three === 'km / h' && tokens[i + 2]!.start === t.end + 1) return { unit: 'km/h', length: 3 };
  const u = UNIT_NOUNS[lower(t)] ?? UNIT_NOUNS[stripPossessive(lower(t))];
  // "424,000 square feet" of office space is no height: floor areas are not compared (the feet of heights and depths are)
  if (u === 'ft' && /^(?:square|cubic|sq)$/.test(lower(tokens[i - 1]))) return null;
  // "weighed 280 pounds" is a weight, not sterling
  if (u === '£' && /^pounds?$/.test(lower(t)) && tokens.slice(Math.max(0, i - 4), i).some((w) => /^weigh/.test(lower(w)))) return { unit: 'lb', length: 1 };
  return u ? { unit: u, length: 1 } : null;
}

function unitLabel(unit: string): string {
  return UNIT_LABELS[unit] ?? (unit.length > 1 && /^[a-z]/.test(unit) ? plural(unit) : unit);
}

/**
 * Whether a figure is a sum or a share of a kind of thing with no one it belongs to: "$8,550 in steel", "$3.4 billion in
 * profit", "a 10% rise in prices". "In" after an amount names what form it takes, not whose it is, so two such figures
 * (a Swiss watch's price and an Apple Watch's; two companies' profits) are rarely one quantity.
 */
export function isOwnerlessCategoryAmount(figure: Pick<Figure, 'unit' | 'subject' | 'subjectKey'>): boolean {
  if (figure.unit !== '%' && !CURRENCY_SYMBOLS[figure.unit]) return false;
  return figure.subjectKey.startsWith('|') && figure.subject.startsWith(`${unitLabel(figure.unit)} in `);
}

/**
 * Nouns that only say a sum of money is a sum ("budget", "funding", "cost"): what it is for follows them or stands
 * before them. Levels only — a "cut", "increase" or "shortfall" is a change or a gap, a different quantity.
 */
const AMOUNT_HEADS = new Set([
  'budget', 'budgets', 'spending', 'funding', 'funds', 'fund', 'cost', 'costs', 'allocation', 'allocations',
  'appropriation', 'appropriations', 'expenditure', 'expenditures', 'outlay', 'outlays', 'investment', 'investments',
  'grant', 'grants', 'package', 'programme', 'program', 'plan', 'sum', 'amount', 'price', 'tag', 'bill',
]);

/**
 * Amount nouns whose modifiers say what kind of sum it is, never what it is for ("selling price", "introductory
 * price", "entire sum"): only a "for/on" phrase after them gives a subject.
 */
const PLAIN_AMOUNT_HEADS = new Set(['price', 'tag', 'sum', 'amount']);

/**
 * Words before an amount noun that say whose it is, when, or how far along it is ("city", "annual", "record"), not
 * what it is for: "a $48 million city budget" has no subject, "a $20 million road repair budget" has one.
 */
const AMOUNT_HEAD_NON_SUBJECT = new Set([
  'annual', 'yearly', 'monthly', 'total', 'overall', 'new', 'record', 'initial', 'final', 'original', 'revised',
  'draft', 'entire', 'whole', 'full', 'current', 'next', 'last', 'first', 'second', 'one-off', 'multi-year', 'capital',
  'operating', 'city', 'county', 'state', 'federal', 'national', 'municipal', 'government', 'council', 'public', 'price',
  'starting', 'asking', 'opening', 'average', 'median', 'estimated', 'projected', 'proposed', 'approved', 'adopted',
]);

/**
 * A generic amount noun right after a sum of money, with up to three words before it: "budget" in "$48 million
 * budget", "road repair budget", "in funding", "of new spending". Null when the sum is followed by anything else.
 */
function amountHead(tokens: readonly Token[], k: number): { end: number; modifiers: string[] } | null {
  let i = k;
  if (lower(tokens[i]) === 'in' || lower(tokens[i]) === 'of') i++; // "$31 million in funding", "$5 million of spending"
  const modifiers: string[] = [];
  while (i < tokens.length && modifiers.length <= 3) {
    const w = tokens[i];
    if (w.kind !== 'word') return null;
    const lw = w.text.toLowerCase();
    if (AMOUNT_HEADS.has(lw)) {
      if (PLAIN_AMOUNT_HEADS.has(lw)) return { end: i + 1, modifiers: [] };
      return { end: i + 1, modifiers: modifiers.filter((m) => !AMOUNT_HEAD_NON_SUBJECT.has(m.toLowerCase()) && !/(ed|ly)$/i.test(m)) };
    }
    if (isCapitalised(w.text) || STOP_WORD_SET.has(lw) || REPORTING_VERB_SET.has(lw) || matchPlace(tokens, i)) return null;
    modifiers.push(w.text);
    i++;
  }
  return null;
}

/**
 * What an amount noun ending at token k is for, read from the words before it: "road repair" in "the road repair
 * budget" (then "of $48 million"). Empty when k is no amount noun or only says whose, when or how big.
 */
function amountHeadBefore(tokens: readonly Token[], k: number): string[] {
  if (k < 0 || !AMOUNT_HEADS.has(lower(tokens[k])) || PLAIN_AMOUNT_HEADS.has(lower(tokens[k]))) return [];
  const words: string[] = [];
  for (let i = k - 1; i >= 0 && words.length < 3; i--) {
    const w = tokens[i];
    const lw = w.text.toLowerCase();
    if (w.kind !== 'word' || isCapitalised(w.text) || STOP_WORD_SET.has(lw) || REPORTING_VERB_SET.has(lw) || matchPlace(tokens, i)) break;
    words.unshift(w.text);
  }
  return words.filter((m) => !AMOUNT_HEAD_NON_SUBJECT.has(m.toLowerCase()) && !/(ed|ly)$/i.test(m));
}

/**
 * "of those <words>" after a share, at `those`: the things a count earlier in the sentence counts, as a noun phrase ("About
 * 61,000 tickets had been sold …, about 90 per cent of those available" is a share of tickets available, as another
 * outlet's "40 per cent of the tickets available"). The nearest plural noun right after a number before the share.
 */
function thoseCounted(tokens: readonly Token[], those: number, before: number): { prep: string; words: string[]; end: number } | null {
  for (let k = before - 1; k > 0; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !isPluralNoun(lower(t)) || STOP_WORD_SET.has(lower(t))) continue;
    if (tokens[k - 1]!.kind !== 'number' && NUMBER_WORDS[lower(tokens[k - 1])] === undefined) continue;
    const rest = nounPhraseAfter(tokens, those, 'of');
    return { prep: 'of', words: [t.text, ...(rest?.words ?? [])], end: rest?.end ?? those + 1 };
  }
  return null;
}

/** Auxiliaries after a noun phrase: a word in -ed right before one ends the phrase as its noun ("unleaded were sold"). */
const NOUN_BEFORE_AUX: ReadonlySet<string> = new Set(['were', 'was', 'is', 'are', 'had', 'has', 'have', 'will', 'would']);
/** The noun phrase after a preposition at k ("for road repairs", "of the voters"): up to four content words. */
function nounPhraseAfter(tokens: readonly Token[], k: number, prep: string, anyArticle = false): { prep: string; words: string[]; end: number } | null {
  const words: string[] = [];
  let i = k + 1;
  if (lower(tokens[i]) === 'the' || (anyArticle && (lower(tokens[i]) === 'a' || lower(tokens[i]) === 'an'))) i++;
  // a day or month ("on Tuesday", "in March") says when, not what the sum is for
  const isWhen = (t: Token) => {
    const w = t.text.toLowerCase();
    return RELATIVE_DAYS[w] !== undefined || (isCapitalised(t.text) && (MONTHS[w] !== undefined || WEEKDAYS[w] !== undefined));
  };
  // (a word in -ed after the first is a verb, "of diesel leaked", unless a verb follows it: "of regular unleaded were sold")
  const verbAfter = (k: number) => /ed$/.test(lower(tokens[k])) && !NOUN_BEFORE_AUX.has(lower(tokens[k + 1]));
  while (i < tokens.length && words.length < 4 && tokens[i].kind === 'word' && !STOP_WORD_SET.has(lower(tokens[i])) && !REPORTING_VERB_SET.has(lower(tokens[i])) && !isWhen(tokens[i]) && !matchPlace(tokens, i) && !(words.length && verbAfter(i))) {
    words.push(tokens[i].text);
    i++;
  }
  return words.length ? { prep, words, end: i } : null;
}

/** Participles that tell one stuff from another ("treated" and "raw" sewage are two): kept in {@link stuffKey}. */
const STUFF_KIND_PARTICIPLES: ReadonlySet<string> = new Set(['treated', 'untreated', 'refined', 'unrefined', 'processed', 'unprocessed', 'recycled', 'liquefied']);
/** Words of a stuff's grade that say only that it is the usual one ("regular unleaded"). */
const PLAIN_GRADES: ReadonlySet<string> = new Set(['regular', 'standard', 'ordinary', 'normal', 'usual']);
/** One stuff named two ways ("regular unleaded" is the petrol another outlet calls "contaminated petrol"). */
const STUFF_SYNONYMS: Readonly<Record<string, string>> = { unleaded: 'petrol', gasoline: 'petrol' };
/**
 * The key of what an amount of stuff is of ("9,000 litres of the contaminated petrol" / "15,800 litres of regular
 * unleaded", a held-out subject of session 68): its words without what happened to it (a participle: "contaminated",
 * "spilled") or a plain grade, and its head under its common name. Noun modifiers stay ("paint thinner", "heating oil").
 */
function stuffKey(words: readonly string[]): string {
  const lows = words.map((w) => singular(stripPossessive(w)).toLowerCase());
  const kept = lows.filter((w, k) => k === lows.length - 1 || !((/ed$/.test(w) && !STUFF_KIND_PARTICIPLES.has(w)) || PLAIN_GRADES.has(w)));
  kept[kept.length - 1] = STUFF_SYNONYMS[kept[kept.length - 1]!] ?? kept[kept.length - 1]!;
  return kept.join('-');
}

/** Number words and scale words as maps: a plain object would answer "constructor". */
const NUMBER_WORD: ReadonlyMap<string, number> = new Map(Object.entries(NUMBER_WORDS));
const SCALE_WORD: ReadonlyMap<string, number> = new Map(Object.entries(NUMBER_SCALE_WORDS));

/** A number spelled out in words: its value, the token after it, and whether it is a round "dozen". */
interface SpelledNumber {
  value: number;
  end: number;
  approx: boolean;
}

/**
 * The cardinal spelled out from token i: "two", "twenty-five", "twenty five", "one hundred and twenty", "two
 * thousand", "a dozen", "a hundred". Null when token i starts none; a hyphenated word that is not tens-units
 * ("two-thirds", "two-day", "one-off") is an adjective or a fraction, not a number.
 */
function spelledNumberAt(tokens: readonly Token[], i: number): SpelledNumber | null {
  if (i < 0 || i >= tokens.length) return null;
  let total = 0;
  let current = 0;
  let approx = false;
  // what the last word was: a number below ten, tens, teens, "hundred", a scale, "and", "a"
  let last: 'none' | 'unit' | 'tens' | 'teen' | 'hundred' | 'scale' | 'and' | 'a' = 'none';
  let k = i;
  const first = lower(tokens[i]);
  if (first === 'a' || first === 'an') {
    if (!SCALE_WORD.has(lower(tokens[i + 1]))) return null;
    current = 1;
    last = 'a';
    k++;
  }
  for (; k < tokens.length; k++) {
    const tok = tokens[k];
    if (tok.kind !== 'word') break;
    const w = tok.text.toLowerCase();
    const dash = w.indexOf('-');
    if (dash >= 0) {
      // "twenty-five": tens, a hyphen, a unit
      const tens = NUMBER_WORD.get(w.slice(0, dash));
      const unit = NUMBER_WORD.get(w.slice(dash + 1));
      if (!tens || tens < 20 || tens % 10 || !unit || unit > 9 || !(last === 'none' || last === 'hundred' || last === 'scale' || last === 'and')) break;
      current += tens + unit;
      last = 'unit';
      continue;
    }
    const n = NUMBER_WORD.get(w);
    if (n !== undefined) {
      const kind = n < 10 ? 'unit' : n < 20 ? 'teen' : 'tens';
      const ok = last === 'none' || last === 'hundred' || last === 'scale' || last === 'and' || (kind === 'unit' && last === 'tens');
      if (!ok) break;
      current += n;
      last = kind;
      continue;
    }
    const scale = SCALE_WORD.get(w);
    if (scale !== undefined && last !== 'none' && last !== 'and' && last !== 'scale') {
      if (w === 'dozen') {
        if (last === 'hundred' || current >= 10) break;
        current *= 12;
        approx = true; // "a dozen" is a round number
        last = 'scale';
        k++;
        break;
      }
      if (w === 'hundred') {
        if (last === 'hundred' || current >= 100) break;
        current *= 100;
        last = 'hundred';
        continue;
      }
      total += current * scale;
      current = 0;
      last = 'scale';
      continue;
    }
    // "one hundred and twenty": "and" only between a hundred or a scale and the number after it
    if (w === 'and' && (last === 'hundred' || last === 'scale') && NUMBER_WORD.has(lower(tokens[k + 1]).split('-')[0])) {
      last = 'and';
      continue;
    }
    break;
  }
  if (last === 'none' || last === 'a' || last === 'and') return null;
  return { value: total + current, end: k, approx };
}

/**
 * Words before a number word that make it a reference to things already named, or a rank, not a count being reported:
 * "the two sides", "his three sons", "all five", "another two", "the past three", "no one".
 */
const SPELLED_REFERENCE_BEFORE = new Set([
  'the', 'these', 'those', 'this', 'that', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'whose', 'all', 'both',
  'each', 'every', 'any', 'no', 'another', 'other', 'first', 'last', 'past', 'next', 'final', 'previous', 'remaining',
  'top', 'same', 'which', 'half',
]);
/** Words after a number word that make it part of another count ("two more", "three other", "one another"). */
const SPELLED_NOT_TOTAL_AFTER = new Set(['more', 'other', 'others', 'additional', 'further', 'extra', 'another', 'of', 'out']);
/**
 * A wider area than one place, which a figure may be said of ("Across the region, 68 percent …", "nationally",
 * "nationwide"): the area word is captured (group 1 or 2).
 */
const WIDER_AREA = /\b(?:across|throughout)\s+(?:the\s+|this\s+)?(region|country|nation|state|county|province|network|sector|industry|system|continent)\b|\b(nationally|nationwide|statewide|countywide|region-?wide)\b/i;

/** Time units: a spelled-out period ("two years ago", "for three days", "one day") says when, not how many. */
const TIME_UNITS = new Set(['hour', 'day', 'week', 'month', 'year', 'minute']);
/** Words after a span of time that make it a point in time ("10 days ago", "two years later"). */
const RELATIVE_TIME_AFTER = new Set(['ago', 'later', 'earlier', 'before', 'after', 'previously', 'since']);
/** A sentence opening on "each" or "every" and the noun it distributes over ("Each (affected) household …"). */
const EACH_SUBJECT = /^\s*(?:each|every)\s+(?:affected\s+|eligible\s+|single\s+)?([a-z]+)\b/i;
/** Verbs of how long something takes or went on: "take about seven months", "lasted about two days". */
const SPAN_VERBS = new Set(['take', 'takes', 'took', 'taking', 'taken', 'last', 'lasts', 'lasted', 'lasting']);
/**
 * Whether the duration whose number is token `first` is an estimate of how long a {@link SPAN_VERBS} verb before it
 * takes: a word of {@link FOR_DURATION_FILLERS} between them ("take about seven months", "will take at least two
 * years"). A bare spelled period stays no figure ("The talks took three weeks": said in passing, not a reported figure).
 */
function takesSpan(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && FOR_DURATION_FILLERS.has(lower(tokens[k]))) k--;
  return k < first - 1 && k >= 0 && SPAN_VERBS.has(lower(tokens[k]));
}
/** Words between "for" and a duration's number ("for about 11 days"). */
const FOR_DURATION_FILLERS = new Set(['about', 'around', 'nearly', 'almost', 'some', 'roughly', 'more', 'than', 'over', 'at', 'least', 'up', 'to', 'just', 'only']);
/** Whether "for" opens the duration whose number is token `first` ("open for (about) 11 days"). */
function forBefore(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 4; k--) {
    const w = lower(tokens[k]);
    if (w === 'for') return true;
    if (!FOR_DURATION_FILLERS.has(w)) return false;
  }
  return false;
}

/** Capitalised words that name a school year or grade by the number after them ("Year 7", "Grade 3", "Key Stage 2"). */
const GRADE_LABELS = new Set(['Year', 'Years', 'Grade', 'Grades', 'Stage', 'Form', 'Primary', 'Sixth']);
/** Whether token k is a {@link GRADE_LABELS} word with a number right after it. */
function isGradeLabel(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && t.kind === 'word' && GRADE_LABELS.has(t.text) && tokens[k + 1]?.kind === 'number' && !/[.,]/.test(tokens[k + 1]!.text);
}

/**
 * Whether the digits at token `i` are a name's number: right after a capitalised word with a word before it, no
 * possessive, contraction or month ("Russian-made MiG 21", "a Boeing 737", "on Flight 17"), or joined by "and"/"or"/","
 * to such a number ("MiG 21 and 23").
 */
function isDesignation(tokens: readonly Token[], i: number): boolean {
  let k = i;
  while (k >= 2 && /^(?:and|or|to|,)$/.test(lower(tokens[k - 1])) && tokens[k - 2]!.kind === 'number') k -= 2;
  const name = tokens[k - 1];
  // a school year or grade names a group, whatever follows ("Year 7 pupils", "pupils in Years 7 to 9", "Grade 3 classes")
  if (isGradeLabel(tokens, k - 1)) return true;
  // a name at the start of a sentence, clause or quote is a subject ("“We’re 7,000 miles away”"), not a designator
  if (!name || name.kind !== 'word' || !isCapitalised(name.text) || tokens[k - 2]?.kind !== 'word') return false;
  if (/['’]/.test(name.text) || MONTHS[name.text.toLowerCase()] !== undefined || WEEKDAYS[name.text.toLowerCase()] !== undefined) return false;
  if (STOP_WORD_SET.has(name.text.toLowerCase())) return false;
  // a count after a name in a list of results is no designation ("Kinsale 20,114 votes", "Ames 48 percent")
  const head = tokens[k]!;
  const after = tokens[k + 1];
  if (/[.,]/.test(head.text) || after?.text === '%' || /^(?:percent|per)$/i.test(after?.text ?? '') || unitAt(tokens, k + 1)) return false;
  // nor an amount after its object ("fined Pacewell 18 million euros"): no model is numbered in millions
  if (SCALE_WORD.has(lower(after))) return false;
  // a Title Case headline capitalises every word ("Police Arrest 12 Suspects"): there a capital says nothing
  return tokens.some((t) => t.kind === 'word' && t.text.length > 3 && !isCapitalised(t.text) && !STOP_WORD_SET.has(t.text));
}

/**
 * A count spelled out in words at token i ("Two people have died", "a dozen homes", "twenty-five workers"), or null
 * when the words there are no count of the sentence's subject: a part of a larger number, a name ("Formula One",
 * "Three Mile Island"), a reference ("the two sides"), a part ("one of the"), a fraction ("two thirds"), a ratio ("one
 * in five"), an idiom ("one or two"), an increment ("two more"). What follows it (a count noun, a state) is checked by
 * the caller with the rules digits use.
 */
function spelledCountAt(tokens: readonly Token[], i: number): SpelledNumber | null {
  const t = tokens[i];
  const w = t.text.toLowerCase();
  // the common case first (every word of a sentence with a number passes here): no number word
  if (w === 'a' || w === 'an') {
    if (!SCALE_WORD.has(lower(tokens[i + 1]))) return null;
  } else if (!NUMBER_WORD.has(w)) {
    const dash = w.indexOf('-');
    if (dash < 0 || !NUMBER_WORD.has(w.slice(0, dash))) return null;
  }
  const prev = lower(tokens[i - 1]);
  // inside a number read (or left) already: "twenty five", "one hundred and twenty"
  if (NUMBER_WORD.has(prev) || SCALE_WORD.has(prev) || (prev === 'and' && SCALE_WORD.has(lower(tokens[i - 2])))) return null;
  if (SPELLED_REFERENCE_BEFORE.has(prev) || /['’]s?$/.test(tokens[i - 1]?.text ?? '')) return null;
  // a capital inside a sentence, or on its first word before another capital that is no place, is a name
  if (isCapitalised(t.text) && w !== 'a' && w !== 'an') {
    const atStart = tokens.slice(0, i).every((x) => x.kind === 'punct');
    if (!atStart) return null;
    const next = tokens[i + 1];
    if (next && next.kind === 'word' && isCapitalised(next.text) && !matchPlace(tokens, i + 1)) return null;
  }
  const n = spelledNumberAt(tokens, i);
  if (!n) return null;
  const after = lower(tokens[n.end]);
  if (SPELLED_NOT_TOTAL_AFTER.has(after) || FRACTION_WORDS.has(after)) return null;
  // "one or two", "two to three" without a noun between: an idiom or a range of words, "one in five": a ratio
  if ((after === 'or' || after === 'in' || after === 'by') && spelledNumberAt(tokens, n.end + 1)) return null;
  if ((prev === 'or' || prev === 'in' || prev === 'by') && spelledNumberAt(tokens, i - 2)) return null;
  // "one of five children", "the eldest of six": a group someone belongs to, not a count reported
  if (prev === 'of' && (spelledNumberAt(tokens, i - 2) || /est$/.test(lower(tokens[i - 2])))) return null;
  return n;
}

/** Determiners that say whose a stock is ("23 of his sheep"). */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/**
 * The token after a possessor starting at i ("his", "Graham Ellerby's", "the farm's"), or -1 when there is none: a
 * possessive determiner, or up to three words (an article first, or capitalised names) whose last ends in "'s".
 */
function possessorEnd(tokens: readonly Token[], i: number): number {
  if (POSSESSIVE_DETERMINERS.has(lower(tokens[i]))) return i + 1;
  const opener = tokens[i];
  if (!opener || opener.kind !== 'word') return -1;
  const possessive = (k: number) => tokens[k]?.kind === 'word' && /['’]s$/.test(tokens[k]!.text);
  if (possessive(i)) return i + 1;
  // Past the first word only after "the" or a name: "the farm's", "Graham Ellerby's".
  if (!isCapitalised(opener.text) && lower(opener) !== 'the') return -1;
  for (let k = i + 1; k < i + 3 && tokens[k]?.kind === 'word'; k++) if (possessive(k)) return k + 1;
  return -1;
}

/**
 * Whether a spelled count is who reports rather than what is reported: "Two U.S. officials said", "two people
 * inside the agency told him", "according to three people familiar with the matter". Read up to the clause's end.
 */
function isSourceCount(tokens: readonly Token[], before: number, unitEnd: number): boolean {
  if (lower(tokens[before - 1]) === 'to' && lower(tokens[before - 2]) === 'according') return true;
  for (let k = unitEnd; k < tokens.length && k < unitEnd + 8; k++) {
    if (tokens[k].kind === 'punct') return false;
    const w = lower(tokens[k]);
    // "were reported damaged", "are confirmed", "an alleged": the count is what is reported
    const passive = STATE_AUX.has(lower(tokens[k - 1])) || lower(tokens[k - 1]) === 'be' || lower(tokens[k - 1]) === 'an' || lower(tokens[k - 1]) === 'a';
    if (w === 'familiar' || (REPORTING_VERB_SET.has(w) && !WEAK_REPORTING_VERBS.has(w) && !passive)) return true;
  }
  return false;
}

/**
 * Whether a sentence may hold a figure: a number token starts with an ASCII digit (tokens.ts kindOf), a spelled count
 * with a number word. Most sentences of a page have neither and are not tokenised.
 */
const MAY_HOLD_NUMBER = new RegExp(`[0-9]|\\b(?:${[...Object.keys(NUMBER_WORDS), ...Object.keys(NUMBER_SCALE_WORDS), ...FRACTION_WORDS].join('|')})\\b`, 'i');

/** Per word of a {@link THING_KINDS} group, the group's first: one unit for "ships" and "vessels". */
const THING_KIND_OF: ReadonlyMap<string, string> = new Map(THING_KINDS.flatMap((g) => g.map((w) => [w, g[0]!] as const)));
/** The unit a counted noun's singular stands for ({@link THING_KIND_OF}), else the noun itself. */
const thingKind = (unit: string): string => THING_KIND_OF.get(unit) ?? unit;

/** A fraction's denominator by its word ("third", "fifths"). */
const DENOMINATORS: ReadonlyMap<string, number> = new Map(
  [['half', 2], ['halves', 2], ['third', 3], ['quarter', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10]].flatMap(([w, d]) => [[w as string, d as number], [`${w}s`, d as number]]),
);

/**
 * A share said as a fraction or a ratio, as a percentage: "a fifth of the country's container traffic", "two-thirds of
 * members", "one in five riders", "two in five of all departures", "1 in 10 patients", "half of the homes" (the
 * percent other outlets give: 20, 66.7, 20, 40, 10, 50). `end`: the token after it (an "of" that says what it is a
 * share of, where `of`). Null for no share, for a
 * fraction of a number ("a third of one percent") or of a time ("the second half of the year", "a quarter of an hour").
 */
function fractionAt(tokens: readonly Token[], i: number): { value: number; end: number; of: boolean } | null {
  const w = lower(tokens[i]);
  const numberAt = (k: number): number | null => {
    const t = tokens[k];
    if (!t) return null;
    if (t.kind === 'number') return /^\d{1,3}$/.test(t.text) ? Number(t.text) : null;
    return NUMBER_WORD.get(lower(t)) ?? null;
  };
  const percent = (n: number, d: number) => Math.round((1000 * n) / d) / 10;
  const ofWhat = (k: number): boolean => {
    if (lower(tokens[k]) !== 'of') return false;
    const next = lower(tokens[k + 1]);
    const after = next === 'a' || next === 'an' || next === 'the' ? lower(tokens[k + 2]) : next;
    // "a third of one percent", "a quarter of an hour", "half of the year": a share of a number or a time
    return numberAt(k + 1) === null && !NUMBER_WORD.has(after) && !SHARE_OF_TIME.has(after) && !/^\d/.test(after);
  };
  // "half of the homes" (not "the second half of", "and a half")
  if (w === 'half') {
    const prev = lower(tokens[i - 1]);
    return prev !== 'a' && prev !== 'and' && !ORDINAL_BEFORE_HALF.has(prev) && ofWhat(i + 1) ? { value: 50, end: i + 1, of: true } : null;
  }
  // "two-thirds of", "one-fifth of"
  const dash = w.indexOf('-');
  if (dash > 0) {
    const n = NUMBER_WORD.get(w.slice(0, dash));
    const d = DENOMINATORS.get(w.slice(dash + 1));
    return n && d && n < d && ofWhat(i + 1) ? { value: percent(n, d), end: i + 1, of: true } : null;
  }
  const n = w === 'a' || w === 'an' ? 1 : numberAt(i);
  if (n === null || n === 0) return null;
  // "a fifth of", "two thirds of"
  const d = DENOMINATORS.get(lower(tokens[i + 1]));
  if (d && d > 2 && n < d && ofWhat(i + 2)) return { value: percent(n, d), end: i + 2, of: true };
  // "one in five", "two out of five", "1 in 10": a whole of 100 at most, never a year
  if (w === 'a' || w === 'an') return null;
  const outOf = lower(tokens[i + 1]) === 'out' && lower(tokens[i + 2]) === 'of';
  if (lower(tokens[i + 1]) !== 'in' && !outOf) return null;
  const at = i + (outOf ? 3 : 2);
  const whole = numberAt(at);
  if (whole === null || whole <= n || whole > 100) return null;
  return { value: percent(n, whole), end: at + 1, of: ofWhat(at + 1) };
}
/** Words before "half" that make it a part of a time, not a share ("the second half of the year"). */
const ORDINAL_BEFORE_HALF: ReadonlySet<string> = new Set(['first', 'second', 'last', 'latter', 'other', 'early', 'late', 'the', 'this', 'that', 'next', 'past']);
/** Times a fraction may be a part of ("a quarter of an hour", "half of the year"): no share of anything counted. */
const SHARE_OF_TIME: ReadonlySet<string> = new Set(['hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'century', 'decade', 'season', 'mile', 'miles', 'minute', 'minutes', 'second', 'seconds', 'way', 'time']);

/** Whether "and a half" starts at token `k` (not "and a half-dozen …", which counts something else). */
function halfAt(tokens: readonly Token[], k: number): boolean {
  const after = tokens[k + 3];
  return lower(tokens[k]) === 'and' && lower(tokens[k + 1]) === 'a' && lower(tokens[k + 2]) === 'half' && !(after && adjacent(tokens[k + 2], after) && (DASHES.has(after.text) || after.kind === 'word'));
}

/**
 * Extract the figures of one sentence. Years used as dates ("in 2014", "2007-2008", "a 2020
 * vote"), calendar dates ("June 4", "January 5th"), ordinals, times and numbers inside names
 * ("COVID-19") are not figures. A number with no recognisable unit is skipped unless it is a
 * percentage or an amount of money.
 */
export function extractFigures(sentence: string, context: FigureContext = {}): Figure[] {
  // Every figure starts at a number token or a number word: a sentence with neither (most of a page) has none, and is
  // not tokenised.
  if (!MAY_HOLD_NUMBER.test(sentence)) return [];
  const tokens = tokenize(sentence);
  const out: Figure[] = [];
  let placePhrases: PlacePhrase[] | null = null;
  let possessives: ReturnType<typeof possessivePlaces> | null = null;
  let dateMentions: ReturnType<typeof findDateMentions> | null = null;
  /** The sentence's relative asides ({@link relativeAsides}), found when a period is first looked for. */
  let asides: [number, number][] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // a count spelled out in words ("two people", "a dozen homes") is read like digits, with its own traps
    // a share said as a fraction or a ratio ("a fifth of", "one in five") is read as the percent it is
    const fraction = fractionAt(tokens, i);
    const spelled = t.kind === 'word' && !fraction ? spelledCountAt(tokens, i) : null;
    if (t.kind !== 'number' && !spelled && !fraction) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // digits only: inside a name or code ("G7", "F-16"), an ordinal ("5th"), a time ("10:30"), a version ("1.2.3"), a date
    if (!spelled && !fraction) {
      if (prev && adjacent(prev, t) && (prev.kind === 'word' || (DASHES.has(prev.text) && adjacent(tokens[i - 2], prev) && tokens[i - 2]?.kind === 'word'))) continue;
      if (next && adjacent(t, next) && next.kind === 'word' && /^(st|nd|rd|th|s)$/i.test(next.text)) continue;
      // A code glued to letters and digits ("9to5Mac") names, it does not count.
      if (next && adjacent(t, next) && next.kind === 'word' && /\d/.test(next.text)) continue;
      if (next && adjacent(t, next) && (next.text === ':' || next.text === '/') && tokens[i + 2]?.kind === 'number') {
        i += 2;
        continue;
      }
      if (isDatePart(tokens, i)) continue;
      if (lower(prev) === '.' && lower(tokens[i - 2]) === 'no') continue; // "No. 2"
      if (lower(prev) === 'number' || lower(prev) === 'no') continue;
      // a name's number ("MiG 21 and 23 warplanes", "Boeing 737", "Flight 17", "Apollo 13") designates, it does not count
      if (isDesignation(tokens, i)) continue;
    }

    let value = fraction ? fraction.value : spelled ? spelled.value : parseNumber(t.text);
    let high: number | null = null;
    // next token after the figure proper (a ratio's share: the "of" it is a share of, as after "20 percent")
    let j = fraction ? fraction.end : spelled ? spelled.end : i + 1;
    let unit: string | null = fraction ? '%' : null;
    let firstIdx = i;

    // currency before the number
    if (!fraction && prev && CURRENCY_SYMBOLS[prev.text] && (adjacent(prev, t) || (prev.text.length > 1 && /^ $/.test(sentence.slice(prev.end, t.start))))) {
      unit = CURRENCY_SYMBOLS[prev.text];
      firstIdx = i - 1;
    }
    // scale: "5 million", "2.5bn"
    const scaleAt = (k: number): number => {
      const w = tokens[k];
      if (!w || w.kind !== 'word') return 1;
      const m = MULTIPLIERS[w.text.toLowerCase()];
      if (!m) return 1;
      if (w.text.length <= 2 && !adjacent(tokens[k - 1], w)) return 1; // "5 m" is metres, "5m" is million
      return m;
    };
    // "three and a half metres", "2 and a half million": the half is the number's
    if (Number.isInteger(value) && halfAt(tokens, j)) {
      value += 0.5;
      j += 3;
    }
    let scale = spelled ? 1 : scaleAt(j);
    if (scale !== 1) {
      value = scaled(value, scale);
      j++;
    }
    // range: "between A and B", "A to B", "A-B"
    const joiner = tokens[j];
    const startsBetween = lower(tokens[(approxBefore(tokens, i) >= 0 ? approxBefore(tokens, i) : i) - 1]) === 'between' || lower(prev) === 'between' || lower(prev) === 'from';
    // a range of words: "two to three people", "between five and ten homes"
    const spelledHigh = spelled && joiner && (lower(joiner) === 'to' || (lower(joiner) === 'and' && startsBetween)) ? spelledNumberAt(tokens, j + 1) : null;
    if (spelledHigh && spelledHigh.value > value) {
      high = spelledHigh.value;
      j = spelledHigh.end;
    }
    if (!spelled && joiner && tokens[j + 1]?.kind === 'number' && (DASHES.has(joiner.text) || lower(joiner) === 'to' || (lower(joiner) === 'and' && startsBetween))) {
      const hiTok = tokens[j + 1];
      const bothYears = isYearLike(t) && isYearLike(hiTok);
      if (bothYears && !unitAt(tokens, j + 2)) {
        i = j + 1;
        continue; // "2007-2008"
      }
      let hv = parseNumber(hiTok.text);
      let k = j + 2;
      const s2 = scaleAt(k);
      if (s2 !== 1) {
        hv = scaled(hv, s2);
        k++;
        if (scale === 1) value = scaled(value, s2); // "5 to 10 million"
      }
      if (hv > value) {
        high = hv;
        j = k;
      }
    }
    // percent
    if (tokens[j]?.text === '%' || lower(tokens[j]) === 'percent' || (lower(tokens[j]) === 'per' && lower(tokens[j + 1]) === 'cent')) {
      unit = '%';
      j += lower(tokens[j]) === 'per' ? 2 : 1;
    }
    // a bare year is a date, not a count, unless a unit follows directly ("2000 troops"); after a preposition of time
    // it is a date whatever follows ("In 2022 teachers walked out" is no count of 2,022 teachers)
    if (!unit && isYearLike(t) && high === null && !unitAt(tokens, j) && !unitAt(tokens, j + 1)) continue;
    if (!unit && !spelled && isYearLike(t) && high === null && !/,/.test(t.text) && YEAR_PREPOSITIONS.has(lower(prev))) continue;

    // A part of someone's stock is counted in its noun: "killed 23 of Graham Ellerby's sheep", "injured two of its
    // workers" (not "20 of the 40 soldiers", where the whole is a number of its own).
    if (!unit && lower(tokens[j]) === 'of') {
      const from = possessorEnd(tokens, j + 1);
      if (from > 0 && tokens[from]?.kind === 'word' && !spelledNumberAt(tokens, from)) j = from;
    }
    // unit noun, skipping quotes and up to two modifiers ("American", "Daesh-related", "new police")
    let owner: string | null = null;
    let unitEnd = j;
    let anyNoun = false; // the unit is only a plural noun after the number, no known count noun
    let premodState: string | null = null; // "3,400 striking teachers", "1,400 cancelled appointments"
    const compound = !unit && !spelled && !fraction ? compoundMeasureAt(tokens, i, j) : null;
    if (compound) {
      unit = compound.unit;
      unitEnd = compound.end;
    } else if (!unit || unit === '$' || unit === '€' || unit === '£') {
      let k = j;
      let modifiers = 0;
      while (k < tokens.length && k < j + 6) {
        const w = tokens[k];
        if (QUOTE_PUNCT.has(w.text) && w.text !== '(' && w.text !== ')') {
          k++;
          continue;
        }
        const u = unitAt(tokens, k);
        if (u) {
          if (!unit) unit = u.unit;
          else if (u.unit === unit) {
            /* "$5 million dollars" */
          }
          unitEnd = k + u.length;
          break;
        }
        if (w.kind !== 'word' || modifiers >= 2) break;
        // "about 180 Year 7 pupils": a school year is one modifier
        if (isGradeLabel(tokens, k)) {
          k += 2;
          modifiers++;
          continue;
        }
        const pl = matchPlace(tokens, k) ?? null;
        if (pl) {
          owner = pl.entry.key;
          k += pl.length;
          modifiers++;
          continue;
        }
        const lw = w.text.toLowerCase();
        if (STOP_WORD_SET.has(lw) || REPORTING_VERB_SET.has(lw)) break;
        // any other word may be a modifier ("new police officers"): a unit noun must still follow
        premodState ??= STATE_PREMODIFIERS[lw] ?? null;
        modifiers++;
        k++;
      }
      if (!unit) {
        // fallback: the first plain lower-case noun after the number ("12 schools", "30 lawmakers")
        let k2 = j;
        while (k2 < tokens.length && QUOTE_PUNCT.has(tokens[k2].text)) k2++;
        if (isGradeLabel(tokens, k2)) k2 += 2; // "about 180 Year 7 pupils"
        // over a state said before the noun: "1,400 cancelled appointments"
        if (STATE_PREMODIFIERS[lower(tokens[k2])] && tokens[k2 + 1]?.kind === 'word') premodState = STATE_PREMODIFIERS[lower(tokens[k2++])];
        // a noun compound counts its last noun ("900 bus drivers", "40 school buses"): the nouns before it are
        // singular modifiers; a word in -s with an object after it is a verb ("18k gold occupies about 1.8 cubic cm")
        // over a name the count is of: "124 Skerrow flights", "40 Skerrow Air flights" (one or two capitalised words)
        const named = k2;
        while (k2 < named + 2 && tokens[k2]?.kind === 'word' && isCapitalised(tokens[k2]!.text) && !STOP_WORD_SET.has(lower(tokens[k2])) && MONTHS[lower(tokens[k2])] === undefined && WEEKDAYS[lower(tokens[k2])] === undefined) k2++;
        if (k2 > named && !(isPlainNoun(tokens[k2]) && isPluralNoun(lower(tokens[k2])))) k2 = named;
        // (two singular nouns too: "64 primary health centres", "12 community health clinics")
        const head0 = k2;
        let last = head0;
        while (last < head0 + 2 && isPlainNoun(tokens[last]) && !isPluralNoun(lower(tokens[last]))) last++;
        if (last > head0 && isPlainNoun(tokens[last]) && isPluralNoun(lower(tokens[last])) && !VERB_OBJECT_STARTS.has(lower(tokens[last + 1]))) k2 = last;
        // a word in -s before a verb particle is a verb ("The railway's figure of 4,000 leaves out season-ticket holders")
        if (isPlainNoun(tokens[k2]) && /s$/.test(lower(tokens[k2])) && !VERB_PARTICLES.has(lower(tokens[k2 + 1]))) {
          unit = thingKind(singular(lower(tokens[k2])));
          unitEnd = k2 + 1;
          anyNoun = true;
        }
      }
    } else unitEnd = j;
    // "Tram journeys fell to 36.9 million", "the number of tram trips dropped to 38.6 million": the counted noun stands
    // before a change verb, and the count is the level it reached (of its time: compared within the event window)
    const counted = !unit && high === null ? countedBefore(tokens, firstIdx) : null;
    const level = counted && (value >= LEVEL_MIN || counted.numberOf) ? counted : null;
    if (level) unit = level.unit;
    // "puts the number of people injured at 23": the count is of the noun after "number of", in the state said after it
    const put = !unit && high === null ? numberPutAt(tokens, firstIdx) : null;
    if (put) unit = put.unit;
    if (!unit && high === null) unit = elidedPeopleUnit(tokens, i, j, out);
    if (!unit) continue;
    // "More than 250 guests and employees were evacuated": a count of two kinds of people is of people
    if (PEOPLE_UNITS.has(unit) && (lower(tokens[unitEnd]) === 'and' || lower(tokens[unitEnd]) === 'or')) {
      const other = unitAt(tokens, unitEnd + 1);
      if (other && other.unit !== unit && (PEOPLE_UNITS.has(other.unit) || other.unit === 'person')) unit = 'person';
    }
    // "three metres and a half", "two hours and a half": said after the unit, the half is still the number's
    if (unit !== '%' && !CURRENCY_SYMBOLS[unit] && high === null && Number.isInteger(value) && halfAt(tokens, unitEnd)) {
      value += 0.5;
      unitEnd += 3;
    }

    // state: "137 people were killed"; a hyphened measure is of the noun it stands before ("a 7.5-tonne weight limit")
    let state: string | null = compound ? stem(compound.head) : null;
    let stateEnd = unitEnd;
    // over a short name after the noun: "two students from Ayotzinapa died", "12 workers in Mosul were killed", "400
    // nurses at Kessling General walked off the job"
    let stateFrom = unitEnd;
    // where a workforce works: the end of "work at" / "are employed by" after the count, or the verb "employs" before it
    let employedPhraseEnd: number | null = null;
    let employVerb: number | null = null;
    // (and over "to and from" a name: "46 flights to and from Kelderby were cancelled")
    // (… and "in and around" one: "212 vehicles in and around Abercarran on Wednesday that had broken down")
    const twoWayLead = (lower(tokens[unitEnd]) === 'to' && lower(tokens[unitEnd + 1]) === 'and' && lower(tokens[unitEnd + 2]) === 'from') || (lower(tokens[unitEnd]) === 'in' && lower(tokens[unitEnd + 1]) === 'and' && lower(tokens[unitEnd + 2]) === 'around') ? 2 : 0;
    const nameAt = unitEnd + twoWayLead + 1;
    if (put) stateFrom = put.after;
    else if (/^(?:from|of|in|at|around)$/.test(lower(tokens[nameAt - 1])) && tokens[nameAt] && isCapitalised(tokens[nameAt].text)) {
      const nameEnd = nameRun(tokens, nameAt);
      if (nameEnd > nameAt && nameEnd <= nameAt + 3) stateFrom = nameEnd;
      // and over the day after the name ("… in Mosul on Tuesday were killed")
      if (stateFrom === nameEnd && lower(tokens[nameEnd]) === 'on' && WEEKDAYS[lower(tokens[nameEnd + 1])] !== undefined && isCapitalised(tokens[nameEnd + 1]?.text ?? '')) stateFrom = nameEnd + 2;
    }
    const money = !!CURRENCY_SYMBOLS[unit];
    if (premodState && !money) state = premodState;
    // over a list of nouns the count covers: "1,400 appointments and surgeries have been cancelled"
    if (!money) stateFrom = nounListEnd(tokens, stateFrom);
    // "Eleven pupils and the driver were taken to hospital": one more, named by role, shares the verb, not the number
    if (!money && lower(tokens[stateFrom]) === 'and' && ONE_MORE_DETERMINERS.has(lower(tokens[stateFrom + 1])) && tokens[stateFrom + 2]?.kind === 'word' && !isCapitalised(tokens[stateFrom + 2]!.text) && /^(?:was|were|had|have|has)$/.test(lower(tokens[stateFrom + 3])))
      stateFrom += 3;
    // "64 patients and 31 members of staff have caught the virus": two counts joined share the verb after the second
    if (!money && lower(tokens[stateFrom]) === 'and') {
      const second = tokens[stateFrom + 1]?.kind === 'number' ? stateFrom + 2 : spelledNumberAt(tokens, stateFrom + 1)?.end;
      if (second !== undefined) stateFrom = coordinatedCountEnd(tokens, second);
    }
    // (a report's "are known to have", "are thought to have" widens the reach by its words)
    let reach = stateFrom + 4;
    for (let k = stateFrom; !state && k < tokens.length && k < reach; k++) {
      const lw = lower(tokens[k]);
      // "2,900 teachers walked off the job", "3,400 teachers have been on the picket lines"
      const phrase = money ? null : statePhraseAt(tokens, k, unit);
      if (phrase) {
        state = phrase.state;
        stateEnd = phrase.end;
        if (state === 'employed') employedPhraseEnd = phrase.end;
        break;
      }
      // "a $5 million cut to road repairs": a noun right after an amount, not what happened to it
      if (STATE_PARTICIPLES[lw] && !(k === stateFrom && AMOUNT_NOUN_STATES.has(lw) && ARTICLE_WORDS.has(lower(tokens[firstIdx - 1])))) {
        state = STATE_PARTICIPLES[lw];
        stateEnd = k + 1;
        break;
      }
      // "400 nurses were laid off": people laid off are cut, as "laid off 400 nurses" says before the count
      if (lw === 'laid' && lower(tokens[k + 1]) === 'off' && !money) {
        state = 'cut';
        stateEnd = k + 2;
        break;
      }
      // "450 jobs will go": jobs that go are cut
      if (JOB_UNITS.has(unit) && (lw === 'go' || lw === 'gone') && k > stateFrom) {
        state = 'cut';
        stateEnd = k + 1;
        break;
      }
      // "131 votes ahead of city councillor Marcus Tuttle": a lead in votes is a margin
      if (unit === 'vote' && lw === 'ahead') {
        state = 'margin';
        stateEnd = k + 1;
        break;
      }
      // "41 people are now known to have been ill", "12 are thought to have died"
      if (KNOWN_TO_HAVE.has(lw) && lower(tokens[k + 1]) === 'to' && lower(tokens[k + 2]) === 'have') {
        k += 2;
        reach += 3;
        continue;
      }
      if (!STATE_AUX_AFTER.has(lw)) break;
    }
    // a crowd "at" a gathering with no other state: "was presented to about 200 members at a special general meeting"
    // (a held-out subject of session 68); "200 members at the meeting were angry" still says nothing of the crowd
    if (!state && !money && CROWD_UNITS.has(unit)) {
      const end = gatheringAt(tokens, stateFrom);
      if (end > 0 && !STATE_AUX.has(lower(tokens[end]))) {
        state = 'attended';
        stateEnd = end;
      }
    }
    // or a verb before it: "the fire has burned 12,400 acres", "plans to cut a further 200 jobs", "will cost 450 jobs"
    // what a cost is of ("the deal will cost", "the cost of the agreement at"): a cost of nothing named is no state
    let costOf: string | null = null;
    // "paid $3.4 million" names no ransom, fee or price: a payment of nothing named is compared only with what it is for
    let paidUnnamed = false;
    if (!state) {
      const from = pastRoughly(tokens, firstIdx);
      const k = beforeGap(tokens, from, from - 4);
      if (k >= 0) state = stateVerbAt(tokens, k, unit) ?? null;
      if (!state && k >= 1 && !money && lower(tokens[k]) === 'of') state = stateBeforeOf(tokens, k, unit);
      // "had taken 14 people to hospital": people taken there are the count "14 were taken to hospital" gives
      if (!state && k >= 0 && !money && TAKEN_TO_HOSPITAL.has(lower(tokens[k])) && toHospitalAt(tokens, stateFrom)) state = 'hospitalised';
      if (state === 'employed') employVerb = k;
      // "won by 112 votes", "had led by 131 votes": votes after a lead or a win are its margin
      if (!state && k >= 1 && unit === 'vote' && lower(tokens[k]) === 'by' && MARGIN_WORDS.has(lower(tokens[k - 1]))) state = 'margin';
      // a sum demanded, paid or a cost: "demanded $5 million", "paid a ransom of $3.4 million", "will cost the district $41 million"
      const m = !state && money ? moneyStateBefore(tokens, k) : null;
      if (m && m.state === 'paid' && !m.named) paidUnnamed = true;
      // "ordered the City of Ransom Creek to pay $2.4 million to …": a sum a court orders paid is its award (one ordered
      // paid as a penalty is the fine, read below)
      if (m && m.state === 'paid' && !m.named && orderedToPay(tokens, m.verb) && fineNounAfter(tokens, unitEnd) < 0) {
        m.state = 'awarded';
        paidUnnamed = false;
      }
      if (m && m.state === 'cost') {
        costOf = m.verb >= 0 ? costSubjectBefore(tokens, m.verb) : null;
        // "It will cost $41 million over two years": a cost over a stated time is an undertaking's, though unnamed
        if (costOf || (m.verb >= 0 && costPronounBefore(tokens, m.verb) && durationAfter(tokens, unitEnd))) state = 'cost';
      } else if (m && !(m.named && sumKind(tokens, firstIdx, unitEnd))) state = m.state;
      // (a sum a noun names by its kind is that kind, whoever paid or charged it: "charged a booking fee of £6.50" is
      // the fee "booking fees of £8.25" gives — read below, as a sum named by nothing else)
      // "a strike by 3,400 teachers", "the walkout of 900 drivers"
      if (!state && k >= 1 && !money && /^(?:by|of|involving)$/.test(lower(tokens[k])) && STRIKE_NOUNS.has(lower(tokens[k - 1]))) state = 'striking';
      // "licensed for up to 25,000 people", "a maximum of 20,000 people", "a capacity of 60,000 fans": how many a place
      // may hold, not how many came
      if (!state && k >= 1 && !money && ((lower(tokens[k]) === 'for' && CAPACITY_FOR.has(lower(tokens[k - 1]))) || (lower(tokens[k]) === 'of' && CAPACITY_OF.has(lower(tokens[k - 1]))))) state = 'capacity';
      // "the fire grew to 14,200 acres": the area a fire has grown to is the area it burned
      if (!state && k >= 0 && AREA_UNITS.has(unit) && AREA_GROWTH_VERBS.has(lower(tokens[k])) && tokens.some((x) => FIRE_WORDS.has(lower(x)))) state = 'burned';
    }
    if (!state && money) {
      // "puts the cost of the agreement at $58 million"
      let a = firstIdx - 1;
      while (a >= 0 && lower(tokens[a]) !== 'at' && STATE_VERB_GAP.has(lower(tokens[a]))) a--;
      costOf = costOfAt(tokens, a);
      if (costOf) state = 'cost';
      // "a $8 million ransom demand", "a $2 million payment": a noun after the sum names it by what happens to it;
      // "a $3.4 million ransom was paid", "$5 million demanded by the gang": a participle after it, over auxiliaries
      let nouns = 0;
      for (let k = unitEnd; !state && k < unitEnd + 4 && tokens[k]?.kind === 'word' && !isCapitalised(tokens[k].text); k++) {
        const lw = lower(tokens[k]);
        const ms = MONEY_STATE_NOUNS[lw] ?? MONEY_STATE_PARTICIPLES[lw];
        if (ms) {
          state = ms;
          stateEnd = k + 1;
          if (ms === 'paid' && nouns === 0 && !MONEY_STATE_NOUNS[lw]) paidUnnamed = true;
        } else if (STATE_AUX.has(lw) || lw === 'be') continue;
        else if (!isObjectWord(tokens[k]) || ++nouns > 1) break;
      }
    }
    // what kind of sum it is, when nothing else said: "debts of about £96 million", "a £14.2 million gap in its budget"
    let kindOfSum: { kind: string; word: string } | null = null;
    if (!state && money) {
      kindOfSum = sumKind(tokens, firstIdx, unitEnd);
      if (kindOfSum) state = kindOfSum.kind;
    }
    if (money && (state === 'fined' || paidUnnamed)) {
      // "ordered Pacewell to pay a 12 million euro penalty": a sum paid as a fine is the fine
      const after = fineNounAfter(tokens, unitEnd);
      if (paidUnnamed && after >= 0) {
        state = 'fined';
        stateEnd = after + 1;
        paidUnnamed = false;
      }
      // "a fine of …" names it before the sum; "fined …" is the verb; else the noun after the sum
      if (state === 'fined') {
        const k = beforeGap(tokens, firstIdx, firstIdx - 4);
        const nounBefore = lower(tokens[k]) === 'of' && MONEY_STATE_NOUNS[lower(tokens[k - 1])] === 'fined' ? k - 1 : null;
        // the verb, over its object ("could fine the operator up to …")
        let verb: number | null = null;
        for (let v = firstIdx - 1; nounBefore === null && verb === null && v >= 0 && v >= firstIdx - 6; v--) if (MONEY_STATE_VERBS[lower(tokens[v])] === 'fined') verb = v;
        state = fineKind(tokens, nounBefore ?? verb ?? firstIdx, nounBefore);
      }
    }
    // "was tested 31 times", "has been arrested five times": how often a thing was done is a count of that doing
    if (!state && unit === 'time' && !money) {
      const k = beforeGap(tokens, firstIdx);
      const lw = lower(tokens[k]);
      if (tokens[k]?.kind === 'word' && !isCapitalised(tokens[k]!.text) && /[a-z]{3,}ed$/.test(lw) && !STOP_WORD_SET.has(lw) && !REPORTING_VERB_SET.has(lw)) state = lw;
    }
    // What the figure is of, for its key and label: how long something lasted is of what lasted ("deliberated for about 11
    // hours", "the server was open for 11 days"); a hyphened measure of its noun, a sum of its kind, and (below) a length
    // of what it measures and a count of its rate.
    let figureOf: ReturnType<typeof durationState> = compound ? { key: state!, label: compound.head, average: false, noun: true } : kindOfSum ? { key: kindOfSum.kind, label: kindOfSum.word, average: false, noun: true } : null;
    if (!state && !money && DURATION_UNITS.has(unit)) {
      figureOf = durationState(tokens, firstIdx, unitEnd);
      if (figureOf) state = figureOf.key;
    }
    // what a length, weight or area is of: "a limit of 3 tonnes", "the diversion … adds about eight miles"
    if (!state && !money && unit !== '%' && (MEASURE_UNITS.has(unit) || MATERIAL_UNITS.has(unit)) && !DURATION_UNITS.has(unit)) {
      const noun = measuredNoun(tokens, firstIdx, unit);
      if (noun) {
        figureOf = { key: stem(noun), label: noun, average: false, noun: true };
        state = figureOf.key;
      }
    }
    // a count said of every day, week or year is a rate, one quantity whoever gives it: "About 9,000 vehicles cross the
    // bridge every day" / "More than 12,500 vehicles use the bridge every day" (not a sum, a measure or a share)
    if (!state && !money && unit !== '%' && !MEASURE_UNITS.has(unit) && !MATERIAL_UNITS.has(unit) && unit !== 'time' && !DWELLING_UNITS.has(unit)) {
      const rate = rateAfter(tokens, unitEnd);
      if (rate) {
        figureOf = { key: rate.key, label: rate.label, average: false, noun: false };
        state = rate.key;
      }
    }
    // "The state counts 47 cases": bare cases in a report are the people an illness reached, the count "47 people have
    // fallen ill" gives; "14 probable cases", "cases of fraud" are no such count
    if (unit === 'case' && !state && !money && unitEnd === j + 1 && lower(tokens[j]) === 'cases' && lower(tokens[unitEnd]) !== 'of') {
      unit = 'person';
      state = 'ill';
    }
    // "a further 200 jobs", "another 40 homes", "40 more homes": an increment, never the same quantity as a total
    const increment = INCREMENT_WORDS.has(lower(tokens[firstIdx - 1])) || lower(tokens[j]) === 'more';
    // A spelled number is most often no reported count ("one official said", "three reasons", "two weeks"): it needs
    // a known count noun or a state ("three firefighters were injured"), "one" a state ("one person was killed"), and a
    // period is when, not how many — unless it says how long a state lasts ("will stay closed for about two weeks" /
    // "will be closed for at least six weeks": a held-out subject of session 56), as its digits would.
    // So does an estimate of how long something takes ("take about seven months": a held-out subject of session 63 lost
    // the page's repair time, so no row 7 / 24 months).
    if (spelled && ((TIME_UNITS.has(unit) && !(state && figureOf && DURATION_UNITS.has(unit) && value > 1) && !(DURATION_UNITS.has(unit) && value > 1 && takesSpan(tokens, firstIdx))) || ((anyNoun || value === 1) && !state))) continue;
    // "about 10 days ago", "two years later": a time from now or from then is when, not how long or how many
    // "two days before the vote" says when, not how long; "was open for 11 days before it was secured" says how long (a
    // held-out subject of session 45: the page's own duration was lost, so the row 11 / 52 days had no page entry)
    if (TIME_UNITS.has(unit) && RELATIVE_TIME_AFTER.has(lower(tokens[unitEnd])) && !(/^(?:before|after)$/.test(lower(tokens[unitEnd])) && forBefore(tokens, firstIdx))) continue;

    // approximation marker
    const approxIdx = approxBefore(tokens, firstIdx);
    let markerStart = approxIdx;
    let approx = false;
    if (approxIdx >= 0) {
      const words = tokens.slice(approxIdx, firstIdx).map((x) => x.text.toLowerCase());
      approx = !(words.length === 1 && EXACT_MARKERS.has(words[0]));
    }
    if (spelled?.approx) approx = true;
    if (lower(tokens[firstIdx - 1]) === 'between') markerStart = firstIdx - 1;
    const before = markerStart >= 0 ? markerStart : firstIdx;
    if (spelled && !state && isSourceCount(tokens, before, unitEnd)) continue;
    // "a petition … had been signed by more than 8,000 people" counts what another outlet's "had passed 15,000
    // signatures" counts (a held-out subject of session 59)
    if (!state && (unit === 'person' || RESIDENT_UNITS.has(unit)) && lower(tokens[before - 1]) === 'by' && lower(tokens[before - 2]) === 'signed') unit = 'signature';

    // owner before the number: "US troops" handled above; "The US currently has some 2,500 troops"
    if (!owner) {
      let k = before - 1;
      let sawPossession = false;
      let steps = 0;
      while (k >= 0 && steps < 4) {
        const lw = lower(tokens[k]);
        if (POSSESSION_WORDS.has(lw)) sawPossession = true;
        else if (!POSSESSION_FILLERS.has(lw)) break;
        k--;
        steps++;
      }
      if (sawPossession && k >= 0) {
        // the subject may be one or two words long ("the Pentagon", "the White House")
        for (const s of [k, k - 1, k - 2]) {
          if (s < 0) continue;
          const pl = matchPlace(tokens, s);
          const mt = matchMetonym(tokens, s);
          const len = pl?.length ?? mt?.length ?? 0;
          if (len && s + len - 1 === k) {
            owner = pl?.entry.key ?? mt?.key ?? null;
            break;
          }
        }
      }
    }

    // place: nearest "in X" after the unit, else before the number, else anaphoric/possessive/context
    placePhrases ??= findPlacePhrases(tokens);
    let place: { keys: string[]; label: string; prep: string } | null = null;
    let placeFromContext = false;
    const clauseEnd = nextClauseAt(tokens, unitEnd);
    const after = placePhrases.filter((p) => p.tokenIndex >= unitEnd && p.tokenIndex < clauseEnd).sort((a, b) => a.tokenIndex - b.tokenIndex)[0];
    const beforeP = placePhrases.filter((p) => p.tokenIndex < before).sort((a, b) => b.tokenIndex - a.tokenIndex)[0];
    const chosen = after ?? beforeP;
    const measure = MEASURE_UNITS.has(unit);
    if (chosen && !chosen.anaphoric) place = chosen;
    else if (!measure) {
      possessives ??= possessivePlaces(tokens);
      const poss = possessives.find((p) => p.key !== owner);
      const ctxKey = context.place ?? null;
      if (poss && !(chosen?.anaphoric && ctxKey)) place = { keys: [poss.key], label: poss.label, prep: 'in' };
      else if (ctxKey) {
        const e = placeByKey(ctxKey);
        place = { keys: [ctxKey], label: e?.name ?? ctxKey, prep: 'in' };
        placeFromContext = true;
      }
    }
    // a workforce is of the workplace the sentence names ("520 people work at Ardley"), and its people are one unit
    if (state === 'employed') {
      unit = 'person';
      // the employer the sentence names says whose before a place does ("Kessock employs about 2,100 people, most of
      // them in Ardley")
      const w = workforceOf(tokens, employedPhraseEnd, employVerb);
      if (w) place = { keys: [w.key], label: w.label, prep: 'at' };
    }
    // What a named holder keeps is the holder's, as a workforce is its employer's: "Brackenholt Farm, which keeps about
    // 64,000 laying hens" and "Brackenholt, one of the largest laying units in the county, was housing about 92,000 hens"
    // are one stock (a held-out subject of session 45), where bare counts of hens are never compared.
    else if (!state && !owner && (!place || placeFromContext) && !money && unit !== '%' && !MEASURE_UNITS.has(unit) && !DURATION_UNITS.has(unit) && unit !== 'time') {
      const k = beforeGap(tokens, before);
      const holder = HOLDING_VERBS.has(lower(tokens[k])) ? subjectNameBefore(tokens, k) : null;
      // "Brackenholt Farm" and "Brackenholt" are one holder: a workplace noun ending its name says what it is, not which
      const key = holder?.key.replace(/-([a-z]+)$/, (m, w: string) => (WORKPLACE_NOUNS.has(w) && holder.key !== m.slice(1) ? '' : m));
      if (holder && key) place = { keys: [key], label: holder.label, prep: 'at' };
    }
    // a figure said of a wider area than any one place ("Across the region, 68 percent of patients were seen …") is not
    // the article's place's, whatever the article is about: its own key keeps it out of that place's row (a held-out
    // subject of session 39 set a region's 68 percent beside one hospital's 61)
    if (!place || placeFromContext) {
      const scope = WIDER_AREA.exec(sentence);
      if (scope) place = { keys: [`area-${(scope[1] ?? scope[2]!).toLowerCase().replace(/[^a-z]+/g, '-')}`], label: scope[1] ? `the ${scope[1].toLowerCase()}` : scope[2]!.toLowerCase(), prep: scope[1] ? 'across' : '' };
    }
    // an owner equal to the only place is a plain nationality of the place ("Iraqi forces in Iraq")
    const placeKey = place ? [...new Set(place.keys)].sort().join('+') : '';

    // period: a time expression in the sentence that is not the date of a statement
    dateMentions ??= findDateMentions(sentence);
    let period: string | null = null;
    let bestDist = Infinity;
    // an aside of who or what the subject is ("Marlow Vale, which became a university in 1992, has about 14,500
    // students") dates the aside, not a count outside it
    // (read only for a sentence that names a time: most figures' sentences name none)
    const inAside = (at: number) => (asides ??= relativeAsides(sentence)).some(([from, to]) => at >= from && at < to && !(t.start >= from && t.start < to));
    for (const m of dateMentions) {
      const [w1, w2] = wordsBefore(sentence, m);
      if (isStatementDate(sentence, m) || (w1 === 'a' && w2 === 'on') || inAside(m.start)) continue;
      // when something began is not when it was counted: "The factory, which opened in 1958, employs about 480 people"
      if (w1 === 'in' && w2 && FOUNDING_WORDS.has(w2)) continue;
      if (m.weekday !== null && m.month === null) continue;
      const dist = Math.abs(m.start - t.start);
      if (dist < bestDist) {
        bestDist = dist;
        const resolved = context.date ? resolveDate(m, { date: context.date }) : m.year !== null ? resolveDate(m) : null;
        period = resolved ?? (m.month !== null ? MONTH_NAMES[m.month] + (m.day !== null ? ` ${m.day}` : '') : m.text);
      }
    }
    if (period === null) {
      for (const yr of sentence.matchAll(/\b(in|during|since|throughout|for|by|of)\s+((?:19|20)\d{2})\b/gi)) {
        const w = sentence.slice(Math.max(0, yr.index - 16), yr.index).toLowerCase().match(/([a-z]+)\s*$/)?.[1];
        if ((yr[1]!.toLowerCase() === 'in' && w && FOUNDING_WORDS.has(w)) || inAside(yr.index)) continue;
        period = yr[2]!;
        break;
      }
    }

    // what a percentage or an amount is of/for: "40 percent of voters", "$5 million for road repairs"; for money a
    // generic amount noun is seen through ("a $48 million budget for road repairs", "a $20 million road repair budget")
    let qualifier: { prep: string; words: string[]; end: number } | null = null;
    if ((unit === '%' || CURRENCY_SYMBOLS[unit]) && !kindOfSum) {
      const head = CURRENCY_SYMBOLS[unit] ? amountHead(tokens, unitEnd) : null;
      const from = head ? head.end : unitEnd;
      const prep = lower(tokens[from]);
      // "$5 million in cryptocurrency", "$2 billion in cash": the form a sum is paid in is no category of it
      const paymentForm = prep === 'in' && PAYMENT_FORMS.has(lower(tokens[from + 1]));
      // a sum paid or demanded "for a four-bedroom home" is for that home, as one "for the release" is
      // what a fine is for is the offence ("a 12 million euro penalty for leaving the records open"), not another sum
      if (!paymentForm && state !== 'fined' && (head ? prep === 'for' || prep === 'on' : prep === 'of' || prep === 'for' || prep === 'on' || prep === 'in')) qualifier = nounPhraseAfter(tokens, from, prep, !!state && MONEY_STATES.has(state));
      if (!qualifier && head && head.modifiers.length) qualifier = { prep: 'for', words: head.modifiers, end: head.end };
      // "the road repair budget of $48 million": the amount noun stands before the sum
      if (!qualifier && CURRENCY_SYMBOLS[unit] && lower(tokens[before - 1]) === 'of') {
        const words = amountHeadBefore(tokens, before - 2);
        if (words.length) qualifier = { prep: 'for', words, end: unitEnd };
      }
      // the head noun itself is part of the figure's words even when it says nothing of the subject
      if (!qualifier && head) unitEnd = head.end;
      // a ratio names what it is a share of after it: "one in five riders" is "20 percent of riders"
      if (!qualifier && fraction && !fraction.of) qualifier = nounPhraseAfter(tokens, fraction.end - 1, 'of');
      // … or, set after a comma with no noun, what the clause before it counted: "31,400 of the 342,000 collections
      // scheduled in April were missed, nearly one in ten" is a share of collections (a held-out subject of session 68)
      if (!qualifier && fraction && !fraction.of && before > 0 && (tokens[before - 1]!.text === ',' || sentence.slice(tokens[before - 1]!.end, tokens[before]!.start).includes(','))) {
        const counted = out.filter((f) => f.unit !== '%' && !CURRENCY_SYMBOLS[f.unit] && !MEASURE_UNITS.has(f.unit) && !TIME_UNITS.has(f.unit)).pop();
        if (counted) qualifier = { prep: 'of', words: [counted.unit], end: fraction.end };
      }
      if (!qualifier && unit === '%' && prep === 'of' && lower(tokens[from + 1]) === 'those') qualifier = thoseCounted(tokens, from + 1, before);
    }

    // what an amount of stuff is of: "400 gallons of paint thinner" and "2,000 gallons of xylene" are two spills
    if (!qualifier && MATERIAL_UNITS.has(unit) && lower(tokens[unitEnd]) === 'of') qualifier = nounPhraseAfter(tokens, unitEnd, 'of');
    // Whose members they are: "700 members of a Sunni tribe" and "three senior members of the Islamic State" are of two
    // groups (the group is the count's owner, so what happens to them still tells counts apart: figure-rows.ts)
    const group = !owner && unit === 'member' && lower(tokens[unitEnd]) === 'of' ? nounPhraseAfter(tokens, unitEnd, 'of', true) : null;
    if (group) owner = group.words.map((w) => singular(stripPossessive(w)).toLowerCase()).join('-');
    // "pays £780 a week for each resident it funds": a sum paid a week for each one of something is a rate, compared
    // with the same rate (a held-out subject of session 51: a council's weekly care fee, £780 and £865)
    if (paidUnnamed && !qualifier && !paidPerEach(tokens, unitEnd)) state = null;
    // Residents killed, hurt or made to leave are people of one toll: "600 residents were evacuated" is the count "450
    // people have had to leave their homes" gives (blind subject L); the unit word is the reporter's, not the event's.
    // Not "Two residents of Juniper Lane died": residents of one street are a part of the toll, not another count of it.
    if (state && RESIDENT_UNITS.has(unit) && PEOPLE_TOLL_STATES.has(state) && lower(tokens[unitEnd]) !== 'of') unit = 'person';
    // Schoolchildren are children, as one outlet's "Eleven pupils … were taken to hospital" and another's "16 children were
    // treated in hospital" count them (a held-out school coach crash); students may be adults and stay apart.
    if (state && SCHOOLCHILD_UNITS.has(unit) && PEOPLE_TOLL_STATES.has(state)) unit = 'child';
    // A sum or share of a kind of thing ("$42,000 in prize money", "$3.4 billion in profit") is its subject's: two
    // riders' prize money or two companies' profits are two quantities, one rider's reported twice is one.
    // So is how often one was tested ("Halloran was tested 19 times in 2026").
    const agent = !owner && ((qualifier?.prep === 'in' && (money || unit === '%')) || (unit === 'time' && state)) ? agentBefore(tokens, before) : null;
    if (agent) owner = agent.key;
    // how often with no one named ("has been shared 20,000 times": which post?) is no quantity to compare
    else if (unit === 'time' && state && !owner) state = null;
    // A sum each one of a kind gets is that kind's ("Each affected household will receive 40 pounds in compensation" /
    // "Each household that lost supply will be paid 30 pounds in compensation": a held-out subject of session 45), not
    // an ownerless amount of a category.
    if (!owner && money) {
      const each = EACH_SUBJECT.exec(sentence);
      if (each) owner = `each-${singular(each[1]!.toLowerCase())}`;
    }
    const ownerEntry = owner ? placeByKey(owner) : undefined;
    if (level) state = 'level';
    let unitKey = state ? `${unit}:${state}` : unit;
    // what is counted, as its noun's modifiers say: tram journeys are not bus journeys
    if (level && level.kind.length) unitKey += ':' + level.kind.join('-');
    // (a bare count stays bare: it is never compared anyway, and a ':more' would read as its state)
    if (increment && state) unitKey += ':more';
    if (costOf) unitKey += ':' + costOf;
    if (qualifier) unitKey += ':' + (MATERIAL_UNITS.has(unit) && qualifier.prep === 'of' ? stuffKey(qualifier.words) : qualifier.words.map((w) => singular(stripPossessive(w))).join('-'));
    // "$41 million over two years", "$6 million a year": how long a sum of something runs is part of what it is
    const duration = money && (state || qualifier) ? durationAfter(tokens, Math.max(unitEnd, stateEnd, qualifier?.end ?? 0)) : null;
    if (duration) unitKey += ':' + duration.key;
    // A subject's quantity reads as English on the card: "times Halloran was tested", "Halloran's prize money (dollars)".
    const where = place ? [place.prep, place.label].filter(Boolean).join(' ') : '';
    const label = level
      ? // "tram journeys", "trips in Stellbridge"
        [ownerEntry ? ownerEntry.adjective : '', [...level.kind, unitLabel(unit)].join(' '), where].filter(Boolean).join(' ')
      : figureOf
      ? // "hours deliberated", "days open", "average minutes waited"; "wait (hours)", "average handover (minutes)"
        [ownerEntry ? ownerEntry.adjective : '', figureOf.average ? 'average' : '', figureOf.noun ? `${figureOf.label} (${unitLabel(unit)})` : `${unitLabel(unit)} ${figureOf.label}`, where].filter(Boolean).join(' ')
      : state === 'fined' && !agent && !qualifier
      ? // "fine (euros)", not "euros fined"
        [ownerEntry ? ownerEntry.adjective : '', `fine`, duration?.label ?? '', where, `(${unitLabel(unit)})`].filter(Boolean).join(' ')
      : agent && unit === 'time' && state
      ? `times ${agent.label} was ${state}`
      : costOf && money && !agent && !group && !qualifier
        ? // "cost of cleanup (dollars)", not "dollars cost of cleanup"
          [ownerEntry ? ownerEntry.adjective : '', `cost of ${costOf}`, duration?.label ?? '', where, `(${unitLabel(unit)})`].filter(Boolean).join(' ')
      : agent && qualifier
        ? [`${agent.label}${/s$/.test(agent.label) ? "'" : "'s"} ${qualifier.words.join(' ')}`, MONEY_STATES.has(state ?? '') ? state : '', duration?.label ?? '', `(${unitLabel(unit)})`].filter(Boolean).join(' ')
        : [
            ownerEntry ? ownerEntry.adjective : '',
            unitLabel(unit),
            group ? `of ${group.words.join(' ')}` : '',
            qualifier ? `${qualifier.prep} ${qualifier.words.join(' ')}` : '',
            costOf ? `cost of ${costOf}` : state ?? '',
            duration?.label ?? '',
            where,
          ].filter(Boolean).join(' ');
    let lastTok = Math.max(stateEnd, unitEnd, qualifier?.end ?? 0) - 1;
    if (tokens[lastTok + 1] && QUOTE_PUNCT.has(tokens[lastTok + 1].text) && adjacent(tokens[lastTok], tokens[lastTok + 1]) && /[”"’»]/.test(tokens[lastTok + 1].text)) lastTok++;
    const textEnd = tokens[lastTok]?.end ?? t.end;
    out.push({
      value,
      high,
      approx,
      unit,
      subject: label,
      subjectKey: `${owner ?? ''}|${unitKey}|${placeKey}`,
      period,
      text: sentence.slice(tokens[before].start, Math.max(textEnd, t.end)),
    });
    // continue after the consumed range so its high end is not read again
    i = Math.max(i, j - 1);
  }
  return withPartsOfWholes(sentence, withBreakdownStates(sentence, out));
}

/** "<part> of the <whole> <noun>": a quick test before tokenising. */
const PART_OF_WHOLE = /\bof\s+(?:the|its|their|our|his|her|these|those)\s+\d/i;
/**
 * A part of a counted whole ("23 of its 31 bus routes were withdrawn", "Twenty of the 40 soldiers were killed") is what
 * happened, to the part: the figure read at the whole's number takes its noun and state, and gives the part's number;
 * the whole keeps its noun alone. Read as the whole, the 31 routes were withdrawn and the 40 soldiers killed (a held-out
 * bus company of session 60 set its page's 23 withdrawn routes nowhere).
 */
function withPartsOfWholes(sentence: string, figures: Figure[]): Figure[] {
  if (!PART_OF_WHOLE.test(sentence)) return figures;
  const tokens = tokenize(sentence);
  const out: Figure[] = [];
  for (const whole of figures) {
    const [owner = '', unitKey = '', place = ''] = whole.subjectKey.split('|');
    const [unit = '', state] = unitKey.split(':');
    const at = sentence.indexOf(whole.text);
    const k = tokens.findIndex((t) => t.start === at);
    // "<part> of <determiner> <whole>": the part two tokens before the whole's number, a number or a count in words
    if (!state || k < 3 || lower(tokens[k - 2]) !== 'of' || !PARTITIVE_DETERMINERS.has(lower(tokens[k - 1])) || CURRENCY_SYMBOLS[unit] || MEASURE_UNITS.has(unit)) {
      out.push(whole);
      continue;
    }
    const p = tokens[k - 3]!;
    const spelled = p.kind === 'word' ? spelledNumberAt(tokens, k - 3) : null;
    const value = p.kind === 'number' ? parseNumber(p.text) : spelled && spelled.end === k - 2 ? spelled.value : null;
    if (value === null || value >= whole.value) {
      out.push(whole);
      continue;
    }
    const stateLabel = whole.subject.split(' ').filter((w) => w !== state).join(' ');
    out.push({ ...whole, value, high: null, text: sentence.slice(p.start, at + whole.text.length) });
    out.push({ ...whole, subject: stateLabel, subjectKey: `${owner}|${unit}|${place}` });
  }
  return out;
}
/** Determiners between a part and its whole ("of the", "of its"). */
const PARTITIVE_DETERMINERS = new Set(['the', 'its', 'their', 'our', 'his', 'her', 'these', 'those']);

/** Auxiliaries right after a count with no noun that open what happened to them ("180 were evacuated"). */
const ELIDED_AUX = new Set(['were', 'have', 'had']);
/**
 * The unit of a count with no noun in a clause of its own after "and" ("At least 23 people were taken to hospitals and
 * about 180 were evacuated"; "Five people were hurt and 12 were taken to hospital"): the people the sentence counted
 * just before, where what happened to them follows the count. Else null.
 */
function elidedPeopleUnit(tokens: readonly Token[], i: number, j: number, before: readonly Figure[]): string | null {
  const last = before[before.length - 1];
  if (!last || !(last.unit === 'person' || PEOPLE_UNITS.has(last.unit ?? ''))) return null;
  const from = approxBefore(tokens, i);
  if (lower(tokens[(from >= 0 ? from : i) - 1]) !== 'and' || !ELIDED_AUX.has(lower(tokens[j]))) return null;
  for (let k = j + 1; k < tokens.length && k <= j + 2; k++) {
    if (STATE_PARTICIPLES[lower(tokens[k])] || statePhraseAt(tokens, k, last.unit!)) return last.unit!;
    if (lower(tokens[k]) !== 'been') break;
  }
  return null;
}

/** Kinds of people a count of people breaks down into (units as the figure reader normalises them). */
const PERSON_PARTS = new Set(['passenger', 'crew', 'civilian', 'child', 'adult', 'woman', 'man', 'troop', 'student', 'teacher', 'worker', 'resident', 'victim', 'pilot', 'officer', 'staff', 'employee', 'patient', 'firefighter', 'tourist', 'fan', 'spectator', 'member', 'police']);

/** Right after a count's comma, a list of counts of its parts: "121 people on board, 112 passengers and nine crew". */
const BREAKDOWN_AFTER = /^\s*,?\s*and\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i;

/**
 * A count that breaks down the one before it, after a comma and with another part after "and" ("There were 121 people
 * on board, 112 passengers and nine crew"; "12 people were killed, 10 civilians and two soldiers"), is in the same state
 * as the whole: 112 passengers aboard. Only a count with no state of its own, of things not money.
 */
function withBreakdownStates(sentence: string, figures: Figure[]): Figure[] {
  for (let n = 1; n < figures.length; n++) {
    const whole = figures[n - 1]!;
    const part = figures[n]!;
    const [, wholeUnitKey = ''] = whole.subjectKey.split('|');
    const [owner = '', partUnitKey = '', place = ''] = part.subjectKey.split('|');
    const state = wholeUnitKey.split(':')[1];
    // the parts are of the whole: people of kinds of people ("40 homes" after "12 people were killed" are not killed)
    if (!state || partUnitKey !== part.unit || (part.unit !== whole.unit && !(whole.unit === 'person' && PERSON_PARTS.has(part.unit)))) continue;
    if (CURRENCY_SYMBOLS[part.unit] || MEASURE_UNITS.has(part.unit)) continue;
    const wholeEnd = sentence.indexOf(whole.text) + whole.text.length;
    const partStart = sentence.indexOf(part.text, wholeEnd);
    if (wholeEnd < whole.text.length || partStart < 0 || !/^\s*,\s*$/.test(sentence.slice(wholeEnd, partStart))) continue;
    if (!BREAKDOWN_AFTER.test(sentence.slice(partStart + part.text.length))) continue;
    figures[n] = { ...part, subject: `${part.subject} ${state}`, subjectKey: `${owner}|${part.unit}:${state}|${place}` };
  }
  return figures;
}

/**
 * A cost given without what it is of, where the text has named it before: "Analysts put the cost at closer to $11
 * million", "the final bill was likely to reach $30 million". Only these forms: a cost "to taxpayers" or "of the
 * stadium" names its own subject and is read as such.
 */
const UNNAMED_COST = new RegExp(
  String.raw`\b(?:puts?|putting|estimated?|estimates|estimating)\s+the\s+(?:(?:total|final|overall|eventual|full)\s+)?(?:costs?|bill)\s+at\b` +
    String.raw`|\bthe\s+(?:(?:total|final|overall|eventual|full)\s+)?(?:bill|costs?|price\s+tag)\s+(?:(?:is|was|will|would|could|may|might|be|likely|expected|set|to)\s+){0,4}(?:reach|top|exceed|hit|come\s+to|rise\s+to|climb\s+to)\b`,
  'i',
);

/**
 * Gives a sum of an unnamed cost ({@link UNNAMED_COST}) the subject of the cost named last before it in the same text
 * (an article's sentences in order): "Darrach has said the outage will cost the airline about $4 million. … Analysts put
 * the cost at closer to $11 million" are two figures of the outage's cost. A sum with a subject of its own, or with no
 * cost named before it in the same currency, is left as it is. Returns new figure lists (the input is not changed).
 */
export function withUnnamedCosts(sentences: readonly { text: string; figures: readonly Figure[] }[]): Figure[][] {
  const last = new Map<string, Figure>(); // per currency
  return sentences.map(({ text, figures }) => {
    const out = nameUnnamedCosts(text, figures, (unit) => last.get(unit));
    for (const f of out) if (isCostOf(f)) last.set(f.unit, f);
    return out;
  });
}

/** Whether a figure is a sum some named thing costs ("|$:cost:outage|"). */
function isCostOf(f: Figure): boolean {
  const unitKey = f.subjectKey.split('|')[1] ?? '';
  return !!CURRENCY_SYMBOLS[f.unit] && unitKey.startsWith(`${f.unit}:cost`);
}

/**
 * One sentence's figures with its unnamed cost ({@link UNNAMED_COST}) given the subject of `namedBefore(currency)`, the
 * cost named last before it (see {@link withUnnamedCosts}); the same list when there is none to name.
 */
export function nameUnnamedCosts(text: string, figures: readonly Figure[], namedBefore: (unit: string) => Figure | undefined): Figure[] {
  const bare = (f: Figure) => !!CURRENCY_SYMBOLS[f.unit] && f.subjectKey === `|${f.unit}|`;
  if (!figures.some(bare) || !UNNAMED_COST.test(text)) return figures as Figure[];
  return figures.map((f) => {
    const named = bare(f) ? namedBefore(f.unit) : undefined;
    return named ? { ...f, subject: named.subject, subjectKey: named.subjectKey } : f;
  });
}

/** The last sum a named thing costs among figures, in a currency ({@link withUnnamedCosts}). */
export function lastCostOf(figures: readonly Figure[], unit: string): Figure | undefined {
  for (let i = figures.length - 1; i >= 0; i--) if (figures[i]!.unit === unit && isCostOf(figures[i]!)) return figures[i];
  return undefined;
}

/** Units that name people by where they live ({@link extractFigures}: one toll with "people"). */
const RESIDENT_UNITS: ReadonlySet<string> = new Set(['resident', 'citizen', 'villager', 'inhabitant', 'local']);
/** Units that name children by their school ({@link extractFigures}: one toll with "children"). */
const SCHOOLCHILD_UNITS: ReadonlySet<string> = new Set(['pupil', 'schoolchild', 'schoolchildren', 'schoolboy', 'schoolgirl']);

/**
 * The article's main place: the country most often named as a location ("in Iraq", "Iraq's"),
 * looking at the first 100k characters. Used as the place of figures whose sentence names none
 * ("some 2,500 troops in the country"). Null when no country is named as a location.
 */
export function mainPlace(body: string): string | null {
  const tokens = tokenize(body.length > 100_000 ? body.slice(0, 100_000) : body);
  const counts = new Map<string, number>();
  const inLead = new Set<string>();
  for (const p of findPlacePhrases(tokens)) {
    for (const k of p.keys) {
      if (!placeByKey(k)) continue;
      counts.set(k, (counts.get(k) ?? 0) + 2);
      if (tokens[p.tokenIndex]!.start < LEAD_CHARS) inLead.add(k);
    }
  }
  for (const p of possessivePlaces(tokens)) counts.set(p.key, (counts.get(p.key) ?? 0) + 1);
  let best: string | null = null;
  let bestN = 0;
  for (const [k, n] of counts) {
    if (n > bestN) {
      best = k;
      bestN = n;
    }
  }
  // A country named once in passing, after the lead, is not where the story is: "a video … had been filmed in a village
  // in Italy in 2025", in a wire report on wolves killing sheep in an English valley, made "14 sheep" Italy's and kept
  // them out of the row where another outlet's "23 sheep" stood (a held-out subject of session 44).
  return best && (bestN >= 3 || inLead.has(best)) ? best : null;
}

/** How far into an article its lead runs, for {@link mainPlace} (about its first sentence). */
const LEAD_CHARS = 300;

/**
 * The rate a sum or count runs at, said right after its words in a sentence ("£6 million a day", "£2,600 a year", "per
 * week", "annually") as a key part ("per-day"), or null. For figures whose key is read again from their sentence when
 * rows are built (figure-rows.ts bareKeyByPredicate): £22 million a day and £6 million a day are one quantity, £2
 * million in all another.
 */
export function rateAfterFigure(sentence: string, figureText: string): string | null {
  const at = sentence.toLowerCase().indexOf(figureText.toLowerCase());
  if (at < 0) return null;
  const tokens = tokenize(sentence);
  const k = tokens.findIndex((t) => t.start >= at + figureText.length);
  const d = k < 0 ? null : durationAfter(tokens, k);
  return d && d.key.startsWith('per-') ? d.key : null;
}
