// Blind subjects (issue 9), each with the expected card set down before the CLI was first run
// (fixtures/subjects/<subject>/expected.json): session 21's wildfire near Marlow Falls and Halvorsen's factory automation,
// session 22's ransomware attack on Wexley General and the Callowell teachers' strike, session 24's Pepper Lane Grill
// salmonella outbreak and the Tamsworth mayoral recount, session 25's Tolland Viaduct closure and Pardee's xylene spill
// into the Sallow River, session 26's EPO case of the cyclist Marek Halloran and Skerrow Air's crew-scheduling outage, session 27's
// recall of Corvane's Strada e-bike batteries and the Drennick Hill landslide that emptied part of Penhallow, session 28's
// merger of Kessock's Ardley biscuit factory into Carrowmore and the crush at the Saltmarsh Sound festival's north gate,
// session 29's grounding of the ferry Morven Star off Inchcarra and the Larkhill Meadows housing vote in Fennick.
// This pins only what the card
// already gets right: the agreements it shows, the traps it keeps out of the disputes ("denied" / "rejected" / "false"
// about something else, a denial that agrees, negations, a statement from an older article), and figure rows that never
// set one number beside another of a different thing. What it gets wrong or misses is written up, pair by pair, in each
// subject's findings.md — no test pins a wrong label.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '@/scripts/pack-files';
import { buildPack, validatePack } from '@/utils/engine/pack';
import { buildCorpusIndex, matchPage } from '@/utils/engine/match';
import type { Contrast, PageMatch } from '@/utils/engine/types';

const opts = { sensitivity: 'medium' as const, mutedTopics: [], mutedOutlets: [] };

/** The card for a subject's page, as the extension reads it (no article bodies in its index) and with them. */
function card(subject: string, page: { url: string; title: string; siteName: string; published: string }) {
  const dir = join(__dirname, '../../fixtures/subjects', subject);
  const files = readdirSync(join(dir, 'articles')).sort().map((f) => join(dir, 'articles', f));
  const loaded = loadArticles(files);
  const pack = validatePack(buildPack(loaded.analyzed, { createdAt: '2026-11-30T00:00:00.000Z' }));
  const input = { ...page, text: readFileSync(join(dir, 'page.txt'), 'utf8') };
  return {
    expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected,
    loaded,
    pack,
    match: matchPage(buildCorpusIndex(pack), input, opts),
    withArticles: matchPage(buildCorpusIndex(pack, { articleStance: true }), input, opts),
  };
}
/** What expected.json says, as far as these tests read it (page / claim: substrings of the sentence and the claim). */
interface Expected {
  disputes: { page: string; claim: string }[];
  notDisputes: { claim: string }[];
  notAgreements: { page: string; claim: string }[];
  /** Rows the card should show: one event's values as the outlets give them. */
  figureContrasts: { event: string; unit?: string; values: number[]; outlets?: Record<string, string[]> }[];
  /** Numbers that are never one row (another thing, state, event or measure). */
  notFigureContrasts: { kind: string; values: number[]; why: string }[];
}
/**
 * No false dispute: every dispute the card shows is one written down before the engine was run, and no claim listed
 * as not a dispute is one. Holds when a missed dispute is fixed; fails on any dispute nobody expected.
 */
function onlyExpectedDisputes(m: PageMatch, expected: Expected) {
  for (const c of items(m).filter((x) => x.relation.label === 'disputes')) {
    const known = expected.disputes.some((d) => c.claim.text.includes(d.claim) && !!c.pageSentence?.text.includes(d.page));
    expect(known, `unexpected dispute: ${c.claim.text} ↔ ${c.pageSentence?.text}`).toBe(true);
  }
  for (const n of expected.notDisputes) never(m, n.claim, 'disputes');
}
const items = (m: PageMatch): Contrast[] => m.topics.flatMap((t) => [...t.contrasts.disputes, ...t.contrasts.agrees, ...t.contrasts.related]);
const withClaim = (m: PageMatch, text: string) => items(m).filter((c) => c.claim.text.includes(text));
/** Every item whose claim contains `text` is not labelled `label` (vacuous when the card does not show it). */
function never(m: PageMatch, text: string, label: string) {
  for (const c of withClaim(m, text)) expect(c.relation.label, `${c.claim.text} ↔ ${c.pageSentence?.text}`).not.toBe(label);
}
/** An item whose claim contains `claim` agrees, answering the page sentence containing `page`. */
function agrees(m: PageMatch, claim: string, page: string) {
  const hit = withClaim(m, claim).find((c) => c.relation.label === 'agrees');
  expect(hit, claim).toBeDefined();
  expect(hit!.pageSentence?.text).toContain(page);
  expect(hit!.timing?.position).toBe('same-time');
}
/** The subject's older article (from `year`): every item of it earlier context with a gap of years, never a stance. */
function olderArticleIsEarlierContext(m: PageMatch, pack: ReturnType<typeof card>['pack'], year = '2021', minGapDays = 1800) {
  const old = items(m).filter((c) => c.claim.articleId === pack.articles.find((a) => a.published?.startsWith(year))!.id);
  expect(old.length).toBeGreaterThan(0);
  for (const c of old) {
    expect(c.relation.label, c.claim.text).toBe('related');
    expect(c.timing).toMatchObject({ position: 'earlier' });
    expect(c.timing!.gapDays!).toBeGreaterThan(minGapDays);
  }
}
/** No claim listed as not an agreement agrees with the page sentence it is listed against (vacuous when not shown). */
function noListedFalseAgreement(m: PageMatch, expected: Expected) {
  for (const n of expected.notAgreements) {
    for (const c of withClaim(m, n.claim).filter((x) => !!x.pageSentence?.text.includes(n.page))) {
      expect(c.relation.label, `${c.claim.text} ↔ ${c.pageSentence?.text}`).not.toBe('agrees');
    }
  }
}
const figureRowsOf = (m: PageMatch) => m.topics.flatMap((t) => t.figures);
const contrastItemsOf = (t: PageMatch['topics'][number]): Contrast[] => [...t.contrasts.disputes, ...t.contrasts.agrees, ...t.contrasts.related];
/**
 * Every trap of expected.json holds: no figure row holds two numbers a trap lists, unless an expected row sets them side
 * by side too ($5 million against $8 million demanded is a row; the $3.4 million paid is with neither).
 */
function trapsHold(m: PageMatch, expected: Expected) {
  const together = (a: number, b: number) => expected.figureContrasts.some((r) => r.values.includes(a) && r.values.includes(b));
  for (const trap of expected.notFigureContrasts) {
    const values = [...new Set(trap.values)];
    for (const r of figureRowsOf(m)) {
      const inRow = new Set(r.entries.map((e) => e.figure.value));
      for (let i = 0; i < values.length; i++)
        for (let j = i + 1; j < values.length; j++) {
          if (together(values[i]!, values[j]!)) continue;
          expect(inRow.has(values[i]!) && inRow.has(values[j]!), `${trap.why}: row ${r.subject}`).toBe(false);
        }
    }
  }
}
/**
 * The one row of a subject key: its values are `values` (no other), the page's own figure among them when `pageValue`
 * is given.
 */
function oneRow(m: PageMatch, subjectKey: string, values: number[], pageValue?: number) {
  const rows = figureRowsOf(m).filter((r) => r.subjectKey === subjectKey);
  expect(rows, subjectKey).toHaveLength(1);
  expect(new Set(rows[0]!.entries.map((e) => e.figure.value))).toEqual(new Set(values));
  if (pageValue !== undefined) expect(rows[0]!.entries.some((e) => e.figure.value === pageValue && e.outletName.includes('(this page)'))).toBe(true);
  return rows[0]!;
}

/**
 * The one row that sets a page figure of `subjectKey` beside claims' figures in other words (figure-twins.ts: its key
 * is the page figure's, marked '~'): its values are `values`, the page's `pageValue` among them.
 */
function oneTwinRow(m: PageMatch, subjectKey: string, values: number[], pageValue: number) {
  const rows = figureRowsOf(m).filter((r) => r.subjectKey.startsWith(`${subjectKey}~`));
  expect(rows, subjectKey).toHaveLength(1);
  expect(new Set(rows[0]!.entries.map((e) => e.figure.value))).toEqual(new Set(values));
  expect(rows[0]!.entries.some((e) => e.figure.value === pageValue && e.outletName.includes('(this page)'))).toBe(true);
  return rows[0]!;
}

/**
 * Every outlet expected.json gives for a value of the row has an entry of that value in it ("page": the page; "(union)"
 * and such notes aside): no outlet's report of the event is left out of its row.
 */
function everyOutletIn(row: { entries: { figure: { value: number }; outletName: string }[] }, outlets: Record<string, string[]>) {
  for (const [value, names] of Object.entries(outlets)) {
    for (const name of names) {
      const outlet = name === 'page' ? '(this page)' : name.replace(/ \(.*\)$/, '');
      expect(row.entries.some((e) => e.figure.value === Number(value) && e.outletName.includes(outlet)), `${outlet}: ${value}`).toBe(true);
    }
  }
}
const expectedRow = (expected: Expected, unit: string, value: number) => expected.figureContrasts.find((r) => r.unit === unit && r.values.includes(value))!;

/**
 * No figure row sets one number beside a number of another unit or subject key (1,100 firefighters vs 1,100 homes). A
 * row whose key names no place may hold entries of one place besides (figure-rows.ts foldPlaces: "The fire near Marlow
 * Falls has burned 12,400 acres" with "The fire has burned 12,400 acres"), and a row of one place entries of the same
 * key with no place ("1,500 gallons of xylene" in the Hollis spill's row); never two places.
 */
function rowsAreOneThing(m: PageMatch) {
  for (const t of m.topics) {
    for (const r of t.figures) {
      expect(new Set(r.entries.map((e) => e.figure.unit)).size, r.subject).toBe(1);
      const places = new Set<string>();
      const rowPlace = r.subjectKey.slice(r.subjectKey.lastIndexOf('|') + 1);
      if (rowPlace) places.add(rowPlace);
      for (const e of r.entries) {
        if (e.figure.subjectKey === r.subjectKey) continue;
        // a placed row may hold an amount of the same stuff said with no place (figure-rows.ts foldPlaces)
        if (rowPlace && `${e.figure.subjectKey}${rowPlace}` === r.subjectKey) continue;
        // a bare count or sum of the row's unit, keyed by what its sentence says it is (figure-rows.ts bareKeyByPredicate:
        // "will cost the council about £640,000 a year" in "|£:cost:per-year|"; foldBareSums: in the one cost named)
        if (e.figure.subjectKey === `|${e.figure.unit}|` && !rowPlace && r.subjectKey.startsWith(`|${e.figure.unit}:`)) continue;
        expect(r.subjectKey.endsWith('|') && e.figure.subjectKey.startsWith(r.subjectKey), `${r.subject}: ${e.figure.subjectKey}`).toBe(true);
        places.add(e.figure.subjectKey.slice(r.subjectKey.length));
      }
      expect(places.size, r.subject).toBeLessThanOrEqual(1);
    }
  }
}

describe('blind subject A: the Bramble Creek Fire near Marlow Falls', () => {
  const { expected, loaded, pack, match, withArticles } = card('bramble-creek-fire', {
    url: 'https://coastline-chronicle.example/news/bramble-creek-fire',
    title: 'Marlow Falls residents return as Bramble Creek Fire slows',
    siteName: 'Coastline Chronicle',
    published: '2026-08-18',
  });

  it('agrees in other words, read as context before session 27 (relation.ts paraphraseAgrees: one predicate, three shared words)', () => {
    agrees(match, 'The fire near Marlow Falls has burned 12,400 acres and is 35 percent contained', 'The fire has burned 12,400 acres and is 35 percent contained');
  });

  it('imports five dated articles from four outlets and finds the fire on the page', () => {
    expect(loaded.errors).toEqual([]);
    expect(pack.outlets.map((o) => o.name).sort()).toEqual(['Frontier Business Daily', 'Marlow Falls Sentinel', "Pacific Ridge Wire", "Ratepayers' Watch"]);
    expect(match.topics.length).toBeGreaterThan(0);
    expect(match.topics.map((t) => t.topic.label)).toContain('Marlow Falls');
  });

  it('shows no dispute that was not expected, in either index', () => {
    onlyExpectedDisputes(match, expected);
    onlyExpectedDisputes(withArticles, expected);
  });

  it('agrees: Northfork\'s rejection of claims its equipment caused the fire with its denial on the page, now that "Northfork" and "Northfork Electric" are one topic (session 26)', () => {
    agrees(match, 'Northfork Electric rejected claims that its equipment caused the Bramble Creek Fire', 'Northfork Electric denied that its power line started the fire.');
    expect(pack.topics.filter((t) => t.aliases.includes('northfork')).flatMap((t) => t.aliases)).toContain('northfork electric');
  });

  it('agrees: the order lifted on Monday, the utility spokeswoman’s quote, the cause under investigation (a copy)', () => {
    agrees(match, 'The evacuation order for Marlow Falls was lifted on Monday and residents began returning home', 'The evacuation order for Marlow Falls was lifted on Monday');
    agrees(match, '"Our line did not cause this fire.', '"Our line did not cause this fire,"');
    agrees(match, 'The cause of the fire is under investigation.', 'The cause of the fire is under investigation.');
    expect(withClaim(match, 'The cause of the fire is under investigation.')[0]!.relation.copy).toBe(true);
  });

  it('a denial and a plain "did not" of one proposition agree (context before session 21: the refuting word kept them apart)', () => {
    agrees(match, 'Northfork Electric said its line did not start the fire.', 'Northfork Electric denied that its power line started the fire.');
  });

  it('the order lifted on Monday against "remains in force" the same day is a dispute, on the sentence it answers (context on the power sentence before session 22)', () => {
    const hit = withClaim(match, 'The evacuation order for Marlow Falls remains in force');
    expect(hit.length).toBeGreaterThan(0);
    for (const c of hit) {
      expect(c.relation.label).toBe('disputes');
      expect(c.pageSentence?.text).toContain('The evacuation order for Marlow Falls was lifted on Monday');
      expect(c.relation.evidence.opposingDirection).toEqual({ a: ['lifted'], b: ['remains in force'] });
      expect(c.timing?.position).toBe('same-time');
    }
  });

  it('the utility\'s denial against the investigators\' "evidence points to the line as the cause" is a dispute (context before session 23)', () => {
    for (const m of [match, withArticles]) {
      const hit = withClaim(m, 'evidence so far points to a Northfork Electric transmission line as the cause');
      expect(hit.length).toBeGreaterThan(0);
      for (const c of hit) {
        expect(c.relation.label).toBe('disputes');
        expect(c.pageSentence?.text).toBe('Northfork Electric denied that its power line started the fire.');
        expect(c.relation.evidence.denied?.by).toBe('a');
      }
    }
  });

  it('"denied" / "rejected" / "false" about something else, and negations of other things, are never disputes', () => {
    for (const m of [match, withArticles]) {
      for (const text of [
        'denied reports that looters',
        'rejected a request from the Marlow Falls school board',
        'set by arsonists is false',
        'denied a report that it had switched off its weather stations',
        'The fire has not reached the town centre',
        'would not raise its dividend',
        'Marlow Falls, a town of about 6,000 people',
        'serves about 300,000 customers',
      ]) never(m, text, 'disputes');
    }
  });

  it('the 2021 fire (Pine Hollow) is earlier context with its gap, never agreement with the 2026 page', () => {
    olderArticleIsEarlierContext(match, pack);
  });

  it('"Bramble Creek Fire" is the fire (an event), not a place: its card shows the containment, 35 against 40 and 20 percent (no card before session 22; the 20 since session 23)', () => {
    expect(pack.topics.find((t) => t.label === 'Bramble Creek Fire')?.kind).toBe('concept');
    const rows = match.topics.flatMap((t) => t.figures).filter((r) => r.subjectKey === '|%:contained|');
    expect(rows).toHaveLength(1);
    expect(new Set(rows[0]!.entries.map((e) => e.figure.value))).toEqual(new Set([35, 40, 20]));
    expect(rows[0]!.entries.find((e) => e.figure.value === 20)?.outletName).toBe("Ratepayers' Watch");
    // Frontier's "The fire near Marlow Falls has burned 12,400 acres and is 35 percent contained" names a place the others
    // leave unsaid: one row still (its own row before session 24)
    everyOutletIn(rows[0]!, expectedRow(expected, 'percent', 35).outlets!);
    // and the Sentinel's "14,200 acres … 40 percent contained" is no agreement with the page's 12,400 and 35 percent
    never(match, 'The Bramble Creek Fire grew to 14,200 acres overnight', 'agrees');
    expect(withClaim(match, 'The Bramble Creek Fire grew to 14,200 acres overnight').length).toBeGreaterThan(0);
  });

  it("the page's two dead against three is a row, though the page's sentence names none of the card's topics (no row before session 22)", () => {
    const rows = match.topics.flatMap((t) => t.figures).filter((r) => r.subjectKey === '|person:killed|');
    expect(rows).toHaveLength(1);
    expect(new Set(rows[0]!.entries.map((e) => e.figure.value))).toEqual(new Set([2, 3]));
    expect(rows[0]!.entries.some((e) => e.figure.value === 2 && e.outletName === 'Coastline Chronicle (this page)')).toBe(true);
    expect(rows[0]!.entries.filter((e) => e.figure.value === 3).every((e) => e.date?.startsWith('2026-08'))).toBe(true);
  });

  it('the deaths row holds every outlet: the Sentinel\'s and the Wire\'s "… have died in the fire", which name no topic, join as the page\'s lead does (the same kind of event named; missing before session 24)', () => {
    const row = oneRow(match, '|person:killed|', [2, 3], 2);
    everyOutletIn(row, expectedRow(expected, 'person', 2).outlets!);
    expect(row.entries.find((e) => e.outletName === 'Marlow Falls Sentinel')?.figure.value).toBe(3);
    expect(row.entries.find((e) => e.outletName === 'Pacific Ridge Wire')?.figure.value).toBe(2);
  });

  it('the acres burned are one row: 12,400 (page, wire) against the Sentinel\'s "grew to 14,200 acres" and 15,000 a day later, never the 2021 fire\'s 2,300 (no row before session 23)', () => {
    const row = oneRow(match, '|acre:burned|', [12400, 14200, 15000], 12400);
    expect(row.entries.find((e) => e.figure.value === 14200)?.outletName).toBe('Marlow Falls Sentinel');
    expect(row.entries.every((e) => e.date?.startsWith('2026-08'))).toBe(true);
    // Frontier's 12,400 acres "near Marlow Falls" (the fire's place, which no other outlet gives) is in it since session 24
    everyOutletIn(row, expectedRow(expected, 'acre', 12400).outlets!);
    expect(row.subject).toBe('acres burned');
  });

  it('no figure row pairs different things (firefighters and homes, cots and customers, containment and share prices)', () => {
    rowsAreOneThing(match);
    rowsAreOneThing(withArticles);
    trapsHold(match, expected);
    trapsHold(withArticles, expected);
  });
});

