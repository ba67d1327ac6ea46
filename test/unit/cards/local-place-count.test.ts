// A count the page gives at a local place ("about 30 homes were evacuated near Harwell"), given with no place by a
// story article whose claim names none of the card's topics ("Officers evacuated 55 homes in all"): one row (a
// held-out derailment of session 56 showed no row: the claim was never read for figures). Fresh subject of our own: a
// tanker train off the rails at a village, three outlets.
import { describe, expect, it } from 'vitest';
import { outletStoryItems } from './outlet-story';

const reports = [
  {
    outlet: 'Vale Wire',
    published: '2031-05-06',
    sentences: [
      'Six tankers of a goods train carrying diesel left the tracks near Harwell early on Monday, and about 30 homes were evacuated as a precaution.',
      'Northline Freight, which runs the train, said the derailment happened on a curve west of Harwell.',
      'Northline Freight said the train was travelling within the speed limit.',
    ],
  },
  {
    outlet: 'Rail Safety Board',
    published: '2031-05-12',
    sentences: [
      'The goods train derailed on the curve west of Harwell at 4.10am on Monday 5 May.',
      'Officers evacuated 55 homes in all, including homes on Mill Lane that were cleared later in the morning.',
      'Our inspectors examined the derailed tankers and the track on Monday and Tuesday.',
      'Industry estimates put the cost of repairing the track, the signals and a damaged culvert at about £3.1 million.',
    ],
  },
  {
    outlet: 'Harwell Courier',
    published: '2026-02-03',
    sentences: ['Two wagons of a goods train left the tracks near Harwell on Friday, and about 12 homes were evacuated as a precaution.', 'The derailment happened on the curve west of Harwell.'],
  },
];

const page = {
  text: [
    'Six tankers of a diesel train came off the rails near Harwell early on Monday, and about 30 homes were evacuated as a precaution.',
    'The derailment happened on a curve west of Harwell, Northline Freight said.',
    'The line will stay closed for about a week.',
    'Repairs to the track are expected to cost about £1.1 million.',
  ].join(' '),
  url: 'https://dale-post.example/harwell-derailment',
  title: 'Diesel tankers derail near Harwell',
  siteName: 'Dale Post',
  published: '2031-05-07',
};

describe('a count at a local place and the story\'s count with no place', () => {
  const { rows } = outletStoryItems({ title: 'Harwell derailment', path: 'harwell', createdAt: '2031-05-13T00:00:00.000Z', reports }, page);
  const evacuated = rows.filter((r) => r.entries.some((e) => e.figure.unit === 'home'));

  it('the page\'s 30 homes and the board\'s 55 homes in all are one row; the 2026 derailment\'s 12 is not in it', () => {
    expect(evacuated.map((r) => r.entries.map((e) => e.figure.value).sort((a, b) => a - b)), JSON.stringify(rows.map((r) => r.subjectKey))).toEqual([[30, 30, 55]]);
  });

  it('the page\'s repair cost and the board\'s, which names no topic of the card, are one row', () => {
    const costs = rows.filter((r) => r.entries.some((e) => e.figure.unit === '£'));
    expect(costs.map((r) => r.entries.map((e) => e.figure.value).sort((a, b) => a - b)), JSON.stringify(rows.map((r) => r.subjectKey))).toEqual([[1_100_000, 3_100_000]]);
  });
});
