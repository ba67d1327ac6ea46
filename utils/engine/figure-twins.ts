/**
 * One quantity in other words: a figure the page gives and a claim's figure of the same unit whose subject keys say too
 * little, or say it differently, to meet in one row — "Skylark had debts of about £96 million" and "puts Skylark's
 * debts at £140 million" (both keyed only "pounds"), "loses about 68 million litres of water a day through leaking
 * pipes" and "lost 94 million litres a day through leaks" ("litres of water" / "litres"). What makes them one quantity
 * is what the figure's own clause says besides the number: the same thing counted (debts, leaks, storage in the
 * reservoirs), said within days of the page. Rows of figures the keys already join are figure-rows.ts's; these rows
 * only add what keys cannot see, and only beside a figure the page itself gives.
 */
import { REPORTING_VERB_SET } from './lexicon/reporting';
import { MONTHS, WEEKDAYS } from './lexicon/dates';
import { contentStem, startsLower, startsUpper, stem, tokenize } from './text';
import { isMeasureUnit, namesSumKind } from './figures';
import { articleOfClaimId } from './ids';
import { describesOnly, digitsIn, figureBounds, figuresConsistent, keysMayMeet } from './figure-values';
import { differsAcrossSources, entryDay, EVENT_WINDOW_DAYS, keyParts, stampedDay, type FigureEntryInput } from './figure-rows';
import type { Figure, FigureRow } from './types';

/** Content words two figure clauses must share besides the figures' own words (one of them written in lower case). */
const TWIN_WORDS = 2;
/** The most distinct values a twin row may hold. */
const TWIN_MAX_VALUES = 3;
/** The most entries a twin row lists (the page's figure first). */
const MAX_TWIN_ENTRIES = 8;
/** Marks a twin row's key: one subject key may have a keyed row and a twin row on one card. */
export const TWIN_KEY_MARK = '~';

/** A conjunction (and a word of approximation) right before a figure that follows another: "… and (about) 39 per cent". */
const JOINED_BEFORE = /\s(?:and|but|while|whereas)\s+(?:(?:about|around|some|nearly|almost|over|under|just|only)\s+)?$/i;
/** Punctuation that ends the clause a figure sits in (not a comma or colon inside a number or a clock time: "12,000", "7:30"). */
const CLAUSE_BREAK = /[;()\u2014\u2013]|\s-\s|(?<!\d)[,:]|[,:](?!\d)/g;

/**
 * The words of the clause a figure sits in: from the last clause break (or the end of the figure before it in the same
 * text) to the next break (or the next figure). "puts Skylark's debts at £140 million, including about £52 million owed
 * to aircraft lessors": the £140 million's clause names the debts, the £52 million's the lessors.
 */
export function figureClause(text: string, figure: Figure, siblings: readonly Figure[]): string {
  const at = text.indexOf(figure.text);
  if (at < 0) return '';
  const end = at + figure.text.length;
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    if (m.index! + m[0].length <= at) from = m.index! + m[0].length;
    else if (m.index! >= end) {
      to = m.index!;
      break;
    }
  }
  let afterSibling = false;
  for (const s of siblings) {
    if (s === figure) continue;
    const sAt = text.indexOf(s.text);
    if (sAt < 0 || (sAt < end && sAt + s.text.length > at)) continue;
    if (sAt + s.text.length <= at) {
      if (sAt + s.text.length >= from) afterSibling = true;
      from = Math.max(from, sAt + s.text.length);
    } else if (sAt >= end) to = Math.min(to, sAt);
  }
  // "58 per cent opposed keeping the lane and 39 per cent wanted it to stay": what stands before a conjunction right
  // before the figure is the figure before it's, not this one's (a held-out subject of session 67 set the 39 per cent
  // who wanted the lane kept beside the page's 71 per cent against keeping it)
  if (afterSibling) {
    const joined = JOINED_BEFORE.exec(text.slice(from, at));
    if (joined) from += joined.index;
  }
  return text.slice(from, to);
}

