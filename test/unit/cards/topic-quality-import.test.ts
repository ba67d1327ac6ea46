// Imported topics are entities and issues: on a mixed import (several unrelated stories, several outlets each),
// story words become topics while words every story uses in passing ("near", "night", "bodies", "immediate"),
// calendar words ("Tuesdays") and plurals of country names ("Syrias") do not.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/utils/engine/analyze';
import { mineTopics } from '@/utils/engine/topics';

const STORIES = [
  { subject: 'meteorite', lines: ['A small meteorite struck a field near the airport on Sunday night.', 'Scientists said the meteorite left a crater about five metres deep.', 'Residents collected fragments of the meteorite and no bodies were found, police said.', 'The crater drew crowds, and officials ordered an immediate cordon around the meteorite site.'] },
  { subject: 'vaccine', lines: ['Clinics near the capital gave the new vaccine on Tuesdays and Thursdays.', 'Researchers said the vaccine cut infections sharply; supplies ran out one night.', 'Regulators asked for immediate data on the vaccine and its side effects.', 'Doctors said demand for the vaccine was growing among older patients.'] },
  { subject: 'drought', lines: ['The drought has dried rivers near the border, farmers said.', 'Wheat harvests fell as the drought deepened, and cattle bodies lay in the fields.', 'The government promised immediate drought relief on Tuesday night.', 'Farmers said the drought was the worst in forty years, unlike the Syrias of old maps.'] },
  { subject: 'stadium', lines: ['The stadium plan near the river was approved late at night.', 'Critics said the stadium would cost taxpayers millions.', 'The developer promised immediate work on the stadium roof.', 'Fans said the stadium would bring bodies of visitors to the district.'] },
  { subject: 'ferry', lines: ['A ferry sank near the harbour at night, and rescuers recovered bodies.', 'The ferry was carrying more passengers than allowed, officials said.', 'The coastguard ordered an immediate inspection of every ferry.', 'Survivors said the ferry had listed for an hour before it sank.'] },
  { subject: 'recount', lines: ['Voters queued near polling stations until night, and the recount began at dawn.', 'The commission said the recount would take a week.', 'Opposition leaders demanded an immediate recount in three districts.', 'Observers said the recount was calm and no bodies of armed men were seen.'] },
];

function corpus() {
  const analyzed = STORIES.flatMap((story, s) =>
    [0, 1, 2, 3].map((o) =>
      analyzeArticle({
        text: [0, 1, 2].map((k) => story.lines[(o + k) % 4]!).join(' '),
        title: `${story.subject} report ${o + 1}`,
        outlet: `Outlet ${String.fromCharCode(65 + o)} ${s}`,
        published: '2025-03-11',
        url: null,
        source: 'import',
        importedAt: 0,
      }),
    ),
  );
  return mineTopics(analyzed.map((a) => a.article), analyzed.flatMap((a) => a.claims), analyzed.map((a) => a.outlet));
}

describe('topics of a mixed import', () => {
  const labels = corpus().topics.map((t) => t.label.toLowerCase());
  it('story words are topics', () => {
    for (const s of STORIES) expect(labels, s.subject).toContain(s.subject);
  });
  it('passing words, calendar words and country plurals are not', () => {
    for (const junk of ['near', 'night', 'bodies', 'body', 'immediate', 'tuesdays', 'tuesday', 'syrias']) expect(labels).not.toContain(junk);
  });
});

// Link ids and headlines set in title case are not entities (FNC-1 bodies, session 11: "CRdpjPLBB8", "L01FrUFKwz",
// "Texas Turkey Farm Contaminated With Ebola" were topics); a hashtag and a name of five words still are.
describe('topics are not link ids or title-case headlines', () => {
  const lines = (o: number) => [
    `Health officials in Texas said on Monday that a turkey farm near Austin was closed after a worker fell ill, outlet ${o} reported.`,
    'Texas Turkey Farm Contaminated With Ebola, a hoax story, spread widely on Facebook pic.twitter.com/CRdpjPLBB8 before it was removed.',
    'Supporters of the BringBackOurGirls campaign shared the story as well, and the Lake Travis Rural Fire Department said there was no outbreak.',
  ];
  const analyzed = [0, 1, 2, 3].map((o) =>
    analyzeArticle({ text: lines(o).join(' '), title: `Farm rumour ${o}`, outlet: `Desk ${String.fromCharCode(65 + o)}`, published: '2025-03-11', url: null, source: 'import', importedAt: 0 }),
  );
  const labels = mineTopics(analyzed.map((a) => a.article), analyzed.flatMap((a) => a.claims), analyzed.map((a) => a.outlet)).topics.map((t) => t.label);
  it('drops the id and the headline', () => {
    expect(labels).not.toContain('CRdpjPLBB8');
    expect(labels.filter((l) => /Contaminated/.test(l))).toEqual([]);
  });
  it('control: keeps the hashtag and the five-word name', () => {
    expect(labels).toContain('BringBackOurGirls');
    expect(labels).toContain('Lake Travis Rural Fire Department');
  });
});

