/**
 * Phrases that say a state ended or goes on (utils/engine/state-end.ts), lower case, as token sequences. Kept to
 * orders, measures, actions and talks: "lifted", "called off", "remains in force", "continues". Words whose ending
 * sense is rare in news ("dropped", "closed") are left out: they are direction or place words more often.
 */

/** A state ended: an order lifted, a strike called off, a ban no longer in force. */
export const STATE_END_PHRASES: readonly string[] = [
  'lifted', 'lifts', 'ended', 'ends', 'called off', 'calls off', 'cancelled', 'canceled', 'rescinded', 'revoked',
  'repealed', 'expired', 'scrapped', 'withdrawn', 'is over', 'was over', 'are over', 'were over', 'came to an end',
  'has come to an end', 'no longer in force', 'no longer in effect', 'no longer in place',
];

/** A state goes on: an order still in force, a strike continuing, a deadline extended. */
export const STATE_GOES_ON_PHRASES: readonly string[] = [
  'remains in force', 'remain in force', 'remains in effect', 'remain in effect', 'remains in place', 'remain in place',
  'still in force', 'still in effect', 'still in place', 'stays in place', 'stay in place', 'stays in force',
  'continues', 'continue', 'continuing', 'is continuing', 'goes on', 'go on', 'extended', 'is still on', 'remains on',
];

/** Negators before an ending phrase that make it a going-on ("has not been lifted", "was never called off"). */
export const STATE_NEGATORS: readonly string[] = ['not', 'never', "n't", 'no'];
