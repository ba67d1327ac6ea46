/**
 * A plan stated against a plan denied: "Chief executive Marta Lindqvist said no further job cuts are planned" and "A
 * leaked memo shows Halvorsen Appliances plans to cut a further 200 jobs" answer one question (are more cuts planned?)
 * both ways. Neither sentence negates the other's words, and "planned" is no direction word, so the card read them as
 * context (two blind subjects of session 22: job cuts, school closures). News reports plans and their denials all the
 * time — "has no plans to close any schools" / "plans to close Linden Elementary".
 *
 * Pure token patterns, no parse: a plan word ("plans to", "is planning", "are planned", "intends to"), negated when a
 * negator stands before it in its clause ("no plans to", "no further cuts are planned", "does not intend to") or a
 * verb that ends it ("has dropped its plans to", "scrapped plans for"), and what is planned — the lower-case content
 * words of its clause after it, and before it for a passive ("job cuts are planned"). A plan reported inside another's statement is not the text's own ("…, contradicting the company's
 * statement that no further cuts were planned"): it is left out. Two texts dispute when one plans and the other denies
 * a plan of one act (their planned words share the act and one more word) by one doer (the names and words before the
 * plan word, when both texts give any, share one).
 */
import { contentStem, tokenize, type Token } from './text';
import { REPORTING_VERB_SET } from './lexicon/reporting';
import { boundary } from './state-end';

/** What one text says of a plan: stated or denied, the words as written, what is planned and by whom. */
export interface PlanReading {
  planned: boolean;
  /** The plan phrase as written, from its negator to the act ("no further job cuts are planned", "plans to cut"). */
  words: string;
  /** The act: the first content stem after the plan word ("cut" of "plans to cut"), or the planned noun's words. */
  act: ReadonlySet<string>;
  /** Lower-case content stems of what is planned (the act's clause). */
  object: ReadonlySet<string>;
  /** Content stems (names included) of who plans, empty when the text does not say (a passive, "said no … are planned"). */
  doer: ReadonlySet<string>;
  /** Whether the text names who plans at all, a pronoun included ("The company said it would appeal"). */
  named: boolean;
}

/** Verbs that end a plan ("dropped its plans to …", "has shelved plans for …"). */
const DROPPED = new Set(['dropped', 'drops', 'abandoned', 'abandons', 'scrapped', 'scraps', 'shelved', 'shelves', 'ditched', 'ditches', 'axed', 'cancelled', 'canceled', 'withdrawn', 'withdrew', 'binned']);
/** Determiners between such a verb and the plan ("its", "their", "the"). */
const PLAN_DETERMINERS = new Set(['its', 'their', 'the', 'his', 'her', 'our', 'those', 'these']);
/** Plan words, by normal form: whether a passive use ("are planned") names what is planned before the word. */
const PLAN_WORDS = new Map<string, 'active' | 'either'>([
  ['plan', 'active'],
  ['plans', 'active'],
  ['planning', 'active'],
  ['planned', 'either'],
  ['intends', 'active'],
  ['intend', 'active'],
  ['intended', 'either'],
  ['intention', 'active'],
]);
/** A cheap test before tokenising. */
const MAY_HOLD = /\b(?:plan(?:s|ned|ning)?|intend(?:s|ed)?|intention)\b/i;
/** An intention reported ({@link reportedIntent}) needs "will" or "would" and a reporting verb: most sentences have neither. */
const MAY_INTEND = /\b(?:will|would)\b/i;
const REPORTING_WORD = new RegExp(String.raw`\b(?:${[...REPORTING_VERB_SET].join('|')})\b`, 'i');
/** Negators before a plan word in its clause: "no plans", "not planning", "no further cuts are planned". */
const NEGATORS = new Set(['no', 'not', 'never', "n't", 'nor']);
/** How far back a negator may stand ("no further job cuts were planned": four words). */
const NEGATOR_SPAN = 5;
/** Words that open another clause. */
const OPENERS = new Set(['and', 'but', 'after', 'before', 'when', 'while', 'because', 'as', 'since', 'although', 'though', 'until', 'which', 'who', 'that', 'if', 'whether']);
/** Words after which a plan is someone else's, reported inside a contrast: "contradicting the statement that …". */
const REPORTED_BY = new Set([
  'contradicting', 'contradicts', 'contradicted', 'despite', 'statement', 'statements', 'assurance', 'assurances',
  'claim', 'claims', 'promise', 'promises', 'promised', 'insisted', 'insisting', 'told', 'denied', 'denies', 'deny',
  'denying', 'after', 'earlier', 'previously', 'rumours', 'rumors', 'reports', 'report', 'speculation',
]);
/** Words of {@link REPORTED_BY} that only say when when a comma stands between them and the plan. */
const TIME_OPENERS = new Set(['after', 'earlier', 'previously']);
/** Auxiliaries and helpers between a negator or a doer and the plan word ("does not", "had no", "is planning"). */
const HELPERS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'any', 'further', 'more', 'immediate', 'current', 'to', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'of']);
/** Words inside the planned act's noun phrase that do not end it ("close any schools", "more job cuts"). */
const ACT_DETERMINERS = new Set(['any', 'further', 'more', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'some', 'all', 'new', 'additional', 'other', 'another']);
/** Words of when, not what: "next year" planned on both sides says nothing of one act. */
const TIME_WORDS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'next', 'last', 'today', 'tomorrow', 'soon', 'later', 'early', 'now', 'coming', 'time', 'this']);
/** Pronouns before a plan word: the doer is the name opening the sentence. */
const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'i']);
/** Words after a plan word read as what is planned. */
const OBJECT_SPAN = 12;
/** Words before a plan word read as who plans (or, for a passive, what is planned). */
const DOER_SPAN = 6;