/**
 * Words that say when, who spoke, how a value moved or that it is one, never what is counted: "Halvorsen shares rose 4
 * percent" and "Halvorsen's annual sales rose 6 percent" share a name and a verb, not a quantity.
 */
const NOT_WHAT = new Set<string>([
  ...REPORTING_VERB_SET, ...Object.keys(MONTHS), ...Object.keys(WEEKDAYS),
  'rise', 'rises', 'rose', 'risen', 'rising', 'fall', 'falls', 'fell', 'fallen', 'falling', 'grow', 'grows', 'grew', 'grown',
  'growing', 'increase', 'increased', 'increases', 'decrease', 'decreased', 'drop', 'dropped', 'drops', 'climb', 'climbed',
  'jump', 'jumped', 'reach', 'reached', 'reaches', 'stand', 'stands', 'stood', 'hit', 'total', 'totalled', 'totaled',
  'put', 'puts', 'estimate', 'estimated', 'estimates', 'start', 'starts', 'started', 'starting', 'cost', 'costs', 'costing',
  'price', 'prices', 'priced', 'pricing', 'sell', 'sells', 'sold', 'selling', 'retail', 'retails', 'up', 'down', 'higher', 'lower', 'more', 'less', 'fewer',
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'annual', 'annually', 'daily', 'weekly',
  'last', 'next', 'this', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
]);

/**
 * Stems of the content words nearest a figure in its clause, {@link NEAR_WORDS} on each side, besides the figure's own
 * words, nearest first: what is counted, and of what or whom. A long clause names other things farther off ("cites the
 * company's failure to meet its leakage commitments and warns that it could face a fine of up to 10 per cent").
 */
function clauseStems(clause: string, figureText: string, siblings: readonly Figure[], opensText: boolean): { stems: Map<string, boolean>; heads: Heads; names: Set<string> } {
  // the figure's own words and those of the other figures beside it ("8.7 feet in length and weighed 280 pounds": "feet"
  // is another quantity's word)
  const own = new Set([figureText, ...siblings.map((s) => s.text)].flatMap((x) => tokenize(x).map((t) => t.norm)));
  const at = clause.indexOf(figureText);
  const tokens = tokenize(clause);
  // a word right after a number is that number's unit ("8.7 feet in length"): another quantity, not what is counted
  const afterNumber = new Set(tokens.filter((_, i) => i > 0 && /^\d/.test(tokens[i - 1]!.norm)));
  const words = tokens.filter((t) => !afterNumber.has(t)).filter((t) => !own.has(t.norm) && !NOT_WHAT.has(t.norm) && contentStem(t.norm));
  const before = words.filter((t) => t.start < at).slice(-NEAR_WORDS).reverse();
  const after = words.filter((t) => t.start >= at + figureText.length).slice(0, NEAR_WORDS);
  const out = new Map<string, boolean>();
  const names = new Set<string>();
  for (let i = 0; i < NEAR_WORDS; i++) {
    for (const t of [before[i], after[i]]) {
      if (!t) continue;
      const st = contentStem(t.norm)!;
      out.set(st, (out.get(st) ?? false) || startsLower(t.raw));
      // a capitalised word names someone or something, unless it opens the sentence
      if (startsUpper(t.raw) && !(opensText && t === tokens[0])) names.add(st);
    }
  }
  // the lower-case word nearest on each side: what is counted or done ("debts", "cost", "grant", "leaking")
  const heads = [before.find((t) => startsLower(t.raw)), after.find((t) => startsLower(t.raw))].map((t) => (t ? contentStem(t.norm)! : null)) as Heads;
  return { stems: out, heads, names };
}
/** Content words read on each side of a figure ({@link clauseStems}). */
const NEAR_WORDS = 5;

/** The lower-case word nearest a figure before it and after it, in its clause (null where there is none). */
type Heads = [before: string | null, after: string | null];