describe('blind subject B: Halvorsen automates its Greyford factory', () => {
  const { expected, loaded, pack, match, withArticles } = card('factory-automation', {
    url: 'https://midland-post.example/business/halvorsen-cuts',
    title: 'Halvorsen cuts 300 jobs, says no more to come',
    siteName: 'Midland Post',
    published: '2026-10-06',
  });

  it('agrees: the Eastfield plant closing on 31 March 2027, a claim on no topic of the page (match.ts storyItems, session 30)', () => {
    agrees(match, 'Eastfield plant will close on 31 March 2027', 'The Eastfield plant will close on 31 March 2027');
  });

  it('agrees in other words, read as context before session 27 (relation.ts paraphraseAgrees: one predicate, three shared words)', () => {
    agrees(match, 'Halvorsen will also close its Eastfield spare-parts plant on 31 March 2027', 'The Eastfield plant will close on 31 March 2027');
  });

  it('imports five dated articles from four outlets and finds the cuts on the page', () => {
    expect(loaded.errors).toEqual([]);
    expect(pack.outlets.map((o) => o.name).sort()).toEqual(['Greyford Examiner', 'Industry Ledger', 'Northern Wire', "Workers' Dispatch"]);
    expect(match.topics.map((t) => t.topic.label)).toContain('cuts');
  });

  it('shows no dispute that was not expected, in either index', () => {
    onlyExpectedDisputes(match, expected);
    onlyExpectedDisputes(withArticles, expected);
  });

  it('agrees: the 300 jobs (two outlets), the chief executive saying no further cuts, the $300 million', () => {
    agrees(match, 'Halvorsen Appliances will cut 300 jobs at its Greyford factory', 'Halvorsen Appliances will cut 300 jobs at its Greyford factory');
    agrees(match, 'Halvorsen said on Tuesday it would cut 300 jobs in Greyford', 'Halvorsen Appliances will cut 300 jobs');
    agrees(match, 'Chief executive Marta Lindqvist said no further cuts were planned.', 'Chief executive Marta Lindqvist said no further job cuts are planned.');
    agrees(match, 'Halvorsen will spend $300 million on robotic assembly lines', 'The company will spend $300 million on robotic assembly lines');
  });

  it('a denial that agrees with the page, rejections of other things, and background are never disputes', () => {
    for (const m of [match, withArticles]) {
      for (const text of [
        'Halvorsen denied reports that the Greyford factory would close', // the page: the factory will not close
        "rejected the company's offer of 12 weeks' severance pay", // the page: workers will receive 12 weeks' pay
        "The union has rejected the company's severance offer",
        'rejected union claims that the new robots were unsafe',
        'The union denied that it had agreed to the automation plan',
        'He did not deny that the memo was genuine',
        'founded in Greyford in 1952',
        'the largest private employer in Greyford',
        'third American appliance maker',
        'headquarters on Mill Road',
        'We are not going to be the company that closes its factory',
        'No decision has been taken on any further reductions',
      ]) never(m, text, 'disputes');
    }
  });

  it('"no further job cuts are planned" against the memo\'s "is planning more job cuts" the next day is a dispute (context before session 23)', () => {
    for (const m of [match, withArticles]) {
      const hit = withClaim(m, 'Halvorsen Appliances is planning more job cuts in Greyford');
      expect(hit.length).toBeGreaterThan(0);
      for (const c of hit) {
        expect(c.relation.label).toBe('disputes');
        expect(c.pageSentence?.text).toContain('no further job cuts are planned');
        expect(c.relation.evidence.plan).toBeDefined();
        expect(c.relation.evidence.opposingDirection).toEqual({ a: ['no further job cuts are planned'], b: ['planning more job cuts'] });
      }
    }
  });

  it('the 2021 promise ("no plans to cut jobs") is earlier context with its gap, neither dispute nor agreement', () => {
    olderArticleIsEarlierContext(match, pack);
    expect(withClaim(match, 'has no plans to cut jobs in Greyford').length).toBeGreaterThan(0);
  });

  it('a denial of reports that the factory would close agrees with "will not close" (context before session 21)', () => {
    agrees(match, 'Halvorsen denied reports that the Greyford factory would close.', 'The Greyford factory will not close');
  });

  it('shares up 4 percent on Tuesday and 2 percent lower on Wednesday do not agree (a model agree before session 21)', () => {
    expect(withClaim(match, 'shares closed 2 percent lower on Wednesday').length).toBeGreaterThan(0);
    never(match, 'shares closed 2 percent lower on Wednesday', 'agrees');
  });

  it('a plan a claim refers to does not date it: "which Halvorsen says will close at the end of March next year" is said 7 October 2026', () => {
    const text = 'which Halvorsen says will close at the end of March next year';
    expect(pack.claims.find((c) => c.text.includes(text))?.date).toBe('2026-10-07'); // the Workers' Dispatch article's date, not March
    expect(withClaim(match, text).length).toBeGreaterThan(0);
    for (const c of withClaim(match, text)) expect(c.timing?.position, c.claim.text).toBe('same-time'); // not "earlier context, 189 days before"
    agrees(match, text, 'The Eastfield plant will close on 31 March 2027');
  });

  it("the jobs cut are one row: the company's 300 against the union's 450, the further 200 of 2027 apart (a bare |job| key before session 22)", () => {
    const rows = match.topics.flatMap((t) => t.figures).filter((r) => r.subjectKey === '|job:cut|');
    expect(rows).toHaveLength(1);
    const values = new Set(rows[0]!.entries.map((e) => e.figure.value));
    expect(values).toEqual(new Set([300, 450]));
    expect(rows[0]!.entries.some((e) => e.outletName.includes('(this page)'))).toBe(true);
    // Northern Wire's "would cut 300 jobs in Greyford" (a place the others leave unsaid) is in it since session 24
    everyOutletIn(rows[0]!, expectedRow(expected, 'job', 300).outlets!);
    // shown once: the union card reads the union's 450 too, but says nothing the cuts card did not
    expect(match.topics.flatMap((t) => t.figures).filter((r) => r.subjectKey.startsWith('|job'))).toHaveLength(1);
  });

  it('no figure row pairs different things (300 jobs and $300 million, 200 jobs and 200 workers at the gates)', () => {
    rowsAreOneThing(match);
    rowsAreOneThing(withArticles);
    trapsHold(match, expected);
    trapsHold(withArticles, expected);
  });
});

describe('blind subject C: ransomware attack on Wexley General (session 22)', () => {
  const { expected, loaded, pack, match, withArticles } = card('wexley-ransomware', {
    url: 'https://harbor-state-journal.example/news/wexley-general-ransomware',
    title: 'Wexley General reopens emergency room as ransomware recovery drags on',
    siteName: 'Harbor State Journal',
    published: '2026-11-05',
  });

  it('agrees in other words, read as context before session 27 (relation.ts paraphraseAgrees: one predicate, three shared words)', () => {
    agrees(match, 'The emergency department at Wexley General reopened to ambulances on Wednesday afternoon', 'The emergency department at Wexley General Hospital reopened to ambulances on Wednesday');
  });

  it('imports five dated articles from four outlets and finds the hospital on the page', () => {
    expect(loaded.errors).toEqual([]);
    expect(pack.outlets.map((o) => o.name).sort()).toEqual(['Breach Report', 'Healthcare Finance Journal', 'Patient Voice Network', 'Wexley Courier']);
    expect(match.topics.map((t) => t.topic.label)).toContain('Wexley General');
  });

  it('shows no dispute that was not expected, in either index', () => {
    onlyExpectedDisputes(match, expected);
    onlyExpectedDisputes(withArticles, expected);
  });

  it('"said it had not paid a ransom" against "paid a ransom of about $3.4 million" the next day is a dispute (context before session 24)', () => {
    for (const m of [match, withArticles]) {
      const hit = withClaim(m, 'Meridale Health paid a ransom of about $3.4 million');
      expect(hit.length).toBeGreaterThan(0);
      for (const c of hit) {
        expect(c.relation.label).toBe('disputes');
        expect(c.pageSentence?.text).toContain('said it had not paid a ransom');
        expect(c.relation.evidence.negation).toBe(true);
        // the card's reason line quotes both acts, the page's first
        expect(c.relation.evidence.act).toEqual({ a: 'not paid a ransom', b: 'paid a ransom of about $3.4 million', oneDoer: true });
      }
    }
  });

  it('"back online by Monday" against the CIO\'s "could take two to three weeks" is a dispute, answering that sentence though one sharing "Meridale" is closer (not on the card before session 24)', () => {
    const hit = withClaim(match, 'Restoring the electronic records system could take two to three weeks');
    expect(hit.length).toBeGreaterThan(0);
    for (const c of hit) {
      expect(c.relation.label).toBe('disputes');
      expect(c.pageSentence?.text).toBe('Brenner said the electronic records system would be back online by Monday.');
      expect(c.relation.evidence.estimate).toEqual({ back: 'a' });
    }
  });

  it('"reopened to ambulances on Wednesday" against ambulances "still being diverted" on Thursday morning is a dispute (context before session 26)', () => {
    for (const m of [match, withArticles]) {
      const hit = withClaim(m, 'Ambulances were still being diverted from Wexley General Hospital');
      expect(hit.length).toBeGreaterThan(0);
      for (const c of hit) {
        expect(c.relation.label).toBe('disputes');
        expect(c.pageSentence?.text).toContain('reopened to ambulances on Wednesday');
        expect(c.relation.evidence.ended).toEqual({ by: 'a' });
      }
    }
  });

  it('agrees: the $5 million demanded, as the Courier reported it (session 26: "Meridale" and "Meridale Health" one topic)', () => {
    agrees(match, 'have demanded $5 million in cryptocurrency to unlock the hospital', 'The attackers demanded $5 million in cryptocurrency');
  });

  it('agrees: the spokeswoman repeating "no evidence that patient data had been taken" with her quote on the page', () => {
    agrees(match, 'repeated that the company had found no evidence that patient data had been taken', 'We have found no evidence that patient information left our network');
  });

  it('trigger words about other things, negations of other things and background are never disputes', () => {
    for (const m of [match, withArticles]) {
      for (const text of [
        'rejected suggestions on social media that the hospital pharmacy had run out of insulin',
        'denied that it was linked to any government',
        'a claim that researchers say is false',
        "disputed Meridale's claim that the hospital had enough staff",
        "rejected the union's request to bring in agency nurses",
        'rejected a takeover approach from the larger Corliss Health',
        'declined to comment',
        "The attack has not affected the hospital's phone lines",
        "the attackers had not reached Meridale's billing system",
        'would not cut its planned $90 million of building work',
        'has advised hospitals not to pay ransoms',
        'Meridale Health runs six hospitals in the state',
      ]) never(m, text, 'disputes');
    }
  });

  it('no listed non-agreement agrees ("She did not repeat … no plans to pay", the 2022 statements, $8 million vs $5 million)', () => {
    expect(withClaim(match, "She did not repeat Meridale's earlier statement that it had no plans to pay").length).toBeGreaterThan(0);
    noListedFalseAgreement(match, expected);
    noListedFalseAgreement(withArticles, expected);
  });

  it('the 2022 attack (same hospital, same spokeswoman, same words) is earlier context with its gap, never a stance', () => {
    olderArticleIsEarlierContext(match, pack, '2022', 1600);
    olderArticleIsEarlierContext(withArticles, pack, '2022', 1600);
    expect(withClaim(match, 'Meridale had not paid a ransom and had no plans to pay one').length).toBeGreaterThan(0);
    expect(withClaim(match, 'a 380-bed hospital').length).toBeGreaterThan(0);
  });

  it('the ransom demanded is one row: $5 million (page, Courier) against $8 million (Breach Report); the $3.4 million paid and the 2022 demand apart (no row before session 23)', () => {
    const row = oneRow(match, '|$:demanded|', [5_000_000, 8_000_000], 5_000_000);
    expect(row.entries.find((e) => e.figure.value === 8_000_000)?.outletName).toBe('Breach Report');
    expect(figureRowsOf(match).some((r) => r.entries.some((e) => e.figure.value === 3_400_000 || e.figure.value === 1_500_000))).toBe(false);
  });

  it("the appointments cancelled are one row: the page's 1,400 (a lead sentence naming no topic) against the union's 2,300 and the Courier's 900 a day earlier; the 2022 attack's 300 apart (no row before session 23)", () => {
    const row = oneRow(match, '|appointment:cancelled|', [900, 1400, 2300], 1400);
    expect(row.entries.find((e) => e.figure.value === 2300)?.outletName).toBe('Patient Voice Network');
    // "… have been cancelled since Sunday, and the hospital has asked patients … to go to clinics in Harlow": Harlow is
    // where the next clause happens, not where the appointments were
    expect(row.entries.find((e) => e.figure.value === 900)?.outletName).toBe('Wexley Courier');
  });

  it('no figure row pairs different things (1,400 appointments and 1,400 employees, $3.4 million paid and a demand)', () => {
    rowsAreOneThing(match);
    rowsAreOneThing(withArticles);
    trapsHold(match, expected);
    trapsHold(withArticles, expected);
  });
});

