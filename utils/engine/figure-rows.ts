/**
 * Figure rows: which figures a card may set side by side. Only quantities of one event or one state are
 * compared — the same subject key (owner | unit[:state] | place), so never miles against square miles and
 * never one place against another — and:
 *  - a bare measure or count with nothing it is of ("7,000 miles", "85 people" with no place, owner or state)
 *    is no subject at all and is never compared;
 *  - counts of an event (people killed, injured, evacuated; deaths; strikes) are compared only within days of
 *    each other and when their sentences name the same kind of event (or none): "10 dead" and "22 dead" in the
 *    same strikes are one row, a crash and an air raid a year apart are not;
 *  - counts of a standing state (troops in Iraq, members of a group) are one row over time, dated;
 *  - a figure read from a sentence that calls something false ("Claims that … $48 million … are false") is the
 *    figure an outlet rejects, not one it gives, and is left out.
 * A row whose entries are dated within the event window and differ is a conflicting report (`sameEvent`), the
 * headline contrast of a card.
 */
import { contentStem, stem, tokenize } from './text';
import { STOP_WORD_SET } from './lexicon/stopwords';
import { AMOUNT_UNITS, CURRENCY_SYMBOLS, DURATION_UNITS, ESTIMATE_AT_VERBS, EVENT_NOUNS, MONEY_STATES, PEOPLE_TOLL_STATES, PEOPLE_UNITS, STATE_PARTICIPLES, STATE_PHRASES_AFTER } from './lexicon/units';
import { dateRange } from './timing';
import { findDateMentions } from './dates';
import { momentSpan, type Moment } from './moment';
import { digitsIn, EXACT_TOLERANCE, figuresConsistent, figuresSayOne } from './figure-values';
import { isMaterialUnit, isMeasureUnit, isOwnerlessCategoryAmount, isStatementDate, rateAfterFigure } from './figures';
import { placeByKey } from './wordtokens';
import type { FigureRow } from './types';

/** One entry of a row, plus the sentence it came from (to tell events apart). */
export interface FigureEntryInput {
  entry: FigureRow['entries'][number];
  /** The claim or page sentence the figure was read from. */
  context: string;
}

/** Reports of one event's toll come within days; later counts are updates of another moment. */
export const EVENT_WINDOW_DAYS = 10;
/** A dozen dated values at most: a row is read at a glance. */
const MAX_FIGURE_ENTRIES = 12;

/** Units that count people or events, not a standing force: with no state they still only compare within days. */
const EVENT_UNITS = new Set([
  'person', 'civilian', 'resident', 'victim', 'child', 'woman', 'man', 'death', 'casualty', 'injury', 'attack',
  'strike', 'bombing', 'explosion', 'incident', 'raid', 'ambush', 'assassination', 'protest', 'arrest', 'case',
  'infection', 'family', 'household', 'migrant', 'refugee', 'hostage', 'prisoner', 'detainee',
  // Homes and buildings counted in news are those an event hit (evacuated, destroyed, flooded): 2022's 30 homes of an
  // earlier landslide are no figure beside the 180 of this one (blind subject L).
  'home', 'house', 'building',
]);

/**
 * States that happen in an event ("killed", "injured", "on strike"; a sum demanded, paid or what a deal costs), as opposed
 * to a qualifier ("% of voters"): reported within days of the event, so compared only within its window. An
 * election's margin ("won by 112 votes") is one count's result and reported as a toll is.
 */
const EVENT_STATES = new Set([...Object.values(STATE_PARTICIPLES), ...STATE_PHRASES_AFTER.map((p) => p.state), ...MONEY_STATES, 'margin']);

let eventStems: Map<string, string> | null = null;
/** Stem → event noun. */
function eventStemMap(): Map<string, string> {
  eventStems ??= new Map(EVENT_NOUNS.map((n) => [stem(n), n]));
  return eventStems;
}

/** One kind per event noun and its synonyms ("airstrike" is a strike, "quake" an earthquake, "blast" an explosion). */
const kindOf = (e: string) => (e === 'airstrike' ? 'strike' : e === 'quake' ? 'earthquake' : e === 'blast' ? 'explosion' : e);

/** Kinds of event a sentence names ("explosion", "strike"). */
export function eventKinds(text: string): Set<string> {
  const map = eventStemMap();
  const out = new Set<string>();
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = contentStem(tokens[i]!.norm);
    const e = t ? map.get(t) : undefined;
    if (!e || (e === 'fire' && namesFireService(tokens, i))) continue;
    out.add(kindOf(e));
  }
  return out;
}

/** Words after "fire" that make it the service that fights fires, not a fire ("Fire crews", "fire engines"). */
const FIRE_SERVICE_WORDS = new Set(['crew', 'crews', 'service', 'services', 'brigade', 'brigades', 'engine', 'engines', 'station', 'stations', 'officer', 'officers', 'chief', 'chiefs', 'department', 'departments', 'authority', 'appliance', 'appliances']);
/** Whether "fire" at token i names a fire service ("Fire crews", "Sedgeshire Fire and Rescue Service"), not a fire. */
function namesFireService(tokens: readonly { norm: string }[], i: number): boolean {
  const next = tokens[i + 1]?.norm;
  return !!next && (FIRE_SERVICE_WORDS.has(next) || (next === 'and' && tokens[i + 2]?.norm === 'rescue'));
}

/**
 * Kinds of event a sentence names as one already known, with "the" (or "this", "that") before the event noun and only
 * modifiers between: "died in the fire", "the Bramble Creek Fire", "the bloody siege" — the event the story is about;
 * not "killed in an attack" or "a number of attacks", which name some event of the kind.
 */
export function definiteEventKinds(text: string): Set<string> {
  const map = eventStemMap();
  const out = new Set<string>();
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const e = map.get(stem(tokens[i]!.norm));
    if (!e) continue;
    for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
      if (/[,;:.!?()]/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) break;
      const w = tokens[k]!.norm;
      if (w === 'the' || w === 'this' || w === 'that') {
        out.add(kindOf(e));
        break;
      }
      if (STOP_WORD_SET.has(w)) break;
    }
  }
  return out;
}

/** The parts of a subject key: owner | unit[:state or qualifier] | place. */
export function keyParts(subjectKey: string): { owner: string; unit: string; state: string | null; place: string } {
  const [owner = '', unitKey = '', place = ''] = subjectKey.split('|');
  const [unit = '', state = null] = unitKey.split(':');
  return { owner, unit, state, place };
}


/**
 * Whether a key says what is counted beyond a bare unit: an owner, a place, a state or a qualifier. A place is
 * enough for a count ("students in Mexico") but not for money or a percentage, which need what they are of.
 */
export function hasSubject(subjectKey: string): boolean {
  // an amount or a share "in the US" says where, not what ("$7.99 a month", "$349 watch")
  const { owner, unit, place, state } = keyParts(subjectKey);
  if (AMOUNT_UNITS.has(unit)) return !!(owner || state);
  return !!(owner || place || state);
}

/** Whether a key counts an event (people killed, deaths, strikes) rather than a standing state (troops). */
export function isEventKey(subjectKey: string): boolean {
  const { unit, state } = keyParts(subjectKey);
  // how long a doing lasted ("hours deliberated", "days open": figures.ts durationState) is of one event too
  // a level reached ("tram journeys fell to 36.9 million": figures.ts countedBefore) is of its time too
  return (!!state && (EVENT_STATES.has(state) || DURATION_UNITS.has(unit) || state === 'level')) || EVENT_UNITS.has(unit);
}

