/**
 * Above or below one benchmark, answered both ways (issue 9; benchmarks.ts): a held-out bus line of session 42 showed
 * "ridership … was ahead of the agency's forecast of 12,000" against "… was below our opening forecast of 12,000
 * boardings" as context. Sentences of other stories.
 */
import { describe, expect, it } from 'vitest';
import { benchmarkConflict, benchmarkReading } from '@/utils/engine/benchmarks';
import { relate } from '@/utils/engine/relation';

describe('benchmarkReading', () => {
  it('reads above, below and at a forecast, target, budget or schedule, and "than expected"', () => {
    expect(benchmarkReading('Ticket sales for the festival were ahead of the organisers\' forecast of 40,000.')).toMatchObject([{ side: 1, kind: 'forecast', figure: 40000, measure: ['ticket', 'sale'] }]);
    expect(benchmarkReading('The new stand came in £3 million over budget.')).toMatchObject([{ side: 1, kind: 'budget' }]);
    expect(benchmarkReading('Recruitment of nurses fell short of the trust\'s target for 2031.')).toMatchObject([{ side: -1, kind: 'target' }]);
    expect(benchmarkReading('Work on the viaduct is running behind schedule, the contractor said.')).toMatchObject([{ side: -1, kind: 'schedule' }]);
    expect(benchmarkReading('The council said the viaduct repairs were on track to finish in May.')).toMatchObject([{ side: 0, kind: 'schedule' }]);
    expect(benchmarkReading('Visitor numbers at the museum were lower than expected in its first month.')).toMatchObject([{ side: -1, kind: 'forecast' }]);
  });

  it('reads nothing negated, hedged or asked, no name and no thing aimed at', () => {
    expect(benchmarkReading('Ticket sales were not ahead of the forecast.')).toBeNull();
    expect(benchmarkReading('Ticket sales could fall short of the target of 40,000.')).toBeNull();
    expect(benchmarkReading('Were ticket sales ahead of the forecast?')).toBeNull();
    expect(benchmarkReading('Its sales grew faster than those of stores below Target in the rankings.')).toBeNull();
    expect(benchmarkReading('Jets hit several targets near the border on Thursday.')).toBeNull();
    expect(benchmarkReading('One bundle had missed its target, officials said.')).toBeNull();
    expect(benchmarkReading('Crews worked ahead of the forecast storm.')).toBeNull();
  });

  it('conflicts one measure on two sides of one benchmark, not two forecasts, two kinds or two measures', () => {
    const ahead = benchmarkReading('Ticket sales for the festival were ahead of the organisers\' forecast of 40,000.');
    expect(benchmarkConflict(ahead, benchmarkReading('Festival ticket sales were below the forecast of 40,000, the council said.'))).toMatchObject({ a: 'ahead of the organisers\' forecast', b: 'below the forecast' });
    expect(benchmarkConflict(ahead, benchmarkReading('Festival ticket sales were below the forecast of 25,000.'))).toBeNull();
    expect(benchmarkConflict(ahead, benchmarkReading('Festival ticket sales fell short of the target of 40,000.'))).toBeNull();
    expect(benchmarkConflict(ahead, benchmarkReading('Car parking at the festival was below the forecast of 40,000.'))).toBeNull();
    const behind = benchmarkReading('Work on the viaduct is running behind schedule.');
    expect(benchmarkConflict(behind, benchmarkReading('Work on the viaduct is on schedule, the council said.'))).not.toBeNull();
  });
});

describe('relate: above and below one benchmark is a dispute, its reason line quoting both', () => {
  it('disputes', () => {
    const r = relate({ text: 'Passenger numbers on the new ferry route in its first month were ahead of the operator\'s forecast, the operator said.' }, { text: 'Passenger numbers on the new ferry route in its first month were well short of the operator\'s forecast.' });
    expect(r.label).toBe('disputes');
    expect(r.evidence.benchmark).toEqual({ a: 'ahead of the operator\'s forecast', b: 'short of the operator\'s forecast' });
  });
});
