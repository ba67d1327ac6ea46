// The card's new content: the page's own date, the page sentence each item answers (a button that asks to
// scroll there), the timing gap of far-apart claims, and the headline contrast of one event's differing counts.
import type { ComponentChild } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContrastItem } from '@/components/ContrastItem';
import { FigureCompare, FigureHeadline, reportSides } from '@/components/FigureCompare';
import { TopicCard } from '@/components/TopicCard';
import { formatGap, timingText } from '@/components/format';
import type { Contrast, Figure, FigureRow, TopicMatch } from '@/utils/engine/types';
import { all, cleanup, fire, renderDom, textOf } from '../components/dom';

let mounted: HTMLElement[] = [];
const mount = (vnode: ComponentChild) => {
  const el = renderDom(vnode);
  mounted.push(el);
  return el;
};
afterEach(() => {
  mounted.forEach(cleanup);
  mounted = [];
});
const readerUrl = (a: string, c: string) => `reader.html?article=${a}&claim=${c}`;

const evidence = { sharedTerms: [], sharedEntities: [], opposingDirection: null, negation: false, refuting: [], figureDiffs: [] };
function contrast(id: string, text: string, date: string, extra: Partial<Contrast> = {}): Contrast {
  return {
    claim: { id, articleId: `a-${id}`, outletId: `o-${id}`, text, start: 0, end: text.length, speaker: null, kind: 'statement', topics: ['t'], figures: [], date },
    outlet: { id: `o-${id}`, name: `Outlet ${id}`, domain: null, country: null, ownership: [], notes: [] },
    article: { id: `a-${id}`, title: 'T', published: date, url: null },
    relation: { label: 'related', score: 0.5, similarity: 0.5, evidence },
    ...extra,
  };
}
const fig = (value: number): Figure => ({ value, high: null, approx: false, unit: 'worker', subject: 'workers killed in Port Halden', subjectKey: '|worker:killed|port-halden', period: null, text: `${value} workers were killed` });
const eventRow: FigureRow = {
  subject: 'workers killed in Port Halden',
  subjectKey: '|worker:killed|port-halden',
  sameEvent: true,
  entries: [
    { figure: fig(12), outletId: 'm', outletName: 'Meridian Wire', claimId: 'm:1', date: '2025-03-12' },
    { figure: fig(35), outletId: 'c', outletName: 'Coastal Labour Voice', claimId: 'c:1', date: '2025-03-12' },
    { figure: fig(12), outletId: '', outletName: 'Northstar Times (this page)', claimId: '', date: '2025-03-13' },
  ],
};

describe('timing text', () => {
  it('says how far before or after the article a far-apart claim was made', () => {
    expect(timingText({ position: 'earlier', gapDays: 3206 })).toBe('said 9 years before this article');
    expect(timingText({ position: 'later', gapDays: 200 })).toBe('said 7 months after this article');
    expect(timingText({ position: 'same-time', gapDays: 1 })).toBeNull();
    expect(timingText(null)).toBeNull();
    expect(formatGap(1)).toBe('1 day');
  });
});

