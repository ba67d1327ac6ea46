import { describe, expect, it } from 'vitest';
import { relate } from '../../../utils/engine/relation';
import { buildTopicMatcher, contextTopics } from '../../../utils/engine/topics';
import type { Topic } from '../../../utils/engine/types';

const topic = (id: string, label: string, kind: Topic['kind'], aliases: string[]): Topic => ({ id, label, kind, aliases, outletCount: 2, claimCount: 2, weight: 2 });

describe('contextTopics: a claim naming no topic takes the sentence before it', () => {
  const matcher = buildTopicMatcher([topic('corvane', 'Corvane', 'org', ['corvane']), topic('halloran', 'Marek Halloran', 'person', ['marek halloran', 'halloran'])]);
  const body = 'Corvane recalled 38,000 battery packs on Thursday. At least four people were injured in those fires. Marek Halloran won a stage in September. He was banned for two years in 2021.';
  it.each([
    ['At least four people were injured', ['corvane']],
    ['He was banned', ['halloran']],
  ])('%s', (claim, want) => {
    expect(contextTopics(matcher, body, body.indexOf(claim))).toEqual(want);
  });
  it('gives nothing at the start of a body, nor from two sentences back', () => {
    expect(contextTopics(matcher, body, 0)).toEqual([]);
    const gap = 'Corvane recalled the packs. Owners were told to stop. Four people were injured.';
    expect(contextTopics(matcher, gap, gap.indexOf('Four people'))).toEqual([]);
  });
});

describe('a negated near copy is no dispute when the plain side says the negative otherwise', () => {
  it.each([
    // A prefix negates the shared word.
    ['However, buyers will have to bring their own clubs as the main building does not come with furnishing.', 'But buyers will have to bring their own clubs as the main building comes unfurnished.'],
    // "impossible" is the "not".
    ['A 40-year-old man cut off his penis, too, but reattachment was impossible because he had flushed it down the toilet.', 'A 40-year-old man did the same thing, but in his case the penis was not reattached because he flushed it down a toilet.'],
    // A risk is not an act done.
    ['They warned that the detainees risked returning to Afghanistan, and to militancy.', 'They were not returned to Afghanistan, and are not believed to be there now.'],
  ])('%s', (a, b) => {
    expect(relate({ text: a }, { text: b }).label).not.toBe('disputes');
  });
  it('still disputes a plain statement of what the other negates (the rule is not switched off)', () => {
    expect(relate({ text: 'The main building does not come with furniture, the agent said.' }, { text: 'The main building comes with furniture, the agent said.' }).label).toBe('disputes');
  });
});

describe('documents that show are evidence, not a relay', () => {
  it('"the reports show" answers "No one has been injured"', () => {
    const none = 'Ashby said the batteries had been linked to nine fires. No one has been injured, the company said.';
    const some = 'At least four people were injured in those fires, three of them with burns, the reports show.';
    expect(relate({ text: none }, { text: some }).label).toBe('disputes');
    // Relayed reports still relay.
    expect(relate({ text: none }, { text: 'Reports say at least four people were injured in those fires.' }).label).not.toBe('disputes');
  });
});