/**
 * The shared stems of two figures' near words ({@link clauseStems}), lower-case words first; empty unless they are
 * {@link TWIN_WORDS} with two lower-case, or one lower-case word that is the word nearest both figures on one side
 * ("had debts of about £96 million" / "puts Skylark's debts at £140 million"): one shared word farther off is often
 * only the story's ("the stainless steel version will start at $500" / "the Sport model will start at $349").
 * With `sameStory` (the claim is of an article the card reads), that one word nearest both on the same side is enough
 * alone for two counts of one thing ({@link sameCount}): "leaving about 38,000 ticket holders without …" / "leaves
 * 45,000 ticket holders waiting …", "About 9,000 people were already on site" / "More than 14,000 people were already on
 * the site".
 */
function twinWords(a: Read, b: Read, sameStory: boolean): string[] {
  const lower: string[] = [];
  const names: string[] = [];
  for (const [st, low] of a.stems) if (b.stems.has(st)) (low && b.stems.get(st) ? lower : names).push(st);
  if (lower.length === 0) return [];
  if (lower.length === 1) {
    const word = lower[0]!;
    // one word and no name falls short of TWIN_WORDS but for two counts of one thing in the story's own articles
    if (names.length + 1 < TWIN_WORDS) return sameStory && sameCount(a, b) && nearestOnOneSide(a.heads, b.heads, word) ? lower : [];
    if (!(a.heads.includes(word) && b.heads.includes(word))) return [];
  }
  return [...lower, ...names];
}

/**
 * Whether two figures count the same things, by the same subject key: a count names what it counts ("ticket holders",
 * "ships"), where a sum, a share or a span of time leaves it to the clause — and a word nearest both is as often whose
 * it is as what it is ("The group will put $31 million into two new oven lines" / "will save the group about $18
 * million a year"; "the 19 days were needed" / "had 28 days to decide on any appeal", both beside "decision").
 */
function sameCount(a: Read, b: Read): boolean {
  const fa = a.it.entry.figure;
  const fb = b.it.entry.figure;
  return fa.subjectKey === fb.subjectKey && !isMeasureUnit(fa.unit) && fa.unit !== 'time';
}

/** Whether `word` is the lower-case word nearest both figures on the same side of each. */
function nearestOnOneSide(a: Heads, b: Heads, word: string): boolean {
  return (a[0] === word && b[0] === word) || (a[1] === word && b[1] === word);
}

/** A figure with what its clause counts, read once per figure. */
interface Read {
  it: FigureEntryInput;
  stems: Map<string, boolean>;
  /** The lower-case words nearest it on each side ({@link clauseStems}). */
  heads: Heads;
  /** The names among its near words. */
  names: Set<string>;
  /** The day its count is of (figure-rows.ts entryDay: a past year it names, else when it was said). */
  day: number | null;
  /** Days and months its clause names ({@link namedTimes}). */
  times: Set<string>;
  /** The day its sentence stamps it with, "As of Thursday morning" (figure-rows.ts stampedDay), or null. */
  stamp: number | null;
  /** The clause's words (any case), normalised, for a key's state the other side must say ({@link saysState}). */
  norms: Set<string>;
  /** A value it moved from ("from 2.40 pounds to 2.90"): the prior value, not the one reported. */
  prior: boolean;
  /** Its clause guesses or supposes ({@link HEDGED}): a forecast, not a report of the quantity. */
  hedged: boolean;
  /** A floor or a ceiling ("more than 14,000", "up to 10 per cent"): it bounds the quantity rather than gives it. */
  open: boolean;
}

/**
 * Words that make a figure a guess, a forecast or a supposition ("the gold model would cost $10,000", "is expected to
 * start at $499", "could face a fine of up to 10 per cent"): several outlets' guesses at a price are not reports that
 * differ, and a row of them sets each analyst against every other.
 */
