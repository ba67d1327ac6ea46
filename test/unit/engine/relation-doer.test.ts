// Who does the act, in one fact said in other words (relation.ts paraphraseAgrees, session 46): where both sentences
// name the doer of their main act, one name; a shared full name counts toward the fact, even where the doer also speaks.
// Before, two actors "in talks to play" one role agreed (FNC-1 validation, session 45's reading), and a chief executive
// who "apologised" did not agree with her own "said she was deeply sorry" (a held-out subject).
import { describe, expect, it } from 'vitest';
import { paraphraseAgrees } from '@/utils/engine/relation';

const agree = (a: string, b: string) => paraphraseAgrees({ text: a }, { text: b }, new Set());

describe('one doer of one act', () => {
  it('two named doers of one act are two statements', () => {
    expect(agree('Leonardo DiCaprio is in talks to play Steve Jobs in the Sony biopic, sources said.', 'Christian Bale is in talks to play Steve Jobs in the Sony biopic.')).toBe(false);
    expect(agree('Harlow Rail has hired Brightline Consulting to review the timetable.', 'Kestle Buses has hired Brightline Consulting to review the timetable.')).toBe(false);
  });
  it('one named doer: the same act in other words agrees, the doer counting as shared', () => {
    expect(
      agree(
        'Harlow Rail’s managing director, Priya Castell, apologised to passengers and their families.',
        'Priya Castell, the operator’s managing director, said she was deeply sorry for the disruption the fault had caused.',
      ),
    ).toBe(true);
    expect(agree('Harlow Rail has hired Brightline Consulting to review the timetable.', 'Harlow Rail has brought in Brightline Consulting to look at the timetable.')).toBe(true);
    // the doer is the name nearest the act, not a description opening the sentence
    expect(agree('Former Derbyshire Cricket Club captain Tom Ashby was injured in a fall at his home in Belper.', 'Tom Ashby was injured in a fall at his home in Belper on Sunday.')).toBe(true);
  });
  it('a doer named on one side only decides nothing by itself', () => {
    expect(agree('Priya Castell apologised to passengers on Monday.', 'The operator apologised to passengers on Monday for the delays.')).toBe(agree('Castell apologised to passengers on Monday.', 'The operator apologised to passengers on Monday for the delays.'));
  });
});

// Session 66 (a held-out school-meals subject): both texts negating somewhere is not enough; each must negate its own
// first act, or neither.
describe('a negated first act against one negating another clause (session 66)', () => {
  it('"did not stop supplying meals" is no paraphrase of "the decision to stop supplying meals had been theirs, and … had not ended the contract"', () => {
    expect(paraphraseAgrees({ text: 'Harlow Catering did not stop supplying meals to the schools of its own accord.' }, { text: 'The council said the decision to stop supplying meals had been Harlow Catering’s, and that it had not ended the contract.' }, new Set())).toBe(false);
    // two nones of one act still are
    expect(paraphraseAgrees({ text: 'No one was hurt in the blast at the depot.' }, { text: 'Nobody was injured in the depot blast.' }, new Set())).toBe(true);
  });
});
