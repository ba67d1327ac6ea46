/**
 * The one relation function used everywhere (cards, reader, FNC-1 through the CLI):
 * unrelated · related (adds context) · agrees · disputes, with a score, a similarity and the evidence.
 *
 * How it decides, in order:
 * 1. Similarity = content-term overlap (IDF-weighted cosine when corpus statistics are given) combined with
 *    topic overlap (shared topic ids, or shared named entities when no topics are given).
 * 2. Below the related threshold → unrelated, unless both give a figure for the same subject (→ related).
 * 3. Opposite direction (threat-up "resurging" vs diminish "defeated", negation-aware) about a shared subject
 *    → disputes; the same clear direction → agrees. Cues are framed first: in a goal frame ("must be defeated",
 *    "commitment to ensure the defeat of") they count nothing; historical ones (past perfect, a fronted "After its
 *    defeat," / "In 2010,", a predecessor) and conceded ones (before "but", inside "although") count little; plain
 *    cues pointing both ways cancel more than by subtraction, so mixed claims are not confident disputes.
 * 4. One side denies what the other states ("denied claims that X", "reports that X are false" against a plain "X",
 *    ./denial.ts) → disputes; one side refutes ("denied", "false", "hoax") or negates a near-identical statement →
 *    disputes. A refuting word alone decides nothing: stance towards a long text (a page, a body) comes from the
 *    learned model (./stance, {@link relatePassage}).
 * 5. Figures for the same subject that differ: for the same period → disputes; otherwise the difference is
 *    context (numbers change over time) → at least related. Equal figures for one subject count as agreement.
 * 6. Near-duplicates with no conflict → agrees; the rest → related.
 * Every step is symmetric, so relate(a, b) and relate(b, a) give the same label.
 */
import { boundedMemo } from './memo';
import { describesOnly, figuresConsistent, figuresSayOne, keysMayMeet, unitsMeet } from './figure-values';
import { keyParts } from './figure-rows';
import { isMaterialUnit, isMeasureUnit } from './figures';
import type { Figure, FigureDiff, Relation, RelationEvidence, RelationLabel } from './types';
import { departureConflict, departureReading } from './departure';
import { actOf, mainPredicateStart, predicateStems } from './predicates';
import { IRREGULAR_VERBS } from './lexicon/irregular-verbs';
import { harmAgrees, harmConflict, harmReading } from './harm';
import { complaintReading, complaintsConflict } from './complaints';
import { obligationConflict, obligationReading } from './obligations';
import { qualityConflict, qualityReading } from './quality';
import { openConflict, openReading } from './open-closed';
import { PASSIVE_BE, sentenceAt } from './clause';
import { placedYears } from './timing';
import { outcomeConflict, outcomeReading, outcomesOpposite } from './outcome';
import { ratingConflict, ratingReading } from './ratings';
import { clockTimeAgreement, clockTimeReading, whenAgreement, whenConflict, whenReading } from './when';
import { affectedConflict, affectedReading } from './affected';
import { effectConflict, effectReading } from './effect';
import { changeConflict, changeReading } from './unchanged';
import { moneyConflict, moneyReading } from './money-arrived';
import { doneActConflict, doneAgreement, doneConflict, doneReading } from './none-done';
import { earlierConflict, earlierReading } from './earlier-than-said';
import { paidHowConflict, paidHowReading } from './paid-how';
import { postConflict, postReading } from './post';
import { knowingConflict, knowingReading } from './knowing';
import { refusalConflict, refusalReading } from './refusal';
import { purposeConflict, purposeReading } from './purpose';
import { compensationConflict, compensationReading } from './compensation';
import { voteConflict, voteReading } from './votes';
import { warningReading, warningsConflict } from './warnings';
import type { Referents } from './referents';
import { estimateReading, estimatesConflict } from './estimates';
import { recordConflict, recordReading } from './records';
import { contentStem, contentTerms, escapeRegExp, idf, slugify, spotEntities, startsLetter, startsLower, startsNumber, startsUpper, stem, tokenize, type EntityMention, type TermStats, type Token } from './text';
import { splitSentencesQuick } from './sentences';
import { deniedProposition, type Denial } from './denial';
import { endedVersusGoingOn, stateReading, wentOnBeforeItEnded } from './state-end';
import { planReading, planVersusNoPlan } from './plans';
import { delayReading, delaysConflict } from './delays';
import { causeReading, causesConflict } from './causes';
import { verdictReading, verdictsConflict } from './verdicts';
import { canonicalEntityKey, dataTopicMatcher, isCountryKey, matchTopics } from './topics';
import {
  DIMINISH_WORDS,
  EFFORT_NOUNS,
  FRAME_WEIGHTS,
  GOAL_FRAME_ENDERS,
  APPEAL_FRAME_WORDS,
  GOAL_FRAME_WORDS,
  GOAL_HEAD_NOUNS,
  GOAL_VERBS,
  GOAL_WINDOW,
  GROWTH_WORDS,
  PAST_PERFECT_AUX,
  PAST_POINT_OPENERS,
  PRESENT_FINITE_VERBS,
  PREDECESSOR_WORDS,
  PREDICATE_FILLERS,
  SUBJECT_ONLY_CUES,
  TEMPORAL_OPENERS,
  TEMPORAL_OPENERS_BEFORE_TIME,
  TIME_WORDS,
} from './lexicon/direction-words';
import { REPORTING_VERB_SET, REPORTING_VERBS, SPEECH_VERBS } from './lexicon/reporting';
import { TITLE_WORD_SET } from './lexicon/titles';
import {
  ACT_TAKING_VERBS,
  CONCESSIVE_WORDS,
  CONTRASTIVE_WORDS,
  IMPLICIT_NEGATIVES,
  MOTION_PREPOSITIONS,
  NEGATION_WINDOW,
  NEGATOR_PHRASES,
  NEGATORS,
  NON_CONTRASTIVE_BEFORE_BUT,
  SCOPE_BREAKERS,
} from './lexicon/negations';
import { HEDGING_WORDS, REFUTING_WORDS } from './lexicon/refuting-words';
import { PLACES } from './lexicon/places';
import { STOP_WORD_SET } from './lexicon/stopwords';
import { domainLexicon, domainLexiconGeneration } from './lexicon/domain';
import { stanceFeatures, type SparseFeatures } from './stance/features';
import { pairFeatures } from './stance/pair';
import { predictCardStance } from './stance/card-model';
import { CARD_STANCE_THRESHOLDS } from './stance/thresholds';
import { predictStance, stanceModel, type StanceModel, type StanceProbabilities } from './stance/model';
import { MONTH_NAMES as DATE_MONTH_NAMES, MONTHS, WEEKDAYS } from './lexicon/dates';
import { findDateMentions, resolveDate } from './dates';
import { momentSpan } from './moment';
import { correctionConflict, clockReading } from './corrections';
import { countedNouns, countsDiffer, offsetReadings, offsetsDiffer } from './offsets';
import { setRightConflict, setRightReadings } from './set-right';
import { cleftConflict, cleftReadings } from './cleft';
import { limitConflict, limitReading } from './limits';
import { benchmarkConflict, benchmarkReading } from './benchmarks';
import { universalConflict, universalReading } from './universals';
import { workingConflict, workingReading } from './working';
import { jobsConflict, jobsReading } from './jobs';

/** Anything the relation function can compare: a claim, a page sentence, a headline. */
export interface RelatableText {
  text: string;
  figures?: Figure[];
  /** Topic ids (from mineTopics / a topic matcher). */
  topics?: string[];
}

/** Features of a text computed once and reused for every comparison ({@link prepare}). */
export interface PreparedText {
  readonly prepared: true;
  readonly text: string;
  readonly figures: readonly Figure[];
  readonly topics: readonly string[];
  /** Content stem → first surface form seen (for evidence). */
  readonly terms: ReadonlyMap<string, string>;
  /** Named entities, canonical keys ("isis", "us", "alina romanowski"). */
  readonly entities: ReadonlySet<string>;
  /** Signed direction: > 0 threat-up / growth, < 0 diminish. */
  readonly direction: number;
  /** Cue words pointing up / down after negation ("not defeated" points up), cues about another actor left out. */
  readonly up: readonly string[];
  readonly down: readonly string[];
  /** Every direction cue with what it is attached to, so a pair can keep only the cues about its shared subject. */
  readonly cues: readonly DirectionCueHit[];
  /** Negation cues found ("not", "no longer", "doesn't"). */
  readonly negations: readonly string[];
  /** Stems of what the negations deny: each one's head word ("the air is not safe" → "safe"; see negatedHeadStems). */
  readonly negatedHeads?: ReadonlySet<string>;
  /** Refuting cues found, not themselves negated, and their summed weight. */
  readonly refuting: readonly string[];
  readonly refuteWeight: number;
  /** Hedging / attribution cues ("reportedly", "claims", "according to"). */
  readonly hedges: readonly string[];
  readonly tokenCount: number;
}

/**
 * One direction cue in a text and what it is said of: the names in its subject or object ("ISIS is resurging",
 * "a defeated ISIS", "the threat of ISIS"), and whether it is attached to another actor's effort ("increased military
 * support", "reduced their operations"), which says nothing about the subject growing or shrinking.
 */
export interface DirectionCueHit {
  /** +1 up, -1 down, after negation. */
  sign: number;
  weight: number;
  /** The cue as written ("not threat" when negated). */
  words: string;
  /** Canonical entity keys, slugged ("isis", "qassem-soleimani"), of the noun phrase the cue is attached to. */
  names: readonly string[];
  /** Attached to an effort noun (support, pressure, operations…) rather than to the subject. */
  effort: boolean;
  /**
   * The unnamed object a transitive cue acts on ("crushing the militant group" → "group"): the cue says what happens
   * to that, not to the name before it ("join the US in crushing the militant group" says nothing of the US growing).
   */
  object?: string;
  /**
   * The unnamed noun the cue is said of when no name is ("the local taxi industry is growing" → "industry"; "the
   * number of … has increased" → "number"): the cue counts for a pair only if the other text speaks of it too.
   * Left out for a pronoun, an anaphor of the domain lexicon ("the group") or a fragment, which stand for the text's
   * own subject.
   */
  subject?: string;
  /**
   * The frame the cue stands in, if it is not a plain statement about now: 'historical' (past perfect, a fronted
   * temporal adverbial, a predecessor) or 'conceded' (before "but", inside "although …"). Cues in a goal frame
   * ("must be defeated") are left out altogether.
   */
  frame?: 'historical' | 'conceded';
  /** Share of {@link weight} the cue keeps in its frame (1 when unframed; see FRAME_WEIGHTS). */
  scale: number;
}

/** Weight left to a direction cue that is about another actor than the shared subject. */
const OFF_SUBJECT_WEIGHT = 0.2;

/** Options shared by {@link relate} and {@link relatePassage}. */
export interface RelateOptions {
  /** Corpus document frequencies: rarer shared terms count more. Without them every term counts 1. */
  stats?: TermStats;
  /** Override thresholds (see {@link CLAIM_THRESHOLDS} / {@link PASSAGE_THRESHOLDS}). */
  thresholds?: Partial<ClaimThresholds & PassageThresholds>;
  /** When each side was said (ISO dates): an estimate to a calendar day is read from its side's date. */
  dates?: { a?: string | null; b?: string | null };
  /**
   * Both texts are known to be of one story (match.ts: the claim's article shares claims with the page's cards):
   * a toll answered both ways then needs no shared name ("No one was seriously hurt, festival director Marcus Tell said"
   * / "A 16-year-old girl … was flown by air ambulance …" — the claim names no festival; its article does), nor a
   * warning denied and given to one receiver beyond that receiver ("Quayle denied that the council had been warned that
   * the slope was unstable" / "Aldmoor District Council was told in 2024 that the hillside … could give way"), nor a
   * payment for a loss denied and made (compensation.ts), nor a vote said to go two ways (votes.ts).
   */
  oneStory?: boolean;
  /**
   * What the generic nouns of side a's page stand for ("the company" → Northvale Power Networks: referents.ts
   * pageReferents), for a receiver side a names only so.
   */
  referents?: Referents;
}

/** Thresholds of the claim-vs-claim decision. */
export interface ClaimThresholds {
  /** Similarity from which two texts are related. */
  related: number;
  /** Similarity from which a direction/refutation/figure conflict is taken as agreement or dispute. */
  stance: number;
  /** Smallest |direction| that counts as a clear direction. */
  direction: number;
  /** Term similarity from which two texts say the same thing (near-duplicates agree; negated ones dispute). */
  duplicate: number;
}

/** Defaults for claims; hand-set on the seed corpus, then checked on invented non-seed texts. */
export const CLAIM_THRESHOLDS: ClaimThresholds = { related: 0.18, stance: 0.18, direction: 0.5, duplicate: 0.55 };

/* ------------------------------------------------------------------ cue lexicons */

interface Cue {
  stems: string[];
  weight: number;
  words: string;
}

/** Cues indexed by first stem, longest first, so a scan is one map lookup per token. */
function cueIndex(cues: readonly { words: string; weight: number }[], onStems: boolean): Map<string, Cue[]> {
  const m = new Map<string, Cue[]>();
  for (const c of cues) {
    const stems = tokenize(c.words).map((t) => (onStems ? stem(t.norm) : t.norm));
    if (stems.length === 0) continue;
    const list = m.get(stems[0]!) ?? [];
    list.push({ stems, weight: c.weight, words: c.words });
    m.set(stems[0]!, list);
  }
  for (const list of m.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return m;
}

// Direction cues match on stems (resurge/resurging/resurgence); refuting and hedging cues on word forms.
/**
 * Word forms whose stem is a cue's but which name a thing, not a change ("escalators" stems as "escalate" does: "Four
 * other escalators … were shut down" read as a rise, a held-out subject of session 57).
 */
const NOT_CUE_FORMS = new Set(['escalator', 'escalators']);
/** A word's stem as direction cues are matched ({@link NOT_CUE_FORMS} keep their own form). */
const cueStem = (norm: string): string => (NOT_CUE_FORMS.has(norm) ? norm : stem(norm));
/**
 * The tokens' stems as direction cues are matched ({@link cueStem}), where "danger" says a threat only as one something
 * is in ("My business is in danger", "in grave danger"): "the avalanche danger … had been rated moderate" names what was
 * rated, no "dangerous" (session 65: two ratings of one danger read as agreeing), and takes a stem no cue has.
 */
function cueStemsOf(tokens: readonly Token[]): string[] {
  const stems = tokens.map((t) => cueStem(t.norm));
  for (let i = 0; i < tokens.length; i++) {
    if (!DANGER_FORMS.has(tokens[i]!.norm)) continue;
    if (tokens[i - 1]?.norm !== 'in' && tokens[i - 2]?.norm !== 'in') stems[i] = `~${tokens[i]!.norm}`;
  }
  return stems;
}
/** The noun forms of "danger" ({@link cueStemsOf}). */
const DANGER_FORMS = new Set(['danger', 'dangers']);
let directionCache: { up: Map<string, Cue[]>; down: Map<string, Cue[]>; generation: number } | null = null;

/** The growth and diminish cue tables: the general lists plus the domain lexicon's phrases ("on the ropes"). */
function directionCues(): { up: Map<string, Cue[]>; down: Map<string, Cue[]> } {
  if (directionCache && directionCache.generation === domainLexiconGeneration()) return directionCache;
  const lex = domainLexicon();
  directionCache = {
    up: cueIndex([...GROWTH_WORDS, ...lex.growthPhrases], true),
    down: cueIndex([...DIMINISH_WORDS, ...lex.diminishPhrases], true),
    generation: domainLexiconGeneration(),
  };
  return directionCache;
}

/** Per word form, whether its stem starts a growth or diminish cue, for the cue tables in force (bounded). */
let cueStarts: { up: Map<string, Cue[]>; byNorm: Map<string, boolean> } | null = null;
const CUE_STARTS_MAX = 100_000;
/** Whether a token's stem starts a direction cue: one lookup per word form instead of its stem and two tables. */
function startsDirectionCue(norm: string): boolean {
  const { up, down } = directionCues();
  if (cueStarts?.up !== up) cueStarts = { up, byNorm: new Map() };
  let hit = cueStarts.byNorm.get(norm);
  if (hit === undefined) {
    const s = cueStem(norm);
    hit = up.has(s) || down.has(s);
    if (cueStarts.byNorm.size >= CUE_STARTS_MAX) cueStarts.byNorm.clear();
    cueStarts.byNorm.set(norm, hit);
  }
  return hit;
}
/** Whether a whole growth or diminish cue occurs in the tokens, matched on stems as computeDirectionCues matches them. */
function holdsDirectionCue(tokens: readonly Token[]): boolean {
  const { up, down } = directionCues();
  const stems = cueStemsOf(tokens);
  for (let i = 0; i < stems.length; i++) if (matchCue(up, stems, i) || matchCue(down, stems, i)) return true;
  return false;
}
const REFUTE = cueIndex(REFUTING_WORDS, false);
const HEDGE = cueIndex(HEDGING_WORDS.map((w) => ({ words: w, weight: 1 })), false);
const NEG_SINGLE = new Set(NEGATORS);
const MOTION = new Set(MOTION_PREPOSITIONS);
/** Verbs after which "no" is the vote cast, not a negator ("voting no"; "said no to the deal" still denies). */
const VOTE_VERBS = new Set(['vote', 'votes', 'voted', 'voting']);
/** {@link IMPLICIT_NEGATIVES} as one pattern over lower-case text. */
const IMPLICIT_NEGATIVE = new RegExp(`\\b(?:${IMPLICIT_NEGATIVES.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`, 'g');
const NEG_PHRASES = byFirstWord(NEGATOR_PHRASES.map((p) => p.split(' ')));
const BREAKERS = new Set(SCOPE_BREAKERS);
const GOALS = new Set(GOAL_VERBS.map((v) => stem(v)));
const PURPOSE_NEGATORS = new Set(['prevent', 'prevents', 'prevented', 'preventing', 'avoid', 'stop', 'stopped']);
const phraseList = (words: readonly string[]): PhraseList => byFirstWord(words.map((w) => w.split(' ')).sort((a, b) => b.length - a.length));
const GOAL_FRAMES = phraseList(GOAL_FRAME_WORDS);
const GOAL_ENDERS = new Set(GOAL_FRAME_ENDERS);
const APPEAL_FRAMES = new Set(APPEAL_FRAME_WORDS);
const GOAL_HEADS = new Set(GOAL_HEAD_NOUNS);
const CONCESSIVES = phraseList(CONCESSIVE_WORDS);
const CONTRASTS = new Set(CONTRASTIVE_WORDS);
const NOT_CONTRAST_BEFORE = new Set(NON_CONTRASTIVE_BEFORE_BUT);
const PERFECT_AUX = new Set(PAST_PERFECT_AUX);
const TEMPORAL = new Set(TEMPORAL_OPENERS);
const TEMPORAL_BEFORE_TIME = new Set(TEMPORAL_OPENERS_BEFORE_TIME);
const TIME = new Set(TIME_WORDS);
const PREDECESSORS = new Set(PREDECESSOR_WORDS);
const PAST_POINT = new Set(PAST_POINT_OPENERS);
const PRESENT_FINITE = new Set(PRESENT_FINITE_VERBS);
const PERFECT_SKIP = new Set(['not', 'never', 'already', 'also', 'long', 'largely', 'mostly', 'just', 'since', 'once', 'effectively']);
const COUNTRY_TOPIC_IDS = new Set(PLACES.map((p) => slugify(p.name)));
const CLAUSE_GAP = /[,;:.!?()\[\]—–]|\s-\s/;

/**
 * Phrases (lists of lower-case words) grouped by their first word, each group in the list's order: a token is
 * compared only with the phrases that start with it (the scope reading runs on every sentence of a page).
 */
type PhraseList = ReadonlyMap<string, readonly string[][]>;

function byFirstWord(phrases: readonly string[][]): PhraseList {
  const out = new Map<string, string[][]>();
  for (const ph of phrases) {
    const list = out.get(ph[0]!);
    if (list) list.push(ph);
    else out.set(ph[0]!, [ph]);
  }
  return out;
}

/** Length of the first phrase of the list (longest first) starting at token i, 0 if none. */
function matchPhrase(phrases: PhraseList, norms: readonly string[], i: number): number {
  const list = phrases.get(norms[i]!);
  if (!list) return 0;
  for (const ph of list) {
    let k = 1;
    while (k < ph.length && norms[i + k] === ph[k]) k++;
    if (k === ph.length) return ph.length;
  }
  return 0;
}

/**
 * Net direction of weighted cue contributions. When both directions are stated plainly the smaller cancels the
 * larger more than by subtraction: net = (U − D)·(1 − min/max), so "still high, much diminished" is near 0, while a
 * text that is clearly one way with a faint opposite cue keeps almost all of its direction. Framed cues (historical,
 * conceded) are already down-weighted and only add: "declined, but remains a threat" points up.
 */
function netDirection(contributions: readonly { v: number; framed: boolean }[]): number {
  let upW = 0;
  let downW = 0;
  let framed = 0;
  for (const c of contributions) {
    if (c.framed) framed += c.v;
    else if (c.v > 0) upW += c.v;
    else downW -= c.v;
  }
  const hi = Math.max(upW, downW);
  const net = hi === 0 ? 0 : (upW - downW) * (1 - Math.min(upW, downW) / hi);
  return Math.round((net + framed) * 100) / 100;
}

function matchCue(index: Map<string, Cue[]>, stems: string[], i: number): Cue | null {
  const list = index.get(stems[i]!);
  if (!list) return null;
  for (const c of list) {
    let ok = true;
    for (let k = 1; k < c.stems.length && ok; k++) ok = stems[i + k] === c.stems[k];
    if (ok) return c;
  }
  return null;
}

/* ------------------------------------------------------------------ terms */

/**
 * The terms texts are compared on: content-word stems plus one canonical term per known name
 * ("#isis" for ISIS / ISIL / Daesh / Islamic State, "#us" for US / U.S. / American), mapped to a surface form.
 */
export function extractTerms(text: string, tokens: Token[] = tokenize(text)): Map<string, string> {
  const terms = new Map<string, string>();
  for (const t of tokens) {
    const s = contentStem(t.norm);
    if (s && !terms.has(s)) terms.set(s, t.norm);
  }
  for (const h of matchTopics(dataTopicMatcher(), text, tokens)) {
    const k = `#${h.topicId}`;
    if (!terms.has(k)) terms.set(k, h.text);
  }
  return terms;
}

/** Document frequencies of {@link extractTerms} terms over a corpus, for IDF weighting in relate/relatePassage. */
export function buildRelationStats(texts: Iterable<string>): TermStats {
  const df = new Map<string, number>();
  let docCount = 0;
  for (const text of texts) {
    docCount++;
    for (const t of extractTerms(text).keys()) df.set(t, (df.get(t) ?? 0) + 1);
  }
  return { docCount, df };
}

/* ------------------------------------------------------------------ prepare */

const cache = new WeakMap<object, PreparedText>();

/**
 * Computes (and caches per object) everything relate needs about a text: terms, entities, direction with
 * negation scope, refuting and hedging cues. Pass the result instead of the raw text to compare one text
 * against many cheaply; the cost of a comparison is then proportional to the smaller term set.
 */
export function prepare(input: RelatableText | PreparedText | string): PreparedText {
  if (typeof input === 'string') return computeFeatures(input, [], []);
  if ('prepared' in input) return input;
  const hit = cache.get(input);
  if (hit && hit.text === input.text) return hit;
  const p = computeFeatures(input.text, input.figures ?? [], input.topics ?? []);
  cache.set(input, p);
  return p;
}

/** What {@link computeFeatures} adds to the terms and entities: the cue reading of a text (direction, negation, refutation, hedges). */
type CueFeatures = Pick<
  PreparedText,
  'direction' | 'up' | 'down' | 'cues' | 'negations' | 'negatedHeads' | 'refuting' | 'refuteWeight' | 'hedges'
>;

/**
 * A prepared text whose terms and entities (all a similarity needs) are computed at once and whose cue reading is
 * computed on first use, in two stages: most texts a page is compared with are only ranked by similarity, and most
 * page sentences are read by the stance model only for their hedges and refutations (the negation scopes), so they
 * never pay for stems, frames and cue targets.
 */
class PreparedFeatures implements PreparedText {
  readonly prepared = true as const;
  readonly terms: ReadonlyMap<string, string>;
  readonly entities: ReadonlySet<string>;
  readonly tokenCount: number;
  /** Kept until the direction reading is computed, then dropped. */
  private pending: { tokens: Token[]; mentions: EntityMention[] } | null;
  /** First stage (negation scopes, refuting, hedges), then the direction cues: each computed on first use. */
  private scopes: ScopeReading | null = null;
  private directionCues: Pick<CueFeatures, 'direction' | 'up' | 'down' | 'cues'> | null = null;

  constructor(
    readonly text: string,
    readonly figures: readonly Figure[],
    readonly topics: readonly string[],
    withEntities: boolean,
    given?: Token[],
  ) {
    const tokens = given ?? tokenize(text);
    this.terms = extractTerms(text, tokens);
    // Sentence-initial capitalised words are not names (acronyms are).
    const mentions = withEntities ? spotEntities(text, {}, tokens).filter((m) => !m.sentenceInitial || m.acronym) : [];
    this.entities = new Set(mentions.map((m) => canonicalEntityKey(m.key)));
    this.tokenCount = tokens.length;
    this.pending = { tokens, mentions };
  }

  private scope(): ScopeReading {
    this.scopes ??= computeScopes(this.text, this.pending!.tokens);
    return this.scopes;
  }

  private read(): Pick<CueFeatures, 'direction' | 'up' | 'down' | 'cues'> {
    if (!this.directionCues && this.pending) {
      // No token stem starts a growth or diminish cue: the reading is empty, without frames, names or scopes.
      // Nor when no whole cue matches ("more" starts "more than ever", "not" starts "not over", "still" "still high"): the reading
      // counts only whole cues, so it would be empty too.
      const tokens = this.pending.tokens;
      if (!tokens.some((t) => startsDirectionCue(t.norm)) || !holdsDirectionCue(tokens)) this.directionCues = { direction: 0, up: [], down: [], cues: [] };
    }
    if (!this.directionCues) {
      this.directionCues = computeDirectionCues(this.text, this.pending!.tokens, this.pending!.mentions, this.scope());
      this.pending = null;
    }
    return this.directionCues;
  }

  get direction() {
    return this.read().direction;
  }
  get up() {
    return this.read().up;
  }
  get down() {
    return this.read().down;
  }
  get cues() {
    return this.read().cues;
  }
  get negations() {
    return this.withoutNegator() ? [] : this.scope().negations;
  }
  get negatedHeads() {
    return this.withoutNegator() ? new Set<string>() : this.scope().negatedHeads;
  }
  get refuting() {
    return this.without(REFUTE) ? [] : this.scope().refuting;
  }
  get refuteWeight() {
    return this.without(REFUTE) ? 0 : this.scope().refuteWeight;
  }
  get hedges() {
    return this.without(HEDGE) ? [] : this.scope().hedges;
  }

  /**
   * True when no cue of `cues` occurs in the text (matched as the scope reading matches it), read without the scopes:
   * most page sentences have neither a refuting nor a hedging cue, and their scope reading (the goal frames, the
   * negation windows) is skipped.
   */
  private without(cues: Map<string, Cue[]>): boolean {
    if (this.scopes || !this.pending) return false;
    // The answer per cue list is kept: `relate` reads a page sentence's refutations and hedges against every claim.
    const refute = cues === REFUTE;
    const known = refute ? this.noRefute : cues === HEDGE ? this.noHedge : undefined;
    if (known !== undefined) return known;
    // A whole cue must match, as the scope reading matches them: "a" starts "a lie" and "said" starts "said to", but
    // most sentences with those words hold neither cue.
    const tokens = this.pending.tokens;
    let none = true;
    for (let i = 0; i < tokens.length && none; i++) {
      const list = cues.get(tokens[i]!.norm);
      if (!list) continue;
      for (const c of list) {
        let ok = true;
        for (let k = 1; k < c.stems.length && ok; k++) ok = tokens[i + k]?.norm === c.stems[k];
        if (ok) {
          none = false;
          break;
        }
      }
    }
    if (refute) this.noRefute = none;
    else if (cues === HEDGE) this.noHedge = none;
    return none;
  }
  /** Whether no token starts a refuting / hedging cue (see {@link without}), once known. */
  private noRefute: boolean | undefined = undefined;
  private noHedge: boolean | undefined = undefined;

  /**
   * True when no token can open a negation scope (a negator, a word ending in "n't", a whole negator phrase, the
   * prefix "non"), read without the scopes: the stance model reads whether each sentence closest to a claim
   * negates, and most do not.
   */
  private withoutNegator(): boolean {
    if (this.scopes || !this.pending) return false;
    if (this.noNegator === undefined) {
      const tokens = this.pending.tokens;
      let none = true;
      for (let i = 0; i < tokens.length && none; i++) {
        const w = tokens[i]!.norm;
        if (NEG_SINGLE.has(w) || w === 'non' || w.endsWith("n't")) none = false;
        // A phrase counts whole, as the scope reading matches it ("far" alone is no negator; "far from" is).
        else for (const ph of NEG_PHRASES.get(w) ?? []) if (ph.every((x, k) => tokens[i + k]?.norm === x)) none = false;
      }
      this.noNegator = none;
    }
    return this.noNegator;
  }
  private noNegator: boolean | undefined = undefined;
}

/**
 * A text's prepared features as plain data (arrays, numbers: what IndexedDB stores compactly), so a claim is
 * prepared once at import and read back instead of tokenised, stemmed and scanned for names and cues again
 * (utils/engine/claim-features.ts stores them). {@link preparedFromStored} turns it back into the same
 * {@link PreparedText} {@link prepare} computes.
 */
export interface StoredPreparedText {
  /** Distinct terms in order (content stems, then "#name" terms). */
  terms: string[];
  /** The surface form of each term, '' when it is the term itself. */
  forms: string[];
  entities: string[];
  tokenCount: number;
  /** The cue reading; when absent it is computed from the text on first use, as for a fresh text. */
  cue?: StoredCueReading;
}

/** The cue reading of a text as plain data (see {@link PreparedText} for each field). */
export interface StoredCueReading {
  direction: number;
  up: string[];
  down: string[];
  cues: DirectionCueHit[];
  negations: string[];
  negatedHeads: string[];
  refuting: string[];
  refuteWeight: number;
  hedges: string[];
}

/**
 * Version of the rules that read a text's cues (direction, negation, refutation, hedges; utils/engine/lexicon/*). Stored
 * claim features carry those cues ({@link storablePrepared}), and their version (claim-features.ts) includes this, so a
 * rule change makes the background migration prepare the claims again. Bump it whenever a change alters what `prepare`
 * reads for some text: test/unit/match/cue-rules-version.test.ts pins the cues of a set of sentences to this number and
 * fails until it is bumped and re-pinned. 2: session 18 (refusals, leaps and failed efforts are no direction; the
 * literal senses, idioms, losses and deliveries of sessions 15-17, which the single probe sentence did not see). 3:
 * session 19 (events, states and habits: a habitat or a habit, a person's refusal, a failed test, a season, air drops,
 * leaps, threats as messages ("a threat to kill another hostage"), an inability to confirm; see eventReading in
 * computeDirectionCues). 4: session 20 (a gerund after a preposition, with an object, is an activity or an aim: "in
 * crushing the militant group", "for confronting and defeating the group"; see gerundActivity). 5: session 21 (the
 * writer's or reader's not knowing denies nothing: "you did not know …"; see ownUnknowing). 6: session 24 (the month
 * "May" is no hedge). 7: session 57 (an escalator is no escalation). 8: session 58 (a clause ending on its verb that
 * only tells when holds no change: "before the drone fell"). 9: session 59 (the story's event named by its cue noun after
 * "the" and a preposition holds no change: "the investigation into the failure"). 10: session 60 ("not the first time"
 * affirms: no negation). 11: session 61 ("not true" refutes inside another negation's scope: "that no patient was
 * harmed is simply not true"; "purporting" hedges). 12: session 65 ("danger" is a threat only as one something is in:
 * "the avalanche danger" is no rise; the reports a "contrary to …" phrase names are set right, not relayed: no hedge).
 */
export const CUE_RULES_VERSION = 12;

/** The storable form of prepared features; `withCues` false leaves the cue reading to be computed on first use. */
export function storablePrepared(p: PreparedText, withCues = true): StoredPreparedText {
  const terms: string[] = [];
  const forms: string[] = [];
  for (const [t, form] of p.terms) {
    terms.push(t);
    forms.push(form === t ? '' : form);
  }
  const out: StoredPreparedText = { terms, forms, entities: [...p.entities], tokenCount: p.tokenCount };
  if (withCues) {
    out.cue = {
      direction: p.direction,
      up: [...p.up],
      down: [...p.down],
      cues: p.cues.map((c) => ({ ...c, names: [...c.names] })),
      negations: [...p.negations],
      negatedHeads: [...(p.negatedHeads ?? [])],
      refuting: [...p.refuting],
      refuteWeight: p.refuteWeight,
      hedges: [...p.hedges],
    };
  }
  return out;
}

/** Prepared features read back from storage: nothing is tokenised unless the cue reading was not stored. */
class StoredFeatures implements PreparedText {
  readonly prepared = true as const;
  readonly terms: ReadonlyMap<string, string>;
  readonly entities: ReadonlySet<string>;
  readonly tokenCount: number;
  private cueFeatures: CueFeatures | null;

  constructor(
    readonly text: string,
    readonly figures: readonly Figure[],
    readonly topics: readonly string[],
    stored: StoredPreparedText,
  ) {
    const terms = new Map<string, string>();
    stored.terms.forEach((t, i) => terms.set(t, stored.forms[i] || t));
    this.terms = terms;
    this.entities = new Set(stored.entities);
    this.tokenCount = stored.tokenCount;
    const c = stored.cue;
    this.cueFeatures = c ? { ...c, negatedHeads: new Set(c.negatedHeads) } : null;
  }

  private read(): CueFeatures {
    // Not stored: the same reading a fresh text gets (its tokens and names are needed, so computed in full once).
    this.cueFeatures ??= computeFeatures(this.text, this.figures, this.topics);
    return this.cueFeatures;
  }

  get direction() {
    return this.read().direction;
  }
  get up() {
    return this.read().up;
  }
  get down() {
    return this.read().down;
  }
  get cues() {
    return this.read().cues;
  }
  get negations() {
    return this.read().negations;
  }
  get negatedHeads() {
    return this.read().negatedHeads;
  }
  get refuting() {
    return this.read().refuting;
  }
  get refuteWeight() {
    return this.read().refuteWeight;
  }
  get hedges() {
    return this.read().hedges;
  }
}

/**
 * The {@link PreparedText} of `input` from its stored features, remembered for `input` so every later
 * {@link prepare}(input) — in relate, relateSimilarity, passageStance — returns it instead of preparing again.
 */
export function preparedFromStored(input: RelatableText, stored: StoredPreparedText): PreparedText {
  const p = new StoredFeatures(input.text, input.figures ?? [], input.topics ?? [], stored);
  cache.set(input, p);
  return p;
}

function computeFeatures(text: string, figures: readonly Figure[], topics: readonly string[], withEntities = true, tokens?: Token[]): PreparedText {
  return new PreparedFeatures(text, figures, topics, withEntities, tokens);
}

/**
 * {@link prepare} of a string whose tokens are already known: `tokens` must be exactly `tokenize(text)` (offsets into
 * `text`). A page is tokenised once and each of its sentences prepared from its share of the page's tokens.
 */
export function prepareTokens(text: string, tokens: Token[]): PreparedText {
  return computeFeatures(text, [], [], true, tokens);
}

/**
 * The first stage of a cue reading: goal frames and negation scopes, and the refuting and hedging cues they decide.
 * Reads only the tokens' normal forms (no stems, names or clause frames), so a page's many sentences get the hedges and
 * refutations the stance model reads of the whole page without the direction reading it needs only for a few.
 */
interface ScopeReading {
  norms: string[];
  goal: Uint8Array;
  negated: Uint8Array;
  purpose: Uint8Array;
  negations: string[];
  negatedHeads: Set<string>;
  refuting: string[];
  refuteWeight: number;
  hedges: string[];
}

/** Clause boundary before token i (punctuation in the gap, or a scope-breaking word). */
function clauseBoundary(text: string, tokens: readonly Token[], norms: readonly string[]): (i: number) => boolean {
  // "yet" ends a clause only as a conjunction (", yet", "and yet"), not in "not yet defeated".
  return (i: number): boolean =>
    i > 0 &&
    (CLAUSE_GAP.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start)) ||
      (BREAKERS.has(norms[i]!) && (norms[i] !== 'yet' || norms[i - 1] === 'and')));
}

/** {@link ScopeReading} of a text from its tokens. */
function computeScopes(text: string, tokens: Token[]): ScopeReading {
  const n = tokens.length;
  const norms = tokens.map((t) => t.norm);
  const boundary = clauseBoundary(text, tokens, norms);
  const gap = (i: number): string => (i > 0 ? text.slice(tokens[i - 1]!.end, tokens[i]!.start) : '');
  const punct = (i: number): boolean => i > 0 && CLAUSE_GAP.test(gap(i));
  // A comma between two modifiers of one noun ("unaware of any specific, credible threat", "no large, complex
  // attacks") does not end a negation: a determiner and one word before it, a plain word and a word after it that
  // are neither a new noun phrase nor an attribution ("not the answer, officials said").
  const coordinateModifier = (k: number): boolean =>
    k >= 2 &&
    k + 1 < n &&
    gap(k).trim() === ',' &&
    MODIFIER_DETERMINERS.has(norms[k - 2]!) &&
    !NP_OPENERS.has(norms[k]!) &&
    !REPORTING_VERB_SET.has(norms[k]!) &&
    !REPORTING_VERB_SET.has(norms[k + 1]!) &&
    !startsUpper(tokens[k]!.raw) &&
    !boundary(k + 1);
  // Goal / obligation / purpose frames: "must be defeated", "a commitment to ensure the enduring defeat of …",
  // and cues naming a goal ("the defeat-ISIS mission"). Cues in them are left out.
  const goal = new Uint8Array(n);
  // "would" of a habit states what happened, not a hypothesis: "Jones would jump back in the game again and again".
  const habitualWould = (i: number, len: number): boolean => {
    if (len !== 1 || norms[i] !== 'would') return false;
    for (let k = i + 1; k < n && k < i + GOAL_WINDOW + 4 && !punct(k); k++) if (matchPhrase(HABITUAL_MARKERS, norms, k)) return true;
    return false;
  };
  for (let i = 0; i < n; i++) {
    const gl = matchPhrase(GOAL_FRAMES, norms, i);
    if (gl && !habitualWould(i, gl)) {
      let from = i + gl;
      if (APPEAL_FRAMES.has(norms.slice(i, i + gl).join(' '))) {
        const to = norms.indexOf('to', from);
        if (to >= 0 && to < from + GOAL_WINDOW) from = to;
      }
      for (let k = from, steps = 0; k < n && steps < GOAL_WINDOW; k++, steps++) {
        // "would have fallen", "should have grown": the perfect right after a modal is still its frame, no new finite verb.
        if (punct(k) || (GOAL_ENDERS.has(norms[k]!) && !(steps === 0 && norms[k] === 'have'))) break;
        goal[k] = 1;
      }
    }
    if (GOAL_HEADS.has(norms[i]!)) {
      for (let k = i - 1; k >= 0 && k >= i - 3 && !punct(k + 1); k--) goal[k] = 1;
    }
  }

  // Negation scopes: token index → negated.
  const negated = new Uint8Array(n);
  const purpose = new Uint8Array(n);
  const negations: string[] = [];
  const heads: number[] = [];
  let lastNegationEnd = -1;
  /** Whether token i stands in an if/unless/whether clause (the clause's few tokens before it). */
  const inCondition = (i: number): boolean => {
    for (let m = i - 1; m >= 0 && m >= i - 5; m--) {
      if (CONDITIONS.has(norms[m]!)) return true;
      if (boundary(m)) return false;
    }
    return false;
  };
  // A negated imperative ("saying 'don't shoot'", "Do not panic") states no fact: nothing but a quote mark or a clause
  // start before its "don't" / "do not".
  const opensClause = (k: number): boolean => k === 0 || boundary(k) || /["“‘'(]\s*$/.test(gap(k));
  const imperative = (k: number, w: string): boolean => (w === "don't" || w === 'don’t' ? opensClause(k) : w === 'not' && k > 0 && norms[k - 1] === 'do' && opensClause(k - 1));
  // A quoted denial the sentence turns against ("Apple says \"no data will be deleted,\" but users say the reset wipes
  // their documents") is reported to be contradicted: it denies nothing on the text's behalf.
  const quoteMarks = [...text.matchAll(QUOTE_MARKS)].map((m) => m.index!);
  const contradictedQuote = (k: number): boolean => {
    const at = tokens[k]!.start;
    const before = quoteMarks.filter((q) => q < at).length;
    if (before % 2 === 0) return false;
    const close = quoteMarks.find((q) => q > at);
    if (close === undefined) return false;
    const after = tokens.findIndex((t) => t.start > close);
    return after >= 0 && [after, after + 1].some((m) => m < n && CONTRADICTING_TURNS.has(norms[m]!));
  };
  for (let i = 0; i < n; i++) {
    const w = norms[i]!;
    // "a non-issue", "non-binding": the prefix negates the one word it is joined to.
    // Not listed in `negations` (the stance model's features read those as trained).
    if (w === 'non' && i + 1 < n && gap(i + 1) === '-') {
      negated[i + 1] = 1;
      if (contentStem(norms[i + 1]!)) heads.push(i + 1);
      i += 1;
      continue;
    }
    let len = matchPhrase(NEG_PHRASES, norms, i);
    if (!len && (NEG_SINGLE.has(w) || w.endsWith("n't"))) len = 1;
    if (!len) continue;
    // A negator right after another cancels it ("not far from", "not without"): neither denies a head. A verb of stopping
    // or preventing after one is the act it denies ("would not stop running"), not a second negator.
    const doubled = i === lastNegationEnd && !PURPOSE_NEGATORS.has(w);
    if (doubled && heads.at(-1) === i) heads.pop();
    lastNegationEnd = i + len;
    // "not only X but Y" and "no doubt" affirm.
    const next = norms[i + len];
    if (w === 'not' && (next === 'only' || next === 'just')) continue;
    // "This is not the first time the council has raised concerns" says it has done so before: it affirms (a held-out
    // subject of session 60 read it as agreeing with "the council had not raised any concerns")
    if (w === 'not' && next === 'the' && norms[i + len + 1] === 'first' && (norms[i + len + 2] === 'time' || norms[i + len + 2] === 'occasion')) continue;
    if (w === 'no' && (next === 'doubt' || next === 'matter')) continue;
    // A vote or a quoted answer, not a negator: "voting no they'd consider …", "‘No’ they'd consider …".
    if (w === 'no' && len === 1 && (VOTE_VERBS.has(norms[i - 1] ?? '') || (i + 1 < n && /^\s*[’'"”]/.test(gap(i + 1))))) continue;
    negations.push(tokens.slice(i, i + len).map((t) => t.raw).join(' '));
    // "to prevent X" states a goal, not a fact: cues in its scope count for nothing.
    const isPurpose = PURPOSE_NEGATORS.has(w) && (goal[i] === 1 || norms.slice(Math.max(0, i - 3), i).includes('to'));
    // What it denies, if it states a fact: not "stopped flights" (a verb, not a denial), "whether or not", or a
    // condition ("if they do not surrender").
    const denies =
      !doubled && !PURPOSE_NEGATORS.has(w) && !(w === 'not' && norms[i - 1] === 'or') && !inCondition(i) && !imperative(i, w) && !contradictedQuote(i);
    let head = -1;
    let toHead = false;
    for (let k = i + len, steps = 0; k < n && steps < NEGATION_WINDOW; k++, steps++) {
      if (boundary(k) && !coordinateModifier(k)) break;
      if (isPurpose) purpose[k] = 1;
      else negated[k] = 1;
      // A possessor is not the head: "without the user's permission" denies the permission.
      // "Neither St Aidan's nor Brook Lane School was contacted": the names it lists are who, the verb after is what is denied.
      if (head < 0 && denies && isHeadWord(norms[k]!) && !(POSSESSIVE.test(tokens[k]!.raw) && k + 1 < n && !boundary(k + 1)) && !(LISTING_NEGATORS.has(w) && /^\p{Lu}/u.test(tokens[k]!.raw))) head = k;
      // "is not asking customers to stop using Tor" denies the asked act (stop), not every asking: an infinitive
      // in the scope is what is denied ("did not agree to cut the budget" → cut).
      else if (head >= 0 && !toHead && norms[k] === 'to' && k + 1 < n && !boundary(k + 1) && isHeadWord(norms[k + 1]!) && actTaking().has(stem(norms[head]!))) {
        head = k + 1;
        toHead = true;
      }
    }
    // "no official notification from …" denies the notification: after the determiner "no", a two-word noun phrase's
    // last word is its head (a bare "not" denies the first word: "is not safe", "will not be playing").
    // One word on at most: "no troops remain" keeps a verb it cannot tell from a noun to the one word after the noun.
    if (head === i + 1 && len === 1 && w === 'no' && head + 1 < n && !boundary(head + 1) && negated[head + 1] && isHeadWord(norms[head + 1]!)) head++;
    // "No passengers had to spend the night at the airport": what none had to do is what is denied.
    else if (head === i + 1 && len === 1 && w === 'no' && head + 3 < n && OBLIGED.has(norms[head + 1]!) && norms[head + 2] === 'to' && ![1, 2, 3].some((d) => boundary(head + d)) && negated[head + 3] && isHeadWord(norms[head + 3]!)) head += 3;
    // "No patients were treated in corridors", "No homes have been destroyed": what was done to none is denied (a
    // passive after the noun; a held-out subject of session 39 read the noun as the denied word and missed the act).
    else if (head === i + 1 && len === 1 && w === 'no' && NONE_PASSIVE_AUX.has(norms[head + 1] ?? '')) {
      const verb = head + (norms[head + 2] === 'been' ? 3 : 2);
      if (verb < n && ![1, 2, 3].slice(0, verb - head).some((d) => boundary(head + d)) && negated[verb] && isHeadWord(norms[verb]!) && (/ed$/.test(norms[verb]!) || !!IRREGULAR_VERBS[norms[verb]!])) head = verb;
    }
    if (head >= 0 && !ownUnknowing(norms, i, head)) heads.push(head);
    i += len - 1;
  }

  // Refuting cues (a negated refutation, "not a hoax", affirms instead) and hedges.
  const refuting: string[] = [];
  let refuteWeight = 0;
  const hedges: string[] = [];
  const contrary = contraryToPhrase(text, tokens, norms);
  for (let i = 0; i < n; i++) {
    const r = matchCue(REFUTE, norms, i);
    if (r) {
      // ("not true", "no truth" carry their own negator: "that no patient was harmed is simply not true" refutes, though
      // the "no" before reads on over it)
      if (!negated[i] || (r.stems.length > 1 && OWN_NEGATOR.has(norms[i]!) && !OWN_NEGATOR.has(norms[i - 1] ?? ''))) {
        refuting.push(tokens.slice(i, i + r.stems.length).map((t) => t.raw).join(' '));
        refuteWeight += r.weight;
      }
      i += r.stems.length - 1;
      continue;
    }
    const h = matchCue(HEDGE, norms, i);
    // "May" capitalised inside a sentence, or before a day's number, is the month ("from May", "May 3"), not a hedge.
    if (h && norms[i] === 'may' && tokens[i]!.raw === 'May' && (i > 0 || /^\d/.test(tokens[i + 1]?.raw ?? ''))) continue;
    if (h && i > contrary.from && i < contrary.to) {
      i += h.stems.length - 1;
      continue;
    }
    if (h) {
      hedges.push(tokens.slice(i, i + h.stems.length).map((t) => t.raw).join(' '));
      i += h.stems.length - 1;
    }
  }

  return { norms, goal, negated, purpose, negations, negatedHeads: negatedHeadStems(norms, negated, heads), refuting, refuteWeight, hedges };
}

/**
 * The tokens of a "contrary to …" phrase up to its clause's end ("Contrary to what several news reports have said, the
 * danger was not rated moderate"): the reports it names are what the sentence sets right, not what it relays (a held-out
 * subject of session 65 read "reports" there as a hedge). `from` is "contrary"'s index, `to` the first token after the
 * phrase; both -1 without one.
 */
function contraryToPhrase(text: string, tokens: readonly Token[], norms: readonly string[]): { from: number; to: number } {
  const at = norms.indexOf('contrary');
  if (at < 0 || norms[at + 1] !== 'to') return { from: -1, to: -1 };
  for (let k = at + 2; k < tokens.length; k++) if (/[,;:.!?()]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return { from: at, to: k };
  return { from: -1, to: -1 };
}

/**
 * Words a negation's head skips: light verbs and stance adverbs carry no claim of their own ("did not get caught" is
 * about "caught", "is not necessarily true" about "true").
 */
const LIGHT_WORDS = new Set(['get', 'got', 'gets', 'getting', 'gotten', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'go', 'going', 'want', 'wanted', 'expect', 'expected', 'necessarily', 'actually', 'really', 'quite', 'exactly', 'entirely', 'fully', 'just']);

let actTakingStems: Set<string> | null = null;
/** Stems of {@link ACT_TAKING_VERBS}. */
function actTaking(): Set<string> {
  return (actTakingStems ??= new Set(ACT_TAKING_VERBS.map(stem)));
}

/** Whether a word in a negation's scope can be what the negation is about (a content word, not a light one). */
function isHeadWord(norm: string): boolean {
  return !LIGHT_WORDS.has(norm) && contentStem(norm) !== null;
}

/** Verbs of knowing and noticing: "did not know" says who lacked the knowledge, not that the thing known is false. */
const KNOWING_VERBS = new Set(['know', 'knew', 'known', 'knows', 'realize', 'realized', 'realise', 'realised', 'notice', 'noticed', 'remember', 'remembered', 'recall', 'recalled', 'understand', 'understood']);
/** The writer or the reader: "you", "we", "I". */
const OWN_PERSONS = new Set(['i', 'we', 'you']);
/** What stands between a subject and "not": "you did not", "we could not", "I have not". */
const NEGATED_AUX = new Set(['do', 'does', 'did', 'can', 'could', 'will', 'would', 'may', 'might', 'should', 'have', 'had', 'has', 'am', 'are', 'was', 'were']);

/**
 * Whether the negation at `i` says only that the writer or the reader did not know something ("you DID NOT know one
 * of the heroes was Paul Rudd", "we don't know how many died"): a knowing verb as its head, "I"/"we"/"you" its
 * subject (right before the negator or its auxiliary). It denies nothing a source could dispute — FNC-1 train
 * bodies: that sentence was read as disputing "we now know that Rudd was spotted on a flight". A third party's
 * not knowing ("the president did not know about the payments") still denies.
 */
function ownUnknowing(norms: readonly string[], i: number, head: number): boolean {
  if (!KNOWING_VERBS.has(norms[head]!)) return false;
  const before = norms[i - 1] ?? '';
  return OWN_PERSONS.has(before) || (NEGATED_AUX.has(before) && OWN_PERSONS.has(norms[i - 2] ?? ''));
}

/**
 * Stems of what the text's negations deny: each negation's head (the first content word in its scope: "is not
 * safe" → safe, "no charges" → charg, "not far from" → far), unless the text also states that word outside any
 * negation ("will charge Bergdahl … although no charges have been made yet" affirms the charge as much as it denies it).
 */
function negatedHeadStems(norms: readonly string[], negated: Uint8Array, heads: readonly number[]): Set<string> {
  const out = new Set<string>();
  if (!heads.length) return out;
  const asserted = new Set<string>();
  for (let k = 0; k < norms.length; k++) {
    if (negated[k] || NEG_SINGLE.has(norms[k]!)) continue;
    const s = contentStem(norms[k]!);
    if (s) asserted.add(s);
  }
  for (const k of heads) {
    const s = contentStem(norms[k]!);
    if (s && !asserted.has(s)) out.add(s);
  }
  return out;
}

/** The second stage: clause frames, the names cues are said of, and the direction cues (see {@link PreparedFeatures}). */
function computeDirectionCues(
  text: string,
  tokens: Token[],
  mentions: readonly EntityMention[],
  scopes: ScopeReading,
): Pick<CueFeatures, 'direction' | 'up' | 'down' | 'cues'> {
  const n = tokens.length;
  const stems = cueStemsOf(tokens);
  const { up: UP, down: DOWN } = directionCues();
  const { norms, goal, negated, purpose } = scopes;
  const boundary = clauseBoundary(text, tokens, norms);
  const gap = (i: number): string => (i > 0 ? text.slice(tokens[i - 1]!.end, tokens[i]!.start) : '');
  const punct = (i: number): boolean => i > 0 && CLAUSE_GAP.test(gap(i));
  const sentStart = (i: number): boolean => i === 0 || /[.!?]/.test(gap(i));
  // Frames: goal (cue left out), historical and conceded (cue down-weighted). Each token keeps its smallest scale.
  const scale = new Float64Array(n).fill(1);
  const frameAt: ('historical' | 'conceded' | undefined)[] = new Array(n).fill(undefined);
  const mark = (k: number, kind: 'historical' | 'conceded'): void => {
    if (FRAME_WEIGHTS[kind] < scale[k]!) {
      scale[k] = FRAME_WEIGHTS[kind];
      frameAt[k] = kind;
    }
  };
  for (let i = 0; i < n; i++) {
    const w = norms[i]!;
    // Past perfect: "had been defeated", "had declined".
    if (PERFECT_AUX.has(w)) {
      let j = i + 1;
      while (j < n && j <= i + 3 && PERFECT_SKIP.has(norms[j]!)) j++;
      const nx = norms[j] ?? '';
      if (j < n && !punct(j) && (nx === 'been' || /(ed|en|wn|ne)$/.test(nx) || matchCue(UP, stems, j) || matchCue(DOWN, stems, j))) {
        for (let k = i + 1, steps = 0; k < n && steps < NEGATION_WINDOW + 2; k++, steps++) {
          if (boundary(k)) break;
          mark(k, 'historical');
        }
      }
    }
    // A fronted temporal adverbial up to its comma: "After its defeat last March, …", "In 2010, …".
    if (sentStart(i)) {
      const nx = norms[i + 1] ?? '';
      const temporal = TEMPORAL.has(w) || (TEMPORAL_BEFORE_TIME.has(w) && (TIME.has(nx) || /^(1[89]|20)\d\ds?$/.test(nx)));
      if (temporal) {
        let end = -1;
        for (let k = i + 1; k < n && k <= i + 14 && !sentStart(k); k++) {
          if (punct(k)) {
            end = k;
            break;
          }
        }
        for (let k = i; k < end; k++) mark(k, 'historical');
        // "Last year, shares fell": a point in the past dates the main clause too, unless it is in the present.
        if (end > 0 && PAST_POINT.has(w)) {
          let stop = end;
          while (stop < n && !sentStart(stop) && !CONTRASTS.has(norms[stop]!)) stop++;
          if (!norms.slice(end, stop).some((x) => PRESENT_FINITE.has(x))) for (let k = end; k < stop; k++) mark(k, 'historical');
        }
      }
    }
    // An earlier incarnation: "ISIS's predecessor, the Islamic State of Iraq, had been defeated".
    if (PREDECESSORS.has(w)) {
      for (let k = i + 1; k < n && !sentStart(k); k++) {
        if (CONTRASTS.has(norms[k]!) || matchPhrase(CONCESSIVES, norms, k)) break;
        mark(k, 'historical');
      }
    }
    // Contrast: the clause before "but" / "yet" / "however" / "nevertheless" is conceded.
    if (CONTRASTS.has(w) && !sentStart(i)) {
      const prev = norms[i - 1] ?? '';
      const isContrast =
        w === 'but'
          ? !NOT_CONTRAST_BEFORE.has(prev) && norms[i + 1] !== 'also'
          : w === 'yet'
            ? punct(i) || prev === 'and'
            : true;
      if (isContrast) {
        for (let k = i - 1; k >= 0; k--) {
          mark(k, 'conceded');
          if (sentStart(k)) break;
        }
      }
    }
    // Concession: "although cases fell, …", "despite losing its territory, …".
    const cl = matchPhrase(CONCESSIVES, norms, i);
    if (cl) {
      for (let k = i; k < n; k++) {
        if (k > i + cl - 1 && (punct(k) || sentStart(k))) break;
        mark(k, 'conceded');
      }
      i += cl - 1;
    }
  }

  // Names first: a direction cue counts for the subject it is said of.
  const nameAt: (string | null)[] = new Array(n).fill(null);
  let ti = 0;
  for (const m of mentions) {
    const key = canonicalEntityKey(m.key);
    while (ti < n && tokens[ti]!.start < m.start) ti++;
    for (let k = ti; k < n && tokens[k]!.end <= m.end; k++) nameAt[k] = slugify(key);
  }
  const attach = (s0: number, e0: number, cueWords: string): CueTarget =>
    cueTarget(norms, tokens, nameAt, boundary, s0, e0, SUBJECT_ONLY.has(cueWords), (k) => /["“‘]\s*$/.test(gap(k)));

  // A capitalised cue word inside a sentence is a name or a title ("the phony Rose story", "Home Alone 2: Lost in New
  // York"), unless the text is set in title case (a headline: "Militants Regroup in the Desert").
  const worded = tokens.filter((t) => startsLetter(t.raw));
  const titleCase = worded.filter((t) => startsUpper(t.raw)).length * 2 >= worded.length;
  const nameLike = (k: number): boolean =>
    !titleCase && /^\p{Lu}\p{Ll}/u.test(tokens[k]!.raw) && !sentStart(k) && !/["“‘'(\[]\s*$/.test(gap(k));

  // A word with a literal sense besides its direction one reads literally before a plain noun ("rose gold", "dropped
  // food and weapons") or, for a drop, before a named recipient ("supplies dropped to Kurdish forces"); a change
  // takes a number, a preposition or an adverb ("rose 5%", "dropped to 3", "fell sharply").
  const literalSense = (k: number): boolean => {
    if (!LITERAL_SENSES.has(norms[k]!) || k + 1 >= n || boundary(k + 1)) return false;
    const next = tokens[k + 1]!;
    if (norms[k] !== 'rose' && DELIVERY_PREPOSITIONS.has(next.norm) && k + 2 < n && !boundary(k + 2)) {
      // "dropped to Kurdish forces", "dropped by army planes" — not "dropped by 20%", "dropped by half", "dropped to a low".
      const after = tokens[k + 2]!;
      if (startsUpper(after.raw)) return true;
      if (next.norm === 'by' && startsLower(after.raw) && !STOP_WORD_SET.has(after.norm) && !CHANGE_AMOUNTS.has(after.norm)) return true;
    }
    // "dropped from those C130s", "dropped from planes": where it fell from — not "dropped from 50 to 20", "from a high of".
    if (next.norm === 'from' && norms[k] !== 'rose' && k + 2 < n && !boundary(k + 2)) {
      const at = ARTICLES.has(norms[k + 2]!) || POSSESSIVES.has(norms[k + 2]!) ? k + 3 : k + 2;
      const after = at < n && !boundary(at) ? tokens[at]! : null;
      if (after && !startsNumber(after.raw) && !CHANGE_FROM.has(after.norm) && !CHANGE_AMOUNTS.has(after.norm)) return true;
    }
    // A drop with an object is a release ("dropping these supplies", "dropped the charges").
    if (norms[k] !== 'rose' && NP_OPENERS.has(next.norm) && next.norm !== 'more' && next.norm !== 'much' && !(next.norm === 'the' && (norms[k + 2] === 'most' || norms[k + 2] === 'least'))) return true;
    return startsLower(next.raw) && !STOP_WORD_SET.has(next.norm) && !/ly$/.test(next.norm) && !LITERAL_PARTICLES.has(next.norm);
  };

  // Idioms that hold a direction word but state no change: "at a loss" (puzzled), "grew up in" (an upbringing),
  // "fell silent", "fell victim".
  const idiomatic = (k: number): boolean => {
    const w = norms[k]!;
    if (w === 'loss' && norms[k - 1] === 'a' && norms[k - 2] === 'at') return true;
    const next = k + 1 < n && !boundary(k + 1) ? norms[k + 1]! : '';
    if ((GROW_FORMS.has(w) && next === 'up') || (FALL_FORMS.has(w) && FALL_IDIOM_ENDS.has(next))) return true;
    // "falling into the wrong hands", "fell into place": ending up somewhere, not a decline ("fell into decline" is one).
    if (FALL_FORMS.has(w) && next === 'into') {
      for (let j = k + 2; j < n && j <= k + 5 && !boundary(j); j++) if (FALL_INTO_ENDS.has(norms[j]!)) return true;
    }
    const after = k + 2 < n && !boundary(k + 2) ? tokens[k + 2]! : null;
    // "declined to comment", "declines to say": a refusal, not a decrease ("declined to 12", "declined to its lowest"
    // are one).
    if (DECLINE_FORMS.has(w) && next === 'to' && after && startsLower(after.raw) && !NP_OPENERS.has(after.norm) && !STOP_WORD_SET.has(after.norm) && !CHANGE_AMOUNTS.has(after.norm)) return true;
    // "jumped the fence", "jumped a White House fence": a leap over something, not a rise ("attacks jumped sharply",
    // "jumped 20 percent", "jumped more than a third", "jumped the most since 2019" are one).
    if (JUMP_FORMS.has(w) && next && next !== 'more' && next !== 'much' && (NP_OPENERS.has(next) || startsUpper(tokens[k + 1]!.raw)) && !(next === 'the' && (norms[k + 2] === 'most' || norms[k + 2] === 'least'))) return true;
    // "a failed rescue attempt", "the failed coup": an effort that failed, not the sentence's subject diminishing.
    if (w === 'failed' && FAILED_EFFORTS.has(next)) return true;
    return eventReading(k);
  };

  // Readings of a direction word that report an event, a state or a habit, not a change of anything (session 19, from
  // the direction agrees read on FNC-1 pages): the two sides of a pair then "agree" only on a word.
  const eventReading = (k: number): boolean => {
    const w = norms[k]!;
    const prev = k > 0 && !boundary(k) ? norms[k - 1]! : '';
    const next = k + 1 < n && !boundary(k + 1) ? norms[k + 1]! : '';
    // The head of a hyphenated compound: "a 31-story high-rise", "an air-drop".
    if (k > 0 && gap(k) === '-' && startsLetter(tokens[k - 1]!.raw)) return true;
    // A habit or a general truth, not a trend: "can often be found growing under birch trees", "prices usually fall in
    // January". A frequency adverb just before the cue (over auxiliaries) makes the clause generic.
    for (let j = k - 1, steps = 0; j >= 0 && steps < 4 && !boundary(j + 1); j--, steps++) {
      if (FREQUENCY_ADVERBS.has(norms[j]!)) return true;
      if (!FILLERS.has(norms[j]!) && !SEEN_VERBS.has(norms[j]!)) break;
    }
    if (GROW_FORMS.has(w)) {
      // Where something was found: "a fungus has been found growing in the garden", "seen growing wild", "found the
      // moss growing on the walls" (not "found the group growing stronger").
      if (SEEN_VERBS.has(prev)) return true;
      if (LOCATIVES.has(next)) for (let j = k - 2; j >= 0 && j >= k - 4 && !boundary(j + 1); j--) if (SEEN_VERBS.has(norms[j]!)) return true;
      // Where a plant grows (its habitat), in the simple present: "grows under birch trees", "grows on rocks", "grows
      // in the shade" — not "ISIS is growing in Iraq", "grows in popularity", "grew in the region".
      if ((w === 'grows' || w === 'grow') && (HABITAT_PREPOSITIONS.has(next) || (next === 'in' && k + 2 < n && (ARTICLES.has(norms[k + 2]!) || POSSESSIVES.has(norms[k + 2]!))))) return true;
    }
    // Someone's refusal: "DiCaprio, who also declined", "she declined" — a person's decline is a refusal, a number's
    // is a decrease. The subject is "who" or a personal pronoun right before (over auxiliaries and adverbs).
    if (DECLINE_FORMS.has(w)) {
      for (let j = k - 1, steps = 0; j >= 0 && steps < 3 && !boundary(j + 1); j--, steps++) {
        if (PERSONAL_SUBJECTS.has(norms[j]!)) return true;
        if (!FILLERS.has(norms[j]!)) break;
      }
    }
    // A test failed ("failed a drug test", "for a failed drug test"): an event with an object, not a decline.
    if (FAIL_FORMS.has(w) && next && NP_OPENERS.has(next) && next !== 'more' && next !== 'much') return true;
    if (w === 'failed' && (ARTICLES.has(prev) || POSSESSIVES.has(prev)) && next && startsLower(tokens[k + 1]!.raw) && !STOP_WORD_SET.has(next)) return true;
    // An inability to know or say: "the WHO has been unable to confirm the cases" (as "declined to comment").
    if (w === 'unable' && next === 'to' && k + 2 < n && EPISTEMIC_VERBS.has(norms[k + 2]!)) return true;
    // A season: "later this fall", "last fall", "in the fall" — not "the fall of Mosul".
    if (w === 'fall' && (SEASON_OPENERS.has(prev) || (prev === 'the' && k > 1 && norms[k - 2] === 'in' && next !== 'of'))) return true;
    // "fell through": plans that did not happen.
    if (FALL_FORMS.has(w) && next === 'through') return true;
    // The story's event named by its cue noun after "the" and a preposition: "the investigation into the failure", "the
    // cause of the failure" (a held-out launch failure of session 59: two such sentences agreed on "failure") — not a
    // change either states; "the collapse of the dam", "the failure to act" say what failed.
    if (NAMED_EVENT_CUES.has(w) && DEFINITES.has(prev) && k >= 2 && !boundary(k - 1) && EVENT_PREPOSITIONS.has(norms[k - 2]!) && next !== 'of' && next !== 'to' && next !== 'in') return true;
    // A clause that only tells when, ending on its verb: "three minutes before the drone fell", "until the water rose"
    // (two reports of one crash share it; it says nothing of which way anything went).
    if (!next) {
      for (let j = k - 1, steps = 0; j >= 0 && steps < 4 && !boundary(j + 1); j--, steps++) if (WHEN_OPENERS.has(norms[j]!)) return true;
    }
    // A part of a named place: "lower Manhattan".
    if (w === 'lower' && k + 1 < n && !boundary(k + 1) && startsUpper(tokens[k + 1]!.raw) && nameAt[k + 1] !== null) return true;
    // An air drop, or a thing dropped (a delivery, a release): "air dropped into territory they control", "dropped by
    // the U.S. military", "the material that was dropped" — not "was dropped to 3 percent", "dropped by half".
    if (DROP_FORMS.has(w)) {
      if (prev === 'air') return true;
      const at = k + 2 < n && ARTICLES.has(norms[k + 2]!) ? k + 3 : k + 2;
      if (next === 'by' && at < n && !boundary(at) && startsUpper(tokens[at]!.raw)) return true;
      if (w === 'dropped' && PASSIVE_BE.has(prev) && next !== 'to' && next !== 'by' && !(k + 1 < n && startsNumber(tokens[k + 1]!.raw))) return true;
    }
    // A leap out of or onto something: "jumped out of the car", "jumped off the bridge".
    if (JUMP_FORMS.has(w) && JUMP_MOTIONS.has(next)) return true;
    // Threats as messages: "received death threats", "uttering threats", "bomb threats", "a threat to kill another
    // hostage", "a threat to 'eat the heart of infidels'" (a verb and its object after "to"; not "a threat to the
    // region", "a threat to national security").
    if (THREAT_FORMS.has(w)) {
      if (MESSAGE_THREATS.has(prev)) return true;
      if (next === 'to' && k + 3 < n && !boundary(k + 2) && !boundary(k + 3) && startsLower(tokens[k + 2]!.raw) && !STOP_WORD_SET.has(norms[k + 2]!) && (NP_OPENERS.has(norms[k + 3]!) || OBJECT_OPENERS.has(norms[k + 3]!))) return true;
      for (let j = k - 1, steps = 0; j >= 0 && steps < 8 && !boundary(j + 1); j--, steps++) if (THREAT_SENDING.has(norms[j]!)) return true;
    }
    return false;
  };

  // A gerund after a preposition, with an object, names an activity or an aim, not an outcome: "join the US in crushing
  // the militant group", "a strategy for confronting and defeating the group", "aimed at reducing the backlog" — not
  // "amid rising concerns", "in increasing numbers" (a participle before its noun), nor "despite losing its territory"
  // (a concession, read as one).
  const gerundActivity = (k: number): boolean => {
    if (!norms[k]!.endsWith('ing') || k + 1 >= n || boundary(k + 1)) return false;
    const next = tokens[k + 1]!;
    if (!(ARTICLES.has(next.norm) || POSSESSIVES.has(next.norm) || (startsUpper(next.raw) && nameAt[k + 1] !== null))) return false;
    let j = k - 1;
    // Over a coordinated gerund: "for confronting and defeating".
    if (j >= 1 && (norms[j] === 'and' || norms[j] === 'or') && norms[j - 1]!.endsWith('ing') && !punct(j)) j -= 2;
    return j >= 0 && !boundary(j + 1) && GERUND_PREPOSITIONS.has(norms[j]!);
  };

  // The last verb of a list after "to" states a goal as the first does: "to confront, attack and defeat the group".
  const goalListEnd = (k: number): boolean => {
    if (k < 3 || (norms[k - 1] !== 'and' && norms[k - 1] !== 'or') || gap(k - 1).trim() !== '') return false;
    for (let j = k - 2, steps = 0; j >= 1 && steps < 4; j--, steps++) {
      if (!startsLower(tokens[j]!.raw)) return false;
      if (norms[j - 1] === 'to' && gap(j).trim() === '') return true;
      if (gap(j).trim() !== ',') return false;
    }
    return false;
  };

  // Whether a name follows "of" at k (over one article): "the loss of Fallujah", "of Iraq's second city".
  const namedAfterOf = (k: number): boolean => {
    const at = k + 1 < n && ARTICLES.has(norms[k + 1]!) ? k + 2 : k + 1;
    return at < n && !boundary(at) && nameAt[at] !== null;
  };

  // Who a loss goes to: a name after "to" (over one article) later in the cue's clause, within a few words.
  const lossWinner = (e: number): string | null => {
    // "fell back to Baghdad" is a retreat to a place.
    if (norms[e + 1] === 'back') return null;
    const noun = norms[e] === 'loss' || norms[e] === 'losses';
    // A noun gives what changed hands first ("the loss of Mosul to …"); "a major loss to al-Shabab" is al-Shabab's loss.
    if (noun && norms[e + 1] !== 'of') return null;
    for (let k = e + 1; k < n && k <= e + LOSS_WINDOW; k++) {
      // A noun's list of what was lost ("the loss of Mosul and much of the north to …"), not punctuation or another
      // clause ("lost ground and fell back to Baghdad").
      if (punct(k) || (boundary(k) && !(noun && norms[k] === 'and'))) return null;
      if (norms[k] !== 'to') continue;
      const at = k + 1 < n && ARTICLES.has(norms[k + 1]!) ? k + 2 : k + 1;
      return at < n && !boundary(at) ? nameAt[at] ?? null : null;
    }
    return null;
  };

  // Direction cues, longest first, each token used once.
  const contributions: { v: number; framed: boolean }[] = [];
  const up: string[] = [];
  const down: string[] = [];
  const cues: DirectionCueHit[] = [];
  for (let i = 0; i < n; i++) {
    const u = matchCue(UP, stems, i);
    const d = matchCue(DOWN, stems, i);
    const cue = u && (!d || u.stems.length >= d.stems.length) ? u : d;
    if (!cue) continue;
    const len = cue.stems.length;
    const words = tokens.slice(i, i + len).map((t) => t.raw).join(' ');
    i += len - 1;
    const start = i - len + 1;
    if (purpose[start] || goal[start]) continue;
    // "to fully defeat the organization" is a goal, not an outcome.
    if (len === 1 && GOALS.has(stems[start]!) && (norms.slice(Math.max(0, start - 2), start).includes('to') || goalListEnd(start))) continue;
    if (i + 2 < n && MOTION.has(norms[i + 1]!) && NP_OPENERS.has(norms[i + 2]!) && !boundary(i + 1)) continue;
    if (len === 1 && gerundActivity(start)) continue;
    if (nameLike(start)) continue;
    if (len === 1 && (literalSense(start) || idiomatic(start))) continue;
    let sign = cue === u ? 1 : -1;
    if (negated[start]) sign = -sign;
    let target = attach(start, i, cue.words);
    // A loss to someone is their gain: "the loss of Mosul to the Islamic State", "the city fell to the rebels".
    const winner = sign < 0 && len === 1 && LOSS_FORMS.has(norms[start]!) ? lossWinner(i) : null;
    if (winner) {
      sign = 1;
      target = { names: [winner], effort: false };
    } else if (len === 1 && (norms[start] === 'loss' || norms[start] === 'losses') && norms[i + 1] === 'of' && namedAfterOf(i + 1)) {
      // "the loss of Mosul", "the later loss of Iraq's second city": a named place or thing changed hands, whose loss
      // and whose gain the sentence does not say.
      continue;
    }
    const hit: DirectionCueHit = {
      sign,
      weight: cue.weight,
      words: negated[start] ? `not ${words}` : words,
      names: target.names,
      effort: target.effort,
      scale: scale[start]!,
    };
    if (target.object) hit.object = target.object;
    if (target.subject) hit.subject = target.subject;
    if (frameAt[start]) hit.frame = frameAt[start];
    cues.push(hit);
    // Without a pair to compare with, only effort nouns mark a cue as being about someone else.
    const off = hit.effort && hit.names.length === 0;
    contributions.push({ v: sign * cue.weight * hit.scale * (off ? OFF_SUBJECT_WEIGHT : 1), framed: hit.scale < 1 });
    if (!off && hit.scale >= FRAME_WEIGHTS.conceded) (sign > 0 ? up : down).push(hit.words);
  }

  return { direction: netDirection(contributions), up, down, cues };
}

/** The cue reading of a text from its tokens and its name mentions (see {@link PreparedFeatures}). */
function computeCueFeatures(text: string, tokens: Token[], mentions: readonly EntityMention[]): CueFeatures {
  const scopes = computeScopes(text, tokens);
  const { negations, negatedHeads, refuting, refuteWeight, hedges } = scopes;
  return { ...computeDirectionCues(text, tokens, mentions, scopes), negations, negatedHeads, refuting, refuteWeight, hedges };
}

/**
 * Whether a text denies something two near-duplicates share ("is not safe" / "is safe"): a negation whose head is a
 * shared term, not a clause aside ("asked not to be identified", "not captured by ISIS" beside "ISIS claimed to have
 * abducted her") and not litotes ("not far from the crater" / "near the crater").
 */
function deniesShared(p: PreparedText, shared: readonly string[]): boolean {
  const heads = p.negatedHeads;
  if (!heads) return true;
  return shared.some((t) => heads.has(t) || !!irregularStems().get(t)?.some((f) => heads.has(f)));
}

/** Whether one side alone negates, and its negation's head is a word both say ({@link deniesShared}). */
function oneSideDenies(a: PreparedText, b: PreparedText, shared: readonly string[]): boolean {
  const negA = hasNegation(a);
  if (negA === hasNegation(b)) return false;
  return deniesShared(negA ? a : b, shared);
}

/** Whether a stem is among `terms`, as itself or as another form of one irregular verb ("taking" / "had never taken"). */
function hasVerbForm(terms: { has(s: string): boolean }, s: string): boolean {
  return terms.has(s) || !!irregularStems().get(s)?.some((f) => terms.has(f));
}

/**
 * Whether the side without a negator still denies something the negated side does not say: an implicit negative
 * ("refused to", "parted ways", "scratch … off") or a refuting word ("denied"). "Bale will not play Jobs" and "Bale has
 * decided to part ways with the biopic" agree; a word both sides say ("walked away" / "did not walk away") still
 * leaves the negation to decide.
 */
function deniesOtherwise(plain: PreparedText, negating: PreparedText): boolean {
  const other = negating.text.toLowerCase();
  const said = [...plain.text.toLowerCase().matchAll(IMPLICIT_NEGATIVE)].map((m) => m[0].replace(/\s+/g, ' '));
  return [...said, ...plain.refuting.map((r) => r.toLowerCase())].some((w) => !other.includes(w)) || prefixNegates(plain, negating) || UNSTATED_ACT.test(plain.text) || lossAnswersWithout(plain, negating);
}

/**
 * Whether the negating side's only negator is "without" and the plain side says a loss: "were left without power" says
 * what "lost power" says (a held-out subject of session 51: a blackout's wire copy of the page's lead read as a dispute).
 */
function lossAnswersWithout(plain: PreparedText, negating: PreparedText): boolean {
  const n = negating.negations;
  return n.length > 0 && n.every((w) => w.toLowerCase() === 'without') && LOSS.test(plain.text);
}
/** Verbs of losing a thing one had ({@link lossAnswersWithout}). */
const LOSS = /\b(?:lost|lose|loses|losing|cut\s+off)\b/i;

/**
 * Whether what the negating side denies is, on the plain side, only what someone else was said to claim in a relative
 * clause: "a machine, which the Tuttle campaign had said was faulty, was working properly" says it was NOT faulty, as
 * "The machine was not faulty" does (blind subject: the Tamsworth recount).
 */
function relayedInClauseOnly(plain: PreparedText, negating: PreparedText): boolean {
  const heads = negating.negatedHeads;
  if (!heads?.size) return false;
  const relayed = new Set<string>();
  for (const m of plain.text.matchAll(RELAYED_CLAUSE)) for (const w of m[1]!.toLowerCase().split(/\s+/)) relayed.add(contentStem(w) ?? '');
  return relayed.size > 0 && [...heads].every((h) => relayed.has(h));
}
/** ", which/that X said was Y": the words a relative clause says someone else claimed (up to three). */
const RELAYED_CLAUSE = /\b(?:which|that|who)\s+(?:[\p{L}'’-]+\s+){1,5}?(?:had\s+|has\s+)?(?:said|claimed|alleged|insisted|complained|suggested)\s+(?:was|were|is|are|had\s+been|has\s+been|would\s+be)\s+((?:[\p{L}-]+\s*){1,3})/giu;

/** Verbs of an act risked or avoided, not done ("risked returning", "avoided paying"). */
const RISK_WORDS = ['risk', 'risks', 'risked', 'risking', 'avoid', 'avoids', 'avoided', 'avoiding'];
/** An act risked or avoided, not done ("the detainees risked returning to Afghanistan"): nothing a "not" can deny. */
const UNSTATED_ACT = new RegExp(String.raw`\b(?:${RISK_WORDS.join('|')})\s+\p{L}+ing\b`, 'iu');

/**
 * Whether the plain side negates a word of the other by its prefix: "the main building comes unfurnished" says what
 * "does not come with furnishing" says (FNC-1 train stories: two copies of one story read as a dispute).
 */
function prefixNegates(plain: PreparedText, negating: PreparedText): boolean {
  for (const m of plain.text.toLowerCase().matchAll(NEGATIVE_PREFIXED)) {
    const st = contentStem(m[1]!);
    if (st && negating.terms.has(st)) return true;
  }
  return false;
}
/** A word made negative by its prefix, the rest long enough to be a word of its own ("unfurnished", "non-binding"). */
const NEGATIVE_PREFIXED = /\b(?:un|non-?)(\p{L}{4,})/gu;

/** A denial that one thing is another or among others ("are not those of", "none of … belongs to", "not to be the"). */
const IDENTITY_DENIAL = /\b(?:not|never)\s+(?:to\s+be\s+|be(?:ing)?\s+|been\s+)?(?:those\s+of|the\s+remains\s+of|among)\b|\b(?:not|never)\s+(?:to\s+be|being|be)\s+the\b|\bnone\s+of\b[^.;]*?\b(?:belongs?|belonged|(?:is|are|was|were)\s+among)\b/i;
/** An assertion that one thing is another or among others ("belong to", "are those of", "were among", "identified as"). */
const IDENTITY_ASSERTION = /\b(?:belong(?:s|ed|ing)?\s+(?:to|the)\b|(?:is|are|was|were|be|being)\s+(?:those\s+of|the\s+remains\s+of|among|the)\b|\bto\s+be\b|identified\s+as|remains\s+of)/i;

/**
 * Whether the negating side denies an identity ("the 28 bodies are not those of the students") that the other side
 * never asserts: "Mass graves found near the town where students went missing" says where, not whose bodies.
 */
function identityUnasserted(negating: PreparedText, plain: PreparedText): boolean {
  return IDENTITY_DENIAL.test(negating.text) && !IDENTITY_ASSERTION.test(plain.text);
}

/**
 * Whether the negating side's negated act (a head its negation scopes over: "paid" in "had not paid a ransom") is a
 * shared word the plain side states, done by one doer to one thing, and the two share more than that act: a named
 * subject and one more content word, or two more content words (reporting verbs aside). Answers the act as each side
 * writes it ("not paid a ransom" / "paid a ransom of about"), or null.
 */
function negatedActStated(neg: PreparedText, plain: PreparedText, shared: readonly string[], sharedName: boolean, saidAfterDone = false, dates: SideDates = {}): { neg: string; plain: string; plainAt: number; plainActEnd: number; never?: true } | null {
  const heads = neg.negatedHeads;
  if (!heads || heads.size === 0) return null;
  if (!mayStateNegatedAct(neg, plain)) return null;
  const others = shared.filter((t) => !heads.has(t) && !REPORTING_VERB_SET.has(neg.terms.get(t) ?? t) && !REPORTING_VERB_SET.has(t));
  // (one word besides the act is enough where a name is shared, or "the company" stands for the name: see below)
  if (others.length === 0) return null;
  if (negationSupersedesOrSpans(neg) && !doneWithinSpan(neg.text, plain.text, dates)) return null;
  // A hedged belief ("bodies believed to be the missing students") states nothing a later "not" contradicts; a hedged
  // negation ("he may not have seen") denies nothing; "not … until" says when it happens ("doesn't plan on launching
  // until it's satisfied", "isn't set to start until January").
  // Deferred, it still says the act is not done yet when it is said: a side dated no earlier that says it is done
  // ("has opened an investigation", 13 February / "would not open a formal investigation until the company had
  // reported", 14 February: the held-out kilbarran-water-main subject) disputes it ({@link doneAct}). Undated, nothing
  // says the act came first ("won't launch until it is satisfied" / "launched", FNC-1).
  const deferred = DEFERRED_NEGATION.test(neg.text) && !HEDGED_NEGATION.test(neg.text);
  if (BELIEF_HEDGE.test(plain.text) || (HEDGED_OR_DEFERRED_NEGATION.test(neg.text) && !(deferred && saidAfterDone))) return null;
  // "has not played on Tour" of lately is not denied by "played the Web.com Tour in 2006": an act of a year the negation
  // never names is of another time (FNC-1 training stories, session 54).
  if (PRESENT_PERFECT_NOT.test(neg.text) && placedYears(plain.text).some((y) => !placedYears(neg.text).includes(y))) return null;
  const negWords = actWords(neg).concat(nominalActs(neg));
  const plainWords = actWords(plain).concat(nominalActs(plain));
  // The act by its base form: "did not pay" / "paid" (irregular past forms from a table; regular ones without their ending).
  for (const n of negWords) {
    if (!n.negatedAct || !heads.has(n.stem) || n.quoted || n.embedded) continue;
    // The same word as an act, not a noun sharing its stem ("not authorized" / "Somali authorities"); each place the
    // plain side says it, not only the first ("lodged an appeal with the Court of Appeal": the court's name comes after).
    for (const p of plainWords) {
      if (!(p.base === n.base && p.plain && !p.quoted && !p.embedded)) continue;
      // An act the plain side relays from a report, an allegation or a website ("allegations made by …, who said that
      // Woods is serving a suspension"; "The website MSMBC posted the article that Willie Nelson was found dead").
      if (RELAYED_BEFORE.test(plain.text.slice(0, p.start))) continue;
      // One doer: the word right before the act on both sides ("Meridale Health paid"; a pronoun read as the name opening
      // its sentence: "Meridale Health … said it had not paid"), not "The strike closed all 41 schools" or "Kim's name has
      // not disappeared" / "Kim disappeared".
      // (the plain side's act has a doer of its own: "See Kim Jong-un … in the gallery below" bids, it states nothing)
      // A sentence's opening "He" or "She" stands for the person the other side names as the doer ("He resigned his
      // council seat on Thursday evening" / "Farrow had not resigned his seat by Friday morning": a held-out subject of
      // session 54); two pronouns are no one doer.
      const nPerson = n.doer.length === 0 && personAnaphorBefore(neg.text, n.negatorStart);
      const pPerson = p.doer.length === 0 && personAnaphorBefore(plain.text, p.start);
      if ((n.doer.length === 0 && !nPerson) || (p.doer.length === 0 && !pPerson) || (nPerson && pPerson)) continue;
      // A denial in the passive names the thing, not the doer: "Visiting has not been banned" is denied by "The hospital
      // banned all visiting" (a held-out subject of session 49), where the one side's subject is the other's object.
      if (passiveAct(neg.text, n) && !passiveAct(plain.text, p) && p.object.includes(n.doer[0]!)) {
        // "never" covers every time up to when it is said: an act placed after that is later news, no answer.
        const never = NEVER_PASSIVE.test(neg.text.slice(Math.max(0, n.start - 24), n.start));
        const placed = never ? placedAgainstSaid(plain, dates) : null;
        // … and a thing to be done ("will fine Brellco if supplies are cut again") is none done before it.
        if (never && (placed === 'after' || !doneAct(plain.text, p))) continue;
        if (others.length >= 2) return placed === 'before' ? { ...actPair(neg, n, plain, p), never: true } : actPair(neg, n, plain, p);
        // By the act and the name alone, a name the other side writes as one, its act placed before.
        if (placed === 'before' && midNameStems(plain).has(n.doer[0]!)) return { ...actPair(neg, n, plain, p), never: true };
      }
      // Who voted to do it did it: "Members of the … Union voted to accept the offer" accept it (a held-out port strike).
      const pDoer = pPerson ? [] : doerOverVote(plain.text, p);
      const nDoer = nPerson ? [] : doerOverVote(neg.text, n);
      if ((pDoer.length === 0 && !pPerson) || (nDoer.length === 0 && !nPerson)) continue;
      // "the company" on one side stands for the organisation the other names as the doer ("Chief executive Lena Kasprzak
      // said the company would appeal the fine" / "Pacewell will not appeal the fine": a held-out subject of session 39).
      const byAnaphor =
        (nPerson && namedBefore(plain.text, p.start)) ||
        (pPerson && namedBefore(neg.text, n.negatorStart)) ||
        (nDoer[0] !== pDoer[0] && (orgAnaphorBefore(neg.text, n.negatorStart) ? namedBefore(plain.text, p.start) : orgAnaphorBefore(plain.text, p.start) && namedBefore(neg.text, n.negatorStart)));
      if (nDoer[0] !== pDoer[0] && !byAnaphor) continue;
      if (!sharedName && !byAnaphor && others.length < 2) continue;
      // … and the word before that, where both give one ("Judd Nelson is not dead" / "Willie Nelson was found dead").
      if (!byAnaphor && nDoer.length > 1 && pDoer.length > 1 && nDoer[1] !== pDoer[1]) continue;
      // One thing done: what follows the act shares a word ("not paid a ransom" / "paid a ransom of $3.4 million"; not
      // "is not identifying the company" / "identified Michael Zehaf-Bibeau"), unless a side names none ("Willie Nelson is
      // not dead."; "Tuttle conceded on Wednesday evening").
      // A side whose object is only a word standing for what the story is about ("will challenge the decision" / "will not
      // challenge the fare rise", one doer, one act: a held-out subject of session 46) names that thing too.
      // "The company" on one side only is the organisation the other names ("was not investigating the company" /
      // "investigated Dunmere Valley Water": a held-out subject of session 47).
      if (n.object.length > 0 && p.object.length > 0 && !n.object.some((o) => p.object.includes(o)) && !anaphoricObject(n.object) && !anaphoricObject(p.object) && orgObject(n.object) === orgObject(p.object)) continue;
      // … at one place: "sailed from Harlow" is not denied by "sailed into Brell harbour" (where both name one).
      if (n.where.length > 0 && p.where.length > 0 && !n.where.some((w) => p.where.includes(w))) continue;
      if (deferred && !doneAct(plain.text, p)) continue;
      return actPair(neg, n, plain, p);
    }
  }
  return null;
}

/** "Voted to" before an act a vote itself does: the vote accepts, rejects or approves ("voted to accept the offer"). */
const VOTED_TO = /\bvoted\s+to\s+$/i;
/** Acts a vote does by being taken (not "voted to close the school": the closing comes later). */
const VOTED_ACTS = /^(?:accept|reject|approv|endors|adopt|ratif|suspend|back)/;
/** The denied act and the stated one as {@link negatedActStated} gives them. */
function actPair(neg: PreparedText, n: ActWord, plain: PreparedText, p: ActWord): { neg: string; plain: string; plainAt: number; plainActEnd: number } {
  return { neg: neg.text.slice(n.negatorStart, n.phraseEnd), plain: plain.text.slice(p.start, p.phraseEnd), plainAt: p.start, plainActEnd: p.actEnd ?? p.start };
}
/** An act word's doer, over "voted to" before an act a vote does ({@link VOTED_TO}): "union" of "the Union voted to accept". */
function doerOverVote(text: string, w: ActWord): readonly string[] {
  return w.doer.length > 1 && VOTED_ACTS.test(w.norm) && VOTED_TO.test(text.slice(Math.max(0, w.start - 16), w.start)) ? w.doer.slice(1) : w.doer;
}

/** "never" right before a passive act ("had never been fined", "was never inspected"). */
const NEVER_PASSIVE = /\bnever\s+(?:been|be|was|were)\s+$/i;
/** A passive "never" with its act, looked for in a text. */
const NEVER_DONE_TO = /\bnever\s+(?:been|be|was|were)\s+\p{L}+(?:ed|en|wn)\b/iu;
/**
 * Whether a text may say a thing never had an act done to it ("had never been fined"): a page sentence saying so is
 * read against every claim of its topics that states the act (match.ts answerFrames), however little else they share —
 * "Ambervale said it had never been fined by the regulator" / "The EMA fined Ambervale £2.4 million in 2032" share only
 * the name and the act (a held-out billing error read in session 62; negatedActStated).
 */
export const mayBeNeverDoneTo = (text: string): boolean => NEVER_DONE_TO.test(text);
/**
 * Where the plain side's act stands against the day the negating side said its "never", which covers every time up
 * to then: 'before' when every year its text names is earlier than that year (or, naming none, it was said no later),
 * 'after' when a year it names is later (or it was said later); null without the negating side's date, or for a year
 * of its own.
 */
function placedAgainstSaid(plain: PreparedText, dates: SideDates): 'before' | 'after' | null {
  const negDay = dates.neg?.slice(0, 10);
  if (!negDay) return null;
  const years = placedYears(plain.text);
  if (years.length > 0) {
    const year = Number(negDay.slice(0, 4));
    return years.every((y) => y < year) ? 'before' : years.some((y) => y > year) ? 'after' : null;
  }
  const plainDay = dates.plain?.slice(0, 10);
  return !plainDay ? null : plainDay <= negDay ? 'before' : 'after';
}

/** A form of "be" right before an act (over "not"): "has not been banned", "were not told", "wasn't cancelled". */
const PASSIVE_BEFORE = /\b(?:been|be|being|was|were|is|are|wasn['’]t|weren['’]t|isn['’]t|aren['’]t)\s+(?:not\s+|never\s+)?$/i;
/** Whether an act word is said in the passive: a form of "be" before it and a past participle's ending. */
function passiveAct(text: string, w: ActWord): boolean {
  return /(?:ed|en|wn)$/.test(w.norm) && PASSIVE_BEFORE.test(text.slice(Math.max(0, w.start - 24), w.start));
}

/**
 * The act `neg` denies and `plain` states of one doer and one thing ({@link negatedActStated}), where the plain side
 * neither refutes, relays the act, denies it otherwise nor leaves an identity unasserted; else null.
 */
function oneDoerAct(neg: PreparedText, plain: PreparedText, shared: readonly string[], entityShared: readonly string[], saidAfterDone = false, dates: SideDates = {}): { neg: string; plain: string; never?: true } | null {
  // A name both give counts as one even where the entity spotter keys it two ways ("Marcus Tuttle" / "Tuttle").
  const sharedName = entityShared.length > 0 || shared.some((t) => midNameStems(neg).has(t) && nameStems(plain).has(t));
  const act = negatedActStated(neg, plain, shared, sharedName, saidAfterDone, dates);
  if (!act || plain.refuteWeight !== 0 || relaysAct(plain, act.plainAt, act.plainActEnd) || deniesOtherwise(plain, neg) || identityUnasserted(neg, plain)) return null;
  return act;
}

/** Auxiliaries and adverbs between a doer and its act ("will", "has also"), none or more. */
const AUX_TO_ACT = String.raw`(?:(?:has|have|had|will|would|could|did|does|is|was|still|also|now)\s+)*`;
/** "the company", "the firm" … right before an act (auxiliaries between): an organisation the text named before. */
const ORG_ANAPHOR = new RegExp(String.raw`\bthe\s+(?:company|firm|group|business|utility|airline|operator|carrier|retailer|insurer|bank|developer|manufacturer|carmaker)\s+${AUX_TO_ACT}$`, 'i');
/** A capitalised name right before an act (auxiliaries between): "Pacewell will not appeal", "Meridale Health paid". */
const NAME_BEFORE = new RegExp(String.raw`\b\p{Lu}[\p{L}\p{N}&'’-]*\s+${AUX_TO_ACT}$`, 'u');
const orgAnaphorBefore = (text: string, at: number): boolean => ORG_ANAPHOR.test(text.slice(Math.max(0, at - 80), at));
/** "He" or "She" opening a sentence right before its act (auxiliaries between): the person its text named before. */
const PERSON_ANAPHOR = new RegExp(String.raw`^\s*["“]?(?:He|She)\s+${AUX_TO_ACT}$`);
const personAnaphorBefore = (text: string, at: number): boolean => PERSON_ANAPHOR.test(text.slice(0, at));
/** A name as the doer: a capitalised word before the act that is not the sentence's first word alone ("The …"). */
const namedBefore = (text: string, at: number): boolean => {
  const before = text.slice(Math.max(0, at - 80), at);
  const m = NAME_BEFORE.exec(before);
  return !!m && !/^(?:The|A|An|It|He|She|They|We|This|That)\s/.test(m[0]);
};

/**
 * A cheap test before reading acts (most related pairs fail it): `plain` has a word of one of `neg`'s negated heads, or
 * another form of it ("paid" for "did not pay", "spent" for "had to spend").
 */
export function mayStateNegatedAct(neg: PreparedText, plain: PreparedText): boolean {
  const heads = neg.negatedHeads;
  if (!heads || heads.size === 0) return false;
  for (const h of heads) if (plain.terms.has(h) || irregularStems().get(h)?.some((f) => plain.terms.has(f))) return true;
  return mayStateNominalAct(heads, neg, plain);
}

/**
 * Whether a text may say none did an act ({@link deniesActOfNone}), read from its tokens alone: a "no" with an act after
 * it as that reads one, whatever the negation's scope. A long page's every sentence is asked (match.ts answerFrames);
 * one in twenty-five holds a "no", and preparing each (what the scope needs) was a sixth of the frames' cost.
 */
export function mayDenyActOfNone(text: string): boolean {
  if (!/\bno\b/i.test(text)) return false;
  const tokens = tokenize(text);
  const gapBefore = clauseGapBefore(text, tokens);
  for (let i = 0; i < tokens.length; i++) if (tokens[i]!.norm === 'no' && actAfterNo(tokens, i, gapBefore, () => true) >= 0) return true;
  return false;
}

/**
 * Whether a text says none did an act ("No trains crossed the viaduct", "No passengers had to spend the night at the
 * airport"): a claim about everyone that one report of somebody doing it answers, wherever it stands on a page.
 */
export function deniesActOfNone(p: PreparedText): boolean {
  if (!/\bno\b/i.test(p.text) || !p.negatedHeads?.size) return false;
  // Which acts are denied and by what is all this needs: not the rest of each word's reading (actWords), which costs
  // most and most sentences read here (a long page's every sentence with a "no") never need.
  const tokens = tokenize(p.text);
  for (const start of deniedActs(p, tokens, clauseGapBefore(p.text, tokens)).values()) if (/^no\b/i.test(p.text.slice(start, start + 3))) return true;
  return false;
}

/**
 * A reversal ("will not be playing Jobs after all", "no longer plans") is news that supersedes the other side, a change
 * on the timeline; a negation over a span of time ("has not been seen in public in a year") says when the act last
 * happened, which the other side may well report ("the last time he was seen was Jan. 9").
 */
function negationSupersedesOrSpans(neg: PreparedText): boolean {
  return REVERSAL.test(neg.text) || NEGATED_SPAN.test(neg.text) || NEGATED_DURATION.test(neg.text);
}

/** When each side of a negated act was said: the negating side's date and the plain side's. */
interface SideDates {
  neg?: string | null;
  plain?: string | null;
}
/** "since December", "since 3 March": the day or month a negated span runs from. */
const SINCE = /\bsince\s+/gi;
/**
 * Whether the plain side dates its act after the day a negated span runs from, each side's days resolved against its
 * own date: "The generator has not passed a full monthly load test since December" is denied by "the generator had
 * passed its most recent monthly test, on Jan. 28" (a held-out subject of session 61), where "has not been seen since Jan.
 * 9" is not by "was last seen on Jan. 9". False where either side cannot be placed.
 */
function doneWithinSpan(negText: string, plainText: string, dates: SideDates): boolean {
  if (!dates.neg || !dates.plain) return false;
  let from: [number, number] | null = null;
  for (const m of negText.matchAll(SINCE)) {
    // (a month alone is a date after its preposition: "since December")
    const time = findDateMentions(negText.slice(m.index, m.index + 40)).find((d) => d.start === m[0].length && d.month !== null);
    if (time) from = momentSpan({ time, minutes: null }, dates.neg);
  }
  if (!from) return false;
  const days = findDateMentions(plainText).filter((d) => d.month !== null);
  if (days.length !== 1) return false;
  const when = momentSpan({ time: days[0]!, minutes: null }, dates.plain);
  return !!when && when[0] >= from[1];
}
/**
 * A negation of how long ("The server was not open for a few days": it was open longer), not of the act: no act denied
 * against "the server was open for 11 days" (a held-out subject, session 43).
 */
/**
 * A negation of a reason ("people … that didn't go homeless because they're lazy": they did, for another reason), not
 * of the act, where the other side gives no reason: no act denied against "a lot of people that are just victims of
 * circumstance" (an FNC-1 train-story pair, met once a page's "because" was read as a cause, session 51).
 */
const NEGATED_REASON = /(?:\b(?:not|never)|n['’]t)\s+(?:[\w'’]+\s+){0,4}?because\b/i;
const NEGATED_DURATION = /\b(?:not|never)\s+(?:\w+\s+){0,3}?for\s+(?:just\s+|only\s+|merely\s+)?(?:a\s+few|a|an|\d+|two|three|four|five|six|several|many)\s+(?:\w+\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?)\b/i;

/** A negation hedged ("may not have") or deferred ("not … until"). */
const HEDGED_OR_DEFERRED_NEGATION = /\b(?:may|might|could)\s+not\b|\b(?:not|never|\w+n['’]t)\b[^.;,]{0,60}\buntil\b/i;
/** The hedged half of {@link HEDGED_OR_DEFERRED_NEGATION}. */
const HEDGED_NEGATION = /\b(?:may|might|could)\s+not\b/i;
/** The deferred half of {@link HEDGED_OR_DEFERRED_NEGATION}. */
const DEFERRED_NEGATION = /\b(?:not|never|\w+n['’]t)\b[^.;,]{0,60}\buntil\b/i;
/** Whether an act word is said as done: "has opened", "had closed", "opened" (a regular past; not "will open"). */
function doneAct(text: string, w: ActWord): boolean {
  const before = text.slice(Math.max(0, w.start - 24), w.start);
  if (/\b(?:has|have|had)\s+(?:\w+ly\s+|already\s+|now\s+)?$/i.test(before)) return true;
  return /ed$/.test(w.norm) && !/\b(?:will|would|to|could|can|should|may|might|must|shall)\s+(?:\w+\s+)?$/i.test(before);
}
/** Words that, before an act, make it what a report, an allegation or a website says. */
const RELAYED_BEFORE = /\b(?:allegations?|alleg(?:ed|es|ing)|rumou?rs?|reports?|reported|reporting|story|stories|website|site|posted|tabloid|hoax)\b/i;

/** The first act the negating side denies that the other side writes (same base form), as each writes it; else null. */
function actPhrases(neg: PreparedText, plain: PreparedText): { neg: string; plain: string } | null {
  const plainWords = actWords(plain);
  for (const n of actWords(neg)) {
    if (!n.negatedAct || n.quoted) continue;
    const p = plainWords.find((w) => w.base === n.base && !w.quoted);
    if (p) return { neg: neg.text.slice(n.negatorStart, n.phraseEnd), plain: plain.text.slice(p.start, p.phraseEnd) };
  }
  return null;
}

let irregularStemMap: Map<string, string[]> | null = null;
/** Per stem of an irregular verb form or its base, the stems of its other forms ("pay" → "paid"; "paid" → "pay"). */
function irregularStems(): Map<string, string[]> {
  if (irregularStemMap) return irregularStemMap;
  const groups = new Map<string, Set<string>>();
  for (const [form, base] of Object.entries(IRREGULAR_VERBS)) {
    const g = groups.get(base) ?? groups.set(base, new Set([contentStem(base) ?? base])).get(base)!;
    g.add(contentStem(form) ?? form);
  }
  irregularStemMap = new Map();
  for (const g of groups.values()) for (const st of g) irregularStemMap.set(st, [...g].filter((x) => x !== st));
  return irregularStemMap;
}

/** A present-perfect negation ("has not played", "hasn't been playing", "have never seen"): of lately, up to now. */
const PRESENT_PERFECT_NOT = /\b(?:has|have)(?:n['’]t|\s+not|\s+never)\b/i;
/** A negation that reverses earlier news: "after all", "no longer", "any more". */
const REVERSAL = /\b(?:after all|no longer|any ?more|not any longer)\b/i;
/** A negated act over a span of time: "has not been seen since September", "had not spoken to him in a year". */
const NEGATED_SPAN = /\b(?:has|have|had|hasn['’]t|haven['’]t|hadn['’]t)\s+(?:not\s+|never\s+)?(?:\w+\s+){0,6}?(?:since\b|(?:in|for)\s+(?:(?:about|around|nearly|almost|more\s+than|over|the\s+past|the\s+last)\s+)?(?:a|an|\d+|two|three|four|five|six|several|many)\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?)\b)/i;
/**
 * A none of the others ("No other Vantor-Greyline rider has returned a positive test", "no further cuts"): it grants the
 * one the other side names (harm.ts reads a second one against it).
 */
const NONE_OTHER = /\bno\s+(?:other|further|more|additional)\b|\bno\s+one\s+else\b|\bnobody\s+else\b/i;
/** A belief reported, not stated: "believed to be", "thought to have", "may have been". */
const BELIEF_HEDGE = /\b(?:(?:believed|thought|presumed|feared|suspected|assumed|alleged|rumou?red|understood)\s+to\s+(?:be|have)|(?:may|might|could)\s+(?:have|be)|possibly|probably|likely)\b/i;

/** A contrast that opens a report of what someone else said: "…, even as the company said publicly that it would not pay". */
const REPORTED_DENIAL_TAIL = /[,;]\s*(?:even as|even though|although|though|despite|contradicting|in contrast to|while|one day after|a day after|days after|hours after)\b(?=[^.;]*\b(?:said|says|told|tells|statement|insisted|insists|claim|claimed|claims|maintained|maintains)\b)/i;

/**
 * The main clause of a text that states something and then reports a denial of it (see {@link REPORTED_DENIAL_TAIL}),
 * prepared, when that clause itself negates nothing; else null.
 */
function statedBeforeReportedDenial(p: PreparedText): PreparedText | null {
  let hit = ownStatementCache.get(p);
  if (hit === undefined) ownStatementCache.set(p, (hit = readStatedBeforeReportedDenial(p)));
  return hit;
}
const ownStatementCache = new WeakMap<PreparedText, PreparedText | null>();

function readStatedBeforeReportedDenial(p: PreparedText): PreparedText | null {
  const m = REPORTED_DENIAL_TAIL.exec(p.text);
  if (!m) return null;
  const main = prepare({ text: p.text.slice(0, m.index) });
  return hasNegation(main) ? null : main;
}

/**
 * The main clause of a text whose every negation stands in a clause joined after it (", and …", "; …") and denies only
 * what `other` does not speak of, prepared, when that clause negates nothing; else null. "The Upland Wildlife Agency
 * lodged a formal objection to the scheme on 14 May, …, and it has never withdrawn it" states the objection that "The
 * Upland Wildlife Agency did not object to the plans" denies: its own "never" is of a withdrawing the other never
 * mentions (a held-out subject of session 53), and left the two sides both negated, so nothing parted them.
 */
function statedBeforeOwnNegation(p: PreparedText, other: PreparedText): PreparedText | null {
  const heads = p.negatedHeads;
  if (!heads?.size || [...heads].some((h) => hasVerbForm(other.terms, h))) return null;
  // The main clause depends on the text alone: read once per text, as relate meets one page sentence with many claims.
  let hit = ownNegationMainCache.get(p);
  if (hit === undefined) ownNegationMainCache.set(p, (hit = readMainBeforeOwnNegation(p)));
  return hit;
}
const ownNegationMainCache = new WeakMap<PreparedText, PreparedText | null>();

/** {@link statedBeforeOwnNegation}'s main clause, read: before the join that precedes the text's first negation. */
function readMainBeforeOwnNegation(p: PreparedText): PreparedText | null {
  const lower = p.text.toLowerCase();
  let first = lower.length;
  for (const cue of p.negations) {
    const at = lower.indexOf(cue.toLowerCase());
    if (at < 0) return null;
    first = Math.min(first, at);
  }
  let join = -1;
  for (const m of lower.slice(0, first).matchAll(JOINED_CLAUSE)) join = m.index;
  if (join < 0) return null;
  const main = prepare({ text: p.text.slice(0, join) });
  return hasNegation(main) ? null : main;
}
/** Where a clause of its own is joined on: ", and", ", but", "; ". */
const JOINED_CLAUSE = /,\s*(?:and|but)\s|;\s/g;

/** Words a negation or an act takes as a verb after them ("not paid", "to close", "would close"). */
const VERB_LEADS = new Set(['not', 'never', 'to', 'have', 'has', 'had', 'be', 'been', 'was', 'were', 'did', 'do', 'does', 'will', 'would', 'could', 'can', 'should', 'may', 'might', 'must', 'shall']);
/** Words before a noun: an act after one is a thing ("the company", "no school"), not something done. */
const NOUN_LEADS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'this', 'that', 'these', 'those', 'any', 'no', 'some', 'every', 'each', 'further', 'more']);
/**
 * Words before an act that do not state it was done as the other side denies it: a superlative's reach ("the most
 * expensive products it has ever sold"), a restriction ("she only told him once the media knew"), a risk or an escape
 * ("the detainees risked returning to Afghanistan" against "They were not returned to Afghanistan"), a duty ("Companies
 * must record how long each overflow spills" against "some spills were never recorded"; "must pay" / "has not paid").
 * ("Signed to play" states the role as much as "will play" does.)
 */
const UNSTATED_LEADS = new Set(['ever', 'only', 'must', 'should', ...RISK_WORDS]);
/** Words that end what an act is done to: a where or when begins ("paid a fine to the regulator", "conceded on Wednesday"). */
const OBJECT_ENDS = new Set([
  'on', 'in', 'at', 'after', 'before', 'by', 'with', 'for', 'to', 'from', 'during', 'since', 'over', 'until', 'as', 'because', 'when', 'while', 'despite', 'and', 'but',
  // a when without a preposition ("was found dead today", "conceded Wednesday")
  'today', 'yesterday', 'tomorrow', 'tonight', 'now', 'last', 'next', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
/**
 * Nouns that stand for a thing the story named before ("the decision", "the move", "the ruling"): an act done to one is
 * done to whatever the other side names (see `negatedActStated`). Stems, as {@link ActWord.object} holds them.
 */
const ANAPHORIC_OBJECTS = new Set(['decision', 'move', 'ruling', 'verdict', 'proposal', 'proposals', 'plan', 'plans', 'scheme', 'project', 'application', 'change', 'changes', 'order'].map((w) => contentStem(w) ?? w));
/** Whether an act's object is one such noun alone ({@link ANAPHORIC_OBJECTS}). */
const anaphoricObject = (object: readonly string[]): boolean => object.length === 1 && ANAPHORIC_OBJECTS.has(object[0]!);
/** Nouns that stand for an organisation the story named ("the company", "the airline"), as stems. */
const ORG_OBJECTS = new Set(['company', 'firm', 'airline', 'operator', 'utility', 'council', 'trust', 'bank', 'carrier', 'business', 'insurer', 'supplier', 'club'].map((w) => contentStem(w) ?? w));
/** Whether an act's object is one such noun alone ({@link ORG_OBJECTS}). */
const orgObject = (object: readonly string[]): boolean => object.length === 1 && ORG_OBJECTS.has(object[0]!);
/** Prepositions before where an act is done ("sailed from Harlow", "crossed into Syria", "sailed to Brell"). */
const ACT_PLACE_PREPOSITIONS = new Set(['from', 'into', 'to', 'at', 'in', 'onto', 'toward', 'towards', 'near', 'across']);
/** Negators of an act ("no" negates a thing: "no ballots had been lost"). */
const ACT_NEGATORS = new Set(['not', 'never', 'cannot']);
/** Words between a negator and its act: "not yet", "never even", "not actually". */
const NEGATION_ADVERBS = new Set(['yet', 'even', 'ever', 'actually', 'really', 'always', 'being', 'officially', 'formally', 'publicly', 'already', 'also']);
/** Pronouns before an act: who they are is said elsewhere in the sentence. */
const DOER_PRONOUNS = new Set(['it', 'they', 'we', 'he', 'she', 'i', 'you', 'who', 'which']);
/**
 * Words that open an embedded question or a place's clause: an act after one is asked about, or said of that place only
 * ("why it does not use"; "in Syria, where Obama has not yet authorized military intervention").
 */
const QUESTION_OPENERS = new Set(['why', 'whether', 'how', 'if', 'where']);
/** Quotation marks: a word right after one is quoted as a word ("'first-year,' not 'freshman'"). */
const QUOTE_BEFORE = /["“”‘’']\s*$/;

/** One word of a text as {@link actWords} reads it. */
interface ActWord {
  /** Its normal form. */
  norm: string;
  stem: string;
  /** Its form without a verb ending ("conceded" → "conced", "paid" → "pay"): an act's word, never a noun's. */
  base: string;
  /** The first word after "not", "never", "cannot" or a contracted "n't" (auxiliaries skipped): the act denied. */
  negatedAct: boolean;
  /** Where it starts in the text. */
  start: number;
  /** Where the act and what it is done to end (its last {@link ActWord.object} word, else itself). */
  phraseEnd: number;
  /** Where the negator of a {@link ActWord.negatedAct} starts (else where the word starts). */
  negatorStart: number;
  /** Not after a determiner, "ever" or "only": stated as done. */
  plain: boolean;
  /** The content stems before it in its clause (up to four words; the sentence's opening name after a pronoun). */
  doer: string[];
  /** The content stems after it in its clause (up to three, determiners and auxiliaries skipped). */
  object: string[];
  /** The capitalised words after a place preposition right after the act or its object ("sailed from Harlow"). */
  where: string[];
  /** Right after a quotation mark. */
  quoted: boolean;
  /** After "why", "whether", "how", "if" or "where" in its clause. */
  embedded: boolean;
  /** Where an act said by a noun ends ({@link nominalActs}: "opened an investigation"). */
  actEnd?: number;
}

const actWordsCache = new WeakMap<PreparedText, ActWord[]>();
/** Each word of a text with its stem and how it reads as an act (see {@link ActWord}); once per prepared text. */
function actWords(p: PreparedText): ActWord[] {
  let hit = actWordsCache.get(p);
  if (!hit) actWordsCache.set(p, (hit = readActWords(p)));
  return hit;
}

/** A word's form without a verb ending ("conceded" → "conced", "paid" → "pay"): {@link ActWord.base}. */
const actBase = (norm: string): string => (IRREGULAR_VERBS[norm] ?? norm).replace(/(?:ing|ed|es|s|e)$/, '');
/** Forms of verbs that open or bring an act a noun names: "opened an investigation", "lodged an appeal". */
const LIGHT_VERBS = ['open', 'opened', 'launch', 'launched', 'begin', 'began', 'begun', 'start', 'started', 'lodge', 'lodged', 'file', 'filed', 'mount', 'mounted', 'conduct', 'conducted', 'hold', 'held', 'bring', 'brought'];
/** {@link LIGHT_VERBS} by {@link ActWord.base}. */
const LIGHT_VERB_BASES = new Set(LIGHT_VERBS.map(actBase));
/** Nouns of an act and the verb each names. */
const NOMINAL_ACTS: readonly (readonly [string, string])[] = [
  ['investigation', 'investigate'], ['investigations', 'investigate'], ['inquiry', 'inquire'], ['inquiries', 'inquire'], ['probe', 'probe'],
  ['appeal', 'appeal'], ['challenge', 'challenge'], ['review', 'review'], ['audit', 'audit'], ['lawsuit', 'sue'], ['complaint', 'complain'],
  ['prosecution', 'prosecute'], ['objection', 'object'], ['objections', 'object'],
];
/** Per noun of an act, the base form ({@link ActWord.base}) of its verb. */
const NOMINAL_ACT_BASES = new Map(NOMINAL_ACTS.map(([noun, verb]) => [noun, actBase(verb)]));
/** Per stem of a noun of an act, the stems its verb's forms take ("investig" for "investigated"; "sue" → "su", "sued"). */
const NOMINAL_VERB_STEMS = new Map(NOMINAL_ACTS.map(([noun, verb]) => [contentStem(noun) ?? noun, [verb, `${verb.replace(/e$/, '')}ed`, `${verb.replace(/e$/, '')}ing`].map((f) => contentStem(f) ?? f)]));
/** {@link LIGHT_VERBS} as the stems a negation's head holds. */
const LIGHT_VERB_STEMS = new Set(LIGHT_VERBS.map((w) => contentStem(w) ?? w));

/** Whether a negated verb opening an act a noun names ("has not lodged an appeal") may be the act the other text states ("appealed"). */
function mayStateNominalAct(heads: ReadonlySet<string>, neg: PreparedText, plain: PreparedText): boolean {
  if (![...heads].some((h) => LIGHT_VERB_STEMS.has(h))) return false;
  for (const [noun, verbs] of NOMINAL_VERB_STEMS) if (neg.terms.has(noun) && verbs.some((v) => plain.terms.has(v))) return true;
  return false;
}
/** Nouns of a court's consent before "to" and an act's noun ("permission to appeal", "leave to appeal"). */
const LEAVE_TO = new Set(['permission', 'leave']);
/** Prepositions between an act's noun and what it is done to ("an investigation into", "an appeal against"). */
const NOMINAL_OBJECT_LEADS = new Set(['into', 'of', 'against', 'over', 'on', 'to', 'in']);

const nominalActsCache = new WeakMap<PreparedText, ActWord[]>();
/**
 * Acts a text says by a verb and a noun ("The Water Services Authority opened a formal investigation into Dunmere Valley
 * Water's leakage" investigates Dunmere Valley Water; "has not lodged an appeal" does not appeal), as {@link actWords}
 * reads the verb, with the noun's act as its base and what follows the noun's preposition as its object. Once per text.
 */
function nominalActs(p: PreparedText): ActWord[] {
  let hit = nominalActsCache.get(p);
  if (hit) return hit;
  hit = [];
  const words = actWords(p);
  const tokens = tokenize(p.text);
  const gapBefore = clauseGapBefore(p.text, tokens);
  for (let i = 0; i < words.length; i++) {
    if (!LIGHT_VERB_BASES.has(words[i]!.base)) continue;
    for (let k = i + 1; k < words.length && k <= i + 4 && !gapBefore(k) && !startsUpper(tokens[k]!.raw) && !OBJECT_ENDS.has(words[k]!.norm); k++) {
      let base = NOMINAL_ACT_BASES.get(words[k]!.norm);
      // "lodged an application for permission to appeal", "filed for leave to appeal": the appeal is the act
      let noun = k;
      const leave = words[k]!.norm === 'application' && tokens[k + 1]?.norm === 'for' ? k + 2 : k;
      if (!base && LEAVE_TO.has(tokens[leave]?.norm ?? '') && tokens[leave + 1]?.norm === 'to' && tokens[leave + 2] && NOMINAL_ACT_BASES.has(tokens[leave + 2]!.norm) && !gapBefore(leave + 2)) {
        noun = leave + 2;
        base = NOMINAL_ACT_BASES.get(tokens[noun]!.norm);
      }
      if (!base) continue;
      const object: string[] = [];
      let phraseEnd = tokens[noun]!.end;
      let j = noun + 1;
      if (j < tokens.length && !gapBefore(j) && NOMINAL_OBJECT_LEADS.has(tokens[j]!.norm)) j++;
      for (; j < tokens.length && object.length < 3 && !gapBefore(j) && !OBJECT_ENDS.has(tokens[j]!.norm); j++) {
        const st = contentStem(tokens[j]!.norm);
        if (st && !VERB_LEADS.has(tokens[j]!.norm) && !NOUN_LEADS.has(tokens[j]!.norm)) {
          object.push(st);
          phraseEnd = tokens[j]!.end;
        }
      }
      hit.push({ ...words[i]!, base, object, phraseEnd, actEnd: tokens[noun]!.end });
      break;
    }
  }
  nominalActsCache.set(p, hit);
  return hit;
}

/** Nouns before "of" that make its name the doer: "Members of the Ferry Workers' Union voted" (the union's members act as it). */
const MEMBERS_OF = new Set(['members', 'member']);

/**
 * Who an apposition before an act names, when the sentence opens with no name ("The driver, a 61-year-old man from
 * Glenarrow, has not been arrested"): the apposition's words before any preposition, nearest first ("man", "old", …),
 * as a doer reads them; empty when there is none. `end` is the apposition's last token.
 */
function appositiveDoer(tokens: readonly Token[], end: number, gapBefore: (i: number) => boolean): string[] {
  let start = end;
  while (start > 0 && !gapBefore(start)) start--;
  if (start === 0) return [];
  let stop = end + 1;
  for (let k = start; k <= end; k++)
    if (APPOSITION_ENDS.has(tokens[k]!.norm)) {
      stop = k;
      break;
    }
  const doer: string[] = [];
  for (let k = stop - 1; k >= start && doer.length < 4; k--) {
    const w = tokens[k]!.norm;
    const st = contentStem(w);
    if (st && !VERB_LEADS.has(w) && !NOUN_LEADS.has(w)) doer.push(st);
  }
  return doer;
}
/**
 * The name an opening common noun is set beside ("The regulator, the Water Services Authority, said …"): the stems of
 * the capitalised run after the first clause break when it fills the clause up to the next ("the" aside), nearest
 * first as {@link ActWord.doer} holds them; empty otherwise.
 */
function appositiveName(tokens: readonly Token[], gapBefore: (i: number) => boolean): string[] {
  let k = 1;
  while (k < tokens.length && k <= 4 && !gapBefore(k)) k++;
  if (k > 4 || k >= tokens.length || !/^(?:the|a|an)$/.test(tokens[0]!.norm)) return [];
  if (tokens[k]!.norm === 'the') k++;
  const name: string[] = [];
  // (the name's first word stands right after the break where no "the" opens it: "The club's treasurer, Majella
  // Quinlan, resigned", a held-out subject of session 68)
  const first = k;
  for (; k < tokens.length && (k === first || !gapBefore(k)) && startsUpper(tokens[k]!.raw); k++) {
    const st = contentStem(tokens[k]!.norm);
    if (st) name.unshift(st);
  }
  return k < tokens.length && gapBefore(k) ? name : [];
}

/** Words after which an apposition says more of whom it names ("a man from Glenarrow", "a nurse at the hospital"). */
const APPOSITION_ENDS = new Set(['from', 'of', 'in', 'at', 'with', 'who', 'whose', 'which', 'that', 'for', 'on']);

/** Whether a clause break (comma, dash, …) stands before token `i`. */
function clauseGapBefore(text: string, tokens: readonly Token[]): (i: number) => boolean {
  return (i) => i > 0 && i < tokens.length && CLAUSE_GAP.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start));
}

/** Per token index of an act a negator denies, where that negator starts ({@link ActWord}'s negatedAct, negatorStart). */
function deniedActs(p: PreparedText, tokens: readonly Token[], gapBefore: (i: number) => boolean): Map<number, number> {
  // The act each negator denies: the next word that is no auxiliary or adverb, within four ("had not yet been paid").
  const denied = new Map<number, number>();
  const isHead = (w: string) => !!p.negatedHeads?.has(contentStem(w) ?? w);
  tokens.forEach((t, i) => {
    if (t.norm === 'no') {
      const k = actAfterNo(tokens, i, gapBefore, isHead);
      if (k >= 0) denied.set(k, t.start);
      return;
    }
    if (!ACT_NEGATORS.has(t.norm) && !CONTRACTED_NOT.test(t.norm)) return;
    for (let k = i + 1; k < tokens.length && k <= i + 4 && !gapBefore(k); k++) {
      const w = tokens[k]!.norm;
      if (w === 'only') break; // "not only … but": no denial
      if (VERB_LEADS.has(w) || NEGATION_ADVERBS.has(w)) continue;
      denied.set(k, t.start);
      // A permission denied denies the act permitted: "would not allow the festival to return" (a held-out subject of
      // session 49) says the festival will not return, of whoever its "to" follows.
      if (PERMITS.has(w))
        for (let j = k + 2; j < tokens.length && j <= k + 6 && !gapBefore(j); j++)
          if (tokens[j - 1]!.norm === 'to') {
            if (isHead(tokens[j]!.norm)) denied.set(j, t.start);
            break;
          }
      break;
    }
  });
  return denied;
}
/** Verbs of permitting an act to someone ({@link deniedActs}). */
const PERMITS = new Set(['allow', 'allows', 'allowed', 'allowing', 'permit', 'permits', 'permitted']);
/**
 * Whether token `i` is an act permitted ("would allow Iraqi Kurdish fighters to cross"): a permission states no act done
 * (FNC-1 train stories: "would not allow Kurdish fighters to cross" on Sunday, "would allow … to cross" on Monday).
 */
function permittedAct(tokens: readonly Token[], i: number): boolean {
  if (tokens[i - 1]?.norm !== 'to') return false;
  for (let k = i - 2; k >= 0 && k >= i - 6; k--) if (PERMITS.has(tokens[k]!.norm)) return true;
  return false;
}

/**
 * "No trains crossed the viaduct": the act after a subject "no" (token `i`) quantifies, one to three words on, when
 * `isHead` holds for it (the sentence's negated heads: the negation's scope holds it); its token index, else -1.
 */
function actAfterNo(tokens: readonly Token[], i: number, gapBefore: (i: number) => boolean, isHead: (act: string) => boolean): number {
  if (i + 1 >= tokens.length || gapBefore(i + 1)) return -1;
  for (let k = i + 2; k < tokens.length && k <= i + 4 && !gapBefore(k); k++) {
    const w = tokens[k]!.norm;
    // "No passengers had to spend the night": the act after "had to" (computeScopes keeps it as the head).
    if (OBLIGED.has(w) && tokens[k + 1]?.norm === 'to' && k + 2 < tokens.length && !gapBefore(k + 1) && !gapBefore(k + 2)) {
      return isHead(tokens[k + 2]!.norm) ? k + 2 : -1;
    }
    if (VERB_LEADS.has(w) || NEGATION_ADVERBS.has(w)) continue;
    // The first past form ("crossed", "sailed", "went"): the words before it are the doer, nouns that name no act
    // ("No Islamic State militants were killed": "militants"; "no Twitter account").
    if (!/ed$/.test(w) && !IRREGULAR_VERBS[w]) continue;
    return isHead(w) && !NOUN_LEADS.has(tokens[k - 1]!.norm) ? k : -1;
  }
  return -1;
}

function readActWords(p: PreparedText): ActWord[] {
  const tokens = tokenize(p.text);
  // The name opening the sentence ("Meridale Health, which owns the hospital, said it …"): who a pronoun is.
  const opening: string[] = [];
  for (const t of tokens) {
    if (!startsUpper(t.raw)) break;
    const st = contentStem(t.norm);
    if (st) opening.unshift(st);
  }
  const gapBefore = clauseGapBefore(p.text, tokens);
  // "The regulator, the Water Services Authority, said it …": the name in an apposition to an opening common noun.
  const setBeside = opening.length === 0;
  if (setBeside) opening.push(...appositiveName(tokens, gapBefore));
  const denied = deniedActs(p, tokens, gapBefore);
  const words = tokens.map((t, i) => {
    const prev = tokens[i - 1]?.norm ?? '';
    let doer: string[] = [];
    let embedded = false;
    let done = false;
    let afterOf = false;
    // Only auxiliaries between a clause break and the act: the subject is the sentence's opening name, before an
    // apposition ("Moro, a former navy officer who has sailed the strait for years, will run the route").
    let onlyAux = true;
    for (let k = i - 1; k >= 0; k--) {
      if (gapBefore(k + 1)) {
        // (right after the break too where the sentence opens on a noun a name is set beside: "The club's treasurer,
        // Majella Quinlan, resigned in November", a held-out subject of session 68; not after any aside, "Chandler, born
        // David Roy Fitch, tells Radar …" kept its reading on FNC-1 validation)
        if (onlyAux && !doer.length && (k + 1 < i || (setBeside && opening.length > 0))) doer = opening.length ? opening : appositiveDoer(tokens, k, gapBefore);
        break;
      }
      const w = tokens[k]!.norm;
      if (!VERB_LEADS.has(w) || w === 'to') onlyAux = false;
      if (QUESTION_OPENERS.has(w)) embedded = true;
      if (done || k < i - 7) continue;
      if (DOER_PRONOUNS.has(w)) {
        if (!doer.length) doer = opening;
        done = true;
      } else if ((w === 'of' && !MEMBERS_OF.has(tokens[k - 1]?.norm ?? '')) || ((w === 'to' || w === 'for') && doer.length > 0)) {
        // "the right-hand man of Abu Bakr al-Baghdadi was killed", "an aide to al-Baghdadi was killed": the name after
        // "of" (or after "to"/"for" before the act: not "had to pay") is not who it happened to.
        doer = [];
        afterOf = true;
      } else if (doer.length < 4 && (k >= i - 4 || afterOf)) {
        const st = contentStem(w);
        if (st && !VERB_LEADS.has(w) && !CONTRACTED_NOT.test(w) && !REPORTING_VERB_SET.has(w) && !NOUN_LEADS.has(w)) doer.push(st);
      }
    }
    const object: string[] = [];
    let phraseEnd = t.end;
    for (let k = i + 1; k < tokens.length && object.length < 3; k++) {
      if (gapBefore(k)) break;
      const w = tokens[k]!.norm;
      // What is done ends where a when or where begins ("conceded on Wednesday": no object named).
      if (OBJECT_ENDS.has(w)) break;
      const st = contentStem(w);
      if (st && !VERB_LEADS.has(w) && !NOUN_LEADS.has(w)) {
        object.push(st);
        phraseEnd = tokens[k]!.end;
      }
    }
    // Where it is done: "from Harlow" / "into Brell harbour" (a name after a place preposition, before any clause break).
    const where: string[] = [];
    for (let k = i + 1; k < tokens.length && k <= i + 6 && !gapBefore(k); k++) {
      if (!ACT_PLACE_PREPOSITIONS.has(tokens[k]!.norm)) continue;
      for (let j = k + 1; j < tokens.length && j <= k + 3 && !gapBefore(j) && startsUpper(tokens[j]!.raw); j++) where.push(tokens[j]!.norm);
      break;
    }
    const stemmed = contentStem(t.norm) ?? t.norm;
    return {
      norm: t.norm,
      stem: stemmed,
      base: actBase(t.norm),
      negatedAct: denied.has(i),
      start: t.start,
      phraseEnd,
      negatorStart: denied.get(i) ?? t.start,
      // Not the second half of a compound ("a ballot-counting machine").
      // Nor a word leading into another verb ("the Apple set to release a watch"); "to" before a noun phrase is no verb
      // ("The Leddon Valley Transport Authority objected to the increase": a held-out subject of session 53), nor before a
      // name ("will return to Garrow Park").
      // Nor a noun after a possessive ("called for Mr Wilson's arrest": nobody says he was arrested).
      plain: !NOUN_LEADS.has(prev) && !UNSTATED_LEADS.has(prev) && !permittedAct(tokens, i) && !/['’]s$/.test(prev) && !(i > 0 && /^[-‐]$/.test(p.text.slice(tokens[i - 1]!.end, t.start))) && (tokens[i + 1]?.norm !== 'to' || NOUN_LEADS.has(tokens[i + 2]?.norm ?? '') || startsUpper(tokens[i + 2]?.raw ?? '')),
      doer: doer.slice(),
      object,
      where,
      quoted: QUOTE_BEFORE.test(p.text.slice(tokens[i - 1]?.end ?? 0, t.start)),
      embedded,
    };
  });
  // A message's purpose is its sender's act: "The Leddon Valley Transport Authority wrote to the company on 3 October
  // 2030 to object to …" objects as the authority (the words before "to" are whom and when it wrote; a held-out
  // subject of session 53). Not "told / asked / urged X to …": X is then who is to act.
  for (let i = 2; i < tokens.length; i++) {
    if (tokens[i - 1]!.norm !== 'to' || gapBefore(i) || gapBefore(i - 1)) continue;
    for (let k = i - 2; k >= 0 && k >= i - 12; k--) {
      if (MESSAGE_VERBS.has(tokens[k]!.norm)) {
        if (words[k]!.doer.length) words[i]!.doer = words[k]!.doer.slice();
        break;
      }
      if (gapBefore(k) || (tokens[k]!.norm === 'to' && k < i - 2 && !MESSAGE_VERBS.has(tokens[k - 1]?.norm ?? ''))) break;
    }
  }
  return words;
}
/** Verbs of sending a message, whose "to <act>" is what the sender does by it ({@link readActWords}). */
const MESSAGE_VERBS = new Set(['wrote', 'written', 'writes', 'write', 'emailed', 'phoned', 'rang', 'called', 'contacted', 'telephoned', 'messaged']);

/**
 * Whether every negator of a text is asked about or contrasts quoted words, so nothing is denied: "why people might not
 * like …", "it was supposed to be ‘first-year,’ not ‘freshman’".
 */
function negationsUnasserted(p: PreparedText): boolean {
  const words = actWords(p);
  let negators = 0;
  for (let i = 0; i < words.length; i++) {
    if (!NEGATING_WORDS.has(words[i]!.norm) && !CONTRACTED_NOT.test(words[i]!.norm)) continue;
    negators++;
    const next = words[i + 1];
    if (!words[i]!.embedded && !(next && next.quoted)) return false;
  }
  return negators > 0;
}
/**
 * Whether every negation of a text sits in a relative clause describing a noun ("Members with information about routes
 * that were not covered this week should contact the local office": which routes, no denial that routes were covered;
 * a held-out subject of session 63 read it as disputing "… brought 15 drivers … to cover routes").
 */
function negatedInRelativeOnly(text: string): boolean {
  return onlyInRelatives(text, NEGATORS_ANYWHERE, NEGATORS_IN_RELATIVE);
}
/** Whether `other` writes a word one of `text`'s negations negates ("not sanctioned" in both): the first word after it, auxiliaries aside. */
function negatesSameWords(text: string, other: string): boolean {
  const lower = other.toLowerCase();
  for (const m of text.matchAll(NEGATED_WORD)) if (new RegExp(String.raw`\b${(m[1] ?? m[2])!.toLowerCase()}\b`).test(lower)) return true;
  return false;
}
/** A negator and the word it negates, over auxiliaries ("was not sanctioned", "were never treated", "hadn't paid"). */
const NEGATED_WORD = /\b(?:not|never|no)\s+(?:(?:been|be|yet|ever|once)\s+)?(\p{L}+)|\b\p{L}+n['’]t\s+(?:(?:been|be|yet|ever)\s+)?(\p{L}+)/giu;
/** Whether every match of `all` in a text is one of `inRelative` (a relative clause's own), and there is one at least. */
function onlyInRelatives(text: string, all: RegExp, inRelative: RegExp): boolean {
  const n = text.match(all)?.length ?? 0;
  return n > 0 && n === (text.match(inRelative)?.length ?? 0);
}
/**
 * Whether the plain side says no more than a relative clause of the negating side that holds no negation, with the
 * noun it describes: "Members were given a four-page summary … but not the full report, which runs to 58 pages" states
 * "The full report runs to 58 pages" itself (a held-out subject of session 68 read the two as a dispute).
 */
function restatesOwnRelative(neg: PreparedText, plain: PreparedText): boolean {
  for (const m of neg.text.matchAll(RELATIVE_AFTER_COMMA)) {
    const clause = m[2]!;
    if (NEGATIVE_PROPOSITION.test(clause)) continue;
    const own = new Set([...contentTerms(m[1]!), ...contentTerms(clause)]);
    const said = contentTerms(plain.text);
    if (said.length >= 3 && said.every((st) => own.has(st))) return true;
  }
  return false;
}
/** A relative clause after a comma, with the (up to four) words of the noun it describes before the comma. */
const RELATIVE_AFTER_COMMA = /((?:\S+\s+){0,3}\S+),\s+(?:which|who)\s+([^,;:.!?]+)/giu;
const NEGATORS_ANYWHERE = /\b(?:not|never|no)\b|n['’]t\b/gi;
const NEGATORS_IN_RELATIVE = /\b\p{L}+\s+(?:that|which|who)\s+(?:(?:was|were|is|are|had|has|have|been|be|will|would|could|may|might|can|did|do|does)\s+){0,2}(?:not|never)\b/giu;
const MODALS_ANYWHERE = /\b(?:may|might|could)\b/gi;
const MODALS_IN_RELATIVE = /\b(?:that|which|who)\s+(?:may|might|could)\b/gi;
/** Verbs of having to, after a subject "no": "No passengers had to spend the night" denies the spending. */
/** A proposition that itself negates ("he had never taken a cent"): denying it affirms. */
const NEGATIVE_PROPOSITION = /\b(?:never|not|no|nobody|nothing|none)\b|n['’]t\b/i;
/** Auxiliaries of a passive after "no" and its noun ("No patients were treated", "No homes have been destroyed"). */
const NONE_PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had']);
const OBLIGED = new Set(['had', 'have', 'has', 'needed', 'need']);
/** Negating words {@link negationsUnasserted} reads. */
const NEGATING_WORDS = new Set(['not', 'never', 'no']);
/** A contracted negation, one token with its verb ("didn't", "hasn’t"). */
const CONTRACTED_NOT = /n['’]t$/;

/** Whether a text negates anything (a negator, or a "non-" word). */
function hasNegation(p: PreparedText): boolean {
  return p.negations.length > 0 || (p.negatedHeads?.size ?? 0) > 0;
}

/** Negators that list who or what none of applies ("neither X nor Y was told"). */
const LISTING_NEGATORS = new Set(['neither', 'nor']);

/**
 * Whether `neg` denies the very stopping that is `plain`'s only negator: "the route would not stop running" against "the
 * route will stop running". A stopping negates what is stopped ("will stop serving" says "will no longer serve"), so
 * both sides read as negated and nothing parted them; here the first denies the second's act.
 */
function stoppingDenied(neg: PreparedText, plain: PreparedText): boolean {
  const heads = neg.negatedHeads;
  if (!heads || ![...heads].some((h) => stoppingStems().has(h))) return false;
  return plain.negations.length > 0 && plain.negations.every((w) => PURPOSE_NEGATORS.has(w.toLowerCase()));
}
let stoppingStemSet: Set<string> | null = null;
/** Stems of the verbs of stopping or preventing ({@link PURPOSE_NEGATORS}), as negated heads are kept. */
const stoppingStems = (): Set<string> => (stoppingStemSet ??= new Set([...PURPOSE_NEGATORS].flatMap((w) => [contentStem(w) ?? w, stem(w)])));

const EFFORT = new Set(EFFORT_NOUNS);
const SUBJECT_ONLY = new Set(SUBJECT_ONLY_CUES);
const FILLERS = new Set(PREDICATE_FILLERS);
/** Words that open a noun phrase: a cue followed by one takes it as its object ("reduced their operations"). */
const NP_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'this', 'that', 'these', 'those', 'some', 'any', 'more', 'further', 'greater', 'additional', 'new', 'such', 'much']);
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their']);
/** Direction words with a common literal sense (a colour, an air drop): see literalSense in computeDirectionCues. */
const LITERAL_SENSES = new Set(['rose', 'drop', 'drops', 'dropped', 'dropping']);
/** Words after a literal-sense word that still make it a change ("dropped out", "rose again"). */
const LITERAL_PARTICLES = new Set(['out', 'off', 'again', 'further', 'back', 'down', 'up', 'percent', 'per', 'cent', 'points', 'point', 'nearly', 'roughly', 'year', 'week', 'month', 'overnight', 'today', 'yesterday']);
/** Words of an amount after "dropped by" ("by half", "by a third", "by nearly 40%"): a change, not an agent. */
const CHANGE_AMOUNTS = new Set(['half', 'third', 'thirds', 'quarter', 'quarters', 'nearly', 'roughly', 'percent', 'dozen', 'hundreds', 'thousands', 'millions', 'double', 'fold']);
/** Prepositions of a delivery and its agent ("dropped to Kurdish forces", "dropped on Kobani", "dropped by American planes"). */
const DELIVERY_PREPOSITIONS = new Set(['to', 'on', 'onto', 'into', 'over', 'by']);
/** Forms of losing whose loser's loss is someone's gain ("the loss of Mosul to the Islamic State", "fell to the rebels"). */
const LOSS_FORMS = new Set(['loss', 'losses', 'lost', 'lose', 'loses', 'losing', 'fall', 'fell', 'fallen', 'falls']);
/** How far after a loss its winner may be named ("the later loss of Iraq's second city of Mosul and much of the north to …"). */
const LOSS_WINDOW = 16;
/** Words opening a clause that only places something in time by an event ("before the drone fell", "until the water rose"). */
const WHEN_OPENERS = new Set(['before', 'after', 'until', 'till']);
/** Cue nouns a report names its event by ("the failure", "the collapse"): see the direction reader's eventReading. */
const NAMED_EVENT_CUES = new Set(['failure', 'failures', 'collapse', 'crash', 'breakdown', 'fall']);
/** Determiners that make a cue noun the event already known. */
const DEFINITES = new Set(['the', 'this', 'that']);
/** Prepositions before an event named by its noun ("into the failure", "since the collapse", "after the crash"). */
const EVENT_PREPOSITIONS = new Set(['into', 'of', 'after', 'since', 'before', 'over', 'about', 'on', 'for', 'from', 'behind', 'following', 'during', 'in']);
/** Forms of "grow" ("grew up in London" is an upbringing) and "fall" ("fell silent", "fell victim"). */
const GROW_FORMS = new Set(['grow', 'grows', 'grew', 'grown', 'growing']);
const FALL_FORMS = new Set(['fall', 'falls', 'fell', 'fallen', 'falling']);
const DECLINE_FORMS = new Set(['decline', 'declines', 'declined', 'declining']);
/** Prepositions before a gerund that make it an activity or an aim ("in crushing the group", "aimed at reducing …"). */
const GERUND_PREPOSITIONS = new Set(['in', 'for', 'at', 'toward', 'towards', 'about', 'on', 'of', 'by', 'without']);
const JUMP_FORMS = new Set(['jump', 'jumps', 'jumped', 'jumping']);
/** Efforts "failed" qualifies as an adjective ("a failed rescue attempt"): the effort failed, nothing shrank. */
const FAILED_EFFORTS = new Set(['attempt', 'attempts', 'bid', 'bids', 'effort', 'efforts', 'coup', 'plot', 'rescue', 'mission', 'experiment', 'launch', 'negotiation', 'negotiations', 'talks']);
const FALL_IDIOM_ENDS = new Set(['silent', 'asleep', 'victim', 'prey']);
/** Adverbs of frequency: a cue right after one states a habit or a general truth (see eventReading in computeDirectionCues). */
const FREQUENCY_ADVERBS = new Set(['often', 'usually', 'typically', 'commonly', 'generally', 'normally', 'sometimes', 'rarely', 'seldom', 'occasionally', 'frequently']);
/** Participles of finding: "found growing", "seen growing" place something, they report no growth. */
const SEEN_VERBS = new Set(['found', 'seen', 'spotted', 'discovered', 'noticed', 'observed']);
/** Prepositions of a plant's habitat after a simple-present "grows" ("grows under birch trees", "grows wild"). */
const HABITAT_PREPOSITIONS = new Set(['under', 'beneath', 'among', 'on', 'along', 'near', 'wild', 'naturally', 'best']);
/** Subjects of a decline that make it a refusal: a person ("who also declined", "she declined"). */
const PERSONAL_SUBJECTS = new Set(['who', 'he', 'she', 'i', 'we', 'you']);
const FAIL_FORMS = new Set(['fail', 'fails', 'failed', 'failing']);
/** Verbs of knowing or saying after "unable to": an inability to confirm is no decline of anything. */
const EPISTEMIC_VERBS = new Set(['confirm', 'verify', 'say', 'comment', 'determine', 'assess', 'identify', 'independently', 'establish', 'tell', 'disclose', 'specify', 'explain']);
/** Words before "fall" that make it the season ("this fall", "last fall"). */
const SEASON_OPENERS = new Set(['this', 'last', 'next', 'early', 'late']);
/** Particles of a physical leap ("jumped out of the car", "jumped off the bridge"). */
const JUMP_MOTIONS = new Set(['out', 'off', 'into', 'onto', 'aboard', 'overboard', 'down']);
const THREAT_FORMS = new Set(['threat', 'threats']);
/** Openers of a verb's object besides {@link NP_OPENERS} ("a threat to kill another hostage"). */
const OBJECT_OPENERS = new Set(['another', 'every', 'both', 'all']);
const DROP_FORMS = new Set(['drop', 'drops', 'dropped', 'dropping']);
/** Words before "threats" that make them messages ("death threats", "uttering threats"). */
const MESSAGE_THREATS = new Set(['death', 'bomb', 'uttering', 'uttered', 'utter', 'anonymous']);
/** Verbs whose object "threats" are messages, earlier in the clause ("received hundreds of calls with threats"). */
const THREAT_SENDING = new Set(['received', 'receive', 'receives', 'receiving', 'issued', 'issuing', 'uttering', 'uttered']);
/** What "fall into …" ends up in when it is no decline ("falling into the wrong hands", "fell into place"). */
const FALL_INTO_ENDS = new Set(['hands', 'hand', 'place', 'line', 'trap', 'traps', 'category', 'categories', 'step', 'orbit', 'camp', 'custody']);
/** Words after "dropped from (the)" that make it a change from a level ("dropped from a high of 40"), not a place. */
const CHANGE_FROM = new Set(['high', 'highs', 'peak', 'peaks', 'record', 'level', 'levels', 'height', 'heights', 'top', 'maximum', 'low', 'lows', 'about', 'around', 'nearly', 'roughly', 'over', 'more', 'less', 'some', 'almost', 'just']);
/** Adverbials of a repeated past: a "would" before one in its clause is habitual, not hypothetical. */
const HABITUAL_MARKERS = phraseList(['again and again', 'over and over', 'time and again', 'time after time', 'every time', 'each time', 'always', 'often', 'routinely', 'regularly']);
/** Determiners before a modifier list whose comma keeps a negation going ("any specific, credible threat"). */
const MODIFIER_DETERMINERS = new Set(['any', 'no', 'a', 'an', 'the', 'some']);
/** Double quote marks, straight and curly (a quote's open and close; single ones double as apostrophes). */
const QUOTE_MARKS = /["“”]/g;
/** Words that turn a sentence against the quote before them (see contradictedQuote in {@link computeScopes}). */
const CONTRADICTING_TURNS = new Set(['but', 'however', 'yet']);
/** A possessive token ("user's", "company’s", "parents'"). */
const POSSESSIVE = /\p{L}(?:['’]s|s['’])$/u;
/** Words opening a condition: a negation inside one denies nothing ("if they do not surrender"). */
const CONDITIONS = new Set(['if', 'unless', 'whether']);
/** Openers of a noun phrase that is not the subject's own (see {@link DirectionCueHit.object}). */
const ARTICLES = new Set(['the', 'a', 'an', 'this', 'these', 'those']);
/** Possessive determiners ("dropped from their planes"). */
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
/** A name right after one of these is a place or a modifier ("uptake in Springfield"), not who the cue is about. */
const LOCATIVES = new Set(['in', 'at', 'from', 'near', 'across', 'inside', 'outside', 'throughout', 'around', 'into', 'within', 'on', 'over', 'under', 'to', 'against', 'with', 'for', 'by']);
const SUBJECT_PRONOUNS = new Set(['they', 'it', 'he', 'she', 'we', 'them', 'itself', 'themselves']);
/** Direction nouns that take what changes after "in" ("a surge in attacks", "an increase in aid"). */
const CHANGE_NOUNS = new Set(['surg', 'spike', 'increas', 'rise', 'jump', 'declin', 'decreas', 'drop', 'fall', 'growth', 'escalation', 'reduction', 'cut']);

/**
 * What a direction cue (tokens s..e) is said of, in one clause: first what follows it — a noun it modifies
 * ("increased military support"), its object ("reduced their operations", "degraded ISIS") or an of/in phrase
 * ("the threat of ISIS", "a surge in attacks") — when that names someone or an effort; else the nearest name or
 * effort noun before it, over auxiliaries and adverbs ("ISIS is still resurging"), stopping at a reporting verb
 * or a definite noun phrase ("the group is weakened"). Names come back slugged; nothing found means the cue is
 * taken to be about the text's own subject.
 */
function cueTarget(
  norms: string[],
  tokens: Token[],
  nameAt: (string | null)[],
  boundary: (i: number) => boolean,
  s: number,
  e: number,
  subjectOnly: boolean,
  opensQuote: (k: number) => boolean = () => false,
): CueTarget {
  const n = norms.length;
  // A common noun: lower case, or capitalised only for opening a quote and no name ("“Services are collapsing"). (Not
  // at a sentence's start: "Daesh is resurging" may be a name the lexicon does not know.)
  const lower = (k: number): boolean => startsLower(tokens[k]!.raw) || (nameAt[k] === null && opensQuote(k) && /^\p{Lu}\p{Ll}+$/u.test(tokens[k]!.raw));
  // After the cue.
  let k = e + 1;
  if (k < n && !boundary(k)) {
    let via: 'direct' | 'of' | 'in' = 'direct';
    if (norms[k] === 'of') {
      via = 'of';
      k++;
    } else if (norms[k] === 'in' && CHANGE_NOUNS.has(stem(norms[e]!))) {
      via = 'in';
      k++;
    }
    const opener = k < n && !boundary(k) ? norms[k]! : '';
    while (k < n && k <= e + 4 && !boundary(k) && NP_OPENERS.has(norms[k]!)) k++;
    const names: string[] = [];
    let head: string | null = null;
    for (let m = k; m < n && m < k + 4 && !(m > e + 1 && boundary(m)); m++) {
      const name = nameAt[m];
      if (name) {
        // "uptake in Springfield" is a place; "a surge in American troops" goes on to the noun.
        if (via === 'in') {
          if (m + 1 < n && nameAt[m + 1] !== name && lower(m + 1) && !LOCATIVES.has(norms[m + 1]!)) continue;
          break;
        }
        if (!names.includes(name)) names.push(name);
        continue;
      }
      if (lower(m) && contentStem(norms[m]!) && !FILLERS.has(norms[m]!) && !LOCATIVES.has(norms[m]!) && !norms[m]!.endsWith('ly')) {
        head = norms[m]!;
        // In an of/in phrase a plural ends the noun ("a surge in burglaries hit …"): what follows is the verb.
        if (via !== 'direct' && head.endsWith('s')) break;
        continue;
      }
      break;
    }
    // "declined this summer": a time is when, not what.
    if (head && TIME.has(head)) head = null;
    if (head && EFFORT.has(head) && names.length === 0) return { names, effort: true };
    if (names.length > 0 && (!subjectOnly || via !== 'direct')) return { names, effort: false };
    // An object with an article ("crushing the militant group", "reduced a budget") is what the cue acts on; a
    // possessive one ("regained its strength") still belongs to the subject before the cue.
    if (head && names.length === 0 && via === 'direct' && ARTICLES.has(opener) && !subjectOnly) return { names, effort: false, object: head };
    // "the increasing sophistication of …": a cue inside a noun phrase describes the noun it modifies (not when that
    // noun is a cue itself: "a minimal threat" is the subject's threat).
    const attributive = s > 0 && NP_OPENERS.has(norms[s - 1]!) && k === e + 1 && head !== null && lower(k) && contentStem(opener) !== null && !isCueWord(opener) && !isCueWord(head);
    if (head && names.length === 0 && via === 'direct' && attributive && !subjectOnly) return { names, effort: false, object: head };
    // "a surge in attacks", "the lack of education": the cue is said of what the phrase names.
    if (head && names.length === 0 && via !== 'direct' && !subjectOnly && !(opener.endsWith('ing') && head !== opener)) return { names, effort: false, object: head };
  }
  // Before the cue, over auxiliaries, adverbs, articles and at most one other word (the verb: "ISIS poses a threat").
  // Without a name, the noun found on the way is what the cue is said of ("the local taxi industry is growing").
  let words = 0;
  let noun: string | undefined;
  const own = (): CueTarget => (noun && !anaphorNouns().has(noun) ? { names: [], effort: false, subject: noun } : { names: [], effort: false });
  for (let m = s - 1, steps = 0; m >= 0 && steps < 8; m--, steps++) {
    if (boundary(m + 1)) break;
    const w = norms[m]!;
    if (REPORTING_VERB_SET.has(w) || w === 'that' || w === 'which' || w === 'who' || w === 'if') break;
    const name = nameAt[m];
    if (name) {
      let first = m;
      while (first > 0 && nameAt[first - 1] === name && !boundary(first)) first--;
      if (first > 0 && LOCATIVES.has(norms[first - 1]!) && !boundary(first)) {
        m = first - 1;
        continue;
      }
      return { names: [name], effort: false };
    }
    if (SUBJECT_PRONOUNS.has(w)) return { names: [], effort: false };
    // "the number of tourists has increased": the noun before "of" heads the subject.
    if (w === 'of' && words <= 1) {
      words = 0;
      noun = undefined;
      continue;
    }
    if (lower(m) && EFFORT.has(w)) return { names: [], effort: true };
    const content = lower(m) && contentStem(w) !== null && !FILLERS.has(w) && !LOCATIVES.has(w) && !NP_OPENERS.has(w);
    // Another cue word right before ("a minimal threat") belongs to the cue's own phrase, not its subject.
    if (content && m === s - 1 && isCueWord(w)) continue;
    // A place phrase between the subject and its verb ("the cartel in the north has been weakened") is skipped.
    if (content && m > 1 && DEFINITE.has(norms[m - 1]!) && LOCATIVES.has(norms[m - 2]!) && !boundary(m - 1)) {
      m -= 2;
      continue;
    }
    if (content && m > 0 && DEFINITE.has(norms[m - 1]!)) {
      noun = w;
      break;
    }
    // A noun opening its phrase ("Prices", "the deficit", "a budget") is the subject; the second word over is when
    // the first was its verb ("the budget deficit poses a threat" stays the text's own: "budget" may be a modifier).
    const opens = content && !w.endsWith('ly') && (m === 0 || boundary(m) || NP_OPENERS.has(norms[m - 1]!));
    if (!FILLERS.has(w) && !NP_OPENERS.has(w) && !(w.endsWith('ly') && w.length > 4) && ++words > 1) {
      if (opens) noun = w;
      break;
    }
    if (opens) noun = w;
  }
  return own();
}

/** Whether a direction cue starts with this word ("minimal", "threat"). */
function isCueWord(w: string): boolean {
  const { up, down } = directionCues();
  const st = cueStem(w);
  return up.has(st) || down.has(st);
}

/** What a direction cue is said of (see {@link DirectionCueHit}). */
interface CueTarget {
  names: string[];
  effort: boolean;
  object?: string;
  subject?: string;
}

let anaphorCache: { generation: number; nouns: Set<string> } | null = null;
/** The domain lexicon's one-word anaphor nouns ("group", "organization"): a definite one stands for the text's subject. */
function anaphorNouns(): Set<string> {
  const generation = domainLexiconGeneration();
  if (!anaphorCache || anaphorCache.generation !== generation) {
    anaphorCache = { generation, nouns: new Set(domainLexicon().anaphorNouns.filter((n) => !n.includes(' ')).map((n) => n.toLowerCase())) };
  }
  return anaphorCache.nouns;
}

/* ------------------------------------------------------------------ similarity pieces */

/**
 * Weight of a term: its IDF with corpus statistics; without them 1, except country names, which the domain
 * lexicon may down-weight (security news: 0.4 — a whole corpus about one region shares them). A canonical name term the statistics never saw counts as fairly rare.
 */
function termWeight(stats: TermStats | undefined, t: string): number {
  if (!stats) return t.startsWith('#') && COUNTRY_TOPIC_IDS.has(t.slice(1)) ? domainLexicon().countryWeight : 1;
  if (t.startsWith('#') && !stats.df.has(t)) return Math.log((stats.docCount + 1) / (0.02 * stats.docCount + 1)) + 1;
  return idf(stats, t);
}

/*
 * Terms as small integers: every term string (content stem or "#topic") is interned once per module, each prepared
 * text keeps its terms as a sorted Int32Array of ids, and each statistics object a dense array of term weights by id.
 * A cosine is then a merge of two short sorted int arrays with array lookups, instead of string-keyed map probes and
 * a logarithm per shared term on every one of the many thousand comparisons a page makes.
 */
const termIdByName = new Map<string, number>();
const termNames: string[] = [];

/** The interned id of a term. */
function internTerm(t: string): number {
  let id = termIdByName.get(t);
  if (id === undefined) {
    id = termNames.length;
    termIdByName.set(t, id);
    termNames.push(t);
  }
  return id;
}

/** A prepared text's term ids in the order of its terms (not sorted): sums over them add in the text's order. */
const termIdsInOrderCache = new WeakMap<PreparedText, Int32Array>();
function termIdsInOrder(p: PreparedText): Int32Array {
  let ids = termIdsInOrderCache.get(p);
  if (!ids) {
    ids = new Int32Array(p.terms.size);
    let i = 0;
    for (const t of p.terms.keys()) ids[i++] = internTerm(t);
    termIdsInOrderCache.set(p, ids);
  }
  return ids;
}

const termIdsCache = new WeakMap<PreparedText, Int32Array>();

/** A prepared text's term ids, sorted ascending (computed once per prepared text). */
function termIdsOf(p: PreparedText): Int32Array {
  let ids = termIdsCache.get(p);
  if (!ids) {
    // The text-order ids sorted: each term is interned once per text, whichever of the two is asked first.
    ids = termIdsInOrder(p).slice().sort();
    termIdsCache.set(p, ids);
  }
  return ids;
}

/** Stand-in key for "no statistics" in the weight cache. */
const NO_STATS: TermStats = { docCount: 0, df: new Map() };
const weightCache = new WeakMap<TermStats, { w: Float64Array; generation: number }>();

/**
 * {@link termWeight} by term id for one statistics object, filled lazily (NaN = not yet computed) and grown as new
 * terms are interned. Statistics are treated as fixed once texts are compared with them.
 */
function weightsFor(stats: TermStats | undefined): Float64Array {
  const key = stats ?? NO_STATS;
  let entry = weightCache.get(key);
  // A new domain lexicon may weigh countries differently: start the array again.
  if (!entry || entry.generation !== domainLexiconGeneration()) weightCache.set(key, (entry = { w: new Float64Array(0), generation: domainLexiconGeneration() }));
  if (entry.w.length < termNames.length) {
    const grown = new Float64Array(Math.max(termNames.length, entry.w.length * 2, 256)).fill(NaN);
    grown.set(entry.w);
    entry.w = grown;
  }
  return entry.w;
}

/** Weight of term id `id` from a weight array of {@link weightsFor}. */
function weightOf(w: Float64Array, stats: TermStats | undefined, id: number): number {
  let v = w[id];
  // NaN: not computed yet; undefined: interned after the array was sized (a typed array ignores that write).
  if (!(v! >= 0)) w[id] = v = termWeight(stats, termNames[id]!);
  return v!;
}

/** IDF-weighted cosine of two stem sets, plus the shared stems (in the order of the smaller set's terms). */
function termCosine(a: PreparedText, b: PreparedText, stats?: TermStats): { sim: number; shared: string[] } {
  if (a.terms.size === 0 || b.terms.size === 0) return { sim: 0, shared: [] };
  const [small, big] = a.terms.size <= b.terms.size ? [a, b] : [b, a];
  const { dot, sharedIds } = sharedDot(termIdsOf(small), termIdsOf(big), stats, true);
  const shared: string[] = [];
  if (sharedIds.length) {
    // The smaller text's terms in their order, by id (its ids in text order are the interned ids of its keys).
    const inOrder = termIdsInOrder(small);
    let k = 0;
    for (const t of small.terms.keys()) if (sharedIds.includes(inOrder[k++]!)) shared.push(t);
  }
  if (dot === 0) return { sim: 0, shared };
  return { sim: dot / Math.sqrt(norm2(a, stats) * norm2(b, stats)), shared };
}

/** Only the similarity of {@link termCosine} (no shared-term list): for the many comparisons that only rank. */
function termCosineSim(a: PreparedText, b: PreparedText, stats?: TermStats): number {
  if (a.terms.size === 0 || b.terms.size === 0) return 0;
  const { dot } = sharedDot(termIdsOf(a), termIdsOf(b), stats, false);
  return dot === 0 ? 0 : dot / Math.sqrt(norm2(a, stats) * norm2(b, stats));
}

const NO_IDS: number[] = [];

/** Sum of squared weights of the ids two sorted id arrays share (a merge), and those ids when asked. */
function sharedDot(x: Int32Array, y: Int32Array, stats: TermStats | undefined, wantIds: boolean): { dot: number; sharedIds: number[] } {
  const ids: number[] | undefined = wantIds ? [] : undefined;
  const dot = dotOf(x, y, weightsFor(stats), stats, ids);
  return { dot, sharedIds: ids?.length ? ids : NO_IDS };
}

const norm2Cache = new WeakMap<PreparedText, { stats: TermStats | undefined; v: number }>();
function norm2(p: PreparedText, stats?: TermStats): number {
  const c = norm2Cache.get(p);
  if (c && c.stats === stats) return c.v;
  const ids = termIdsInOrder(p); // interns every term before the weight array is sized
  const w = weightsFor(stats);
  let v = 0;
  // In the terms' order, as the sum always added.
  for (let i = 0; i < ids.length; i++) {
    const x = weightOf(w, stats, ids[i]!);
    v += x * x;
  }
  norm2Cache.set(p, { stats, v });
  return v;
}

const overlapWeights = new Map<string, number>();
/** A topic or entity's weight in {@link topicOverlap} (countries 0.4), remembered: the same names recur in every pair. */
function overlapWeight(id: string): number {
  let v = overlapWeights.get(id);
  if (v === undefined) {
    v = COUNTRY_TOPIC_IDS.has(id) || isCountryKey(id) ? 0.4 : 1;
    if (overlapWeights.size < 100_000) overlapWeights.set(id, v);
  }
  return v;
}

/**
 * Topic overlap: half overlap coefficient (a short claim fully inside a long one's topics counts),
 * half cosine; countries weigh less than other topics because a whole corpus may share them.
 */
function topicOverlap(a: ReadonlySet<string> | readonly string[], b: ReadonlySet<string> | readonly string[]): { sim: number; shared: string[] } {
  const sa = a instanceof Set ? (a as ReadonlySet<string>) : new Set(a);
  const sb = b instanceof Set ? (b as ReadonlySet<string>) : new Set(b);
  if (sa.size === 0 || sb.size === 0) return { sim: 0, shared: [] };
  const w = overlapWeight;
  let wa = 0;
  let wb = 0;
  let ws = 0;
  const shared: string[] = [];
  for (const x of sa) {
    wa += w(x);
    if (sb.has(x)) {
      ws += w(x);
      shared.push(x);
    }
  }
  // Nothing shared: the other side's weight is not needed (most pairs a page ranks share no name).
  if (ws === 0) return { sim: 0, shared };
  for (const x of sb) wb += w(x);
  const sim = 0.5 * (ws / Math.min(wa, wb)) + 0.5 * (ws / Math.sqrt(wa * wb));
  // Sharing only countries says little in a corpus about one region.
  return { sim: shared.every((x) => w(x) < 1) ? 0.3 * sim : sim, shared };
}

function setCosine(a: ReadonlySet<string> | readonly string[], b: ReadonlySet<string> | readonly string[]): { sim: number; shared: string[] } {
  const sa = a instanceof Set ? (a as ReadonlySet<string>) : new Set(a as readonly string[]);
  const sb = b instanceof Set ? (b as ReadonlySet<string>) : new Set(b as readonly string[]);
  if (sa.size === 0 || sb.size === 0) return { sim: 0, shared: [] };
  const shared = [...sa].filter((x) => sb.has(x));
  return { sim: shared.length / Math.sqrt(sa.size * sb.size), shared };
}

/** Figures of both sides about the same subject: those that differ, and whether any pair agrees. */
function compareFigures(a: readonly Figure[], b: readonly Figure[], textA?: string, textB?: string): { diffs: FigureDiff[]; samePeriodConflict: boolean; matches: number; apart: number } {
  const diffs: FigureDiff[] = [];
  let samePeriodConflict = false;
  let matches = 0;
  let apart = 0;
  if (a.length === 0 || b.length === 0) return { diffs, samePeriodConflict, matches, apart };
  for (const fa of a) {
    if (!fa.subjectKey) continue;
    for (const fb of b) {
      if (fb.subjectKey !== fa.subjectKey) continue;
      // Values the two can both allow agree: "more than 18 months" and "22 months" are not a conflict. Only near ones
      // are one report: "more than 8,000" and "15,000" are neither a match nor a conflict.
      if (figuresConsistent(fa, fb, textA, textB)) {
        if (figuresSayOne(fa, fb, textA, textB)) matches++;
        else apart++;
        continue;
      }
      // Deterministic orientation so the evidence does not depend on argument order.
      const [x, y] = fa.value <= fb.value ? [fa, fb] : [fb, fa];
      diffs.push({ subject: fa.subject || fb.subject, a: x, b: y });
      if (fa.period && fb.period && fa.period === fb.period) samePeriodConflict = true;
    }
  }
  return { diffs, samePeriodConflict, matches, apart };
}

/* ------------------------------------------------------------------ relate */

function emptyEvidence(): RelationEvidence {
  return { sharedTerms: [], sharedEntities: [], opposingDirection: null, negation: false, refuting: [], figureDiffs: [] };
}

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);
const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * Per cue of `p`, whether it is about the pair's subject: not attached to an effort noun ("increased support") or to
 * names or nouns the other text never mentions (see {@link subjectDirection}).
 */
function onSubject(p: PreparedText, other: PreparedText, subjectIds: ReadonlySet<string>): boolean[] {
  const about = (name: string): boolean =>
    subjectIds.has(name) ||
    other.terms.has(`#${name}`) ||
    name.split('-').every((part) => {
      const st = contentStem(part);
      return st === null || other.terms.has(st);
    });
  return p.cues.map((c) => {
    // A cue has at most one of names, object and subject (cueTarget).
    const shared = c.names.some(about) || (c.object !== undefined && about(c.object)) || (c.subject !== undefined && about(c.subject));
    return !((c.effort && !shared) || ((c.names.length > 0 || c.object !== undefined || c.subject !== undefined) && !shared));
  });
}

/**
 * Direction of a text counted only over cues about the pair's subject: a cue attached to an effort noun
 * ("increased support") or to names the other text never mentions ("Acme shares rose" against a text about Globex;
 * "Coalition forces increased…" against one about ISIS only) keeps {@link OFF_SUBJECT_WEIGHT} of its weight.
 */
function subjectDirection(p: PreparedText, other: PreparedText, subjectIds: ReadonlySet<string>): { direction: number; up: string[]; down: string[] } {
  const contributions: { v: number; framed: boolean }[] = [];
  const up: string[] = [];
  const down: string[] = [];
  const on = onSubject(p, other, subjectIds);
  for (let i = 0; i < p.cues.length; i++) {
    const c = p.cues[i]!;
    const off = !on[i];
    contributions.push({ v: c.sign * c.weight * c.scale * (off ? OFF_SUBJECT_WEIGHT : 1), framed: c.scale < 1 });
    if (!off && c.scale >= FRAME_WEIGHTS.conceded) (c.sign > 0 ? up : down).push(c.words);
  }
  return { direction: netDirection(contributions), up, down };
}

/**
 * The similarity {@link relate} reports for a pair (rounded the same way) without its evidence or label, for ranking
 * many pairs and relating only the closest in full. `related` is false only when relate would say 'unrelated'
 * (similarity below the related threshold and not both sides giving figures).
 */
export function relateSimilarity(
  aIn: RelatableText | PreparedText,
  bIn: RelatableText | PreparedText,
  opts: RelateOptions = {},
): { similarity: number; related: boolean } {
  const threshold = opts.thresholds?.related ?? CLAIM_THRESHOLDS.related;
  const a = prepare(aIn);
  const b = prepare(bIn);
  const terms = termCosineSim(a, b, opts.stats);
  const useTopics = a.topics.length > 0 && b.topics.length > 0;
  const topic = useTopics ? topicOverlap(a.topics, b.topics) : topicOverlap(a.entities, b.entities);
  const similarity = clamp01(1 - (1 - terms) * (1 - 0.6 * topic.sim));
  return { similarity: round3(similarity), related: similarity >= threshold || (a.figures.length > 0 && b.figures.length > 0) };
}

/**
 * {@link relateSimilarity} of each of `as` with `b` (the same numbers, in order), with the work on `b` — its
 * preparation, term ids and norm, the weight array — done once: a claim is ranked against a card's page sentences.
 */
export function relateSimilarities(
  as: readonly (RelatableText | PreparedText)[],
  b: RelatableText | PreparedText,
  opts: RelateOptions = {},
): { similarity: number; related: boolean }[] {
  return similarityBatch(prepare(b), as, false, opts);
}

/** {@link relateSimilarity} of `a` with each of `bs`, in order (see {@link relateSimilarities}): a page sentence against its candidate claims. */
export function relateSimilaritiesWith(
  a: RelatableText | PreparedText,
  bs: readonly (RelatableText | PreparedText)[],
  opts: RelateOptions = {},
): { similarity: number; related: boolean }[] {
  return similarityBatch(prepare(a), bs, true, opts);
}

/** The pairs (fixed, other) — or (other, fixed) when the fixed text is not the first — as relateSimilarity reads them. */
function similarityBatch(
  fixed: PreparedText,
  others: readonly (RelatableText | PreparedText)[],
  fixedIsA: boolean,
  opts: RelateOptions,
): { similarity: number; related: boolean }[] {
  const threshold = opts.thresholds?.related ?? CLAIM_THRESHOLDS.related;
  const stats = opts.stats;
  const list = others.map((o) => prepare(o));
  // Terms are interned in the order pair by pair calls would intern them (the first text's, then the second's, pair
  // after pair; a cached text adds nothing): the same ids, so the same sums.
  let idsFixed: Int32Array | null = null;
  const idsOther = list.map((o) => {
    if (o.terms.size === 0 || fixed.terms.size === 0) return null;
    if (fixedIsA) {
      idsFixed ??= termIdsOf(fixed);
      return termIdsOf(o);
    }
    const ids = termIdsOf(o);
    idsFixed ??= termIdsOf(fixed);
    return ids;
  });
  const w = weightsFor(stats);
  const fixedFigures = fixed.figures.length > 0;
  let normFixed = NaN;
  const out = new Array<{ similarity: number; related: boolean }>(list.length);
  for (let i = 0; i < list.length; i++) {
    const o = list[i]!;
    const x = idsOther[i];
    let terms = 0;
    if (x) {
      const dot = dotOf(x, idsFixed!, w, stats);
      if (dot !== 0) {
        if (Number.isNaN(normFixed)) normFixed = norm2(fixed, stats);
        const normOther = norm2(o, stats);
        terms = dot / Math.sqrt(fixedIsA ? normFixed * normOther : normOther * normFixed);
      }
    }
    const [a, b] = fixedIsA ? [fixed, o] : [o, fixed];
    const topic = a.topics.length > 0 && b.topics.length > 0 ? topicOverlap(a.topics, b.topics) : topicOverlap(a.entities, b.entities);
    const similarity = clamp01(1 - (1 - terms) * (1 - 0.6 * topic.sim));
    out[i] = { similarity: round3(similarity), related: similarity >= threshold || (o.figures.length > 0 && fixedFigures) };
  }
  return out;
}

/**
 * The merge behind {@link sharedDot}: the sum of squared weights of the ids two sorted id arrays share, from a weight
 * array already sized for both, pushing the shared ids onto `ids` when given (a batch passes none: no array per pair).
 */
function dotOf(x: Int32Array, y: Int32Array, w: Float64Array, stats: TermStats | undefined, ids?: number[]): number {
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const xi = x[i]!;
    const yj = y[j]!;
    if (xi < yj) i++;
    else if (xi > yj) j++;
    else {
      const v = weightOf(w, stats, xi);
      dot += v * v;
      ids?.push(xi);
      i++;
      j++;
    }
  }
  return dot;
}

/** {@link slugify} remembered (bounded): the same shared names are slugged for every pair a page relates. */
const slugOf = boundedMemo(slugify, 50_000);

/** What a text speaks of outside the words that say who is talking (see {@link spokenOf}). */
interface SpokenOf {
  /** Entity keys (canonical, slugged) mentioned outside the attribution. */
  names: Set<string>;
  /** Entity keys mentioned only inside it: who is talking. */
  speakers: Set<string>;
  /** Content stems (and alias-group terms, "#isis") outside the attribution. */
  stems: Set<string>;
  /**
   * Entity keys the text names only as a place ("in Bosnia", "at NASA") or as the speaker of the clause after them
   * ("NASA said that …"), never as what it speaks of, and the stems of those mentions' words (see
   * {@link shareSubjectBeyondSpeakers}).
   */
  placesOnly: Set<string>;
  placeStems: Set<string>;
}
/** Prepositions of place: a name right after one (or after one and an article) is where, not who. */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'across', 'inside', 'outside', 'throughout', 'around', 'into', 'within']);
/** Speech verbs read only a few words after a closing quote ("…,” Rear Adm. John Kirby, the Pentagon's spokesman, said). */
const TAIL_MAX_TOKENS = 25;
/** A speaker phrase opening a sentence is at most this long ("One of the journalists detained with Foley, Clare Gillis,"). */
const HEAD_MAX_TOKENS = 14;
/** Most tokens after a speech verb for it to close its sentence as a trailing attribution ("…, police said on Monday"). */
const TRAILING_AFTER_VERB = 4;
const spokenOfCache = new WeakMap<PreparedText, SpokenOf>();
/**
 * The names and content words of a text outside its attribution: the tail after a closing quote that holds a
 * reporting verb ("“…,” Kirby said in a statement"), "according to …" up to the clause's end, and a short speaker
 * phrase before a speech verb that opens the sentence ("Clare Gillis, a colleague, said …"). Two statements by one
 * speaker share the speaker, not a subject: "“… counter the threats …,” Kirby said" and "“… a major loss to
 * al-Shabab,” Kirby said" say nothing about one thing going up and down. Computed only for the few pairs a direction
 * would make a dispute.
 */
function spokenOf(p: PreparedText): SpokenOf {
  const hit = spokenOfCache.get(p);
  if (hit) return hit;
  const text = p.text;
  const tokens = tokenize(text);
  const n = tokens.length;
  const said = new Uint8Array(n);
  const mark = (from: number, to: number) => {
    for (let i = Math.max(0, from); i < Math.min(n, to); i++) said[i] = 1;
  };
  const quotes = [...text.matchAll(QUOTE_MARKS)].map((m) => m.index!);
  if (quotes.length >= 2 && quotes.length % 2 === 0) {
    const last = quotes[quotes.length - 1]!;
    const tail = tokens.findIndex((t) => t.start > last);
    if (tail >= 0 && n - tail <= TAIL_MAX_TOKENS && tokens.slice(tail).some((t) => REPORTING_VERB_SET.has(t.norm))) mark(tail, n);
    const first = quotes[0]!;
    const head = tokens.findIndex((t) => t.start > first);
    if (head > 0 && head <= HEAD_MAX_TOKENS && tokens.slice(0, head).some((t) => REPORTING_VERB_SET.has(t.norm))) mark(0, head);
  }
  for (let i = 0; i + 1 < n; i++) {
    if (tokens[i]!.norm !== 'according' || tokens[i + 1]!.norm !== 'to') continue;
    let k = i + 2;
    while (k < n && !/[,.;:!?]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) k++;
    mark(i, k);
  }
  const verb = tokens.findIndex((t) => SPEECH_VERBS.has(t.norm));
  // A trailing attribution without quotes ("Varga took a train to Vienna, police said."): the speaker is the clause
  // after the last comma before the verb, not the statement before it.
  const trailing = verb > 0 && n - verb <= TRAILING_AFTER_VERB && /,\s*$/.test(text.slice(0, tokens[verb]!.start).replace(/[\p{L}\p{N}'’.-]+(?:\s+[\p{L}\p{N}'’.-]+){0,4}\s*$/u, ''));
  if (trailing && !said[verb]) {
    let k = verb;
    while (k > 0 && !/,/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) k--;
    mark(k, n);
  } else if (verb > 0 && verb <= HEAD_MAX_TOKENS && !said[verb]) {
    const before = text.slice(0, tokens[verb]!.start);
    // Not inside a quote, and the phrase before the verb is a speaker, not a clause of its own ("ISIS fighters said").
    if ((before.match(QUOTE_MARKS) ?? []).length % 2 === 0) mark(0, verb + 1);
  }
  const names = new Set<string>();
  const inside = new Set<string>();
  const placed = new Set<string>();
  const spoken = new Set<string>();
  const placeStems = new Set<string>();
  for (const m of spotEntities(text, {}, tokens)) {
    const at = tokens.findIndex((t) => t.start >= m.start);
    const key = slugOf(canonicalEntityKey(m.key));
    // Where a name stands: after a preposition of place ("in Bosnia", "at NASA", "outside the capital"), or as the
    // speaker of what follows ("Nasa said that …") — read even sentence-initially.
    const before = at > 0 && ARTICLES.has(tokens[at - 1]!.norm) ? at - 2 : at - 1;
    let end = Math.max(at, 0);
    while (end < n && tokens[end]!.start < m.end) end++;
    const place = before >= 0 && PLACE_PREPOSITIONS.has(tokens[before]!.norm);
    if (at >= 0 && (place || (end < n && SPEECH_VERBS.has(tokens[end]!.norm)))) {
      placed.add(key);
      for (let k = at; k < end; k++) {
        const st = contentStem(tokens[k]!.norm);
        if (st) placeStems.add(st);
      }
    } else if (at >= 0) spoken.add(key);
    // A sentence-initial name is read as a name only when it speaks ("Whitford said the river would be clean …"):
    // otherwise it may be a capitalised common word.
    const speaks = at >= 0 && said[at] === 1 && end < n && SPEECH_VERBS.has(tokens[end]!.norm);
    if (m.sentenceInitial && !m.acronym && !speaks) continue;
    (at >= 0 && said[at] ? inside : names).add(key);
  }
  const speakers = new Set([...inside].filter((k) => !names.has(k)));
  const placesOnly = new Set([...placed].filter((k) => !spoken.has(k)));
  // Content stems and alias-group terms ("#isis" for Daesh) of the words outside the attribution.
  const stems = new Set(extractTerms(text, tokens.filter((_, i) => !said[i])).keys());
  const out = { names, speakers, stems, placesOnly, placeStems };
  spokenOfCache.set(p, out);
  return out;
}

/** The content stems of a word list (stop words have none). */
const stemSet = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((w) => contentStem(w)).filter((s): s is string => s !== null));
/** Stems of the reporting verbs and attribution words: saying something is not something said. */
const REPORTING_STEMS = stemSet([...REPORTING_VERBS, 'according', 'describes', 'described', 'describe', 'statement', 'report', 'interview']);
/** Stems of time words ("earlier this week", "on Monday"): two texts dated alike say nothing alike for it. */
const TIME_STEMS = stemSet([...TIME_WORDS, 'day', 'days', 'today', 'yesterday', 'tomorrow', 'earlier', 'later', 'ago', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Role nouns and titles of an attribution ("a spokesman told …", "Director Osei said"): who speaks, not what is said. */
const ROLE_STEMS = stemSet([
  'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'aide', 'aides', 'source', 'sources', 'analyst', 'expert', 'researcher',
  'mr', 'mrs', 'ms', 'dr', 'director', 'chief', 'minister', 'secretary', 'president', 'governor', 'mayor', 'representative',
  // a "one" is a number or a pronoun ("every one of our patients", "we will give one"), no word of what is said
  'one',
]);
/**
 * Who says a quote, after it: "…,\" said Dana Whitcomb, the hospital's president and chief executive." Its words are the
 * speaker's, not the statement's (a held-out subject of session 61 read two quotes of one chief executive as one
 * statement by the title both attributions give).
 */
const QUOTE_ATTRIBUTION = /["”]\s*,?\s*(?:said|says|added|adds|told\s+\p{L}+)\s+([^"“”]{1,120})$/u;
/**
 * Stems of who a text's statement is made to or owed to, once per text ({@link sharedStatementTerms} reads a claim
 * against every page sentence): whom it was made to ("told CBS News", "speaking to the BBC") and who describes
 * ({@link ADDRESSEE}, {@link DESCRIBER}), and a quote's attribution after it ({@link QUOTE_ATTRIBUTION}) — no more what it
 * says than who made it.
 */
const attributionStemsOf = oncePerText((text: string): ReadonlySet<string> => {
  const out = new Set<string>();
  const add = (words: string, split: RegExp) => {
    for (const w of words.split(split)) {
      const st = contentStem(w.toLowerCase());
      if (st) out.add(st);
    }
  };
  for (const m of [...text.matchAll(ADDRESSEE), ...text.matchAll(DESCRIBER)]) add(m[1]!, /\s+/);
  const tail = QUOTE_ATTRIBUTION.exec(text);
  if (tail) add(tail[1]!, /[\s,.]+/);
  return out;
});

/** A named addressee or source of a statement: up to four capitalised words after "told", "confirmed to", "described by", "according to" …. */
const ADDRESSEE = /\b(?:told|tells|telling|tell|(?:confirmed|said|speaking|talking|spoke|wrote) to|described by|according to)\s+(?:the\s+)?((?:[A-Z][\p{L}\p{N}.&'’-]*\s*){1,4})/gu;
/** A named source that describes ("The Valley Ledger describes Varga as …"): up to four capitalised words before the verb. */
const DESCRIBER = /((?:[A-Z][\p{L}\p{N}.&'’-]*\s+){1,4})(?:has\s+|had\s+)?(?:describes|described)\b/gu;

/**
 * The content stems two texts share besides who says them (each side's speakers, reporting verbs and role nouns),
 * when ("earlier this week") and `exclude` (the card's topic, which every item shares): what the two say in common;
 * and how many such stems the shorter statement has ("“A lie,” Shekau said" says one thing). Names the texts share
 * as speakers only ("… told Bloomberg") do not count; names either text speaks about do.
 */
export function sharedStatementTerms(aIn: RelatableText | PreparedText, bIn: RelatableText | PreparedText, exclude: ReadonlySet<string>): { shared: string[]; smaller: number } {
  const a = prepare(aIn);
  const b = prepare(bIn);
  const speakerStems = new Set<string>();
  for (const key of [...spokenOf(a).speakers, ...spokenOf(b).speakers])
    for (const part of key.split('-')) {
      const st = contentStem(part);
      if (st) speakerStems.add(st);
    }
  for (const p of [a, b]) for (const st of attributionStemsOf(p)) speakerStems.add(st);
  // Content stems only: alias-group terms ("#us") repeat a name the stems already count.
  const said = (s: string): boolean => s[0] !== '#' && !exclude.has(s) && !speakerStems.has(s) && !REPORTING_STEMS.has(s) && !TIME_STEMS.has(s) && !ROLE_STEMS.has(s);
  const ofA = [...a.terms.keys()].filter(said);
  const ofB = [...b.terms.keys()].filter(said);
  // An irregular verb's forms are one word ("taking" / "had never taken").
  return { shared: ofA.filter((s) => hasVerbForm(b.terms, s)), smaller: Math.min(ofA.length, ofB.length) };
}

/**
 * Whether two texts state one fact in other words: their main clauses do one thing ({@link predicateStems}: "has burned",
 * "will close", "reopened") and share at least {@link PARAPHRASE_TERMS} content words besides `exclude` (a card's topic), who speaks
 * and when, with neither negating, refuting or relaying what the other states plainly. Blind subjects showed reports of
 * one fact as context ("Pepper Lane has hired a cleanup contractor, Brightwater Environmental, …" / "Crews from
 * Brightwater Environmental, a cleanup firm hired by Pardee, …"); sharing nouns alone is two statements about one
 * company ("will invest $300 million in assembly lines at Greyford" / "will cut 300 jobs at its Greyford factory").
 * Figures and readings that differ are the caller's to check (they are read per card).
 */
export function paraphraseAgrees(aIn: RelatableText | PreparedText, bIn: RelatableText | PreparedText, exclude: ReadonlySet<string>): boolean {
  const a = prepare(aIn);
  const b = prepare(bIn);
  if (!statePlainlyAlike(a, b)) return false;
  // One thing done: what each text's main clause does (its first predicate) is among what the other does. Sharing only
  // a later clause's verb is two statements ("expects to open its four restaurants again on Friday, … a salmonella
  // outbreak that has kept them closed" / "closed its four restaurants on Saturday").
  // Acts compare through SAME_ACT ("rose" / "had gained"); a predicate shared only so counts as one shared word.
  const rawA = predicateStems(a.text);
  const rawB = predicateStems(b.text);
  // A first predicate inside a condition ("We want a 20 mph limit … until the signal system is working properly") is no
  // act the text states: its main clause wants, fears or asks.
  if (actInCondition(a.text) || actInCondition(b.text)) return false;
  const pa = rawA.map(actOf);
  const pb = rawB.map(actOf);
  // A decision's act is what it decides ("voted to accept the offer" / "voted to suspend the strike": two decisions).
  const mainA = decidedAct(a.text, pa);
  const mainB = decidedAct(b.text, pb);
  if (!mainA || !mainB || exclude.has(mainA) || exclude.has(mainB)) return false;
  // One side may name the act as a noun ("The recall covers 38,000 battery packs" / "The company is recalling 38,000
  // battery packs"), the other must do it as a verb.
  const doneA = pb.includes(mainA);
  const doneB = pa.includes(mainB);
  if (!(doneA || doneB) || !(doneA || b.terms.has(mainA)) || !(doneB || a.terms.has(mainB))) return false;
  // Both negating is not enough where one negates its first act and the other only a later one ("Verdale did not stop
  // supplying meals … of its own accord" / "the decision to stop supplying meals had been Verdale's, and that it had not
  // ended the contract": a held-out subject of session 66). Only then: a negation whose act is not read ("no U.S.
  // ground troops were involved", "The answer is no") is left to the rest, where a first version lost right agreements.
  if (pa[0] === pb[0] && ((negatesFirstAct(a, rawA) && negatesOnlyLaterAct(b, rawB)) || (negatesFirstAct(b, rawB) && negatesOnlyLaterAct(a, rawA)))) return false;
  // Shared only as one act in other words: the two words are no shared term, so the act counts as one.
  const inOtherWords = !rawB.includes(rawA[0]!) && !rawA.includes(rawB[0]!);
  // Who does it: where both name the act's doer, one name (Leonardo DiCaprio and Christian Bale "in talks to play Jobs"
  // are two statements); a shared doer is part of what is said even where it also speaks ("Dr Okafor said she was sorry"
  // / "Dr Miriam Okafor … apologised"), a full name more than a surname (session 46).
  const openA = openingDoer(a.text);
  const openB = openingDoer(b.text);
  if (openA.length && openB.length && !openA.some((n) => openB.includes(n))) return false;
  // The same in the passive: a doer named after "by" that the other's "by" does not name ("was being flown by Deputy
  // Ryan Vossberg" / "was being flown by a reserve deputy who had completed 12 of the 40 hours of training").
  if (agentsDiffer(passiveAgent(a.text), passiveAgent(b.text))) return false;
  // A class said to do it is not the one named doing it ("Several suppliers have moved customers onto new billing
  // platforms …" / "Ambervale moved its customers onto a new billing system this spring": a held-out subject of session 59).
  if (classAgainstName(a.text, b.text) || classAgainstName(b.text, a.text)) return false;
  // The one accused speaking restates the accusation to answer it ("The company blamed its heating contractor, Ridgeline
  // Mechanical, …" / "Ridgeline Mechanical, the heating contractor that Highcrest has blamed for the leak, said it had
  // warned the resort …": a held-out subject of session 60).
  if (accusedSpeaks(a.text, mainA, b.text) || accusedSpeaks(b.text, mainB, a.text)) return false;
  // What happened to every one of a kind is no statement of what happened to one of them ("Ambulances reached every
  // runner who collapsed … within minutes" / "One of our members lay on the sidewalk … for 25 minutes before an ambulance
  // reached him": a held-out subject of session 60, where the one is the other's counterexample).
  if (allAgainstOne(a, b) || allAgainstOne(b, a)) return false;
  // A cause one side gives is its news, which the other does not state by naming the act alone ("the fire had been
  // started by a flare thrown by a spectator, which landed … above the upper tier" / "the fire started in an electrical
  // junction box …, in the roof void above the upper tier": a held-out subject of session 66).
  if (causeOnlyOneGives(a, b) || causeOnlyOneGives(b, a)) return false;
  const doerB = doerNames(b.text);
  const doers = doerNames(a.text).filter((n) => doerB.includes(n));
  const shared = sharedStatementTerms(a, b, exclude).shared;
  // Many of a thing are not the one the other names ("our officers have inspected 62 flats on the estate" / "… officers
  // would inspect the Hudsons' flat on Tuesday": a held-out subject of session 60).
  if (manyAgainstOne(a, b, shared) || manyAgainstOne(b, a, shared)) return false;
  // (only a doer who also speaks: its name is left out of the shared words as a speaker's, see sharedStatementTerms)
  const spoke = new Set([...spokenOf(a).speakers, ...spokenOf(b).speakers].flatMap((k) => k.split('-')));
  const doerCounts = doers.some((n) => spoke.has(n) && !shared.includes(contentStem(n) ?? n)) ? Math.min(2, doers.length) : 0;
  // A light verb as the act says little by itself ("came down about 5 miles offshore" / "the first sign of trouble came 78
  // seconds into the flight": a held-out launch failure of session 59): it is no shared word of the statement.
  const counted = shared.filter((t) => !LIGHT_ACT_STEMS.has(t));
  return counted.length + (inOtherWords ? 1 : 0) + doerCounts >= PARAPHRASE_TERMS;
}
/** Whether a text's negations include its first predicate ({@link predicateStems}: `acts`). */
const negatesFirstAct = (p: PreparedText, acts: readonly string[]): boolean => !!p.negatedHeads?.has(acts[0]!);
/** Whether a text negates a later predicate of its own and not its first ({@link paraphraseAgrees}). */
const negatesOnlyLaterAct = (p: PreparedText, acts: readonly string[]): boolean => !!p.negatedHeads && !p.negatedHeads.has(acts[0]!) && acts.slice(1).some((s) => p.negatedHeads!.has(s));
/** Whether `x` gives a cause (not by "because" alone: causes.ts) none of whose words `y` holds ({@link paraphraseAgrees}). */
function causeOnlyOneGives(x: PreparedText, y: PreparedText): boolean {
  const given = causeOf(x)?.given.filter((p) => !p.because) ?? [];
  return given.length > 0 && !given.some((p) => [...p.stems].some((s) => y.terms.has(s)));
}
/** Stems of verbs too light to be a statement's act alone ({@link paraphraseAgrees}): where a thing came or went. */
// Only coming and going: "was taken at the rider's home" / "was taken during … at Halloran's home" (an in-sample
// subject) is one act done to one thing.
const LIGHT_ACT_STEMS: ReadonlySet<string> = new Set(['come', 'came', 'comes', 'coming', 'go', 'went', 'goes', 'going', 'gone'].map((w) => contentStem(w) ?? w));

/** A sentence opening on a class of doers: "Several suppliers", "Many councils", "Other airlines", "A number of firms". */
const CLASS_SUBJECT = /^(?:several|many|some|most|other|numerous|a\s+number\s+of|a\s+few|dozens\s+of|hundreds\s+of)\s+(?:[a-z-]+\s+)?[a-z-]+s\b/i;
/**
 * A subject that is a name and nothing else, up to the main predicate ("Ambervale moved …", "Harlow Water said …"): not
 * an article, a class, or a sentence opening on a capitalised common word ("Close to 100,000 Mexicans have been killed",
 * "Separately, a group of students …": FNC-1 validation pages, read so by a first version).
 */
const NAME_SUBJECT = /^(?!(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our|Several|Many|Some|Most|Other|Numerous|Few|All|Every|Each)\b)\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,4}$/u;
/** Whether `a` opens on a class of doers and `b` on a named one ({@link paraphraseAgrees}). */
function classAgainstName(a: string, b: string): boolean {
  const cls = CLASS_SUBJECT.exec(a);
  // a class that names its members is them ("Other airlines, including Northjet and Bluewing Air, are offering …")
  if (!cls || /^\s*,?\s*(?:including|such\s+as|like|among\s+them)\b/i.test(a.slice(cls[0].length))) return false;
  const at = mainPredicateStart(b);
  return at > 0 && NAME_SUBJECT.test(b.slice(0, at).trim());
}

/**
 * Whether `x` counts more than one of a shared noun ("62 flats") that `y` writes in the singular with no count of its
 * own ("the Hudsons' flat"): two statements about one kind of thing, not one fact ({@link paraphraseAgrees}).
 */
function manyAgainstOne(x: PreparedText, y: PreparedText, shared: readonly string[]): boolean {
  for (const f of x.figures) {
    if (f.value <= 1 || !shared.includes(contentStem(f.unit) ?? f.unit) || y.figures.some((g) => g.unit === f.unit)) continue;
    if (tokenize(y.text).some((t) => t.norm === f.unit)) return true;
  }
  return false;
}

/** A sentence opening on a part of a group: "One of our members", "Two of the patients". */
const PART_OF_GROUP = /^\s*["“]?(?:one|two|three|four|five|several|some|a\s+few)\s+of\s+(?:our|the|its|their|his|her|these|those)\b/i;
/** Whether `x` says something of every one of a kind ({@link universalReading}) and `y` of a part of a group. */
function allAgainstOne(x: PreparedText, y: PreparedText): boolean {
  return PART_OF_GROUP.test(y.text) && !!universalOf(x)?.some((u) => u.all);
}

/** Acts that accuse (stems as {@link actOf} gives them). */
const ACCUSE_ACTS: ReadonlySet<string> = new Set(['blame', 'accuse', 'fault', 'criticise', 'criticize', 'condemn', 'sue'].map((w) => actOf(contentStem(w) ?? w)));
/** Tokens after an accusing act read for whom it names ("blamed its heating contractor, Ridgeline Mechanical"). */
const ACCUSED_SPAN = 10;
/**
 * Whether `x` accuses (its main act, `act`) someone `y` opens on as its speaker: "Ridgeline Mechanical, …, said …" answers
 * "… blamed its heating contractor, Ridgeline Mechanical"; whatever words it shares with the accusation, it is the other
 * side's account ({@link paraphraseAgrees}).
 */
function accusedSpeaks(x: string, act: string, y: string): boolean {
  if (!ACCUSE_ACTS.has(act)) return false;
  const at = mainPredicateStart(x);
  if (at < 0) return false;
  const accused = new Set(tokenize(x.slice(at)).slice(1, ACCUSED_SPAN + 1).filter((t) => startsUpper(t.raw)).map((t) => contentStem(t.norm) ?? t.norm));
  const tokens = tokenize(y);
  if (!tokens.slice(0, SPEAKER_OPENING + 1).some((t) => REPORTING_VERB_SET.has(t.norm))) return false;
  for (const t of tokens) {
    if (!startsUpper(t.raw)) break;
    if (accused.has(contentStem(t.norm) ?? t.norm)) return true;
  }
  return false;
}
/** Tokens from a sentence's start within which a speaker's reporting verb stands ({@link accusedSpeaks}). */
const SPEAKER_OPENING = 16;

/** Whether a text's first predicate ({@link mainPredicateStart}) stands in a condition opened in its own clause. */
function actInCondition(text: string): boolean {
  const at = mainPredicateStart(text);
  if (at <= 0) return false;
  const clause = text.slice(0, at).split(/[,;:(—–]/).pop()!;
  return CONDITION_OPENERS.test(clause);
}
/**
 * Words opening a condition a clause hangs on: what follows is not the statement. Not a time, a reason or a question
 * ("before he was tackled", "although Apple offered a preview", "once owned by" on FNC-1 train stories; "whether we will
 * shut schools … The answer is no" on an in-sample subject): the first predicate found there stands for the statement
 * often enough that reading it as unstated lost right agreements.
 */
const CONDITION_OPENERS = /\b(?:until|unless|if)\b/i;

/** Stems of verbs that decide or pledge an act the infinitive after them names ("voted to", "agreed to", "vowed to"). */
const DECIDING_STEMS: ReadonlySet<string> = new Set(['vote', 'voted', 'agree', 'agreed', 'decide', 'decided', 'choose', 'chose', 'opt', 'opted', 'pledge', 'pledged', 'promise', 'promised', 'vow', 'vowed', 'resolve', 'resolved', 'threaten', 'threatened'].map((w) => contentStem(w) ?? w));
/**
 * What a text's main clause does ({@link paraphraseAgrees}): its first predicate, or, when that decides or pledges
 * ({@link DECIDING_STEMS}) and "to" follows it, the act it decides — the next predicate.
 */
function decidedAct(text: string, acts: readonly string[]): string | undefined {
  if (acts.length < 2 || !DECIDING_STEMS.has(acts[0]!)) return acts[0];
  return DECIDES_TO.test(text) ? acts[1] : acts[0];
}
/** A deciding verb with its infinitive ("voted to", "have agreed not to", "vowed to"). */
const DECIDES_TO = /\b(?:vot|agree|decid|chose|choos|opt|pledg|promis|vow|resolv|threaten)\w*\s+(?:not\s+)?to\s+\p{Ll}/u;

/**
 * The name of a text's main act's doer: the capitalised words nearest before its main predicate ("Leonardo DiCaprio was
 * originally in talks to play …", "… outfielder Jose Canseco was injured"; titles aside), two or more, with no comma or
 * reporting verb before the predicate (else they may be a place line, a speaker or an aside); lower case, or none.
 */
function openingDoer(text: string): string[] {
  const at = mainPredicateStart(text);
  if (at <= 0) return [];
  const before = text.slice(0, at);
  if (/[,;:(—–]/.test(before)) return [];
  const tokens = tokenize(before);
  if (tokens.some((t) => REPORTING_VERB_SET.has(t.norm))) return [];
  // The capitalised run nearest before the act ("… outfielder Jose Canseco was injured"), titles aside.
  let k = tokens.length - 1;
  while (k >= 0 && !/^\p{Lu}/u.test(tokens[k]!.raw)) k--;
  const out: string[] = [];
  for (; k >= 0 && /^\p{Lu}/u.test(tokens[k]!.raw); k--) {
    const w = tokens[k]!.norm.replace(/['’]s$/, '');
    if (w !== 'the' && !TITLE_WORD_SET.has(w)) out.unshift(w);
  }
  // A lone capitalised word may be a common noun opening the sentence ("Police believe …").
  return out.length >= 2 ? out : [];
}

/** A passive main act's "by" phrase up to where its clause or a relative clause goes on (in lower case: its words; the names of a named doer). */
interface PassiveAgent {
  words: string[];
  names: string[];
}
/**
 * The doer a text's main act names in the passive ({@link mainPredicateStart}): the words after "by" when a participle
 * (over up to three auxiliaries or adverbs) opens the act ("was being flown by Deputy Ryan Vossberg, …"), up to a mark or
 * a relative or time clause ("by a reserve deputy who had …"); null when the act has no such doer ("by Friday" is a time).
 */
function passiveAgent(text: string): PassiveAgent | null {
  const at = mainPredicateStart(text);
  if (at < 0) return null;
  const m = PASSIVE_BY.exec(text.slice(at));
  if (!m) return null;
  const tokens = tokenize(m[1]!);
  if (!tokens.length || (tellsTime(tokens[0]!) && !AGENT_TIME_WORDS.has(tokens[0]!.norm))) return null;
  // a time after the doer is none of it ("by engineers last Thursday")
  while (tokens.length > 1 && tellsTime(tokens[tokens.length - 1]!)) tokens.pop();
  // A name only where the doer is one ("by Deputy Ryan Vossberg"), not a noun a name qualifies ("by a Secret Service
  // agent" and "by a counter-assault agent" may be one agent).
  const names = startsUpper(tokens[tokens.length - 1]!.raw) ? tokens.filter((t) => startsUpper(t.raw) && !NOT_NAMES.has(t.norm) && !TITLE_WORD_SET.has(t.norm)).map((t) => t.norm.replace(/['’]s$/, '')) : [];
  return { words: tokens.map((t) => t.norm.replace(/['’]s$/, '')), names };
}
/** A participle, up to three words of its auxiliaries or adverbs before it, then "by" and its doer (group 1). */
const PASSIVE_BY = /^(?:(?:is|are|was|were|be|been|being|has|have|had|also|later|first|reportedly|allegedly)\s+){0,3}[a-z]+(?:ed|en|wn|t)\s+by\s+([^,;:.()\u2014\u2013]+?)(?=[,;:.()\u2014\u2013]|\s+(?:who|whom|which|that|when|after|before|while|because|since|until|on|at|in|during|from)\b|$)/;
/** Words of a time that may follow a passive's doer ("by engineers last Thursday", "by police this morning"). */
const AGENT_TIME_WORDS = new Set(['last', 'this', 'next', 'yesterday', 'today', 'tonight', 'earlier', 'later', 'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year']);
/** Whether a word tells a time (a weekday, a month, a number or {@link AGENT_TIME_WORDS}). */
const tellsTime = (t: Token): boolean => AGENT_TIME_WORDS.has(t.norm) || WEEKDAYS[t.norm] !== undefined || MONTHS[t.norm] !== undefined || startsNumber(t.raw);
/** Whether two passive doers cannot be one: one names someone the other's words leave out (both given). */
function agentsDiffer(a: PassiveAgent | null, b: PassiveAgent | null): boolean {
  if (!a || !b) return false;
  return (a.names.length > 0 && !a.names.some((n) => b.words.includes(n))) || (b.names.length > 0 && !b.names.some((n) => a.words.includes(n)));
}

/** Words that open a sentence or a name without being one. */
const NOT_NAMES = new Set(['the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'i', 'this', 'that', 'these', 'those', 'in', 'on', 'at', 'after', 'before', 'but', 'and', 'as', 'when', 'while', 'for', 'by', 'with', 'from', 'of', 'to', 'meanwhile', 'also', 'however', 'its', 'their', 'his', 'her', 'our']);
/**
 * The name words of who does a text's main act ({@link mainPredicateStart}): capitalised words before it, lower case
 * without a possessive "'s", titles, months and days left out; a capitalised word opening the text only before another
 * ("Harwick Coaches has …", not "Police believe …").
 */
function doerNames(text: string): string[] {
  const at = mainPredicateStart(text);
  if (at <= 0) return [];
  const tokens = tokenize(text.slice(0, at));
  const out: string[] = [];
  tokens.forEach((t, i) => {
    if (!/^\p{Lu}/u.test(t.raw)) return;
    if (i === 0 && !/^\p{Lu}/u.test(tokens[1]?.raw ?? '')) return;
    const w = t.norm.replace(/['’]s$/, '');
    if (w.length < 2 || NOT_NAMES.has(w) || TITLE_WORD_SET.has(w) || MONTHS[w] !== undefined || WEEKDAYS[w] !== undefined) return;
    out.push(w);
  });
  return out;
}

/** Full month names, from the dates lexicon, as an alternation. */
const MONTH_WORDS = `(?:${DATE_MONTH_NAMES.slice(1).join('|').toLowerCase()})`;
/** The day a stop is dated by ({@link sameCessation}): a weekday, "March 3", "3 March" or a month (captured). */
const STOP_DAY = String.raw`(${Object.keys(WEEKDAYS).filter((w) => w.endsWith('day')).join('|')}|${MONTH_WORDS}(?:\s+\d{1,2})?|\d{1,2}\s+${MONTH_WORDS})`;
/** A doing that stopped at a time: "Trains stopped running between Kestle and Brannock on Sunday". */
const CEASED = new RegExp(String.raw`\b(?:stopped|ceased|halted|suspended)\s+(\w+?)ing\b[^.;]*?\b(?:on|at|from|since)\s+${STOP_DAY}\b`, 'i');
/** The same said as its absence since then: "Trains have not run between Kestle and Brannock since Sunday". */
const NOT_SINCE = new RegExp(String.raw`\b(?:has|have|had)\s+(?:not|never)\s+(?:been\s+)?(\w+)\b[^.;]*?\bsince\s+${STOP_DAY}\b`, 'i');

/**
 * Whether one text says a doing stopped at a time and the other that it has not happened since then, of one thing: the
 * same fact, though one side negates ("Trains stopped running … on Sunday" / "Trains have not run … since Sunday", a
 * blind subject read as context). The verb is one (its stem, or an irregular verb's other form: "run" / "ran") and the
 * time the same words; the two share a content word besides both and `exclude` (what stopped, where).
 */
export function sameCessation(aIn: RelatableText | PreparedText, bIn: RelatableText | PreparedText, exclude: ReadonlySet<string>): boolean {
  const a = prepare(aIn);
  const b = prepare(bIn);
  for (const [x, y] of [[a, b], [b, a]] as const) {
    const c = CEASED.exec(x.text);
    const n = c && NOT_SINCE.exec(y.text);
    if (!c || !n || c[2]!.toLowerCase() !== n[2]!.toLowerCase()) continue;
    const verb = contentStem(c[1]!.toLowerCase()) ?? c[1]!.toLowerCase();
    const other = new Set([contentStem(n[1]!.toLowerCase()) ?? n[1]!.toLowerCase(), n[1]!.toLowerCase()]);
    // "running" → "runn" / "run": the doubled consonant of the gerund is dropped before comparing
    const bases = [verb, c[1]!.toLowerCase(), c[1]!.toLowerCase().replace(/(.)\1$/, '$1')];
    if (!bases.some((v) => other.has(v) || hasVerbForm(other, v) || other.has(contentStem(v) ?? v))) continue;
    if (x.refuteWeight > 0 || y.refuteWeight > 0 || relaysStatement(x) || relaysStatement(y)) return false;
    const time = new Set(tokenize(c[2]!).map((t) => contentStem(t.norm) ?? t.norm));
    const shared = sharedStatementTerms(a, b, exclude).shared.filter((s) => !time.has(s) && !bases.includes(s) && !other.has(s) && !CESSATION_STEMS.has(s));
    return shared.length >= 1;
  }
  return false;
}
const CESSATION_STEMS: ReadonlySet<string> = new Set(['stop', 'stopp', 'ceas', 'halt', 'suspend'].map((w) => contentStem(w) ?? w));

/**
 * Whether two texts may state one thing alike: both or neither negate what they state ({@link negatesStatement}),
 * neither refutes, and neither relays a report unless both hedge with the same words (what {@link paraphraseAgrees} and
 * {@link sameFigureAgrees} ask before comparing what they say).
 */
function statePlainlyAlike(a: PreparedText, b: PreparedText): boolean {
  if (negatesStatement(a) !== negatesStatement(b) || a.refuteWeight !== 0 || b.refuteWeight !== 0 || oneCallsFalse(a, b)) return false;
  // The same hedge on both sides relays or hedges both alike ("… after the crew of a Brightwing flight from Dunmore
  // reported loose asphalt" / "… shortly after the crew of an arriving flight from Dunmore reported loose pieces of
  // asphalt": a held-out subject of session 67), short of a suspicion.
  if (sameHedges(a, b) && !SUSPICION_OF_REPORT.test(a.text) && !SUSPICION_OF_REPORT.test(b.text)) return true;
  return !relaysOwnStatement(a) && !relaysOwnStatement(b);
}
/**
 * Whether a text calls a reported claim wrong in words the stance cues do not weigh ("Reports that the council has no
 * plans for a replacement cycle route are incorrect": a held-out subject of session 67 read it as agreeing with "The
 * council has no plans to replace it", both negating). One side alone doing so states nothing alike.
 */
function callsFalse(p: PreparedText): boolean {
  return FALSITY_WORDS.test(p.text) && deniedProposition(p.text) !== null;
}
/**
 * Whether one side calls a claim wrong ({@link callsFalse}) and the other uses no such word: "The reports are
 * "incorrect"" still agrees with "Reports that … have been refuted as "incorrect"" (FNC-1 validation).
 */
function oneCallsFalse(a: PreparedText, b: PreparedText): boolean {
  return (callsFalse(a) && !FALSITY_WORDS.test(b.text)) || (callsFalse(b) && !FALSITY_WORDS.test(a.text));
}
/** Words calling a claim wrong that are no refuting cue ({@link callsFalse}). */
const FALSITY_WORDS = /\b(?:incorrect|inaccurate|wrong|groundless|not\s+correct)\b/i;
/** Whether two texts hedge with the same words, at least one ("reported" / "reported"). */
function sameHedges(a: PreparedText, b: PreparedText): boolean {
  if (a.hedges.length === 0) return false;
  const x = new Set(a.hedges.map((h) => h.toLowerCase()));
  const y = new Set(b.hedges.map((h) => h.toLowerCase()));
  return x.size === y.size && [...x].every((h) => y.has(h));
}

/**
 * {@link relaysStatement} (suspicions of a report too) but for a modal that only hedges a relative clause describing a
 * noun ("were given flu vaccines that may have been stored at the wrong temperature": the vaccines were given).
 */
function relaysOwnStatement(p: PreparedText): boolean {
  const modalsOnly = p.hedges.length > 0 && p.hedges.every((h) => MODAL_HEDGES.has(h.toLowerCase()));
  if (modalsOnly && !SUSPICION_OF_REPORT.test(p.text) && onlyInRelatives(p.text, MODALS_ANYWHERE, MODALS_IN_RELATIVE)) return false;
  return relaysStatement(p, SUSPICION_OF_REPORT);
}
/** Modal hedges ({@link relaysOwnStatement}). */
const MODAL_HEDGES: ReadonlySet<string> = new Set(['may', 'might', 'could']);

/**
 * Whether a text negates what it states, not only a relative clause describing a noun ("About 3,100 people were given
 * flu vaccines that may not work properly" states the vaccines given: a held-out subject of session 67).
 */
function negatesStatement(p: PreparedText): boolean {
  return hasNegation(p) && !negatedInRelativeOnly(p.text);
}

/**
 * {@link relaysReport} where a "would" after a reporting verb is reported speech, not a hedge: "Amsel said the deal
 * would cost about $41 million" states what "The deal will cost the district $41 million, Keane said" states (blind
 * subject E showed it as context).
 */
function relaysStatement(p: PreparedText, suspicion: RegExp = SUSPICION): boolean {
  if (!p.hedges.some((h) => h.toLowerCase() === 'would') || !REPORTED_WOULD.test(p.text)) return relaysReport(p, NO_HEDGES, suspicion);
  // a condition keeps "would" a hedge whoever reports it ("would cost $9 million if the council approves it")
  return p.hedges.some((h) => !/^(?:according to|would)$/i.test(h) && !documentShows(h, p.text)) || suspicion.test(p.text) || CONDITION.test(p.text);
}
/** A subordinating word: what follows it up to the reporting verb is no main clause ("after Sorkin said that …"). */
const SUBORDINATE_BEFORE = /\b(?:after|before|when|since|although|though|while|because|as|until|once|if|unless)\b/i;
/** A condition the statement hangs on. */
const CONDITION = /\b(?:if|unless|provided\s+that|as\s+long\s+as)\b/i;
/**
 * "said (that) the deal would", "told parents the district would", "Repairs would cost …, according to an estimate the
 * railway gave": "would" as the past of "will".
 */
const REPORTED_WOULD = /\b(?:said|told|added|announced|confirmed|insisted|stated|wrote)\b(?:\s+[\w'’$,-]+){0,8}?\s+would\b|\bwould\b(?:[^.;:!?]|\.(?=\d))*,\s+according\s+to\b/i;

/** Content words two paraphrases share at least, their predicate among them ("fire", "burned", "acres"). */
const PARAPHRASE_TERMS = 3;

/**
 * Whether two texts give one figure for one thing: equal values of one unit whose subject keys may meet ("is recalling
 * 38,000 battery packs sold with Strada bikes since March 2024" / "The recall covers 38,000 battery packs sold with
 * Strada bikes …"; "will save the group about $18 million a year" / "expects annual savings of around $18 million"),
 * sharing at least {@link FIGURE_AGREE_TERMS} content words besides the figures' own words, `exclude`, who speaks and
 * when, with neither negating, refuting or relaying what the other states. Blind subjects showed such pairs as context
 * because their verbs differ ("covers" / "is recalling"). Values that differ elsewhere are the caller's to check, as for
 * {@link paraphraseAgrees}.
 */
export function sameFigureAgrees(
  aIn: RelatableText | PreparedText,
  aFigures: readonly Figure[],
  bIn: RelatableText | PreparedText,
  bFigures: readonly Figure[],
  exclude: ReadonlySet<string>,
): boolean {
  if (aFigures.length === 0 || bFigures.length === 0) return false;
  const a = prepare(aIn);
  const b = prepare(bIn);
  const alike = statePlainlyAlike(a, b);
  let shared: string[] | null = null;
  for (const fa of aFigures) {
    if (!fa.subjectKey) continue;
    for (const fb of bFigures) {
      if (!fb.subjectKey || !unitsMeet(fa.unit, fb.unit) || fb.value !== fa.value || fb.high !== fa.high || !keysMayMeet(fa.subjectKey, fb.subjectKey, true)) continue;
      // What a clause after the figure relays ("…, as investigators cast doubt on the operator's claim that an earth
      // tremor brought the roof down") is not what the figure's clause states: read without it (a held-out subject of
      // session 39 showed "Six miners died after a section of roof gave way …" / "Six miners were killed …" as context).
      if (!alike && !statePlainlyAlike(statedBefore(a, fa), statedBefore(b, fb))) continue;
      // A figure in a clause that says which thing ("near where 43 students disappeared") identifies; both texts may name
      // it so and state different things ("have found mass graves …" / "are yet to find any trace of …").
      if (describesOnly(a.text, fa.text) || describesOnly(b.text, fb.text)) continue;
      // The figures' own words ("18 million", "6 percent") are the figure, not a second shared word.
      const own = new Set<string>();
      for (const t of [...tokenize(fa.text), ...tokenize(fb.text)]) own.add(contentStem(t.norm) ?? t.norm);
      shared ??= sharedStatementTerms(a, b, exclude).shared;
      const specific = isSpecificValue(fa.value) && keyParts(fa.subjectKey).state === keyParts(fb.subjectKey).state;
      if (shared.filter((s) => !own.has(s)).length >= (specific ? SPECIFIC_AGREE_TERMS : FIGURE_AGREE_TERMS)) return true;
    }
  }
  return false;
}

/** A claim, report or allegation relayed as a clause of its own: "the operator's claim that …". */
const RELAYED_NOUN_CLAUSE = /\b(?:claims?|reports?|allegations?|suggestions?|assertions?|rumou?rs?)\s+that\b/gi;

/**
 * The text up to the clause (from its comma or semicolon) in which a claim, report or allegation is relayed after the
 * figure ({@link RELAYED_NOUN_CLAUSE}), prepared; the text itself when there is none, or no clause break between the two.
 */
function statedBefore(p: PreparedText, f: Figure): PreparedText {
  const at = p.text.indexOf(f.text);
  if (at < 0) return p;
  const end = at + f.text.length;
  RELAYED_NOUN_CLAUSE.lastIndex = end;
  const relayed = RELAYED_NOUN_CLAUSE.exec(p.text);
  if (!relayed) return p;
  const cut = Math.max(p.text.lastIndexOf(',', relayed.index), p.text.lastIndexOf(';', relayed.index));
  return cut >= end ? prepare({ text: p.text.slice(0, cut) }) : p;
}

/** Content words two texts giving one figure share besides it ("group", "save"; "battery", "Strada"). */
const FIGURE_AGREE_TERMS = 2;
/**
 * ... and when the figure is one few texts give by chance ({@link isSpecificValue}): "Records belonging to 2.1 million
 * people who use the app were left open" / "The leak exposed the health data of 2.1 million users of the app" share
 * "app" alone (held-out subjects of sessions 43–50 showed such pairs as context), where neither key says more of what
 * happens to the counted than the other ("4,300 passengers a day use the line" / "4,300 passengers were stranded on the
 * line" are two counts).
 */
const SPECIFIC_AGREE_TERMS = 1;
/** A value few texts give by chance: a fraction (6.5, 2.1 million) or a number of 100 or more with two significant digits or more (1,200; 31,000; 3,200). */
function isSpecificValue(v: number): boolean {
  if (!Number.isInteger(v)) return true;
  if (v < 100) return false;
  let n = v;
  while (n % 10 === 0) n /= 10;
  return n >= 10;
}

/**
 * Whether two texts share a subject besides who is speaking: a shared name or topic that neither text names only as
 * its speaker, or two content words outside both attributions besides cue words.
 */
function shareSubjectBeyondSpeakers(a: PreparedText, b: PreparedText, subjectIds: ReadonlySet<string>, cueStemsOf: Set<string>): boolean {
  const sa = spokenOf(a);
  const sb = spokenOf(b);
  // A name either text gives only as a place or a speaker is where or who, not what goes up and down: "the number of
  // girls … in Bosnia has increased" and "lack of education in Bosnia" speak of two things.
  const where = (id: string): boolean => sa.placesOnly.has(id) || sb.placesOnly.has(id);
  for (const id of subjectIds) if (!isCountryKey(id) && !COUNTRY_TOPIC_IDS.has(id) && !sa.speakers.has(id) && !sb.speakers.has(id) && !where(id)) return true;
  let words = 0;
  let place = false;
  let beside = false;
  for (const s of sa.stems) {
    if (!sb.stems.has(s) || cueStemsOf.has(s)) continue;
    // A country's alias term ("#iraq") is a place too.
    if (sa.placeStems.has(s) || sb.placeStems.has(s) || (s[0] === '#' && isCountryKey(s.slice(1)))) {
      place = true;
      continue;
    }
    if (++words >= 2) return true;
    if (!beside) beside = cueClauseStems(a).has(s) && cueClauseStems(b).has(s) && !modifiedApart(a, b, s) && !modifiedApart(b, a, s);
  }
  // One place and one word both say goes up or down ("inflation in Springfield has diminished" / "… is rising").
  return place && beside;
}

/**
 * Whether `other` says a denied negation in its words: every content stem of the proposition and its negator ("no
 * patient was harmed" in "No patient was harmed, the hospital said").
 */
function saysDenied(denial: Denial, other: PreparedText): boolean {
  const negator = NEGATIVE_PROPOSITION.exec(denial.what)?.[0]?.toLowerCase();
  if (!negator || denial.stems.length < 2 || !new RegExp(String.raw`\b${negator.replace(/['’]/g, "['’]")}`, 'i').test(other.text)) return false;
  return denial.stems.every((s) => other.terms.has(s) || hasVerbForm(other.terms, s));
}

/** Negators that open a refuting cue of their own ("not true", "no truth", "isn't true"). */
const OWN_NEGATOR: ReadonlySet<string> = new Set(['not', 'no', "isn't", "wasn't", 'never']);

const denialCache = new WeakMap<PreparedText, Denial | null>();
/** What a text denies ({@link deniedProposition}), once per prepared text; only texts with a refuting cue are read. */
export function denialOf(p: PreparedText): Denial | null {
  if (p.refuteWeight === 0) return null;
  let hit = denialCache.get(p);
  if (hit === undefined) denialCache.set(p, (hit = deniedProposition(p.text)));
  return hit;
}

/** Stems of causing ("caused", "the cause", "started", "sparked", "triggered", "ignited"): one predicate in {@link statesDenied}. */
const CAUSE_STEMS: ReadonlySet<string> = new Set(['cause', 'caus', 'start', 'spark', 'trigger', 'ignit', 'ignite'].map((w) => contentStem(w) ?? w));

/**
 * A text's first auxiliary opening a passive act: "had been bypassed", "was approved" (group 1: the participle). Not a
 * later one ("was carrying more passengers than it was allowed to" is no passive of "allow").
 */
const PASSIVE_ACT = /^(?:(?!\b(?:is|are|was|were|has|have|had|will|would)\b)[^])*?\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be)\s+(?:\w+ly\s+)?(\p{L}+ed)\b/iu;
/** Share of a denied proposition's content words the other claim must state (it says what was denied). */
const DENIED_COVERAGE = 0.6;

/**
 * Suspicion, inquiry and relayed reporting: a sentence with one relays or weighs a report rather than stating it. Not
 * "investigators", who speak as officials do ("investigators said the evidence points to the line").
 */
const SUSPICION = /\b(?:suspected|suspicions?|suspects|investigat(?!ors?\b)\w*|looking into|checking|reporting that|heard that|are saying|probing|fears?|feared|belief|believes?)\b/i;
/**
 * {@link SUSPICION} as two texts stating one fact alike read it ({@link statePlainlyAlike}): an inquiry into a thing is
 * stated ("has hired Ironbark Security to investigate the leak", "opened an investigation into the failure": session 48),
 * only one into whether, how or why, or into a report or claim, weighs one. (Disputes keep the wider test: narrowing it
 * there made an expert who "agreed" dispute an FNC-1 train-story page.)
 */
const SUSPICION_OF_REPORT = /\b(?:suspected|suspicions?|suspects|(?:investigat(?!ors?\b)\w*|looking\s+into|probing|checking)(?:\s+(?:an?|the))?\s+(?:whether|if|how|why|reports?|claims?|allegations?|rumou?rs?|possibility|suggestions?)|reporting that|heard that|are saying|fears?|feared|belief|believes?)\b/i;
/**
 * Whether a claim relays a report rather than stating it ("media sources have claimed that …", "militants may have
 * contracted …", "the WHO is investigating reports that …"): a denial of the report does not dispute the relay, which
 * took no side. An attribution ("according to officials") still states.
 */
function relaysReport(p: PreparedText, alsoSays: ReadonlySet<string> = NO_HEDGES, suspicion: RegExp = SUSPICION, stated?: string): boolean {
  // (the thing a side states is no suspicion it relays: "it had opened a criminal investigation into the incident" states
  // the investigation a none denies: a held-out subject of session 68)
  const text = stated ? p.text.replace(stated, '') : p.text;
  return p.hedges.some((h) => h.toLowerCase() !== 'according to' && !alsoSays.has(h.toLowerCase()) && !documentShows(h, p.text)) || suspicion.test(withoutAttribution(text));
}
/**
 * A text without its "according to …" attributions: whom a statement is owed to weighs no suspicion ("…, according to
 * two people familiar with the state's investigation" states; a held-out subject of session 57).
 */
function withoutAttribution(text: string): string {
  return /\baccording to\b/i.test(text) ? text.replace(/\baccording to\b[^,;:.]*/gi, '') : text;
}
const NO_HEDGES: ReadonlySet<string> = new Set();
/**
 * "reported" in a none of harm is the none's own words: "No injuries were reported" says nobody was hurt, as "There
 * were no reported injuries" (the harm dispute reads a none's "reported" so too).
 */
const REPORTED: ReadonlySet<string> = new Set(['reported']);
/**
 * `hedges` and the hedge words both texts say only in one phrase: every use after a content word the other text also
 * puts before it ("separate claim"), lower case.
 */
function withSharedPhrase(hedges: ReadonlySet<string>, a: PreparedText, b: PreparedText): ReadonlySet<string> {
  if (a.hedges.length === 0 || b.hedges.length === 0) return hedges;
  const theirs = new Set(b.hedges.map((h) => h.toLowerCase()));
  const shared = a.hedges.map((h) => h.toLowerCase()).filter((h) => {
    if (!theirs.has(h)) return false;
    const x = wordsBefore(a.text, h);
    const y = wordsBefore(b.text, h);
    return !!x && !!y && x.every((w) => y.includes(w)) && y.every((w) => x.includes(w));
  });
  return shared.length ? new Set([...hedges, ...shared]) : hedges;
}
/** The word before each use of `phrase` in `text` (lower case), or null when one has no content word there. */
function wordsBefore(text: string, phrase: string): string[] | null {
  const out: string[] = [];
  for (const m of text.matchAll(new RegExp(String.raw`\b${escapeRegExp(phrase)}\b`, 'gi'))) {
    const w = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, m.index - 30), m.index))?.[1]?.toLowerCase();
    if (!w || !contentStem(w)) return null;
    out.push(w);
  }
  return out.length ? out : null;
}
/** A "would" both sides say: the one supposes nothing the other does not ("no peat would be dug up" / "… would have to be dug out"). */
const WOULD: ReadonlySet<string> = new Set(['would']);

/**
 * {@link relaysReport} for what a text states at `at`: only a hedge or a suspicion before it relays it ("Media reports
 * say the council had been warned"); those after it are what it states ("wrote to … saying that the gate could not
 * cope").
 */
function relaysBefore(p: PreparedText, at: number): boolean {
  const before = p.text.slice(0, Math.max(0, at));
  // The words before, as tokens read them: a hedge phrase counts where its words stand there whole.
  const words = ` ${tokenize(before).map((t) => t.norm).join(' ')} `;
  return p.hedges.some((h) => h.toLowerCase() !== 'according to' && !documentShows(h, p.text) && words.includes(` ${h.toLowerCase()} `)) || SUSPICION.test(before);
}

/**
 * Documents that show ("…, the reports show", "records show that …"): evidence read, not hearsay relayed. Blind subject
 * K's "At least four people were injured in those fires, … the reports show" (the regulator's incident reports) was
 * read as relaying and could not answer "No one has been injured".
 */
const DOCUMENTS_SHOW = /\b(?:reports?|records?|documents?|filings?|minutes)\s+(?:show|shows|showed|found)\b/i;
/** Whether a hedge word is the noun of {@link DOCUMENTS_SHOW} in `text`. */
function documentShows(hedge: string, text: string): boolean {
  return /^reports?$/i.test(hedge) && DOCUMENTS_SHOW.test(text);
}

/**
 * {@link relaysReport} for an act the text states at `at`: a "reported" or "reports" only after the act is another
 * clause's verb ("two passenger trains crossed the viaduct …, after the inspection team had reported the cracks"),
 * not a relay of the act.
 */
function relaysAct(p: PreparedText, at: number, actEnd = at): boolean {
  const before = p.text.slice(0, at).toLowerCase();
  // "said the company would appeal the fine" states an intent in reported speech, as relaysStatement reads it; a
  // condition keeps "would" a hedge ("would appeal if …").
  // Not a statement a subordinate clause reports ("Less than two weeks after Aaron Sorkin said that Christian Bale would
  // play Steve Jobs, Bale has dropped from the project": FNC-1 validation read that as Bale playing Jobs).
  const said = REPORTED_WOULD.exec(p.text);
  const reportedWould = !!said && !CONDITION.test(p.text) && !SUBORDINATE_BEFORE.test(p.text.slice(0, said.index));
  return p.hedges.some((h) => {
    const w = h.toLowerCase();
    return w !== 'according to' && !(w === 'would' && reportedWould) && !((w === 'reported' || w === 'reports') && !before.includes(w));
  }) || SUSPICION.test(withoutActAt(p.text, at, actEnd).replace(HELD_ON_SUSPICION, ''));
}
/**
 * A text with the act at `at` blanked (its word, or up to `end` for an act said by a noun): the act itself relays
 * nothing ("investigated Dunmere Valley Water", "opened a formal investigation into …").
 */
function withoutActAt(text: string, at: number, end: number): string {
  let stop = Math.max(end, at + (/^\S+/.exec(text.slice(at))?.[0].length ?? 0));
  // An inquiry the act opens is the act's own object ("has opened an investigation into the burst"), no suspicion.
  stop += INQUIRY_OBJECT.exec(text.slice(stop))?.[0].length ?? 0;
  return text.slice(0, at) + ' '.repeat(stop - at) + text.slice(stop);
}
/** An inquiry right after an act word, as its object: " an investigation", " a formal inquiry", " its own investigation". */
const INQUIRY_OBJECT = /^\s+(?:an?|the|its|their)\s+(?:(?:own|formal|full|independent|criminal|official|internal)\s+){0,2}(?:investigation|inquiry|probe)\b/i;
/** What an arrest is made or a release given on: the suspicion is of the crime, the arrest is stated ("A 61-year-old man was arrested on suspicion of dangerous driving and later released under investigation"). */
const HELD_ON_SUSPICION = /\bon\s+suspicion\s+of\b|\b(?:released|bailed)\s+under\s+investigation\b/gi;

const propositionEntityCache = new WeakMap<Denial, ReadonlySet<string>>();
/** The canonical entity keys a denied proposition names (as {@link PreparedFeatures} reads a text's), once per denial. */
function propositionEntities(d: Denial): ReadonlySet<string> {
  let hit = propositionEntityCache.get(d);
  if (!hit) propositionEntityCache.set(d, (hit = new Set(spotEntities(d.what).map((m) => canonicalEntityKey(m.key)))));
  return hit;
}
/** Whether two sets of entity keys share one. */
function sharesEntity(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const k of a) if (b.has(k)) return true;
  return false;
}

/**
 * Whether a claim states the proposition another denies: at least three content words in the proposition (a short
 * one, "the patient has Ebola", fits any story of its topic), and most of what it says besides names — at least two
 * of its lower-case words, {@link DENIED_COVERAGE} of them and one of its first predicate ("a report of a ceasefire
 * with the Nigerian government was a lie" is not disputed by "criticism of the Nigerian government", which shares
 * only "government").
 */
function statesDenied(d: Denial, other: PreparedText): boolean {
  const stems = new Set(d.stems);
  if (stems.size < 3) return false;
  // A proposition that opens with a name is stated only by a text naming someone it names: "Tell denied a report that
  // Saltmarsh Events was about to be sold to the ticketing group Parallax Live" is not stated by "The festival had sold
  // 18,000 tickets" (blind subject N), which shares the act and a word of the buyer. Names compare as entities, so
  // "Islamic State terrorists had crossed the border" is stated by "ISIS fighters … crossing the border".
  if (d.subjectNames.size && !sharesEntity(propositionEntities(d), other.entities)) return false;
  // A cause said either way is one predicate: "denied that its line started the fire" / "points to the line as the
  // cause of the fire" (a verb of causing against the noun).
  // A denied cause is stated only with what was caused and what caused it, as much as a proposition's words are: "a
  // broken rail was the cause of the derailment" does not state "a faulty signal caused the derailment".
  const causes = [...CAUSE_STEMS].some((s) => other.terms.has(s));
  const states = (s: string): boolean => hasVerbForm(other.terms, s) || (causes && CAUSE_STEMS.has(s));
  // A passive proposition is stated by its act, not by another act done in the passive: "denied that the university's
  // governing council had been bypassed" is not stated by "the decision had been approved by its governing council",
  // which names the council and not the act (a held-out subject of session 58). Only the passive: the act of a
  // proposition is often said otherwise ("rumors that its robots are roaming Microsoft's campus are not true" / "Four of
  // the robot security guards have been deployed to guard Microsoft's campus", FNC-1 train stories).
  const denied = PASSIVE_ACT.exec(d.what)?.[1];
  const done = PASSIVE_ACT.exec(other.text)?.[1];
  if (denied && done && !states(contentStem(denied.toLowerCase()) ?? denied) && actOf(stem(denied.toLowerCase())) !== actOf(stem(done.toLowerCase()))) return false;
  // A proposition's act after its auxiliary is stated, or another word for it: "denied that the resurfacing work had
  // damaged the main" is not stated by "began resurfacing the street …, and heavy rollers were working above the main",
  // which has every other word (a held-out subject of session 61).
  // (the first auxiliary's act only, and only a past: "was carrying more passengers than it was allowed to" is stated
  // by "carried more passengers than it was certified to carry"). An irregular past counts too: "rejects reports … that
  // vaccine meant for primary health centres was sold to private pharmacies" is not stated by "forcing … victims to buy
  // the vaccine from private pharmacies" (a held-out subject of session 64).
  const act = AUX_ACT.exec(d.what)?.[1]?.toLowerCase();
  const irregular = act ? IRREGULAR_VERBS[act] : undefined;
  const actStem = act && (irregular === undefined ? /(?:ed|en)$/.test(act) : irregular !== act) ? contentStem(act) : null;
  if (actStem && d.lower.has(actStem) && !states(actStem) && !causes && ![...other.terms.keys()].some((t) => actOf(t) === actOf(actStem) || TAKEN_FOR[actStem]?.includes(t))) return false;
  let shared = 0;
  let cause = false;
  let rest = 0;
  let restShared = 0;
  for (const s of d.lower) {
    if (states(s)) shared++;
    if (CAUSE_STEMS.has(s)) cause = true;
    else {
      rest++;
      if (other.terms.has(s)) restShared++;
    }
  }
  if (cause && restShared < DENIED_COVERAGE * rest) return false;
  // How or when the act was done is what such a denial denies: "denied reports that the stand had been evacuated too
  // late" is not stated by "About 6,200 supporters were evacuated from a stand" (a held-out subject of session 66).
  const graded = tooStem(d.what);
  for (const x of d.lower) if ((MANNER_STEMS.has(x) || x === graded) && !states(x)) return false;
  let head = 0;
  for (const s of d.head) if (states(s)) head++;
  // Its first predicate at least in part: "denied … that it has agreed to a ceasefire and will release the
  // schoolgirls" is not disputed by "negotiations for the release of the schoolgirls".
  if (head === 0) return false;
  // The whole first predicate ("Meridian has dropped the drug" against "denied … it has dropped the drug and will
  // refund patients"), or most of the proposition.
  if (d.head.size >= 2 && head === d.head.size) return true;
  return shared >= 2 && shared >= DENIED_COVERAGE * d.lower.size;
}

/** "too" and the word it grades ("too late", "too slowly"). */
const TOO_WORD = /\btoo\s+(\p{L}+)/iu;
/** The stem of the word "too" grades in a text, or null. */
const tooStem = (text: string): string | null => {
  const w = TOO_WORD.exec(text)?.[1];
  return w ? (contentStem(w.toLowerCase()) ?? null) : null;
};
/** Stems of words saying how or when an act was done, which a denial of it may deny alone ("late", "unlawfully"). */
const MANNER_STEMS: ReadonlySet<string> = new Set(['late', 'early', 'slowly', 'quickly', 'properly', 'adequately', 'prematurely', 'unnecessarily', 'illegally', 'unlawfully', 'deliberately', 'intentionally'].map((w) => contentStem(w)!).filter(Boolean));

/** An auxiliary and the word after it ("had damaged", "has agreed", "was carrying"). */
/**
 * A denied act's words that state it in a theft: "had been stolen" is stated by "has taken the records" ("take" is in
 * no act group: most of its senses are no theft, lexicon/same-acts.ts).
 */
const TAKEN_FOR: Readonly<Record<string, readonly string[]>> = { stolen: ['taken', 'took'] };
const AUX_ACT = /\b(?:had|has|have|was|were|is|are|would|will|did|does)\s+(?:been\s+|already\s+|since\s+)?(\p{L}+)\b/iu;

/**
 * Whether every negation of a text stands in a trailing clause of its own: after a comma, in a clause opened by a
 * participle or a relative ("…, forcing Fenwick's water utility to stop drawing water", "…, which has not reopened").
 */
function negationsTrail(p: PreparedText): boolean {
  const lower = p.text.toLowerCase();
  if (p.negations.length === 0) return false;
  for (const cue of p.negations) {
    const at = lower.indexOf(cue.toLowerCase());
    if (at < 0) return false;
    const before = lower.slice(0, at);
    const comma = before.lastIndexOf(',');
    if (comma < 0 || !/^\s*(?:\w+ing|which|who|where|while)\b/.test(before.slice(comma + 1))) return false;
  }
  return true;
}

/** The sentence of `text` holding `words` (a reading's words as written), else the whole text. */
function sentenceHolding(text: string, words: string): string {
  const at = text.indexOf(words);
  return at < 0 ? text : sentenceAt(text, at, at + words.length);
}

/** Whether both texts deny a proposition and the two open with different names ({@link Denial.subjectNames}). */
function deniedOfOthers(a: PreparedText, b: PreparedText): boolean {
  const da = denialOf(a);
  const db = da && denialOf(b);
  return !!da && !!db && da.subjectNames.size > 0 && db.subjectNames.size > 0 && ![...da.subjectNames].some((s) => db.subjectNames.has(s));
}

/**
 * Whether two denied propositions are one: the first predicate of each shares a lower-case word with the other, most
 * of the shorter one's lower-case words are the other's, and where both open with a name, one name is both's ("denied
 * that Corvane had known about the fire" is not "denied that Ostley had known …"). A cause said either way is one
 * predicate, as in {@link statesDenied}.
 */
function deniedAlike(a: Denial, b: Denial): boolean {
  if (a.subjectNames.size && b.subjectNames.size && ![...a.subjectNames].some((s) => b.subjectNames.has(s))) return false;
  const [short, long] = a.lower.size <= b.lower.size ? [a, b] : [b, a];
  if (short.lower.size < 2) return false;
  const inLong = new Set(long.stems);
  const causes = [...CAUSE_STEMS].some((s) => inLong.has(s));
  const has = (s: string, d: Denial): boolean => hasVerbForm(new Set(d.stems), s) || (CAUSE_STEMS.has(s) && [...CAUSE_STEMS].some((c) => d.stems.includes(c)));
  let shared = 0;
  for (const s of short.lower) if (hasVerbForm(inLong, s) || (causes && CAUSE_STEMS.has(s))) shared++;
  if (shared < 2 || shared < DENIED_COVERAGE * short.lower.size) return false;
  return [...a.head].some((s) => has(s, b)) && [...b.head].some((s) => has(s, a));
}

/**
 * Whether two texts point the same clear way about one shared subject — the cues attached to what they share, a
 * subject beyond places and speakers (as a direction dispute needs), and one thing changing on both sides
 * ({@link sameThingMoves}): "ISIS is exploiting security gaps" and "allowing
 * ISIS to regain ground" agree; "tourism in Ashford has declined" and "crime in Ashford has declined" share a place,
 * and "Millan's death … my loss" and "Millan said … it fell in an area where" a name, not what goes up or down.
 */
export function agreeOnDirection(a: PreparedText, b: PreparedText): boolean {
  const useTopics = a.topics.length > 0 && b.topics.length > 0;
  const topic = useTopics ? topicOverlap(a.topics, b.topics) : topicOverlap(a.entities, b.entities);
  const entityShared = useTopics ? setCosine(a.entities, b.entities).shared : topic.shared;
  const subjectIds = new Set([...topic.shared, ...entityShared].map(slugOf));
  const dA = subjectDirection(a, b, subjectIds).direction;
  const dB = subjectDirection(b, a, subjectIds).direction;
  const th = CLAIM_THRESHOLDS.direction;
  if (Math.abs(dA) < th || Math.abs(dB) < th || Math.sign(dA) !== Math.sign(dB)) return false;
  return shareSubjectBeyondSpeakers(a, b, subjectIds, new Set([...cueStems(a), ...cueStems(b)])) && sameThingMoves(a, b, subjectIds, true);
}

/** One side's direction when its cues all point one way: +1 up, -1 down, 0 none or mixed. */
function plainDirection(p: PreparedText): number {
  if (p.up.length > 0 && p.down.length === 0) return 1;
  if (p.down.length > 0 && p.up.length === 0) return -1;
  return 0;
}

/**
 * Whether two texts say different things however much they share (issue 9, blind subjects of session 21): their
 * cues point opposite ways ("shares rose 4 percent on Tuesday" / "shares closed 2 percent lower on Wednesday"), or
 * they give values of one unit that cannot both hold where the keys may name one quantity ("has burned 12,400 acres"
 * / "grew to 14,200 acres") — even when the keys are too bare for a figure contrast. Such a pair is no agreement; it
 * is left to the rules and the figure rows to call it a dispute.
 */
export function readingsDiffer(a: PreparedText, b: PreparedText): boolean {
  const da = plainDirection(a);
  const db = plainDirection(b);
  if (da !== 0 && db !== 0 && da !== db) return true;
  // lengths of time from one event ("12 days before the accident" / "61 days before the accident"): offsets.ts
  return figuresDiffer(a.figures, b.figures, a.text, b.text) || lengthsOrCountsApart(a, b);
}
/**
 * Whether two texts put a thing at lengths of time from one event that cannot both hold, or count one noun with no count
 * in common (offsets.ts).
 */
function lengthsOrCountsApart(a: PreparedText, b: PreparedText): boolean {
  return offsetsDiffer(offsetsOf(a), offsetsOf(b)) || countsDiffer(countsOf(a), countsOf(b));
}

/**
 * Whether two texts give values of one unit, for subjects that may be one, that cannot both hold or are far apart
 * (figure-values.ts figuresSayOne; see {@link readingsDiffer}).
 */
export function figuresDiffer(aFigures: readonly Figure[], bFigures: readonly Figure[], aText: string, bText: string): boolean {
  // A figure the other text gives too is said by both; the other text's further values of its kind are other things — a
  // target, last month's value ("Sixty-one percent … against a target of 95 percent" / "Just 61 percent …"; "an average
  // of 47 minutes …, down from 58 minutes in September" / "an average of 47 minutes …": a held-out subject of session 39).
  const sameFigure = (f: Figure, o: Figure) => unitsMeet(f.unit, o.unit) && keysMayMeet(f.subjectKey!, o.subjectKey!, true) && o.value === f.value && o.high === f.high;
  const keyed = (fs: readonly Figure[]) => fs.filter((f) => !!f.subjectKey);
  const [a, b] = [keyed(aFigures), keyed(bFigures)];
  const givenA = new Set(a.filter((f) => b.some((o) => sameFigure(f, o))));
  const givenB = new Set(b.filter((f) => a.some((o) => sameFigure(f, o))));
  for (const fa of a) {
    if (givenA.has(fa)) continue;
    for (const fb of b) {
      // (values far apart differ though a floor allows both: "more than 8,000" / "15,000", figure-values.ts figuresSayOne)
      if (!givenB.has(fb) && fb.unit === fa.unit && keysMayMeet(fa.subjectKey!, fb.subjectKey!) && !figuresSayOne(fa, fb, aText, bText)) return true;
    }
  }
  return false;
}

/**
 * Whether two texts give amounts of one kind and no value in common ("about 200 kilograms of gas had escaped" / "About
 * 1,400 kilograms of chlorine escaped"; "reaches 23 cases" / "had reached 31 by Tuesday afternoon": held-out subjects
 * showed such pairs as agreeing — their keys name the thing two ways, so {@link figuresDiffer} cannot meet them). Two
 * such texts state no one fact: an agreement needs more than the words around the numbers.
 */
export function amountsApart(aFigures: readonly Figure[], bFigures: readonly Figure[], aText: string, bText: string): boolean {
  const values = (fs: readonly Figure[]) => new Set(fs.map((f) => f.value));
  const [va, vb] = [values(aFigures), values(bFigures)];
  // any value one side gives that the other gives too: the two may say one thing and more besides
  for (const v of va) if (vb.has(v)) return false;
  for (const fa of aFigures) {
    if (!fa.subjectKey) continue;
    // values that may be one ("nearly $2,000" / "$1,820"; "around $500" / "$499 to $549") are no two amounts
    if (bFigures.some((fb) => !!fb.subjectKey && sameKindOfAmount(fa.unit, fb.unit) && !figuresConsistent(fa, { ...fb, unit: fa.unit }, aText, bText))) return true;
  }
  return false;
}
/**
 * Whether two units measure one kind of amount: one unit of stuff, money or share, or counts of things of any noun
 * ("41,000 homes and businesses" / "46,500 customers"; "a petition signed by about 3,000 people" / "a petition with
 * 4,750 signatures").
 */
function sameKindOfAmount(a: string, b: string): boolean {
  if (a === b) return true;
  return !isMeasureUnit(a) && !isMaterialUnit(a) && !isMeasureUnit(b) && !isMaterialUnit(b) && a !== 'time' && b !== 'time';
}

/**
 * Whether `p` narrows the shared word `s` with a noun the other text does not have: "the collapse of oil prices" and
 * "prices are soaring" in Mosul speak of two prices. Only a lower-case content word right before it counts (or the
 * sentence's first word).
 */
function modifiedApart(p: PreparedText, other: PreparedText, s: string): boolean {
  const tokens = tokenize(p.text);
  for (let i = 1; i < tokens.length; i++) {
    if (stem(tokens[i]!.norm) !== s) continue;
    const prev = tokens[i - 1]!;
    // Lower case, or the sentence's first word ("Oil prices have collapsed").
    if (p.text.slice(prev.end, tokens[i]!.start).trim() !== '' || (i > 1 && !startsLower(prev.raw))) continue;
    const m = contentStem(prev.norm);
    if (m && !other.terms.has(m) && !cueStems(p).has(m)) return true;
  }
  return false;
}

const cueClauseCache = new WeakMap<PreparedText, Set<string>>();
/** Content stems of the clauses that hold a direction cue ("Inflation in Springfield has diminished" → inflation, springfield). */
function cueClauseStems(p: PreparedText): Set<string> {
  let hit = cueClauseCache.get(p);
  if (hit) return hit;
  hit = new Set<string>();
  const tokens = tokenize(p.text);
  const norms = tokens.map((t) => t.norm);
  const boundary = clauseBoundary(p.text, tokens, norms);
  const clause = new Int32Array(tokens.length);
  for (let i = 1; i < tokens.length; i++) clause[i] = clause[i - 1]! + (boundary(i) ? 1 : 0);
  const cueWords = new Set(p.cues.map((c) => c.words.toLowerCase().split(/\s+/).at(-1)!));
  const held = new Set<number>();
  tokens.forEach((t, i) => cueWords.has(t.norm) && held.add(clause[i]!));
  tokens.forEach((t, i) => {
    const st = held.has(clause[i]!) ? contentStem(t.norm) : null;
    if (st) hit!.add(st);
  });
  cueClauseCache.set(p, hit);
  return hit;
}

/** Cue words that are nouns ("a major loss", "the rise of", "a lack of"): the words before one modify it. */
const NOMINAL_CUES = new Set(['loss', 'losses', 'threat', 'threats', 'growth', 'rise', 'decline', 'increase', 'surge', 'drop', 'fall', 'failure', 'danger', 'dangers', 'setback', 'collapse', 'spike', 'jump', 'reduction', 'escalation', 'resurgence', 'defeat', 'demise', 'gains', 'decrease', 'expansion', 'boost', 'lack']);
/** Words after a cue that say how it changes, not what ("growing fast", "fell back"). */
const MANNER_WORDS = new Set(['twice', 'fast', 'slow', 'hard', 'back', 'up', 'down', 'away', 'out', 'off', 'apace', 'again', 'anew', 'further', 'overnight']);
/** Cue nouns whose "to"/"for" phrase names the loser ("a major loss to al-Shabab": al-Shabab is what shrinks). */
const LOSS_NOUNS = new Set(['loss', 'losses', 'setback', 'blow']);
/** Cue nouns whose "from" phrase names where the threat comes from ("the threat from the Islamic State"). */
const SOURCE_NOUNS = new Set(['threat', 'threats', 'danger', 'dangers', 'risk', 'risks']);

/** What a direction cue says changes ({@link cueThings}). */
interface CueThing {
  /** Content stems and slugged names of the noun phrase the cue governs; empty when its clause does not say. */
  thing: ReadonlySet<string>;
  /** Said of a pronoun or a definite anaphor ("they", "the group"): of the text's own subject. */
  own: boolean;
}
/** Relative pronouns: "the smuggling ring, which is growing" grows the ring. */
const RELATIVES = new Set(['which', 'who', 'that']);
const cueThingCache = new WeakMap<PreparedText, CueThing[]>();
/**
 * What each direction cue of a text (in `p.cues` order) says changes, as content stems and slugged names: the noun
 * phrase the cue governs in its clause — its of/in phrase ("the rise of Isil", "a surge in attacks"), the noun it
 * modifies or acts on ("rising concerns", "expanded the US military mission"), else its subject before it ("the
 * injury worsened", "the U.S. air war has been expanding"). A pronoun stands for the noun phrase opening the text; an
 * anaphor ("the group"), a pronoun with nothing before it and a fragment ("was resurging") leave it empty and `own`
 * (the text's own subject); a clause that does not say (a participle after a comma) leaves it empty. Read per pair,
 * only for the pairs a direction would make an agree or a dispute.
 */
function cueThings(p: PreparedText): CueThing[] {
  const hit = cueThingCache.get(p);
  if (hit) return hit;
  const tokens = tokenize(p.text);
  const n = tokens.length;
  const norms = tokens.map((t) => t.norm);
  const boundary = clauseBoundary(p.text, tokens, norms);
  const punct = (k: number): boolean => k > 0 && CLAUSE_GAP.test(p.text.slice(tokens[k - 1]!.end, tokens[k]!.start));
  const sentStart = (k: number): boolean => k === 0 || /[.!?]\s*$/.test(p.text.slice(tokens[k - 1]!.end, tokens[k]!.start));
  // A word of the noun phrase: a content word (not an auxiliary, a place preposition, an adverb, a number or another
  // cue word), or a capitalised word inside the sentence (a name: "the US military mission").
  const word = (k: number): string | null => {
    if (k < 0 || k >= n) return null;
    const w = norms[k]!;
    if (FILLERS.has(w) || w === 'cannot' || TIME.has(w) || MANNER_WORDS.has(w) || LOCATIVES.has(w) || NP_OPENERS.has(w) || REPORTING_VERB_SET.has(w) || SUBJECT_PRONOUNS.has(w) || startsNumber(tokens[k]!.raw)) return null;
    if (w.endsWith('ly') && w.length > 4) return null;
    // A name's alias group too ("Daesh" → "#isis"), so two names of one thing match.
    if (startsUpper(tokens[k]!.raw)) for (const t of extractTerms(tokens[k]!.raw).keys()) if (t[0] === '#') aliases.push(t);
    const st = contentStem(w);
    if (anaphorNouns().has(w) && (k === 0 || DEFINITE.has(norms[k - 1]!) || (k > 1 && DEFINITE.has(norms[k - 2]!)))) anaphoric = true;
    if (st) return isCueWord(w) ? null : st;
    return startsUpper(tokens[k]!.raw) && !sentStart(k) ? w : null;
  };
  /** The words of the noun phrase from k on (over openers, an of-chain), into `into`; how many were found. */
  const phraseAfter = (k: number, into: Set<string>): number => {
    let found = 0;
    for (let skips = 0; k < n && skips < 3 && !boundary(k) && (NP_OPENERS.has(norms[k]!) || ARTICLES.has(norms[k]!)); skips++) k++;
    // "threats posed by violent extremist organizations": who poses them, not the participle.
    if (k + 2 < n && /ed$/.test(norms[k]!) && norms[k + 1] === 'by' && !boundary(k + 1)) return phraseAfter(k + 2, into);
    for (let m = k, words = 0; m < n && words < 4 && (m === k || !boundary(m)); m++) {
      // "its month-long air campaign": a time inside the phrase modifies it.
      if (TIME.has(norms[m]!) && m + 1 < n && !boundary(m + 1)) continue;
      const st = word(m);
      if (st) {
        into.add(st);
        found++;
        words++;
        continue;
      }
      // "the number of sexually active girls": the of-phrase says which number.
      if (norms[m] === 'of' && found > 0 && m + 1 < n && !boundary(m + 1)) {
        let j = m + 1;
        while (j < n && (ARTICLES.has(norms[j]!) || NP_OPENERS.has(norms[j]!) || (norms[j]!.endsWith('ly') && norms[j]!.length > 4))) j++;
        m = j - 1;
        words = 0;
        continue;
      }
      break;
    }
    return found;
  };
  /**
   * The subject before the cue at s, over auxiliaries, adverbs and negation ("has been steadily expanding"), a place
   * phrase ("the rebels in the north have been defeated") and a relative pronoun ("the smuggling ring, which is
   * growing"), into `into`; a pronoun or an anaphor there marks the cue as about the text's own subject.
   */
  const subjectBefore = (s: number, nominal: boolean, into: Set<string>): void => {
    let m = s - 1;
    let placed = false;
    while (m >= 0 && !boundary(m + 1) && (FILLERS.has(norms[m]!) || (norms[m]!.endsWith('ly') && norms[m]!.length > 4))) m--;
    let relative = false;
    if (m > 0 && m < s && RELATIVES.has(norms[m]!) && !boundary(m + 1)) {
      m--;
      relative = true;
    }
    // A pronoun or a definite anaphor opening the clause ("They have the potential to resurge", "The group remained
    // militarily defeated") makes the cue the text's own subject's.
    for (let j = s - 1; j >= 0; j--) {
      if (SUBJECT_PRONOUNS.has(norms[j]!)) own = true;
      else if (anaphorNouns().has(norms[j]!) && j > 0 && DEFINITE.has(norms[j - 1]!)) anaphoric = true;
      if (boundary(j)) break;
    }
    // A fragment with no subject at all ("was resurging in Syria") is about the text's own subject.
    if (m < 0) own = true;
    const verbal = m < s - 1;
    let before: { st: string; named: boolean }[] = [];
    for (let words = 0; m >= 0 && words < 6; m--, words++) {
      if (boundary(m + 1) && !(relative && words === 0)) break;
      const st = word(m);
      if (st) {
        before.push({ st, named: startsUpper(tokens[m]!.raw) });
        continue;
      }
      // "the number of tourists", "the walls of Harwick Abbey": the of-phrase and the noun it belongs to.
      if (norms[m] === 'of' && before.length > 0 && m > 0 && !boundary(m)) {
        if (ARTICLES.has(norms[m - 1]!)) m--;
        continue;
      }
      // A place phrase between the subject and its verb: "the U.S. air war in Iraq", "the rebels in the north".
      const where = (k: number): boolean => PLACE_PREPOSITIONS.has(norms[k]!) || (!relative && norms[k] === 'on');
      const place = where(m) ? m : (ARTICLES.has(norms[m]!) || POSSESSIVES.has(norms[m]!)) && m > 0 && where(m - 1) ? m - 1 : -1;
      if (place > 0 && before.length > 0 && !boundary(m) && !boundary(place + 1)) {
        before = [];
        aliases = [];
        placed = true;
        m = place;
        words = -1;
        continue;
      }
      break;
    }
    // "a major symbolic and operational loss": right after an article, the words before a noun cue are its
    // modifiers, not what changes (a name still is: "the Google growth").
    const opened = m >= 0 && !boundary(m + 1) && (ARTICLES.has(norms[m]!) || POSSESSIVES.has(norms[m]!) || LOCATIVES.has(norms[m]!) || norms[m] === 'and');
    // The names the cue was attached to were a place ("Tolls on the Marren Bridge have risen"): the noun before it is
    // what changes.
    if (placed && before.length > 0) into.clear();
    for (const b of before) if (verbal || !opened || !nominal || b.named) into.add(b.st);
  };
  // Whether the current cue's phrase is a definite anaphor, and whether its subject is a pronoun (see below).
  let anaphoric = false;
  let own = false;
  // Alias-group terms of the names read for the current cue.
  let aliases: string[] = [];
  // The text's subject: the noun phrase opening it, over a fronted place ("In Springfield the number of tourists …"); a
  // cue said of a pronoun or an anaphor ("it is declining fast") is said of it.
  const head = new Set<string>();
  {
    let k = 0;
    if (k < n && PLACE_PREPOSITIONS.has(norms[0]!)) {
      k = 1;
      while (k < n && (ARTICLES.has(norms[k]!) || startsUpper(tokens[k]!.raw)) && !punct(k)) k++;
      if (k < n && punct(k)) k++;
    }
    while (k < n && (ARTICLES.has(norms[k]!) || NP_OPENERS.has(norms[k]!))) k++;
    const first = k < n && (SUBJECT_PRONOUNS.has(norms[k]!) || anaphorNouns().has(norms[k]!)) ? null : k;
    if (first !== null) {
      phraseAfter(first, head);
      for (const t of aliases) head.add(t);
    }
  }
  const out: CueThing[] = [];
  let from = 0;
  for (const c of p.cues) {
    const thing = new Set<string>();
    anaphoric = [c.subject, c.object].some((w) => w !== undefined && anaphorNouns().has(w));
    own = false;
    aliases = [];
    for (const name of c.names) {
      thing.add(name);
      for (const t of extractTerms(name.replace(/-/g, ' ')).keys()) if (t[0] === '#') thing.add(t);
      for (const part of name.split('-')) {
        const st = contentStem(part);
        if (st) thing.add(st);
      }
    }
    const words = tokenize(c.words.replace(/^not /, '')).map((t) => t.norm);
    let s = -1;
    for (let i = from; i + words.length <= n && s < 0; i++) if (words.every((w, j) => norms[i + j] === w)) s = i;
    // Not a participle ("any threat posed by …" reads "posed" as the threat's object), nor the head of a compound a
    // noun cue opens ("the threat level"), nor its modifier ("the terror threat").
    const compound = words.length === 1 && NOMINAL_CUES.has(words[0]!);
    if (c.object && !c.object.endsWith('ed') && !compound && !isCueWord(c.object)) thing.add(contentStem(c.object) ?? c.object);
    if (c.subject && !compound && !isCueWord(c.subject)) thing.add(contentStem(c.subject) ?? c.subject);
    if (s >= 0) {
      const e = s + words.length - 1;
      from = e + 1;
      let k = e + 1;
      // "growing and amorphous air war": over a coordinated modifier.
      if (k + 1 < n && (norms[k] === 'and' || norms[k] === 'or') && !punct(k) && !punct(k + 1) && word(k + 1)) k++;
      const last = norms[e]!;
      // A noun cue ("a lack of", "the rise") — not the same word as a verb after a plural subject ("doctors lack").
      const nominal = NOMINAL_CUES.has(last) && !(s > 0 && /[^s]s$/.test(norms[s - 1]!) && !ARTICLES.has(norms[s - 1]!) && !POSSESSIVES.has(norms[s - 1]!) && !boundary(s));
      const via = k < n && !boundary(k) ? norms[k]! : '';
      const prep = via === 'of' || (via === 'in' && CHANGE_NOUNS.has(stem(last))) || ((via === 'to' || via === 'for') && LOSS_NOUNS.has(last)) || (via === 'from' && SOURCE_NOUNS.has(last));
      let after = 0;
      if (prep) after = phraseAfter(k + 1, thing);
      // A noun cue right before a noun is a compound ("in hyper growth mode"), which says nothing of what grows.
      else if (k < n && !boundary(k) && !LOCATIVES.has(via) && (!nominal || (/ed$/.test(via) && norms[k + 1] === 'by'))) after = phraseAfter(k, thing);
      // "increased their attacks": a possessive object belongs to the subject, which is what grows.
      if (after === 0 || (!prep && POSSESSIVES.has(via))) subjectBefore(s, nominal, thing);
    }
    // "the militant group", "the organization": an anaphor stands for the text's own subject, which the clause does
    // not name.
    // A pronoun stands for the text's opening subject when it has one ("The measles outbreak … remains a threat, but it
    // is declining"); an anaphor ("the organization") for the text's topic, which need not open it.
    if (anaphoric) out.push({ thing: new Set(), own: true });
    else if (own && thing.size === 0) out.push(head.size > 0 ? { thing: head, own: false } : { thing: new Set(), own: true });
    else out.push({ thing: new Set([...thing, ...aliases]), own: false });
  }
  cueThingCache.set(p, out);
  return out;
}

/**
 * Whether a cue of `a` and a cue of `b`, both about the pair's subject and pointing the same way (`same`) or opposite
 * ways, say the same thing changes (a shared content stem or name in what each governs; see {@link cueThings}):
 * "administration officials have expanded the US military mission" and "the rise of Isil" both point up, about two
 * things.
 */
function sameThingMoves(a: PreparedText, b: PreparedText, subjectIds: ReadonlySet<string>, same: boolean): boolean {
  const ta = cueThings(a);
  const tb = cueThings(b);
  const onA = onSubject(a, b, subjectIds);
  const onB = onSubject(b, a, subjectIds);
  const stemsA = cueStems(a);
  const stemsB = cueStems(b);
  const wordStems = (c: DirectionCueHit): string[] => tokenize(c.words).map((t) => stem(t.norm)).filter((st) => st !== 'not');
  for (let i = 0; i < a.cues.length; i++) {
    if (!onA[i]) continue;
    const ca = a.cues[i]!;
    for (let j = 0; j < b.cues.length; j++) {
      const cb = b.cues[j]!;
      if (!onB[j] || (ca.sign === cb.sign) !== same) continue;
      const x = ta[i]!;
      const y = tb[j]!;
      if (x.thing.size > 0 && y.thing.size > 0) {
        // A shared name alone is no shared thing when each side says which of its things moves: "Halvorsen shares
        // rose" and "Halvorsen's annual sales rose" are two (a blind subject of session 22).
        const namesA = nameStems(a);
        const namesB = nameStems(b);
        // (an alias group key, "#isis", is a name too)
        const named = (t: string) => t[0] === '#' || namesA.has(t) || namesB.has(t);
        const nounsOnBoth = [...x.thing].some((t) => !named(t)) && [...y.thing].some((t) => !named(t));
        for (const t of x.thing) if (y.thing.has(t) && (!nounsOnBoth || !named(t))) return true;
        continue;
      }
      // A cue whose clause does not say what changes is about the same thing when the two say it with one word ("a
      // major loss" and "a symbolic loss"), when either is said of its text's own subject ("they have the potential
      // to resurge", "the group remained defeated"), or when the other is said of the pair's named subject ("ISIS
      // poses …"): "ISIS's … growth" and "expanded the US military mission" are two.
      if (wordStems(ca).some((st) => stemsB.has(st)) || wordStems(cb).some((st) => stemsA.has(st))) return true;
      if (x.own || y.own) return true;
      const known = x.thing.size > 0 ? x.thing : y.thing.size > 0 ? y.thing : null;
      if (known && [...known].some((t) => subjectIds.has(t) && !isCountryKey(t) && !COUNTRY_TOPIC_IDS.has(t))) return true;
    }
  }
  return false;
}

const midNameCache = new WeakMap<PreparedText, Set<string>>();
/** Stems of a text's capitalised words after its first: names, not a sentence's opening word ("Officials said …"). */
function midNameStems(p: PreparedText): Set<string> {
  let out = midNameCache.get(p);
  if (out) return out;
  midNameCache.set(p, (out = new Set<string>()));
  tokenize(p.text).forEach((t, i) => {
    if (i > 0 && startsUpper(t.raw)) out.add(contentStem(t.norm) ?? t.norm);
  });
  return out;
}

const speakerTitleCache = new WeakMap<PreparedText, Set<string>>();
/**
 * Stems of the words just before a name that a speech verb follows or leads ("council leader Martin Quayle said",
 * "said chief executive Fiona Darrach"): up to {@link TITLE_SPAN} lower-case words (or the sentence's first), no
 * punctuation or determiner between. A title need not be a listed one ("council leader", "plant manager").
 */
function speakerTitleStems(p: PreparedText): Set<string> {
  let hit = speakerTitleCache.get(p);
  if (hit) return hit;
  hit = new Set();
  const tokens = tokenize(p.text);
  const tight = (i: number) => !/[^\s]/.test(p.text.slice(tokens[i - 1]!.end, tokens[i]!.start));
  for (let i = 1; i < tokens.length; i++) {
    // A name run [i, j): capitalised words after a lower-case one (or the sentence's first).
    if (!startsUpper(tokens[i]!.raw) || (startsUpper(tokens[i - 1]!.raw) && tight(i) && i - 1 > 0)) continue;
    let j = i;
    while (j < tokens.length && startsUpper(tokens[j]!.raw) && (j === i || tight(j))) j++;
    const spoken = (j < tokens.length && SPEECH_VERBS.has(tokens[j]!.norm) && tight(j)) || SPEECH_VERBS.has(tokens[i - 1]!.norm);
    if (!spoken) continue;
    for (let k = i - 1, taken = 0; k >= 0 && taken < TITLE_SPAN && tight(k + 1); k--, taken++) {
      const w = tokens[k]!;
      if (SPEECH_VERBS.has(w.norm)) continue;
      if (startsUpper(w.raw) && k > 0) break;
      const st = contentStem(w.norm);
      if (!st) break;
      hit.add(st);
    }
  }
  speakerTitleCache.set(p, hit);
  return hit;
}
/** Words before a speaker's name read as their title ("chief executive", "council leader", "plant manager"). */
const TITLE_SPAN = 3;

/** Least shared words, besides names, titles and "said", that make two texts near copies of one statement. */
const MIN_COPY_WORDS = 2;

/**
 * Whether two texts share more than who they name: "Chief executive Fiona Darrach was among those copied in" and "…,
 * chief executive Fiona Darrach said" share a name and a title, and say two different things (blind subject J); so do
 * "Council leader Martin Quayle did not answer questions" and "No homes were destroyed, council leader Martin Quayle
 * said" (blind subject L), whose shared words are all the attribution's.
 */
function sharesBeyondNames(a: PreparedText, b: PreparedText, shared: readonly string[]): boolean {
  const namesA = midNameStems(a);
  const namesB = midNameStems(b);
  // The words before a speaker's name ("…, council leader Martin Quayle said") are who speaks, title list or not.
  const titlesA = speakerTitleStems(a);
  const titlesB = speakerTitleStems(b);
  // Nor the words of an apposition both give a name ("Dunhallow Municipal Transport, the bus company owned by Dunhallow
  // Borough Council, …"): what the name is, not what either says of it (a held-out subject of session 53 read "… estimated
  // the damage at around £6 million" as a copy of "The fire started at about 2am …, which is run by" that name).
  const appositionA = appositionStems(a);
  const appositionB = appositionStems(b);
  let n = 0;
  for (const t of shared) {
    const word = a.terms.get(t) ?? t;
    if (namesA.has(t) || namesB.has(t) || titlesA.has(t) || titlesB.has(t) || TITLE_WORD_SET.has(word) || TITLE_WORD_SET.has(t) || REPORTING_VERB_SET.has(word) || REPORTING_VERB_SET.has(t)) continue;
    if (appositionA.has(t) && appositionB.has(t)) continue;
    if (++n >= MIN_COPY_WORDS) return true;
  }
  return false;
}

/**
 * An apposition after a name ("Dunhallow Municipal Transport, the bus company owned by Dunhallow Borough Council,"), or
 * the same said before the name ("As the tour's only authorised ticket seller, SeatSure sold …": a held-out subject of
 * session 59 read that as a copy of "SeatSure, the tour's only authorised ticket seller, charged a booking fee …").
 */
const APPOSITION = /(?:\p{Lu}[\p{L}'’-]*,\s+|^\s*As\s+)((?:the|a|an)\s+[^,.;]{3,80}?),/gu;
const appositionCache = new WeakMap<PreparedText, Set<string>>();
/** Stems of the words in a text's appositions after a name ({@link APPOSITION}), once per text. */
function appositionStems(p: PreparedText): Set<string> {
  let hit = appositionCache.get(p);
  if (!hit) {
    hit = new Set();
    for (const m of p.text.matchAll(APPOSITION)) for (const t of tokenize(m[1]!)) hit.add(contentStem(t.norm) ?? t.norm);
    appositionCache.set(p, hit);
  }
  return hit;
}

const nameStemCache = new WeakMap<PreparedText, Set<string>>();
/** Stems of a text's capitalised words (names, and a sentence's first word): what a cue thing names, not what it is. */
function nameStems(p: PreparedText): Set<string> {
  let hit = nameStemCache.get(p);
  if (!hit) {
    hit = new Set();
    for (const t of tokenize(p.text)) if (startsUpper(t.raw)) hit.add(contentStem(t.norm) ?? t.norm);
    nameStemCache.set(p, hit);
  }
  return hit;
}

/**
 * A reading of a text's words (state-end.ts, plans.ts, estimates.ts, harm.ts, complaints.ts, warnings.ts) taken once per prepared
 * text: a page sentence meets hundreds of claims.
 */
function oncePerText<T>(read: (text: string) => T): (p: PreparedText) => T {
  const cache = new WeakMap<PreparedText, { value: T }>();
  return (p) => {
    let hit = cache.get(p);
    if (!hit) cache.set(p, (hit = { value: read(p.text) }));
    return hit.value;
  };
}
/** {@link departureReading} of a prepared text, once per text. */
const departureOf = oncePerText(departureReading);
/** {@link stateReading} of a prepared text, once per text. */
export const stateOf = oncePerText(stateReading);
/**
 * A thing set right against the one the other side gives ("was stopped by a shopper, not by a security guard" / "A
 * security guard stopped the escalator"): set-right.ts. The correcting side may not relay it. Its words in the other
 * text are a shared subject of their own, where a shared word is a cue ("not because of a power surge").
 */
function setRightTwoWays(a: PreparedText, b: PreparedText): AnsweredTwoWays | null {
  for (const [by, x, y] of [['a', a, b], ['b', b, a]] as const) {
    // (or a doer named by a cleft against another the other side gives: "it was the library that served notice to end
    // the contract" / "Corvane had ended the contract", cleft.ts)
    const c = setRightConflict(setRightOf(x), y.text) ?? cleftConflict(cleftsOf(x), y.text);
    if (c) return { a: by === 'a' ? c.words : c.given, b: by === 'a' ? c.given : c.words, stating: by, evidence: { corrected: { by } } };
  }
  return null;
}
/** {@link cleftReadings} of a prepared text, once per text. */
const cleftsOf = oncePerText(cleftReadings);
/** {@link setRightReadings} of a prepared text, once per text. */
const setRightOf = oncePerText(setRightReadings);
/** {@link offsetReadings} of a prepared text, once per text. */
const offsetsOf = oncePerText(offsetReadings);
/** {@link countedNouns} of a prepared text, once per text. */
const countsOf = oncePerText(countedNouns);
/** {@link planReading} of a prepared text, once per text. */
export const planOf = oncePerText(planReading);
/** {@link causeReading} of a prepared text, once per text. */
export const causeOf = oncePerText(causeReading);
const verdictOf = oncePerText(verdictReading);
/** {@link estimateReading} of a prepared text, once per text. */
export const estimateOf = oncePerText(estimateReading);
/** {@link harmReading} of a prepared text, once per text. */
export const harmOf = oncePerText(harmReading);
/** {@link complaintReading} of a prepared text, once per text. */
export const complaintOf = oncePerText(complaintReading);
/** {@link warningReading} of a prepared text, once per text. */
export const warningOf = oncePerText(warningReading);
/** {@link delayReading} of a prepared text, once per text. */
export const delayOf = oncePerText(delayReading);
/** {@link qualityReading} of a prepared text, once per text. */
export const qualityOf = oncePerText(qualityReading);
/** {@link outcomeReading} of a prepared text, once per text. */
export const outcomeOf = oncePerText(outcomeReading);
/** {@link openReading} of a prepared text, once per text. */
export const openOf = oncePerText(openReading);
/** {@link ratingReading} of a prepared text, once per text. */
export const ratingOf = oncePerText(ratingReading);
/** {@link whenReading} of a prepared text, once per text. */
export const whenOf = oncePerText(whenReading);
/** {@link clockTimeReading} of a prepared text, once per text. */
export const clockTimeOf = oncePerText(clockTimeReading);
/** {@link affectedReading} of a prepared text, once per text. */
export const affectedOf = oncePerText(affectedReading);
/** {@link effectReading} of a prepared text, once per text. */
export const effectOf = oncePerText(effectReading);
/** {@link changeReading} of a prepared text, once per text. */
export const changeOf = oncePerText(changeReading);
/** {@link moneyReading} of a prepared text, once per text. */
export const moneyOf = oncePerText(moneyReading);
/** {@link refusalReading} of a prepared text, once per text. */
export const refusalOf = oncePerText(refusalReading);
/** {@link compensationReading} of a prepared text, once per text. */
export const compensationOf = oncePerText(compensationReading);
/** {@link purposeReading} of a prepared text, once per text. */
export const purposeOf = oncePerText(purposeReading);
/** {@link voteReading} of a prepared text, once per text. */
export const voteOf = oncePerText(voteReading);
/** {@link postReading} of a prepared text, once per text. */
export const postOf = oncePerText(postReading);
/** {@link knowingReading} of a prepared text, once per text. */
export const knowingOf = oncePerText(knowingReading);
/** {@link doneReading} of a prepared text, once per text. */
export const doneOf = oncePerText(doneReading);
/** {@link clockReading} of a prepared text, once per text. */
export const clocksOf = oncePerText(clockReading);
/** {@link limitReading} of a prepared text, once per text. */
export const limitOf = oncePerText(limitReading);
/** {@link benchmarkReading} of a prepared text, once per text. */
export const benchmarkOf = oncePerText(benchmarkReading);
/** {@link universalReading} of a prepared text, once per text. */
export const universalOf = oncePerText(universalReading);
/** {@link earlierReading} of a prepared text, once per text. */
export const earlierOf = oncePerText(earlierReading);
/** {@link paidHowReading} of a prepared text, once per text. */
export const paidHowOf = oncePerText(paidHowReading);
/** {@link workingReading} of a prepared text, once per text. */
export const workingOf = oncePerText(workingReading);
/** {@link jobsReading} of a prepared text, once per text. */
export const jobsOf = oncePerText(jobsReading);
/** {@link obligationReading} of a prepared text, once per text. */
export const obligationOf = oncePerText(obligationReading);
/** {@link recordReading} of a prepared text, once per text. */
export const recordOf = oncePerText(recordReading);

/** One question answered two ways: the phrases of each side, the side stating what happened ('both': either), the evidence. */
interface AnsweredTwoWays {
  a: string;
  b: string;
  stating: 'a' | 'b' | 'both';
  evidence: Partial<RelationEvidence>;
  /** Hedges the reading itself reads in a side, so they relay nothing there ("unlikely" of "unlikely to reopen before 24 February"). */
  reads?: (p: PreparedText) => ReadonlySet<string>;
}
/**
 * A reading of a none against a some ("was not affected" / "postponed …"): the some side states what happened, so it
 * may not relay it; `evidence` names the side saying none.
 */
function noneAgainstSome<R>(
  of: (p: PreparedText) => R | null,
  conflict: (x: R, y: R) => { none: 'a' | 'b'; a: string; b: string } | null,
  evidence: (none: 'a' | 'b') => Partial<RelationEvidence>,
): (a: PreparedText, b: PreparedText) => AnsweredTwoWays | null {
  return (a, b) => {
    const f = whenBoth(of, a, b, conflict);
    return f && { a: f.a, b: f.b, stating: f.none === 'a' ? 'b' : 'a', evidence: evidence(f.none) };
  };
}
/**
 * How a vote went ("The vote was unanimous" / "Two governors … voted against the merger"; "by seven votes to five" /
 * "by eight votes to four"): votes.ts. Neither side may relay a report of it. Within one story it needs no shared name
 * ({@link RelateOptions.oneStory}): "The vote was unanimous" shares nothing but the vote with the claim it answers.
 */
const voteTwoWays = (a: PreparedText, b: PreparedText): AnsweredTwoWays | null => {
  const v = whenBoth(voteOf, a, b, voteConflict);
  return v && { a: v.a, b: v.b, stating: 'both', evidence: { vote: { a: v.a, b: v.b } } };
};
/**
 * Whether people lose their jobs ("No library staff will lose their jobs" / "at least 20 library workers faced
 * compulsory redundancy"): jobs.ts. The side saying some do may not relay it. Within one story it needs no shared name
 * ({@link RelateOptions.oneStory}): staff and workers, the council and the union, share no word.
 */
const jobsTwoWays = noneAgainstSome(jobsOf, jobsConflict, (none) => ({ jobs: { none } }));
/**
 * Readings of one question answered two ways that {@link relate} reads alike, in this order (session 42's held-out
 * subjects; the older readers above keep their own conditions).
 */
/** "Unlikely" as when.ts reads it, a day deferred to ("were unlikely to reopen before 24 February": DayReading.unlikely). */
const UNLIKELY_BEFORE: ReadonlySet<string> = new Set(['unlikely']);
const ANSWERED_TWO_WAYS: ((a: PreparedText, b: PreparedText) => AnsweredTwoWays | null)[] = [
  // Whether one thing got better or worse ("… emergency department improved slightly in October" / "… worsened for the
  // third month in a row in October"): quality.ts. Neither side may relay a report of it.
  (a, b) => {
    const q = whenBoth(qualityOf, a, b, qualityConflict);
    return q && { a: q.a, b: q.b, stating: 'both', evidence: { quality: { better: q.better } } };
  },
  // Whether one thing passed or failed a test ("… had passed its annual safety test in November" / "… failed its annual
  // test in November"): outcome.ts. Neither side may relay a report of it.
  (a, b) => {
    const o = whenBoth(outcomeOf, a, b, outcomeConflict);
    return o && { a: o.a, b: o.b, stating: 'both', evidence: { outcome: { passed: o.passed } } };
  },
  // Whether a named place was open or closed on a day ("Brook Lane Infant School remained open on Monday and Tuesday" /
  // "… also closed on Monday"): open-closed.ts. Neither side may relay a report of it.
  (a, b) => {
    const o = whenBoth(openOf, a, b, openConflict);
    return o && { a: o.a, b: o.b, stating: 'both', evidence: { openState: { open: o.open } } };
  },
  // Whether one person left of their own accord or was made to ("said he had stepped down of his own accord" / "the
  // management committee suspended Declan Furlong"): departure.ts. Neither side may relay a report of it.
  (a, b) => {
    const d = whenBoth(departureOf, a, b, departureConflict);
    return d && { a: d.a, b: d.b, stating: 'both', evidence: { departed: { a: d.a, b: d.b } } };
  },
  // Which grade an inspection gave one place ("had been rated good at its most recent inspection" / "found that
  // Thornbury Grange required improvement"): ratings.ts. Neither side may relay a report of it.
  (a, b) => {
    const r = whenBoth(ratingOf, a, b, ratingConflict);
    return r && { a: r.a, b: r.b, stating: 'both', evidence: { rated: { a: r.a, b: r.b } } };
  },
  // Whether a named place or body was affected ("Kilbarran Community Hospital was not affected" / "… postponed 23
  // outpatient appointments"): affected.ts. The disrupted side may not relay it.
  noneAgainstSome(affectedOf, affectedConflict, (none) => ({ affected: { none } })),
  // Whether one thing had an effect on another ("the closure of Ward 9 had not affected waiting times" / "The closure of
  // Ward 9 has added hours to every wait"): effect.ts. The side stating the effect may not relay it.
  noneAgainstSome(effectOf, effectConflict, (none) => ({ effect: { none } })),
  // Whether a thing changes ("Fares for pensioners and students will not change" / "Student fares will rise by 20
  // pence"): unchanged.ts. The side stating the change may not relay it.
  (a, b) => {
    const c = whenBoth(changeOf, a, b, changeConflict);
    return c && { a: c.a, b: c.b, stating: c.same === 'a' ? 'b' : 'a', evidence: { unchanged: { same: c.same } } };
  },
  // Whether promised money has come ("The money has not arrived" / "… had been transferred to the health board"):
  // money-arrived.ts. The side saying it was paid may not relay it.
  noneAgainstSome(moneyOf, moneyConflict, (none) => ({ arrived: { none } })),
  // Whether someone did an act or refused or failed to ("a keeper had failed to lock the door" / "the suspended keeper
  // had locked the door"): refusal.ts. The side stating the act done may not relay it.
  (a, b) => {
    const ra = refusalOf(a);
    const rb = refusalOf(b);
    const r = ra.length || rb.length ? refusalConflict(a.text, ra, b.text, rb) : null;
    return r && { a: r.a, b: r.b, stating: r.refused === 'a' ? 'b' : 'a', evidence: { refused: { refused: r.refused } } };
  },
  // Whether a doer will act for a purpose ("will not organise flights to bring stranded passengers home" / "have agreed
  // to charter aircraft to bring home stranded … passengers"): purpose.ts. The side that agreed may not relay it.
  (a, b) => {
    const pa = purposeOf(a);
    const pb = purposeOf(b);
    const r = pa.length && pb.length ? purposeConflict(pa, pb) : null;
    return r && { a: r.a, b: r.b, stating: r.refused === 'a' ? 'b' : 'a', evidence: { purpose: { refused: r.refused } } };
  },
  // Whether a named person left a post or stays ("Professor Adrian Keele resigned on Wednesday" / "Professor Keele will
  // remain at Velmont"): post.ts. Neither side may relay a report of it.
  (a, b) => {
    const p = whenBoth(postOf, a, b, postConflict);
    return p && { a: p.a, b: p.b, stating: 'both', evidence: { post: { left: p.left } } };
  },
  voteTwoWays,
  jobsTwoWays,
  // Whether someone must do a thing ("Students will not have to resit any of the papers" / "… have been told they must
  // resit the lost papers"): obligations.ts. The side saying they must may not relay it.
  noneAgainstSome(obligationOf, obligationConflict, (none) => ({ obliged: { none } })),
  // Whether one thing is the most of its kind ("It is the largest fine the authority has ever imposed …" / "It is not
  // the largest penalty the authority has imposed …"): records.ts. Neither side may relay a report of it.
  (a, b) => {
    const r = whenBoth(recordOf, a, b, recordConflict);
    return r && { a: r.a, b: r.b, stating: 'both', evidence: { record: { a: r.a, b: r.b } } };
  },
  // A time set right against the one the other side gives ("was issued at 10.12pm, not at 6.30pm as the agency told
  // reporters" / "… was issued … at 6.30pm on Sunday"): corrections.ts. The correcting side may not relay it.
  (a, b) => {
    const c = whenBoth(clocksOf, a, b, (x, y) => correctionConflict(x, y, a.text, b.text));
    if (!c) return null;
    const said: ReadonlySet<string> = c.wrongSaidBy ? new Set([c.wrongSaidBy]) : NO_HEDGES;
    return { a: c.a, b: c.b, stating: c.by, evidence: { corrected: { by: c.by } }, reads: (p) => (p === (c.by === 'a' ? a : b) ? said : NO_HEDGES) };
  },
  // A time set against the one another side gives ("… at 11.41pm on Friday, more than two hours before the time the bus
  // company has given for the start of the fire" / "The fire started at about 2am …, the company said"):
  // earlier-than-said.ts. Its "says" is the reading's own, no report it relays.
  (a, b) => {
    for (const [set, other, by] of [[b, a, 'b'], [a, b, 'a']] as const) {
      const r = earlierOf(set);
      const c = r && earlierConflict(r, set.text, other.text, earlierOf(other));
      if (!c) continue;
      const own: ReadonlySet<string> = new Set(set.hedges.map((h) => h.toLowerCase()).filter((h) => r.words.toLowerCase().includes(h)));
      return { a: by === 'a' ? c.set : c.answered, b: by === 'a' ? c.answered : c.set, stating: by, evidence: { corrected: { by } }, reads: (p) => (p === set ? own : NO_HEDGES) };
    }
    return null;
  },
  // Whether money owed is paid without asking or only to who claims it ("Refunds will be paid automatically to drivers
  // who use the bridge's TagPass account" / "Even drivers with TagPass accounts will have to claim their refunds"):
  // paid-how.ts. Neither side may relay a report of it.
  (a, b) => {
    const c = whenBoth(paidHowOf, a, b, paidHowConflict);
    // ("claim" of money owed is a request, not an allegation: "will have to claim their refunds", "an online claim form")
    return c && { a: c.a, b: c.b, stating: 'both', evidence: { paidHow: { automatic: c.automatic } }, reads: () => CLAIMING };
  },
  // Whether a thing kept within a limit or went over it ("was travelling within the speed limit" / "at 52mph …, where
  // the permanent speed limit is 30mph"): limits.ts. Neither side may relay a report of it.
  (a, b) => {
    const l = whenBoth(limitOf, a, b, limitConflict);
    return l && { a: l.a, b: l.b, stating: 'both', evidence: { limit: { within: l.within } } };
  },
  // Whether a measure came in above or below one benchmark ("Ridership in the first week was ahead of the agency's
  // forecast of 12,000" / "… was below our opening forecast of 12,000 boardings"): benchmarks.ts. Neither side may relay
  // a report of it.
  (a, b) => {
    const r = whenBoth(benchmarkOf, a, b, benchmarkConflict);
    return r && { a: r.a, b: r.b, stating: 'both', evidence: { benchmark: { a: r.a, b: r.b } } };
  },
  // Whether a thing holds of every one of a kind ("detectors were installed in every guest room" / "None of the 38 guest
  // rooms in the east wing had a carbon monoxide detector"): universals.ts. Neither side may relay a report of it.
  (a, b) => {
    const u = whenBoth(universalOf, a, b, universalConflict);
    return u && { a: u.a, b: u.b, stating: 'both', evidence: { universal: { all: u.all } } };
  },
  // Whether a thing was working ("all alarms at the prison were working" / "The alarm on the B wing fire door had been
  // out of action for 11 days"): working.ts. The side saying it worked may not relay a report of it; the other's clause
  // is read for reports by the reader itself ("…, and our branch reported it to managers twice" relays nothing).
  (a, b) => {
    const w = whenBoth(workingOf, a, b, workingConflict);
    return w && { a: w.a, b: w.b, stating: w.working, evidence: { working: { working: w.working } } };
  },
  // On which day one thing happens ("The new fares will take effect on 1 January" / "The new fares take effect on 6
  // November"): when.ts. Read before the near-copy agreement, which sees only the shared words.
  (a, b) => {
    const w = whenBoth(whenOf, a, b, whenConflict);
    return w && { a: w.a, b: w.b, stating: 'both', evidence: { when: { a: w.a, b: w.b } }, reads: (p) => (whenOf(p)?.some((d) => d.unlikely) ? UNLIKELY_BEFORE : NO_HEDGES) };
  },
];

/** The hedge words a claim for money owed says as requests ({@link paidHowReading}). */
const CLAIMING: ReadonlySet<string> = new Set(['claim', 'claims', 'claiming', 'claimed']);
/** Another's line repeated to doubt it: "how the district could tell reporters that …", "how anyone can claim …". */
const DOUBTED_LINE = /\bhow\s+(?:[\w'’-]+\s+){1,4}?(?:could|can|would)\s+(?:possibly\s+|still\s+)?(?:tell|say|claim|insist|suggest|argue|maintain|pretend)\b/i;
/** A refusal to say: "will not comment on whether …", "declined to say if …", "would not confirm how much …". */
const NON_ANSWER = /\b(?:(?:will|would|did|does|do|could|can)\s+not|(?:won|wouldn|didn|doesn|don|couldn|can)['’]t|declined\s+to|refused\s+to)\s+(?:comment|say|confirm|disclose|reveal|discuss|specify)\s+(?:on\s+)?(?:whether|if|how|what|when|who|which)\b/i;

/**
 * Whether a none deferred to a day ("Families were not told until January 24") meets a telling on that day ("Families
 * were told … on Monday", the Monday before the page's 25 January): one telling, then. Days resolved against each side's
 * date; false where either gives none.
 */
function toldThatDay(none: PreparedText, some: PreparedText, noneDate: string | null | undefined, someDate: string | null | undefined): boolean {
  const until = warningOf(none)?.words.until;
  if (!until) return false;
  const days = (text: string, date: string | null | undefined) => findDateMentions(text).map((m) => resolveDate(m, { date })).filter((d): d is string => !!d && d.length === 10);
  const when = days(until, noneDate);
  return when.length > 0 && days(some.text, someDate).some((d) => when.includes(d));
}

const cueStemCache = new WeakMap<PreparedText, Set<string>>();
/** Stems of a text's direction cue words, once per prepared text (a page sentence meets many claims). */
function cueStems(p: PreparedText): Set<string> {
  let hit = cueStemCache.get(p);
  if (!hit) cueStemCache.set(p, (hit = new Set(p.cues.flatMap((c) => tokenize(c.words).map((t) => stem(t.norm))))));
  return hit;
}

/** Words a sentence's subject may open with before its head noun ({@link openingHead}). */
const HEAD_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);
/**
 * The stem of a text's opening subject head (the first word of its first clause after a determiner: "Ridership",
 * "Sales", "Shares"), or null; with `words`, only where one of them follows it within a few words of that clause (its
 * act, "Ridership on the network has now fallen"). Two texts stating opposite changes of one such head disagree on one
 * thing, not on two things that rose and fell in one story.
 */
export function openingHead(text: string, words?: readonly string[]): string | null {
  // (the first clause only: its head and act are within its first words)
  const clause = text.slice(0, 160).split(/[,;:—–]/, 1)[0]!.toLowerCase();
  const tokens: string[] = clause.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  let k = 0;
  while (k < tokens.length && HEAD_OPENERS.has(tokens[k]!)) k++;
  const head = tokens[k];
  if (!head || REPORTING_VERB_SET.has(head)) return null;
  if (words && words.map((w) => tokens.indexOf(w.toLowerCase())).find((i) => i > k && i <= k + 8) === undefined) return null;
  return contentStem(head) ?? null;
}

/**
 * Whether two texts name no different times for what they say: days, months or years, where both name some, share one
 * ("Halvorsen shares rose 4 percent on Tuesday" / "… closed 2 percent lower on Wednesday" are two days' moves).
 */
function sameTimesNamed(a: string, b: string): boolean {
  const times = (text: string) => tokenize(text).filter((t) => /^\p{Lu}/u.test(t.raw) && (WEEKDAYS[t.norm] !== undefined || MONTHS[t.norm] !== undefined) || /^(?:19|20)\d\d$/.test(t.norm)).map((t) => t.norm);
  const ta = times(a);
  const tb = times(b);
  return ta.length === 0 || tb.length === 0 || ta.some((t) => tb.includes(t));
}

/**
 * Opposite changes of one subject both texts open with ({@link openingHead}): the change word of each side's overall
 * direction (a negated or hedged cue leaves a side's direction as its reading says), or null.
 */
function oneSubjectChange(a: PreparedText, b: PreparedText): { a: string; b: string } | null {
  if (a.direction === 0 || b.direction === 0 || Math.sign(a.direction) === Math.sign(b.direction) || !sameTimesNamed(a.text, b.text)) return null;
  const wordsA = a.direction > 0 ? a.up : a.down;
  const wordsB = b.direction > 0 ? b.up : b.down;
  for (const wa of wordsA) {
    const head = openingHead(a.text, [wa]);
    if (head === null) continue;
    for (const wb of wordsB) if (openingHead(b.text, [wb]) === head) return { a: wa, b: wb };
  }
  return null;
}

/**
 * `conflict(of(a), of(b))` for a conflict that needs both readings (each is null without either), reading `b` first: a
 * page sentence is `a` and a corpus claim `b` (match.ts relatePair), whose readings stay with it from page to page, and
 * most claims have none of a kind — the page sentence is then not read for it.
 */
function whenBoth<R, C>(of: (p: PreparedText) => R | null, a: PreparedText, b: PreparedText, conflict: (x: R, y: R) => C | null): C | null {
  const y = of(b);
  if (y == null) return null;
  const x = of(a);
  return x == null ? null : conflict(x, y);
}

/**
 * Relation between two claims (or a claim and a page sentence). Symmetric in its label.
 * Accepts raw RelatableText or {@link prepare}d features; see the module comment for the decision steps.
 */
export function relate(
  aIn: RelatableText | PreparedText,
  bIn: RelatableText | PreparedText,
  opts: RelateOptions = {},
): Relation {
  const th = opts.thresholds ? { ...CLAIM_THRESHOLDS, ...opts.thresholds } : CLAIM_THRESHOLDS;
  const a = prepare(aIn);
  const b = prepare(bIn);
  const terms = termCosine(a, b, opts.stats);
  const useTopics = a.topics.length > 0 && b.topics.length > 0;
  const topic = useTopics ? topicOverlap(a.topics, b.topics) : topicOverlap(a.entities, b.entities);
  const entityShared = useTopics ? setCosine(a.entities, b.entities).shared : topic.shared;
  const similarity = clamp01(1 - (1 - terms.sim) * (1 - 0.6 * topic.sim));
  const figs = compareFigures(a.figures, b.figures, a.text, b.text);

  const evidence = emptyEvidence();
  evidence.sharedTerms = terms.shared.map((s) => a.terms.get(s) ?? s).sort();
  evidence.sharedEntities = [...new Set([...topic.shared, ...entityShared])].sort();
  evidence.figureDiffs = figs.diffs;

  // One act at one clock time ("The outage began at about 1:40 a.m., when …" / "The outage began at about 1:40 a.m.,
  // officials said, and callers …") relates two texts as a shared figure does, however little else they share: a time
  // is no figure, and the corpus's weights make the act's words (the card's topic) weigh little.
  const oneClockTime = similarity < th.stance ? whenBoth(clockTimeOf, a, b, clockTimeAgreement) : null;
  const related = similarity >= th.related || figs.diffs.length > 0 || figs.matches > 0 || !!oneClockTime;
  if (!related) {
    return { label: 'unrelated', score: round3(clamp01(1 - similarity / th.related)), similarity: round3(similarity), evidence };
  }

  // A shared subject: a non-country topic/entity, or two shared content words besides direction cues.
  const stemsA = cueStems(a);
  const stemsB = cueStems(b);
  const sharedContent = terms.shared.filter((s) => !stemsA.has(s) && !stemsB.has(s));
  const subject =
    topic.shared.some((id) => !COUNTRY_TOPIC_IDS.has(id) && !isCountryKey(id)) ||
    entityShared.some((e) => !isCountryKey(e)) ||
    sharedContent.length >= 2;

  // Direction only from cues about the shared subject: "Washington is pushing for increased military support …
  // against the IS group" says nothing about the group growing.
  const subjectIds = new Set([...topic.shared, ...entityShared].map(slugOf));
  const sideA = subjectDirection(a, b, subjectIds);
  const sideB = subjectDirection(b, a, subjectIds);
  let label: RelationLabel = 'related';
  let strength = 0;
  const dA = sideA.direction;
  const dB = sideB.direction;
  const clearA = Math.abs(dA) >= th.direction;
  const clearB = Math.abs(dB) >= th.direction;
  const stanceOk = similarity >= th.stance && subject;

  // A thing set right against the one the other side gives, read before the cues (a correction's "not" is no change of
  // direction: "stopped by a shopper, not by a security guard" read as "not … escalator"): set-right.ts. Its words in the
  // other text are a shared subject of their own, where a shared word is a cue ("not because of a power surge").
  // (a cause ruled out and given the other way, of a shared subject, is causes.ts's, read below with its own evidence)
  const causeRuledOut = stanceOk && !!whenBoth(causeOf, a, b, (x, y) => causesConflict(x, y, [a.text, b.text]));
  if (similarity >= th.stance && !causeRuledOut) {
    const c = setRightTwoWays(a, b);
    if (c && !relaysReport(c.stating === 'a' ? a : b)) {
      label = 'disputes';
      strength = 1;
      Object.assign(evidence, c.evidence);
      evidence.opposingDirection = { a: [c.a], b: [c.b] };
    }
  }
  // Both the dispute and the agree need one thing changing on both sides: "Tolls on the bridge have risen" and
  // "Traffic on the bridge has fallen" are two things at one place (sameThingMoves).
  if (label === 'related' && stanceOk && clearA && clearB && Math.sign(dA) !== Math.sign(dB) && shareSubjectBeyondSpeakers(a, b, subjectIds, new Set([...stemsA, ...stemsB])) && sameThingMoves(a, b, subjectIds, false)) {
    label = 'disputes';
    strength = Math.min(Math.abs(dA), Math.abs(dB));
    evidence.opposingDirection = { a: dA > 0 ? sideA.up : sideA.down, b: dB > 0 ? sideB.up : sideB.down };
    const head = openingHead(a.text, evidence.opposingDirection.a);
    if (head !== null && head === openingHead(b.text, evidence.opposingDirection.b) && sameTimesNamed(a.text, b.text)) evidence.opposingDirection.oneSubject = true;
  }
  // Opposite changes of the subject both open with, where the cue reading above ties a change to the name nearest its
  // verb: "Footfall at the Harbour Market rose" is footfall's rise, not the market's (session 46).
  if (label === 'related' && stanceOk) {
    const one = oneSubjectChange(a, b);
    if (one) {
      label = 'disputes';
      strength = Math.min(Math.abs(a.direction), Math.abs(b.direction));
      evidence.opposingDirection = { a: [one.a], b: [one.b], oneSubject: true };
    }
  }
  const sameDirection = clearA && clearB && Math.sign(dA) === Math.sign(dB);
  // Not where the two give lengths of time from one event or counts of one noun that cannot both hold (offsets.ts), one rules out the cause
  // the other gives ("caused by a power surge" / "…, not because of a power surge" read "surge" as a rise on both
  // sides), or one test passed and failed (outcome.ts): one cue word on both sides is then no agreement.
  // (session 57: each read as agreeing on a held-out subject or a fixture of our own)
  // Nor where one side alone negates a word both say that is no cue ("the avalanche danger on Saturday was not rated
  // moderate" / "The avalanche danger … had been rated moderate": a held-out subject of session 65 read the shared
  // "danger" as agreeing); a negated cue is in the direction already ("is no longer a threat" / "a minimal threat").
  if (label === 'related' && stanceOk && sameDirection && sameThingMoves(a, b, subjectIds, true) && !lengthsOrCountsApart(a, b) && !causeRuledOut && !outcomesOpposite(outcomeOf(a), outcomeOf(b)) && !oneSideDenies(a, b, sharedContent)) {
    label = 'agrees';
    strength = Math.min(Math.abs(dA), Math.abs(dB));
  }
  // When both directions are clear they decide; otherwise refutation, negation and figures may.
  const refA = a.refuteWeight > 0;
  const refB = b.refuteWeight > 0;
  if (refA !== refB) evidence.refuting = [...a.refuting, ...b.refuting];
  // Whether someone was warned, answered both ways ("Quayle denied that the council had been warned …" / "Aldmoor
  // District Council was told in 2024 that …"): warnings.ts, read before a denial of the words themselves (the reason
  // line then quotes the warning both ways). The warned side may not relay it (an attribution states);
  // what the warning said may hedge ("… saying that a single entrance could not safely take the crowds").
  if (label === 'related' && (stanceOk || opts.oneStory)) {
    const w = whenBoth(warningOf, a, b, (x, y) => warningsConflict(x, y, opts.referents));
    if (w && !relaysBefore(w.none === 'a' ? b : a, w.someAt) && !toldThatDay(w.none === 'a' ? a : b, w.none === 'a' ? b : a, w.none === 'a' ? opts.dates?.a : opts.dates?.b, w.none === 'a' ? opts.dates?.b : opts.dates?.a)) {
      label = 'disputes';
      strength = 1;
      evidence.warned = { none: w.none };
      evidence.opposingDirection = { a: [w.a], b: [w.b] };
    }
  }
  // A denial of what the other side states: "Boko Haram denied claims … that it has agreed to a ceasefire" against
  // "Boko Haram has agreed to a ceasefire". The denied proposition, not the whole sentence, is compared with the
  // other claim, which must state it plainly (no negation, refutation or denial of its own).
  if (label === 'related' && stanceOk) {
    const denial = denialOf(a) ?? denialOf(b);
    const denier = denial && denialOf(a) ? a : b;
    const other = denier === a ? b : a;
    // A denial of a negation affirms ("his claim that he had 'never taken a cent from a developer' was false" says he
    // took money; a held-out subject of session 39 read it as disputing "convicted of taking developer's bribes").
    if (denial && !NEGATIVE_PROPOSITION.test(denial.what) && !denialOf(other) && other.refuteWeight === 0 && !hasNegation(other) && !relaysReport(other) && statesDenied(denial, other)) {
      label = 'disputes';
      strength = 1;
      evidence.denied = { what: denial.what, by: denier === a ? 'a' : 'b' };
      if (evidence.refuting.length === 0) evidence.refuting = [...denier.refuting];
    }
    // A saying of a negation called false against that negation said plainly: "To say, as the hospital has, that no
    // patient was harmed is simply not true" / "No patient was harmed, the hospital said" (a held-out subject of session
    // 61 read the two as agreeing). The other side says the very words denied, its negation among them.
    else if (denial && NEGATIVE_PROPOSITION.test(denial.what) && !denialOf(other) && other.refuteWeight === 0 && hasNegation(other) && !relaysReport(other) && saysDenied(denial, other)) {
      label = 'disputes';
      strength = 1;
      evidence.denied = { what: denial.what, by: denier === a ? 'a' : 'b' };
      if (evidence.refuting.length === 0) evidence.refuting = [...denier.refuting];
    }
  }
  // A denial and a plain "not" of one proposition say the same: "Northfork Electric denied that its power line started
  // the fire" and "Northfork Electric said its line did not start the fire" agree (a blind subject of session 21 showed
  // them as context: the refuting word kept them apart). The negated side must deny what the denial is about.
  if (label === 'related' && stanceOk && refA !== refB) {
    const denier = denialOf(a) ? a : denialOf(b) ? b : null;
    const denial = denier && denialOf(denier);
    const other = denier === a ? b : a;
    if (denial && other.refuteWeight === 0 && hasNegation(other) && deniesShared(other, denial.stems) && statesDenied(denial, other) && !relaysReport(other)) {
      label = 'agrees';
      strength = 1;
      // The refuting word is what both say, not a reason to keep them apart (match.ts drops an agree with one).
      evidence.refuting = [];
    }
  }
  // Two denials of one proposition say the same: "The team denied that its medical staff had given riders a banned
  // substance" and "… denied that its medical staff had ever given riders …" (a blind subject showed near copies of a
  // denial as context: both refute, so neither direction nor the refuting word could join them). Neither may relay.
  if (label === 'related' && stanceOk && refA && refB) {
    const da = denialOf(a);
    const db = da && denialOf(b);
    if (da && db && deniedAlike(da, db) && !relaysReport(a) && !relaysReport(b)) {
      label = 'agrees';
      strength = 1;
    }
  }
  // A state ended against one going on ("the evacuation order was lifted" / "remains in force"): one question, answered
  // both ways, with no negation or direction word to see it by (state-end.ts).
  if (label === 'related' && stanceOk) {
    const ended = whenBoth(stateOf, a, b, (x, y) => endedVersusGoingOn(x, y, opts.dates));
    if (ended) {
      label = 'disputes';
      strength = 1;
      evidence.ended = { by: ended.by };
      evidence.opposingDirection = { a: [ended.a], b: [ended.b] };
    }
  }
  // A plan stated against a plan denied, of one act by one doer ("no further job cuts are planned" / "plans to cut a
  // further 200 jobs"): plans.ts. The stating side must state it, not relay a report of it.
  if (label === 'related' && stanceOk) {
    const plan = whenBoth(planOf, a, b, planVersusNoPlan);
    // Who plans must be one: a name both texts give, or the doers the two plan phrases name ("the district had no
    // plans" / "Callowell Unified School District plans"); within one story, a doer one side leaves unnamed ("The company
    // said it would appeal" / "the board has decided that Tidewell Leisure will not appeal": session 69).
    // (both naming one: "There never were plans for an 11 men panel" names nobody, FNC-1 train stories)
    if (plan && (entityShared.length > 0 || plan.sameDoer || (opts.oneStory && plan.bothNamed))) {
      const stating = plan.deniedBy === 'a' ? b : a;
      const stated = plan.deniedBy === 'a' ? plan.b : plan.a;
      // A plan stated as what a doer "would" do is read as relaysAct reads a reported intent ("said … the council would
      // suspend the zoo's licence"), not as a hedge.
      const relays = /^(?:would|will)\b/i.test(stated) ? relaysAct(stating, stating.text.indexOf(stated)) : relaysReport(stating);
      if (!relays) {
        label = 'disputes';
        strength = 1;
        evidence.plan = { deniedBy: plan.deniedBy };
        evidence.opposingDirection = { a: [plan.a], b: [plan.b] };
      }
    }
  }
  // A cause given against the same cause ruled out ("was caused by three days of heavy rain" / "a leaking council storm
  // drain, not the weekend's rain, brought down …"): causes.ts. The side giving it must state it, not relay a report.
  // A denial of the cause the other gives ("denied that its lettuce was the source of the outbreak") is both: the cause
  // reading is kept beside the denial's (a story item disputes by the first, not by a denial alone: match.ts).
  if ((label === 'related' || evidence.denied) && stanceOk) {
    const cause = whenBoth(causeOf, a, b, (x, y) => causesConflict(x, y, [a.text, b.text]));
    if (cause && !relaysReport(cause.ruledOutBy === 'a' ? b : a)) {
      evidence.cause = { ruledOutBy: cause.ruledOutBy };
      if (label === 'related') {
        label = 'disputes';
        strength = 1;
        evidence.opposingDirection = { a: [cause.a], b: [cause.b] };
      }
    }
  }
  // A decision taken or advised both ways, on one thing by one decider ("had recommended the scheme for approval" /
  // "had recommended that the committee refuse the scheme"): verdicts.ts. Neither side may relay a report of it.
  if (label === 'related' && stanceOk) {
    const v = whenBoth(verdictOf, a, b, verdictsConflict);
    if (v && !relaysReport(a) && !relaysReport(b)) {
      label = 'disputes';
      strength = 1;
      evidence.verdict = { for: verdictOf(a)!.side === 'for' ? 'a' : 'b' };
      evidence.opposingDirection = { a: [v.a], b: [v.b] };
    }
  }
  // Two estimates of when one thing is back that cannot both hold ("would be back online by Monday" / "restoring the
  // records system could take two to three weeks"): estimates.ts. What is back or out is one thing named on both sides
  // (estimatesConflict), so one shared word is subject enough ("the viaduct to stay closed" / "… the line … would
  // reopen by Friday, once repairs to the cracked Tolland Viaduct are finished").
  if (label === 'related' && (stanceOk || (similarity >= th.stance && sharedContent.length >= 1))) {
    const est = whenBoth(estimateOf, a, b, (x, y) => estimatesConflict(x, y, opts.dates));
    if (est) {
      label = 'disputes';
      strength = 1;
      evidence.estimate = { back: est.back };
      evidence.opposingDirection = { a: [est.a], b: [est.b] };
    }
  }
  // When one knower first knew of something, answered both ways ("The board said it first learned of the leak when a
  // teacher … emailed at 7.40am on Wednesday" / "… sent the board screenshots of the leaked questions at 10.14pm on
  // Tuesday"): knowing.ts, each side's time read against its own date. The side saying it knew may not relay a report.
  // Within one story the knower both name is subject enough ("nobody had been aware of the problem until a routine audit
  // on 22 August" / "A scientist at the laboratory warned managers in June": a held-out subject of session 68).
  if (label === 'related' && (stanceOk || opts.oneStory)) {
    const k = whenBoth(knowingOf, a, b, (x, y) => knowingConflict(x, y, opts.dates, [...a.topics, ...b.topics]));
    if (k && !relaysReport(k.first === 'a' ? b : a)) {
      label = 'disputes';
      strength = 1;
      evidence.knew = { first: k.first };
      evidence.opposingDirection = { a: [k.a], b: [k.b] };
    }
  }
  // How soon one act was done, answered both ways ("told affected users within three days" / "did not tell users for
  // 41 days"): delays.ts. Neither side may relay a report of it.
  if (label === 'related' && stanceOk) {
    const d = whenBoth(delayOf, a, b, delaysConflict);
    if (d && !relaysReport(a) && !relaysReport(b)) {
      label = 'disputes';
      strength = 1;
      evidence.delay = { within: d.within };
      evidence.opposingDirection = { a: [d.a], b: [d.b] };
    }
  }
  // Whether anyone died or was hurt, answered both ways ("No one was injured" / "Two workers were hurt when the span
  // gave way"): harm.ts. Neither side may relay a report of it.
  if (label === 'related' && (stanceOk || opts.oneStory)) {
    const harm = whenBoth(harmOf, a, b, harmConflict);
    const [none, some] = harm?.none === 'a' ? [a, b] : [b, a];
    // "No deaths have been reported" is how a none is said: its "reported" relays nothing. Only the none's own sentence
    // is asked: a page frame (match.ts answerFrames) reads it with the sentences before it, whose "would not reopen"
    // hedges nothing of the toll.
    const noneSentence = harm ? sentenceHolding(none.text, harm.none === 'a' ? harm.a : harm.b).toLowerCase() : '';
    // The stating side's own statement before a report it sets against it ("…, keepers have told the Evening Post,
    // despite the zoo's claim that every animal came through unharmed": a held-out subject of session 53) relays nothing.
    if (harm && !relaysReport(statedBeforeReportedDenial(some) ?? some) && !none.hedges.some((h) => !/^(?:according to|reported)$/i.test(h) && noneSentence.includes(h.toLowerCase())) && !SUSPICION.test(noneSentence)) {
      label = 'disputes';
      strength = 1;
      evidence.harm = { none: harm.none };
      evidence.opposingDirection = { a: [harm.a], b: [harm.b] };
    }
  }
  // Nobody came to one harm, said on both sides in other words ("No one was hurt" / "Nobody was injured"): harm.ts.
  if (label === 'related' && stanceOk && !figs.diffs.length && !figs.apart) {
    // ... and none of one act ("no arrests had been made" / "No one was arrested"): none-done.ts
    const alike = whenBoth(harmOf, a, b, harmAgrees) ?? whenBoth(doneOf, a, b, doneAgreement);
    if (alike && !relaysReport(a, REPORTED) && !relaysReport(b, REPORTED)) {
      label = 'agrees';
      strength = 1;
    }
  }
  // One thing on one day said in other words ("Judge … set sentencing for 19 June" / "… scheduled sentencing for June 19"):
  // when.ts. Neither side may negate where the other does not, nor relay it.
  // ... or at one clock time ("The outage began at about 1:40 a.m., when …" / "The outage began at about 1:40 a.m.,
  // officials said, and …"), where no day either names differs (whenConflict is read before). A time's reading is
  // unstated where its own clause negates (when.ts), so a negation elsewhere ("… when the system stopped accepting
  // calls") is another statement, as is a relayed one.
  if (label === 'related' && (stanceOk || (!!oneClockTime && subject)) && !figs.diffs.length && !figs.apart) {
    const oneDay = stanceOk && hasNegation(a) === hasNegation(b) ? whenBoth(whenOf, a, b, whenAgreement) : null;
    const oneClock = oneDay ? null : (oneClockTime ?? (stanceOk ? whenBoth(clockTimeOf, a, b, clockTimeAgreement) : null));
    if ((oneDay || oneClock) && !relaysReport(a) && !relaysReport(b)) {
      label = 'agrees';
      strength = 1;
      // (a clock time is the agreement's reading: the card keeps it where the two share little else, match.ts decideStance)
      if (oneClock) evidence.sameTime = oneClock;
    }
  }
  // A none against a some whose some side relays no report of it: a dispute with `found`'s evidence.
  // `alsoSays`: hedges the none says too, which then relay nothing on the stating side.
  const noneAgainstStated = <R>(
    of: (p: PreparedText) => R | null,
    conflict: (x: R, y: R) => { none: 'a' | 'b'; a: string; b: string } | null,
    found: (none: 'a' | 'b') => Partial<RelationEvidence>,
    alsoSays: (none: string) => ReadonlySet<string> = () => NO_HEDGES,
  ): void => {
    const c = whenBoth(of, a, b, conflict);
    if (!c || relaysReport(c.none === 'a' ? b : a, alsoSays(c.none === 'a' ? c.a : c.b), SUSPICION, c.none === 'a' ? c.b : c.a)) return;
    label = 'disputes';
    strength = 1;
    Object.assign(evidence, found(c.none));
    evidence.opposingDirection = { a: [c.a], b: [c.b] };
  };
  // Whether anyone complained, answered both ways ("the county had not received any formal complaint" / "The Tuttle
  // campaign filed a written complaint with the county"): complaints.ts. The complaining side may not relay it.
  // A report made ("We reported the loss … to Dunshire Police") says "reported" of its own act, no report it relays.
  if (label === 'related' && stanceOk) noneAgainstStated(complaintOf, complaintsConflict, (none) => ({ received: { none } }), (none) => (/\breport/i.test(none) ? REPORTED : NO_HEDGES));
  // Whether someone is paid for a loss ("had not been offered any compensation" / "has agreed to pay Mr Ellerby £4,200"):
  // compensation.ts. The paying side may not relay it. Like a toll, within one story it needs no shared name ("Customers
  // will not receive any compensation" / "… has agreed to pay a £20 rebate to every household": a held-out subject).
  if (label === 'related' && (stanceOk || opts.oneStory)) noneAgainstStated(compensationOf, compensationConflict, (none) => ({ compensated: { none } }));
  // One question answered two ways, read alike ({@link ANSWERED_TWO_WAYS}: better or worse, passed or failed, affected or not, which day):
  // the first that holds, where the side stating what happened relays no report of it.
  for (const read of ANSWERED_TWO_WAYS) {
    if (label !== 'related') break;
    if (!stanceOk && !(opts.oneStory && (read === voteTwoWays || read === jobsTwoWays))) continue;
    const r = read(a, b);
    // A hedge word both sides say after one word of their own is what both say ("as a separate claim" / "the union's
    // separate claim"), not a report one of them relays (two sides that each say "reported", after other words, both
    // relay: FNC-1 validation, session 53).
    const relays = (p: PreparedText) => relaysReport(p, withSharedPhrase(r?.reads?.(p) ?? NO_HEDGES, a, b));
    if (!r || (r.stating === 'both' ? relays(a) || relays(b) : relays(r.stating === 'a' ? a : b))) continue;
    label = 'disputes';
    strength = 1;
    Object.assign(evidence, r.evidence);
    evidence.opposingDirection = { a: [r.a], b: [r.b] };
  }
  // A refuting word ("denied", "contradicts", "hoax") disputes only a near-identical statement: on its own it says
  // nothing about the other claim ("Romanowski's claim contradicts the statements of …" disputes no random claim).
  // Nor a statement the other side itself negates: "the ministry denied any report of measles" and "there is no report
  // of measles" agree.
  if (label === 'related' && stanceOk && refA !== refB && terms.sim >= th.duplicate && !hasNegation(refA ? b : a)) {
    label = 'disputes';
    strength = Math.max(a.refuteWeight, b.refuteWeight);
  }
  // Negation disputes only when one side alone negates anything, and its negation is about what the two share;
  // "no issue" and "a non-issue" agree.
  let negA = hasNegation(a);
  let negB = hasNegation(b);
  if (negA && negB && stoppingDenied(a, b)) negB = false;
  else if (negA && negB && stoppingDenied(b, a)) negA = false;
  // A side whose every negation describes a noun states its own clause plainly ("At least 23 animals died at the
  // shelter in August, most of them from wounds that were never treated" / "no animals had died because of conditions
  // at the shelter": a held-out subject of session 69)
  // (not where the other side negates the same words, in a clause of its own: "leave which was not sanctioned" / "leave,
  // which was not sanctioned," of one quote, FNC-1 validation)
  else if (negA && negB) {
    const relA = negatedInRelativeOnly(a.text);
    if (relA !== negatedInRelativeOnly(b.text)) {
      const [rel, other] = relA ? [a, b] : [b, a];
      if (!negatesSameWords(rel.text, other.text)) {
        if (relA) negA = false;
        else negB = false;
      }
    }
  }
  // Nor a negation that only asks or contrasts quoted words, or one over a span of time ("has not been seen in public in
  // a year" / "the last time he was seen was Jan. 9").
  // A state still going on at a moment before the other side's end of it is no denial of that end (state-end.ts).
  const negationInTime = negA !== negB && label === 'related' && wentOnBeforeItEnded(stateOf(a), stateOf(b), opts.dates);
  if (label === 'related' && negA !== negB && !negationInTime && terms.sim >= th.duplicate && deniesShared(negA ? a : b, terms.shared) && !deniesOtherwise(negA ? b : a, negA ? a : b) && !relayedInClauseOnly(negA ? b : a, negA ? a : b) && !identityUnasserted(negA ? a : b, negA ? b : a) && !negationsUnasserted(negA ? a : b) && !negatedInRelativeOnly((negA ? a : b).text) && !restatesOwnRelative(negA ? a : b, negA ? b : a) && !NEGATED_SPAN.test((negA ? a : b).text) && !NEGATED_DURATION.test((negA ? a : b).text) && !(NEGATED_REASON.test((negA ? a : b).text) && !/\bbecause\b/i.test((negA ? b : a).text)) && !NONE_OTHER.test((negA ? a : b).text)) {
    label = 'disputes';
    evidence.negation = true;
    strength = 1;
    // The reason line quotes the act both sides write, where one is found ("“is not dead” vs “was found dead”"); read
    // as one doer's act on one thing where it is one (a story item may then dispute by it: match.ts readsStorySide).
    const neg = negA ? a : b;
    const plain = negA ? b : a;
    const doer = oneDoerAct(neg, plain, terms.shared, entityShared);
    const act = doer ?? actPhrases(neg, plain);
    if (act) evidence.act = negA ? { a: act.neg, b: act.plain } : { a: act.plain, b: act.neg };
    if (doer) evidence.act!.oneDoer = true;
  }
  // Short of a near copy, a negated act the other side states plainly, of one doer and one thing: "Meridale said it had
  // not paid a ransom" / "Meridale paid a ransom of about $3.4 million"; "he had not conceded the race" / "Tuttle
  // conceded on Wednesday evening" (blind subjects of sessions 22 and 24; negatedActStated). The plain side must not
  // hedge or relay a report, and the two must share a named subject or two content words besides the act and who speaks.
  // A side may report the other's denial after what it states ("Meridale paid a ransom …, even as the company said
  // publicly that it would not pay"): its own statement is the main clause.
  const ownA = negA && negB ? (statedBeforeReportedDenial(a) ?? statedBeforeOwnNegation(a, b)) : null;
  const ownB = negA && negB && !ownA ? (statedBeforeReportedDenial(b) ?? statedBeforeOwnNegation(b, a)) : null;
  if (label === 'related' && stanceOk && !negationInTime && (negA !== negB || ownA || ownB)) {
    const neg = ownA ? b : ownB ? a : negA ? a : b;
    const plain = ownA ?? ownB ?? (negA ? b : a);
    // Whether the negating side was said on the day of the plain side or after (both dated).
    const negDate = neg === a ? opts.dates?.a : opts.dates?.b;
    const plainDate = neg === a ? opts.dates?.b : opts.dates?.a;
    const found = oneDoerAct(neg, plain, terms.shared, entityShared, !!negDate && !!plainDate && negDate.slice(0, 10) >= plainDate.slice(0, 10), { neg: negDate, plain: plainDate });
    // (the text's negations read for relative clauses only once an act is found: most pairs reaching here have none)
    const act = found && !negatedInRelativeOnly(neg.text) ? found : null;
    if (act) {
      label = 'disputes';
      evidence.negation = true;
      evidence.act = neg === a ? { a: act.neg, b: act.plain, oneDoer: true } : { a: act.plain, b: act.neg, oneDoer: true };
      if (act.never) evidence.act.never = true;
      strength = 1;
    }
  }
  // Whether a thing was done, none against one stated ("No eggs … will be recalled" / "… said it was recalling eggs
  // packed there"; "recorded no tremor" / "A small earth tremor was recorded"): none-done.ts, where the readings above (a negated act of one doer; harm) found nothing. The act and the thing are
  // the shared subject, so a subject is enough at any similarity (the held-out mine collapse's pair shares only those
  // two words: 0.179 against the corpus's weights). The stating side may not relay it.
  // Within one story an act done to a kind of thing is enough ("No aircraft was damaged" / "the propeller of a Brightwing
  // turboprop was damaged": a held-out subject of session 67 shares one word).
  if (label === 'related' && (subject || opts.oneStory)) noneAgainstStated(doneOf, subject ? doneConflict : doneActConflict, (none) => ({ done: { none } }), (none) => (/\bwould\b/i.test(none) ? WOULD : NO_HEDGES));
  if (label === 'related' && figs.samePeriodConflict) {
    label = 'disputes';
    strength = 1;
  }
  if (label === 'related' && figs.matches > 0 && figs.diffs.length === 0 && !figs.apart && stanceOk && !lengthsOrCountsApart(a, b)) {
    label = 'agrees';
    strength = 1;
  }
  // A negation of something only one side speaks of ("…, forcing Fenwick's water utility to stop drawing water from the
  // river") does not part two near copies of what both say (a blind subject read such wire copy as context).
  // Only a negation in a trailing clause of its own (after a comma, opened by a participle or a relative): "Christian Bale
  // will no longer be playing Steve Jobs" and "Christian Bale will star as … Steve Jobs" share every name but the verb,
  // and the negation is their whole difference (FNC-1 validation, read when this was tried without the clause rule).
  // "were left without power" and "lost power" say one thing (lossAnswersWithout).
  const negationApart = negA !== negB && !lossAnswersWithout(negA ? b : a, negA ? a : b) && (deniesShared(negA ? a : b, terms.shared) || !negationsTrail(negA ? a : b));
  // Two denials of one thing by two different names are no copy ("denied that Ostrow had known …" / "… that Varnell had
  // known …").
  // Nor a refusal to say ("The department will not comment on whether a ransom was paid" / "… had not paid a ransom"), nor
  // another's words repeated to doubt them ("We do not understand how the district could tell reporters that no schools
  // were closed"): held-out subjects of session 60; neither answers as the other side does.
  if (label === 'related' && terms.sim >= th.duplicate && !negationApart && refA === refB && figs.diffs.length === 0 && !figs.apart && !readingsDiffer(a, b) && sharesBeyondNames(a, b, terms.shared) && !deniedOfOthers(a, b) && !NON_ANSWER.test(a.text) && !NON_ANSWER.test(b.text) && !DOUBTED_LINE.test(a.text) && !DOUBTED_LINE.test(b.text) && !oneCallsFalse(a, b)) {
    label = 'agrees';
    strength = terms.sim;
  }

  const score =
    label === 'related' ? similarity : clamp01(0.4 + 0.3 * Math.min(1, strength / 1.5) + 0.3 * similarity);
  return { label, score: round3(score), similarity: round3(similarity), evidence };
}

/* ------------------------------------------------------------------ passages (claim vs article body) */

/** Thresholds of the claim-vs-passage decision, tuned on FNC-1 training data (90% split; see scripts/fnc-eval.ts). */
export interface PassageThresholds {
  /** Passage similarity from which the claim and passage are related. */
  passageRelated: number;
  /** Weight of whole-passage coverage (vs best sentence) in passage similarity. */
  coverageWeight: number;
  /** Refutation strength (relevant sentences count fully, the rest `refuteSpread`) from which the passage disputes. */
  refute: number;
  refuteSpread: number;
  /** Coverage from which a non-hedging passage agrees. */
  agreeCoverage: number;
  /** Most hedges per 100 tokens for agreement. */
  agreeMaxHedge: number;
  /** Most hedges per relevant sentence, and in the lead, for agreement. */
  agreeMaxNearHedge: number;
  agreeMaxLeadHedge: number;
  /** Weight of lead-sentence refutation in the refutation strength. */
  refuteLead: number;
  /** Most hedges in the claim itself for agreement ("reportedly", "claims" in a headline mean it is only reported). */
  agreeMaxClaimHedges: number;
  /** When the claim itself refutes ("... is a hoax"), passage refutation from which the passage agrees. */
  refuteAgree: number;
}

/**
 * Defaults grid-searched by `tsx scripts/fnc-eval.ts --tune` on the 90% tuning split of FNC-1 train (held-out
 * bodies never used), objective FNC score + 10 × macro-F1. Reading them: related from similarity 0.21 (30% whole-body
 * coverage, 70% best sentence); disputes only on strong refutation (3.75: several refuting words near the claim,
 * the rest of the body counting 0.6, the lead 0.25 more), since FNC "discuss" bodies quote denials too; agrees
 * when 30% of the claim's weighted terms are covered and neither the claim nor the relevant sentences hedge.
 * Measured (seeded body-id split): tuning 90% 84.98% FNC score; held-out 10% 84.82% FNC score, relatedness
 * accuracy 97.7%, F1 agree 0.54 / disagree 0.14 / discuss 0.77 / unrelated 0.98.
 */
export const PASSAGE_THRESHOLDS: PassageThresholds = {
  passageRelated: 0.21,
  coverageWeight: 0.3,
  refute: 3.75,
  refuteSpread: 0.6,
  refuteLead: 0.25,
  agreeCoverage: 0.3,
  agreeMaxHedge: 1.5,
  agreeMaxNearHedge: 0,
  agreeMaxLeadHedge: 2,
  agreeMaxClaimHedges: 0,
  refuteAgree: 0.75,
};

/** A passage split into prepared sentences, plus whole-passage features. */
export interface PreparedPassage {
  readonly text: string;
  readonly sentences: readonly PreparedText[];
  readonly whole: PreparedText;
}

const passageCache = new Map<string, PreparedPassage>();
const PASSAGE_CACHE_MAX = 512;

/** Splits and prepares a long text once (cached by content for the last few hundred passages). */
export function preparePassage(passage: string): PreparedPassage {
  const hit = passageCache.get(passage);
  if (hit) return hit;
  const sentences = splitSentencesQuick(passage).map((s) => computeFeatures(s.text, [], [], false));
  const whole = computeFeatures(passage, [], []);
  const p: PreparedPassage = { text: passage, sentences, whole };
  if (passageCache.size >= PASSAGE_CACHE_MAX) passageCache.delete(passageCache.keys().next().value as string);
  passageCache.set(passage, p);
  return p;
}

/** Numbers the passage decision is made from; exported so the FNC evaluation can tune thresholds on them. */
export interface PassageFeatures {
  /** Share of the claim's (IDF-weighted) terms found anywhere in the passage. */
  coverage: number;
  /** Best sentence-level term similarity. */
  bestSentence: number;
  /** Share of the claim's named entities found in the passage (1 when the claim names none). */
  entityCoverage: number;
  /** Refuting weight in the sentences relevant to the claim, and in the rest of the passage. */
  refuteNear: number;
  refuteFar: number;
  /** The claim itself refutes ("... is a hoax"). */
  claimRefutes: number;
  /** Hedges per 100 tokens of the passage. */
  hedgeRate: number;
  /** Hedges per relevant sentence, and in the first three sentences (the lead states or reports the news). */
  nearHedge: number;
  leadHedge: number;
  /** Refuting weight in the first three sentences. */
  leadRefute: number;
  /** Hedges in the claim. */
  claimHedges: number;
  /** Direction of the claim and of the relevant sentences. */
  claimDirection: number;
  passageDirection: number;
  /** Negation in the claim vs the best sentence differ. */
  negationMismatch: boolean;
  shared: string[];
  sharedEntities: string[];
  refuting: string[];
  up: string[];
  down: string[];
  /** Term similarity of the claim to every sentence of the passage (the stance model reads the closest ones). */
  sentenceSims: number[];
}

/** A passage's sentences by term id: what {@link passageSimilarity} needs per claim. */
const passagePostingsCache = new WeakMap<PreparedPassage, Map<number, number[]>>();

/** Builds (once per prepared passage) the postings of its sentences by term id. */
function passagePostings(passage: PreparedPassage): Map<number, number[]> {
  let hit = passagePostingsCache.get(passage);
  if (hit) return hit;
  hit = new Map<number, number[]>();
  passage.sentences.forEach((s, i) => {
    for (const id of termIdsOf(s)) {
      const list = hit!.get(id);
      if (list) list.push(i);
      else hit!.set(id, [i]);
    }
  });
  passagePostingsCache.set(passage, hit);
  return hit;
}

/** Which term ids a passage's whole text holds (1 = holds), by id: the coverage of every claim reads it. */
const passageMaskCache = new WeakMap<PreparedPassage, Uint8Array>();
function passageTermMask(passage: PreparedPassage): Uint8Array {
  let mask = passageMaskCache.get(passage);
  if (!mask) {
    const ids: number[] = [];
    for (const t of passage.whole.terms.keys()) ids.push(internTerm(t));
    mask = new Uint8Array(termNames.length);
    for (const id of ids) mask[id] = 1;
    passageMaskCache.set(passage, mask);
  }
  return mask;
}

/** Per passage and statistics, each sentence's {@link norm2} (NaN until first needed). */
const passageNormCache = new WeakMap<PreparedPassage, { stats: TermStats | undefined; norms: Float64Array }>();
function passageNorms(passage: PreparedPassage, stats: TermStats | undefined): Float64Array {
  let hit = passageNormCache.get(passage);
  if (!hit || hit.stats !== stats) passageNormCache.set(passage, (hit = { stats, norms: new Float64Array(passage.sentences.length).fill(NaN) }));
  return hit.norms;
}

/** Hedges and refuting weight of a passage's first three sentences (its lead), summed once per passage. */
const passageLeadCache = new WeakMap<PreparedPassage, { hedges: number; refute: number }>();
function passageLead(passage: PreparedPassage): { hedges: number; refute: number } {
  let hit = passageLeadCache.get(passage);
  if (!hit) {
    const lead = passage.sentences.slice(0, 3);
    hit = { hedges: lead.reduce((a, s) => a + s.hedges.length, 0), refute: lead.reduce((a, s) => a + s.refuteWeight, 0) };
    passageLeadCache.set(passage, hit);
  }
  return hit;
}

/** A passage's refuting sentences (read from every sentence's negation scopes, so only when the cues are needed). */
interface PassageRefutations {
  /** Indices of the sentences with refuting weight, in order. */
  refutingSentences: number[];
  /** Their refuting cues, distinct, in order of first appearance. */
  refuting: string[];
}

const passageRefutationsCache = new WeakMap<PreparedPassage, PassageRefutations>();

function passageRefutations(passage: PreparedPassage): PassageRefutations {
  let hit = passageRefutationsCache.get(passage);
  if (hit) return hit;
  const refutingSentences: number[] = [];
  const refuting: string[] = [];
  passage.sentences.forEach((s, i) => {
    if (s.refuteWeight > 0) {
      refutingSentences.push(i);
      refuting.push(...s.refuting);
    }
  });
  passageRefutationsCache.set(passage, (hit = { refutingSentences, refuting: [...new Set(refuting)] }));
  return hit;
}

/**
 * What a claim shares with a passage — term coverage, the closest sentence, the shared names — without any cue
 * reading: all {@link sameQuestion} needs, so a card can tell which claims the stance model could change before
 * running it.
 */
export interface PassageSimilarity {
  coverage: number;
  bestSentence: number;
  /** Index of the closest sentence, -1 when none shares a term. */
  bestIndex: number;
  entityCoverage: number;
  /** Shared terms (surface forms) and shared entity keys, sorted. */
  shared: readonly string[];
  sharedEntities: readonly string[];
  /** Indices of the sentences sharing a term with the claim, in order (the only ones with a similarity above 0). */
  touched: readonly number[];
  /** Term similarity of the claim to each sentence of `touched`, in the same order. */
  touchedSims: Float64Array;
}

/** Scratch dot products per passage sentence, reset after each claim: a page is compared with hundreds of claims. */
let dotScratch = new Float64Array(256);

const similarityCache = new WeakMap<PreparedPassage, WeakMap<PreparedText, { stats: TermStats | undefined; result: PassageSimilarity }>>();

/** {@link PassageSimilarity} of a claim and a passage, computed once per pair (and statistics). */
export function passageSimilarity(claimIn: RelatableText | PreparedText, passageIn: string | PreparedPassage, opts: RelateOptions = {}): PassageSimilarity {
  const claim = prepare(claimIn);
  const passage = typeof passageIn === 'string' ? preparePassage(passageIn) : passageIn;
  const stats = opts.stats;
  let byClaim = similarityCache.get(passage);
  if (!byClaim) similarityCache.set(passage, (byClaim = new WeakMap()));
  const hit = byClaim.get(claim);
  if (hit && hit.stats === stats) return hit.result;
  let total = 0;
  let covered = 0;
  const shared: string[] = [];
  // Terms in the claim's own order (the sums below add in that order), weighed from the per-id weight array.
  const inOrder = termIdsInOrder(claim);
  const postings = passagePostings(passage);
  const inWhole = passageTermMask(passage);
  const w = weightsFor(stats);
  for (let k = 0; k < inOrder.length; k++) {
    const id = inOrder[k]!;
    const v = weightOf(w, stats, id);
    total += v;
    if (inWhole[id] === 1) {
      covered += v;
      const t = termNames[id]!;
      shared.push(claim.terms.get(t) ?? t);
    }
  }
  const coverage = total > 0 ? covered / total : 0;
  // Only sentences sharing a term with the claim can have a similarity above 0: found through the passage's postings.
  const claimIds = termIdsOf(claim);
  if (dotScratch.length < passage.sentences.length) dotScratch = new Float64Array(passage.sentences.length * 2);
  const dots = dotScratch;
  const touched: number[] = [];
  for (const id of claimIds) {
    const list = postings.get(id);
    if (!list) continue;
    const v = weightOf(w, stats, id);
    for (const i of list) {
      if (dots[i] === 0) touched.push(i);
      dots[i] += v * v;
    }
  }
  // Sentence indices in ascending order: a typed-array sort (numeric, native) instead of a comparator per pair.
  if (touched.length > 1) {
    const sorted = Int32Array.from(touched).sort();
    for (let k = 0; k < sorted.length; k++) touched[k] = sorted[k]!;
  }
  const touchedSims = new Float64Array(touched.length);
  const claimNorm = norm2(claim, stats);
  const sentenceNorms = passageNorms(passage, stats);
  let best = 0;
  let bestIndex = -1;
  for (let k = 0; k < touched.length; k++) {
    const i = touched[k]!;
    let sn = sentenceNorms[i]!;
    if (!(sn >= 0)) sentenceNorms[i] = sn = norm2(passage.sentences[i]!, stats);
    const sim = dots[i]! / Math.sqrt(claimNorm * sn);
    dots[i] = 0;
    touchedSims[k] = sim;
    if (sim > best) {
      best = sim;
      bestIndex = i;
    }
  }
  const ents = [...claim.entities];
  const sharedEntities = ents.filter((e) => passage.whole.entities.has(e));
  const result: PassageSimilarity = {
    coverage,
    bestSentence: best,
    bestIndex,
    entityCoverage: ents.length ? sharedEntities.length / ents.length : 1,
    shared: shared.sort(),
    sharedEntities: sharedEntities.sort(),
    touched,
    touchedSims,
  };
  byClaim.set(claim, { stats, result });
  return result;
}

/** Computes {@link PassageFeatures} for a claim against a long text (sentence-level max and whole-text coverage). */
export function passageFeatures(
  claimIn: RelatableText | PreparedText,
  passageIn: string | PreparedPassage,
  opts: RelateOptions = {},
): PassageFeatures {
  const claim = prepare(claimIn);
  const passage = typeof passageIn === 'string' ? preparePassage(passageIn) : passageIn;
  const similarity = passageSimilarity(claim, passage, opts);
  const { coverage, touched, bestIndex: bestIdx, entityCoverage } = similarity;
  const best = similarity.bestSentence;
  const sims = new Array<number>(passage.sentences.length).fill(0);
  touched.forEach((i, k) => (sims[i] = similarity.touchedSims[k]!));
  const pIndex = passageRefutations(passage);
  // Relevant sentences: the best and any close to it (the cut is above 0, so only sentences sharing a term).
  const cut = Math.max(0.08, best * 0.5);
  const isNear = (i: number): boolean => sims[i]! >= cut && best > 0;
  let refuteNear = 0;
  let refuteFar = 0;
  let passageDirection = 0;
  const up: string[] = [];
  const down: string[] = [];
  let nearHedges = 0;
  let nearCount = 0;
  for (const i of touched) {
    if (!isNear(i)) continue;
    const s = passage.sentences[i]!;
    refuteNear += s.refuteWeight;
    passageDirection += s.direction;
    up.push(...s.up);
    down.push(...s.down);
    nearHedges += s.hedges.length;
    nearCount++;
  }
  for (const i of pIndex.refutingSentences) if (!isNear(i)) refuteFar += passage.sentences[i]!.refuteWeight;
  const lead = passageLead(passage);
  const bestS = bestIdx >= 0 ? passage.sentences[bestIdx]! : null;
  return {
    coverage,
    bestSentence: best,
    entityCoverage,
    refuteNear,
    refuteFar,
    claimRefutes: claim.refuteWeight,
    hedgeRate: passage.whole.tokenCount ? (100 * passage.whole.hedges.length) / passage.whole.tokenCount : 0,
    nearHedge: nearCount ? nearHedges / nearCount : 0,
    leadHedge: lead.hedges,
    leadRefute: lead.refute,
    claimHedges: claim.hedges.length,
    claimDirection: claim.direction,
    passageDirection,
    negationMismatch: !!bestS && (bestS.negations.length > 0) !== (claim.negations.length > 0),
    shared: similarity.shared.slice(),
    sharedEntities: similarity.sharedEntities.slice(),
    refuting: pIndex.refuting.slice(),
    up,
    down,
    sentenceSims: sims,
  };
}

/** Decides a relation from passage features with the given thresholds (used by relatePassage and the FNC tuner). */
export function decidePassage(f: PassageFeatures, th: PassageThresholds): Relation {
  const similarity = clamp01(th.coverageWeight * f.coverage + (1 - th.coverageWeight) * f.bestSentence);
  const evidence = emptyEvidence();
  evidence.sharedTerms = f.shared;
  evidence.sharedEntities = f.sharedEntities;
  if (similarity < th.passageRelated) {
    return { label: 'unrelated', score: round3(clamp01(1 - similarity / th.passageRelated)), similarity: round3(similarity), evidence };
  }
  const refute = f.refuteNear + th.refuteSpread * f.refuteFar + th.refuteLead * f.leadRefute;
  evidence.refuting = f.refuting;
  // A claim that itself says "hoax" is confirmed, not disputed, by a refuting passage.
  if (f.claimRefutes > 0 && refute >= th.refuteAgree) {
    return { label: 'agrees', score: round3(clamp01(0.5 + 0.2 * refute)), similarity: round3(similarity), evidence };
  }
  if (refute >= th.refute && f.claimRefutes === 0) {
    return { label: 'disputes', score: round3(clamp01(0.5 + 0.2 * refute)), similarity: round3(similarity), evidence };
  }
  const dirClash =
    Math.abs(f.claimDirection) >= 0.5 && Math.abs(f.passageDirection) >= 0.5 && Math.sign(f.claimDirection) !== Math.sign(f.passageDirection);
  if (dirClash) evidence.opposingDirection = { a: f.claimDirection > 0 ? f.up : f.down, b: f.passageDirection > 0 ? f.up : f.down };
  const hedged =
    f.hedgeRate > th.agreeMaxHedge || f.nearHedge > th.agreeMaxNearHedge || f.leadHedge > th.agreeMaxLeadHedge || f.claimHedges > th.agreeMaxClaimHedges;
  if (f.coverage >= th.agreeCoverage && !hedged && !dirClash) {
    return { label: 'agrees', score: round3(clamp01(0.4 + 0.6 * f.coverage)), similarity: round3(similarity), evidence };
  }
  return { label: 'related', score: round3(similarity), similarity: round3(similarity), evidence };
}

/** The learned model's reading of a claim against a passage: the engine's passage features and calibrated p. */
export interface PassageStance {
  features: PassageFeatures;
  p: StanceProbabilities;
  /** The hashed features the probabilities came from (the card-pair model reads them too). */
  x: SparseFeatures;
}

/**
 * Runs the learned stance model (./stance) on a claim against a passage. Prepare the passage once
 * ({@link preparePassage} / {@link passageFromSentences}) and reuse it for every claim: the per-pair cost is then the
 * claim against each sentence plus a few hundred weight lookups.
 */
export function passageStance(
  claimIn: RelatableText | PreparedText,
  passageIn: string | PreparedPassage,
  opts: RelateOptions & { model?: StanceModel } = {},
): PassageStance {
  const model = opts.model ?? stanceModel();
  const claim = prepare(claimIn);
  const passage = typeof passageIn === 'string' ? preparePassage(passageIn) : passageIn;
  // A claim is read against a page once even when several of the page's topics list it (same statistics and model).
  let byClaim = stanceCache.get(passage);
  if (!byClaim) stanceCache.set(passage, (byClaim = new WeakMap()));
  const hit = byClaim.get(claim);
  if (hit && hit.stats === opts.stats && hit.model === model) return hit.result;
  const features = passageFeatures(claim, passage, opts);
  const x = stanceFeatures(claim, passage, features, model.vocab);
  const result = { features, p: predictStance(x, model), x };
  byClaim.set(claim, { stats: opts.stats, model, result });
  return result;
}

const stanceCache = new WeakMap<PreparedPassage, WeakMap<PreparedText, { stats: TermStats | undefined; model: StanceModel; result: PassageStance }>>();


/**
 * Same question: the claim and the passage speak of the same subject — they share a named entity (or the claim names
 * none and most of its terms are in the passage) and one passage sentence is close to the claim. A passage that merely
 * mentions the topic is context, never agreement or dispute.
 */
export function sameQuestion(f: Pick<PassageSimilarity, 'sharedEntities' | 'entityCoverage' | 'coverage' | 'bestSentence'>): boolean {
  const entities = f.sharedEntities.length > 0 || (f.entityCoverage === 1 && f.coverage >= 0.5);
  return entities && f.bestSentence >= SAME_QUESTION_SIMILARITY;
}

/** Closest-sentence similarity from which a claim and a passage can answer the same question (not just the topic). */
const SAME_QUESTION_SIMILARITY = 0.25;

/**
 * Relation of a claim to a long passage (an article body, a page) as a card item reads it: the headline model
 * (./stance/model.ts) tells related from unrelated, the card-pair model (./stance/pair.ts) gives the calibrated
 * probabilities (`p`) of agrees / disputes, and "disputes" / "agrees" need the card thresholds
 * (./stance/thresholds.ts, the one place they live) AND the same question ({@link sameQuestion}); otherwise related.
 * The FNC-1 evaluation reads the headline model's own probabilities instead ({@link passageStance}).
 */
export function relatePassage(
  claim: RelatableText | PreparedText,
  passage: string | PreparedPassage,
  opts: RelateOptions & { model?: StanceModel } = {},
): Relation {
  const model = opts.model ?? stanceModel();
  const { features: f, p: head, x } = passageStance(claim, passage, { ...opts, model });
  const th = CARD_STANCE_THRESHOLDS;
  const same = sameQuestion(f);
  const p = predictCardStance(pairFeatures(x, head, f, same));
  const similarity = clamp01(0.3 * f.coverage + 0.7 * f.bestSentence);
  const evidence = emptyEvidence();
  evidence.sharedTerms = f.shared;
  evidence.sharedEntities = f.sharedEntities;
  evidence.refuting = f.refuting;
  evidence.negation = f.negationMismatch;
  const pOut = roundP(p);
  if (1 - head.unrelated < th.related) return { label: 'unrelated', score: round3(head.unrelated), similarity: round3(similarity), evidence, p: pOut };
  let label: RelationLabel = 'related';
  if (same && p.disputes >= th.disputes && p.disputes >= p.agrees) label = 'disputes';
  else if (same && p.agrees >= th.agrees) label = 'agrees';
  const score = label === 'related' ? 1 - head.unrelated : p[label];
  if (label === 'disputes' && Math.abs(f.claimDirection) >= 0.5 && Math.abs(f.passageDirection) >= 0.5 && Math.sign(f.claimDirection) !== Math.sign(f.passageDirection)) {
    evidence.opposingDirection = { a: f.claimDirection > 0 ? f.up : f.down, b: f.passageDirection > 0 ? f.up : f.down };
  }
  return { label, score: round3(score), similarity: round3(similarity), evidence, p: pOut };
}

/** The rule-based passage decision before the learned model (kept so `npm run fnc` can report BEFORE). */
export function relatePassageRules(claim: RelatableText | PreparedText, passage: string | PreparedPassage, opts: RelateOptions = {}): Relation {
  const th = { ...PASSAGE_THRESHOLDS, ...opts.thresholds };
  return decidePassage(passageFeatures(claim, passage, opts), th);
}

/**
 * A passage made of sentences already prepared (a page's sentences): the whole-passage features are merged from
 * them instead of preparing the text a second time.
 */
export function passageFromSentences(text: string, sentences: readonly PreparedText[]): PreparedPassage {
  const terms = new Map<string, string>();
  const entities = new Set<string>();
  let tokenCount = 0;
  for (const s of sentences) {
    for (const [k, v] of s.terms) if (!terms.has(k)) terms.set(k, v);
    for (const e of s.entities) entities.add(e);
    tokenCount += s.tokenCount;
  }
  // The hedges need every sentence's negation scopes: read only when the stance model first runs on the page.
  let hedges: string[] | null = null;
  const whole: PreparedText = {
    prepared: true, text, figures: [], topics: [], terms, entities, direction: 0, up: [], down: [], cues: [], negations: [],
    refuting: [], refuteWeight: 0, tokenCount,
    get hedges() {
      return (hedges ??= sentences.flatMap((s) => s.hedges));
    },
  };
  return { text, sentences, whole };
}

const roundP = (p: StanceProbabilities): StanceProbabilities => ({
  unrelated: round3(p.unrelated),
  related: round3(p.related),
  agrees: round3(p.agrees),
  disputes: round3(p.disputes),
});