const HEDGED = /\b(?:would|could|might|may|expect(?:s|ed)?|predicts?|predicted|believes?|thought|likely|possibl[ey]|estimates?|estimated|forecasts?|ought|reportedly|rumou?red|speculat\w*|guess\w*|assum\w*|hypothetical|wagers?|wagered|suggests?|suggested|rumou?rs?)\b/i;

/**
 * Whether two values are near enough to be accounts of one quantity where only words say they are: within a factor
 * of {@link TWIN_RATIO} (outlets' counts of one thing that differ more are rarely of one thing; keyed rows allow more).
 */
function withinRatio(a: number, b: number): boolean {
  return a > 0 && b > 0 && Math.max(a, b) / Math.min(a, b) <= TWIN_RATIO;
}
const TWIN_RATIO = 2;

/** Whether two clauses name different weekdays, or different months ("on Monday" and "on 14 July" may be one day). */
function namesOtherTime(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const kind of ['d', 'm', 'c']) {
    const x = [...a].filter((t) => t[0] === kind);
    const y = [...b].filter((t) => t[0] === kind);
    if (x.length && y.length && !x.some((t) => b.has(t))) return true;
  }
  return false;
}

/**
 * Whether a clause says the state of a figure's key ("cost", "paid"): a word of it, or one it stems from. What an amount
 * is of, in the figure's own words ("litres of fuel"), need not be said again: "lost 55,000 litres a day through leaks".
 */
function saysState(f: Figure, norms: ReadonlySet<string>): boolean {
  const { state } = keyParts(f.subjectKey);
  if (!state) return true;
  const words = tokenize(f.text).map((t) => t.norm);
  const of = words.indexOf('of');
  if (of >= 0 && words.slice(of + 1).some((w) => w === state || stem(w) === state)) return true;
  for (const n of norms) if (n === state || n.startsWith(state) || stem(n) === state || namesSumKind(n, state)) return true;
  return false;
}

/** A figure right after "from" with a "to" after it: the value something moved from. */
const PRIOR = /\bfrom\s*$/i;

/** A clock time ("7:30 a.m.", "11am", "4.15pm"): hours, minutes, and am or pm. */
const CLOCK_TIME = /\b(\d{1,2})(?:[.:](\d{2}))?\s*(a\.m\.|p\.m\.|am\b|pm\b)/gi;
/**
 * Weekdays and months a clause names: two clauses naming different ones give values of two moments ("rose 4 percent on
 * Tuesday" / "closed 2 percent lower on Wednesday"). "May" only capitalised.
 */
function namedTimes(clause: string): Set<string> {
  const out = new Set<string>();
  // a clock time: a reading taken at 7.30am is no account of one taken at 11am ("The temperature was 74 degrees when the
  // race started at 7:30 a.m." / "The temperature reached 88 degrees by 11 a.m.": a held-out subject of session 60)
  for (const m of clause.matchAll(CLOCK_TIME)) out.add(`c${(Number(m[1]) % 12) * 60 + Number(m[2] ?? 0) + (/^p/i.test(m[3]!) ? 720 : 0)}`);
  for (const t of tokenize(clause)) {
    if (t.norm.length < 3 || !(t.norm in WEEKDAYS || t.norm in MONTHS) || startsLower(t.raw)) continue;
    out.add(String(t.norm in WEEKDAYS ? `d${WEEKDAYS[t.norm]}` : `m${MONTHS[t.norm]}`));
  }
  return out;
}

/**
 * Whether one figure is stamped with a day the other does not share (figure-rows.ts stampedDay): a count "as of
 * Thursday morning" is no account of "About 90 patients were in the hospital when the power failed" two days before (a
 * held-out subject of session 61).
 */
const otherStamp = (a: number | null, b: number | null): boolean => a !== b;

const claimReads = new WeakMap<FigureEntryInput, Read>();

/**
 * What a figure's clause says ({@link Read}), with the other figures of its text (`siblings`, by text) as clause bounds.
 * A claim's entry is read once (its entries are made once per claim and index: match.ts claimFigureEntries).
 */
