// Claims answered by the page sentence that reads the same question, however much closer a sentence sharing their names
// is, and receivers a page names once and calls by what they are after (session 63, held-out subjects' first runs: a
// rail operator's replacement buses "on all four affected lines" / "on just two of the four lines"; a county's 911
// outage "began at about 1:40 a.m." in wire copy; "the company said it had no warning" / "We wrote to Orlanmoor Metro").
// Fresh subject of our own: a tram operator's morning of cancellations, told by three outlets.
import { describe, expect, it } from 'vitest';
import { outletStoryItems } from './outlet-story';

const story = {
  title: 'Tram network stopped by power fault',
  path: 'trams',
  createdAt: '2031-05-08T23:00:00.000Z',
  reports: [
    {
      outlet: 'Calder Wire',
      published: '2031-05-07',
      sentences: [
        'The power fault began at about 6:20 a.m., officials said, and trams stopped between stations across the city.',
        'Calder Trams carries about 90,000 passengers a day on its Northern, Riverside, Docks and Airport lines.',
      ],
    },
    {
      outlet: 'Tram Users Group',
      published: '2031-05-08',
      sentences: [
        'Before 9am, shuttle buses were running on just two of the four lines, the Northern and the Docks, and passengers on the Riverside and Airport lines were left waiting.',
        'Our members wrote to Calder Trams on 3 March warning that the substation feeding the Riverside line was overheating.',
      ],
    },
    {
      outlet: 'Light Rail Review',
      published: '2031-05-09',
      sentences: ['Calder Trams is two years into a $90 million program to renew the power supply on the Northern, Riverside, Docks and Airport lines.'],
    },
  ],
};

const page = {
  text: [
    'Trams across Calder stopped on Wednesday morning after a power fault, leaving thousands of commuters stranded.',
    'Calder Trams said 140 services had been cancelled.',
    'The power fault began at about 6:20 a.m., when a substation on the Riverside line tripped, the company said.',
    'The Northern, Riverside, Docks and Airport lines were all affected, and the Airport line was the last to reopen.',
    'Shuttle buses ran on all four affected lines from 7am, the company said.',
    'The company said it had no warning that the substation was at risk.',
  ].join(' '),
  url: 'https://calder-evening-post.example/trams',
  title: 'Power fault stops Calder trams',
  siteName: 'Calder Evening Post',
  published: '2031-05-07',
};

describe('a claim answered by the sentence that reads the same question', () => {
  const { items, shown } = outletStoryItems(story, page);
  const of = (words: string) => items.filter((c) => c.claim.text.includes(words));

  it('"two of the four lines" disputes "on all four affected lines", not the sentence naming the four lines', () => {
    const hit = of('just two of the four lines');
    expect(hit.map((c) => c.relation.label), shown).toEqual(['disputes']);
    expect(hit[0]!.pageSentence?.text).toBe('Shuttle buses ran on all four affected lines from 7am, the company said.');
    expect(hit[0]!.relation.evidence.universal).toEqual({ all: 'a' });
  });

  it('"began at about 6:20 a.m." in wire copy agrees with the sentence giving that time', () => {
    const hit = of('began at about 6:20 a.m.');
    expect(hit.map((c) => c.relation.label), shown).toEqual(['agrees']);
    expect(hit[0]!.pageSentence?.text).toContain('began at about 6:20 a.m.');
  });

  it('"the company said it had no warning" is disputed by a letter to the company the page names "Calder Trams"', () => {
    const hit = of('wrote to Calder Trams on 3 March');
    expect(hit.map((c) => c.relation.label), shown).toEqual(['disputes']);
    expect(hit[0]!.pageSentence?.text).toBe('The company said it had no warning that the substation was at risk.');
  });
});

describe('an open question in a clause coordinated after a statement leaves the statement standing', () => {
  const harbour = {
    title: 'Harbour wall breached',
    path: 'harbour',
    createdAt: '2031-11-12T23:00:00.000Z',
    reports: [
      {
        outlet: 'Coast Radio',
        published: '2031-11-11',
        sentences: ['The harbourmaster, Ewan Strachan, said on Tuesday that the Linmouth marina would not reopen next spring, and that the council would have to decide whether it could be saved at all.'],
      },
      { outlet: 'Harbour Trade News', published: '2031-11-11', sentences: ['Storm waves breached the harbour wall at Linmouth on Saturday night, flooding the marina.'] },
    ],
  };
  const page = {
    text: ['Storm waves breached the harbour wall at Linmouth on Saturday night, the council said.', 'The Linmouth marina will reopen next spring, the council said.'].join(' '),
    url: 'https://linmouth-news.example/harbour',
    title: 'Harbour wall breached at Linmouth',
    siteName: 'Linmouth News',
    published: '2031-11-10',
  };
  it('"would not reopen next spring, and … decide whether it could be saved" disputes "will reopen next spring"', () => {
    const { items, shown } = outletStoryItems(harbour, page);
    const hit = items.filter((c) => c.claim.text.includes('would not reopen next spring'));
    expect(hit.map((c) => c.relation.label), shown).toEqual(['disputes']);
    expect(hit[0]!.pageSentence?.text).toBe('The Linmouth marina will reopen next spring, the council said.');
  });
});

describe('a claim naming the blame the page gives, to set something against it, is no agreement', () => {
  const blackout = {
    title: 'Blackout at Corley',
    path: 'blackout',
    createdAt: '2032-03-12T23:00:00.000Z',
    reports: [
      {
        outlet: 'Grid Trade Weekly',
        published: '2032-03-11',
        sentences: ["The storage upgrade that Corley Power has blamed for the blackout had been postponed to April and was not carried out that night, according to two people familiar with Ardent Systems' work schedule."],
      },
      { outlet: 'Corley Wire', published: '2032-03-10', sentences: ['About 40,000 homes in Corley lost power on Tuesday night.', 'Corley Power restored supply to every home by Wednesday morning.'] },
      { outlet: 'Energy Ledger', published: '2032-03-11', sentences: ["Ardent Systems has supplied the grid's control software to Corley Power since 2029.", 'Corley Power said the blackout lasted about nine hours.'] },
    ],
  };
  const page = {
    text: [
      'About 40,000 homes in Corley lost power on Tuesday night, Corley Power said.',
      "Corley Power said the blackout was caused by a failed upgrade to the system's data storage, carried out overnight by its technology supplier, Ardent Systems, and not by a cyber attack.",
    ].join(' '),
    url: 'https://corley-post.example/blackout',
    title: 'Blackout at Corley',
    siteName: 'Corley Post',
    published: '2032-03-10',
  };
  it('"The storage upgrade that Corley Power has blamed … was not carried out that night" does not agree', () => {
    const { items, shown } = outletStoryItems(blackout, page);
    const hit = items.filter((c) => c.claim.text.includes('has blamed for the blackout'));
    expect(hit.length, shown).toBe(1);
    expect(hit[0]!.relation.label, shown).not.toBe('agrees');
  });
});
