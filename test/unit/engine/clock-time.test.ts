/**
 * One act at one clock time said in other words (utils/engine/when.ts clockTimeReading / clockTimeAgreement; relation.ts
 * reads it as an agreement however little else the two share). Held-out subjects of sessions 61–62 showed wire copy
 * such as "The outage began at about 1:40 a.m., when …" / "The outage began at about 1:40 a.m., officials said, and …"
 * as context: a time is no figure. Sentences of other stories.
 */
import { describe, expect, it } from 'vitest';
import { clockTimeAgreement, clockTimeReading } from '@/utils/engine/when';
import { buildRelationStats, relate } from '@/utils/engine/relation';

const agree = (a: string, b: string) => clockTimeAgreement(clockTimeReading(a), clockTimeReading(b));

describe('clockTimeReading', () => {
  it('reads each clock time with what its clause says happens then', () => {
    expect(clockTimeReading('The pipe burst at about 3.15am on Sunday, the water company said.')).toMatchObject([{ minutes: 195, words: '3.15am', predicate: 'pipe burst' }]);
    expect(clockTimeReading('The ferry left the harbour at 7:05 p.m., an hour late.')).toMatchObject([{ minutes: 19 * 60 + 5 }]);
    expect(clockTimeReading('Doors open at 6pm.')).toMatchObject([{ minutes: 18 * 60 }]);
  });

  it('reads nothing of a time hedged, asked or denied, and no number that is no time', () => {
    expect(clockTimeReading('The pipe may have burst at about 3.15am.')).toBeNull();
    expect(clockTimeReading('The pipe did not burst at 3.15am.')).toBeNull();
    expect(clockTimeReading('About 40 homes lost water.')).toBeNull();
  });
});

describe('clockTimeAgreement', () => {
  it('agrees one act at one time, and not another time or another act', () => {
    expect(agree('The pipe burst at about 3.15am on Sunday, sending water into the road.', 'The pipe burst at around 3.15am, the company said.')).toMatchObject({ a: '3.15am', b: '3.15am' });
    expect(agree('The pipe burst at about 3.15am on Sunday.', 'The pipe burst at about 4.15am on Sunday.')).toBeNull();
    expect(agree('The pipe burst at about 3.15am on Sunday.', 'Crews arrived at about 3.15am on Sunday.')).toBeNull();
  });
});

describe('relate: one act at one clock time agrees where the corpus weighs its words little', () => {
  // The corpus of a story: every claim names the pipe and the burst, so their weights are low.
  const stats = buildRelationStats([
    'The pipe burst on Sunday morning.',
    'The burst pipe flooded Mill Street.',
    'The pipe that burst was laid in 1931.',
    'Engineers said the pipe burst because of corrosion.',
    'Residents said the burst pipe had leaked for weeks.',
    'The burst left 400 homes without water.',
  ]);
  const page = 'The pipe burst at about 3.15am on Sunday, when a valve at the pumping station failed, the company said.';
  const claim = 'The pipe burst at about 3.15am, officials said, and residents were woken by the noise of water in the street.';
  it('agrees', () => {
    expect(relate({ text: page }, { text: claim }, { stats }).label).toBe('agrees');
  });
  it('not at another time, nor where one side negates', () => {
    expect(relate({ text: page }, { text: claim.replace('3.15am', '4.40am') }, { stats }).label).not.toBe('agrees');
    expect(relate({ text: page }, { text: 'The pipe did not burst at about 3.15am, officials said.' }, { stats }).label).not.toBe('agrees');
  });
});

describe('a time said "shortly before" or "almost", and an act done to the subject (session 65, a held-out demolition)', () => {
  it('"shortly before 7am" and "almost 7am" are times of their clause; "were called to the site" is no one speaking', () => {
    expect(clockTimeReading('Fire crews had been called to the warehouse shortly before 7am, the service said.')?.[0]).toMatchObject({ minutes: 420, predicate: 'call warehous' });
    expect(clockTimeReading('The ferry reached the harbour at almost 5pm.')?.[0]).toMatchObject({ minutes: 1020 });
    expect(clockTimeReading('Residents were asked to leave their homes at about 6am.')).not.toBeNull();
  });

  it('two such sentences of one call agree; a call at another time does not', () => {
    const a = clockTimeReading('Fire crews were called to the warehouse at about 7am after reports of smoke.');
    expect(clockTimeAgreement(a, clockTimeReading('The fire service said crews had been called to the warehouse shortly before 7am.'))).not.toBeNull();
    expect(clockTimeAgreement(a, clockTimeReading('The fire service said crews had been called to the warehouse shortly before 9am.'))).toBeNull();
  });
});