/**
 * Words that call a statement false. Narrower than the stance lexicon's refuting cues: "fake", "satirical" or
 * "prank" mostly describe something else in the sentence ("fake identification cards", "the satirical newspaper
 * Charlie Hebdo"), and denials ("denied", "rejected") are often only reported.
 */
const CALLED_FALSE = [
  'false', 'falsely', 'untrue', 'not true', 'no truth', "isn't true", "wasn't true", "aren't true", "weren't true",
  'incorrect', 'inaccurate', 'debunked', 'debunks', 'refuted', 'refutes', 'baseless', 'unfounded', 'fabricated',
  'misleading', 'not the case', 'never happened', 'a hoax',
];
const CALLED_FALSE_RE = new RegExp(`\\b(?:${CALLED_FALSE.map((w) => w.replace(/'/g, "['’]")).join('|')})\\b`, 'i');

/** Whether a sentence calls something false ("Claims that … are false", "falsely said", "has been debunked"). */
export function refutesFigures(text: string): boolean {
  return CALLED_FALSE_RE.test(text);
}

/** A time named more than this long before its report is another event's (days). */
const PAST_EVENT_DAYS = 365;

/**
 * The day an entry's count is of: its report's date, or the time its sentence names when that time ended over a year
 * before the report ("In 2022, 23 people fell ill" in a 2026 article is a count of 2022, another outbreak than the
 * article's). A recent time stays the report's: "kidnapped 219 girls in April", said in October, is the story's count.
 */
export function entryDay(entry: Pick<FigureRow['entries'][number], 'figure' | 'date'>): number | null {
  const said = dateRange(entry.date);
  const period = dateRange(entry.figure.period);
  if (said && period && said[0] - period[1] > PAST_EVENT_DAYS) return (period[0] + period[1]) / 2;
  return said ? (said[0] + said[1]) / 2 : null;
}

/** Splits the entries of one event key into clusters of one event: dated within the window, same event kind. */
function eventClusters(items: FigureEntryInput[]): FigureEntryInput[][] {
  const dated = items
    .map((it) => ({ it, day: entryDay(it.entry), kinds: eventKinds(it.context) }))
    .filter((x): x is { it: FigureEntryInput; day: number; kinds: Set<string> } => x.day !== null)
    .sort((a, b) => a.day - b.day);
  const clusters: { first: number; kinds: Set<string>; items: FigureEntryInput[] }[] = [];
  for (const x of dated) {
    const home = clusters.find(
      (c) => x.day - c.first <= EVENT_WINDOW_DAYS && (c.kinds.size === 0 || x.kinds.size === 0 || [...x.kinds].some((k) => c.kinds.has(k))),
    );
    if (home) {
      home.items.push(x.it);
      for (const k of x.kinds) home.kinds.add(k);
    } else clusters.push({ first: x.day, kinds: new Set(x.kinds), items: [x.it] });
  }
  return clusters.map((c) => c.items);
}

/**
 * Whether a key says what is counted but not whose: "% of the homes" (of which scheme?), "members" (of what?), "pupils at
 * Larkhill High School" (a place's count). Reports of one story come within weeks; such a figure years apart is most
 * likely another scheme's, vote's or group's (2022's "Thirty percent of the homes will be affordable" of another estate
 * beside 2026's 35 and 20 percent), or a place's count of another year (a school's 960 pupils in 2027 beside its 1,140 in
 * 2032: a held-out subject of session 50). "US troops in Iraq" and "members of the group" with their owner, and troops in
 * a place (a force's, named or not), stay one row over time.
 */
function isOwnerlessKey(subjectKey: string): boolean {
  const { owner, unit, place } = keyParts(subjectKey);
  // troops somewhere are always some force's, named or not ("Freedonian troops in Sylvania"): a deployment over time
  return !owner && !(place && unit === 'troop');
}

/**
 * Splits the entries of an ownerless key ({@link isOwnerlessKey}) by year: dated entries within {@link PAST_EVENT_DAYS}
 * of a cluster's first; an undated one joins the latest cluster (the corpus is read for the page being read, and the
 * page is the latest report). With fewer than two dated entries nothing is split.
 */
function yearClusters(items: FigureEntryInput[]): FigureEntryInput[][] {
  const days = items.map((it) => entryDay(it.entry));
  if (days.filter((d) => d !== null).length < 2) return [items];
  const order = items.map((_, i) => i).filter((i) => days[i] !== null).sort((a, b) => days[a]! - days[b]!);
  const clusters: { first: number; items: FigureEntryInput[] }[] = [];
  for (const i of order) {
    const last = clusters[clusters.length - 1];
    if (last && days[i]! - last.first <= PAST_EVENT_DAYS) last.items.push(items[i]!);
    else clusters.push({ first: days[i]!, items: [items[i]!] });
  }
  const latest = clusters[clusters.length - 1]!;
  items.forEach((it, i) => {
    if (days[i] === null) latest.items.push(it);
  });
  return clusters.map((c) => c.items);
}

/** Whether every dated entry lies within the event window (two or more dated entries). */
function withinWindow(entries: FigureRow['entries']): boolean {
  const days = entries.map((e) => entryDay(e)).filter((d): d is number => d !== null);
  if (days.length < 2 || days.length < entries.length) return false;
  return Math.max(...days) - Math.min(...days) <= EVENT_WINDOW_DAYS;
}

/** A sentence as a figure's source: case, spacing and punctuation aside (a wire copy is the same sentence). */
const sourceOf = (context: string) => context.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Least number that, written anywhere in another sentence of the same subject, counts as repeated there: small numbers
 * ("2 towns", "10 days") recur in other roles, a "3,000" beside "3,000 turkeys" rarely does.
 */
const REPEATED_NUMBER_MIN = 100;

/**
 * Whether two DIFFERENT sentences of two outlets (the page counts as one) report differently: no value one allows is a
 * value the other allows. Figures one
 * sentence sets side by side ("170 lbs for women and 245 lbs for men") are that sentence's own comparison; a sentence
 * that repeats another's figure and adds one ("3,000 turkeys tested positive … 250,000 to be culled"), even in words
 * the figure reader took otherwise ("3000 of the turkeys"), agrees with it on the figure they share; and a floor, a
 * ceiling or an estimate allows more than its number ("more than 18 months" and "22 months" do not conflict).
 */
export function differsAcrossSources(group: readonly FigureEntryInput[], toll = false): boolean {
  const bySource = new Map<string, FigureEntryInput[]>();
  for (const g of group) {
    const source = sourceOf(g.context);
    const list = bySource.get(source);
    if (list) list.push(g);
    else bySource.set(source, [g]);
  }
  const sources = [...bySource.values()];
  const digits = sources.map((s) => digitsIn(s[0]!.context));
  const consistent = (x: FigureEntryInput, y: FigureEntryInput, yDigits: Set<number>) =>
    (x.entry.figure.value >= REPEATED_NUMBER_MIN && yDigits.has(x.entry.figure.value)) || (toll ? figuresSayOne : figuresConsistent)(x.entry.figure, y.entry.figure, x.context, y.context);
  // Two sentences of one outlet (or both of the page) giving two numbers are a part and its whole or a count and its
  // correction ("27 of the 28 bundles", "about 5,000 chemical weapons … 2,500 of them rusting"), not outlets differing.
  const outletOf = (list: readonly FigureEntryInput[]) => list[0]!.entry.outletId;
  for (let i = 0; i < sources.length; i++)
    for (let j = i + 1; j < sources.length; j++) {
      if (outletOf(sources[i]!) === outletOf(sources[j]!)) continue;
      const agree = sources[i]!.some((x) => sources[j]!.some((y) => consistent(x, y, digits[j]!) || consistent(y, x, digits[i]!)));
      if (!agree) return true;
    }
  return false;
}

