/**
 * Whether a claim speaks of another matter than the page sentence it shares its words with: the page sentence points
 * at a thing with a bare "the <noun>" ("The city council will challenge the decision, council leader Ruth Okonjo said")
 * where the claim says which ("council leader Ruth Okonjo said the council would challenge the government's decision to
 * cut its road maintenance grant"), and the page names little of that anywhere. One speaker and one verb, two cases: the
 * card called them an agreement (a held-out subject of session 42). Read only for an agreement; the claim then stays on
 * the card as context.
 */
import { contentStem, tokenize } from './text';
import { GENERIC_WORDS } from './lexicon/generic-words';
import { STOP_WORD_SET } from './lexicon/stopwords';

/**
 * Words after a noun that open what specifies it: an infinitive ("decision to cut", "plan to close"). Not "of", "on",
 * "for" … nor "to" before a noun: they are as often the verb's ("sold the truck to a dealership", "a photo of a woman"
 * on a page that says "the photo" of the same photo in other words: FNC-1 bodies).
 */
const SPECIFIER_OPENERS = new Set(['to']);
/** Words of a specifier that say when or how many, not which matter ("three years ago"). */
const NOT_SPECIFIC = new Set(GENERIC_WORDS);
/** How many content words after the opener are read as the specifier. */
const SPECIFIER_WORDS = 5;
/** Specifier words the page must lack, at least, for the claim to be of another matter. */
const MIN_ABSENT = 2;

const pageStemCache = new Map<string, Set<string>>();
/** Content stems of a page text (the last page's kept: a page meets many claims). */
function pageStems(text: string): Set<string> {
  let hit = pageStemCache.get(text);
  if (!hit) {
    pageStemCache.clear();
    hit = new Set(tokenize(text).map((t) => contentStem(t.norm)).filter((s): s is string => !!s));
    pageStemCache.set(text, hit);
  }
  return hit;
}

/** Nouns the sentence points at bare: "the decision" followed by a mark, the end, or a word that specifies nothing. */
function bareNouns(sentence: string): Set<string> {
  const toks = tokenize(sentence);
  const out = new Set<string>();
  for (let i = 0; i + 1 < toks.length; i++) {
    if (toks[i]!.norm !== 'the') continue;
    const noun = toks[i + 1]!;
    if (!/^[a-z]{3,}$/.test(noun.raw)) continue;
    const next = toks[i + 2];
    // "the decision, …", "the decision." (no token after), "the decision in court" are bare; "the decision to …" is not
    if (next && (SPECIFIER_OPENERS.has(next.norm) || next.norm === 'of') && sentence.slice(noun.end, next.start).trim() === '') continue;
    const s = contentStem(noun.norm);
    if (s) out.add(s);
  }
  return out;
}

/** Whether `claim` names another matter than `sentence` of the page `page` (see the module comment). */
export function namesOtherMatter(claim: string, sentence: string, page: string): boolean {
  const bare = bareNouns(sentence);
  if (bare.size === 0) return false;
  const toks = tokenize(claim);
  const onPage = pageStems(page);
  for (let i = 0; i < toks.length; i++) {
    const s = contentStem(toks[i]!.norm);
    if (!s || !bare.has(s)) continue;
    const spec: string[] = [];
    // whose: "the government's decision"
    const before = toks[i - 1];
    if (before && /['’]s$/.test(before.raw)) {
      const w = contentStem(before.norm.replace(/['’]s$/, ''));
      if (w) spec.push(w);
    }
    // which: "decision to cut its road maintenance grant" (an infinitive: a lower-case word that is no function word)
    const verb = toks[i + 2];
    if (toks[i + 1] && SPECIFIER_OPENERS.has(toks[i + 1]!.norm) && verb && /^[a-z]+$/.test(verb.raw) && !STOP_WORD_SET.has(verb.norm)) {
      for (let k = i + 2; k < toks.length && spec.length < SPECIFIER_WORDS + 1; k++) {
        if (/[,;:.!?()]/.test(claim.slice(toks[k - 1]!.end, toks[k]!.start))) break;
        if (NOT_SPECIFIC.has(toks[k]!.norm) || /\d/.test(toks[k]!.norm)) continue;
        const w = contentStem(toks[k]!.norm);
        if (w) spec.push(w);
      }
    }
    const absent = new Set(spec.filter((w) => !onPage.has(w)));
    if (absent.size >= MIN_ABSENT) return true;
  }
  return false;
}
