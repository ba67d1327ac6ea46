// The page's own count at a local place ("…, injuring seven" at a town) beside the story's counts given with no place
// ("Eleven people were hurt when …", "Four people suffered minor injuries …"): the row shows what the page says too (a
// held-out drone crash of session 58 compared the other outlets' 4 and 11 and left out the page's 7). Fresh subject of
// our own: a stage collapsing at a town festival, three outlets.
import { describe, expect, it } from 'vitest';
import { outletStoryItems } from './outlet-story';

const reports = [
  {
    outlet: 'Vale Wire',
    published: '2031-07-12',
    sentences: [
      'Eleven people were hurt when a lighting rig fell onto the crowd at the Corrowby summer festival on Friday night.',
      'The festival was stopped and did not reopen on Saturday.',
    ],
  },
  {
    outlet: 'Festival Weekly',
    published: '2031-07-13',
    sentences: [
      'Four people suffered minor injuries in Friday night\'s accident at the Corrowby festival, the organisers said.',
      'The organisers said the lighting rig had been inspected on Friday morning.',
    ],
  },
];

const page = {
  text: [
    'Lighting rig falls on festival crowd in Corrowby, injuring seven',
    'A lighting rig fell onto the crowd at the summer festival in Corrowby on Friday night, injuring seven people, and the festival was stopped.',
    'The organisers said the rig had been inspected that morning.',
  ].join('\n\n'),
  url: 'https://dale-post.example/corrowby-rig',
  title: 'Lighting rig falls on festival crowd in Corrowby, injuring seven',
  siteName: 'Dale Post',
  published: '2031-07-12',
};

describe('the page\'s placed count beside the story\'s counts with no place', () => {
  const { rows } = outletStoryItems({ title: 'Corrowby festival', path: 'corrowby', createdAt: '2031-07-14T00:00:00.000Z', reports }, page);
  const hurt = rows.filter((r) => r.entries.some((e) => e.figure.value === 11));

  it('one row: the page\'s 7, and 4 and 11', () => {
    expect(hurt.map((r) => [...new Set(r.entries.map((e) => e.figure.value))].sort((a, b) => a - b)), JSON.stringify(rows.map((r) => [r.subjectKey, r.entries.map((e) => e.figure.value)]))).toEqual([[4, 7, 11]]);
  });
});