describe("blind subject D: the Callowell teachers' strike (session 22)", () => {
  const { expected, loaded, pack, match, withArticles } = card('callowell-teachers-strike', {
    url: 'https://valley-morning-post.example/education/callowell-strike-ends',
    title: "Callowell teachers' strike ends with 6 percent raise",
    siteName: 'Valley Morning Post',
    published: '2026-09-17',
  });

  it('agrees in other words, read as context before session 27 (relation.ts paraphraseAgrees: one predicate, three shared words)', () => {
    agrees(match, 'The strike ended on Wednesday when the district and the union reached a tentative deal', "The Callowell teachers' strike ended on Wednesday");
  });

  it('imports five dated articles from four outlets and finds the district on the page', () => {
    expect(loaded.errors).toEqual([]);
    expect(pack.outlets.map((o) => o.name).sort()).toEqual(['Callowell Herald', "Callowell Taxpayers' Ledger", 'Capitol State Wire', 'Union Hall Report']);
    expect(match.topics.map((t) => t.topic.label)).toContain('district');
  });

  it('shows no dispute that was not expected, in either index', () => {
    onlyExpectedDisputes(match, expected);
    onlyExpectedDisputes(withArticles, expected);
  });

  it('agrees: the strike ended (paraphrase), no schools to close, the $41 million, the 6 percent, the missed days, the district', () => {
    agrees(match, 'struck a tentative deal on Wednesday, bringing the three-day strike to an end', "The Callowell teachers' strike ended on Wednesday");
    agrees(match, 'She said the district would not close schools to pay for the raises.', 'She said the district had no plans to close any schools to pay for the raises.');
    agrees(match, 'Keane said the agreement would cost the district $41 million over two years', 'The deal will cost the district $41 million over two years');
    agrees(match, 'raises totalling 6 percent over the next two years', 'The agreement gives teachers a 6 percent raise over two years');
    agrees(match, 'The district said students would not have to make up the missed days', 'The missed days will not be made up');
    agrees(match, 'with about 48,000 students, is the third-largest school district in the state', 'is the third-largest school district in the state');
    agrees(match, "It was the district's second strike in four years.", "It was the district's second strike in four years.");
  });

  it('a denial and a plain "did not" of one proposition agree: the district denied / said it did not hire replacement teachers', () => {
    for (const m of [match, withArticles]) {
      agrees(m, 'The district said it did not hire replacement teachers during the strike.', 'The district denied that it had hired replacement teachers during the strike.');
    }
  });

  it('"ended" against "talks collapsed … the strike will continue" the same day is a dispute (the union, named once in the lead, is a card since session 23)', () => {
    for (const m of [match, withArticles]) {
      const hit = withClaim(m, "collapsed late on Wednesday, and the teachers' strike will continue");
      expect(hit.length).toBeGreaterThan(0);
      for (const c of hit) {
        expect(c.relation.label).toBe('disputes');
        expect(c.pageSentence?.text).toContain("The Callowell teachers' strike ended on Wednesday");
        expect(c.relation.evidence.opposingDirection).toEqual({ a: ['ended'], b: ['continue'] });
        expect(c.timing?.position).toBe('same-time');
      }
    }
    expect(match.topics.map((t) => t.topic.label)).toContain('Callowell Education Association');
  });

  it('"no plans to close any schools" against the memo\'s "plans to close Linden Elementary and Marsh Elementary" is a dispute (context before session 23)', () => {
    for (const m of [match, withArticles]) {
      const hit = withClaim(m, 'Callowell Unified School District plans to close Linden Elementary');
      expect(hit.length).toBeGreaterThan(0);
      for (const c of hit) {
        expect(c.relation.label).toBe('disputes');
        expect(c.pageSentence?.text).toContain('the district had no plans to close any schools');
        expect(c.relation.evidence.plan).toBeDefined();
      }
    }
  });

  it('the denial of replacement teachers against contracts showing 180 substitutes hired is a dispute, answering the denial though a sentence sharing "Callowell Unified" is closer (context before session 23)', () => {
    for (const m of [match, withArticles]) {
      const hit = withClaim(m, 'Callowell Unified hired 180 substitute teachers');
      expect(hit.length).toBeGreaterThan(0);
      for (const c of hit) {
        expect(c.relation.label).toBe('disputes');
        expect(c.pageSentence?.text).toBe('The district denied that it had hired replacement teachers during the strike.');
        expect(c.relation.evidence.denied?.by).toBe('a');
      }
    }
  });

  it('2026 sentences recalling the 2022 strike agree with the page recalling it (same-time statements of a past fact)', () => {
    agrees(match, 'In 2022 teachers walked out for three days before accepting a 4 percent raise.', 'In 2022 teachers walked out for three days.');
    agrees(match, 'Teachers walked out for three days in October 2022 before settling for a 4 percent raise.', 'In 2022 teachers walked out for three days.');
  });

  it('the Capitol State Wire agreements hold with --article-stance too', () => {
    agrees(withArticles, 'She said the district would not close schools to pay for the raises.', 'She said the district had no plans to close any schools');
    agrees(withArticles, 'Keane said the agreement would cost the district $41 million over two years', 'The deal will cost the district $41 million');
    agrees(withArticles, 'The district said students would not have to make up the missed days', 'The missed days will not be made up');
  });

  it('trigger words about other things, negations of other things and background are never disputes', () => {
    for (const m of [match, withArticles]) {
      for (const text of [
        'rejected a proposal from two of its members to shorten the winter break',
        'the union rejected a district proposal to lengthen the school day',
        'Harrow denied that the union had told members to stop writing report cards',
        'He did not dispute that the memo was genuine',
        'rejected a proposed increase in property taxes',
        'Claims that the raises would be paid for entirely by the state are false',
        'declined to comment on the memo',
        'the state was not planning any emergency funding for Callowell',
        'Union leaders did not return calls',
        'Starting teachers in Callowell earn about $49,000 a year',
      ]) never(m, text, 'disputes');
    }
    expect(withClaim(match, 'Claims that the raises would be paid for entirely by the state are false').length).toBeGreaterThan(0);
  });

  it('no listed non-agreement agrees (the union calling 6 percent an offer; the 2022 strike in the same words)', () => {
    expect(withClaim(match, 'fell short of the 9 percent the union is seeking').length).toBeGreaterThan(0);
    noListedFalseAgreement(match, expected);
    noListedFalseAgreement(withArticles, expected);
  });

  it('the 2022 strike ("ended on Friday", "no plans to close any schools", the verbatim denial) is earlier context, never a stance', () => {
    olderArticleIsEarlierContext(match, pack, '2022', 1400);
    olderArticleIsEarlierContext(withArticles, pack, '2022', 1400);
    for (const text of ["The Callowell teachers' strike ended on Friday", 'Denning said the district had no plans to close any schools', 'The district denied that it had hired replacement teachers']) {
      expect(withClaim(match, text).length, text).toBeGreaterThan(0);
    }
  });

  it("the teachers on strike are one row: the district's 2,900 (page, wire) against the union's 3,400; the 2022 strike's 2,600 apart (no row before session 23)", () => {
    const row = oneRow(match, '|teacher:striking|', [2900, 3400], 2900);
    expect(row.entries.find((e) => e.figure.value === 3400)?.outletName).toBe('Union Hall Report');
  });

  it("the deal's cost over two years is one row: $41 million (page, wire, Herald) against the CFO memo's $58 million; the union's demands ($70 million) and the 2022 deal apart (no row before session 23)", () => {
    const row = oneRow(match, '|$:cost:agreement:over-2-year|', [41_000_000, 58_000_000], 41_000_000);
    expect(row.entries.find((e) => e.figure.value === 58_000_000)?.outletName).toBe("Callowell Taxpayers' Ledger");
  });

  it('no figure row pairs different things (41 schools and $41 million, 310 students and $310 a day)', () => {
    rowsAreOneThing(match);
    rowsAreOneThing(withArticles);
    trapsHold(match, expected);
    trapsHold(withArticles, expected);
  });
});

describe('blind subject E: the Pepper Lane Grill salmonella outbreak (session 24)', () => {
  const { expected, loaded, pack, match, withArticles } = card('pepper-lane-salmonella', {
    url: 'https://tri-county-times.example/health/pepper-lane-salmonella',
    title: 'Salmonella outbreak tied to Pepper Lane Grill climbs to 47 cases',
    siteName: 'Tri-County Times',
    published: '2026-10-15',
  });

  it("agrees: the chief executive's 'None of our employees has tested positive' with the company's denial on the page, a claim on no topic of the page (match.ts storyItems, session 30)", () => {
    agrees(match, 'None of our employees has tested positive', 'The company denied that any of its employees had tested positive for salmonella.');
  });

  it('imports five dated articles from four outlets and finds the outbreak on the page', () => {
    expect(loaded.errors).toEqual([]);
    // the advocacy group's byline is hyphenated: "Diners' Right to Know, 16 October 2026" is read as no byline (findings.md)
    expect(pack.outlets.map((o) => o.name).sort()).toEqual(["Diners' Right to Know", 'Food Safety Ledger', 'Midstate Business Review', 'Ostrander County Courier']);
    expect(pack.articles.every((a) => !!a.published)).toBe(true);
    expect(match.topics.map((t) => t.topic.label)).toContain('salmonella');
  });

  it('shows no dispute that was not expected, in either index', () => {
    onlyExpectedDisputes(match, expected);
    onlyExpectedDisputes(withArticles, expected);
  });

  it('agrees: the four restaurants shut on Saturday ("shut" is its own past form; session 29)', () => {
    agrees(match, 'Pepper Lane Grill shut all four of its Ostrander County restaurants on Saturday', 'Pepper Lane Grill closed its four restaurants in the county on Saturday.');
  });

  it('agrees: the chain expects to open again on Friday / would reopen by Friday — one estimate, answered by the sentence that gives it, not the closer one on the closing (session 29)', () => {
    agrees(match, 'Pepper Lane Grill expects to open its four Ostrander County restaurants again on Friday', 'said they would reopen by Friday');
  });

  it('"had not received any complaints" against customers who "complained to Pepper Lane Grill" is a dispute, on the card of the chain known by both names (session 26)', () => {
    expect(match.topics.find((t) => t.topic.label === 'Pepper Lane')?.topic.aliases).toEqual(expect.arrayContaining(['pepper lane', 'pepper lane grill']));
    for (const m of [match, withArticles]) {
      const hit = withClaim(m, 'Customers complained to Pepper Lane Grill about stomach illness');
      expect(hit.length).toBeGreaterThan(0);
      for (const c of hit) {
        expect(c.relation.label).toBe('disputes');
        expect(c.pageSentence?.text).toContain('had not received any complaints from customers');
      }
    }
  });

  it("the company's denial that any employee tested positive against county records of two cooks who did is a dispute", () => {
    for (const m of [match, withArticles]) {
      const hit = withClaim(m, "Two cooks at Pepper Lane Grill's Kessling restaurant tested positive for salmonella");
      expect(hit.length).toBeGreaterThan(0);
      for (const c of hit) {
        expect(c.relation.label).toBe('disputes');
        expect(c.pageSentence?.text).toBe('The company denied that any of its employees had tested positive for salmonella.');
        expect(c.relation.evidence.denied?.by).toBe('a');
        expect(c.timing?.position).toBe('same-time');
      }
    }
  });

  it('"they would reopen by Friday" (the chief executive of the restaurants) against "will stay closed for at least two more weeks" is a dispute (session 25)', () => {
    for (const m of [match, withArticles]) {
      const hit = withClaim(m, 'will stay closed for at least two more weeks');
      expect(hit.length).toBeGreaterThan(0);
      for (const c of hit) {
        expect(c.relation.label).toBe('disputes');
        expect(c.pageSentence?.text).toContain('said they would reopen by Friday after a deep cleaning');
        expect(c.relation.evidence.estimate?.back).toBe('a');
      }
    }
  });

  it('the page\'s "No deaths have been reported." against the woman who died of it is a dispute, read with the lead it follows (session 25, harm.ts)', () => {
    for (const m of [match, withArticles]) {
      const hit = withClaim(m, "A Kessling woman who fell ill after eating at the chain's Main Street restaurant died on Thursday");
      expect(hit.length).toBeGreaterThan(0);
      for (const c of hit) {
        expect(c.relation.label).toBe('disputes');
        expect(c.pageSentence?.text).toBe('No deaths have been reported.');
        expect(c.relation.evidence.harm?.none).toBe('a');
        expect(c.relation.evidence.opposingDirection).toEqual({ a: ['No deaths'], b: ['died on Thursday'] });
      }
    }
  });

  it('trigger words about other things, a relayed rumour, negations of other things and background are never disputes', () => {
    for (const m of [match, withArticles]) {
      for (const text of [
        "Fairleigh rejected suggestions on social media that the county's tap water was to blame",
        'Morrow rejected a suggestion from an analyst',
        'He also disputed a report in a trade newsletter',
        'declined to comment on them',
        'The group denied on Friday that it receives money from law firms',
        "Calloway's group has disputed the state's restaurant grading system",
        'children at Kessling Elementary had fallen ill',
        'Health officials have not recommended that consumers throw out lettuce',
        'The emails do not show whether anyone at Pepper Lane passed the complaints',
        'The company does not expect the closures to change its forecast',
        'Two of the patients live in neighbouring Dunmore County',
        'The health department suspects undercooked chicken',
        'Pepper Lane, which operates 47 restaurants in three states',
      ]) never(m, text, 'disputes');
    }
    expect(withClaim(match, "Fairleigh rejected suggestions on social media that the county's tap water was to blame").length).toBeGreaterThan(0);
    expect(withClaim(match, 'The health department suspects undercooked chicken').length).toBeGreaterThan(0);
  });

  it('no listed non-agreement agrees (the 2022 outbreak in the same words; the advocate quoting "we acted the same day" to rebut it)', () => {
    expect(withClaim(match, 'They say they acted the same day they heard from the county').length).toBeGreaterThan(0);
    noListedFalseAgreement(match, expected);
    noListedFalseAgreement(withArticles, expected);
  });

  it('the 2022 norovirus outbreak (same spokeswoman, "had not received any complaints", "reopen by Friday", the same quote) is earlier context, never a stance', () => {
    olderArticleIsEarlierContext(match, pack, '2022', 1600);
    olderArticleIsEarlierContext(withArticles, pack, '2022', 1600);
    for (const text of ['Castillo said the restaurant had not received any complaints from customers', 'will reopen by Friday after a norovirus outbreak', 'We acted the same day we heard from the county']) {
      expect(withClaim(match, text).length, text).toBeGreaterThan(0);
    }
  });

  it('people ill: the Courier\'s 38 ("have been sickened"), the state\'s 47 cases and the page\'s 47 ("have fallen ill"), the advocates\' 61 ("who fell ill") are one row; the 2022 outbreak\'s 23 and 14 probable cases stay out', () => {
    for (const m of [match, withArticles]) {
      const row = oneRow(m, '|person:ill|', [38, 47, 61], 47);
      // the Diners' 47 ("The county's own count stood at 47") names no unit: not read, the one outlet left out
      everyOutletIn(row, { '38': ['Ostrander County Courier'], '47': ['page', 'Food Safety Ledger'], '61': ["Diners' Right to Know"] });
    }
  });

  it('people in hospital: "seven people have been admitted to hospital", the page\'s "nine people had been treated in hospital" and "12 people have been hospitalised" are one row; the 2022 four stay out', () => {
    for (const m of [match, withArticles]) {
      const row = oneRow(m, '|person:hospitalised|', [7, 9, 12], 9);
      everyOutletIn(row, expectedRow(expected, 'person', 9).outlets!);
    }
  });

  it('no figure row pairs different things (47 people ill and 47 restaurants, the 2022 outbreak, probable cases)', () => {
    rowsAreOneThing(match);
    rowsAreOneThing(withArticles);
    trapsHold(match, expected);
    trapsHold(withArticles, expected);
  });
});