/**
 * Rows of figures that may be compared, from entries already deduplicated. Rows need two sentences giving different
 * values ({@link differsAcrossSources}); conflicting reports of one event come first, then rows with more entries.
 */
export function buildFigureRows(items: FigureEntryInput[]): FigureRow[] {
  const rows: FigureRow[] = [];
  const groups = groupFigureEntries(items);
  for (const [key, list] of foldGroups(groups) ?? groups) rows.push(...keyRows(key, list));
  return sortFigureRows(rows);
}

/**
 * The groups of entries with {@link foldBareSums} and then {@link foldPlaces} applied, or null when neither moves an
 * entry (a list left as it was keeps its identity, so a caller may reuse rows built from it).
 */
export function foldGroups(groups: ReadonlyMap<string, FigureEntryInput[]>): Map<string, FigureEntryInput[]> | null {
  const bare = foldBareSums(groups);
  const services = foldServices(bare ?? groups) ?? bare;
  return foldPlaces(services ?? groups) ?? services;
}

/** What an operator's "services" are trips of ("612 Saxmoor Trains services were cancelled" / "About 380 trains were cancelled"). */
const TRIP_UNITS: ReadonlySet<string> = new Set(['train', 'bus', 'flight', 'ferry', 'sailing', 'tram', 'coach']);
/**
 * Counts of "services" moved to the one kind of trip the groups count in the same state ("About 380 trains were
 * cancelled" / "612 Saxmoor Trains services were cancelled in full or in part": a held-out rail timetable of session 60),
 * within a few times of its counts, or null when none moves. Transport news counts trains, buses and flights as
 * services; only where the groups count one kind of trip in that state (buses and trains cancelled in one strike leave
 * "services" unplaced).
 */
export function foldServices(groups: ReadonlyMap<string, FigureEntryInput[]>): Map<string, FigureEntryInput[]> | null {
  let out: Map<string, FigureEntryInput[]> | null = null;
  for (const [key, list] of groups) {
    // (a card reads thousands of keys at 100k claims: most are no services, told by the key's text)
    if (!key.includes('|service:')) continue;
    const { owner, unit, state } = keyParts(key);
    if (unit !== 'service' || !state) continue;
    const targets = [...groups.keys()].filter((k) => {
      const p = keyParts(k);
      return TRIP_UNITS.has(p.unit) && p.state === state && p.owner === owner;
    });
    if (new Set(targets.map((k) => keyParts(k).unit)).size !== 1) continue;
    // Each count to the trips' key (placed or not) with the count nearest it, within a few times of it (LOCAL_SPREAD,
    // as for a local place): "1,940 services were cancelled" between Sunday and Wednesday is no account of Monday's 380.
    const left: FigureEntryInput[] = [];
    for (const it of list) {
      let best: string | null = null;
      let bestRatio = LOCAL_SPREAD;
      for (const k of targets)
        for (const o of groups.get(k)!) {
          const ratio = Math.max(o.entry.figure.value, it.entry.figure.value) / Math.min(o.entry.figure.value, it.entry.figure.value);
          if (ratio <= bestRatio) [best, bestRatio] = [k, ratio];
        }
      if (!best) {
        left.push(it);
        continue;
      }
      out ??= new Map(groups);
      out.set(best, [...out.get(best)!, it]);
    }
    if (left.length === list.length) continue;
    if (left.length) out!.set(key, left);
    else out!.delete(key);
  }
  return out;
}

/**
 * Sums keyed only by what they are ({@link bareKeyByPredicate}: "put the cost to the regional economy at closer to £6
 * million a day" → "|£:cost:per-day|") moved to the one subject key that says the same and what it is of ("the strike
 * cost the regional economy £22 million a day" → "|£:cost:strike:per-day|"), or null when none moves. Only where
 * exactly one such key is among the groups (two costs named, of a fire and of a rebuild, leave an unnamed cost
 * unplaced) and the moved values are within {@link BARE_MAX_SPREAD} of its own (a cost of another size is another cost).
 */
export function foldBareSums(groups: ReadonlyMap<string, FigureEntryInput[]>): Map<string, FigureEntryInput[]> | null {
  // A card reads thousands of subject keys at 100k claims, page after page: the keys are read once each, not once per
  // bare sum (the first version compared every key with every bare sum).
  let bare: string[] | null = null;
  const named = new Map<string, string[]>();
  for (const [key, list] of groups) {
    const sig = sumSignature(key);
    if (!sig) continue;
    if (sig.bare) {
      if (!list.some((it) => hasSubject(it.entry.figure.subjectKey))) (bare ??= []).push(key);
    } else {
      const keys = named.get(sig.of);
      if (keys) keys.push(key);
      else named.set(sig.of, [key]);
    }
  }
  if (!bare) return null;
  let out: Map<string, FigureEntryInput[]> | null = null;
  for (const key of bare) {
    const targets = named.get(sumSignature(key)!.of);
    if (targets?.length !== 1) continue;
    const target = (out ?? groups).get(targets[0]!)!;
    if (spread([...target, ...groups.get(key)!]) > BARE_MAX_SPREAD) continue;
    out ??= new Map(groups);
    out.set(targets[0]!, [...target, ...groups.get(key)!]);
    out.delete(key);
  }
  return out;
}

/**
 * A sum key's unit, kind and rate ("£|cost|per-day" of "|£:cost:per-day|" and of "|£:cost:strike:per-day|"), and whether
 * it says only that (a key {@link bareKeyByPredicate} gives) or also what the sum is of (where, too, if it says); null
 * for a key with an owner, or no kind, or a unit that is no currency.
 */
function sumSignature(key: string): { of: string; bare: boolean } | null {
  let hit = sumSignatures.get(key);
  if (hit === undefined) {
    if (sumSignatures.size > 50_000) sumSignatures.clear();
    sumSignatures.set(key, (hit = readSumSignature(key)));
  }
  return hit;
}
/** {@link sumSignature} by key: a card's keys are the same page after page. */
const sumSignatures = new Map<string, { of: string; bare: boolean } | null>();
function readSumSignature(key: string): { of: string; bare: boolean } | null {
  const { owner, unit, state, place } = keyParts(key);
  if (owner || !state || CURRENCY_SYMBOLS[unit] === undefined) return null;
  const parts = key.split('|')[1]!.split(':').slice(1);
  const last = parts[parts.length - 1]!;
  const rate = last.startsWith('per-') ? last : '';
  const bare = parts.length === (rate ? 2 : 1);
  // a place makes a kind alone a subject of its own: neither a bare sum nor what one is of
  if (bare && place) return null;
  return { of: `${unit}|${parts[0]}|${rate}`, bare };
}

/** A subject key without its place ("|person:injured|linbrook" → "|person:injured|"). */
export function placelessKey(key: string): string {
  return key.slice(0, key.length - keyParts(key).place.length);
}