function readOne(it: FigureEntryInput, siblings: ReadonlyMap<string, Figure[]>, cache?: WeakMap<FigureEntryInput, Read>): Read {
  const hit = cache?.get(it);
  if (hit) return hit;
  const f = it.entry.figure;
  const clause = describesOnly(it.context, f.text) ? '' : figureClause(it.context, f, siblings.get(it.context) ?? [f]);
  const at = it.context.indexOf(f.text);
  const prior = at >= 0 && PRIOR.test(it.context.slice(Math.max(0, at - 12), at)) && /^\s+to\b/i.test(it.context.slice(at + f.text.length));
  const norms = new Set(tokenize(clause).map((t) => t.norm));
  const [low, high] = figureBounds(f, it.context);
  const hedged = HEDGED.test(clause);
  const near = clause ? clauseStems(clause, f.text, siblings.get(it.context) ?? [], it.context.trimStart().startsWith(clause.trimStart())) : { stems: new Map<string, boolean>(), heads: [null, null] as Heads, names: new Set<string>() };
  const read = { it, stems: near.stems, heads: near.heads, names: near.names, day: entryDay(it.entry), times: namedTimes(clause), stamp: stampedDay(it), norms, prior, hedged, open: high === Infinity || low <= 0 };
  cache?.set(it, read);
  return read;
}

/** The figures of each text among `items` (a figure's clause ends where another figure of its text begins). */
function figuresByText(items: readonly FigureEntryInput[]): Map<string, Figure[]> {
  const byText = new Map<string, Figure[]>();
  for (const it of items) (byText.get(it.context) ?? byText.set(it.context, []).get(it.context)!).push(it.entry.figure);
  return byText;
}

/**
 * Rows that set a page figure beside claims' figures of one quantity that its subject key does not join
 * ({@link figureClause}, see the file's comment): the same unit, keys that may name one thing (figure-values.ts
 * keysMayMeet), clauses sharing {@link TWIN_WORDS} content words, said within {@link EVENT_WINDOW_DAYS} of the page
 * (both dated: an undated claim may be of any year), and values that differ across outlets. `covered` says whether a
 * row the keys made passes a test (then no twin row repeats the contrast it shows).
 */
