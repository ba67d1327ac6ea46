// A figure the page gives beside one a claim gives in other words, on a fresh story of our own (a hospital trust's
// debts told by three outlets; utils/engine/figure-twins.ts, session 47): the words nearest each ("debts") say they are
// one quantity (since session 54 both are keyed as debts too). An older report, another sum near the same names and a
// forecast stay out of the row.
import { describe, expect, it } from 'vitest';
import { outletStoryItems } from './outlet-story';

const story = {
  title: 'Brackwater trust finances',
  path: 'trust',
  createdAt: '2029-04-20T23:00:00.000Z',
  reports: [
    {
      outlet: 'Brackwater Courier',
      published: '2029-04-18',
      sentences: [
        'An auditors’ report published on Thursday puts the Brackwater Hospitals Trust’s debts at £44 million, including £9 million owed to staffing agencies.',
        'Analysts said the trust’s debts could reach £60 million by next spring.',
        'The Brackwater Hospitals Trust runs three hospitals in the county.',
      ],
    },
    {
      outlet: 'Health Finance Review',
      published: '2027-03-02',
      sentences: [
        'The Brackwater Hospitals Trust had debts of £18 million at the end of its financial year, its annual accounts show.',
        'The trust said it planned to cut agency spending.',
      ],
    },
    {
      outlet: 'County Standard',
      published: '2029-04-17',
      sentences: [
        'The Brackwater Hospitals Trust’s building budget rose by £40 million this year, the county council said.',
        'The Brackwater Hospitals Trust said agency staff would be cut by a third.',
      ],
    },
  ],
} as const;

const page = {
  text: [
    'The Brackwater Hospitals Trust had debts of about £31 million at the end of March, its finance director said.',
    'The trust plans to cut its spending on agency staff by a third.',
    'It runs three hospitals in the county.',
  ].join(' '),
  url: 'https://brackwater-news.example/trust-debts',
  title: 'Brackwater trust in debt',
  siteName: 'Brackwater News',
  published: '2029-04-16',
};

describe('one quantity in other words on a fresh story', () => {
  const { rows } = outletStoryItems(story, page);
  const values = rows.map((r) => r.entries.map((e) => e.figure.value).sort((a, b) => a - b));

  it("the page's debts and the auditors' are one row, labelled by what they count", () => {
    const row = rows.find((r) => r.entries.some((e) => e.figure.value === 44000000));
    expect(row?.entries.map((e) => [e.figure.value, e.outletName]), JSON.stringify(values)).toEqual([
      [31000000, 'Brackwater News (this page)'],
      [44000000, 'Brackwater Courier'],
    ]);
    expect(row!.subject).toBe('debts (pounds)');
    expect(row!.sameEvent).toBe(true);
  });

  it("an older year's debts, another sum, a part of the sum and a forecast are in no row", () => {
    for (const other of [18000000, 40000000, 9000000, 60000000]) expect(values.flat(), JSON.stringify(values)).not.toContain(other);
  });
});
