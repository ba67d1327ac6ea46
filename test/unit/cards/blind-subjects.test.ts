// Two subjects written blind in session 21 (issue 9) — a wildfire near Marlow Falls and Halvorsen's factory automation —
// with the expected card set down before the CLI was first run (fixtures/subjects/{bramble-creek-fire,factory-automation}/
// expected.json). This pins only what the card already gets right: the agreements it shows, the traps it keeps out of
// the disputes ("denied" / "rejected" / "false" about something else, a denial that agrees, negations, a statement from
// 2021), and figure rows that never set one number beside another of a different thing. What it gets wrong or misses is
// written up, pair by pair, in fixtures/subjects/bramble-creek-fire/findings.md — no test pins a wrong label.
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
/** The subject's 2021 article: every item of it earlier context with a gap of about five years, never a stance. */
function olderArticleIsEarlierContext(m: PageMatch, pack: ReturnType<typeof card>['pack']) {
  const old = items(m).filter((c) => c.claim.articleId === pack.articles.find((a) => a.published?.startsWith('2021'))!.id);
  expect(old.length).toBeGreaterThan(0);
  for (const c of old) {
    expect(c.relation.label, c.claim.text).toBe('related');
    expect(c.timing).toMatchObject({ position: 'earlier' });
    expect(c.timing!.gapDays!).toBeGreaterThan(1800);
  }
}
/** No figure row sets one number beside a number of another unit or subject key (1,100 firefighters vs 1,100 homes). */
function rowsAreOneThing(m: PageMatch) {
  for (const t of m.topics) {
    for (const r of t.figures) {
      expect(new Set(r.entries.map((e) => e.figure.unit)).size, r.subject).toBe(1);
      for (const e of r.entries) expect(e.figure.subjectKey, r.subject).toBe(r.subjectKey);
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

  it('agrees: the order lifted on Monday, the utility spokeswoman’s quote, the cause under investigation (a copy)', () => {
    agrees(match, 'The evacuation order for Marlow Falls was lifted on Monday and residents began returning home', 'The evacuation order for Marlow Falls was lifted on Monday');
    agrees(match, '"Our line did not cause this fire.', '"Our line did not cause this fire,"');
    agrees(match, 'The cause of the fire is under investigation.', 'The cause of the fire is under investigation.');
    expect(withClaim(match, 'The cause of the fire is under investigation.')[0]!.relation.copy).toBe(true);
  });

  it('a denial and a plain "did not" of one proposition agree (context before session 21: the refuting word kept them apart)', () => {
    agrees(match, 'Northfork Electric said its line did not start the fire.', 'Northfork Electric denied that its power line started the fire.');
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

  it('no figure row pairs different things (firefighters and homes, cots and customers, containment and share prices)', () => {
    rowsAreOneThing(match);
    rowsAreOneThing(withArticles);
  });
});

describe('blind subject B: Halvorsen automates its Greyford factory', () => {
  const { expected, loaded, pack, match, withArticles } = card('factory-automation', {
    url: 'https://midland-post.example/business/halvorsen-cuts',
    title: 'Halvorsen cuts 300 jobs, says no more to come',
    siteName: 'Midland Post',
    published: '2026-10-06',
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

  it('no figure row pairs different things (300 jobs and $300 million, 200 jobs and 200 workers at the gates)', () => {
    rowsAreOneThing(match);
    rowsAreOneThing(withArticles);
  });
});
