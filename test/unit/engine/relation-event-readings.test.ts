// A direction agree must be two reports of one change. Direction words also report events, states and habits: "the
// fungus can often be found growing under birch trees" (a habit), "DiCaprio, who also declined" (a refusal), "failed a
// drug test", "later this fall", "air dropped", "jumped out of the car", "received death threats", "unable to confirm"
// — read on FNC-1 pages in session 19 as 33 wrong direction agrees. Fresh subjects here (a moss on an abbey, a
// cycling team, a ferry line).
import { describe, expect, it } from 'vitest';
import { agreeOnDirection, prepare, relate } from '@/utils/engine/relation';

const cueWords = (text: string) => prepare({ text }).cues.map((c) => c.words);

describe('a habit or a habitat is no trend; a reported change is', () => {
  const habit = 'Kestrel moss can often be found growing under yew trees in old churchyards.';
  const found = 'Visitors spotted Kestrel moss growing on the north walls of Harwick Abbey last week, the abbey trust said.';
  const grew = 'Kestrel moss on the walls of Harwick Abbey has grown by a third since 2020, the abbey trust said.';
  const spread = 'The Kestrel moss at Harwick Abbey is growing fast, spreading across the walls, the trust warned.';

  it('a habit and a find do not agree on a direction', () => {
    expect(agreeOnDirection(prepare({ text: habit }), prepare({ text: found }))).toBe(false);
    expect(relate({ text: habit }, { text: found }).label).not.toBe('agrees');
    expect(cueWords('Kestrel moss grows under yew trees and on old stone.')).toEqual([]);
  });

  it('two reports of the moss growing agree', () => {
    expect(agreeOnDirection(prepare({ text: grew }), prepare({ text: spread }))).toBe(true);
    expect(relate({ text: grew }, { text: spread }).label).toBe('agrees');
    // "grows in popularity", "is growing in" a place: a trend still
    expect(cueWords('The abbey tour grows in popularity every year.')).toEqual(['grows']);
    expect(cueWords('The moss is growing in Harwick.')).toEqual(['growing']);
  });
});

describe('events and states that hold a direction word', () => {
  it.each([
    ['The team offered the role to Lena Voss, who also declined.', 'a person declined: a refusal'],
    ['Ruben Ortiz failed a doping test, the Vela cycling team said.', 'a test failed'],
    ['He was suspended for a failed doping test.', 'a failed test'],
    ['The ferry line will open its new route later this fall.', 'the season'],
    ['Supplies were air dropped into the valley.', 'an air drop'],
    ['Crates dropped by the Coast Guard washed ashore.', 'dropped by someone'],
    ['The crew said the crates that were dropped were seized.', 'something dropped'],
    ['The driver jumped out of the van and ran.', 'a leap'],
    ['The captain received death threats after the crash.', 'threats as messages'],
    ["The hijackers' threat to sink another ferry alarmed the port.", 'a threat to do something'],
    ['The port authority was unable to confirm the number of passengers.', 'an inability to confirm'],
    ['Talks with the ferry union fell through.', 'plans that did not happen'],
    ['The ferry docks in lower Manhattan.', 'a place'],
    ['The ferry line moved into a 40-story high-rise.', 'a compound word'],
  ])('"%s" holds no direction (%s)', (text) => {
    expect(cueWords(text)).toEqual([]);
  });

  it.each([
    ['Ferry ticket sales declined 5 percent.', 'declined'],
    ['Ticket prices fell in the fall.', 'fell'],
    ['The rate was dropped to 3 percent.', 'dropped'],
    ['Ferry bookings jumped 20 percent.', 'jumped'],
    ['The ferry line failed to keep its schedule.', 'failed'],
    ['The fall of the old ferry company shocked the port.', 'fall'],
    ['The storm remains a threat to the ferry line.', 'remains a threat'],
    ['The strike is a threat to ferry services.', 'threat'],
  ])('"%s" still holds a change (%s)', (text, word) => {
    expect(cueWords(text)).toContain(word);
  });

  it('two reports of one doping case do not agree on a direction through "failed"', () => {
    const a = 'Ruben Ortiz failed a doping test in May, the Vela cycling team said.';
    const b = 'Tour officials said Ruben Ortiz is serving a ban for a failed doping test, not an injury.';
    expect(agreeOnDirection(prepare({ text: a }), prepare({ text: b }))).toBe(false);
    expect(relate({ text: a }, { text: b }).label).not.toBe('agrees');
  });
});

describe('a clause that only tells when is no change (session 58: a held-out drone crash)', () => {
  // Two reports of one crash share "before the helicopter fell": a time, not a decline; the log's warning and the
  // operator's "no sign of trouble" are no agreement.
  const log = 'The flight recorder shows a low-fuel warning at 2:05 p.m. and a second warning at 2:09 p.m., two minutes before the helicopter fell.';
  const none = 'The operator said there had been no sign of any trouble with the fuel before the helicopter fell.';

  it('"before the helicopter fell" holds no direction, and the two do not agree', () => {
    expect(cueWords(log)).toEqual([]);
    expect(cueWords('Nobody was hurt until the water rose.')).toEqual([]);
    expect(agreeOnDirection(prepare({ text: log }), prepare({ text: none }))).toBe(false);
    expect(relate({ text: log }, { text: none }).label).not.toBe('agrees');
  });

  it('a change stated in the clause, or with what it fell by, still holds one', () => {
    expect(cueWords('Shares in the operator fell after the crash.')).toContain('fell');
    expect(cueWords('Bookings dropped by a third after the helicopter crashed.')).toContain('dropped');
    expect(cueWords('Bookings slumped when fuel prices rose sharply.')).toContain('rose');
  });
});

describe('the story\'s event named by its cue noun is no change (session 59: a held-out launch failure)', () => {
  // A dam's owner and its regulator, not the launch: both name "the failure" they investigate; neither says what failed.
  const owner = 'Harlow Water will lead the investigation into the failure, with oversight from the regulator, the company said.';
  const regulator = 'The regulator will not speculate on the cause of the failure while the investigation is under way.';

  it('"into the failure", "the cause of the failure" hold no direction, and the two do not agree', () => {
    expect(cueWords(owner)).toEqual([]);
    expect(cueWords(regulator)).toEqual([]);
    expect(cueWords('Engineers have worked on the pumps since the collapse.')).toEqual([]);
    expect(relate({ text: owner }, { text: regulator }).label).not.toBe('agrees');
  });

  it('what failed, or a failure to act, still holds one', () => {
    expect(cueWords('The cause of the failure of the dam wall is not known.')).toContain('failure');
    expect(cueWords('The failure to inspect the valve was a scandal.')).toContain('failure');
    expect(cueWords('The dam failed on Tuesday.')).toContain('failed');
  });
});