describe('blind subject F: the Tamsworth mayoral recount (session 24)', () => {
  const { expected, loaded, pack, match, withArticles } = card('tamsworth-recount', {
    url: 'https://riverbend-gazette.example/politics/tamsworth-recount',
    title: 'Recount confirms Kinsale as Tamsworth mayor',
    siteName: 'Riverbend Gazette',
    published: '2026-11-19',
  });

  it("'was not faulty' is no dispute of a machine 'which the Tuttle campaign had said was faulty, was working properly' (relation.ts relayedInClauseOnly, session 30)", () => {
    // Vacuous when the claim is not on the card (it names no topic and only a stance brings it there); the rule itself
    // is pinned on fresh pairs in test/unit/engine/relation-relayed-clause.test.ts.
    for (const m of [match, withArticles]) never(m, 'The Eastgate counting machine was not faulty', 'disputes');
  });

  it('agrees in other words, read as context before session 27 (relation.ts paraphraseAgrees: one predicate, three shared words)', () => {
    agrees(match, 'The recount was finished on Wednesday afternoon', 'A recount of the Tamsworth mayoral election finished on Wednesday');
  });

  it('"the county had not received any formal complaint" against the campaign\'s complaint filed with the county is a dispute; the elections board\'s rejected complaint is not (session 25)', () => {
    for (const m of [match, withArticles]) {
      const hit = withClaim(m, 'The Tuttle campaign filed a written complaint with the county on Tuesday');
      expect(hit.length).toBeGreaterThan(0);
      for (const c of hit) {
        expect(c.relation.label).toBe('disputes');
        expect(c.pageSentence?.text).toBe('Lisle said the county had not received any formal complaint about the recount.');
        expect(c.relation.evidence.received).toEqual({ none: 'a' });
      }
      never(m, 'The state elections board rejected a complaint from the Tuttle campaign', 'disputes');
    }
  });

  it('imports five dated articles from four outlets and finds the recount on the page', () => {
    expect(loaded.errors).toEqual([]);
    expect(pack.outlets.map((o) => o.name).sort()).toEqual(['Capitol Elections Wire', 'Pell County Register', "Pell Taxpayers' Voice", 'Tamsworth Civic Ledger']);
    expect(match.topics.map((t) => t.topic.label)).toContain('recount');
  });

  it('shows no dispute that was not expected, in either index', () => {
    onlyExpectedDisputes(match, expected);
    onlyExpectedDisputes(withArticles, expected);
  });

  it('"Tuttle conceded on Wednesday evening" against "he had not conceded the Tamsworth mayoral race" is a dispute, answering that sentence though the lead is closer (context on the lead before session 24)', () => {
    const hit = withClaim(match, 'he had not conceded the Tamsworth mayoral race');
    expect(hit.length).toBeGreaterThan(0);
    for (const c of hit) {
      expect(c.relation.label).toBe('disputes');
      expect(c.pageSentence?.text).toBe('Tuttle conceded on Wednesday evening.');
    }
  });

  it("agrees: the supervisor's $86,000 estimate with the cost on the page", () => {
    agrees(match, 'The recount will cost about $86,000, Lisle said', 'The recount cost the county about $86,000, Lisle said.');
  });

  it('agrees (not listed, right): "expected the recount to be finished by Wednesday" with "finished on Wednesday"; Tuttle on the council since 2022', () => {
    agrees(match, 'said he expected the recount to be finished by Wednesday', 'A recount of the Tamsworth mayoral election finished on Wednesday');
    agrees(match, 'Tuttle, 44, has represented Ward 3 on the Tamsworth city council since 2022', 'Tuttle, who has represented Ward 3 on the council since 2022');
  });

  it("the campaign's Monday belief that the Eastgate machine double-counted, superseded by Tuesday's test the page reports, is context on the test sentence", () => {
    for (const m of [match, withArticles]) {
      const hit = withClaim(m, 'it believed a counting machine at the Eastgate precinct had counted some ballots twice');
      expect(hit.length).toBeGreaterThan(0);
      for (const c of hit) {
        expect(c.relation.label).toBe('related');
        expect(c.pageSentence?.text).toContain('A test on Tuesday showed that a ballot-counting machine at the Eastgate precinct');
      }
    }
  });

  it('trigger words about other things, a rumour called false, negations of other things and background are never disputes', () => {
    for (const m of [match, withArticles]) {
      for (const text of [
        "Lisle rejected the campaign's request to count ballots from all 58 precincts by hand",
        'Kinsale denied that she had spoken to Lisle about the recount',
        'hundreds of ballots were thrown into a dumpster behind the elections office is false',
        'The state elections board rejected a complaint from the Tuttle campaign about campaign signs',
        'The commission rejected a proposal in September to buy new ballot-counting machines',
        "Kinsale's campaign rejected Tuttle's call for a hand count",
        'The incident report does not say who found the box',
        'Taxpayers did not ask for this recount',
        'Lisle did not respond to requests for comment',
        'Judges do not usually order a new election',
        'Tamsworth has not had a mayoral recount in more than 40 years',
      ]) never(m, text, 'disputes');
    }
    expect(withClaim(match, 'Kinsale denied that she had spoken to Lisle about the recount').length).toBeGreaterThan(0);
  });

  it('no listed non-agreement agrees (the 2022 recount in the same words; the 97-vote tally)', () => {
    noListedFalseAgreement(match, expected);
    noListedFalseAgreement(withArticles, expected);
  });

  it('the 2022 Ward 3 recount ("no ballots had been lost or left uncounted", "conceded … and congratulated") is earlier context, never a stance', () => {
    olderArticleIsEarlierContext(match, pack, '2022', 1400);
    olderArticleIsEarlierContext(withArticles, pack, '2022', 1400);
    for (const text of ['Lisle said no ballots had been lost or left uncounted.', 'Hargreave conceded on Friday evening and congratulated Tuttle', 'A recount of the Tamsworth Ward 3 council race finished on Friday']) {
      expect(withClaim(match, text).length, text).toBeGreaterThan(0);
    }
  });

  it('the margin: 112 (page, Voice, Wire) and the campaign\'s 97 ("ahead by 97 votes") are one row with the election night\'s 131 ("led by", "131 votes ahead"); the 2022 ward margins (41, 44) stay out', () => {
    for (const m of [match, withArticles]) {
      const row = oneRow(m, '|vote:margin|', [97, 112, 131], 112);
      everyOutletIn(row, expectedRow(expected, 'vote', 112).outlets!);
      everyOutletIn(row, { '131': ['page', 'Pell County Register'] });
    }
  });

  it('the recount\'s cost: $86,000 (page, Register) against the invoices\' $140,000 ("has cost Pell County"); the 2022 recount\'s $31,000 and the budgets stay out', () => {
    for (const m of [match, withArticles]) {
      const row = oneRow(m, '|$:cost:recount|', [86_000, 140_000], 86_000);
      everyOutletIn(row, expectedRow(expected, 'dollar', 86_000).outlets!);
    }
  });

  it('no figure row pairs different things (58 percent and 58 precincts, 96 workers and 97 votes, the 2022 recount)', () => {
    rowsAreOneThing(match);
    rowsAreOneThing(withArticles);
    trapsHold(match, expected);
    trapsHold(withArticles, expected);
  });
});

describe('blind subject G: the Tolland Viaduct closed after cracks were found (session 25)', () => {
  const { expected, loaded, pack, match, withArticles } = card('tolland-viaduct', {
    url: 'https://keldshire-herald.example/news/tolland-viaduct-reopen',
    title: 'Tolland Viaduct to reopen by 20 November, railway says',
    siteName: 'Keldshire Herald',
    published: '2026-11-12',
  });

  it('"was not told about the closure until Monday" disputes "informed the state Department of Transport on Saturday"; the quarry not told how long is no dispute (warnings.ts, session 31)', () => {
    for (const m of [match, withArticles]) {
      const hit = withClaim(m, 'The state Department of Transport said it was not told about the closure until Monday morning');
      expect(hit.length).toBeGreaterThan(0);
      for (const c of hit) {
        expect(c.relation.label).toBe('disputes');
        expect(c.pageSentence?.text).toBe('The railway said it informed the state Department of Transport on Saturday.');
        expect(c.relation.evidence.warned).toEqual({ none: 'b' });
      }
      never(m, 'Keld Aggregates said it had not been told how long the closure would last', 'disputes');
    }
  });

  it('disputes "would reopen by Friday, 20 November" with "closed until at least the end of December" (a calendar day read from its report\'s date, session 27)', () => {
    const hit = withClaim(match, 'the line would be closed until at least the end of December').filter((c) => c.relation.label === 'disputes');
    expect(hit.length).toBeGreaterThan(0);
    for (const c of hit) {
      expect(c.pageSentence?.text).toContain('would reopen by Friday, 20 November');
      expect(c.relation.evidence.estimate).toBeDefined();
    }
  });

  it('"would reopen by Friday" against engineers\' "stay closed for at least six weeks" is a dispute, though the two share only "viaduct" (session 25)', () => {
    for (const m of [match, withArticles]) {
      const hit = withClaim(m, 'Engineers now expect the viaduct to stay closed for at least six weeks');
      expect(hit.length).toBeGreaterThan(0);
      for (const c of hit) {
        expect(c.relation.label).toBe('disputes');
        expect(c.pageSentence?.text).toContain('would reopen by Friday, 20 November');
        expect(c.relation.evidence.estimate?.back).toBe('a');
      }
    }
  });

  it('"No trains crossed the viaduct" against the signalling logs\' two passenger trains that crossed it is a dispute (session 25)', () => {
    for (const m of [match, withArticles]) {
      const hit = withClaim(m, 'two passenger trains crossed the viaduct on Saturday evening');
      expect(hit.length).toBeGreaterThan(0);
      for (const c of hit) {
        expect(c.relation.label).toBe('disputes');
        expect(c.pageSentence?.text).toBe('No trains crossed the viaduct after the cracks were found, Oduya said.');
        expect(c.relation.evidence.act?.a).toBe('No trains crossed the viaduct');
      }
    }
  });

  it('imports five dated articles from four outlets and finds the viaduct on the page', () => {
    expect(loaded.errors).toEqual([]);
    expect(pack.outlets.map((o) => o.name).sort()).toEqual(['Kestle Courier', 'Rail Engineering Review', 'The Keld Ledger', "Valley Commuters' Alliance"]);
    expect(pack.articles.every((a) => !!a.published)).toBe(true);
    expect(match.topics.map((t) => t.topic.label)).toContain('viaduct');
  });

  it('shows no dispute that was not expected, in either index', () => {
    onlyExpectedDisputes(match, expected);
    onlyExpectedDisputes(withArticles, expected);
  });

  it("agrees: the state's inspector next week (the Ledger's longer sentence)", () => {
    agrees(match, 'The state Department of Transport said on Thursday it would send its own inspector to the viaduct next week', 'The state Department of Transport said it would send its own inspector to the viaduct next week.');
  });

  it('trigger words about other things, superseded beliefs, a relayed rumour, negations of other things and background are never disputes', () => {
    for (const m of [match, withArticles]) {
      for (const text of [
        "rejected the drivers' union's demand last month for a four-day week",
        'Marrow Valley Railways rejected a Ledger request in October for its bridge inspection schedule',
        'Castell rejected the idea, put forward by some councillors',
        "the Alliance disputed the railway's plan, announced in September",
        'Its members voted in October to reject a proposed merger',
        'A post shared widely on social media on Sunday claimed that part of the viaduct had fallen into the river',
        'Engineers believed on Sunday that a single girder under the central span was affected',
        'it hoped to run trains again by Tuesday',
        'Keld Aggregates said it had not been told how long the closure would last',
        'It has not decided whether to open a formal investigation',
        'The railway did not respond to questions about the logs',
      ]) never(m, text, 'disputes');
    }
    expect(withClaim(match, "rejected the drivers' union's demand last month for a four-day week").length).toBeGreaterThan(0);
    expect(withClaim(match, 'Marrow Valley Railways rejected a Ledger request in October').length).toBeGreaterThan(0);
  });

  it('no listed non-agreement agrees (the 2022 closure in the same words; an earlier date; another amount)', () => {
    noListedFalseAgreement(match, expected);
    noListedFalseAgreement(withArticles, expected);
  });

  it('the 2022 closure ("reopen by Friday", "had not known about the crack", the state told the same day) is earlier context, never a stance', () => {
    olderArticleIsEarlierContext(match, pack, '2022', 1400);
    olderArticleIsEarlierContext(withArticles, pack, '2022', 1400);
    for (const text of [
      'The Marrow Valley line will reopen by Friday',
      'The railway said it had not known about the crack before that inspection.',
      'the railway had told it about the closure on the day the crack was found',
      'No trains were on the viaduct when the crack was found',
    ]) {
      expect(withClaim(match, text).length, text).toBeGreaterThan(0);
    }
  });

  it('no figure row pairs different things (4,000 passengers a day and 4,000 tonnes a week, the 2022 closure, grants)', () => {
    rowsAreOneThing(match);
    rowsAreOneThing(withArticles);
    trapsHold(match, expected);
    trapsHold(withArticles, expected);
  });
});

