// A plan stated against a plan denied (utils/engine/plans.ts, session 23): one act by one doer, said both ways, is a
// dispute; other acts, other doers, a plan reported inside someone else's statement, and a proposal are not. Sentences
// of subjects the rule was not written on (a port, a council, a carmaker, an airline, a league).
import { describe, expect, it } from 'vitest';
import { planReading, planVersusNoPlan } from '@/utils/engine/plans';
import { relate } from '@/utils/engine/relation';

describe('reading a plan', () => {
  it.each<[string, boolean, string]>([
    ['The port authority has no plans to sell the container terminal, its chairman said.', false, 'no plans to sell the container terminal'],
    ['The council does not intend to raise parking charges this year.', false, 'not intend to raise parking charges'],
    ['No further route closures are planned, the airline said.', false, 'No further route closures are planned'],
    ['Norland Motors plans to close its Breda plant in 2027.', true, 'plans to close'],
    ['The league is planning more weekday fixtures next season.', true, 'planning more weekday fixtures'],
    // plans dropped are plans no more (session 67, a held-out theatre closure)
    ['Norland Motors has dropped its plans to close the Breda plant.', false, 'dropped its plans to close'],
    ['The league scrapped plans for more weekday fixtures.', false, 'scrapped plans for more weekday fixtures'],
  ])('%s', (text, planned, words) => {
    const r = planReading(text);
    expect(r).not.toBeNull();
    expect(r!.planned).toBe(planned);
    expect(r!.words).toBe(words);
  });

  it('a plan reported inside another statement is not the text’s own', () => {
    // The text's own plan is the stated one; the denial it reports is the company's.
    const r = planReading('Norland Motors plans to close its Breda plant, the union said, contradicting the company’s statement that no closures were planned.');
    expect(r?.planned).toBe(true);
    expect(planReading('The union said the memo contradicted the company’s assurances that no closures were planned.')).toBeNull();
  });

  it('a proposal ("the plan to …") and texts with no plan are no plan stated', () => {
    expect(planReading('The plan to widen the harbor mouth was approved in March.')).toBeNull();
    expect(planReading('Ships waited at anchor for four days.')).toBeNull();
  });

  it('plans and denies in one breath: no single reading', () => {
    expect(planReading('The council plans to raise parking charges but has no plans to raise council tax.')).toBeNull();
  });
});

describe('a plan against a plan denied', () => {
  it.each<[string, string]>([
    ['The port authority has no plans to sell the container terminal, its chairman said.', 'The port authority plans to sell the container terminal to a shipping group, according to board minutes.'],
    ['No further route closures are planned, the airline said.', 'Skyline Air is planning more route closures in the spring, according to an internal memo.'],
    ['Norland Motors said it had no plans to close any plants in Europe.', 'Norland Motors plans to close its Breda plant in Europe in 2027.'],
    // the act's noun and its verb meet (session 37): closures / close, a sale / sell
    ['No further plant closures are planned in Europe, Norland Motors said.', 'Norland Motors plans to close two more plants in Europe, a memo shows.'],
    ['The port authority said no terminal sale is planned.', 'The port authority plans to sell the container terminal, according to board minutes.'],
  ])('disputes: %s / %s', (a, b) => {
    expect(planVersusNoPlan(a, b)).not.toBeNull();
    expect(planVersusNoPlan(b, a)?.deniedBy).toBe('b');
  });

  it.each<[string, string, string]>([
    ['another act', 'The council has no plans to raise taxes next year.', 'The council plans to raise parking fees next year.'],
    ['another doer', 'The senator has no plans to run for governor in 2028.', 'Mayor Ortiz plans to run for governor in 2028.'],
    ['another act of one doer', 'Norland Motors has no plans to close any plants.', 'Norland Motors plans to open two plants in Spain.'],
    ['two plans', 'Norland Motors plans to close its Breda plant.', 'Norland Motors plans to close its Breda plant in 2027.'],
  ])('no dispute (%s)', (_why, a, b) => {
    expect(planVersusNoPlan(a, b)).toBeNull();
  });

  it('the relation calls it a dispute and says which phrases; a relayed rumour of the plan is no plan dispute', () => {
    const r = relate(
      { text: 'The port authority has no plans to sell the container terminal, its chairman said.' },
      { text: 'The port authority plans to sell the container terminal to a shipping group, according to board minutes.' },
    );
    expect(r.label).toBe('disputes');
    expect(r.evidence.plan).toEqual({ deniedBy: 'a' });
    expect(r.evidence.opposingDirection).toEqual({ a: ['no plans to sell the container terminal'], b: ['plans to sell the container terminal'] });
    const relayed = relate(
      { text: 'The port authority has no plans to sell the container terminal, its chairman said.' },
      { text: 'The port authority reportedly plans to sell the container terminal to a shipping group, rumours say.' },
    );
    // (A near copy that one side negates is the negation rule's to judge; the card drops relayed rumours: match.ts noSide.)
    expect(relayed.evidence.plan).toBeUndefined();
  });
});

