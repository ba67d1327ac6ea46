// A claim that takes no side of its own (session 53: a held-out pair showed each of these agreeing with the page's report
// of the same party): one its outlet rejects in the next sentence, a party's public line, and one set against the time a
// party gave. Fresh subject of our own: a ferry terminal flooded by a storm.
import { describe, expect, it } from 'vitest';
import { outletStoryItems } from './outlet-story';

const articles = [
  [
    'Port Wenlow Echo',
    [
      'The Port Wenlow ferry terminal was flooded on Saturday night when a storm surge overtopped the harbour wall.',
      'Wenlow Ferries has told the public that sailings to Carra will resume on Tuesday. They will not.',
      'With both ramps damaged, crews say sailings to Carra will not resume for at least a fortnight.',
    ],
  ],
  [
    'Harbour Engineering Review',
    [
      'Wenlow Ferries has said publicly that a blocked drain at the Port Wenlow ferry terminal caused the flooding.',
      'Water first came over the harbour wall at the Port Wenlow ferry terminal on Saturday night, more than three hours before the time the company has given for the start of the flooding.',
      'Engineers found that the harbour wall at Port Wenlow had been lowered during repairs in 2029.',
    ],
  ],
] as const;

const story = { title: 'Port Wenlow terminal flooded', path: 'wenlow', createdAt: '2032-11-09T00:00:00.000Z', reports: articles.map(([outlet, sentences]) => ({ outlet, published: '2032-11-08', sentences })) };

const page = {
  text: [
    'The Port Wenlow ferry terminal was flooded on Saturday night after a storm surge hit the harbour, Wenlow Ferries said.',
    'Sailings to Carra will resume on Tuesday, the company said.',
    'The company said a blocked drain at the Port Wenlow ferry terminal caused the flooding.',
    'Water first came over the harbour wall at the ferry terminal at about 9.30pm on Saturday night, the company said.',
  ].join(' '),
  url: 'https://coast-courier.example/port-wenlow-terminal-flooded',
  title: 'Port Wenlow ferry terminal flooded by storm surge',
  siteName: 'Coast Courier',
  published: '2032-11-08',
};

describe('a claim that takes no side of its own is context, never an agreement', () => {
  const { items, shown: dump } = outletStoryItems(story, page);
  const labelOf = (start: string) => items.filter((c) => c.claim.text.startsWith(start)).map((c) => c.relation.label);

  it('one its outlet rejects in the next sentence ("They will not.")', () => {
    expect(labelOf('Wenlow Ferries has told the public'), dump).not.toContain('agrees');
  });

  it('a party\'s public line ("has said publicly that …")', () => {
    expect(labelOf('Wenlow Ferries has said publicly'), dump).not.toContain('agrees');
  });

  it('one set against the time a party gave ("more than three hours before the time the company has given")', () => {
    expect(labelOf('Water first came over'), dump).not.toContain('agrees');
  });

  it('what an outlet states itself still agrees ("The Port Wenlow ferry terminal was flooded on Saturday night …")', () => {
    expect(labelOf('The Port Wenlow ferry terminal was flooded'), dump).toContain('agrees');
  });
});
