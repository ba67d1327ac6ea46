// How a vote went, answered two ways (utils/engine/votes.ts), written for a held-out subject of session 48 (a merger
// the university called unanimous and a staff union said two governors voted against). Sentences of subjects the
// reader was not written on: a parish council, a port board, a hospital trust.
import { describe, expect, it } from 'vitest';
import { voteConflict, voteReading } from '@/utils/engine/votes';
import { relate } from '@/utils/engine/relation';

const conflict = (a: string, b: string) => voteConflict(voteReading(a), voteReading(b));

describe('how a vote went', () => {
  it('reads a unanimous vote, a split one and its numbers', () => {
    expect(voteReading('The parish council backed the plan unanimously on Monday.')).toMatchObject({ unanimous: true, votes: null });
    expect(voteReading('The vote was not unanimous.')).toMatchObject({ unanimous: false, votes: null });
    expect(voteReading('Three councillors, among them the chairman, voted against the plan.')).toMatchObject({ unanimous: false, votes: { for: null, against: 3 } });
    expect(voteReading('The board approved the sale by seven votes to two.')).toMatchObject({ unanimous: false, votes: { for: 7, against: 2 } });
    expect(voteReading('Trustees backed the closure in a 9-4 vote.')).toMatchObject({ unanimous: false, votes: { for: 9, against: 4 } });
    expect(voteReading('The board approved the sale by nine votes to none.')).toBeNull(); // "none" is no count it reads
    expect(voteReading('The board voted on the sale on Monday.')).toBeNull();
  });

  it('a hedged, expected or supposed vote says nothing of how it went', () => {
    expect(voteReading('The vote is expected to be unanimous.')).toBeNull();
    expect(voteReading('If two councillors voted against, the plan would fail.')).toBeNull();
    expect(voteReading('The council could approve the plan unanimously next week.')).toBeNull();
  });

  it('unanimous against split, and two different splits, conflict; one split twice does not', () => {
    expect(conflict('The vote was unanimous, the council said.', 'Two councillors voted against the plan at Monday\'s meeting.')).toEqual({ a: 'unanimous', b: 'Two councillors voted against' });
    expect(conflict('The board approved the sale by seven votes to two.', 'The port board backed the sale by eight votes to one.')).toEqual({ a: 'by seven votes to two', b: 'by eight votes to one' });
    expect(conflict('The scheme was passed by 7 votes to 5.', 'The committee voted seven to five in favour of the scheme.')).toBeNull();
    expect(conflict('The vote was not unanimous.', 'Two councillors voted against the plan.')).toBeNull();
  });

  it('two votes on two things do not conflict', () => {
    expect(conflict('The board approved the sale of the depot by seven votes to two.', 'Members rejected the pay offer by 300 votes to 120.')).toBeNull();
    // one sentence, two votes: read as neither
    expect(voteReading('The budget was approved unanimously, but the school closure passed by five votes to four.')).toBeNull();
  });

  it('a vote is read in its own sentence when sentences before it come with it (a page frame; session 53)', () => {
    const framed = 'Governors at Ashby College backed the plan on Tuesday. Its principal, Dr Mary Kell, will retire. The vote was unanimous, the college said.';
    expect(voteReading(framed)).toMatchObject({ unanimous: true, about: [] });
    expect(conflict(framed, 'Two governors, including the staff governor, voted against the merger.')).toEqual({ a: 'unanimous', b: 'Two governors, including the staff governor, voted against' });
  });

  it('relate: within one story a unanimous vote and a split one dispute with no other word shared (session 53)', () => {
    const page = 'The vote was unanimous, the college said.';
    const claim = 'Two governors, including the elected staff governor, voted against the merger, and a third abstained.';
    const story = relate({ text: page }, { text: claim }, { oneStory: true, thresholds: { related: 0, stance: 0 } });
    expect(story.label).toBe('disputes');
    expect(story.evidence.vote).toEqual({ a: 'unanimous', b: 'Two governors, including the elected staff governor, voted against' });
    // not known to be of one story: nothing else says it is one vote
    expect(relate({ text: page }, { text: claim }, { thresholds: { related: 0, stance: 0 } }).label).not.toBe('disputes');
  });

  it('relate: two splits of one vote dispute; the same split agrees or is context, never a dispute', () => {
    const r = relate({ text: 'The trust board approved the ward closure by seven votes to two on Tuesday.' }, { text: 'The trust board backed the ward closure by eight votes to one on Tuesday, the minutes show.' });
    expect(r.label).toBe('disputes');
    expect(r.evidence.vote).toEqual({ a: 'by seven votes to two', b: 'by eight votes to one' });
    const same = relate({ text: 'The trust board approved the ward closure by seven votes to two on Tuesday.' }, { text: 'The trust board backed the ward closure by seven votes to two on Tuesday, the minutes show.' });
    expect(same.label).not.toBe('disputes');
  });
});
