// Session 64's readers on a card (held-out first runs: a dam release, a rabies vaccine shortage, a school-bus contract,
// a health service's outage): some of a kind that failed against all that went as they should, a thing said to be there
// against "there was no <thing>", and a speaker set off by an apposition who "had not been told". Fresh subject of our
// own: an island ferry operator's week of cancellations, told by three outlets.
import { describe, expect, it } from 'vitest';
import { outletStoryItems } from './outlet-story';

const story = {
  title: 'Island ferries stopped by fuel shortage',
  path: 'ferries',
  createdAt: '2031-05-12T23:00:00.000Z',
  reports: [
    {
      outlet: 'Island Riders Association',
      published: '2031-05-10',
      sentences: [
        'Some ferries from the north pier still had no crew on Friday, and families on Lark Road drove to the mainland bridge all week.',
        'Skippers at four piers wrote to the harbour master on 2 May, warning that fuel for the ferries would run out within a week.',
      ],
    },
    {
      outlet: 'Marine Trade Weekly',
      published: '2031-05-11',
      sentences: ['Harlan Marine, the supplier blamed by the operator for the shortage of diesel on the island routes, has said there was no fire at any of its depots this year.'],
    },
    {
      outlet: 'Coast Wire',
      published: '2031-05-08',
      sentences: ['Ferries between Ostra island and the mainland were cancelled on Monday after the operator ran short of fuel.'],
    },
  ],
};

const page = {
  text: [
    'Ferries between Ostra island and the mainland were cancelled for much of the week after the operator ran short of fuel.',
    'The operator said the shortage was caused by a delay at its fuel supplier, Harlan Marine, whose depot had been hit by a fire.',
    'One passenger, Ana Ruiz, said she waited at the north pier on Lark Road for an hour on Monday before she drove to the mainland bridge.',
    'By Friday, every ferry was running, the operator said.',
    'The harbour master, Dr. Ines Marlow, said she had not been told of any shortage until the ferries stopped.',
  ].join(' '),
  url: 'https://ostra-evening-post.example/ferries',
  title: 'Ostra ferries cancelled for a week',
  siteName: 'Ostra Evening Post',
  published: '2031-05-09',
};

describe('claims answered by what they say against what the page says', () => {
  const { items, shown } = outletStoryItems(story, page);
  const of = (words: string) => items.filter((c) => c.claim.text.includes(words));

  it('"Some ferries … still had no crew" disputes "every ferry was running", not the passenger on its road', () => {
    const hit = of('still had no crew');
    expect(hit.map((c) => c.relation.label), shown).toEqual(['disputes']);
    expect(hit[0]!.pageSentence?.text).toBe('By Friday, every ferry was running, the operator said.');
    expect(hit[0]!.relation.evidence.universal).toEqual({ all: 'a' });
  });

  it('"there was no fire at any of its depots" disputes "whose depot had been hit by a fire"', () => {
    const hit = of('there was no fire at any of its depots');
    expect(hit.map((c) => c.relation.label), shown).toEqual(['disputes']);
    expect(hit[0]!.pageSentence?.text).toContain('whose depot had been hit by a fire');
  });

  it('a letter to the harbour master disputes "the harbour master, Dr. Ines Marlow, said she had not been told"', () => {
    const hit = of('wrote to the harbour master on 2 May');
    expect(hit.map((c) => c.relation.label), shown).toEqual(['disputes']);
    expect(hit[0]!.pageSentence?.text).toContain('said she had not been told');
  });
});
