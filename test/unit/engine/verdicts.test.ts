import { describe, expect, it } from 'vitest';
import { verdictReading, verdictsConflict } from '../../../utils/engine/verdicts';
import { relate } from '../../../utils/engine/relation';

describe('verdictReading: a decision taken or advised, for or against', () => {
  it.each([
    ['Planning officers had recommended the scheme for approval.', 'for'],
    ['Planning officers had recommended that the committee refuse the scheme.', 'against'],
    ['Councillors voted 7-4 in favour of the scheme, the council said.', 'for'],
    ['The board voted against the merger on Monday.', 'against'],
    ['The committee did not approve the scheme.', 'against'],
    ['The regulator turned down the application in March.', 'against'],
    ['The council granted planning permission for 40 homes.', 'for'],
  ])('%s → %s', (text, side) => {
    expect(verdictReading(text)?.side).toBe(side);
  });

  it('reads no verdict in a refusal to act, a rejection of words, or a sentence that decides both ways', () => {
    expect(verdictReading('The spokesman refused to comment.')).toBeNull();
    expect(verdictReading('Brackwell rejected suggestions that it had funded any member of the planning committee.')).toBeNull();
    expect(verdictReading('Garvie rejected a call from the Green group for her to step down as chair.')).toBeNull();
    expect(verdictReading('The committee approved the homes but rejected the road.')).toBeNull();
  });
});

describe('verdictsConflict and relate: one thing decided both ways by one decider', () => {
  const approval = 'Planning officers had recommended the scheme for approval.';
  it('disputes the same decider on the same thing, either order', () => {
    expect(verdictsConflict(approval, 'Planning officers had advised the committee to refuse the scheme on highway safety grounds.')).not.toBeNull();
    expect(verdictsConflict('The board rejected the merger.', 'The board approved the merger on Friday.')).not.toBeNull();
    const r = relate({ text: 'Planning officers had recommended that the committee refuse the Larkhill scheme.' }, { text: 'Planning officers had recommended the Larkhill scheme for approval.' });
    expect(r.label).toBe('disputes');
    expect(r.evidence.verdict).toEqual({ for: 'b' });
  });

  it('does not dispute another thing, another decider, or the same side', () => {
    // councillors voted for the scheme and against the officers' advice: two things
    expect(verdictsConflict('Councillors voted 7-4 in favour of the scheme.', 'Councillors voted against that advice.')).toBeNull();
    // officers advise, the committee decides: two deciders
    expect(verdictsConflict('The committee approved the scheme on Tuesday.', 'Planning officers recommended that the scheme be refused.')).toBeNull();
    // a request refused is not the plans approved
    expect(verdictsConflict("Ostley District Council's planning committee approved plans for 420 homes.", 'The council has refused a request from residents to see the viability assessment.')).toBeNull();
    expect(verdictsConflict('The board approved the merger.', 'The board voted in favour of the merger.')).toBeNull();
  });
});

describe('a court\'s verdict: acquitted against convicted, of one charge (session 39, held-out bribery trial)', () => {
  it('an acquittal on a count disputes a conviction on all of them; relate says so', () => {
    const acquitted = 'The jury acquitted Halden on the second count, obstructing justice, after two days of deliberation.';
    const convicted = 'Halden was convicted on both counts he faced: fraud and obstructing justice.';
    expect(verdictsConflict(acquitted, convicted)).toEqual({ a: 'acquitted', b: 'convicted' });
    const r = relate({ text: convicted }, { text: acquitted });
    expect(r.label).toBe('disputes');
    expect(r.evidence.verdict).toEqual({ for: 'b' });
  });

  it('not two charges, two convictions, or a court against a board', () => {
    expect(verdictsConflict('Holt was acquitted of murder in 2019.', 'A jury convicted Holt of manslaughter on Friday.')).toBeNull();
    expect(verdictsConflict('The jury convicted him of fraud and conspiracy.', 'Halden was convicted on both counts he faced.')).toBeNull();
    expect(verdictsConflict('The board approved the merger.', 'The merger was convicted.')).toBeNull();
  });
});

describe('a denial of a negation affirms (session 39)', () => {
  it('"his claim that he had never taken a cent … was false" does not dispute "convicted of taking bribes"', () => {
    const claim = "Halden's campaign claim that he had 'never taken a cent from a developer' was false, the paper said.";
    expect(relate({ text: claim }, { text: 'Councillor Halden convicted of taking bribes from a developer' }).label).not.toBe('disputes');
    // a denial of a plain proposition still disputes it
    expect(relate({ text: 'The company denied claims that it had taken bribes from a developer.' }, { text: 'The company had taken bribes from a developer, the court found.' }).label).toBe('disputes');
  });
});
