// A story item answering a page's none of a thing it names in two words or more (session 50: a held-out subject's "No
// independent inquiry has been ordered" against "The education secretary … ordered an independent inquiry into the
// collapse late on Tuesday, …"; the claim names none of the page's shown topics and few of its words are the page
// sentence's, its article is of the page's story). Before, only a none of an act a noun names ("no arrests") reached
// story claims that way. Fresh subject of our own: a bus depot fire reported by three outlets. In a corpus this small the
// claim also reaches the card by the words it shares, so this pins the reading and its limit; the larkhill pin in
// blind-subjects.test.ts is the card only the new rule reaches.
import { describe, expect, it } from 'vitest';
import { outletStoryItems } from './outlet-story';

const articles = [
  [
    'Calder Valley Gazette',
    [
      'Fire crews spent six hours tackling a blaze at the Brookside bus depot in Holme on Tuesday night.',
      'Eleven buses were destroyed in the Brookside depot fire, Holme Transit said.',
      'Holme Transit said services from the Brookside depot would run from Wednesday with hired buses.',
    ],
  ],
  [
    'Northern Wire',
    [
      'Eleven buses were destroyed in a fire at the Brookside bus depot in Holme on Tuesday night, Holme Transit said.',
      'The transport minister, Alan Reid, ordered an independent review late on Wednesday, saying commuters, drivers and families across the Calder region deserved straight answers about sprinklers, smoke alarms and overnight staffing.',
      'Reid said a former chief fire officer would lead it and report before the summer.',
    ],
  ],
  [
    'Holme Riders Group',
    [
      'Passengers said hired buses on the Brookside routes ran late on Wednesday morning.',
      'The group said it had found the case of the missing fire alarm logs bizarre.',
    ],
  ],
] as const;

const story = { title: 'Brookside bus depot fire', path: 'depot', createdAt: '2031-05-08T23:00:00.000Z', reports: articles.map(([outlet, sentences]) => ({ outlet, published: '2031-05-08', sentences })) };

const page = {
  text: [
    'Eleven buses were destroyed when fire swept through the Brookside bus depot in Holme on Tuesday night.',
    'Holme Transit said services from the Brookside depot would run from Wednesday with hired buses.',
    'No independent review has been ordered, and Holme Transit said its own engineers would look into the cause.',
    'No documented cases of arson at the Brookside depot have been found, fire officers said.',
  ].join(' '),
  url: 'https://holme-courier.example/brookside-depot-fire',
  title: 'Eleven buses destroyed in Brookside depot fire',
  siteName: 'Holme Courier',
  published: '2031-05-09',
};

describe('a story item answering a none of a thing named in two words', () => {
  const { items, shown: dump } = outletStoryItems(story, page);

  it('"ordered an independent review" disputes "No independent review has been ordered"', () => {
    const hit = items.filter((c) => c.claim.text.includes('ordered an independent review'));
    expect(hit.map((c) => c.relation.label), dump).toEqual(['disputes']);
    expect(hit[0]!.pageSentence?.text).toContain('No independent review has been ordered');
    expect(hit[0]!.relation.evidence.done).toEqual({ none: 'a' });
  });

  it('a none whose words the claim does not write is no dispute ("found the case … bizarre" / "No documented cases")', () => {
    expect(items.filter((c) => c.relation.label === 'disputes' && !c.claim.text.includes('independent review')).map((c) => c.claim.text), dump).toEqual([]);
  });
});