/**
 * The groups of entries by subject key with placed entries moved to the same subject without a place (an amount of a
 * named stuff the other way: placeless ones to the place, so its row keeps the key a card without them shows it under),
 * or null when none moves: an outlet that names where an event's count is ("The fire near Marlow Falls has burned 12,400
 * acres", "would cut 300 jobs in Greyford") reports the same count as the outlets that leave the place unsaid ("The fire has burned
 * 12,400 acres"), and the place should not split one event's row in two. Only
 *  - when every placed entry of the subject names the same place (counts in Mosul and in Baghdad stay apart, and so does
 *    a placeless count beside them);
 *  - for counts of an event (rows that still need dates within the event window and the same kind of event, keyRows);
 *  - when the placed entries make no row of their own: a place several outlets compare at is a quantity of its own
 *    ("around 100,000 killed throughout Mexico" against "80,000 dead", since 2006);
 *  - for an entry that measures (acres, percent, money: a measure is never given the article's place, so one without a
 *    place says nothing of where) or gives the very number another outlet gives without a place, of the same event as
 *    far as dates and kinds of event tell ({@link sameEventOf}). A count of people is given the article's country when
 *    its sentence names none, and a place there tells tolls apart: a differing count with a place stays out — unless
 *    the place is local ({@link isLocalPlace}: a town no gazetteer knows, where a local story happens) and both reports
 *    are dated within the event window.
 */
export function foldPlaces(groups: ReadonlyMap<string, FigureEntryInput[]>): Map<string, FigureEntryInput[]> | null {
  const placesOf = new Map<string, Set<string>>();
  for (const key of groups.keys()) {
    const { place } = keyParts(key);
    const bare = placelessKey(key);
    const places = placesOf.get(bare);
    if (places) places.add(place);
    else placesOf.set(bare, new Set([place]));
  }
  let out: Map<string, FigureEntryInput[]> | null = null;
  for (const [bare, places] of placesOf) {
    if (places.size !== 2 || !places.has('')) continue;
    const placedKey = bare + [...places].find((p) => p)!;
    // An amount of a named stuff ("1,500 gallons of xylene") said with no place is of the one place the others name
    // ("9,500 gallons of xylene … from the plant in Hollis"): a spill's or a haul's amount, even where the placed
    // reports make a row of their own.
    const { unit, state } = keyParts(bare);
    if (isMaterialUnit(unit) && state) {
      out ??= new Map(groups);
      out.set(placedKey, [...groups.get(placedKey)!, ...groups.get(bare)!]);
      out.delete(bare);
      continue;
    }
    if (!isEventKey(bare)) continue;
    // reports of one place that make a row of their own keep it: there the place tells two quantities apart
    if (keyRows(placedKey, groups.get(placedKey)!).length) continue;
    const placeless = groups.get(bare)!;
    const sameCount = (it: FigureEntryInput) =>
      placeless.some((p) => p.entry.outletId !== it.entry.outletId && p.entry.figure.value === it.entry.figure.value && p.entry.figure.high === it.entry.figure.high && sameEventOf(p, it));
    // A town or a site no gazetteer knows ("about 40 homes were evacuated near Cranholm" / "Police evacuated 65 homes in
    // all") is where a local story happens: a count there with no place on the other side is of that story's event (a
    // held-out subject of session 56; two earlier ones). A country or a known city keeps its counts apart, as above.
    const placeName = keyParts(placedKey).place;
    const local = isLocalPlace(placeName);
    // (within a few times of the other count, and no toll since some start: "About 2,000 people have been killed in
    // Tarrow since the attacks began" is no account of one attack's six or eight)
    const near = (p: FigureEntryInput, it: FigureEntryInput) => Math.max(p.entry.figure.value, it.entry.figure.value) <= LOCAL_SPREAD * Math.min(p.entry.figure.value, it.entry.figure.value);
    const oneEvent = (it: FigureEntryInput) =>
      saidWhere(it.context, placeName) && !/\bsince\b/i.test(it.context) && placeless.some((p) => p.entry.outletId !== it.entry.outletId && sameEventOf(p, it) && bothDated(p, it) && near(p, it));
    const moved = groups.get(placedKey)!.filter((it) => isMeasureUnit(it.entry.figure.unit) || sameCount(it) || (local && oneEvent(it)));
    if (moved.length === 0) continue;
    out ??= new Map(groups);
    out.set(bare, [...placeless, ...moved]);
    const rest = groups.get(placedKey)!.filter((it) => !moved.includes(it));
    if (rest.length) out.set(placedKey, rest);
    else out.delete(placedKey);
  }
  return out;
}

/**
 * The entries {@link buildFigureRows} compares, by subject key in order of first appearance (a bare unit or a
 * rejected figure, or an ownerless amount "in" a category, left out). Exported so a caller holding a long list's groups can add a few entries to them.
 */
export function groupFigureEntries(items: readonly FigureEntryInput[]): Map<string, FigureEntryInput[]> {
  const byKey = new Map<string, FigureEntryInput[]>();
  for (const it of items) {
    const stored = it.entry.figure.subjectKey;
    if (!stored || isOwnerlessCategoryAmount(it.entry.figure) || refutesFigures(it.context)) continue;
    const key = hasSubject(stored) ? stored : bareKeyByPredicate(stored, it);
    if (!key) continue;
    const list = byKey.get(key);
    if (list) list.push(it);
    else byKey.set(key, [it]);
  }
  return byKey;
}

/** Stems of what a bare sum of money may be, said right by it ("put its own costs at about £1.2 million"). */
const SUM_NOUNS: ReadonlySet<string> = new Set(['cost', 'costs', 'bill', 'price', 'budget', 'spending', 'spend', 'compensation', 'damages', 'loss', 'losses', 'fee', 'fees', 'value'].map((w) => stem(w)));
/** The stem a sum's value is keyed by ({@link sumNounOf}: "worth", "valued at", "put the value of … at"). */
const VALUE_STEM = stem('value');
/** Forms of "value" before "at" ("valued at about $285 million"). */
const VALUED = new Set(['valued', 'values', 'valuing']);
/** Whether a form of "value" stands before the "at" at `k`, over what is valued ("had valued it at", "valued the site at"). */
function valuedBefore(tokens: FigureSpan['tokens'], k: number, joined: (k: number) => boolean): boolean {
  for (let v = k - 1; v >= 0 && v >= k - VALUED_REACH && joined(v); v--) if (VALUED.has(tokens[v]!.norm)) return true;
  return false;
}
/** Most words between "valued" and its "at". */
const VALUED_REACH = 4;

/**
 * A key for a figure whose own key names no subject (a bare count or sum: "cited 640 times", "costs at about £1.2
 * million"), from what its sentence says happens to it ({@link figurePredicate}): "|time:cite|", "|£:cost|". A count
 * by any such word; a sum only by a word for what it is (a cost, a bill, a fine), not by a change ("rose £2 million");
 * a share never ("rose 3 percent" says of what nowhere). Null when the sentence says nothing of the kind. Rows of one
 * story's outlets then compare the citations or the costs they give (held-out subjects of session 46: 640 / 1,100
 * citations; £1.2 million / £3.5 million of costs).
 */
function bareKeyByPredicate(key: string, it: FigureEntryInput): string | null {
  const { owner, unit, state, place } = keyParts(key);
  if (owner || state || place || !unit || (AMOUNT_UNITS.has(unit) && CURRENCY_SYMBOLS[unit] === undefined)) return null;
  const sum = CURRENCY_SYMBOLS[unit] !== undefined;
  // the sentence is tokenised once for both readings
  const span = figureSpan(it.context, it.entry.figure);
  const p = (sum && span ? sumNounOf(it.context, span) : null) ?? figurePredicate(it.context, it.entry.figure, span, true);
  if (!p || (AMOUNT_UNITS.has(unit) && !SUM_NOUNS.has(p))) return null;
  // a sum a day is not a sum in all: "£22 million a day" and "£6 million a day" are one quantity, "£2 million" another
  // ("put the annual cost of covering both posts at about £145,000" is a cost a year, as "would cost about £260,000 a
  // year" is: a held-out subject of session 69)
  const rate = sum ? (rateAfterFigure(it.context, it.entry.figure.text) ?? (yearlyNoun(it.context, p) ? 'per-year' : null)) : null;
  return rate ? `|${unit}:${p}:${rate}|` : `|${unit}:${p}|`;
}

