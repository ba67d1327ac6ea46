// Masthead lines (bylines, datelines, "Published … by …" lines): outlet, author and date are read from them,
// and they leave the body, so they never become claims or topics.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText, parseMetaLine, splitDateline, type MetaLine } from '@/utils/engine/clean';
import { detectAuthor, detectDateLine, detectOutlets } from '@/utils/engine/metadata';
import { analyzeArticle } from '@/utils/engine/analyze';
import { spotEntities } from '@/utils/engine/text';
import { mineTopics } from '@/utils/engine/topics';
import type { Article, Claim } from '@/utils/engine/types';

const MIXED = join(__dirname, '../../fixtures/import/mixed');
const LEAD =
  'The city council approved the new budget on Tuesday after a long debate, and officials said the plan would fund road repairs, two new libraries and more buses across the northern districts.';

describe('parseMetaLine: masthead shapes', () => {
  const cases: [string, Partial<MetaLine>][] = [
    ['By Lena Okafor / Harbor City Ledger, 3 March 2025', { author: 'Lena Okafor', outlet: 'Harbor City Ledger', date: '2025-03-03' }],
    ['Plains Farm Weekly — 14 July 2024', { author: null, outlet: 'Plains Farm Weekly', date: '2024-07-14' }],
    ['*Published 2 September 2024 by Green Valley Courier · Author: Tomasz Nowak*', { author: 'Tomasz Nowak', outlet: 'Green Valley Courier', date: '2024-09-02', dateKind: 'published' }],
    ['Published: March 3, 2025', { author: null, outlet: null, date: '2025-03-03', dateKind: 'published' }],
    ['Updated 14:05 GMT, 3 March 2025', { author: null, outlet: null, date: '2025-03-03', dateKind: 'updated' }],
    ['By Jane Roe, Reuters', { author: 'Jane Roe', outlet: null, agency: 'Reuters' }],
    ['Harbor City Ledger, 3 March 2025', { outlet: 'Harbor City Ledger', date: '2025-03-03' }],
    ['By Jane Roe, Staff Writer, Evening Post', { author: 'Jane Roe', outlet: 'Evening Post' }],
    ['By Lena Okafor for The Harbor City Ledger', { author: 'Lena Okafor', outlet: 'The Harbor City Ledger' }],
    ['Updated 3 May 2024 | Published 2 May 2024', { date: '2024-05-02', dateKind: 'published' }],
    ['Published 2 September 2024 by Jane Doe', { author: 'Jane Doe', outlet: null, date: '2024-09-02' }],
    ['BAGHDAD, 3 March 2025', { outlet: null, place: 'BAGHDAD', date: '2025-03-03' }],
    ['Source: Example Times', { outlet: 'Example Times' }],
    // a lower-case "to" inside a name, and joiners not counted as words (a blind subject's byline, session 24)
    ["Diners' Right to Know, 16 October 2026", { author: null, outlet: "Diners' Right to Know", date: '2026-10-16' }],
    // an organisation's long name ends in what it is (session 33: a blind subject's residents' group read as no outlet, undated)
    ["Drennick Hill Residents' Action Group, 19 November 2026", { author: null, outlet: "Drennick Hill Residents' Action Group", date: '2026-11-19' }],
    ['North Valley Rail Users Association — 4 June 2025', { outlet: 'North Valley Rail Users Association', date: '2025-06-04' }],
    // a branch in parentheses after an organisation's name (session 48: a blind subject's union was undated)
    ['Lecturers and Academic Staff Union (Calder branch), 8 February 2031', { outlet: 'Lecturers and Academic Staff Union (Calder branch)', date: '2031-02-08' }],
    ['By Jodie Farrant, Regional Organiser', { author: 'Jodie Farrant', outlet: null }],
    // session 50: two blind subjects' statements were undated, their outlet a title: an organisation that says what it is
    // before whom it is of, and one ending in "Forum"
    ['Union of Teaching and School Staff, 8 October 2032', { author: null, outlet: 'Union of Teaching and School Staff', date: '2032-10-08' }],
    ['Royal College of Nursing — 3 March 2031', { outlet: 'Royal College of Nursing', date: '2031-03-03' }],
    ["Corran Ferry Users' Forum, 14 February 2031", { author: null, outlet: "Corran Ferry Users' Forum", date: '2031-02-14' }],
    // session 55: a blind subject's rescue team statement was undated (its long name ends in what it is)
    ['Kelder Valley Mountain Rescue Team, 3 April 2030', { author: null, outlet: 'Kelder Valley Mountain Rescue Team', date: '2030-04-03' }],
    ['West Hallam Fire and Rescue Service — 9 May 2031', { outlet: 'West Hallam Fire and Rescue Service', date: '2031-05-09' }],
    // session 57: a blind subject's union local was no outlet and undated (a numbered branch after what it is)
    ['Harbour and Dock Workers Union Local 88, December 6, 2033', { author: null, outlet: 'Harbour and Dock Workers Union Local 88', date: '2033-12-06' }],
    // … and a state regulator's statement (an office that says what it is before what it is of)
    ['State Bureau of Boiler and Pressure Safety, December 7, 2033', { author: null, outlet: 'State Bureau of Boiler and Pressure Safety', date: '2033-12-07' }],
    // session 58: a school district's statement and a trade newsletter were unknown outlets, undated (a district is a
    // body that publishes; a "Report" is a masthead word)
    ['Corbin Valley Unified School District, March 4, 2032', { author: null, outlet: 'Corbin Valley Unified School District', date: '2032-03-04' }],
    ['Municipal Fleet Safety Report, March 9, 2032', { author: null, outlet: 'Municipal Fleet Safety Report', date: '2032-03-09' }],
    // … and a transit agency's ("Regional Transit")
    ['Harlan Bay Regional Transit, 12 May 2032', { author: null, outlet: 'Harlan Bay Regional Transit', date: '2032-05-12' }],
    // session 60: a blind subject's parents' group was an unknown outlet, undated (whose campaign it is, and for what)
    ['Bramwell County Parents for Safe Crossings, 4 March 2033', { author: null, outlet: 'Bramwell County Parents for Safe Crossings', date: '2033-03-04' }],
    ['Mothers Against Drunk Driving, 3 May 2030', { author: null, outlet: 'Mothers Against Drunk Driving', date: '2030-05-03' }],
  ];
  it.each(cases)('%s', (line, expected) => {
    expect(parseMetaLine(line)).toMatchObject(expected);
  });

  it.each([
    'By the end of 2024, prices rose.',
    'By March 2025, the bridge will reopen',
    'Harbor City to close Eastgate Bridge for 14 months of repairs',
    // a Title Case headline with a campaign's words is still a headline
    'Storm Parents For Clean Air Hits Coast, 14 July 2024',
    'Parents for Clean Air Win Big Court Battle, 3 May 2030',
    'The council met on 3 March 2025 to vote.',
    '14 July 2024: the day the rain stopped',
    'Why it matters',
    'Iraq News',
    'Harbor City Ledger',
    'Storm Batters Northern Coast Towns — 14 July 2024',
    'Storm Batters Northern Coast Towns Again — 14 July 2024',
    'Storm Of The Century Hits Coast — 14 July 2024',
    '"We will rebuild," the mayor said on 3 March 2025.',
    'The project cost $95 million, partly paid by a federal clean-energy grant.',
    'In 2024',
    'Washington (AP), 3 March 2025',
  ])('not a masthead line: %s', (line) => expect(parseMetaLine(line)).toBeNull());
});