describe('ContrastItem', () => {
  const sentence = { start: 120, end: 170, text: 'The air in Port Halden is safe to breathe, the county health department said on Thursday.' };

  it('shows the page sentence it answers as a button that asks to show that span', () => {
    const onShow = vi.fn();
    const el = mount(<ul><ContrastItem contrast={contrast('1', 'The air is not safe to breathe.', '2025-03-12', { pageSentence: sentence })} readerUrl={readerUrl} onShowSentence={onShow} /></ul>);
    const button = el.querySelector('.cl-answers-link')!;
    expect(textOf(button)).toContain('The air in Port Halden is safe to breathe');
    fire(button, 'click');
    expect(onShow).toHaveBeenCalledWith({ start: 120, end: 170 });
  });

  it('without a callback the sentence is plain text, clipped', () => {
    const long = { ...sentence, text: `${sentence.text} ${'More words follow here. '.repeat(10)}` };
    const el = mount(<ul><ContrastItem contrast={contrast('1', 'x', '2025-03-12', { pageSentence: long })} readerUrl={readerUrl} /></ul>);
    expect(el.querySelector('.cl-answers-link')).toBeNull();
    const q = textOf(el.querySelector('.cl-answers q'));
    expect(q.length).toBeLessThanOrEqual(110);
    expect(q.endsWith('…')).toBe(true);
  });

  it('marks a far-apart claim with the gap, and a same-time one not at all', () => {
    const far = mount(<ul><ContrastItem contrast={contrast('1', 'Old claim.', '2016-06-02', { timing: { position: 'earlier', gapDays: 3206 } })} readerUrl={readerUrl} /></ul>);
    expect(textOf(far.querySelector('.cl-when'))).toBe('said 9 years before this article');
    const near = mount(<ul><ContrastItem contrast={contrast('2', 'New claim.', '2025-03-12', { timing: { position: 'same-time', gapDays: 1 } })} readerUrl={readerUrl} /></ul>);
    expect(near.querySelector('.cl-when')).toBeNull();
  });
});

describe('figure headline', () => {
  it('puts differing counts of one event side by side with who gave each', () => {
    expect(reportSides(eventRow)).toEqual([
      { value: '12', outlets: ['Meridian Wire', 'Northstar Times (this page)'] },
      { value: '35', outlets: ['Coastal Labour Voice'] },
    ]);
    const el = mount(<FigureHeadline rows={[eventRow]} />);
    expect(textOf(el.querySelector('.cl-headline-label'))).toBe('Reports differ');
    expect(all(el, '.cl-headline-values strong').map(textOf)).toEqual(['12', '35']);
  });

  it('a row over time (not one event) is no headline', () => {
    const el = mount(<FigureHeadline rows={[{ ...eventRow, sameEvent: false }]} />);
    expect(el.querySelector('.cl-headline')).toBeNull();
    const rows = mount(<FigureCompare rows={[{ ...eventRow, sameEvent: false }]} />);
    expect(rows.querySelector('.cl-figevent')).toBeNull();
    expect(all(rows, '.cl-figentry')).toHaveLength(3);
  });
});

describe('TopicCard', () => {
  const match: TopicMatch = {
    topic: { id: 't', label: 'Corvane refinery', kind: 'org', aliases: ['corvane refinery'], outletCount: 3, claimCount: 9, weight: 1 },
    score: 0.9,
    matchedTerms: ['corvane'],
    mentions: [],
    outletCount: 3,
    claimCount: 9,
    contrasts: { disputes: [contrast('1', 'The air is not safe to breathe.', '2025-03-12', { pageSentence: { start: 5, end: 40, text: 'The air is safe to breathe.' } })], agrees: [], related: [] },
    figures: [eventRow],
    timeline: [],
  };
  const props = { match, readerUrl, onClose: () => {}, onMuteTopic: () => {}, onMuteOutlet: () => {} };

  it("shows the page's own date, the headline contrast, and the sentence each item answers", () => {
    const onShow = vi.fn();
    const el = mount(<TopicCard {...props} pageDate="2025-03-13" onShowSentence={onShow} />);
    expect(textOf(el.querySelector('.cl-sub-date'))).toBe('This article: 13 Mar 2025');
    expect(el.querySelector('.cl-headline')).not.toBeNull();
    fire(el.querySelector('.cl-answers-link')!, 'click');
    expect(onShow).toHaveBeenCalledWith({ start: 5, end: 40 });
  });

  it('opened on a passage, items do not repeat the passage', () => {
    const sentence = { start: 5, end: 40, text: 'The air is safe to breathe.', topicIds: ['t'], contrasts: match.contrasts };
    const el = mount(<TopicCard {...props} sentence={sentence} />);
    expect(el.querySelector('.cl-passage')).not.toBeNull();
    expect(el.querySelector('.cl-answers')).toBeNull();
  });
});
