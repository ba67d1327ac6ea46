/**
 * A decision taken or advised one way against the other way: "Planning officers had recommended the scheme for
 * approval" / "Planning officers had recommended that the committee refuse the scheme"; "The board approved the
 * merger" / "The board rejected the merger". Councils, courts, boards and regulators decide for or against all the
 * time, and neither side negates the other's words nor uses a direction word, so the card read such pairs as context —
 * or, sharing every other word, as agreeing (blind subject P of session 29, a housing vote).
 *
 * Pure token patterns, no parse: a verdict word ({@link VERDICT_WORDS}: approve / approval / grant permission / in
 * favour of against refuse / reject / turn down / vote against), flipped by a negator just before it ("did not
 * approve"). Not a verdict: a refusal to act ("refused to comment"), or rejecting what someone said ("rejected
 * suggestions that …", "rejected a call for her to step down"). Two readings conflict when their sides differ, they
 * are of one decider (the head nouns of the two sentences' subjects meet, or a passive names none) and of one thing
 * (what each decides shares a word with the other's, when both say).
 */
import { contentStem, tokenize, type Token } from './text';
import { boundary } from './state-end';

/** What one text decides or advises: for or against, the words as written, who decides and what is decided. */
export interface VerdictReading {
  side: 'for' | 'against';
  /** The verdict phrase as written, from a negator that flips it ("did not approve", "voted against"). */
  words: string;
  /** Head noun stems of the sentence's subject (who decides or advises); empty for a passive that names none. */
  decider: ReadonlySet<string>;
  /** Content stems of what is decided: the noun phrase after a verdict verb, else the words between the subject and a
   *  verdict noun ("recommended the scheme for approval"), else a passive's subject. */
  object: ReadonlySet<string>;
  /** A court's verdict: the charge it names ("convicted of bribery" → bribery), empty when it names none. */
  charge?: ReadonlySet<string>;
}

/** Verdict words by normal form: the side each takes, and whether it is a noun ("approval", "refusal"). */
const VERDICT_WORDS = new Map<string, { side: 'for' | 'against'; noun?: true; court?: true }>([
  ...['approve', 'approves', 'approved', 'approving', 'endorse', 'endorses', 'endorsed'].map((w) => [w, { side: 'for' }] as const),
  ...['refuse', 'refuses', 'refused', 'refusing', 'reject', 'rejects', 'rejected', 'rejecting'].map((w) => [w, { side: 'against' }] as const),
  // a court's verdict on a defendant: acquitted is for, convicted against (a held-out bribery trial of session 39 read
  // "The jury acquitted Farrow on the third count" as agreeing with "Farrow was convicted on all three counts")
  ...['acquit', 'acquits', 'acquitted', 'acquitting'].map((w) => [w, { side: 'for', court: true }] as const),
  ...['convict', 'convicts', 'convicted', 'convicting'].map((w) => [w, { side: 'against', court: true }] as const),
  ['approval', { side: 'for', noun: true }],
  ['refusal', { side: 'against', noun: true }],
  ['rejection', { side: 'against', noun: true }],
]);
/** A cheap test before tokenising. */
const MAY_HOLD = /\b(?:approv|endors|refus|reject|convict|acquit|turn(?:s|ed|ing)? down|vot(?:e|es|ed|ing) (?:for|against)|in favou?r of|(?:granted|denied|given|refused) (?:planning )?(?:permission|consent))/i;
/** Objects that make a verdict word a reply to words, not a decision: "rejected suggestions that …", "a call for her to step down". */
const SPEECH_OBJECTS = new Set([
  'claim', 'claims', 'suggestion', 'suggestions', 'allegation', 'allegations', 'accusation', 'accusations', 'report',
  'reports', 'criticism', 'criticisms', 'call', 'calls', 'idea', 'notion', 'charge', 'charges', 'characterisation',
  'characterization', 'comparison', 'comparisons', 'description', 'assertion', 'assertions', 'argument', 'arguments',
  'speculation', 'rumour', 'rumours', 'rumor', 'rumors', 'premise', 'view', 'views', 'comment', 'comments', 'offer',
]);
/** Negators that flip a verdict when they stand just before it ("did not approve", "has never refused"). */
const NEGATORS = new Set(['not', "n't", 'never', 'no']);
/** Words that open a noun phrase without being what it names. */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'any', 'all', 'both', 'some', 'every', 'each']);
/** Words that end a subject: auxiliaries and helpers ("Planning officers had …", "The council has …"). */
const SUBJECT_ENDS = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'did', 'does', 'do', 'said', 'says', 'voted', 'votes', 'unanimously', 'narrowly', 'also', 'then', 'on', 'last', 'yesterday', 'today']);
/** Prepositions and openers that end a decided noun phrase ("plans for 420 homes", "the scheme on safety grounds"). */
const PHRASE_ENDS = new Set(['for', 'on', 'at', 'in', 'by', 'after', 'before', 'because', 'with', 'from', 'over', 'to', 'and', 'but', 'as', 'when', 'while', 'which', 'who', 'that', 'since', 'until', 'despite', 'under']);
/** Passive helpers before a verdict participle ("was approved", "had been refused"). */
const PASSIVE = new Set(['was', 'were', 'been', 'be', 'is', 'are', 'being']);
/** How far after the verdict word the decided noun phrase is read. */
const OBJECT_SPAN = 8;