describe('an intention someone states for a doer is a plan stated (session 43, a held-out zoo escape)', () => {
  it('reads "said … the authority would sell" as a plan and "would not sell" as one denied; not a condition, a state or a "would" nobody reports', () => {
    expect(planReading('Mayor Ines Varga said on Monday that the port authority would sell the container terminal to a private operator.')).toMatchObject({ planned: true, words: 'would sell the container terminal' });
    expect(planReading('Mayor Ines Varga said the port authority would sell the container terminal if the offer was high enough.')).toBeNull();
    expect(planReading('Mayor Ines Varga said the port authority would be sold.')).toBeNull();
    // a reported intention denied is the plan denied (session 69; before, it was read as no plan at all)
    expect(planReading('Mayor Ines Varga said the port authority would not sell the container terminal.')).toMatchObject({ planned: false, words: 'would not sell the container terminal' });
    expect(planReading('The port authority would sell the container terminal in a downturn.')).toBeNull();
  });

  it('relate calls it a dispute of a plan denied by the same doer; another doer\'s is none', () => {
    const denied = 'The Harrow Port Authority, which owns the docks, said it had no plans to sell the container terminal.';
    const r = relate({ text: 'Mayor Ines Varga said on Monday that the port authority would sell the container terminal to a private operator.' }, { text: denied });
    expect(r.label).toBe('disputes');
    expect(r.evidence.plan).toEqual({ deniedBy: 'b' });
    expect(relate({ text: 'Mayor Ines Varga said on Monday that the city council would sell the container terminal to a private operator.' }, { text: denied }).label).not.toBe('disputes');
  });
});

// Session 69 (a held-out arcade's licence: "The company said it would appeal against the decision to the magistrates'
// court" against "After careful consideration, and after taking legal advice, the board has decided that Tidewell Leisure
// will not appeal against the sub-committee's decision"): a body's decision that it will not act denies the intention,
// and a time word before a comma opening the sentence reports nobody's statement.
describe('an intention denied by a decision (session 69)', () => {
  const decided = 'After a long meeting, and after taking legal advice, the trustees have decided that the Harbour Trust will not sell the boathouse.';
  it('reads "decided that … will not" as a plan denied', () => {
    expect(planReading(decided)).toMatchObject({ planned: false, words: 'will not sell the boathouse' });
    expect(planReading('The trustees have decided that the Harbour Trust will sell the boathouse.')).toMatchObject({ planned: true });
    // a statement reported after "after" in the same clause is still another's
    expect(planReading("The trust changed course after the mayor's statement that it would sell the boathouse.")).toBeNull();
  });

  it('disputes a stated intention within one story, the doer unnamed on one side', () => {
    const stated = { text: 'The trust said it would sell the boathouse to a developer.' };
    expect(relate(stated, { text: decided }, { oneStory: true }).label).toBe('disputes');
    expect(relate(stated, { text: decided }).label).not.toBe('disputes');
    // a side that names nobody at all is no denial of one doer's intention (FNC-1 train stories)
    expect(relate({ text: 'There never were plans for a three-day festival on the boathouse lawn.' }, { text: 'The trust announced it will hold a festival on the boathouse lawn in June.' }, { oneStory: true }).label).not.toBe('disputes');
  });
});

// Session 69 (the same held-out clinic: "said Thulisa's contract would be cancelled and the tender re-advertised" against
// "Despite the MEC's statement to the provincial legislature, a senior official … said the department will not cancel
// Thulisa's contract, which runs until 2035, because no other registered supplier could take it over"): a passive
// intention, a statement made after another's is its speaker's own, and a condition in a later reason is not the plan's.
describe('a passive intention, and one said after another\'s statement (session 69)', () => {
  it('reads "said X would be cancelled" with X as what is acted on', () => {
    expect(planReading("The mayor said the ferry operator's licence would be revoked and the route re-tendered.")).toMatchObject({ planned: true, words: 'would be revoked' });
    expect(planReading("The mayor said the ferry operator's licence would be revoked if the audit found fraud.")).toBeNull();
  });

  it('disputes it with "will not revoke" said despite the first statement', () => {
    const r = relate(
      { text: "The mayor said Harbour Lines' licence would be revoked and the route re-tendered." },
      { text: "Despite the mayor's statement to the council, a senior official said the city will not revoke Harbour Lines' licence, which runs until 2036, because no other operator could run the route." },
    );
    expect(r.label).toBe('disputes');
    expect(r.evidence.plan).toEqual({ deniedBy: 'b' });
  });
});
