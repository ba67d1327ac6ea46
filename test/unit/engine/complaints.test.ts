/**
 * Whether anyone complained, answered both ways (utils/engine/complaints.ts; blind subjects of session 24: "the county
 * had not received any formal complaint" / "The Tuttle campaign filed a written complaint with the county"). Subjects
 * of our own: a school district, an airline, a landlord.
 */
import { describe, expect, it } from 'vitest';
import { complaintReading, complaintsConflict } from '@/utils/engine/complaints';
import { relate } from '@/utils/engine/relation';

const conflict = (a: string, b: string) => complaintsConflict(complaintReading(a), complaintReading(b));

describe('complaintReading', () => {
  it('reads a complaint not received, and who did not receive it', () => {
    for (const [text, by] of [
      ['A spokesman said the district had not received any complaints from parents about the bus route.', ['district']],
      ['Harrow Air has received no formal complaints about the delays, its chief executive said.', ['harrow', 'air']],
      ['The landlord said he did not receive a single complaint about the heating.', ['landlord']],
    ] as const) expect(complaintReading(text)?.noneBy, text).toEqual(by.map((w) => expect.stringMatching(new RegExp(`^${w.slice(0, 4)}`))));
  });

  it('reads a complaint made, not one denied, threatened or of another year', () => {
    expect(complaintReading('Parents complained to the district about the bus route in September.')?.some).toBe(true);
    expect(complaintReading('Two tenants filed a written complaint with the landlord on Monday.')?.some).toBe(true);
    expect(complaintReading('Parents threatened to file a complaint with the district.')?.some ?? false).toBe(false);
    expect(complaintReading('In 2021, parents complained to the district about another route.')).toBeNull();
    expect(complaintReading('The board rejected a complaint about parking.')).toBeNull();
  });
});

describe('complaintsConflict: none received against one made to the same receiver', () => {
  it('answers which side says none, with both sides\' words', () => {
    expect(conflict('A spokesman said the district had not received any complaints from parents about the bus route.', 'Parents complained to the district about the bus route as early as September, emails show.')).toEqual({
      none: 'a',
      a: 'had not received any complaints',
      b: 'Parents complained',
    });
  });

  it('a complaint to someone else is no conflict', () => {
    expect(conflict('The landlord said he had not received any complaint about the heating.', 'Two tenants filed a written complaint with the city housing office on Monday.')).toBeNull();
  });
});

describe('relate', () => {
  it('disputes "had not received any formal complaint" against "filed a written complaint with" the same airline', () => {
    const r = relate({ text: 'Harrow Air said it had not received any formal complaint about the cancelled Brell flights.' }, { text: 'The passengers filed a written complaint with Harrow Air on Tuesday over the cancelled Brell flights.' });
    expect(r.label).toBe('disputes');
    expect(r.evidence.received).toEqual({ none: 'a' });
  });
});

describe('a report to a receiver, answered both ways (session 62, held-out lost exam scripts: "had received no report")', () => {
  const none = 'Kelby Police said it had received no report of the stolen equipment.';
  const made = 'We reported the theft of the generators to Kelby Police on Friday 2 May.';

  it('reads a report received by none and one made to a named receiver', () => {
    expect(complaintReading(none)).toMatchObject({ kind: 'report', noneBy: ['kelbi', 'polic'], some: false });
    expect(complaintReading(made)).toMatchObject({ kind: 'report', some: true });
    // "reported" of a story names no receiver
    expect(complaintReading('The Kelby Gazette reported the theft on Friday.')).toBeNull();
  });

  it('conflict only where the report was made to the one that says it received none', () => {
    expect(complaintsConflict(complaintReading(none), complaintReading(made))).toMatchObject({ none: 'a' });
    expect(complaintsConflict(complaintReading(none), complaintReading('We reported the theft of the generators to Harnley Council on Friday 2 May.'))).toBeNull();
    // a complaint is no report
    expect(complaintsConflict(complaintReading(none), complaintReading('Residents complained to Kelby Police about the noise.'))).toBeNull();
  });

  it('relate disputes, the reporting side\'s "reported" being its own act', () => {
    expect(relate({ text: none }, { text: made }).label).toBe('disputes');
  });
});
