// Claims on texts that have nothing to do with the seeds: nothing in the engine is seed-specific.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/utils/engine/analyze';
import { extractClaims } from '@/utils/engine/claims';
import { splitSentences } from '@/utils/engine/sentences';

const CITY_BUDGET = `Local News

City Council Approves $48 Million Budget for Riverton

By Jane Alvarez

Published: June 12, 2023

Council members in the chamber before the vote [Sam Lee/Riverton Ledger]

The Riverton City Council on Tuesday approved a $48 million budget for the coming fiscal year, including $5 million for road repairs.

"This budget keeps our streets safe and our libraries open," Mayor Linda Okafor said after the vote.

Okafor said the city would hire about 40 new police officers by the end of the year.

Council member Raj Patel, who voted against the plan, warned that property taxes could rise by 3 percent. "We are borrowing from our children," Patel said.

According to the city finance department, the budget is 6% larger than last year's.

Is this the right choice for Riverton?

Share this article

Comments (3)

Great job mayor!

Terrible, taxes will go up.`;

const VACCINE_TRIAL = `<html><head><meta property="og:site_name" content="Health Wire"><meta property="article:published_time" content="2022-11-03T08:00:00Z"></head>
<body><nav>Home | Health | Science</nav><article>
<h1>Malaria vaccine cut infections by 68% in trial</h1>
<p class="byline">By Tom Reed</p>
<p>A new malaria vaccine reduced infections by 68% among 4,800 children in a year-long trial in Kenya, researchers said on Monday.</p>
<p>&ldquo;These are the best results we have seen. We want to move fast,&rdquo; said Dr. Amina Yusuf, the trial&rsquo;s lead investigator.</p>
<p>The study, published in The Lancet, found that side effects were mild. It was funded by the World Health Organization.</p>
<p>Yusuf said that a larger trial with 20,000 participants would start in March.</p>
<p>The researchers told reporters the vaccine costs about $3 per dose.</p>
</article><footer>© Health Wire 2022</footer></body></html>`;

describe('a city budget article (plain text, invented)', () => {
  const r = analyzeArticle({ text: CITY_BUDGET, name: 'budget.txt' });
  const find = (start: string) => r.claims.find((c) => c.text.startsWith(start));

  it('metadata', () => {
    expect(r.article.title).toBe('City Council Approves $48 Million Budget for Riverton');
    expect(r.article.author).toBe('Jane Alvarez');
    expect(r.article.published).toBe('2023-06-12');
    expect(r.article.language).toBe('en');
  });

  it('no chrome, comments or captions in the body', () => {
    for (const s of ['Local News', 'Share this article', 'Comments (3)', 'Great job mayor', 'Terrible', 'Sam Lee', 'By Jane']) expect(r.article.body).not.toContain(s);
  });

  it('speakers, kinds and figures', () => {
    expect(find('"This budget keeps')).toMatchObject({ kind: 'quote', speaker: 'Mayor Linda Okafor' });
    expect(find('Okafor said the city')).toMatchObject({ kind: 'figure', speaker: 'Mayor Linda Okafor' });
    expect(find('Okafor said the city')?.figures[0]).toMatchObject({ value: 40, approx: true, unit: 'officer' });
    expect(find('Council member Raj Patel')?.speaker).toBe('Council member Raj Patel');
    expect(find('According to the city finance department')?.speaker).toBe('city finance department');
    const budget = find('The Riverton City Council on Tuesday approved');
    expect(budget?.figures.map((f) => [f.value, f.unit])).toEqual([
      [48_000_000, '$'],
      [5_000_000, '$'],
    ]);
    expect(budget?.kind).toBe('figure');
  });

  it('the question is not a claim', () => {
    expect(find('Is this the right choice')).toBeUndefined();
  });
});

describe('a vaccine trial article (HTML, invented)', () => {
  const r = analyzeArticle({ text: VACCINE_TRIAL, format: 'html', name: 'trial.html', url: 'https://healthwire.example/malaria' });
  const find = (start: string) => r.claims.find((c) => c.text.startsWith(start));

  it('metadata from HTML', () => {
    expect(r.outlet).toMatchObject({ name: 'Health Wire', id: 'health-wire', domain: 'healthwire.example' });
    expect(r.article.published).toBe('2022-11-03');
    expect(r.article.title).toBe('Malaria vaccine cut infections by 68% in trial');
    expect(r.article.author).toBe('Tom Reed');
    expect(r.article.body).not.toMatch(/Home \| Health|©|By Tom Reed/);
  });

  it('claims', () => {
    const lead = find('A new malaria vaccine');
    expect(lead).toMatchObject({ kind: 'figure', speaker: 'researchers', date: '2022-10-31' }); // "said on Monday" before 3 Nov 2022
    expect(lead?.figures.map((f) => [f.value, f.unit])).toEqual([
      [68, '%'],
      [4800, 'child'],
    ]);
    expect(lead?.figures[1].subjectKey).toBe('|child|kenya');
    expect(find('“These are the best results')).toMatchObject({ kind: 'quote', speaker: 'Dr. Amina Yusuf' });
    expect(find('Yusuf said that a larger trial')?.speaker).toBe('Dr. Amina Yusuf');
    expect(find('The study, published in The Lancet')?.speaker).toBe('study');
    expect(find('The researchers told reporters')?.figures[0]).toMatchObject({ value: 3, unit: '$', approx: true });
  });
});

