/**
 * Direction lexicon: words saying that something (a threat, a number, a group's strength) goes UP
 * versus goes DOWN. Used by the relation function to tell "X is resurging" from "X is defeated".
 * General vocabulary, not tied to one subject. Entries are matched on stems (see text.ts `stem`),
 * multi-word entries on consecutive stems. Weights: 1 = clear, 0.5 = weak cue.
 */

/** One direction cue: the words (space-separated, as written) and how strongly they point. */
export interface DirectionCue {
  words: string;
  weight: number;
}

/** Growth / threat-up cues: the thing grows, returns, strengthens or remains dangerous. */
export const GROWTH_WORDS: readonly DirectionCue[] = [
  { words: 'resurge', weight: 1 },
  { words: 'resurgence', weight: 1 },
  { words: 'resurgent', weight: 1 },
  { words: 'comeback', weight: 1 },
  { words: 'come back', weight: 1 },
  { words: 'revive', weight: 1 },
  { words: 'revival', weight: 1 },
  { words: 'grow', weight: 1 },
  { words: 'grew', weight: 1 },
  { words: 'grown', weight: 1 },
  { words: 'growth', weight: 1 },
  { words: 'strengthen', weight: 1 },
  { words: 'stronger', weight: 1 },
  { words: 'spike', weight: 1 },
  { words: 'surge', weight: 1 },
  { words: 'rise', weight: 1 },
  { words: 'rose', weight: 1 },
  { words: 'risen', weight: 1 },
  { words: 'rising', weight: 1 },
  { words: 'increase', weight: 1 },
  { words: 'escalate', weight: 1 },
  { words: 'expand', weight: 1 },
  { words: 'soar', weight: 1 },
  { words: 'jump', weight: 0.5 },
  { words: 'regroup', weight: 1 },
  { words: 'rebuild', weight: 1 },
  { words: 'rebuilt', weight: 1 },
  { words: 'regain', weight: 1 },
  { words: 'solidify', weight: 1 },
  { words: 'solidified', weight: 1 },
  { words: 'ramp up', weight: 1 },
  { words: 'ramping up', weight: 1 },
  { words: 'still a threat', weight: 1.5 },
  { words: 'remain a threat', weight: 1.5 },
  { words: 'remains a threat', weight: 1.5 },
  { words: 'still pose', weight: 1 },
  { words: 'threat', weight: 1 },
  { words: 'dangerous', weight: 0.5 },
  { words: 'potential to', weight: 0.5 },
  { words: 'exploit', weight: 0.5 },
  { words: 'worsen', weight: 1 },
  { words: 'higher', weight: 0.5 },
  { words: 'more than ever', weight: 1 },
  // the problem is still there: "inflation is still high", "the pandemic is not over"
  { words: 'still high', weight: 1.5 },
  { words: 'remain high', weight: 1.5 },
  { words: 'still strong', weight: 1 },
  { words: 'remain strong', weight: 1 },
  { words: 'not over', weight: 1 },
  { words: 'far from over', weight: 1 },
];

/** Diminish cues: the thing is beaten, shrinks, fails or no longer matters. */
export const DIMINISH_WORDS: readonly DirectionCue[] = [
  { words: 'defeated', weight: 1 },
  { words: 'degraded', weight: 1 },
  { words: 'degrade', weight: 1 },
  { words: 'weakened', weight: 1 },
  { words: 'weaken', weight: 1 },
  { words: 'weak', weight: 1 },
  { words: 'weakness', weight: 1 },
  { words: 'diminished', weight: 1.5 },
  { words: 'diminish', weight: 1.5 },
  { words: 'minimal', weight: 2 },
  { words: 'negligible', weight: 2 },
  { words: 'decline', weight: 1 },
  { words: 'decrease', weight: 1 },
  { words: 'drop', weight: 0.5 },
  { words: 'fall', weight: 0.5 },
  { words: 'fell', weight: 0.5 },
  { words: 'fallen', weight: 0.5 },
  { words: 'shrink', weight: 1 },
  { words: 'shrank', weight: 1 },
  { words: 'shrunk', weight: 1 },
  { words: 'fail', weight: 1 },
  { words: 'failure', weight: 1 },
  { words: 'lacking', weight: 1 },
  { words: 'lack', weight: 1 },
  { words: 'incapable', weight: 1 },
  { words: 'unable', weight: 1 },
  { words: 'feeble', weight: 1 },
  { words: 'collapse', weight: 1 },
  { words: 'crushed', weight: 1 },
  { words: 'wiped out', weight: 1.5 },
  { words: 'eliminated', weight: 1 },
  { words: 'dismantled', weight: 1 },
  { words: 'under control', weight: 1 },
  { words: 'lower', weight: 0.5 },
  { words: 'reduced', weight: 1 },
  { words: 'lost', weight: 0.5 },
  { words: 'losses', weight: 0.5 },
];