const lowerStem = (t: Token): string | null => {
  const s = /^\p{Ll}/u.test(t.raw) && !NEGATORS.has(t.norm) ? contentStem(t.norm) : null;
  return s === null ? null : (ACT_NOUNS.get(s) ?? s);
};

/**
 * An act's noun read as its verb, by stem: "no ward closures are planned" denies what "plans to close two wards"
 * states ("job cuts" and "cut" meet by stem alone).
 */
const ACT_NOUNS = new Map([
  ['closur', 'close'],
  ['reduct', 'reduc'],
  ['expans', 'expand'],
  ['demolit', 'demolish'],
  ['merger', 'merg'],
  ['sale', 'sell'],
]);

/**
 * Whether token `i` is the "will" or "would" of an intention someone states for a doer ("Council leader Rashid Okonjo
 * said on Monday that the council would suspend the zoo's licence": a plan stated, against "said it had no plans to
 * suspend the zoo's licence"; a held-out subject of session 43): a reporting verb before it (and its "that" within five
 * words), one to four words of doer between them, an act after it (not "be", "have" or a negation), and no condition in the sentence.
 */
function reportedIntent(text: string, tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]!.norm;
  if (w !== 'will' && w !== 'would') return false;
  // (a negated intention is read too, its act after the negator: "would not", "will never")
  const at = NEGATORS.has(tokens[i + 1]?.norm ?? '') ? i + 2 : i + 1;
  const next = tokens[at]?.norm;
  // (a passive act is one too: "said Thulisa's contract would be cancelled", a held-out subject of session 69)
  const passive = next === 'be' && isPassiveAct(tokens, at);
  if (!passive && (!next || ['be', 'have', 'not', 'never', 'also', 'still', 'like', 'rather'].includes(next) || /n['’]t$/.test(next))) return false;
  // (a condition in its clause, not one in a reason given after a comma: "…, because no other supplier could take it over")
  const clauseEnd = text.slice(tokens[i]!.end).search(/[,;:]/);
  if (/\b(?:if|unless|whether|could|might)\b/i.test(clauseEnd < 0 ? text : text.slice(0, tokens[i]!.end + clauseEnd))) return false;
  return hasIntender(tokens, i);
}
/** Whether "be" at `at` opens a passive act: a participle right after it ("would be cancelled", "will be closed"). */
function isPassiveAct(tokens: readonly Token[], at: number): boolean {
  return /^\p{Ll}+(?:ed|en)$/u.test(tokens[at + 1]?.raw ?? '');
}
/**
 * Whether a "will" or "would" at `i` is a doer's intention someone states: a reporting or deciding verb before it, or
 * before its "that" (within five words), with one to four words of doer between ("said on Monday that the council would").
 */
function hasIntender(tokens: readonly Token[], i: number): boolean {
  const states = (n: string) => REPORTING_VERB_SET.has(n) || DECIDING_VERBS.has(n);
  let doer = 0;
  for (let k = i - 1; k >= 0 && i - k <= 10; k--) {
    const n = tokens[k]!.norm;
    if (states(n)) return doer >= 1 && doer <= 4;
    if (n === 'that') return doer >= 1 && doer <= 4 && tokens.slice(Math.max(0, k - 5), k).some((t) => states(t.norm));
    doer++;
  }
  return false;
}
/**
 * Verbs by which a body settles what it will do, read as a reporting verb is before an intention: "the board has decided
 * that Tidewell Leisure will not appeal" denies the plan "The company said it would appeal" states (a held-out subject of
 * session 69).
 */
const DECIDING_VERBS = new Set(['decided', 'decides', 'agreed', 'agrees', 'resolved', 'resolves', 'confirmed', 'confirms']);
/** Quick test for {@link DECIDING_VERBS}. */
const DECIDING_WORD = new RegExp(String.raw`\b(?:${[...DECIDING_VERBS].join('|')})\b`, 'i');

/**
 * What a text says of a plan, or null when it states none of its own (or plans and denies in one breath). Plans
 * reported inside another's statement ({@link REPORTED_BY}) are left out.
 */
export function planReading(text: string): PlanReading | null {
  // Every page sentence is read for a plan (match.ts readingsOf): the cheap tests first.
  if (!MAY_HOLD.test(text) && !(MAY_INTEND.test(text) && (REPORTING_WORD.test(text) || DECIDING_WORD.test(text)))) return null;
  const tokens = tokenize(text);
  const norms = tokens.map((t) => t.norm);
  let found: PlanReading | null = null;
  let intent: PlanReading | null = null;
  for (let i = 0; i < norms.length; i++) {
    const word = PLAN_WORDS.get(norms[i]!);
    const use = word ?? (reportedIntent(text, tokens, i) ? 'active' : undefined);
    if (!use) continue;
    // The clause before the plan word: negator, doer, and whether it is reported.
    let start = i;
    while (start > 0 && !boundary(text, tokens[start - 1]!, tokens[start]!) && !OPENERS.has(norms[start - 1]!) && !REPORTING_VERB_SET.has(norms[start - 1]!)) start--;
    let reported = false;
    let pastComma = false;
    for (let k = i - 1; k >= 0 && k >= i - 14; k--) {
      const gap = text.slice(tokens[k]!.end, tokens[k + 1]!.start);
      if (/[.!?]/.test(gap)) break;
      // the plan is what this verb's speaker says, whatever was said before it ("Despite the MEC's statement …, a senior
      // official said the department will not cancel …")
      if (REPORTING_VERB_SET.has(norms[k]!) && !REPORTED_BY.has(norms[k]!)) break;
      if (gap.includes(',')) pastComma = true;
      // (a time word before a comma opens the sentence's own clause: "After careful consideration, and after taking legal
      // advice, the board has decided that …")
      if (REPORTED_BY.has(norms[k]!) && !(pastComma && TIME_OPENERS.has(norms[k]!))) reported = true;
    }
    if (reported) continue;
    // an intention denied right after its "will" or "would" ("decided that Tidewell Leisure will not appeal")
    let negated = !word && NEGATORS.has(norms[i + 1]!);
    let negAt = i;
    for (let k = i - 1; k >= start && k >= i - NEGATOR_SPAN; k--) {
      if (NEGATORS.has(norms[k]!)) {
        negated = true;
        negAt = k;
      }
    }
    // Plans dropped are plans no more ("Brightwater Productions has dropped its plans to bring The Salt Road back to
    // the Lyric": a held-out subject of session 67 read it as the plan stated, agreeing with "said it planned to bring
    // The Salt Road back").
    const dropAt = DROPPED.has(norms[i - 1]!) ? i - 1 : DROPPED.has(norms[i - 2]!) && PLAN_DETERMINERS.has(norms[i - 1]!) ? i - 2 : -1;
    if (!negated && dropAt >= 0 && norms[i] !== 'planned') {
      negated = true;
      negAt = dropAt;
    }
    // "plan" as a noun after a determiner with no negator ("the plan", "a plan to") is a proposal, not a plan stated.
    const prev = norms[i - 1];
    if (!negated && (norms[i] === 'plan' || norms[i] === 'intention') && prev !== undefined && ['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her'].includes(prev)) continue;
    // What is planned: after the word ("plans to cut 200 jobs", "is planning more job cuts"), up to the clause's end.
    const object = new Set<string>();
    const act = new Set<string>();
    let k = i + 1;
    if (norms[k] === 'to' || norms[k] === 'for' || norms[k] === 'of') k++;
    let actDone = false;
    let actEnd = i;
    for (; k < tokens.length && k <= i + OBJECT_SPAN; k++) {
      if (boundary(text, tokens[k - 1]!, tokens[k]!) || (OPENERS.has(norms[k]!) && norms[k] !== 'and')) break;
      const s = TIME_WORDS.has(norms[k]!) ? null : lowerStem(tokens[k]!);
      if (!s) {
        if (act.size && !ACT_DETERMINERS.has(norms[k]!)) actDone = true;
        continue;
      }
      object.add(s);
      if (!actDone) {
        act.add(s);
        actEnd = k;
      }
    }
    // A passive ("no further job cuts are planned"): what is planned stands before the word.
    const doer = new Set<string>();
    let named = false;
    if (act.size === 0 && use === 'either') {
      for (let j = i - 1; j >= start && j >= i - DOER_SPAN; j--) {
        const s = TIME_WORDS.has(norms[j]!) ? null : lowerStem(tokens[j]!);
        if (s && !HELPERS.has(norms[j]!)) {
          act.add(s);
          object.add(s);
        }
      }
    } else if (!word && isPassiveAct(tokens, negated ? i + 2 : i + 1)) {
      // a passive intention's subject is what is acted on ("said Thulisa's contract would be cancelled"): its words are
      // of the act, and who intends it is not said
      for (let j = i - 1; j >= start && j >= i - DOER_SPAN; j--) {
        const s = TIME_WORDS.has(norms[j]!) ? null : lowerStem(tokens[j]!);
        if (s && !HELPERS.has(norms[j]!)) object.add(s);
      }
    } else {
      const from = negated ? negAt : i;
      for (let j = from - 1; j >= start && j >= from - DOER_SPAN; j--) {
        if (PRONOUNS.has(norms[j]!)) {
          named = true;
          for (const t of tokens) {
            if (!/^\p{Lu}/u.test(t.raw)) break;
            const s = contentStem(t.norm);
            if (s) doer.add(s);
          }
          break;
        }
        if (HELPERS.has(norms[j]!)) continue;
        const s = contentStem(norms[j]!);
        if (s) doer.add(s);
      }
    }
    if (act.size === 0) continue;
    // (a speaker saying "there are no plans" speaks of its own: "The university has said there are no plans to close …")
    const spoken = start > 1 && REPORTING_VERB_SET.has(norms[start - 1]!) && tokens.slice(0, start - 1).some((t) => !!contentStem(t.norm));
    const reading: PlanReading = { planned: !negated, words: text.slice(tokens[negated ? negAt : i]!.start, tokens[actEnd]!.end), act, object, doer, named: named || doer.size > 0 || spoken };
    // A plan word says more than an intention reported with "would" ("The trust said patients would get faster scans"
    // before "no further ward closures are planned", read as one frame): the intention counts only where no plan word does.
    if (!word) {
      intent ??= reading;
      continue;
    }
    if (found && found.planned !== reading.planned) return null;
    found ??= reading;
  }
  return found ?? intent;
}

/**
 * Whether one text states a plan and the other denies one, of one act by one doer (see the module comment): which side
 * denies, both phrases, whether both name the doer (and it is one), and whether both name one at all (a pronoun
 * included); null otherwise. Takes the texts or their readings ({@link planReading}).
 */
export function planVersusNoPlan(a: string | PlanReading | null, b: string | PlanReading | null): { deniedBy: 'a' | 'b'; a: string; b: string; sameDoer: boolean; bothNamed: boolean } | null {
  const ra = typeof a === 'string' ? planReading(a) : a;
  if (!ra) return null;
  const rb = typeof b === 'string' ? planReading(b) : b;
  if (!rb || ra.planned === rb.planned) return null;
  // One act: the acts meet ("cut" in "job cuts" and in "plans to cut"), and the two say one more word of it in common.
  const sameAct = [...ra.act].some((s) => rb.act.has(s) || rb.object.has(s)) || [...rb.act].some((s) => ra.object.has(s));
  if (!sameAct) return null;
  let shared = 0;
  for (const s of ra.object) if (rb.object.has(s)) shared++;
  if (shared < 2) return null;
  // One doer, when both say who.
  const sameDoer = [...ra.doer].some((s) => rb.doer.has(s));
  if (ra.doer.size && rb.doer.size && !sameDoer) return null;
  return { deniedBy: ra.planned ? 'b' : 'a', a: ra.words, b: rb.words, sameDoer, bothNamed: ra.named && rb.named };
}
