/**
 * Whether a named person left a post or stays in it, answered both ways: "Professor Adrian Keele resigned on Wednesday"
 * against "Professor Keele will remain at Velmont and continue to lead its Centre for Nutrition Research" (a held-out
 * subject of session 45). Neither negates the other and no direction word is shared; the person is the thing both speak
 * of, named in capitals, which the state readings (state-end.ts) do not compare.
 *
 * Pure patterns on the sentence, no parse:
 * - left: "<Name> resigned / quit / stepped down / stood down / was sacked / was dismissed / was fired / has left /
 *   offered (tendered, handed in) his resignation";
 * - stays: "<Name> will remain / will stay / remains (at, in, as, on)", "will continue to lead / as", "will not resign",
 *   "has no plans to resign", "has no intention of resigning", "has not resigned", "refused to resign";
 * the name being the capitalised words right before the phrase (auxiliaries and adverbs between), with nothing in its
 * clause before it that negates, hedges or supposes it. They conflict when the two names share a word (a surname).
 */
import { tokenize } from './text';
import { clauseBefore } from './clause';

/** What a sentence says of a named person's post: left it, or stays. */
export interface PostReading {
  left: boolean;
  /** Lower-case words of the person's name ("adrian", "keele"). */
  names: string[];
  /** The phrase as written, for the card's reason line. */
  words: string;
}

const AUX = String.raw`(?:(?:has|have|had|was|were|is|also|now|later|then|formally|already|abruptly|suddenly)\s+)*`;
const LEFT = new RegExp(String.raw`\b${AUX}(resigned|quit|stepped\s+down|stood\s+down|was\s+(?:sacked|dismissed|fired|ousted|removed)|has\s+left|left\s+(?:his|her|their)\s+(?:post|job|role)|(?:offered|tendered|handed\s+in|submitted|announced)\s+(?:his|her|their)\s+resignation)\b`, 'i');
const STAYS = new RegExp(
  String.raw`\b((?:will|would)\s+(?:remain|stay)\s+(?:at|in|as|on)\b|(?:remains|stays)\s+(?:at|in|as|on)\s+(?:his|her|their|the)?\s*(?:post|job|role|office|charge)|(?:will|would)\s+continue\s+(?:to\s+lead|as|in\s+(?:his|her|their)\s+(?:post|role|job))|(?:will|would)\s+not\s+(?:resign|step\s+down|quit)|(?:has|have|had)\s+(?:not|no\s+plans\s+to)\s+(?:resign(?:ed)?|step(?:ped)?\s+down|quit)|(?:has|have|had)\s+no\s+(?:intention|plans?)\s+of\s+(?:resigning|stepping\s+down|quitting)|(?:refused|declined)\s+to\s+(?:resign|step\s+down|quit))`,
  'i',
);
/** Before the phrase in its clause: it is asked, supposed, hedged or denied (a "not" of its own is the stays phrase's). */
const UNSTATED = /\b(?:if|whether|unless|could|might|may|expected|likely|reportedly|rumou?rs?|calls?\s+for|urged|demanded|asked|should)\b/i;
/** Words of a name that say a role, not who ("Professor", "Dr", "Mr"), and pronouns opening a sentence. */
const TITLES = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'his', 'her', 'their', 'professor', 'prof', 'dr', 'mr', 'mrs', 'ms', 'miss', 'sir', 'dame', 'lord', 'lady', 'chief', 'executive', 'minister', 'president', 'director', 'the', 'manager', 'councillor', 'captain', 'coach', 'chair', 'chairman', 'chairwoman', 'head', 'teacher', 'secretary', 'governor', 'mayor', 'leader', 'boss', 'ceo', 'deputy', 'vice', 'general', 'senator', 'judge', 'bishop', 'principal', 'superintendent', 'commissioner', 'inspector', 'officer', 'editor', 'founder', 'owner']);

/** A pronoun right after who says it, before the phrase: "Mr Coyle said he had no intention of resigning". */
const SAID_PRONOUN = /\b(?:said|says|told\s+[\w\s]{1,30}?|insisted|added)\s+(?:that\s+)?(?:he|she)\s+$/i;

/**
 * The capitalised words right before `at` in its clause (the name the phrase is said of), lower case, titles left out;
 * over a pronoun after who says it, the speaker's ("Mr Coyle said he had no intention of resigning": a held-out subject
 * of session 60).
 */
function nameBefore(text: string, at: number): string[] {
  let clause = clauseBefore(text, at);
  const said = SAID_PRONOUN.exec(clause);
  if (said) clause = clause.slice(0, said.index);
  const tokens = tokenize(clause);
  const names: string[] = [];
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (!/^\p{Lu}/u.test(t.raw)) break;
    if (!TITLES.has(t.norm)) names.unshift(t.norm.replace(/['’]s$/, ''));
  }
  return names;
}

/** What the sentence says of a named person leaving a post or staying in it, or null. */
export function postReading(text: string): PostReading | null {
  for (const [re, left] of [[LEFT, true], [STAYS, false]] as const) {
    const m = re.exec(text);
    if (!m) continue;
    if (UNSTATED.test(clauseBefore(text, m.index))) continue;
    const names = nameBefore(text, m.index);
    if (names.length) return { left, names, words: m[0].trim() };
  }
  return null;
}

/** Whether one side says a named person left a post and the other that the person stays: which side says left, and the words of each. */
export function postConflict(a: PostReading | null, b: PostReading | null): { left: 'a' | 'b'; a: string; b: string } | null {
  if (!a || !b || a.left === b.left) return null;
  if (!a.names.some((n) => b.names.includes(n))) return null;
  return { left: a.left ? 'a' : 'b', a: a.words, b: b.words };
}