/** Whether a sentence calls the sum's noun yearly ("the annual cost", "its yearly bill"), the noun given by its stem. */
function yearlyNoun(context: string, nounStem: string): boolean {
  for (const m of context.matchAll(YEARLY_NOUN)) if (stem(m[1]!.toLowerCase()) === nounStem) return true;
  return false;
}
/** "annual" or "yearly" right before a noun. */
const YEARLY_NOUN = /\b(?:annual|yearly)\s+(\p{L}+)/giu;

/** A sentence's word tokens and where a figure's words are among them: from `first` up to (not including) `end`. */
interface FigureSpan {
  tokens: ReturnType<typeof tokenize>;
  first: number;
  end: number;
}
/** Where a figure's words stand among its sentence's tokens ({@link FigureSpan}), or null when the sentence lacks them. */
function figureSpan(context: string, figure: Pick<FigureRow['entries'][number]['figure'], 'text'>): FigureSpan | null {
  const at = context.toLowerCase().indexOf(figure.text.toLowerCase());
  if (at < 0) return null;
  const tokens = tokenize(context);
  const first = tokens.findIndex((t) => t.start >= at);
  if (first < 0) return null;
  let end = first;
  while (end < tokens.length && tokens[end]!.start < at + figure.text.length) end++;
  return { tokens, first, end };
}

/**
 * Most words between the quantity an estimate names and its "at" ("the cost of repairing the track, the drainage and a
 * damaged culvert at"; "the cost of replacing both rams on the central gate and repairing the gate seals at": 16).
 */
const ESTIMATE_NOUN_REACH = 18;
/** Words opening a list's next item after its comma ({@link sumNounOf}). */
const LIST_ITEM_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'and']);
/** Most words between an estimate verb and the quantity it names ("put its own costs", "put the likely cost"). */
const ESTIMATE_VERB_REACH = 3;
/** Most words the verb "cost" takes as its first object before the sum ("would cost businesses in the district £3.5 million"). */
const COST_OBJECT_REACH = 5;

/**
 * The stem of what a sum of money is ({@link SUM_NOUNS}) as its clause says it from farther off than the words right by
 * it, or null: the quantity an estimate verb gives "at" the sum ("estimated the cost of its investigation and of
 * recalculating grades at about £1.2 million", "put the cost to the regional economy at closer to £6 million a day") or
 * the verb "cost" whose second object the sum is ("the cancellation would cost local businesses about £2 million").
 */
function sumNounOf(context: string, { tokens, first }: FigureSpan): string | null {
  if (first < 1) return null;
  // a mark between two words ends the clause the reading stays in
  const joined = (k: number) => !/[,;:.!?()"“”]/.test(context.slice(tokens[k]!.end, tokens[k + 1]!.start));
  let k = first - 1;
  while (k > 0 && tokens[k]!.norm !== 'at' && QUANTIFIER_WORDS.has(tokens[k]!.norm) && joined(k)) k--;
  if (!joined(k)) return null;
  // what a thing is worth, however its sentence names the thing ("The contract is worth $3.2 million", "a satellite
  // worth about $210 million", "valued at about $285 million"): one quantity, its value (held-out subjects of sessions 66
  // and 69 gave a contract's and a satellite's value so)
  if (tokens[k]!.norm === 'worth' || (tokens[k]!.norm === 'at' && valuedBefore(tokens, k, joined))) return VALUE_STEM;
  if (tokens[k]!.norm === 'at') {
    // a list's commas stay in the clause ("the cost of repairing the track, the drainage and a damaged culvert at")
    const inList = (m: number) => joined(m) || (/^\s*,\s*$/.test(context.slice(tokens[m]!.end, tokens[m + 1]!.start)) && LIST_ITEM_OPENERS.has(tokens[m + 1]!.norm));
    for (let m = k - 1; m >= 1 && m >= k - ESTIMATE_NOUN_REACH && inList(m); m--) {
      const st = stem(tokens[m]!.norm);
      // a participle sharing a sum noun's stem is no sum ("a damaged culvert" is not damages)
      if (!SUM_NOUNS.has(st) || tokens[m]!.norm.endsWith('ed')) continue;
      for (let v = m - 1; v >= 0 && v >= m - ESTIMATE_VERB_REACH && joined(v); v--) if (ESTIMATE_AT_VERBS.has(tokens[v]!.norm)) return st;
      return null;
    }
    return null;
  }
  // what the sum is, said before a linking verb: "The final cost of the project was $214 million", "The line's total
  // cost has reached $261 million", "the bill came to £3.5 million"
  let link = k;
  if ((tokens[link]!.norm === 'at' || tokens[link]!.norm === 'to') && link > 0 && joined(link - 1)) link--;
  if (LINKING_VERBS.has(tokens[link]!.norm)) {
    let m = link - 1;
    while (m >= 0 && LINK_AUX.has(tokens[m]!.norm) && joined(m)) m--;
    for (let n = m; n >= 0 && n >= m - LINKED_NOUN_REACH && joined(n); n--) {
      const st = stem(tokens[n]!.norm);
      if (SUM_NOUNS.has(st) && !tokens[n]!.norm.endsWith('ed')) return st;
    }
    return null;
  }
  // the verb "cost", its first object between it and the sum: not the noun ("the cost", "its costs")
  for (let v = k; v >= 1 && v >= k - COST_OBJECT_REACH && joined(v); v--) {
    const w = tokens[v]!.norm;
    if (/^\d/.test(w)) return null;
    if (w !== 'cost' && w !== 'costs' && w !== 'costing') continue;
    return v < k && !COST_NOUN_OPENERS.has(tokens[v - 1]!.norm) ? stem('cost') : null;
  }
  return null;
}
/** Verbs that give a sum as what their subject is or came to ("was", "has reached", "stood at", "came to"). */
const LINKING_VERBS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'reached', 'totalled', 'totaled', 'totals', 'stood', 'stands', 'came', 'comes', 'rose', 'climbed']);
/** Auxiliaries before such a verb ("has reached", "will be"). */
const LINK_AUX = new Set(['has', 'have', 'had', 'will', 'would', 'now', 'already', 'finally']);
/** Most words between the sum's noun and its linking verb ("the final cost of the project was"). */
const LINKED_NOUN_REACH = 6;
/** Words before "cost" that make it the noun ("the cost", "its costs", "the likely cost"), not the verb. */
const COST_NOUN_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'this', 'that', 'these', 'those', 'own', 'total', 'likely', 'final', 'estimated']);

/**
 * What happens to the counted in a figure's sentence, as one word: the verb or state after the count ("43 students
 * went missing" → missing, "28 bodies had been recovered" → found), a state inside it ("the 43 missing students") or
 * the verb before it ("investigators found 28 bodies", "opened fire on about 100 students" → fire); synonyms of one
 * event share one word (PREDICATE_CLASSES). Null when the sentence says nothing of the kind ("5,200 US troops in
 * Iraq"). Read from the sentence when rows are built, so claims stored by an older engine are read the same way.
 * `bare`: the figure's key names no subject, so a short phrase right after it ("calls to 911") is read past.
 */