const stemOf = (t: Token): string | null => contentStem(t.norm);

/**
 * What a text decides or advises, or null when it says no verdict of its own (or decides both ways in one breath).
 * See the module comment for what counts.
 */
export function verdictReading(text: string): VerdictReading | null {
  if (!MAY_HOLD.test(text)) return null;
  const tokens = tokenize(text);
  const norms = tokens.map((t) => t.norm);
  const { heads: decider, end: subjectEnd } = subjectOf(text, tokens, norms);
  let found: VerdictReading | null = null;
  for (let i = 0; i < norms.length; i++) {
    const hit = verdictAt(norms, i);
    if (!hit) continue;
    const { side: plain, length, noun, court } = hit;
    const after = i + length;
    // A refusal to act ("refused to comment", "rejected calls to resign") is no decision on a thing.
    if (!noun && norms[after] === 'to') continue;
    // Negated just before, in its clause ("did not approve", "has not been approved", "no approval").
    let negAt = -1;
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      if (boundary(text, tokens[k]!, tokens[k + 1]!)) break;
      if (NEGATORS.has(norms[k]!)) negAt = k;
    }
    const side = negAt >= 0 ? (plain === 'for' ? 'against' : 'for') : plain;
    const object = new Set<string>();
    const charge = new Set<string>();
    let passive = false;
    if (!noun) {
      passive = i > 0 && PASSIVE.has(norms[i - 1]!) && /ed$/.test(norms[i]!);
      // The decided noun phrase after the verb, up to a preposition or a clause's end.
      let k = after;
      while (k < tokens.length && DETERMINERS.has(norms[k]!)) k++;
      if (k < tokens.length && SPEECH_OBJECTS.has(norms[k]!)) continue;
      for (; k < tokens.length && k < after + OBJECT_SPAN; k++) {
        if (boundary(text, tokens[k - 1]!, tokens[k]!) || PHRASE_ENDS.has(norms[k]!)) break;
        const s = stemOf(tokens[k]!);
        if (s) object.add(s);
      }
      // what a court convicted or acquitted of ("convicted Farrow of bribery and conspiracy")
      if (court && norms[k] === 'of') {
        for (k++; k < tokens.length && k < after + 2 * OBJECT_SPAN; k++) {
          if (boundary(text, tokens[k - 1]!, tokens[k]!) || (PHRASE_ENDS.has(norms[k]!) && norms[k] !== 'and')) break;
          const s = stemOf(tokens[k]!);
          if (s) charge.add(s);
        }
      }
    } else if (norms[after] === 'of') {
      // "approval of the plans"
      for (let k = after + 1; k < tokens.length && k < after + 1 + OBJECT_SPAN; k++) {
        if (boundary(text, tokens[k - 1]!, tokens[k]!) || PHRASE_ENDS.has(norms[k]!)) break;
        const s = stemOf(tokens[k]!);
        if (s) object.add(s);
      }
    }
    // A verdict noun ("recommended the scheme for approval") or a passive ("The scheme was approved"): what is decided
    // stands before the word, after the subject (or is the subject).
    if (object.size === 0 && (noun || passive)) {
      for (let k = Math.max(passive && subjectEnd >= i - 2 ? 0 : subjectEnd, i - OBJECT_SPAN); k < i; k++) {
        if (boundary(text, tokens[k]!, tokens[k + 1]!) && k < i - 1) object.clear();
        const s = stemOf(tokens[k]!);
        if (s) object.add(s);
      }
    }
    const reading: VerdictReading = {
      side,
      words: text.slice(tokens[negAt >= 0 ? negAt : i]!.start, tokens[after - 1]!.end),
      // A passive in the main clause ("The scheme was approved") names what is decided, not who decides; in a reported
      // clause ("officers recommended that the scheme be refused") the sentence's subject still advises.
      decider: passive && subjectEnd >= i - 2 ? new Set() : decider,
      object,
      ...(court ? { charge } : {}),
    };
    if (found && found.side !== reading.side) return null;
    found ??= reading;
  }
  return found;
}

