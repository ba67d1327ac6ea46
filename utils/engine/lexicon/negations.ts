/**
 * Negation cues and how far they reach. A direction word inside a negation's scope flips:
 * "does not represent a threat" points down, "not defeated" points up.
 */

/** Single-token negators (compared on lower-case tokens; any token ending in "n't" also negates). */
export const NEGATORS: readonly string[] = [
  'not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without', 'cannot', 'hardly',
  'barely', 'nowhere', 'prevent', 'prevents', 'prevented', 'preventing', 'avoid', 'stop', 'stopped',
];

/** Multi-token negators, matched on lower-case tokens ("no longer a threat"). */
export const NEGATOR_PHRASES: readonly string[] = ['no longer', 'not any more', 'not anymore', 'far from', 'rather than'];

/** Tokens that end a negation scope (clause boundaries). Punctuation , ; : . ! ? also ends it. */
export const SCOPE_BREAKERS: readonly string[] = [
  'but', 'however', 'although', 'though', 'while', 'whereas', 'yet', 'and', 'because', 'since', 'which', 'who',
];

/** Maximum number of tokens a negation reaches when no clause boundary comes first. */
export const NEGATION_WINDOW = 6;