export function figurePredicate(context: string, figure: Pick<FigureRow['entries'][number]['figure'], 'text' | 'unit'>, span = figureSpan(context, figure), bare = false): string | null {
  if (!span) return null;
  const { tokens, first, end } = span;
  const classOf = (w: string): string | null => {
    const st = stem(w);
    return PREDICATE_CLASSES.get(st) ?? (contentStem(w) && !STOP_WORD_SET.has(w) ? st : null);
  };
  // Inside the figure's words, after the number: "43 missing students".
  for (let k = first; k < end; k++) {
    const c = PREDICATE_CLASSES.get(stem(tokens[k]!.norm));
    if (c) return c;
  }
  // "About 80 officers, supported by a helicopter and dogs, took part": the verb comes after an aside between commas
  const from = afterAside(context, tokens, end);
  // "87 volunteers from four mountain rescue teams took part": "took part" says it from farther off, in the clause
  for (let k = from; k < tokens.length - 1 && k < from + TOOK_PART_REACH; k++) {
    if ((k > from || from === end) && /[,;:.!?()]/.test(context.slice(tokens[k - 1]!.end, tokens[k]!.start))) break;
    if (TAKE_FORMS.has(tokens[k]!.norm) && tokens[k + 1]!.norm === 'part') return 'involved';
  }
  // After: over auxiliaries and adverbs, at most a few words, within the clause.
  let modal = false;
  for (let k = from, steps = 0; k < tokens.length && steps < 5; k++, steps++) {
    if ((k > from || from === end) && /[,;:.!?()]/.test(context.slice(tokens[k - 1]!.end, tokens[k]!.start))) break;
    const w = tokens[k]!.norm;
    // "At least 95 calls to 911 went unanswered": a short phrase right after a bare count says of what, not what
    // happened (a keyed count's phrase is its place or owner, and rows split by predicate keep reading from it)
    if (bare && k === from && k === end && OF_WHAT_PREPOSITIONS.has(w)) {
      const past = ofWhatPhraseEnd(context, tokens, k);
      if (past > k + 1) {
        k = past - 1;
        continue;
      }
    }
    // "38 courses will close": a verb after a modal is what happens, whatever its ending
    if (MODALS.has(w)) {
      modal = true;
      continue;
    }
    if (/^\d/.test(w) || w.endsWith('ly') || PREDICATE_SKIP.has(w)) continue;
    const c = PREDICATE_CLASSES.get(stem(w));
    // "remain missing": a state after a verb of staying is what happens.
    if (c === 'present' && k + 1 < tokens.length && PREDICATE_CLASSES.has(stem(tokens[k + 1]!.norm))) return PREDICATE_CLASSES.get(stem(tokens[k + 1]!.norm))!;
    if (c) return c;
    if (STOP_WORD_SET.has(w)) break;
    return /(?:ed|en|ing)$/.test(w) || modal ? classOf(w) : null;
  }
  // Before: the verb whose object the count is, over a quantifier and one preposition ("fire on about 100").
  for (let k = first - 1, steps = 0; k >= 0 && steps < 4; k--, steps++) {
    if (/[,;:.!?()]/.test(context.slice(tokens[k]!.end, tokens[k + 1]!.start))) break;
    const w = tokens[k]!.norm;
    if (QUANTIFIER_WORDS.has(w) || w === 'on' || w === 'of') continue;
    // "covered an area of about 20 square kilometres": a noun that only says what the unit already says
    if (tokens[k + 1]?.norm === 'of' && UNIT_RESTATING_NOUNS.has(w)) continue;
    if (PREDICATE_CLASSES.has(stem(w))) return PREDICATE_CLASSES.get(stem(w))!;
    // a capital is a name, but for a participle opening the sentence ("Closing 54 courses without asking …")
    const opensWithVerb = /(?:ing|ed)$/.test(w) && !/\p{L}/u.test(context.slice(0, tokens[k]!.start));
    return STOP_WORD_SET.has(w) || (/^\p{Lu}/u.test(tokens[k]!.raw) && !opensWithVerb) ? null : classOf(w);
  }
  return null;
}

/** Prepositions that open a phrase saying what a count is of, right after it ("calls to 911", "complaints from residents"). */
const OF_WHAT_PREPOSITIONS = new Set(['to', 'from', 'for', 'in', 'at', 'of']);
/** Most words of such a phrase after its preposition. */
const OF_WHAT_REACH = 3;
/** Words that may open that phrase ("calls to the hotline"). */
const PHRASE_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our']);
/**
 * The token after a short phrase opened by a preposition at `k` ({@link OF_WHAT_PREPOSITIONS}), or `k` when none ends
 * there: at most {@link OF_WHAT_REACH} words that are neither function words nor verbs (-ed, -en, -ing, an auxiliary or a
 * modal, a word of {@link PREDICATE_CLASSES}), within the clause, followed by one of those verbs or auxiliaries.
 */
function ofWhatPhraseEnd(context: string, tokens: FigureSpan['tokens'], k: number): number {
  let j = k + 1;
  for (; j < tokens.length && j <= k + OF_WHAT_REACH; j++) {
    if (/[,;:.!?()"“”]/.test(context.slice(tokens[j - 1]!.end, tokens[j]!.start))) return k;
    const w = tokens[j]!.norm;
    if (PREDICATE_SKIP.has(w) || MODALS.has(w)) break;
    if (j === k + 1 && PHRASE_DETERMINERS.has(w)) continue;
    if (STOP_WORD_SET.has(w) || /(?:ed|en|ing)$/.test(w) || PREDICATE_CLASSES.has(stem(w))) return k;
  }
  // a verb must follow: "calls to 911 went unanswered", not "the 40 calls to 911" closing the sentence
  if (j >= tokens.length || j === k + 1 || /[,;:.!?()"“”]/.test(context.slice(tokens[j - 1]!.end, tokens[j]!.start))) return k;
  const next = tokens[j]!.norm;
  return PREDICATE_SKIP.has(next) || MODALS.has(next) ? j : k;
}

/**
 * The token after an aside set off by commas right after a count ("About 80 officers, supported by a helicopter and
 * dogs, took part …"; ", backed by …,", ", including …,"), or `end` when none follows: a participle or "including",
 * "with", "among" opening it, the closing comma within {@link ASIDE_REACH} words.
 */
function afterAside(context: string, tokens: FigureSpan['tokens'], end: number): number {
  const gap = (k: number) => context.slice(tokens[k - 1]!.end, tokens[k]!.start);
  if (end >= tokens.length || !/^\s*,\s*$/.test(gap(end))) return end;
  const opener = tokens[end]!.norm;
  if (!/(?:ed|en)$/.test(opener) && !ASIDE_OPENERS.has(opener)) return end;
  for (let k = end + 1; k < tokens.length && k <= end + ASIDE_REACH; k++) {
    const g = gap(k);
    if (/[;:.!?()]/.test(g)) return end;
    if (/,/.test(g)) return k;
  }
  return end;
}
/** Words that open an aside after a count ({@link afterAside}). */
const ASIDE_OPENERS = new Set(['including', 'with', 'among', 'mostly', 'many', 'most', 'some', 'all']);
/** Most words of an aside after a count. */
const ASIDE_REACH = 10;

/** One word per event a count may undergo: its synonyms' stems map to it. */
const PREDICATE_CLASSES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    missing: ['missing', 'disappeared', 'vanished', 'unaccounted'],
    killed: ['killed', 'dead', 'died', 'slain', 'murdered', 'executed', 'perished', 'deaths'],
    injured: ['injured', 'wounded', 'hurt'],
    found: ['found', 'find', 'recovered', 'discovered', 'exhumed', 'unearthed', 'uncovered', 'located', 'identified'],
    arrested: ['arrested', 'detained', 'held', 'jailed', 'charged'],
    // a stock a holder keeps ("keeps about 64,000 laying hens" / "was housing about 92,000 hens"); not "held", an arrest
    present: ['stationed', 'deployed', 'based', 'remain', 'remained', 'remains', 'stay', 'serving', 'present', 'left', 'keeps', 'kept', 'housing', 'houses', 'housed', 'owns', 'owned'],
    evacuated: ['evacuated', 'displaced', 'fled', 'flee'],
    freed: ['freed', 'released', 'rescued'],
    // "a search involving about 60 volunteers" / "87 volunteers … took part" (took part: read in figurePredicate)
    involved: ['involving', 'involved', 'joined', 'participated', 'participating'],
    kidnapped: ['kidnapped', 'abducted', 'captured', 'seized'],
    // what a pipe, an overflow or a tank let out ("discharged … for 4,212 hours" / "flowed into the river for more than
    // 6,800 hours"; a held-out sewage fine of session 58)
    discharged: ['discharged', 'discharging', 'flowed', 'flowing', 'spilled', 'spilling', 'pumped', 'pumping', 'poured', 'pouring'],
    // people at a meeting or a protest ("About 200 parents attended" / "More than 350 parents packed into the hall")
    attended: ['attended', 'attending', 'packed', 'gathered', 'crowded'],
  }).flatMap(([c, words]) => words.map((w) => [stem(w), c] as const)),
);
/** Words between a count and what happens to it: auxiliaries ({@link MODALS} apart) and "went" of "went missing". */
const PREDICATE_SKIP = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'still', 'also', 'eventually', 'later', 'then', 'went', 'reportedly', 'all', 'who', 'that', 'which', 'now', 'being', 'got']);
/** Forms of "take" that with "part" say a count took part ("87 volunteers took part"). */
const TAKE_FORMS = new Set(['took', 'take', 'takes', 'taking', 'taken']);
/** Most words between a count and the "took part" it did. */
const TOOK_PART_REACH = 8;
/** Nouns before "of" and a measure that say no more than its unit does ("an area of 20 square kilometres", "a total of"). */
const UNIT_RESTATING_NOUNS = new Set(['area', 'total', 'distance', 'length', 'sum', 'figure', 'number', 'amount']);
/** Modal verbs: the word after one is a verb in its plain form ("will close", "could go"). */
const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'must', 'shall', 'should']);
/** Quantifier words before a number ("at least", "about", "more than"). */
const QUANTIFIER_WORDS = new Set(['at', 'least', 'about', 'around', 'some', 'roughly', 'nearly', 'almost', 'more', 'than', 'over', 'up', 'to', 'the', 'approximately', 'another', 'a', 'further', 'additional', 'estimated', 'an', 'closer', 'nearer', 'close']);

