/**
 * Words that refute or debunk a claim, and words that hedge (report without endorsing).
 * Refuting words decide "disputes"; hedging words keep a passage at "related/discuss" rather than "agrees".
 * Matched on lower-case word forms (not stems: "doctored" must not match "doctors"), so inflections are listed.
 */

/** Refuting / debunking cues, with weights (1 = clear refutation). */
export const REFUTING_WORDS: readonly { words: string; weight: number }[] = [
  ...['fake', 'fakes', 'faked', 'hoax', 'hoaxes', 'false', 'falsely', 'untrue', 'not true', 'no truth', "isn't true",
    "wasn't true", 'not real', 'fabricated', 'fabrication', 'debunk', 'debunked', 'debunking', 'debunks', 'refute',
    'refuted', 'refutes', 'baseless', 'unfounded', 'no evidence', 'misleading', 'satire', 'satirical', 'prank',
    'pranks', 'bogus', 'doctored', 'photoshopped', 'retracted', 'retraction', 'contradicts', 'contradict',
    'contradicted', 'contradicting', 'not the case', 'made up', 'a lie', 'lied', 'never happened',
  ].map((words) => ({ words, weight: 1 })),
  // Denials and dismissals are often reported without being endorsed (FNC-1 "discuss" bodies quote them as much as
  // "disagree" bodies do): weak evidence on their own.
  ...['deny', 'denied', 'denies', 'denying', 'denial', 'denials', 'dismissed', 'dismisses', 'dismiss', 'reject',
    'rejected', 'rejects', 'disputes', 'disputed', 'dispute', 'myth', 'myths', 'scam', 'unfounded',
  ].map((words) => ({ words, weight: 0.25 })),
];

/** Hedging / attribution cues: the text reports a claim without asserting it. */
export const HEDGING_WORDS: readonly string[] = [
  'reportedly', 'allegedly', 'alleged', 'alleges', 'purportedly', 'purported', 'apparently', 'supposedly',
  'rumor', 'rumors', 'rumour', 'rumours', 'rumored', 'rumoured', 'unconfirmed', 'unverified', 'claims', 'claimed',
  'claim', 'claiming', 'may', 'might', 'could', 'possibly', 'perhaps', 'according to', 'reports', 'reported',
  'suggest', 'suggests', 'suggested', 'appears', 'appear', 'seems', 'seem', 'believed', 'speculation', 'speculated',
  'unclear', 'not clear', 'if true', 'would', 'said to', 'thought to', 'is said', 'are said', 'sources say',
  'purports', 'purporting', 'likely', 'unlikely', 'possible', 'potentially',
];

/**
 * A claim that REPORTS a contradiction between two other parties ("Romanowski's claim contradicts the statements of
 * the prime minister", "the report is at odds with the ministry's figures") takes no side itself: its refuting verb
 * sits between two statement nouns. Such a claim is context, never a dispute of the page.
 */
export const REPORTED_CONTRADICTION =
  /\b(?:claims?|statements?|remarks|assertions?|accounts?|reports?|assessments?|comments?|testimony|figures|findings|version)\b[^.;:!?]{0,40}?\b(?:contradicts?|contradicted|contradicting|disputes?|disputed|conflicts? with|conflicted with|is at odds with|are at odds with|was at odds with|runs counter to|ran counter to|is inconsistent with|was inconsistent with)\b[^.;:!?]{0,60}?\b(?:claims?|statements?|remarks|assertions?|accounts?|reports?|assessments?|comments?|testimony|figures|findings|version|position|views?|promises?|assurances?)\b/i;
