// Sentence splitting: abbreviation repairs, quotations over several sentences, offsets.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quotedRanges, splitSentences } from '@/utils/engine/sentences';

const texts = (body: string) => splitSentences(body).map((s) => s.text);

describe('splitSentences', () => {
  it.each([
    ['US Maj. Gen. Alexus Grynkewich said it. He left.', ['US Maj. Gen. Alexus Grynkewich said it.', 'He left.']],
    ['Lt. Gen. Pat White warned. He left.', ['Lt. Gen. Pat White warned.', 'He left.']],
    ['The U.S. Army is big. It grows.', ['The U.S. Army is big.', 'It grows.']],
    ['Troops left the U.S. The next day they landed.', ['Troops left the U.S.', 'The next day they landed.']],
    ['He is the No. 2 commander. Yes.', ['He is the No. 2 commander.', 'Yes.']],
    ['It began on Jan. 5 in the capital. Then it ended.', ['It began on Jan. 5 in the capital.', 'Then it ended.']],
    ['Mr. Smith and Dr. Jones met John F. Kennedy. Fine.', ['Mr. Smith and Dr. Jones met John F. Kennedy.', 'Fine.']],
    ['Costs rose, e.g. rents. Wages fell.', ['Costs rose, e.g. rents.', 'Wages fell.']],
  ])('%s', (body, expected) => expect(texts(body)).toEqual(expected));

  it('keeps a quotation of several sentences with its attribution', () => {
    const body = '“Right now, I’m not aware of any plans. We continue to remain very focused on the mission,” Patrick Ryder said last month. Next.';
    expect(texts(body)).toEqual([
      '“Right now, I’m not aware of any plans. We continue to remain very focused on the mission,” Patrick Ryder said last month.',
      'Next.',
    ]);
  });

  it('re-attaches an attribution cut off after a quoted question', () => {
    const body = 'The coalition asked whether the group is "on the ropes or lacking in capacity?" Grynkewich said. Next one.';
    expect(texts(body)).toEqual(['The coalition asked whether the group is "on the ropes or lacking in capacity?" Grynkewich said.', 'Next one.']);
  });

  it('an unclosed quotation does not swallow the paragraph', () => {
    const body = '"One. Two. Three. Four. Five. Six. Seven. Eight. Nine. Ten.';
    expect(texts(body).length).toBeGreaterThan(5);
  });

  it('never crosses a line break and numbers paragraphs', () => {
    const s = splitSentences('First one. Second one.\n\nThird one\nFourth one.');
    expect(s.map((x) => [x.text, x.paragraph])).toEqual([
      ['First one.', 0],
      ['Second one.', 0],
      ['Third one', 1],
      ['Fourth one.', 2],
    ]);
  });

  it('cuts pathological sentences to bounded length', () => {
    const s = splitSentences('word '.repeat(5000));
    expect(s.length).toBeGreaterThan(1);
    for (const x of s) expect(x.text.length).toBeLessThanOrEqual(3000);
  });

  it('property: spans are ordered, within the body, trimmed, and body.slice(start, end) === text', () => {
    const alphabet = fc.constantFrom('a', 'B', ' ', '.', '?', '!', '"', '“', '”', '\n', 'Mr.', 'U.S.', 'No. ', '5', ',', 'é', '日', '😀', '\t');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 300 }).map((a) => a.join('')), (body) => {
        let last = 0;
        for (const s of splitSentences(body)) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(body.length);
          expect(body.slice(s.start, s.end)).toBe(s.text);
          expect(s.text).toBe(s.text.trim());
          expect(s.text).not.toContain('\n');
          last = s.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('property: every non-space character of the body is in some sentence', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (body) => {
        const covered = new Array(body.length).fill(false);
        for (const s of splitSentences(body)) for (let i = s.start; i < s.end; i++) covered[i] = true;
        for (let i = 0; i < body.length; i++) if (!/\s/.test(body[i])) expect(covered[i]).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('quotedRanges', () => {
  it.each([
    ['He said "we will go" today.', ['"we will go"']],
    ['“One,” he said, “two.”', ['“One,”', '“two.”']],
    ['the group’s ”capacity remained degraded.”', ['”capacity remained degraded.”']],
    ['"The pure numbers are the same.”', ['"The pure numbers are the same.”']],
    ['"open to the end', ['"open to the end']],
  ])('%s', (text, expected) => expect(quotedRanges(text).map(([a, b]) => text.slice(a, b))).toEqual(expected));
});