/**
 * Splits one key's entries by what happens to the counted ({@link figurePredicate}): 43 students missing, 15 found
 * hiding and 100 fired on are three quantities.
 */
function predicateGroups(list: FigureEntryInput[]): FigureEntryInput[][] {
  const by = new Map<string, FigureEntryInput[]>();
  const none: FigureEntryInput[] = [];
  for (const it of list) {
    const p = figurePredicate(it.context, it.entry.figure);
    if (p === null) none.push(it);
    else (by.get(p) ?? by.set(p, []).get(p)!).push(it);
  }
  const groups = [...by.values()];
  if (groups.length === 0) return [none];
  // With one thing happening, a sentence that names none is read as the same count ("5,200 US troops in Iraq" and
  // "2,500 troops stationed there"); among several it cannot be placed, and stays apart.
  if (groups.length === 1) groups[0]!.push(...none);
  else if (none.length) groups.push(none);
  return groups;
}

/**
 * Whether two entries may report one event as {@link eventClusters} groups them: dated within the event window (or
 * either undated) and naming the same kind of event (or either none): 67 killed in a mall siege and 67 in a massacre
 * the sentences call by other names are not known to be one count.
 */
/** How many times one outlet's count of a local event may be another's ({@link foldPlaces}). */
const LOCAL_SPREAD = 3;

/** Whether both entries give a date (an undated report may be of any year's event). */
const bothDated = (a: FigureEntryInput, b: FigureEntryInput): boolean => entryDay(a.entry) !== null && entryDay(b.entry) !== null;

/**
 * Whether a sentence says its count is at a place, by a preposition of where before its name ("near Cranholm", "in
 * Harwell"): a key's place may be an organisation's name read as one ("Calder Ridge, based in Pittsford, employs about
 * 2,100 people at four mines" keys the count to Calder Ridge, which is no town the mine's 310 workers are a part of).
 */
function saidWhere(context: string, place: string): boolean {
  const name = place.replace(/-/g, '[\\s-]+');
  return new RegExp(`\\b(?:in|near|at|outside|around|across|on)\\s+(?:the\\s+)?${name}\\b`, 'i').test(context);
}

/** Whether a key's place is a local one: a place named by the text that no gazetteer entry knows (not a wider "area-…"). */
export function isLocalPlace(place: string): boolean {
  return !!place && !place.startsWith('area-') && !placeByKey(place);
}

function sameEventOf(a: FigureEntryInput, b: FigureEntryInput): boolean {
  const da = entryDay(a.entry);
  const db = entryDay(b.entry);
  if (da !== null && db !== null && Math.abs(da - db) > EVENT_WINDOW_DAYS) return false;
  const ka = eventKinds(a.context);
  const kb = eventKinds(b.context);
  return ka.size === 0 || kb.size === 0 || [...ka].some((k) => kb.has(k));
}

/**
 * The moment a figure's sentence says it was measured: its first date or weekday not of a statement ("said on
 * Tuesday"), or null. "The bloom covered about 25 hectares … on Monday" and "By Thursday 12 August the bloom covered
 * about 60 hectares" measure a spreading thing on two days (a held-out subject of session 51), not one quantity two ways.
 */
function measuredMoment(context: string): Moment | null {
  const time = findDateMentions(context).find((m) => !isStatementDate(context, m));
  return time ? { time, minutes: null } : null;
}

/** An extent a spreading thing is measured by (an area, a length, a mass): not a sum, a share or a duration. */
function isExtentUnit(unit: string): boolean {
  return isMeasureUnit(unit) && !CURRENCY_SYMBOLS[unit] && unit !== '%' && !DURATION_UNITS.has(unit);
}

/**
 * Splits an extent's entries (an area, a length, a mass) by the day each sentence says it was measured, where two such
 * days differ: entries naming no day join the latest day's (the page, read last, is the latest report). One day, or
 * fewer than two days named, leaves the group whole.
 */
function momentClusters(group: FigureEntryInput[]): FigureEntryInput[][] {
  const moments = group.map((g) => measuredMoment(g.context));
  const spans = group.map((g, i) => (moments[i] && g.entry.date ? momentSpan(moments[i]!, g.entry.date) : null));
  const days = [...new Set(spans.filter((x): x is [number, number] => !!x).map((x) => x[0]))].sort((a, b) => a - b);
  if (days.length < 2) return [group];
  const latest = days[days.length - 1]!;
  const byDay = new Map<number, FigureEntryInput[]>(days.map((d) => [d, []]));
  group.forEach((g, i) => byDay.get(spans[i]?.[0] ?? latest)!.push(g));
  return [...byDay.values()];
}

/** "As of Thursday morning", "as at 5pm on Monday": a count stamped with the moment it holds. */
const AS_OF = /\bas\s+(?:of|at)\s+/gi;

