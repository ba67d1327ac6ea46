// A count of one event that the page gives in a lead sentence naming no topic ("More than 450 flights have been
// cancelled since Sunday") is compared with the same count in the articles the card reads, within the event's days
// (issue 9, "same event for figures"; session 23). A fresh story, not one the rules were written on: a storm closing an
// airport.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/utils/engine/analyze';
import { buildPack } from '@/utils/engine/pack';
import { buildCorpusIndex, matchPage } from '@/utils/engine/match';

/** The card of `page` against a corpus of `articles` packed at `createdAt`. */
const matchOf = (articles: Parameters<typeof buildPack>[0], createdAt: string, page: Parameters<typeof matchPage>[1]) =>
  matchPage(buildCorpusIndex(buildPack(articles, { createdAt })), page, { sensitivity: 'medium', mutedTopics: [], mutedOutlets: [] });

const article = (outlet: string, published: string, title: string, body: string[]) =>
  analyzeArticle({ text: body.join('\n\n'), format: 'text', title, outlet, url: `https://${outlet.toLowerCase().replace(/\W+/g, '-')}.example/${published}`, published, name: title });

const corpus = [
  article('Harbour Times', '2025-03-04', 'Storm Ellen shuts Dunmore Airport for a third day', [
    'Storm Ellen kept Dunmore Airport closed on Tuesday for a third day, airport director Ruth Kell said.',
    'Dunmore Airport said its runway lights had been damaged by the wind.',
    'More than 900 flights have been cancelled since Sunday, according to the pilots union.',
    'Kell said Dunmore Airport hoped to reopen on Wednesday.',
  ]),
  article('Coast Wire', '2025-03-04', 'Dunmore Airport to reopen as Storm Ellen moves north', [
    'Dunmore Airport will reopen on Wednesday as Storm Ellen moves north, airport director Ruth Kell said.',
    'Kell said crews at Dunmore Airport had cleared the runway overnight.',
    'The storm brought down power lines across the county.',
  ]),
  article('Harbour Times', '2024-02-10', 'Dunmore Airport reopens after Storm Brendan', [
    'Dunmore Airport reopened on Saturday after Storm Brendan, airport director Ruth Kell said.',
    'About 200 flights were cancelled during the storm.',
    'Kell said Dunmore Airport had lost power for six hours.',
  ]),
  // the same words of another airport and storm, in an article that never names Dunmore
  article('Valley Post', '2025-03-04', 'Lakeside field closed by snow', [
    'Snow closed Lakeside Field on Tuesday, its manager said.',
    'More than 2,000 flights have been cancelled since Sunday, the manager said.',
  ]),
];
const page = {
  url: 'https://north-ledger.example/dunmore-airport-reopens',
  title: 'Dunmore Airport to reopen Wednesday after Storm Ellen',
  siteName: 'North Ledger',
  published: '2025-03-04',
  text: [
    'Dunmore Airport to reopen Wednesday after Storm Ellen',
    'Dunmore Airport will reopen on Wednesday after Storm Ellen, airport director Ruth Kell said.',
    'More than 450 flights have been cancelled since Sunday, the airline said.',
    'Kell said crews at Dunmore Airport had cleared the runway overnight.',
  ].join('\n\n'),
};
const match = matchOf(corpus, '2025-03-05T00:00:00.000Z', page);
const rows = match.topics.flatMap((t) => t.figures).filter((r) => r.subjectKey === '|flight:cancelled|');

