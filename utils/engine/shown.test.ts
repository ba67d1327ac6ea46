import { describe, expect, it } from 'vitest';
import type { Contrast, PageMatch, SentenceMatch, TopicMatch } from './types';
import { countContrasts, hideMuted, isFurniture, sentenceHasItem, shownPassages, topicOfSentence } from './shown';

describe('hideMuted', () => {
  const contrast = (outletId: string) => ({ outlet: { id: outletId, name: outletId }, claim: { outletId } }) as unknown as Contrast;
  const topic = (id: string): TopicMatch =>
    ({
      topic: { id, label: id },
      mentions: [{ start: 0, end: 4 }],
      contrasts: { disputes: [contrast('rt'), contrast('bbc')], agrees: [], related: [] },
      figures: [{ subject: 'troops', subjectKey: 'troop', entries: [{ outletId: 'rt' }, { outletId: 'bbc' }] }],
      timeline: [{ outletId: 'rt' }, { outletId: 'bbc' }],
    }) as unknown as TopicMatch;
  const match = {
    pageOutletId: null,
    tookMs: 1,
    topics: [topic('isis'), topic('iraq')],
    sentences: [{ start: 0, end: 10, text: 'x', topicIds: ['isis'], contrasts: { disputes: [contrast('rt')], agrees: [], related: [] } }],
  } as unknown as PageMatch;

  it('drops muted topics and muted outlets, keeping sentence indices', () => {
    const out = hideMuted(match, { mutedTopics: ['isis'], mutedOutlets: ['rt'] });
    expect(out.topics.map((t) => t.topic.id)).toEqual(['iraq']);
    expect(out.topics[0]!.contrasts.disputes.map((c) => c.outlet.id)).toEqual(['bbc']);
    expect(out.topics[0]!.figures[0]!.entries).toEqual([{ outletId: 'bbc' }]);
    expect(out.topics[0]!.timeline).toEqual([{ outletId: 'bbc' }]);
    expect(out.sentences).toHaveLength(1);
    expect(out.sentences[0]!.topicIds).toEqual([]);
    expect(out.sentences[0]!.contrasts.disputes).toEqual([]);
  });

  it('returns the match itself when nothing is muted', () => {
    expect(hideMuted(match, { mutedTopics: [], mutedOutlets: [] })).toBe(match);
  });
});

const rel = (figure = false) => ({ relation: { evidence: { figureDiffs: figure ? [{}] : [] } }, outlet: { id: 'o' }, claim: { outletId: 'o' } }) as unknown as Contrast;
const sentence = (text: string, topicIds: string[], d: number, a: number, r: number, figure = false): SentenceMatch => ({
  start: 0,
  end: text.length,
  text,
  topicIds,
  contrasts: { disputes: Array.from({ length: d }, () => rel()), agrees: Array.from({ length: a }, () => rel()), related: Array.from({ length: r }, () => rel(figure)) },
});

describe('countContrasts', () => {
  it('counts every group', () => {
    expect(countContrasts(sentence('x', [], 2, 1, 3).contrasts)).toBe(6);
  });
});

describe('topicOfSentence', () => {
  const m = { topics: [{ topic: { id: 'iraq' } }, { topic: { id: 'isis' } }] } as unknown as PageMatch;
  it('is the first of the sentence topics that the match still shows', () => {
    expect(topicOfSentence(m, { topicIds: ['muted', 'isis', 'iraq'] })).toBe('isis');
    expect(topicOfSentence(m, { topicIds: ['muted'] })).toBeNull();
    expect(topicOfSentence(m, undefined)).toBeNull();
  });
});

describe('calmer page: which sentences get a highlight and a place in the pill', () => {
  it('needs a dispute, an agreement or a figure; loosely related claims alone do not count', () => {
    expect(sentenceHasItem(sentence('ISIS is resurging across the region.', ['isis'], 1, 0, 0))).toBe(true);
    expect(sentenceHasItem(sentence('ISIS is resurging across the region.', ['isis'], 0, 1, 0))).toBe(true);
    expect(sentenceHasItem(sentence('About 2,500 US troops remain in Iraq today.', ['isis'], 0, 0, 1, true))).toBe(true);
    expect(sentenceHasItem(sentence('Officials met in Baghdad on Tuesday evening.', ['isis'], 0, 0, 4))).toBe(false);
  });

  it.each([
    ['[Read: Tunisia sends migrants back into the desert]', true],
    ['Read more: How ISIS rebuilt its networks in Syria', true],
    ['Related: The war that never ended', true],
    ['(Photo by a staff photographer for the outlet)', true],
    ['Sign up for our newsletter to get the news daily.', true],
    ['ISIS news', true],
    ['Officials said ISIS was no longer a threat to the region.', false],
    ['"We read the reports carefully," the general said on Monday.', false],
    // Fewer than five words, counted across any run of white space (no-break and em spaces too).
    ['Troops  left\tthe\u00a0city', true],
    ['  Troops left the city today  ', false],
    ['Troops left\u2003the city\ntoday', false],
    ['', true],
    // a short full sentence with a finite verb is a statement, not a label (session 67: "No redundancies are planned.")
    ['No redundancies are planned.', false],
    ['No one was hurt.', false],
    ['Share this article.', true],
    ['No redundancies planned', true],
  ])('furniture: %s → %s', (text, expected) => {
    expect(isFurniture(text)).toBe(expected);
  });

  it('lists the strongest passages in page order, capped, without furniture or unshown topics', () => {
    const m = {
      topics: [{ topic: { id: 'isis' } }],
      sentences: [
        sentence('[Read: ISIS is back in Syria and Iraq now]', ['isis'], 5, 0, 0),
        sentence('First weak but real agreement sentence here.', ['isis'], 0, 1, 0),
        sentence('A sentence about a muted topic only here.', ['muted'], 3, 0, 0),
        sentence('Strong dispute sentence number one here.', ['isis'], 2, 0, 0),
        sentence('Related only sentence without any figure.', ['isis'], 0, 0, 5),
        sentence('Strong dispute sentence number two here.', ['isis'], 3, 0, 0),
      ],
    } as unknown as PageMatch;
    expect(shownPassages(m)).toEqual([1, 3, 5]);
    expect(shownPassages(m, 2)).toEqual([3, 5]);
  });
});
