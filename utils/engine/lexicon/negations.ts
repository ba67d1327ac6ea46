/**
 * Negation cues and how far they reach. A direction word inside a negation's scope flips:
 * "does not represent a threat" points down, "not defeated" points up.
 */

/** Single-token negators (compared on lower-case tokens; any token ending in "n't" also negates). */
export const NEGATORS: readonly string[] = [
  'not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without', 'cannot', 'hardly',
  'barely', 'nowhere', 'prevent', 'prevents', 'prevented', 'preventing', 'avoid', 'stop', 'stopped', 'unaware',
];

/** Multi-token negators, matched on lower-case tokens ("no longer a threat"). */
export const NEGATOR_PHRASES: readonly string[] = ['no one', 'no longer', 'not any more', 'not anymore', 'far from', 'rather than'];

/** Tokens that end a negation scope (clause boundaries). Punctuation , ; : . ! ? also ends it. */
export const SCOPE_BREAKERS: readonly string[] = [
  'but', 'however', 'although', 'though', 'while', 'whereas', 'yet', 'and', 'because', 'since', 'which', 'who',
];

/** Maximum number of tokens a negation reaches when no clause boundary comes first. */
export const NEGATION_WINDOW = 6;

/**
 * Contrastive conjunctions: the clause after one carries the stance, the one before is conceded
 * ("still a threat, much diminished, but nevertheless our work is not done"). Lower case word forms.
 */
export const CONTRASTIVE_WORDS: readonly string[] = ['but', 'yet', 'however', 'nevertheless', 'nonetheless'];

/** Words right before "but" that make it no contrast: "all but defeated", "nothing but", "anything but". */
export const NON_CONTRASTIVE_BEFORE_BUT: readonly string[] = ['all', 'nothing', 'anything', 'everything', 'not', 'only', 'none'];

/** Concessive openers: the clause they open (to its comma / the end) is conceded ("although cases fell, …"). */
export const CONCESSIVE_WORDS: readonly string[] = ['although', 'though', 'even though', 'despite', 'in spite of', 'notwithstanding', 'albeit'];

/**
 * Verbs that take an act as their complement ("asked customers to stop", "did not agree to cut"): a negation of one
 * denies the act, so "is not asking customers to stop using Tor" does not dispute "asked the customer to tell him …".
 * Matched by stem (any inflection).
 */
export const ACT_TAKING_VERBS: readonly string[] = [
  'ask', 'tell', 'told', 'agree', 'plan', 'order', 'urge', 'try', 'decide', 'intend', 'allow', 'force', 'manage',
  'attempt', 'need', 'promise', 'threaten', 'offer', 'request', 'demand', 'permit', 'encourage', 'advise', 'instruct',
  'wish', 'seek', 'sought', 'aim',
];

/**
 * Words and phrases that deny the act they govern without a negator ("refused to leave", "has decided to part ways
 * with the film", "scratch him off the list"). A text saying one is no positive statement for a negated near copy to
 * dispute: "Bale will not play Jobs" and "Bale parted ways with the Jobs biopic" agree. Lower-case word forms,
 * inflections listed; the "… to" forms need the "to" ("declined to comment", not "sales declined").
 */
export const IMPLICIT_NEGATIVES: readonly string[] = [
  'refuse', 'refused', 'refuses', 'refusing', 'decline to', 'declined to', 'declines to', 'declining to', 'fail to',
  'failed to', 'fails to', 'failing to', 'quit', 'quits', 'quitting', 'abandon', 'abandoned', 'abandons', 'abandoning',
  'cancel', 'cancelled', 'canceled', 'cancels', 'scrap', 'scrapped', 'scraps', 'scratch', 'scratched', 'withdraw',
  'withdrew', 'withdrawn', 'withdraws', 'part ways', 'parted ways', 'parts ways', 'parting ways', 'drop out',
  'dropped out', 'drops out', 'pull out', 'pulled out', 'pulls out', 'back out', 'backed out', 'backs out', 'bow out',
  'bowed out', 'bows out', 'step down', 'stepped down', 'steps down', 'rule out', 'ruled out', 'rules out',
  'called off', 'call off', 'calls off', 'turned down', 'turn down', 'turns down', 'lack', 'lacks', 'lacked',
  'impossible', 'unable',
];

/**
 * Prepositions after which a cue verb tells a motion, not a change of amount: "jumped over the fence", "fell off the
 * roof", "rose through the ranks" (with an article or possessive next; "fell from 20 to 10" keeps its direction).
 */
export const MOTION_PREPOSITIONS: readonly string[] = ['over', 'across', 'onto', 'through', 'off'];
