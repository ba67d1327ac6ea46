/**
 * How a vote went, answered two ways: "The vote was unanimous, the university said" against "Two governors, including
 * the elected staff governor, voted against the merger" (a held-out subject of session 48), or "passed by seven votes
 * to five" against "approved by eight votes to four". A unanimous vote and a split one share no word a negation or a
 * direction cue could see, and the numbers of a split are no figure the rows compare.
 *
 * Pure patterns on the sentence, no parse:
 * - unanimous: "unanimous(ly)", "without dissent", "without a vote against", "nobody voted against";
 * - split: "not unanimous", "N (governors, …) voted against", "by N votes to M", "voted N to M", "an N-M vote";
 * - stated, not hedged, asked or supposed before it in its clause ("is expected to be unanimous", "if … voted against").
 * Two readings conflict when one says unanimous and the other split, or both give the numbers of a split and they
 * differ; the vote is one where neither names what was voted on, or both name a content word of it in common.
 */
import { contentStem } from './text';
import { clauseBefore, ownWords, sentenceAt } from './clause';
import { NUMBER_WORDS } from './lexicon/units';

/** What a sentence says of how a vote went. */
export interface VoteReading {
  /** True: nobody voted against; false: somebody did. */
  unanimous: boolean;
  /** Votes for and against, where the sentence gives them ("by seven votes to five": 7, 5). */
  votes: { for: number | null; against: number } | null;
  /** The words read, for the card's reason line ("unanimous", "voted against"). */
  words: string;
  /** The sentence's content stems besides the vote's own words: what was voted on, who voted. */
  about: string[];
}

/** A count in digits or words up to twenty ("seven", "12"). */
const COUNT = String.raw`(\d{1,3}|${Object.keys(NUMBER_WORDS).filter((w) => NUMBER_WORDS[w]! <= 20).join('|')})`;
const UNANIMOUS = /\bunanimous(?:ly)?\b|\bwithout\s+(?:a\s+)?(?:single\s+)?(?:dissent(?:ing\s+vote)?|vote\s+against\s+it)\b|\b(?:no\s*one|nobody)\s+voted\s+against\b/i;
const NOT_UNANIMOUS = /\bnot\s+(?:a\s+)?unanimous\b/i;
/** "Two governors, including …, voted against": the first count before "voted against" in its sentence. */
const VOTED_AGAINST = new RegExp(String.raw`\b${COUNT}\b(?:[^.;]{0,90}?)\bvot(?:ed|es)\s+against\b`, 'i');
/** "by seven votes to five", "voted seven to five", "a vote of 7 to 5". */
const SPLIT_WORDS = new RegExp(String.raw`\b(?:by|voted|vote\s+of|votes?\s+were)\s+${COUNT}\s+(?:votes?\s+)?(?:to|-|–)\s+${COUNT}\b`, 'i');
/** "a 7-5 vote", "an 8–4 decision". */
const SPLIT_DIGITS = /\b(\d{1,3})\s*[-–]\s*(\d{1,3})\s+(?:vote|decision|majority|verdict|ruling)\b/i;
/** Before the reading in its clause: it is denied, hedged, asked or supposed ("not" is read as "not unanimous"). */
const UNSTATED = /\b(?:not|never|could|would|might|may|if|whether|unless|expect(?:s|ed)?|likely|hope[sd]?|predict(?:s|ed)?)\b|n['’]t\b|\?/i;
/** Words of a vote, left out of what it is about. */
const VOTE_STEMS = new Set(['vote', 'voted', 'votes', 'voting', 'unanimous', 'unanimously', 'against', 'favour', 'favor', 'dissent', 'decision', 'majority', 'nobody', 'including'].map((w) => contentStem(w) ?? w));

/** A closing attribution (", the university said", ", a spokesman told reporters"). */
const TRAILING_ATTRIBUTION = /,\s*[^,]*\b(?:said|says|told|added|confirmed|announced|reported)\b[^,]*$/i;

const count = (w: string): number => (/^\d+$/.test(w) ? Number(w) : NUMBER_WORDS[w.toLowerCase()]!);

/** How the sentence says a vote went, or null when it says nothing of it (or hedges it). */
export function voteReading(text: string): VoteReading | null {
  let found: { unanimous: boolean; votes: VoteReading['votes']; at: number; words: string } | null = null;
  const notUnanimous = NOT_UNANIMOUS.exec(text);
  const unanimous = UNANIMOUS.exec(text);
  const split = SPLIT_WORDS.exec(text) ?? SPLIT_DIGITS.exec(text);
  const against = VOTED_AGAINST.exec(text);
  if (notUnanimous) found = { unanimous: false, votes: null, at: notUnanimous.index, words: notUnanimous[0] };
  else if (split) {
    const [x, y] = [count(split[1]!), count(split[2]!)];
    found = { unanimous: false, votes: { for: Math.max(x, y), against: Math.min(x, y) }, at: split.index, words: split[0] };
    // "by 9 votes to 0" is a unanimous vote
    if (found.votes!.against === 0) found.unanimous = true;
  } else if (against && count(against[1]!) > 0) found = { unanimous: false, votes: { for: null, against: count(against[1]!) }, at: against.index, words: against[0] };
  else if (unanimous) found = { unanimous: true, votes: null, at: unanimous.index, words: unanimous[0] };
  if (!found) return null;
  // a unanimous vote and a split one in one sentence ("unanimous on the budget, split 5-4 on the school"): two votes
  if (unanimous && !notUnanimous && !found.unanimous) return null;
  const clause = clauseBefore(text, found.at);
  if (UNSTATED.test(notUnanimous ? clause.replace(/\bnot\s*$/i, '') : clause)) return null;
  // who says it is not what was voted on (", the university said"; "The university said (that) …"); nor is what the
  // sentences before it say, read with it as a frame (match.ts answerFrames): only its own sentence names the vote
  const { tokens, from } = ownWords(sentenceAt(text, found.at).replace(TRAILING_ATTRIBUTION, ''));
  const about = tokens
    .slice(from)
    .map((t) => contentStem(t.norm))
    .filter((s): s is string => !!s && !VOTE_STEMS.has(s) && !/^\d/.test(s) && NUMBER_WORDS[s] === undefined);
  return { unanimous: found.unanimous, votes: found.votes, words: found.words, about };
}

/** Whether two readings say one vote went two ways (see the module comment): the words of each (a, b); null otherwise. */
export function voteConflict(a: VoteReading | null, b: VoteReading | null): { a: string; b: string } | null {
  if (!a || !b) return null;
  // one vote: either names nothing it was on ("The vote was unanimous"), or the two share a word of it
  if (a.about.length > 0 && b.about.length > 0 && !a.about.some((s) => b.about.includes(s))) return null;
  const differs =
    a.unanimous !== b.unanimous ||
    (!!a.votes && !!b.votes && a.votes.for !== null && b.votes.for !== null && (a.votes.for !== b.votes.for || a.votes.against !== b.votes.against));
  return differs ? { a: a.words, b: b.words } : null;
}