/**
 * The day a figure's sentence stamps it with ({@link AS_OF}), resolved against the entry's date as momentSpan counts
 * days, or null: "As of Thursday morning, 62 patients are in the hospital" counts who is left then. Read by the keyed
 * rows ({@link asOfClusters}) and by figure-twins.ts.
 */
export function stampedDay(g: FigureEntryInput): number | null {
  for (const m of g.context.matchAll(AS_OF)) {
    const at = m.index + m[0].length;
    const time = findDateMentions(g.context.slice(at, at + 40)).find((d) => d.start === 0);
    const span = time && g.entry.date ? momentSpan({ time, minutes: null }, g.entry.date) : null;
    if (span) return span[0];
  }
  return null;
}

/**
 * Splits entries stamped "as of" a day from the rest, one group per day: "As of Thursday morning, 62 patients are in the
 * hospital" counts who is left two days on, not the "About 90 patients" in it when the power failed (a held-out subject
 * of session 61). Entries with no stamp stay together; no stamp at all leaves the group whole.
 */
function asOfClusters(group: FigureEntryInput[]): FigureEntryInput[][] {
  const days = group.map(stampedDay);
  if (days.every((d) => d === null)) return [group];
  const byDay = new Map<number | null, FigureEntryInput[]>();
  group.forEach((g, i) => byDay.set(days[i]!, [...(byDay.get(days[i]!) ?? []), g]));
  return [...byDay.values()];
}

/** The rows of one subject key's entries (see {@link groupFigureEntries}), unsorted: one per event, or one. */
export function keyRows(key: string, list: FigureEntryInput[]): FigureRow[] {
  const rows: FigureRow[] = [];
  // (a rate is no state: "added 210 trains a day" and "removing about 140 trains a day" are two things done)
  const state = keyParts(key).state;
  const groups = (state && !state.startsWith('per-') ? [list] : predicateGroups(list))
    .flatMap((g) => (isEventKey(key) ? eventClusters(g) : isOwnerlessKey(key) ? yearClusters(g) : [g]))
    .flatMap((g) => (isExtentUnit(keyParts(key).unit) ? momentClusters(g) : [g]))
    .flatMap(asOfClusters);
  for (const all of groups) {
    const group = withoutOwnParts(all);
    const entries = group.map((g) => g.entry).sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
    // Two sources with no value in common: two different values at least, and not one sentence's own comparison.
    if (!differsAcrossSources(group, isEventToll(key))) continue;
    // Counts keyed only by what happens to them (bareKeyByPredicate) that differ by more than outlets' accounts of one
    // quantity do are two quantities: "no more than 150 passengers" on a winter crossing, "410,000 passengers" a year.
    if (group.every((g) => !hasSubject(g.entry.figure.subjectKey)) && spread(group) > BARE_MAX_SPREAD) continue;
    // the subject as the row's key says it (an entry folded in from a placed key says more: foldPlaces)
    const named = entries.find((e) => e.figure.subjectKey === key) ?? entries[0]!;
    rows.push({ subject: byPredicateLabel(key, group) ?? named.figure.subject, subjectKey: key, entries: entries.slice(0, MAX_FIGURE_ENTRIES), sameEvent: withinWindow(entries) });
  }
  return rows;
}

/**
 * Whether a key counts people (or things: {@link THING_TOLL_STATES}) in an event's toll ("people hospitalised", "children injured"). Outlets give such a toll
 * as a floor or as a count ("At least 23 people were taken to hospitals" / "A total of 31 people were treated at
 * hospitals"; "at least 14" / "19" hospitalised: held-out subjects of sessions 58 and 60): a floor well below another's
 * count is another account of the toll ({@link figuresSayOne}), which the row shows. Not other floors: "more than 12
 * hours" is a threshold a wait is measured against, and "more than 1,100" complaints to an ombudsman are not a
 * company's 2,000 (session 59).
 */
function isEventToll(key: string): boolean {
  const { unit, state } = keyParts(key);
  if (!state) return false;
  // … and what an event did to things: "More than 90 cars broke down" is no account of the 212 a breakdown service's
  // patrols alone attended (a held-out subject of session 68), as "more than 100 homes destroyed" is none of 287
  if (THING_TOLL_STATES.has(state)) return true;
  return PEOPLE_TOLL_STATES.has(state) && (unit === 'person' || PEOPLE_UNITS.has(unit));
}
/** States of things an event's toll counts ({@link isEventToll}). */
const THING_TOLL_STATES: ReadonlySet<string> = new Set(['broken-down', 'destroyed', 'damaged']);

/** The outlet id of the page's own entries (match.ts pageFigures). */
const PAGE_OUTLET = '';

/**
 * A group without the values the page gives beside a value an outlet repeats, smaller than it: one account giving
 * two numbers of one key gives a whole and a part of it ("About 61,000 tickets had been sold across the tour … More than
 * 30,000 … for the three Hathermoor nights": a held-out subject of session 59), and the one another outlet gives too is
 * the row's quantity. A page none of whose values an outlet repeats keeps them all.
 */
function withoutOwnParts(group: FigureEntryInput[]): FigureEntryInput[] {
  // Only the page's: an outlet's two values may be a change it reports ("said in 2025 that 35 percent …" / "Only 20
  // percent …" of one residents' paper, a held-out subject), which the row shows against the page's one.
  const own = group.filter((g) => g.entry.outletId === PAGE_OUTLET);
  if (own.length < 2 || own.length === group.length || new Set(own.map((g) => g.entry.figure.value)).size < 2) return group;
  // one value as an outlet's within rounding (figure-values.ts EXACT_TOLERANCE)
  const same = (a: number, b: number) => Math.abs(a - b) <= EXACT_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
  const repeated = own.filter((g) => group.some((o) => o.entry.outletId !== PAGE_OUTLET && same(o.entry.figure.value, g.entry.figure.value)));
  if (!repeated.length) return group;
  const whole = Math.max(...repeated.map((g) => g.entry.figure.value));
  const dropped = new Set(own.filter((g) => !repeated.includes(g) && g.entry.figure.value < whole));
  return dropped.size ? group.filter((g) => !dropped.has(g)) : group;
}

/**
 * The label of a row keyed by what happens to its bare counts ({@link bareKeyByPredicate}): the unit's word and that
 * predicate as its first entry's sentence writes it ("times (cited)", "pounds (costs)"); null for any other row.
 */
function byPredicateLabel(key: string, group: readonly FigureEntryInput[]): string | null {
  const first = group[0]!;
  if (hasSubject(first.entry.figure.subjectKey)) return null;
  const { state } = keyParts(key);
  const word = state ? tokenize(first.context).find((t) => stem(t.norm) === state || PREDICATE_CLASSES.get(stem(t.norm)) === state) : undefined;
  return word ? `${first.entry.figure.subject} (${word.norm})` : null;
}

/** The most a bare count's or sum's values may differ (largest over smallest) and still be one quantity's accounts. */
const BARE_MAX_SPREAD = 5;
/** Largest value over smallest of a group's entries (Infinity with a zero or negative). */
function spread(group: readonly FigureEntryInput[]): number {
  const values = group.map((g) => g.entry.figure.value);
  const low = Math.min(...values);
  return low > 0 ? Math.max(...values) / low : Infinity;
}

/** Rows in the order a card shows them (in place): same-event conflicts first, then more entries, then subject (stable). */
export function sortFigureRows(rows: FigureRow[]): FigureRow[] {
  return rows.sort((a, b) => Number(!!b.sameEvent) - Number(!!a.sameEvent) || b.entries.length - a.entries.length || a.subjectKey.localeCompare(b.subjectKey));
}