describe('blind subject H: the Pardee xylene spill into the Sallow River (session 25)', () => {
  const { expected, loaded, pack, match, withArticles } = card('sallow-river-spill', {
    url: 'https://lowland-daily-press.example/news/pardee-spill',
    title: 'Pardee solvent spill kills fish in Sallow River; company says leak was stopped fast',
    siteName: 'Lowland Daily Press',
    published: '2026-11-20',
  });

  it('agrees in other words, read as context before session 27 (relation.ts paraphraseAgrees: one predicate, three shared words)', () => {
    agrees(match, 'Crews from Brightwater Environmental, a cleanup firm hired by Pardee', 'Pardee has hired a cleanup contractor, Brightwater Environmental');
  });

  it('imports five dated articles from four outlets and finds the company on the page', () => {
    expect(loaded.errors).toEqual([]);
    expect(pack.outlets.map((o) => o.name).sort()).toEqual(['Capitol Environment Wire', 'Coatings & Chemicals Weekly', 'Fenwick Courier', 'Sallow River Keepers']);
    expect(pack.articles.every((a) => !!a.published)).toBe(true);
    expect(match.topics.map((t) => t.topic.label)).toContain('Pardee');
  });

  it('shows no dispute that was not expected, in either index', () => {
    onlyExpectedDisputes(match, expected);
    onlyExpectedDisputes(withArticles, expected);
  });

  it('agrees: the cracked pipe caused the leak / was to blame (one act in other words; session 29)', () => {
    agrees(match, 'A crack in the outlet pipe at the base of the tank caused the leak', 'A cracked pipe at the bottom of the tank was to blame');
  });

  it("agrees: the chief executive's denial with the page's, the intake closed on Tuesday afternoon, the plant's 240 workers, the 2017 fine", () => {
    agrees(match, 'Brandt denied that the tank had failed an inspection.', 'Pardee denied that the tank had failed a state inspection.');
    agrees(match, 'the utility had closed its river intake on Tuesday afternoon', 'Fenwick Water closed its river intake on Tuesday afternoon');
    agrees(match, 'The Hollis plant, which makes industrial paints and varnishes, employs about 240 people.', 'employs about 240 people');
    agrees(match, 'Pardee was fined $12,000 in 2017 for a leak of varnish at the same plant.', 'Pardee was fined $12,000 in 2017');
  });

  it('"the river would be clean within days" against the state\'s "it would take months, not days, for the river to recover" is a dispute (session 25)', () => {
    for (const m of [match, withArticles]) {
      const hit = withClaim(m, 'He said it would take months, not days, for the river to recover');
      expect(hit.length).toBeGreaterThan(0);
      for (const c of hit) {
        expect(c.relation.label).toBe('disputes');
        expect(c.pageSentence?.text).toContain('the river would be clean within days');
        expect(c.relation.evidence.opposingDirection).toEqual({ a: ['would be clean within days'], b: ['would take months'] });
      }
    }
  });

  it('"No workers were injured" against the two workers treated in hospital for breathing problems is a dispute (session 25, harm.ts)', () => {
    for (const m of [match, withArticles]) {
      const hit = withClaim(m, 'Two Pardee workers were treated at Fenwick Memorial Hospital');
      expect(hit.length).toBeGreaterThan(0);
      for (const c of hit) {
        expect(c.relation.label).toBe('disputes');
        expect(c.pageSentence?.text).toBe('No workers were injured, plant manager Dale Whitford said.');
        expect(c.relation.evidence.harm?.none).toBe('a');
        expect(c.timing?.position).toBe('same-time');
      }
    }
    // The 2021 spill's "No workers were injured, he said." says the same as the page, five years before: no stance.
    for (const m of [match, withArticles]) never(m, 'No workers were injured, he said', 'disputes');
  });

  it('trigger words about other things, a superseded belief, a relayed rumour, negations of other things and background are never disputes', () => {
    for (const m of [match, withArticles]) {
      for (const text of [
        'The state Department of Environmental Protection said that was false',
        'A message circulating in Fenwick on Tuesday evening claimed that the spill had reached the Tarrow Reservoir',
        'Whitford rejected a report on a Hollis community page',
        "The Keepers rejected the state's new fishing licence fees",
        'Pardee rejected suggestions from analysts',
        'Officials first believed that a valve on the tank had been left open',
        'The spill did not affect the wells that supply the village of Marden',
        "The health department said it had received no reports of illness linked to the town's water",
        'Pardee said no jobs were at risk',
        'The records do not show whether the repair was made',
        'Its xylene tank holds up to 20,000 gallons',
      ]) never(m, text, 'disputes');
    }
    expect(withClaim(match, 'The state Department of Environmental Protection said that was false').length).toBeGreaterThan(0);
    expect(withClaim(match, 'Officials first believed that a valve on the tank had been left open').length).toBeGreaterThan(0);
  });

  it('no listed non-agreement agrees (the 2021 spill in the same words; other counts)', () => {
    noListedFalseAgreement(match, expected);
    noListedFalseAgreement(withArticles, expected);
  });

  it('the 2021 spill ("stopped within an hour", "clean within days", the intake closed) is earlier context, never a stance', () => {
    olderArticleIsEarlierContext(match, pack, '2021', 1800);
    olderArticleIsEarlierContext(withArticles, pack, '2021', 1800);
    for (const text of ['Pardee said the leak was stopped within an hour.', 'Whitford said the river would be clean within days', 'Fenwick Water closed its river intake for two days']) {
      expect(withClaim(match, text).length, text).toBeGreaterThan(0);
    }
  });

  it("the solvent spilled: the page's 2,000 gallons, the state's 9,500 and the Courier's placeless 1,500 are in one row, without the 2021 spill's 400 gallons of paint thinner (1,500 missing until session 36: findings.md)", () => {
    for (const m of [match, withArticles]) {
      const rows = figureRowsOf(m).filter((r) => r.entries.some((e) => e.figure.value === 2000 && e.outletName.includes('(this page)')));
      expect(rows).toHaveLength(1);
      everyOutletIn(rows[0]!, { '1500': ['Fenwick Courier'], '2000': ['page'], '9500': ['Capitol Environment Wire'] });
      expect(rows[0]!.entries.map((e) => e.figure.value)).not.toContain(400);
    }
  });

  it("fish killed: the page's and the consultants' 3,000, the state's 7,400 dead fish and the Keepers' 20,000 are one row; the 2021 spill's 300 stays out (session 25: fish are counted, \"dead\" before a count's noun is killed)", () => {
    for (const m of [match, withArticles]) {
      const row = oneRow(m, figureRowsOf(m).find((r) => r.subjectKey.includes('|fish:killed|'))?.subjectKey ?? '|fish:killed|', [3000, 7400, 20000], 3000);
      everyOutletIn(row, expectedRow(expected, 'fish', 3000).outlets!);
    }
  });

  it('no figure row pairs different things (20,000 fish and a 20,000-gallon tank, 22,000 people, fines and sales)', () => {
    rowsAreOneThing(match);
    rowsAreOneThing(withArticles);
    // the 2021 spill's 400 gallons of paint thinner sat in the gallons row until session 25 read what a gallon is of
    trapsHold(match, expected);
    trapsHold(withArticles, expected);
  });
});

describe('blind subject I: Marek Halloran\'s EPO case at Vantor-Greyline (session 26)', () => {
  const { expected, loaded, pack, match, withArticles } = card('halloran-doping', {
    url: 'https://meridian-daily.example/sport/halloran-epo',
    title: 'Cyclist Halloran suspended after EPO test as team denies doping',
    siteName: 'Meridian Daily News',
    published: '2026-11-26',
  });

  it('disputes "his B sample would be tested within a week" with the agency\'s "not be opened before 11 January" (a pronoun subject; a calendar day, session 27)', () => {
    const hit = withClaim(match, 'the B sample would not be opened before 11 January').filter((c) => c.relation.label === 'disputes');
    expect(hit.length).toBeGreaterThan(0);
    for (const c of hit) {
      expect(c.pageSentence?.text).toContain('said his B sample would be tested within a week');
      expect(c.relation.evidence.estimate).toBeDefined();
    }
  });

  it('agrees in other words, read as context before session 27 (relation.ts paraphraseAgrees: one predicate, three shared words)', () => {
    agrees(match, 'Greyline Logistics, the freight company whose name sits on the jerseys', "Greyline Logistics, the team's title sponsor, said it was reviewing its contract");
  });

  it('imports five dated articles from four outlets and finds the rider on the page', () => {
    expect(loaded.errors).toEqual([]);
    expect(pack.outlets.map((o) => o.name).sort()).toEqual(['Clean Sport Watch', 'Kessan Valley Gazette', 'Peloton Inquirer', 'Sport Finance Wire']);
    expect(pack.articles.every((a) => !!a.published)).toBe(true);
    expect(match.topics.map((t) => t.topic.label)).toContain('Marek Halloran');
  });

  it('shows no dispute that was not expected, in either index', () => {
    onlyExpectedDisputes(match, expected);
    onlyExpectedDisputes(withArticles, expected);
  });

  it('the team\'s "tested 31 times in 2026" answers the page\'s "He was tested 31 times this year", not the closer sentence naming the team and the rider (session 26)', () => {
    for (const m of [match, withArticles]) {
      const hit = withClaim(m, 'The team said Halloran had been tested 31 times in 2026');
      expect(hit.length).toBeGreaterThan(0);
      for (const c of hit) expect(c.pageSentence?.text).toBe('He was tested 31 times this year, the team said.');
    }
  });

  it('"No other Vantor-Greyline rider has returned a positive test" against the agency\'s second rider who "had tested positive" is a dispute (session 26)', () => {
    for (const m of [match, withArticles]) {
      const hit = withClaim(m, 'a second Vantor-Greyline rider, Tobias Wren, had tested positive for EPO');
      expect(hit.length).toBeGreaterThan(0);
      for (const c of hit) {
        expect(c.relation.label).toBe('disputes');
        expect(c.pageSentence?.text).toContain('No other Vantor-Greyline rider has returned a positive test');
        expect(c.relation.evidence.harm).toBeDefined();
      }
    }
  });

  it("agrees: the provisional suspension (two outlets), the team manager's \"never given\" with the team's denial, the four-year ban (a copy), EPO and red blood cells", () => {
    agrees(match, 'The Continental Cycling Integrity Agency provisionally suspended Marek Halloran, 28, on Monday.', 'has been provisionally suspended after a sample he gave in October tested positive for EPO');
    agrees(match, 'was provisionally suspended on Monday after a drug test found the banned blood booster EPO', 'has been provisionally suspended');
    // a plain "never" and a denial of one proposition, the team named "Vantor" in one and "the team" in the other
    agrees(match, "Team manager Corinne Aldous said Vantor's doctors had never given a rider a banned substance.", 'The team denied that its medical staff had ever given riders a banned substance.');
    agrees(match, 'A first offence involving EPO usually brings a four-year ban.', 'A first offence involving EPO usually brings a four-year ban.');
    expect(withClaim(match, 'A first offence involving EPO').find((c) => c.relation.label === 'agrees')!.relation.copy).toBe(true);
    agrees(match, 'EPO raises the number of red blood cells', 'EPO boosts endurance by raising the number of red blood cells');
  });

  it('trigger words about other things, a superseded account, negations of other things and background are never disputes', () => {
    for (const m of [match, withArticles]) {
      for (const text of [
        'Vantor-Greyline first said on Monday morning that the sample had been collected at the Tour of the Kessan Hills',
        'Vantor-Greyline rejected an offer from the Moravo team for Halloran in August',
        'Posts on social media on Monday claimed that Halloran had left the country',
        'Aldous denied a report in the Brisa newspaper Dagposten that the team would fold',
        "The riders' union has disputed the agency's whereabouts rules",
        'Vantor rejected a request from the Inquirer in September',
        'said her client had "never met anyone from that pharmacy"',
        'Greyline said it had no plans to leave cycling altogether',
        'It did not say whether it had opened an investigation into the team',
        'Its rider Ruben Castellano tested positive for EPO in 2022 and served a four-year ban',
      ]) never(m, text, 'disputes');
    }
    expect(withClaim(match, 'Vantor-Greyline rejected an offer from the Moravo team').length).toBeGreaterThan(0);
    expect(withClaim(match, 'Vantor-Greyline first said on Monday morning').length).toBeGreaterThan(0);
  });

  it('no listed non-agreement agrees (the 2022 case in the same words; other counts and amounts)', () => {
    noListedFalseAgreement(match, expected);
    noListedFalseAgreement(withArticles, expected);
  });

  it('the 2022 case ("denied taking any banned substance", "no other Vantor-Greyline rider", the team\'s denial) is earlier context, never a stance', () => {
    olderArticleIsEarlierContext(match, pack, '2022', 1400);
    olderArticleIsEarlierContext(withArticles, pack, '2022', 1400);
    // "Castellano denied taking any banned substance." was shown on a "banned substance" card of that one 2022 item;
    // since session 27 the team manager's card (Corinne Aldous) takes the fifth place, and the 2022 item is no card's.
    for (const text of [
      'The team denied that its medical staff had given riders a banned substance.',
      'No other Vantor-Greyline rider has returned a positive test, team manager Corinne Aldous said.',
    ]) {
      expect(withClaim(match, text).length, text).toBeGreaterThan(0);
    }
  });

  it('no figure row pairs different things (tests and a $19 million budget, 2022\'s tests and prize money, vials)', () => {
    rowsAreOneThing(match);
    rowsAreOneThing(withArticles);
    trapsHold(match, expected);
    trapsHold(withArticles, expected);
  });
});