describe('splitDateline: wire datelines opening the lead', () => {
  it.each([
    ['WASHINGTON (AP) — The Senate voted on Tuesday.', { prefix: 'WASHINGTON (AP) — ', place: 'WASHINGTON', agency: 'AP', outlet: null }],
    ['(Reuters) - Oil prices rose on Monday.', { prefix: '(Reuters) - ', place: null, agency: 'Reuters' }],
    ['WASHINGTON, March 3 (Reuters) - The US said', { place: 'WASHINGTON', agency: 'Reuters' }],
    ['BAGHDAD (Shafaq News) - Iraqi forces said', { agency: null, outlet: 'Shafaq News' }],
    ['KYIV, Ukraine — Russian forces shelled the city', { place: 'KYIV', agency: null }],
    ['Mosul (AFP) - Officials said', { place: 'Mosul', agency: 'AFP' }],
  ] as const)('%s', (text, expected) => expect(splitDateline(text)).toMatchObject(expected));

  it.each([
    'The Islamic State (IS) - a group that once held Mosul',
    'ISIS (IS) — The group',
    'US — Iran talks resumed in Oman',
    'NATO — The alliance said',
    'Officials in Mosul (AFP) - said',
    'The council (which met Monday) - voted',
  ])('not a dateline: %s', (text) => expect(splitDateline(text)).toBeNull());
});