export function figureTwinRows(page: readonly FigureEntryInput[], claims: readonly FigureEntryInput[], covered: (shows: (row: Pick<FigureRow, 'entries'>) => boolean) => boolean, storyArticles: ReadonlySet<string> = new Set()): FigureRow[] {
  if (page.length === 0 || claims.length === 0) return [];
  // The page's usable figures first (a handful); then only claims' figures of their units said within the window of one
  // of them are read (a card's claims may be thousands).
  const pageSiblings = figuresByText(page);
  const pageRead = page
    .filter((p) => p.entry.date)
    .map((p) => readOne(p, pageSiblings))
    .filter((p) => p.day !== null && p.stems.size > 0 && !p.prior && !p.hedged);
  if (pageRead.length === 0) return [];
  const units = new Set(pageRead.map((p) => p.it.entry.figure.unit));
  const days = pageRead.map((p) => p.day!);
  const near = claims.filter((c) => {
    if (!units.has(c.entry.figure.unit) || !c.entry.date) return false;
    const day = entryDay(c.entry);
    return day !== null && days.some((d) => Math.abs(d - day) <= EVENT_WINDOW_DAYS);
  });
  if (near.length === 0) return [];
  const texts = new Set(near.map((c) => c.context));
  const claimSiblings = figuresByText(claims.filter((c) => texts.has(c.context)));
  const claimRead = near.map((c) => readOne(c, claimSiblings, claimReads));
  const rows: FigureRow[] = [];
  const used = new Set<FigureEntryInput>();
  for (const p of pageRead) {
    const pf = p.it.entry.figure;
    const twins: { r: Read; words: string[] }[] = [];
    for (const c of claimRead) {
      const cf = c.it.entry.figure;
      if (used.has(c.it) || cf.unit !== pf.unit || c.day === null || Math.abs(c.day - p.day!) > EVENT_WINDOW_DAYS) continue;
      // a bound ("more than 14,000 people were already on the site") meets a figure only where it rules that figure out
      if ((p.open || c.open) && figuresConsistent(pf, cf, p.it.context, c.it.context)) continue;
      if (c.prior || c.hedged || !withinRatio(pf.value, cf.value) || !keysMayMeet(pf.subjectKey, cf.subjectKey) || keyParts(pf.subjectKey).place !== keyParts(cf.subjectKey).place) continue;
      // A state one key names is said in the other's clause ("would cost the district $41 million" / "state funding
      // … rising by about $9 million"); a claim writing the page's number too repeats it beside another
      if (!saysState(pf, c.norms) || !saysState(cf, p.norms) || (cf.value !== pf.value && digitsIn(c.it.context).has(pf.value))) continue;
      // Two different names beside the figures are two owners ("a $7 million reward for Godane's arrest" / "a $10 million
      // reward for … al-Baghdadi's capture"; a catfish Ferrari caught / Knightscope's robots, both "weighed … pounds")
      if (namesOtherTime(p.times, c.times) || otherStamp(p.stamp, c.stamp) || (p.names.size && c.names.size && ![...p.names].some((n) => c.names.has(n)))) continue;
      // What one of them counts, by its nearest word, the other names near its own ("a library grant rose by £5 million"
      // beside "the new library will cost the council £3 million": neither "grant" nor "cost" is near the other)
      if (!p.heads.some((h) => h !== null && c.stems.has(h)) && !c.heads.some((h) => h !== null && p.stems.has(h))) continue;
      const words = twinWords(p, c, storyArticles.has(articleOfClaimId(c.it.entry.claimId)));
      if (words.length) twins.push({ r: c, words });
    }
    if (twins.length === 0) continue;
    const group = [p.it, ...twins.map((t) => t.r.it)];
    // Many values set against one page figure are many things near the same words (prices of several models), not
    // outlets' accounts of one quantity.
    if (new Set(group.map((g) => g.entry.figure.value)).size > TWIN_MAX_VALUES || !differsAcrossSources(group)) continue;
    const entries = group.map((g) => g.entry).slice(0, MAX_TWIN_ENTRIES);
    // A row already setting the page's figure beside one of these claims' (a keyed row, or a twin from another page
    // sentence giving the same figure) shows the contrast.
    const shows = (r: Pick<FigureRow, 'entries'>) => r.entries.some((e) => !e.claimId && e.figure.value === pf.value) && entries.some((e) => e.claimId && r.entries.some((x) => x.claimId === e.claimId));
    if (covered(shows) || rows.some(shows)) continue;
    for (const t of twins) used.add(t.r.it);
    const word = labelWord(p.it.context, p.stems, twins[0]!.words);
    rows.push({
      // (not when the subject already says it: "debts (pounds)" of "had debts of about £31 million")
      subject: word && !tokenize(pf.subject).some((t) => contentStem(t.norm) === contentStem(word)) ? `${pf.subject} (${word})` : pf.subject,
      // keyed by the page's figure, not by the words its first twin shares: one page figure's row on two cards (twins
      // found from either) has one key, so it is shown on one of them (match.ts figureHomes)
      subjectKey: `${pf.subjectKey}${TWIN_KEY_MARK}${pf.value}:${pf.text}`,
      entries: entries.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999')),
      sameEvent: true,
    });
  }
  return rows;
}

/** The page's own word for the shared lower-case stem nearest its figure ("debts" for "debt"), for the row's label. */
function labelWord(text: string, p: Map<string, boolean>, words: readonly string[]): string | null {
  const shared = new Set(words);
  for (const [st, low] of p) {
    if (!low || !shared.has(st)) continue;
    return tokenize(text).find((t) => startsLower(t.raw) && contentStem(t.norm) === st)?.norm ?? null;
  }
  return null;
}
