// The sentence of a text holding a span (clause.ts sentenceAt): readers of a page frame — a sentence read with the
// sentences before it — ask only their own sentence (harm.ts' none, votes.ts' "about").
import { describe, expect, it } from 'vitest';
import { sentenceAt } from '@/utils/engine/clause';

describe('sentenceAt', () => {
  const text = 'Fire destroyed the warehouse on Friday. The owner said it would not reopen. No one was hurt, the chief said.';

  it('a span inside a sentence, or opening it, gives that sentence alone', () => {
    expect(sentenceAt(text, text.indexOf('one was hurt'))).toBe('No one was hurt, the chief said.');
    // the span opens the sentence (a reader's match often does): not the sentences before it too
    expect(sentenceAt(text, text.indexOf('No one'), text.indexOf('No one') + 'No one was hurt'.length)).toBe('No one was hurt, the chief said.');
    expect(sentenceAt(text, 0)).toBe('Fire destroyed the warehouse on Friday.');
  });

  it('a closing quote stays with its sentence, and a text without a stop is one sentence', () => {
    const quoted = '"We will rebuild," the owner said. The site is closed.';
    expect(sentenceAt(quoted, quoted.indexOf('The site'))).toBe('The site is closed.');
    expect(sentenceAt(quoted, 3)).toBe('"We will rebuild," the owner said.');
    expect(sentenceAt('No stop here', 3)).toBe('No stop here');
  });
});