/**
 * Diminish verbs that, after "to" ("work to fully defeat the organization"), state a goal rather than an outcome;
 * such a mention does not count as a direction cue.
 */
export const GOAL_VERBS: readonly string[] = [
  'defeat', 'degrade', 'weaken', 'eliminate', 'destroy', 'crush', 'counter', 'dismantle', 'reduce', 'cut',
  'increase', 'grow', 'strengthen', 'expand', 'boost', 'raise', 'rebuild', 'revive',
];


/**
 * Nouns naming what OTHER actors do about a subject: support, pressure, operations, sanctions, funding. A direction
 * cue attached to one ("increased military support", "reduced their operations", "an increase in aid") says that
 * effort changed, not that the subject grew or shrank, so it counts for little. Lower case, as written.
 */
export const EFFORT_NOUNS: readonly string[] = [
  'support', 'pressure', 'operation', 'operations', 'cooperation', 'co-operation', 'coordination', 'aid',
  'assistance', 'funding', 'funds', 'spending', 'effort', 'efforts', 'presence', 'patrol', 'patrols', 'deployment',
  'deployments', 'sanction', 'sanctions', 'crackdown', 'crackdowns', 'airstrike', 'airstrikes', 'strikes', 'raids',
  'investment', 'investments', 'security', 'surveillance', 'protection', 'engagement', 'commitment', 'involvement',
  'oversight', 'scrutiny', 'monitoring', 'enforcement', 'policing', 'training', 'partnership', 'partnerships',
  'relations', 'ties', 'contribution', 'contributions', 'backing', 'help', 'intervention', 'response', 'countermeasures',
  'measures', 'checks', 'inspections', 'vigilance', 'readiness', 'preparedness', 'defences', 'defenses', 'capacity building',
];

/**
 * Words between a subject and its direction word that do not change who the subject is: auxiliaries, adverbs of
 * degree and time, "to". Scanning back over them from "resurging" in "ISIS is still resurging" reaches "ISIS".
 */
export const PREDICATE_FILLERS: readonly string[] = [
  'is', 'was', 'were', 'are', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may',
  'might', 'must', 'should', 'shall', 'do', 'does', 'did', 'not', 'no', 'never', 'still', 'also', 'already', 'now',
  'again', 'to', 'just', 'even', 'further', 'much', 'more', 'less', 'very', 'so', 'too', 'then', 'once', 'all', 'both',
];

/**
 * Cues whose object is what the subject uses or holds, not what changes: "ISIS is exploiting the US withdrawal",
 * "regain ground", "solidified its capabilities". For them only the subject before the cue says who grows.
 */
export const SUBJECT_ONLY_CUES: readonly string[] = ['exploit', 'regain', 'still pose', 'solidify', 'solidified', 'rebuild', 'regroup', 'potential to', 'ramp up', 'ramping up'];

/* ------------------------------------------------------------------ framing: is the cue a stated state now? */

/**
 * Goal / obligation / purpose frames: a direction cue they govern states what someone wants ("must be defeated",
 * "a commitment to ensure the enduring defeat", "mission of degrading and defeating", "in order to reduce"), not
 * what is the case, so it counts {@link FRAME_WEIGHTS}.goal of its weight. Lower case, matched on word forms; a
 * frame reaches {@link GOAL_WINDOW} tokens forward, to the end of its clause or a finite verb ("we must accept
 * that the group is growing" states a fact again).
 */
export const GOAL_FRAME_WORDS: readonly string[] = [
  'must', 'should', 'ought to', 'need to', 'needs to', 'needed to', 'have to', 'has to', 'had to',
  'aim', 'aims', 'aimed', 'aiming', 'seek', 'seeks', 'sought', 'seeking', 'goal', 'goals', 'mission', 'missions',
  'objective', 'commitment', 'commitments', 'committed to', 'pledge', 'pledged', 'pledges', 'vow', 'vowed', 'vows',
  'ensure', 'ensures', 'ensuring', 'ensured', 'in order to', 'so that', 'so as to', 'want to', 'wants to',
  'wanted to', 'determined to', 'strive', 'strives', 'striving', 'intend', 'intends', 'intended to', 'plan to',
  'plans to', 'planned to', 'try to', 'tries to', 'trying to', 'attempt to', 'effort to', 'efforts to',
  'work to', 'works to', 'working to', 'fight to', 'campaign to', 'push to', 'never again',
  'would', 'could', 'might', 'approach', 'resolve to', 'responsibility for',
  'call on', 'calls on', 'called on', 'calling on', 'urge', 'urges', 'urged', 'urging',
  'encourage', 'encourages', 'encouraged', 'encouraging',
];