describe("blind subject J: Skerrow Air's crew-scheduling outage (session 26)", () => {
  const { expected, loaded, pack, match, withArticles } = card('skerrow-air-outage', {
    url: 'https://coastal-morning-post.example/news/skerrow-air-normal',
    title: 'Skerrow Air says flights back to normal after weekend IT failure',
    siteName: 'Coastal Morning Post',
    published: '2026-11-25',
  });

  it('agrees in other words, read as context before session 27 (relation.ts paraphraseAgrees: one predicate, three shared words)', () => {
    agrees(match, 'Darrach said the fault was in crew-scheduling software made by Tessaline Systems', "Darrach said a faulty software update from the airline's supplier, Tessaline Systems, had caused the failure");
  });

  it('imports five dated articles from four outlets and finds the airline on the page', () => {
    expect(loaded.errors).toEqual([]);
    expect(pack.outlets.map((o) => o.name).sort()).toEqual(["Air Passengers' Rights Network", 'Aviation Business Daily', 'Northern Isles Record', 'Port Ellery Herald']);
    expect(pack.articles.every((a) => !!a.published)).toBe(true);
    expect(match.topics.map((t) => t.topic.label)).toContain('Skerrow Air');
  });

  it('shows no dispute that was not expected, in either index', () => {
    onlyExpectedDisputes(match, expected);
    onlyExpectedDisputes(withArticles, expected);
  });

  it("agrees: the chief executive's $4 million, restated by the business daily", () => {
    agrees(match, 'Darrach has said the outage will cost the airline about $4 million.', 'Darrach said the outage would cost the airline about $4 million.');
  });

  it('trigger words about other things, a superseded forecast, a relayed rumour, negations of other things and background are never disputes', () => {
    for (const m of [match, withArticles]) {
      for (const text of [
        'Darrach said flights would be back to normal by Monday',
        'Airport staff first believed on Saturday morning that a power cut in the terminal had caused the delays',
        'A message shared widely on social media on Sunday claimed that Skerrow was about to stop flying for good',
        'Darrach called it "false and irresponsible"',
        'Tessaline denied a report in the technology newsletter Stackline',
        'Skerrow rejected a takeover approach from the larger Corran Air',
        "The airline rejected the pilots' association's pay claim in September",
        "The Network rejected the airline's offer of a $50 travel voucher",
        "Skerrow's cargo flights, which are run for it by Northwind Freight, were not affected",
        'Skerrow has said it will not pay compensation',
        'The board did not say whether it would look into the duty-hours claims',
      ]) never(m, text, 'disputes');
    }
    expect(withClaim(match, 'Darrach said flights would be back to normal by Monday').length).toBeGreaterThan(0);
    expect(withClaim(match, 'Darrach called it "false and irresponsible"').length).toBeGreaterThan(0);
  });

  it('no listed non-agreement agrees (the 2023 failure in the same words; other amounts and counts)', () => {
    noListedFalseAgreement(match, expected);
    noListedFalseAgreement(withArticles, expected);
  });

  it('the 2023 failure ("not caused by a cyberattack", "no passengers had to spend the night", "running to schedule again") is earlier context, never a stance', () => {
    olderArticleIsEarlierContext(match, pack, '2023', 1300);
    olderArticleIsEarlierContext(withArticles, pack, '2023', 1300);
    for (const text of [
      'No passengers had to spend the night at the airport, the airline said',
      'The Civil Aviation Board said it had asked Skerrow Air for a report on the failure.',
      'Chief executive Fiona Darrach said the failure was not caused by a cyberattack.',
      "All of the airline's flights were running to schedule again on Friday morning",
    ]) {
      expect(withClaim(match, text).length, text).toBeGreaterThan(0);
    }
  });

  it('"No passengers had to spend the night at the airport" against the 300 who "spent Saturday night on the floor of the terminal" is a dispute, though closer sentences share the airport\'s name (session 26)', () => {
    for (const m of [match, withArticles]) {
      const hit = withClaim(m, 'About 300 passengers spent Saturday night on the floor of the terminal');
      expect(hit.length).toBeGreaterThan(0);
      for (const c of hit) {
        expect(c.relation.label).toBe('disputes');
        expect(c.pageSentence?.text).toContain('No passengers had to spend the night at the airport');
        expect(c.relation.evidence.act).toEqual({ a: 'No passengers had to spend the night', b: 'spent', oneDoer: true });
      }
    }
  });

  it("the weekend's flights cancelled are one row: the page's 86 against the airport records' 124 (\"124 Skerrow flights\": no figure before session 26)", () => {
    const row = oneRow(match, '|flight:cancelled|', [86, 124], 86);
    everyOutletIn(row, expected.figureContrasts.find((r) => r.unit === 'flight')!.outlets!);
  });

  it('no figure row pairs different things (Saturday\'s 58 flights and the weekend\'s, 300 pilots and 300 stranded, 14 aircraft and 14 percent, 2023)', () => {
    rowsAreOneThing(match);
    rowsAreOneThing(withArticles);
    trapsHold(match, expected);
    trapsHold(withArticles, expected);
  });
});

describe("blind subject K: Corvane's Strada e-bike battery recall (session 27)", () => {
  const { expected, loaded, pack, match, withArticles } = card('corvane-battery-recall', {
    url: 'https://harbourside-daily.example/news/corvane-recall-on-track',
    title: 'Corvane says Strada battery recall is on track as owners hand in packs',
    siteName: 'Harbourside Daily',
    published: '2026-11-25',
  });

  it('imports five dated articles from four outlets and finds the maker on the page', () => {
    expect(loaded.errors).toEqual([]);
    expect(pack.outlets.map((o) => o.name).sort()).toEqual(['Brannock Evening Telegraph', 'Consumer Safety Watch', 'Retail Markets Wire', 'Two Wheels Journal']);
    expect(pack.articles.every((a) => !!a.published)).toBe(true);
    expect(match.topics.map((t) => t.topic.label)).toContain('Corvane');
  });

  it('shows no dispute that was not expected, in either index', () => {
    onlyExpectedDisputes(match, expected);
    onlyExpectedDisputes(withArticles, expected);
  });

  it('agrees: the recall of 38,000 packs, the verb in one report and the noun in the other (session 29)', () => {
    agrees(match, 'The recall covers 38,000 battery packs sold with Strada bikes', 'The company is recalling 38,000 battery packs sold with Strada bikes since March');
    // blamed the fires on the supplier's cells / the fires were caused by faulty cells (one act), answered by that sentence
    agrees(match, 'Chief executive Lionel Ashby blamed the fires on battery cells supplied by Sunmar Cell', "He said the fires were caused by faulty cells made by the company's supplier");
  });

  it("agrees: a new battery within two weeks, said five days earlier in other words; the company's $12 million", () => {
    agrees(match, 'Every owner will be sent a new battery within two weeks, Ashby said.', 'Owners will receive a replacement battery within two weeks, Ashby said.');
    agrees(match, 'Corvane has put the cost of the recall at about $12 million.', 'The recall will cost Corvane about $12 million, Ashby said.');
  });

  it('disputes "No one has been injured" with the regulator\'s reports of four injured (a claim naming no topic, read from the sentence before it; "the reports show" is no relay)', () => {
    const hit = withClaim(match, 'At least four people were injured in those fires').filter((c) => c.relation.label === 'disputes');
    expect(hit.length).toBeGreaterThan(0);
    for (const c of hit) {
      expect(c.pageSentence?.text).toContain('No one has been injured, the company said');
      expect(c.relation.evidence.harm).toBeDefined();
    }
  });

  it('agrees in other words (session 27, paraphraseAgrees): owners told to stop riding and hand the packs in, read on the page\'s recall sentence', () => {
    agrees(match, 'Corvane Mobility told owners of its Strada electric bikes on Thursday to stop riding them', 'Corvane Mobility said on Tuesday that its recall of Strada e-bike batt');
  });

  it('trigger words about other things, superseded scope and beliefs, a relayed rumour, negations of other things and background are never disputes', () => {
    for (const m of [match, withArticles]) {
      for (const text of [
        'Corvane first said on Thursday morning that only bikes sold in 2025 were affected',
        'Fire crews at first thought the Cable Street fire had started in the kitchen',
        "Ashby called posts on a riders' forum claiming that Corvane was about to stop making e-bikes",
        'Corvane denied a report in the trade newsletter Cycle Trade Insider',
        "Halbrook's rejected calls from a shareholder group in October",
        "The Watch has disputed the commission's testing rules for e-bike chargers",
        "The Brannock Cycling Campaign rejected Corvane's offer of a 20 percent discount",
        'The Strada Cargo, which uses a larger battery from a different supplier, is not part of the recall',
        'The Strada is not the first e-bike recall this year',
        'It did not say whether it would fine the company',
        'She would not give a date',
      ]) never(m, text, 'disputes');
    }
    expect(withClaim(match, "Ashby called posts on a riders' forum claiming that Corvane was about to stop making e-bikes").length).toBeGreaterThan(0);
    expect(withClaim(match, 'The Strada is not the first e-bike recall this year').length).toBeGreaterThan(0);
  });

  it('no listed non-agreement agrees (the 2022 charger recall in the same words; other counts and amounts)', () => {
    noListedFalseAgreement(match, expected);
    noListedFalseAgreement(withArticles, expected);
  });

  it('the 2022 charger recall ("working with Corvane on the recall", "within two weeks", the denial, $400,000) is earlier context, never a stance', () => {
    olderArticleIsEarlierContext(match, pack, '2022', 1600);
    olderArticleIsEarlierContext(withArticles, pack, '2022', 1600);
    for (const text of [
      'The Product Safety Commission said it was working with Corvane on the recall.',
      'Owners will receive a replacement charger within two weeks, Ashby said.',
      'Ashby denied that Corvane had known about the fault before the first fire in March.',
      'The recall will cost Corvane about $400,000, Ashby said.',
    ]) {
      expect(withClaim(match, text).length, text).toBeGreaterThan(0);
    }
  });

  it('no figure row pairs different things (23 fires and a 23 percent fall, 31 fires of all brands, 12 stores, the 2022 recall)', () => {
    rowsAreOneThing(match);
    rowsAreOneThing(withArticles);
    trapsHold(match, expected);
    trapsHold(withArticles, expected);
  });
});

describe('blind subject L: the Drennick Hill landslide and the Penhallow evacuation (session 27)', () => {
  const { expected, loaded, pack, match, withArticles } = card('penhallow-landslide', {
    url: 'https://northgate-gazette.example/news/penhallow-home-in-two-weeks',
    title: 'Penhallow evacuees could be home within two weeks, council says',
    siteName: 'Northgate Gazette',
    published: '2026-11-20',
  });

  it('"Walter Pugh, 81, broke his hip" disputes "Everyone got out safely" (harm.ts: everyone safe, a bone broken; session 31)', () => {
    for (const m of [match, withArticles]) {
      const hit = withClaim(m, 'Walter Pugh, 81, broke his hip');
      expect(hit.length).toBeGreaterThan(0);
      for (const c of hit) {
        expect(c.relation.label).toBe('disputes');
        expect(c.pageSentence?.text).toBe('Everyone got out safely, the Westland Emergency Service said.');
        expect(c.relation.evidence.harm).toEqual({ none: 'a' });
      }
    }
  });

  it('imports five articles and reads the outlet and date of the three newsrooms (the residents\' group\'s dateline is not read: findings.md)', () => {
    expect(loaded.errors).toEqual([]);
    expect(pack.articles).toHaveLength(5);
    const names = pack.outlets.map((o) => o.name);
    for (const name of ['Aldmoor Valley Courier', 'Underwriting Weekly', 'Westland Public Radio']) expect(names).toContain(name);
    const newsroom = pack.articles.filter((a) => ['aldmoor-valley-courier', 'underwriting-weekly', 'westland-public-radio'].includes(a.outletId));
    expect(newsroom).toHaveLength(4);
    expect(newsroom.every((a) => !!a.published)).toBe(true);
    expect(match.topics.map((t) => t.topic.label)).toContain('Drennick Hill');
  });

  it('shows no dispute that was not expected, in either index', () => {
    onlyExpectedDisputes(match, expected);
    onlyExpectedDisputes(withArticles, expected);
  });

  it('agrees: "the slide came after three days of heavy rain" with the council leader\'s cause', () => {
    agrees(match, 'The slide came after three days of heavy rain.', 'Quayle said the slide was caused by three days of heavy rain.');
  });

  it('sentences sharing only the council leader\'s name and title agree with nothing (two wrong agrees before session 27)', () => {
    for (const m of [match, withArticles])
      for (const text of ['Council leader Martin Quayle did not answer questions about the report', "The council's leader, Martin Quayle, did not come to the meeting"]) never(m, text, 'agrees');
    expect(withClaim(match, 'Council leader Martin Quayle did not answer questions about the report').length).toBeGreaterThan(0);
  });

  it('trigger words about other things, a superseded forecast, a relayed rumour, negations of other things and background are never disputes', () => {
    for (const m of [match, withArticles]) {
      for (const text of [
        'The service said on Monday that the evacuation would probably last 48 hours',
        'claiming that looters had broken into empty houses on Church Street were false',
        "The council rejected a developer's plan in 2023 to build 40 homes",
        'Kestrel denied a report in the Westland Gazette last month',
        "The group has disputed the council's plan to close Penhallow library",
        "The council said it did not accept the insurer's findings",
        'The town\'s water supply was not affected',
        'Council leader Martin Quayle did not answer questions about the report',
        'did not come to the meeting',
        'The Insurance Ombudsman said it had not yet had any complaints about the slide',
        'The council has not said',
      ]) never(m, text, 'disputes');
    }
    expect(withClaim(match, "The council rejected a developer's plan in 2023 to build 40 homes").length).toBeGreaterThan(0);
    expect(withClaim(match, "The group has disputed the council's plan to close Penhallow library").length).toBeGreaterThan(0);
  });

  it('no listed non-agreement agrees (the 2022 slip in the same words; other counts and amounts)', () => {
    noListedFalseAgreement(match, expected);
    noListedFalseAgreement(withArticles, expected);
  });

  it('the 2022 slip ("No homes were destroyed", "within two weeks", the same denial, $400,000) is earlier context, never a stance', () => {
    olderArticleIsEarlierContext(match, pack, '2022', 1700);
    olderArticleIsEarlierContext(withArticles, pack, '2022', 1700);
    for (const text of [
      'Residents should be able to return home within two weeks, Quayle said.',
      'Quayle denied that the council had been warned that the slope was unstable.',
      'No homes were destroyed, council leader Martin Quayle said, though two garden walls and a shed were flattened.',
      'The council has opened a rest centre at Penhallow Community School.',
    ]) {
      expect(withClaim(match, text).length, text).toBeGreaterThan(0);
    }
  });

  it('the clean-up\'s cost is one row: the page\'s $3 million against the briefing paper\'s $7.5 million ("puts the cost of the clean-up, including …, at": session 27)', () => {
    oneRow(match, '|$:cost:cleanup|', [3000000, 7500000], 3000000);
  });

  it('no figure row sets units or places apart, and every trap holds (2022\'s 30 homes beside the page\'s 180 until session 27: homes are counted per event)', () => {
    rowsAreOneThing(match);
    rowsAreOneThing(withArticles);
    trapsHold(match, expected);
    trapsHold(withArticles, expected);
  });
});