describe('the mixed import fixtures get outlet, date and author', () => {
  const cases: [file: string, format: 'text' | 'md', outlet: string, date: string, author: string | null, masthead: RegExp][] = [
    ['solar-grid-storage.md', 'md', 'Green Valley Courier', '2024-09-02', 'Tomasz Nowak', /Published|Author:|Tomasz Nowak/],
    ['drought-wheat-harvest.txt', 'text', 'Plains Farm Weekly', '2024-07-14', null, /Plains Farm Weekly/],
    ['harbor-bridge-repairs.txt', 'text', 'Harbor City Ledger', '2025-03-03', 'Lena Okafor', /Lena Okafor|Harbor City Ledger/],
  ];
  it.each(cases)('%s → %s, %s', (file, format, outlet, date, author, masthead) => {
    const r = analyzeArticle({ text: readFileSync(join(MIXED, file), 'utf8'), format, name: file });
    expect(r.outlet.name).toBe(outlet);
    expect(r.article.published).toBe(date);
    expect(r.article.author).toBe(author);
    expect(r.problems.join(' ')).not.toMatch(/outlet unknown|no date found/);
    // the masthead left the body: no claim and no entity comes from it
    expect(r.article.body).not.toMatch(masthead);
    for (const c of r.claims) expect(c.text).not.toMatch(masthead);
    const names = spotEntities(r.article.body).map((m) => m.text);
    expect(names).not.toContain('Author');
    expect(names).not.toContain(outlet);
  });
});

