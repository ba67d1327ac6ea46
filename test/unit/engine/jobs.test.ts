// Whether people lose their jobs, answered both ways (jobs.ts; session 57: a blind subject's "No library staff will
// lose their jobs" / "at least 20 library workers faced compulsory redundancy" were context). Sentences of a made-up
// bus depot closure, not of the blind fixtures.
import { describe, expect, it } from 'vitest';
import { jobsConflict, jobsReading } from '@/utils/engine/jobs';
import { relate } from '@/utils/engine/relation';

const conflict = (a: string, b: string) => jobsConflict(jobsReading(a), jobsReading(b));

describe('jobsReading', () => {
  it('reads nobody losing a job', () => {
    for (const s of ['No drivers will lose their jobs, the bus company said.', 'There will be no compulsory redundancies at the depot.', 'Nobody at the depot will be made redundant.', 'The company said no jobs were at risk.'])
      expect(jobsReading(s)?.none, s).toBe(true);
  });
  it('reads some losing theirs, in other words', () => {
    for (const s of ['The union said 35 bus drivers faced compulsory redundancy.', 'Twelve mechanics at the depot were handed notices of compulsory redundancy on Friday.', 'About 60 jobs will go when the depot shuts.', 'Eighteen cleaners will lose their jobs, the union said.'])
      expect(jobsReading(s)?.none, s).toBe(false);
  });
  it('reads no loss of posts, a fear, a question or a plain mention of jobs', () => {
    for (const s of ['About 40 posts will go, most of them already vacant.', 'The union fears that 35 drivers will lose their jobs.', 'Drivers asked whether any jobs would be cut.', 'The depot has provided jobs for 70 years.'])
      expect(jobsReading(s), s).toBeNull();
  });
});

describe('jobsConflict', () => {
  it('none against some', () => {
    expect(conflict('No drivers will lose their jobs, the bus company said.', 'The union said 35 bus drivers faced compulsory redundancy.')).toMatchObject({ none: 'a' });
    expect(conflict('The union said 35 bus drivers faced compulsory redundancy.', 'There will be no compulsory redundancies at the depot.')).toMatchObject({ none: 'b' });
  });
  it('no compulsory redundancies is not broken by jobs going or by voluntary redundancy', () => {
    expect(conflict('There will be no compulsory redundancies at the depot.', 'About 60 jobs will go when the depot shuts.')).toBeNull();
    expect(conflict('There will be no compulsory redundancies at the depot.', 'Twelve mechanics will be made redundant and offered voluntary redundancy terms.')).toBeNull();
    expect(conflict('No drivers will lose their jobs.', 'Nobody at the depot will be made redundant.')).toBeNull();
  });
});

describe('relate: jobs lost against none lost is a dispute of one employer', () => {
  it('disputes, quoting both', () => {
    const r = relate({ text: 'No drivers will lose their jobs when the Kelby bus depot closes, the company said.' }, { text: 'The union said 35 drivers at Kelby faced compulsory redundancy under the plan.' });
    expect(r.label).toBe('disputes');
    expect(r.evidence.jobs).toEqual({ none: 'a' });
  });
});