describe("blind subject M: Kessock folds its Ardley biscuit factory into Carrowmore and cuts jobs (session 28)", () => {
  const { expected, loaded, pack, match, withArticles } = card('kessock-job-cuts', {
    url: 'https://dunmore-evening-post.example/news/kessock-ardley-future',
    title: 'Kessock says Ardley has a future as 220 jobs go in plant merger',
    siteName: 'Dunmore Evening Post',
    published: '2026-11-13',
  });

  it('imports five dated articles from four outlets and finds the company on the page', () => {
    expect(loaded.errors).toEqual([]);
    expect(pack.outlets.map((o) => o.name).sort()).toEqual(['Ardley Advertiser', 'Confectionery Trade Weekly', "Food Workers' Voice", 'Northbridge Markets Wire']);
    expect(pack.articles.every((a) => !!a.published)).toBe(true);
    expect(match.topics.map((t) => t.topic.label)).toContain('Kessock');
  });

  it('shows no dispute that was not expected, in either index', () => {
    onlyExpectedDisputes(match, expected);
    onlyExpectedDisputes(withArticles, expected);
  });

  it('agrees: $18 million a year saved, as a verb in one report and as annual savings in the other (one figure, session 29)', () => {
    agrees(match, 'The group expects annual savings of around $18 million once the two plants are combined', 'The merger will save the group about $18 million a year');
  });

  it("disputes the chief executive's denial of a closure plan with the application to demolish the Ardley baking hall (evidence in other words)", () => {
    for (const m of [match, withArticles]) {
      const hit = withClaim(m, 'has applied for permission to demolish the main baking hall at its Ardley factory');
      expect(hit.length).toBeGreaterThan(0);
      for (const c of hit) {
        expect(c.relation.label).toBe('disputes');
        expect(c.pageSentence?.text).toContain('Chief executive Helena Varga denied that the group planned to close the Ardley site');
        expect(c.relation.evidence.denied?.by).toBe('a');
        expect(c.timing?.position).toBe('same-time');
      }
    }
  });

  it('trigger words about other things, a superseded statement, a later share price, a relayed rumour, negations of other things and background are never disputes', () => {
    for (const m of [match, withArticles]) {
      for (const text of [
        'A Kessock spokesman had said on Monday evening that no announcement about jobs was planned this week',
        "closed 2 percent lower on Wednesday, giving up the previous day's gains",
        'Posts on a workers\' group chat on Tuesday claimed that the Carrowmore plant would also be cut back next year',
        'Varga called them "completely false"',
        'Kessock denied a report in the Sunday Ledger',
        'Kessock also rejected a call from its second-largest shareholder',
        'The union rejected a 3 percent pay offer from Kessock in the spring',
        'The Carrowmore plant will not lose any jobs, the company said',
        'Kessock did not say when the consultation with staff would end',
        'She did not say what would happen to the Ardley buildings',
        'would not be interrupted during the move',
        'The group cut 90 jobs at Ardley in 2022 when it moved chocolate-coating to Carrowmore',
        "She has closed two of the group's six plants since then",
      ]) never(m, text, 'disputes');
    }
    for (const text of [
      'A Kessock spokesman had said on Monday evening that no announcement about jobs was planned this week',
      'The union rejected a 3 percent pay offer from Kessock in the spring',
      'The Carrowmore plant will not lose any jobs, the company said',
    ]) expect(withClaim(match, text).length, text).toBeGreaterThan(0);
  });

  it('no listed non-agreement agrees (the 2022 cut in the same words; other counts, amounts and days)', () => {
    noListedFalseAgreement(match, expected);
    noListedFalseAgreement(withArticles, expected);
  });

  it('the 2022 cut ("denied that the group planned to close the Ardley site", "told … a week before", "rose 3 percent on Tuesday") is earlier context, never a stance', () => {
    olderArticleIsEarlierContext(match, pack, '2022', 1600);
    olderArticleIsEarlierContext(withArticles, pack, '2022', 1600);
    for (const text of [
      'Chief executive Helena Varga denied that the group planned to close the Ardley site.',
      'The union was told about the plans a week before they were announced, Varga said.',
      'Shares in Kessock rose 3 percent on Tuesday.',
      'The move will cost about $4 million, the company said.',
    ]) {
      expect(withClaim(match, text).length, text).toBeGreaterThan(0);
    }
  });

  it("the jobs cut are one row: the page's 220 against the union's 340, whose sentence sets its count against 'the 220 the company has announced' (no row before session 28)", () => {
    const row = oneRow(match, '|job:cut|', [220, 340], 220);
    everyOutletIn(row, expectedRow(expected, 'job', 220).outlets!);
  });

  it('no figure row pairs different things (3 percent shares and pay, savings and costs, 2022, other workforces)', () => {
    rowsAreOneThing(match);
    rowsAreOneThing(withArticles);
    trapsHold(match, expected);
    trapsHold(withArticles, expected);
  });
});

describe('blind subject N: the crush at the Saltmarsh Sound festival\'s north gate (session 28)', () => {
  const { expected, loaded, pack, match, withArticles } = card('saltmarsh-sound-crush', {
    url: 'https://kestle-valley-times.example/news/saltmarsh-sound-saturday',
    title: 'Saltmarsh Sound to go ahead on Saturday after gate crush, organisers say',
    siteName: 'Kestle Valley Times',
    published: '2026-08-15',
  });

  it('imports five dated articles from four outlets and finds the festival on the page', () => {
    expect(loaded.errors).toEqual([]);
    expect(pack.outlets.map((o) => o.name).sort()).toEqual(['Eastmarch Inquirer', 'Eastmarch Radio News', 'Live Events Review', 'Wenlow Courier']);
    expect(pack.articles.every((a) => !!a.published)).toBe(true);
    expect(match.topics.map((t) => t.topic.label)).toEqual(expect.arrayContaining(['Marcus Tell', 'Saltmarsh Sound']));
  });

  it("agrees: the town paper's account of fans crushed at the north entrance, and the director's apology reported", () => {
    agrees(match, 'Fans were crushed against metal fencing at the north entrance of the Saltmarsh Sound festival', 'At least 12 people were hurt in a crush at the north entrance of the Saltmarsh Sound festival');
    agrees(match, 'Tell apologised to everyone who had been hurt.', '"We are deeply sorry to everyone who was hurt," Tell said.');
  });

  it('trigger words about other things, a superseded first word, relayed rumours, negations of other things and background are never disputes', () => {
    for (const m of [match, withArticles]) {
      for (const text of [
        'A festival spokeswoman first said on Friday evening that no one had needed hospital treatment',
        'Early posts on social media said the main stage had collapsed',
        'claiming that a man had died in the crush was false',
        'Police said no stage or lighting structure had been damaged',
        'The council rejected an application from Saltmarsh Events last year to keep music playing until 1am',
        'Saltmarsh Events has disputed a $40,000 bill from the council',
        'The campsite, which opened on Thursday, was not affected',
        'Police said they had made no arrests and did not expect to',
        'did not respond to the Inquirer\'s questions about the letter',
        'was not involved in any previous incident',
        'The park\'s south entrance, used by campers and people with accessible tickets, opened on time',
        'The festival drew 15,000 people a day in 2022 and about 19,000 last year',
      ]) never(m, text, 'disputes');
    }
    for (const text of [
      'Saltmarsh Events has disputed a $40,000 bill from the council',
      'claiming that a man had died in the crush was false',
      "Saltmarsh's festival director, Marcus Tell, did not respond to the Inquirer's questions about the letter",
    ]) expect(withClaim(match, text).length, text).toBeGreaterThan(0);
  });

  it("the police letter to the organisers disputes Tell's denial that they had been warned (warnings.ts, session 31)", () => {
    for (const m of [match, withArticles]) {
      const hit = withClaim(m, 'Wenlow Police wrote to the organisers of Saltmarsh Sound in June');
      expect(hit.length).toBeGreaterThan(0);
      for (const c of hit) {
        expect(c.relation.label).toBe('disputes');
        expect(c.pageSentence?.text).toMatch(/^Tell denied that the organisers had been warned/);
        expect(c.relation.evidence.warned).toEqual({ none: 'a' });
      }
    }
  });

  it("Tell's denial that the promoter was about to be sold disputes no sentence (it named Saltmarsh Events; the page's 'sold 18,000 tickets' names no one it names)", () => {
    for (const m of [match, withArticles]) never(m, 'Tell denied a report in a music newsletter that Saltmarsh Events was about to be sold', 'disputes');
    expect(withClaim(match, 'Tell denied a report in a music newsletter').length).toBeGreaterThan(0);
    onlyExpectedDisputes(match, expected);
    onlyExpectedDisputes(withArticles, expected);
  });

  it("the tickets sold for Friday are one row: the organisers' 18,000 against the ticketing data's 23,400, never 2022's 15,000 (no row before session 28)", () => {
    const row = oneRow(match, '|ticket:sold|', [18000, 23400], 18000);
    everyOutletIn(row, expectedRow(expected, 'ticket', 18000).outlets!);
    rowsAreOneThing(match);
    trapsHold(match, expected);
  });

  it("disputes 'The festival's second day will go ahead on Saturday' with the radio's 'Saturday's performances … were called off' (a state ended against one going on; it agreed with the crush lead before session 28)", () => {
    const hit = withClaim(match, "Saturday's performances at the Saltmarsh Sound festival were called off");
    expect(hit.length).toBeGreaterThan(0);
    for (const c of hit) {
      expect(c.relation.label).toBe('disputes');
      expect(c.pageSentence?.text).toContain("The festival's second day will go ahead on Saturday");
      expect(c.relation.evidence.ended?.by).toBe('b');
      expect(c.timing?.position).toBe('same-time');
    }
    never(withArticles, "Saturday's performances at the Saltmarsh Sound festival were called off", 'agrees');
  });

  it("disputes 'No one was seriously hurt' with the hospital's 'It said two of them were in a serious but stable condition' (serious harm a kind of its own; the page's own '12 people were hurt' grants hurt, not serious hurt)", () => {
    const hit = withClaim(match, 'It said two of them were in a serious but stable condition');
    expect(hit.length).toBeGreaterThan(0);
    for (const c of hit) {
      expect(c.relation.label).toBe('disputes');
      expect(c.pageSentence?.text).toContain('No one was seriously hurt');
      expect(c.relation.evidence.harm?.none).toBe('a');
    }
  });

  it('no listed non-agreement agrees (the 2022 crush in the same words; other counts)', () => {
    noListedFalseAgreement(match, expected);
    noListedFalseAgreement(withArticles, expected);
  });

  it('the 2022 crush ("No one was seriously hurt", "opened on time at 4pm", "second day will go ahead") is earlier context, never a stance', () => {
    olderArticleIsEarlierContext(match, pack, '2022', 1400);
    olderArticleIsEarlierContext(withArticles, pack, '2022', 1400);
    for (const text of [
      'No one was seriously hurt, festival director Marcus Tell said.',
      'The gates opened on time at 4pm, Tell said.',
      "The festival's second day will go ahead on Saturday with extra stewards at the front of the stage, Tell said.",
      'The festival had sold 15,000 tickets for Friday, the organisers said.',
    ]) {
      expect(withClaim(match, text).length, text).toBeGreaterThan(0);
    }
  });

  it('no figure row pairs different things (12 hurt and 12 stewards, Saturday\'s tickets, 2022, capacity and tickets)', () => {
    rowsAreOneThing(match);
    rowsAreOneThing(withArticles);
    trapsHold(match, expected);
    trapsHold(withArticles, expected);
  });
});

describe('blind subject O: the ferry Morven Star aground on the Greyling Reef off Inchcarra (session 29)', () => {
  const { expected, loaded, pack, match, withArticles } = card('morven-star-grounding', {
    url: 'https://northern-isles-observer.example/news/morven-star-aground',
    title: 'Ferry runs aground off Inchcarra in gale; deckhand missing',
    siteName: 'Northern Isles Observer',
    published: '2026-10-19',
  });

  it('"sailings were unlikely to resume before mid-November" disputes "would reopen on Wednesday" (estimates.ts: mid-month, session 31)', () => {
    for (const m of [match, withArticles]) {
      const hit = withClaim(m, 'The Inchcarra route remained closed on Thursday');
      expect(hit.length).toBeGreaterThan(0);
      for (const c of hit) {
        expect(c.relation.label).toBe('disputes');
        expect(c.pageSentence?.text).toContain('the Inchcarra route would reopen on Wednesday');
        expect(c.relation.evidence.estimate).toEqual({ back: 'a' });
      }
    }
  });

  it('imports five dated articles from four outlets and finds the ship and its operator on the page', () => {
    expect(loaded.errors).toEqual([]);
    expect(pack.outlets.map((o) => o.name).sort()).toEqual(['Inchcarra Gazette', 'Seaboard Inquirer', 'Shipping Ledger', 'Skellan Coast Radio']);
    expect(pack.articles.every((a) => !!a.published)).toBe(true);
    expect(match.topics.map((t) => t.topic.label)).toEqual(expect.arrayContaining(['Morven Star', 'Harrowsea']));
  });

  it('shows no dispute that was not expected, in either index', () => {
    onlyExpectedDisputes(match, expected);
    onlyExpectedDisputes(withArticles, expected);
  });

  it("the people aboard are a row: the company's 121 on the page and in the Ledger against the coastguard's 172 (an 'aboard' state, session 29)", () => {
    for (const m of [match, withArticles]) {
      const rows = figureRowsOf(m).filter((r) => r.subjectKey === '|person:aboard|');
      expect(rows).toHaveLength(1);
      everyOutletIn(rows[0]!, expectedRow(expected, 'person', 172).outlets!);
    }
  });

  it("disputes Harrowsea's denial of overloading with the Inquirer's 'carried more passengers than it was certified to carry' (the denied thing in other words), in either index", () => {
    for (const m of [match, withArticles]) {
      const hit = withClaim(m, 'The ferry Morven Star carried more passengers than it was certified to carry');
      expect(hit.length).toBeGreaterThan(0);
      for (const c of hit) {
        expect(c.relation.label).toBe('disputes');
        expect(c.pageSentence?.text).toContain('Harrowsea denied that the Morven Star was carrying more passengers than it was allowed to');
        expect(c.relation.evidence.denied?.by).toBe('a');
        expect(c.timing?.position).toBe('same-time');
      }
    }
  });

  it("disputes 'None of them was seriously injured' with the woman in a critical condition, a claim of the story on no topic of the page (match.ts storyItems, session 30)", () => {
    for (const m of [match, withArticles]) {
      const hit = withClaim(m, 'A woman in her seventies who was flown to the hospital by helicopter with a head injury was in a critical condition on Monday');
      expect(hit).toHaveLength(1);
      expect(hit[0]!.relation.label).toBe('disputes');
      expect(hit[0]!.relation.evidence.harm?.none).toBe('a');
      expect(hit[0]!.pageSentence?.text).toContain('None of them was seriously injured, a Harrowsea spokesman said');
      expect(hit[0]!.timing?.position).toBe('same-time');
      // One card holds it: a story claim is homed once.
      expect(m.topics.filter((t) => contrastItemsOf(t).some((c) => c.claim.id === hit[0]!.claim.id))).toHaveLength(1);
    }
  });

  it("agrees: the trade paper repeats the operator's count (121 on board, 112 passengers and nine crew)", () => {
    agrees(match, 'There were 121 people on board, the company has said: 112 passengers and nine crew.', 'There were 121 people on board, 112 passengers and nine crew, the company said.');
  });

  it('a superseded first word, a later update, a rumour called false, denials and disputes of other things and negations of other things are never disputes', () => {
    for (const m of [match, withArticles]) {
      for (const n of expected.notDisputes) never(m, n.claim, 'disputes');
      never(m, 'The union has disputed Harrowsea\'s rostering of crews since 2024', 'agrees');
    }
    expect(withClaim(match, "The union has disputed Harrowsea's rostering of crews since 2024").length).toBeGreaterThan(0);
  });

  it('no listed non-agreement agrees (the 2022 grounding in the same words; other counts and times)', () => {
    noListedFalseAgreement(match, expected);
    noListedFalseAgreement(withArticles, expected);
  });

  it("the 2022 grounding of the Gannet ('brought ashore by 6pm', 'No one was seriously injured', 'had been warned') is earlier context, never a stance", () => {
    olderArticleIsEarlierContext(match, pack, '2022', 1400);
    olderArticleIsEarlierContext(withArticles, pack, '2022', 1400);
    for (const text of [
      'All of the passengers were brought ashore by 6pm, Harrowsea said.',
      'No one was seriously injured, a Harrowsea spokesman said.',
      "The ship's master had been warned that the wind would strengthen, but the crossing was judged safe, the company said.",
    ]) expect(withClaim(match, text).length, text).toBeGreaterThan(0);
  });

  it('no figure row pairs different things (2022\'s passengers and crew, the certificate\'s 150, the island, last year\'s passengers)', () => {
    rowsAreOneThing(match);
    rowsAreOneThing(withArticles);
    trapsHold(match, expected);
    trapsHold(withArticles, expected);
  });
});