describe('detection from masthead lines in a page', () => {
  it("a writer's title on the byline and the organisation with its branch on the next line", () => {
    const page = `What the university is not telling you\n\nBy Dr Colin Merriman, Branch Secretary\nLecturers and Academic Staff Union (Calder branch), 8 February 2031\n\n${LEAD}`;
    expect(detectOutlets(page)[0]).toMatchObject({ name: 'Lecturers and Academic Staff Union (Calder branch)' });
    expect(detectOutlets(page).map((c) => c.name)).not.toContain('Branch Secretary');
    expect(detectAuthor(page)).toBe('Dr Colin Merriman');
    expect(detectDateLine(page)?.date).toBe('2031-02-08');
  });

  // session 63: a regulator, a campaign group and a county's emergency service of two held-out subjects were "Unknown
  // outlet", undated (a desk or a title in lower case on the byline; "Office of the …", "Friends of …", "… Services")
  it('a desk or a lower-case title on the byline, and an organisation named "Office of the …", "Friends of …" or "… Services"', () => {
    const cases: [string, string, string, string | null][] = [
      ['By Media unit', 'Office of the Water Safety Regulator', '2033-05-12', 'Media unit'],
      ['By Maria Ostrow, chair', 'Friends of Dunmore Lighthouse', '2032-09-03', 'Maria Ostrow'],
      ['By Office of the Fire Chief', 'Harlow County Fire and Emergency Services', '2031-01-17', 'Office of the Fire Chief'],
      ['By Dana Kowalczyk, president', 'United Transit Bus Workers Local 512', '2035-09-02', 'Dana Kowalczyk'],
    ];
    for (const [byline, outlet, date, author] of cases) {
      const [y, m, d] = date.split('-');
      const month = new Date(`${date}T00:00:00Z`).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
      const page = `Statement on the closure\n\n${byline}\n${outlet}, ${Number(d)} ${month} ${y}\n\n${LEAD}`;
      expect(detectOutlets(page)[0], outlet).toMatchObject({ name: outlet });
      expect(detectDateLine(page)?.date, outlet).toBe(`${y}-${m}-${d}`);
      expect(detectAuthor(page), outlet).toBe(author);
    }
    // still no masthead: a sentence naming such a body, or a lower-case word after a "by" that is no name
    expect(parseMetaLine('Friends of the Earth said on Monday')).toBeNull();
    expect(parseMetaLine('By the way, chair')).toBeNull();
  });

  it('byline with outlet and date, on one line or two', () => {
    const one = `Bridge to close for repairs\n\nBy Lena Okafor / Harbor City Ledger, 3 March 2025\n\n${LEAD}`;
    expect(detectOutlets(one)[0]).toMatchObject({ name: 'Harbor City Ledger' });
    expect(detectAuthor(one)).toBe('Lena Okafor');
    expect(detectDateLine(one)?.date).toBe('2025-03-03');
  });

  it('a publication date beats an update date, whichever comes first', () => {
    expect(detectDateLine(`Headline here\nUpdated 14:05 GMT, 3 March 2025\nPublished: March 1, 2025\n${LEAD}`)?.date).toBe('2025-03-01');
    expect(detectDateLine(`Headline here\nUpdated 14:05 GMT, 3 March 2025\n${LEAD}`)?.date).toBe('2025-03-03');
  });

  it('a wire agency is the outlet only when nothing else names one, and sorts last', () => {
    expect(detectOutlets(`By Jane Roe, Reuters\n\n${LEAD}`)[0]).toMatchObject({ name: 'Reuters', agency: true });
    const both = detectOutlets(`Example Times — 3 March 2025\n\nWASHINGTON (AP) — ${LEAD}`);
    expect(both.map((c) => [c.name, !!c.agency])).toEqual([
      ['Example Times', false],
      ['AP', true],
    ]);
  });

  it('analyzeArticle: the agency becomes a note on the outlet when another outlet is named, and the dateline leaves the body', () => {
    const r = analyzeArticle({ text: `Council passes budget\n\nExample Times — 3 March 2025\n\nWASHINGTON (AP) — ${LEAD}\n\n${LEAD}` });
    expect(r.outlet.name).toBe('Example Times');
    expect(r.outlet.notes.map((n) => n.value)).toContain('wire copy credited to AP');
    expect(r.article.published).toBe('2025-03-03');
    expect(r.article.body.startsWith('The city council approved')).toBe(true);
    for (const c of r.claims) expect(c.text).not.toMatch(/WASHINGTON|\(AP\)/);
    const wire = analyzeArticle({ text: `Oil prices climb\n\n(Reuters) - ${LEAD}` });
    expect(wire.outlet.name).toBe('Reuters');
    expect(wire.article.body.startsWith('The city council approved')).toBe(true);
  });

  it('cleanText records what it removed and why', () => {
    const r = cleanText(`Council passes budget\n\nBy Jane Roe / Example Times, 3 March 2025\nUpdated 14:05 GMT, 3 March 2025\n\n(Reuters) - ${LEAD}`);
    expect(r.removedReasons).toEqual(['title', 'byline', 'date', 'dateline']);
    expect(r.removed).toContain('(Reuters) -');
    expect(r.body).toBe(LEAD);
  });
});

describe('field labels are never names or topics', () => {
  it.each(['Author: Tomasz Nowak', 'Photo: Jane Doe', 'Updated: yesterday', 'Published on the website', 'Photo Credit: Jane Doe'])('%s', (line) => {
    const labels = spotEntities(`${line}\n${LEAD}`).map((m) => m.text);
    for (const l of ['Author', 'Photo', 'Updated', 'Published', 'Photo Credit']) expect(labels).not.toContain(l);
  });

  it('mineTopics over bodies that still carry field labels finds no "Author" / "Photo" topic', () => {
    const bodies = [
      'Author: Jane Doe\nThe Springfield Water Authority raised water prices again this spring. Photo: John Roe',
      'Author: Mary Major\nThe Springfield Water Authority said the price rise pays for new pipes. Photo: Ann Lee',
      'Published: 3 March 2025\nAuthor: Tom Poe\nThe Springfield Water Authority will review the prices. Photo: Bo Ek',
    ];
    const articles = bodies.map((body, i): Article => ({
      id: `a${i}`, outletId: `o${i}`, title: '', url: null, published: null, author: null, language: 'en', body, source: 'import', importedAt: 0, problems: [],
    }));
    const claims = articles.map((a): Claim => ({
      id: `${a.id}:0`, articleId: a.id, outletId: a.outletId, text: a.body, start: 0, end: a.body.length, speaker: null, kind: 'assertion', topics: [], figures: [], date: null,
    }));
    const labels = mineTopics(articles, claims).topics.map((t) => t.label.toLowerCase());
    expect(labels).toContain('springfield water authority');
    for (const l of ['author', 'photo', 'published']) expect(labels).not.toContain(l);
  });
});