/** The verdict phrase starting at token i: its side, its length in tokens, and whether it is a noun. */
function verdictAt(norms: readonly string[], i: number): { side: 'for' | 'against'; length: number; noun: boolean; court?: boolean } | null {
  const w = norms[i]!;
  const word = VERDICT_WORDS.get(w);
  if (word) return { side: word.side, length: 1, noun: !!word.noun, court: !!word.court };
  const next = norms[i + 1];
  if (/^turn(?:s|ed|ing)?$/.test(w) && next === 'down') return { side: 'against', length: 2, noun: false };
  if (/^vot(?:e|es|ed|ing)$/.test(w) && (next === 'for' || next === 'against')) return { side: next === 'for' ? 'for' : 'against', length: 2, noun: false };
  if (w === 'in' && (next === 'favour' || next === 'favor') && norms[i + 2] === 'of') return { side: 'for', length: 3, noun: false };
  if (/^(?:granted|given|denied|refused)$/.test(w)) {
    const k = next === 'planning' ? i + 2 : i + 1;
    if (norms[k] === 'permission' || norms[k] === 'consent') return { side: w === 'denied' || w === 'refused' ? 'against' : 'for', length: k - i + 1, noun: false };
  }
  return null;
}

/**
 * A sentence's subject: its opening words up to the first helper or verb (`end`, the token after them), and its head
 * stems — the last content word ("Planning officers had" → officer) and any capitalised name after the first word
 * ("Ostley District Council's planning committee" → district, council, committee).
 */
function subjectOf(text: string, tokens: readonly Token[], norms: readonly string[]): { heads: Set<string>; end: number } {
  const heads = new Set<string>();
  let last: string | null = null;
  let k = 0;
  for (; k < tokens.length && k < 10; k++) {
    if (k > 0 && boundary(text, tokens[k - 1]!, tokens[k]!)) break;
    const n = norms[k]!;
    if (SUBJECT_ENDS.has(n) || verdictAt(norms, k)) break;
    if (k > 0 && /^\p{Ll}/u.test(tokens[k]!.raw) && /ed$/.test(n)) break;
    const s = stemOf(tokens[k]!);
    if (!s) continue;
    if (/^\p{Lu}/u.test(tokens[k]!.raw) && k > 0) heads.add(s);
    last = s;
  }
  if (last) heads.add(last);
  return { heads, end: k };
}

/**
 * Whether two texts decide or advise one thing both ways (see the module comment): both phrases, or null. Takes the
 * texts or their readings ({@link verdictReading}).
 */
export function verdictsConflict(a: string | VerdictReading | null, b: string | VerdictReading | null): { a: string; b: string } | null {
  const ra = typeof a === 'string' ? verdictReading(a) : a;
  if (!ra) return null;
  const rb = typeof b === 'string' ? verdictReading(b) : b;
  if (!rb || ra.side === rb.side) return null;
  // One decider, where both say who.
  if (ra.decider.size && rb.decider.size && ![...ra.decider].some((s) => rb.decider.has(s))) return null;
  // One thing decided, where both say what; a verdict of a court and a decision of a board are two things.
  if (ra.object.size && rb.object.size && ![...ra.object].some((s) => rb.object.has(s))) return null;
  if (!!ra.charge !== !!rb.charge) return null;
  // One charge, where both name one: acquitted of murder and convicted of manslaughter answer two questions.
  if (ra.charge?.size && rb.charge?.size && ![...ra.charge].some((s) => rb.charge!.has(s))) return null;
  return { a: ra.words, b: rb.words };
}