describe('blind subject P: the Larkhill Meadows housing vote in Fennick (session 29)', () => {
  const { expected, loaded, pack, match, withArticles } = card('fennick-housing-vote', {
    url: 'https://ostley-valley-post.example/news/larkhill-meadows-approved',
    title: "Larkhill Meadows: 420 homes approved for Fennick's northern edge",
    siteName: 'Ostley Valley Post',
    published: '2026-11-11',
  });
  /** expected.json without the pair the card gets wrong now (findings.md, wrong row 2): pinned are the rest. */
  const officersRefusal = 'Planning officers had recommended that the committee refuse the scheme';
  const heldFigureTraps = { ...expected, notFigureContrasts: expected.notFigureContrasts.filter((t) => !(t.values.includes(30) && t.values.includes(35))) };

  it('imports five dated articles from four outlets and finds the developer and the chair on the page', () => {
    expect(loaded.errors).toEqual([]);
    expect(pack.outlets.map((o) => o.name).sort()).toEqual(['Fennick Herald', 'Housebuilder Weekly', "Ostley Residents' Voice", 'The Civic Ledger']);
    expect(pack.articles.every((a) => !!a.published)).toBe(true);
    expect(match.topics.map((t) => t.topic.label)).toEqual(expect.arrayContaining(['Brackwell Homes', 'Garvie']));
  });

  it('shows no dispute that was not expected, in either index', () => {
    onlyExpectedDisputes(match, expected);
    onlyExpectedDisputes(withArticles, expected);
  });

  it("disputes Brackwell's denial that it gave money to any committee member with the Ledger's lead (its managing director's £5,000 to the committee members' group), in either index", () => {
    for (const m of [match, withArticles]) {
      const hit = withClaim(m, 'The managing director of Brackwell Homes gave £5,000 to the Ostley Independents');
      expect(hit.length).toBeGreaterThan(0);
      for (const c of hit) {
        expect(c.relation.label).toBe('disputes');
        expect(c.pageSentence?.text).toContain('Brackwell Homes denied that it had given money to any member of the planning committee');
        expect(c.relation.evidence.denied?.by).toBe('a');
        expect(c.timing?.position).toBe('same-time');
      }
    }
  });

  it("agrees: the town paper's 'Plans for 420 homes … were narrowly approved' with the page's approval (passive, other words)", () => {
    agrees(match, 'Plans for 420 homes on Larkhill Meadows were narrowly approved by Ostley District Council', "Ostley District Council's planning committee approved plans for 420 homes at Larkhill Meadows");
  });

  it('a deferral, a refusal and denials of other things, a rumour called untrue, a postponement, the old promise and negations of other things are never disputes', () => {
    for (const m of [match, withArticles]) for (const n of expected.notDisputes) never(m, n.claim, 'disputes');
    for (const text of [
      'The council has refused a request from Save Larkhill Meadows under freedom of information rules',
      'A claim on a Fennick community Facebook group that Garvie owns land next to the site is untrue',
      'Garvie rejected a call from the Green group for her to step down as chair',
    ]) expect(withClaim(match, text).length, text).toBeGreaterThan(0);
  });

  it('no listed non-agreement agrees (the 2022 scheme in the same words, the corrected press release, other counts, the officers\' refusal)', () => {
    noListedFalseAgreement(match, expected);
    noListedFalseAgreement(withArticles, expected);
  });

  it("disputes the page's 'Planning officers had recommended the scheme for approval' with the officers' advice to refuse it, in two outlets' words (verdicts.ts, session 29)", () => {
    for (const text of [officersRefusal, 'Planning officers had advised the committee to refuse the scheme on highway safety grounds']) {
      const hit = withClaim(match, text);
      expect(hit.length, text).toBeGreaterThan(0);
      for (const c of hit) {
        expect(c.relation.label, text).toBe('disputes');
        expect(c.pageSentence?.text).toContain('Planning officers had recommended the scheme for approval');
        expect(c.relation.evidence.verdict).toBeDefined();
      }
    }
  });

  it("the 2022 Cobbet's Farm approval ('voted 7-4', 'recommended the scheme for approval', 'The decision is final') is earlier context, never a stance", () => {
    olderArticleIsEarlierContext(match, pack, '2022', 1400);
    olderArticleIsEarlierContext(withArticles, pack, '2022', 1400);
    for (const text of ['Councillors voted 7-4 in favour of the scheme, the council said.', 'Planning officers had recommended the scheme for approval.']) {
      expect(withClaim(match, text).length, text).toBeGreaterThan(0);
    }
  });

  it("the affordable share is a row: the developer's 35 percent on the page against the draft agreement's 20 percent (the row also holds 2022's 30 percent: findings.md, wrong row 2, not pinned)", () => {
    const rows = figureRowsOf(match).filter((r) => r.subjectKey === '|%:home|');
    expect(rows).toHaveLength(1);
    everyOutletIn(rows[0]!, expectedRow(expected, 'percent', 20).outlets!);
  });

  it("no figure row pairs different things (420 homes and £420,000, the first application's 480, 2022's homes and objections, seats, call-ins)", () => {
    rowsAreOneThing(match);
    rowsAreOneThing(withArticles);
    trapsHold(match, heldFigureTraps);
    trapsHold(withArticles, heldFigureTraps);
  });
});

describe('blind subject: a norovirus outbreak closes wards at Fenwold General (session 49; held out on its first run)', () => {
  const { expected, match, withArticles } = card('fenwold-hospital-norovirus', {
    url: 'https://elsham-courier.example/health/norovirus-closes-five-wards-fenwold-general',
    title: 'Norovirus closes five wards at Fenwold General as 64 patients fall ill',
    siteName: 'The Elsham Courier',
    published: '2032-02-03',
  });
  /** An item whose claim contains `claim` disputes the page sentence containing `page`. */
  const disputes = (m: PageMatch, claim: string, page: string) => {
    const hit = withClaim(m, claim).find((c) => c.relation.label === 'disputes');
    expect(hit, claim).toBeDefined();
    expect(hit!.pageSentence?.text).toContain(page);
  };

  it('shows no dispute that was not expected, in either index', () => {
    onlyExpectedDisputes(match, expected);
    onlyExpectedDisputes(withArticles, expected);
  });

  it('disputes: a ban on visiting against "Visiting has not been banned" (a denial in the passive names the thing)', () => {
    disputes(match, 'The hospital banned all visiting to its wards from 2pm on Sunday', 'Visiting has not been banned');
  });

  it('disputes: "No patient has died" against the family\'s account of a death, a story item read with the story (the card read during topic choice had none)', () => {
    disputes(match, 'An 86-year-old woman who caught norovirus on Larch ward died on 30 January', 'No patient has died');
  });

  it('disputes: reopening "by 10 February" against "unlikely to reopen before 24 February"', () => {
    disputes(match, 'the wards were unlikely to reopen before 24 February', 'The trust expects all five wards to reopen by 10 February');
  });

  it('figure rows: patients and staff ill and wards closed, one outbreak each; never the 2028 outbreak\'s 29, 12 or three wards beside 2032\'s', () => {
    oneRow(match, '|patient:ill|', [64, 97], 64);
    oneRow(match, '|employee:ill|', [31, 58], 31);
    oneRow(match, '|ward:closed|', [5, 7], 5);
    rowsAreOneThing(match);
    trapsHold(match, expected);
    trapsHold(withArticles, expected);
  });
});

describe('blind subject: a school hall ceiling collapses on an assembly at Larkhill High School (session 50; held out on its first run)', () => {
  const { expected, match, withArticles } = card('larkhill-school-roof-collapse', {
    url: 'https://westmoor-chronicle.example/education/larkhill-high-school-ceiling-collapse-assembly',
    title: 'Twelve pupils hurt as ceiling collapses during assembly at Larkhill school',
    siteName: 'The Westmoor Chronicle',
    published: '2032-10-06',
  });

  it('shows no dispute that was not expected, in either index', () => {
    onlyExpectedDisputes(match, expected);
    onlyExpectedDisputes(withArticles, expected);
  });

  it('disputes: "No independent inquiry has been ordered" against the education secretary ordering one, a story item (a none of a thing named in two words)', () => {
    const hit = withClaim(match, 'ordered an independent inquiry into the collapse').find((c) => c.relation.label === 'disputes');
    expect(hit).toBeDefined();
    expect(hit!.pageSentence?.text).toContain('No independent inquiry has been ordered');
  });

  it('figure rows: pupils taken to hospital and the repair\'s cost (its gerund on both sides); never the 2027 roll of 960 beside 2032\'s 1,140', () => {
    oneRow(match, '|child:hospitalised|', [12, 19], 12);
    oneRow(match, '|£:cost:repair|', [4200000, 9800000], 4200000);
    // session 52: "about 180 Year 7 pupils … in the hall" against "More than 260 pupils were in the hall" (a floor that
    // rules the page's count out, one shared word in an article the card reads)
    oneTwinRow(match, '|pupil|', [180, 260], 180);
    rowsAreOneThing(match);
    trapsHold(match, expected);
    trapsHold(withArticles, expected);
  });
});

describe('blind subject: an island ferry freezes fares and cuts winter sailings at Corran (session 50; held out on its first run)', () => {
  const { expected, match, withArticles } = card('corran-ferry-fare-freeze', {
    url: 'https://western-packet.example/islands/corran-ferry-fares-frozen-winter-sailings-cut',
    title: 'Corran ferry fares frozen for another year as winter sailings are cut',
    siteName: 'The Western Packet',
    published: '2031-02-12',
  });

  it('shows no dispute that was not expected, in either index', () => {
    onlyExpectedDisputes(match, expected);
    onlyExpectedDisputes(withArticles, expected);
  });

  it('disputes: "had not been fined over cancelled sailings" against the council fining the operator, a sentence denying the act answering it over the closer lead', () => {
    const hit = withClaim(match, 'Corran Island Council fined the operator £145,000').find((c) => c.relation.label === 'disputes');
    expect(hit).toBeDefined();
    expect(hit!.pageSentence?.text).toContain('the company had not been fined over cancelled sailings');
    // the 2027 article's identical sentence is no agreement of this page's
    expect(withClaim(match, 'The council said the company had not been fined').filter((c) => c.relation.label === 'agrees')).toEqual([]);
  });

  it('no figure row pairs the 2027 fares, subsidy or sailings with 2031\'s', () => {
    rowsAreOneThing(match);
    trapsHold(match, expected);
    trapsHold(withArticles, expected);
  });
});

describe('blind subject: a substation fire cuts power to 41,000 customers in Ravensholt (session 51; held out on its first run)', () => {
  const { expected, match, withArticles } = card('ravensholt-substation-blackout', {
    url: 'https://wendmoor-gazette.example/news/ravensholt-kiln-lane-substation-fire-power-cut',
    title: 'Fire at Ravensholt substation leaves 41,000 homes and businesses without power',
    siteName: 'The Wendmoor Gazette',
    published: '2031-11-11',
  });

  it('shows no dispute that was not expected, in either index', () => {
    onlyExpectedDisputes(match, expected);
    onlyExpectedDisputes(withArticles, expected);
  });

  it('agrees: the wire copy "were left without power" states the page\'s "lost power" (no negation apart)', () => {
    agrees(match, 'About 41,000 homes and businesses in Ravensholt were left without power', 'About 41,000 homes and businesses in Ravensholt lost power');
  });

  it('no figure row pairs the 2028 fire\'s figures with 2031\'s; customers still without power at 8am on Tuesday is a row (session 52: "without power" nearest both counts)', () => {
    oneTwinRow(match, '|customer|', [6000, 9200], 6000);
    rowsAreOneThing(match);
    trapsHold(match, expected);
    trapsHold(withArticles, expected);
  });
});

describe('blind subject: a care home closes at Wrenfold, the operator\'s reasons against the council\'s (session 51; held out on its first run)', () => {
  const { expected, match, withArticles } = card('thornbury-care-home-closure', {
    url: 'https://ashendale-evening-post.example/news/wrenfold-thornbury-grange-care-home-to-close',
    title: 'Wrenfold care home to close as 46 residents told to find new homes',
    siteName: 'Ashendale Evening Post',
    published: '2032-03-05',
  });

  it('shows no dispute that was not expected, in either index', () => {
    onlyExpectedDisputes(match, expected);
    onlyExpectedDisputes(withArticles, expected);
  });

  it('disputes: the cause ruled out ("not because of the fees the council pays") against the fees given as the cause', () => {
    const hit = withClaim(match, "Thornbury Grange is closing because of Larchmere's own debts").find((c) => c.relation.label === 'disputes');
    expect(hit).toBeDefined();
    expect(hit!.pageSentence?.text).toContain('Larchmere said the home was closing because the fees paid by the council');
    expect(hit!.relation.evidence.cause).toEqual({ ruledOutBy: 'b' });
  });

  it('disputes: "rated good" against the inspection that found the home required improvement', () => {
    const hit = withClaim(match, 'the Care Standards Commission found that Thornbury Grange required improvement').find((c) => c.relation.label === 'disputes');
    expect(hit).toBeDefined();
    expect(hit!.pageSentence?.text).toContain('had been rated good at its most recent inspection');
  });

  it('figure rows: the weekly fee the council pays for each resident, £780 and £865; never the 2028 £610 beside them', () => {
    oneRow(match, '|£:paid:per-week|', [780, 865], 780);
    rowsAreOneThing(match);
    trapsHold(match, expected);
    trapsHold(withArticles, expected);
  });
});

describe('blind subject: toxic algae closes Drumlow Reservoir (session 51; held out on its first run)', () => {
  const { expected, match, withArticles } = card('drumlow-reservoir-algae', {
    url: 'https://northmoor-echo.example/news/drumlow-reservoir-toxic-algae-dog-dies-swimming-ban',
    title: 'Dog dies as toxic algae closes Drumlow Reservoir to swimmers and boats',
    siteName: 'The Northmoor Echo',
    published: '2032-08-11',
  });

  it('shows no dispute that was not expected, in either index', () => {
    onlyExpectedDisputes(match, expected);
    onlyExpectedDisputes(withArticles, expected);
  });

  it('disputes: a reopening on Monday 23 August against "must stay closed … until at least Monday 20 September" (never an agreement)', () => {
    const items = withClaim(match, 'must stay closed to swimmers and boats until at least Monday 20 September');
    expect(items.find((c) => c.relation.label === 'disputes')?.pageSentence?.text).toContain('would reopen to swimmers and boats on Monday 23 August');
    never(match, 'must stay closed to swimmers and boats until at least Monday 20 September', 'agrees');
  });

  it('figure rows: never the bloom\'s 25 hectares on Monday beside its 60 hectares on Thursday, nor the 2029 figures', () => {
    rowsAreOneThing(match);
    trapsHold(match, expected);
    trapsHold(withArticles, expected);
  });
});

describe('blind subject: a data centre approved on farmland at Ostwick (session 51; held out on its first run)', () => {
  const { expected, match, withArticles } = card('ostwick-data-centre-approval', {
    url: 'https://eastmarch-gazette.example/news/ostwick-data-centre-approved-hatherley-farm',
    title: "Ostwick data centre approved on farmland despite residents' protests",
    siteName: 'The Eastmarch Gazette',
    published: '2031-12-03',
  });

  it('shows no dispute that was not expected, in either index', () => {
    onlyExpectedDisputes(match, expected);
    onlyExpectedDisputes(withArticles, expected);
  });

  it('no figure row pairs the 2028 approval\'s figures with 2031\'s; the daily water use is a row (session 52: a lead figure with a subject, compared with the articles the card reads)', () => {
    oneRow(match, '|litre:water|', [150000, 900000], 150000);
    rowsAreOneThing(match);
    trapsHold(match, expected);
    trapsHold(withArticles, expected);
  });
});