/**
 * Goal frames that name whom they appeal to before the act ("called on his friends, family and loved ones to rise
 * up"): the frame starts at the "to" of the act, over the list's commas.
 */
export const APPEAL_FRAME_WORDS: readonly string[] = [
  'call on', 'calls on', 'called on', 'calling on', 'urge', 'urges', 'urged', 'urging', 'encourage', 'encourages', 'encouraged', 'encouraging',
];

/** Tokens that end a goal frame besides punctuation: a finite verb starts a stated fact, a contrast a new clause. */
export const GOAL_FRAME_ENDERS: readonly string[] = [
  'is', 'are', 'was', 'were', 'has', 'have', 'remains', 'remained', 'but', 'however', 'although', 'though',
  'whereas', 'yet', 'because', 'since', 'which', 'who', 'while',
];

/** How far (tokens) a goal frame reaches ("a commitment to not only support the forces and prevent a resurgence"). */
export const GOAL_WINDOW = 12;

/**
 * Nouns naming a goal-driven undertaking: a cue up to three words before one names its aim ("the defeat-ISIS
 * mission", "the Defeat-ISIS Global Coalition", "a growth strategy"), not a state.
 */
export const GOAL_HEAD_NOUNS: readonly string[] = [
  'mission', 'missions', 'campaign', 'campaigns', 'coalition', 'strategy', 'strategies', 'plan', 'plans',
  'agenda', 'initiative', 'initiatives', 'programme', 'program', 'policy', 'policies',
];

/**
 * Historical / backgrounded frames: a cue in them tells what happened before, not what is now.
 * - Past perfect: "had" (+ adverbs) + "been" / a participle ("had been defeated", "had declined").
 * - A fronted temporal adverbial up to its comma ("After its defeat last March, …", "In 2010, …", "Last year, …").
 * - A predecessor ("the group's predecessor … had been defeated"): reaches to the end of the sentence or a contrast.
 */
export const PAST_PERFECT_AUX: readonly string[] = ['had', "hadn't", "'d"];

/** First words of a fronted temporal adverbial that always read as time ("after its defeat", "before the war"). */
export const TEMPORAL_OPENERS: readonly string[] = [
  'after', 'before', 'following', 'until', 'since', 'during', 'prior', 'previously', 'formerly', 'earlier', 'once',
  'back', 'years', 'months', 'decades',
];

/** Fronted openers that read as time only before a time word: "In 2010,", "Last year,", "By March,". */
export const TEMPORAL_OPENERS_BEFORE_TIME: readonly string[] = ['in', 'last', 'by', 'early', 'late', 'throughout'];

/** Time words after {@link TEMPORAL_OPENERS_BEFORE_TIME} (four-digit years count too). */
export const TIME_WORDS: readonly string[] = [
  'year', 'years', 'month', 'months', 'week', 'weeks', 'decade', 'decades', 'century', 'summer', 'winter', 'spring',
  'autumn', 'fall', 'quarter', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'past', 'early', 'late', 'mid',
];

/**
 * Fronted openers naming a point in the past ("Last year,", "In 2010,", "Back in 2017,", "Years ago,"): the main
 * clause after them is historical too, unless it has a present-tense verb ({@link PRESENT_FINITE_VERBS}).
 * "After …," / "Before …," only background their own phrase.
 */
export const PAST_POINT_OPENERS: readonly string[] = ['in', 'last', 'back', 'years', 'months', 'decades', 'earlier', 'previously', 'formerly', 'during'];

/** Present-tense finite verbs that keep a main clause about now ("Last year it fell; now it is rising"). */
export const PRESENT_FINITE_VERBS: readonly string[] = ['is', 'are', 'am', 'has', 'have', 'remains', 'remain', 'now', 'today', 'currently', 'still'];

/** Words naming an earlier incarnation of a subject: its direction is not the subject's now. */
export const PREDECESSOR_WORDS: readonly string[] = ['predecessor', 'predecessors', 'forerunner', 'forerunners', 'precursor', 'precursors'];

/** Share of its weight a cue keeps in each frame (a conceded clause: before "but", inside "although …"). */
export const FRAME_WEIGHTS = { goal: 0, historical: 0.2, conceded: 0.25 } as const;