describe('speaker resolution rules', () => {
  const speakers = (body: string) => {
    const claims = extractClaims(body, splitSentences(body), { articleId: 'x', outletId: 'o', published: '2024-05-02' });
    return claims.map((c) => c.speaker);
  };

  it('pronouns go to the last person quoted, "it" to the last organisation or document', () => {
    expect(
      speakers(
        'Health Minister Carla Mendes said the clinics would reopen next week. The ministry said supplies had arrived on time. "We are ready for the patients," she said. It said the budget was sufficient for the year.',
      ),
    ).toEqual(['Health Minister Carla Mendes', 'ministry', 'Health Minister Carla Mendes', 'ministry']);
  });

  it('surname and role nouns resolve to the full name given earlier', () => {
    expect(
      speakers('Independent economist Maria Lopez warned that prices would rise in the summer. Lopez said wages lag behind. The economist noted that rents rose fastest of all.'),
    ).toEqual(['Independent economist Maria Lopez', 'Independent economist Maria Lopez', 'Independent economist Maria Lopez']);
  });

  it('a name after a preposition is not the speaker; a relative clause is not the main statement', () => {
    expect(speakers('Critics of Governor Tim Walsh have claimed that the plan costs too much money.')[0]).not.toBe('Governor Tim Walsh');
    expect(speakers("Lopez's claim contradicts the view of Mayor Ann Kim, who has said that prices are stable.")[0]).toBeNull();
  });

  it('documents: "the motion" resolves to the resolution the article named', () => {
    expect(
      speakers('The city council passed a resolution banning cars downtown on Sundays. The motion declared that pollution had reached record levels in the spring.'),
    ).toEqual([null, 'city council resolution']);
  });
});

describe('HTML page without h1 or site meta', () => {
  it('takes the outlet from the <title> suffix and strips it from the headline', () => {
    const html = `<html><head><title>Dam project approved after ten-year fight | Valley Courier</title></head><body>
      <p>The regional water board approved the dam project on Friday, ending a ten-year dispute, the board chair said.</p></body></html>`;
    const r = analyzeArticle({ text: html, format: 'html' });
    expect(r.outlet.name).toBe('Valley Courier');
    expect(r.article.title).toBe('Dam project approved after ten-year fight');
  });
});

// Issue 9: a claim's date is when it was said. A date in what was said (an event, a deadline, a plan) is what the claim
// is about; only the circumstances of saying it ("told reporters in January", "in a 2019 interview") date it.
describe('a claim is dated when it was said, never by a date it refers to', () => {
  const BODY = [
    'Commuters on the Harbour Line, which transport secretary Priya Nair says will reopen at the end of June next year, face long detours.',
    "Coach Ella Brandt said Saturday's match against Dunmore was the best of the season.",
    'Minister Tom Okafor said the vote on Tuesday would be delayed by a week.',
    'Union leader Sam Reyes told members the strike will start in March if talks fail.',
    'Mayor Jane Holt told reporters in January that the bridge would reopen soon.',
    'Mayor Jane Holt said in a 2019 interview that the bridge was safe.',
    'Mayor Jane Holt said in an interview with the Harbour Gazette published on 25 March that the tolls would stay.',
    "Coach Ella Brandt said at Monday's briefing that the team was ready for the final.",
    'Union leader Sam Reyes said on Friday that members had voted to strike.',
    '"The dock will not close," harbourmaster Lena Ortiz wrote in a June 2010 e-mail to the council.',
    'The Harbour Authority wrote city councillors, saying in an Oct. 8, 2014, letter that dredging would resume.',
    '"We will not sell the ferries," Mayor Jane Holt said at a Friday press conference.',
    'Harbour analyst Omar Quinn predicted as much back in June, before the tolls were raised.',
  ].join('\n\n');
  const r = analyzeArticle({ text: BODY, format: 'text', title: 'Harbour city news roundup for the week', outlet: 'Harbour Post', url: 'https://harbour-post.example/roundup', published: '2026-10-07', name: 'roundup' });
  const dateOf = (start: string) => {
    const c = r.claims.find((x) => x.text.startsWith(start));
    expect(c, start).toBeDefined();
    return c!.date;
  };

  it('a date in the content is not the date of saying it: the article date', () => {
    expect(dateOf('Commuters on the Harbour Line')).toBe('2026-10-07'); // not June (of any year)
    expect(dateOf('Coach Ella Brandt said Saturday')).toBe('2026-10-07'); // the match was on Saturday
    expect(dateOf('Minister Tom Okafor said the vote')).toBe('2026-10-07'); // the vote is on Tuesday
    expect(dateOf('Union leader Sam Reyes told members')).toBe('2026-10-07'); // the strike starts in March
  });

  it('the circumstances of saying it date it: an audience, an occasion, an occasion with its year', () => {
    expect(dateOf('Mayor Jane Holt told reporters in January')).toBe('2026-01');
    expect(dateOf('Mayor Jane Holt said in a 2019 interview')).toBe('2019');
    expect(dateOf('Mayor Jane Holt said in an interview with the Harbour Gazette')).toBe('2026-03-25');
    expect(dateOf("Coach Ella Brandt said at Monday's briefing")).toBe('2026-10-05');
    expect(dateOf('Union leader Sam Reyes said on Friday')).toBe('2026-10-02');
    expect(dateOf('"The dock will not close,"')).toBe('2010-06'); // the date inside the occasion's name
    expect(dateOf('The Harbour Authority wrote city councillors')).toBe('2014-10-08');
    expect(dateOf('"We will not sell the ferries,"')).toBe('2026-10-02');
    expect(dateOf('Harbour analyst Omar Quinn predicted as much')).toBe('2026-06');
  });
});

