// A time set against the time a party gives, on the card (session 61: held-out depot-fire, water-main, measles and
// norovirus subjects, where "…, more than two hours before the time the bus company has given for the start of the fire"
// sat as context under the company's own time), and two expectations of one day that name two weekdays (a held-out
// hospital outage: "expected the intensive care unit to begin admitting patients again on Thursday" / "… on Friday, a
// day later than we had planned" read as agreeing). Our own story: a flooded school sports hall.
import { describe, expect, it } from 'vitest';
import { outletStoryItems } from './outlet-story';

const story = {
  title: 'Sports hall flooded at Ashcombe school',
  path: 'ashcombe',
  createdAt: '2032-03-20T00:00:00.000Z',
  reports: [
    {
      outlet: 'Ashcombe Gazette',
      published: '2032-03-18',
      sentences: [
        'Water was pouring through the ceiling of the Ashcombe Academy sports hall on Monday 3 March, almost two weeks before the trust says it discovered the leak.',
        'The sports hall at Ashcombe Academy will reopen to pupils on Friday, a day later than the trust had planned.',
        'Parents at Ashcombe Academy said PE lessons had been moved to the Ashcombe Leisure Centre.',
      ],
    },
    {
      outlet: 'Schools Estate Weekly',
      published: '2032-03-19',
      sentences: [
        'The roof of the Ashcombe Academy sports hall was last inspected in 2029, according to the trust.',
        'Ashcombe Academy is one of 14 schools run by the Ashcombe Learning Trust.',
        'PE lessons at Ashcombe Academy have moved to the Ashcombe Leisure Centre while the sports hall is closed.',
      ],
    },
  ],
};

const page = {
  text: [
    'The Ashcombe Academy trust said it discovered the leak in the sports hall roof on Friday 14 March, during a routine check.',
    'The trust said it expected the sports hall at Ashcombe Academy to reopen to pupils on Thursday.',
    'PE lessons at Ashcombe Academy have moved to the Ashcombe Leisure Centre.',
  ].join(' '),
  url: 'https://county-news.example/ashcombe-sports-hall',
  title: 'Ashcombe Academy sports hall closed by roof leak',
  siteName: 'County News',
  published: '2032-03-17',
};

describe('a time set against the one a party gives, on the card', () => {
  const { items, shown } = outletStoryItems(story, page);
  const item = (start: string) => items.find((c) => c.claim.text.startsWith(start));

  it('disputes the party’s dated statement it answers (no longer context as the party’s line only)', () => {
    const c = item('Water was pouring through the ceiling');
    expect(c?.relation.label, shown).toBe('disputes');
    expect(c?.pageSentence?.text, shown).toContain('discovered the leak in the sports hall roof on Friday 14 March');
  });

  it('two weekdays for one reopening are no agreement', () => {
    expect(item('The sports hall at Ashcombe Academy will reopen')?.relation.label, shown).not.toBe('agrees');
  });
});