describe('a count of an event in the lead, compared with the articles the card reads', () => {
  it("the page's 450 cancelled flights against the union's 900 of the same storm are one row", () => {
    expect(match.topics.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(1);
    const values = rows[0]!.entries.map((e) => e.figure.value);
    expect(new Set(values)).toEqual(new Set([450, 900]));
    expect(rows[0]!.entries.some((e) => e.outletName.includes('(this page)'))).toBe(true);
  });

  it('not the last storm a year earlier, nor another airport in an article the card does not read', () => {
    const values = rows.flatMap((r) => r.entries.map((e) => e.figure.value));
    expect(values).not.toContain(200);
    expect(values).not.toContain(2000);
  });
});

// People killed, in a lead sentence naming no topic ("Four people died in the crash"), are compared with the articles
// the card reads only where those sentences name the same kind of event (session 24): an article about the pass also
// gives the road's toll of years and an older landslide's dead, which are other events.
const crashCorpus = [
  article('Corran Herald', '2026-04-10', 'Tour bus leaves the Corran Pass road', [
    'A tour bus left the road on the Corran Pass on Thursday evening, police said.',
    'Five people have died in the crash, the county coroner said.',
    'The Corran Pass road will stay closed until Saturday, police said.',
    'Some 40 people have died on the road since 2000, according to the county council.',
  ]),
  article('Pass Wire', '2026-04-10', 'Police question the Corran Pass bus driver', [
    'Police questioned the driver of the bus that left the road on the Corran Pass on Thursday.',
    'Four people were killed in the crash, police said.',
    'Three people were killed in a landslide on the road last spring.',
    'Two people were killed in a crash on the pass in 2019.',
    'The Corran Pass road reopens on Saturday, police said.',
  ]),
  // the same words of another crash, in an article that never names the pass
  article('Valley Post', '2026-04-10', 'Overturned lorry closes the M9', [
    'A lorry overturned on the M9 on Thursday, police said.',
    'Seven people died in the crash, police said.',
  ]),
];
const crashMatch = matchOf(crashCorpus, '2026-04-11T00:00:00.000Z', {
  url: 'https://north-ledger.example/corran-pass-crash',
  title: 'Corran Pass road stays shut after bus leaves the road',
  siteName: 'North Ledger',
  published: '2026-04-10',
  text: [
    'Corran Pass road stays shut after bus leaves the road',
    'The Corran Pass road will stay closed until Saturday after a tour bus left the road on Thursday, police said.',
    'Four people died in the crash.',
    'Police said the driver of the bus had been questioned on the Corran Pass.',
  ].join('\n\n'),
});
const killed = crashMatch.topics.flatMap((t) => t.figures).filter((r) => r.subjectKey.startsWith('|person:killed|'));

describe('people killed in the lead, compared where the articles name the same kind of event', () => {
  it("the page's four dead against the Herald's five and the Wire's four are one row", () => {
    expect(crashMatch.topics.length).toBeGreaterThan(0);
    expect(killed).toHaveLength(1);
    const got = killed[0]!.entries.map((e) => `${e.outletName} ${e.figure.value}`);
    expect(new Set(got)).toEqual(new Set(['North Ledger (this page) 4', 'Corran Herald 5', 'Pass Wire 4']));
  });

  it("not the road's toll since 2000, the landslide's dead, \"a crash\" of another year, nor another crash in an article the card does not read", () => {
    const values = killed.flatMap((r) => r.entries.map((e) => e.figure.value));
    for (const v of [40, 3, 2, 7]) expect(values).not.toContain(v);
  });
});

// A count of a standing thing with a place, in a lead sentence naming no topic ("The notice covers about 18,000 homes in
// Kelby"), is compared with the same count in the articles the card reads (session 52: the blind dunmere and ostwick
// subjects' households and jobs). A fresh story: a boil-water notice.
const waterCorpus = [
  article('Kelby Courier', '2027-09-14', 'Boil-water notice after Linton treatment works fault', [
    'Carrow Water issued a boil-water notice on Monday after a fault at the Linton treatment works, its operations director Jane Moffat said.',
    'The notice covers some 24,000 homes in Kelby, according to the council.',
    'Carrow Water said the Linton treatment works would be checked by Wednesday.',
  ]),
  article('Coast Wire', '2027-09-14', 'Carrow Water blames valve for Linton treatment works fault', [
    'Carrow Water said a failed valve caused the fault at the Linton treatment works, operations director Jane Moffat said.',
    'Moffat said the boil-water notice would stay in place until tests at the Linton treatment works were clear.',
  ]),
  // an article the card does not read: another story in the same town, the same count of homes
  article('Valley Post', '2027-09-13', 'Storm brings down power lines', [
    'High winds brought down lines across the county on Sunday night.',
    'About 31,000 homes in Kelby lost power overnight.',
  ]),
];
const waterMatch = matchOf(waterCorpus, '2027-09-15T00:00:00.000Z', {
  url: 'https://north-ledger.example/linton-boil-notice',
  title: 'Customers told to boil tap water after Linton fault',
  siteName: 'North Ledger',
  published: '2027-09-14',
  text: [
    'Customers told to boil tap water after Linton fault',
    'Carrow Water told customers to boil their tap water on Monday after a fault at the Linton treatment works.',
    'The notice covers about 18,000 homes in Kelby.',
    'Operations director Jane Moffat said the Linton treatment works would be checked by Wednesday.',
  ].join('\n\n'),
});
const homes = waterMatch.topics.flatMap((t) => t.figures).filter((r) => r.subjectKey.startsWith('|home|'));

describe('a count with a place in the lead, compared with the articles the card reads', () => {
  it("the page's 18,000 homes against the Courier's 24,000 in Kelby are one row, and not another story's homes", () => {
    expect(waterMatch.topics.length).toBeGreaterThan(0);
    expect(waterMatch.topics.map((t) => t.topic.label)).not.toContain('Kelby'); // the figure's sentence names no topic
    expect(homes).toHaveLength(1);
    const got = homes[0]!.entries.map((e) => `${e.outletName} ${e.figure.value}`);
    expect(new Set(got)).toEqual(new Set(['North Ledger (this page) 18000', 'Kelby Courier 24000']));
  });
});
