/**
 * Whether equipment was working, answered both ways (issue 9; working.ts): held-out subjects showed "all alarms at the
 * prison were working" / "The alarm on the B wing fire door had been out of action for 11 days" (session 56) and "The
 * depot's fire alarm was working" / "had not been working properly since September" as context. Sentences of other
 * stories.
 */
import { describe, expect, it } from 'vitest';
import { workingConflict, workingReading } from '@/utils/engine/working';
import { relate } from '@/utils/engine/relation';

describe('workingReading', () => {
  it('reads working and not working of the subject\'s head noun', () => {
    expect(workingReading('The museum said all of its smoke detectors were working on the night of the fire.')).toMatchObject({ working: true, thing: 'detector' });
    expect(workingReading('The smoke detector in the east gallery had not been working since March.')).toMatchObject({ working: false, thing: 'detector' });
    expect(workingReading('Two of the four pumps at the Riverside station failed to start when the water rose.')).toMatchObject({ working: false, thing: 'pump' });
    expect(workingReading('The sprinkler system was out of action for a week before the blaze.')).toMatchObject({ working: false, thing: 'system' });
    expect(workingReading('Every cabin on the ferry was fitted with a working smoke alarm, the operator said.')).toMatchObject({ working: true, thing: 'alarm' });
    expect(workingReading('The pressure valve was found to be in working order.')).toMatchObject({ working: true, thing: 'valv' });
  });

  // session 67 (a held-out theatre closure): "the inspection had found faults in the fire alarm system in the upper
  // circle" read nothing against "The fire alarm system was found to be working correctly"
  it('reads faults found in a thing as its not working', () => {
    expect(workingReading('Engineers said the check had found faults in the sprinkler system on the second floor.')).toMatchObject({ working: false, thing: 'system' });
    expect(workingReading('The sprinkler system was found to be working correctly.')).toMatchObject({ working: true, thing: 'system' });
    // asked about, it is no finding
    expect(workingReading('The council asked whether the check had found faults in the sprinkler system.')).toBeNull();
  });

  it('reads nothing of people at work, of a later time, or hedged or asked', () => {
    expect(workingReading('Three engineers were working in the pump house when the flood came.')).toBeNull();
    expect(workingReading('Crews were working through the night to clear the line.')).toBeNull();
    expect(workingReading('The company said it was working with the police.')).toBeNull();
    // a business operating (flights, a service) is no equipment working
    expect(workingReading('The airline is operating 40 flights a day from the island.')).toBeNull();
    expect(workingReading('The airline was not operating any flights on Sunday.')).toBeNull();
    expect(workingReading('The lifts at the station are working again.')).toBeNull();
    expect(workingReading('The museum declined to say whether the smoke detectors had been working.')).toBeNull();
    expect(workingReading('There were reports that the sprinklers were not working.')).toBeNull();
  });

  it('conflicts working against not working of one thing only', () => {
    const works = workingReading('All of the pumps were working normally, the council said.')!;
    expect(workingConflict(works, workingReading('The pump at Mill Lane had stopped working on Friday.')!)).toMatchObject({ working: 'a' });
    expect(workingConflict(works, workingReading('The generator at Mill Lane had stopped working on Friday.')!)).toBeNull();
  });
});

describe('relate', () => {
  it('"all smoke detectors were working" against one "out of action" is a dispute; a report of it relayed is not', () => {
    const page = 'The museum said all smoke detectors in the building were working at the time of the fire.';
    const claim = 'The smoke detector in the east gallery had been out of action for two weeks before the fire, and staff reported it to managers twice.';
    const r = relate({ text: page }, { text: claim });
    expect(r.label).toBe('disputes');
    expect(r.evidence.working).toEqual({ working: 'a' });
    expect(relate({ text: page }, { text: 'Staff had heard rumours that the smoke detector in the east gallery was not working before the fire.' }).label).not.toBe('disputes');
  });
});