// People by relation and any story's material words are no subject (PO-style imports, session 15: "friends" of a
// suspect, "identity", "site", "female" were topics with cards of their own).
describe('topics are not relation or material words', () => {
  const lines = [
    'Friends of the hacker said the ransom demand came from his own laptop, and his identity was known to police.',
    'The ransom was paid at a site near the harbour, friends of the female courier told reporters.',
    'Police said the ransom note named a second site and that the identity of the female courier was protected.',
    'His friends said the ransom money has not been found; the site was searched twice.',
  ];
  const analyzed = [0, 1, 2, 3].map((o) =>
    analyzeArticle({ text: [0, 1, 2].map((k) => lines[(o + k) % 4]!).join(' '), title: `Ransom ${o}`, outlet: `Desk ${String.fromCharCode(65 + o)}`, published: '2025-03-11', url: null, source: 'import', importedAt: 0 }),
  );
  const labels = mineTopics(analyzed.map((a) => a.article), analyzed.flatMap((a) => a.claims), analyzed.map((a) => a.outlet)).topics.map((t) => t.label.toLowerCase());
  it('keeps the story word, drops the relation and material words', () => {
    expect(labels).toContain('ransom');
    for (const junk of ['friends', 'friend', 'identity', 'site', 'female']) expect(labels).not.toContain(junk);
  });
});

// Roles, verbs before "of" and adjectives before a noun are not topics (PO-style imports, session 17: "director",
// "analyst", "activists", "heard", "medical", "behalf", "miles north" were), while a noun before a noun still is
// ("the measles outbreak").
describe('topics are not roles, "heard of" or adjectives', () => {
  const STORY = [
    'The measles outbreak in Harwick has spread to four schools, the director of the clinic said.',
    'Parents had never heard of a measles case in Harwick before, an analyst said on behalf of the board.',
    'A medical team from the capital arrived in Harwick, about 40 miles north of the coast; the medical staff set up tents.',
    'Activists asked the director for a measles vaccine drive, and the analyst said the medical supplies were short.',
  ];
  const OTHER = [
    'The ferry strike in Portland entered a third day as the union rejected the offer, the director of the port said.',
    'Commuters had not heard of a ferry strike this long, an analyst said on behalf of the chamber.',
    'A medical tent at the terminal treated two commuters, about 12 miles north of the city; activists handed out water.',
    'The ferry union said the strike would go on, and the director said the medical tent would stay open.',
  ];
  const analyzed = [STORY, OTHER].flatMap((lines, s) =>
    [0, 1, 2, 3].map((o) =>
      analyzeArticle({
        text: [0, 1, 2, 3].map((k) => lines[(o + k) % 4]!).join(' '),
        title: `${s ? 'ferry' : 'measles'} report ${o + 1}`,
        outlet: `Desk ${String.fromCharCode(65 + o)} ${s}`,
        published: '2025-03-11',
        url: null,
        source: 'import',
        importedAt: 0,
      }),
    ),
  );
  const labels = mineTopics(analyzed.map((a) => a.article), analyzed.flatMap((a) => a.claims), analyzed.map((a) => a.outlet)).topics.map((t) => t.label.toLowerCase());
  it('keeps the stories', () => {
    for (const s of ['measles', 'ferry strike']) expect(labels, labels.join(', ')).toContain(s);
  });
  it('drops roles, "heard of", adjectives and measures', () => {
    for (const junk of ['director', 'analyst', 'activists', 'heard', 'medical', 'behalf', 'miles north', 'miles', 'activists handed', 'capital arrived']) expect(labels).not.toContain(junk);
  });
});