describe('a claim its own outlet rejects in the next sentence (session 53)', () => {
  const claimsOf = (body: string) => extractClaims(body, splitSentences(body), { articleId: 'a', outletId: 'o', published: '2032-11-14' });

  it('keeps "That is not true." or "It will not." after a claim of its paragraph as the claim\'s rebuttal', () => {
    const body = 'The depot company has told the public that all routes will run from Monday. It will not. Drivers say a third of routes will be cut for weeks.\n\nThe council said it first heard of the cracks this week. That is not true, and we can prove it.';
    const claims = claimsOf(body);
    expect(claims.find((c) => c.text.startsWith('The depot company'))?.rebuttal).toBe('It will not.');
    expect(claims.find((c) => c.text.startsWith('The council said'))?.rebuttal).toBe('That is not true, and we can prove it.');
    expect(claims.find((c) => c.text.startsWith('Drivers say'))?.rebuttal).toBeUndefined();
  });

  it('not a sentence that says more than the rebuttal, nor one in the next paragraph', () => {
    const body = 'The company said all routes will run from Monday. It will not be easy, drivers said.\n\nThe council said the bridge was safe.\n\nThat is not true.';
    const claims = claimsOf(body);
    expect(claims.every((c) => c.rebuttal === undefined)).toBe(true);
  });

  it('a party\'s line set up in the present and answered by "But"/"However" (session 59: a held-out billing error)', () => {
    // a water company's line, not the energy supplier's
    const body = 'Harlow Water has blamed the leak on a contractor. But the contractor denied working on the main, saying its contract had ended.\n\nThe company says the main was repaired within a day. However, records show the repair took nine days.\n\nThe company said the main was repaired within a day. But residents were still without water on Friday.\n\nThe council says it will review the contract.\n\nBut the review will take months.';
    const claims = claimsOf(body);
    expect(claims.find((c) => c.text.startsWith('Harlow Water has blamed'))?.rebuttal).toMatch(/^But the contractor denied/);
    expect(claims.find((c) => c.text.startsWith('The company says'))?.rebuttal).toMatch(/^However, records show/);
    // an event reported ("said"), or a "But" in the next paragraph, is no line set up
    expect(claims.find((c) => c.text.startsWith('The company said'))?.rebuttal).toBeUndefined();
    expect(claims.find((c) => c.text.startsWith('The council says'))?.rebuttal).toBeUndefined();
  });
});

describe('a document saying what it is (session 60: held-out official statements)', () => {
  it('"This statement sets out …" and "This update explains …" are no claims; what follows them is', () => {
    const body = 'This statement sets out what the water company knows about the burst main on Castle Street and what it is doing about it.\n\nThe main burst at about 4am on Tuesday, and 1,200 homes lost their supply.\n\nThis update explains how refunds will work. Refunds will be paid within 14 days.\n\nThis statement was agreed by the board on Monday.';
    const texts = extractClaims(body, splitSentences(body), { articleId: 'a', outletId: 'o', published: '2032-11-14' }).map((c) => c.text);
    expect(texts).toEqual(['The main burst at about 4am on Tuesday, and 1,200 homes lost their supply.', 'Refunds will be paid within 14 days.', 'This statement was agreed by the board on Monday.']);
  });
});
