import { afterEach, describe, expect, it, vi } from 'vitest';
import { segmentBody, disjointSpans } from '../../../components/body-segments';
import { parseReaderSearch, readerSearch } from '../../../utils/reader-url';
import { ReaderArticle, markTone } from '../../../components/ReaderArticle';
import { ReaderPanel } from '../../../components/ReaderPanel';
import { FIXTURE_ARTICLE_VIEW } from '../../fixtures/dev-fixtures';
import type { ArticleView } from '../../../utils/messages';
import { all, cleanup, fire, renderDom, textOf } from './dom';

const EVIL = '<img src=x onerror=alert(1)>';
let mounted: HTMLElement[] = [];
afterEach(() => {
  mounted.forEach(cleanup);
  mounted = [];
});
const view = FIXTURE_ARTICLE_VIEW;
const readerUrl = (a: string, c: string) => `reader.html?article=${a}&claim=${c}`;

describe('reader URL', () => {
  it('round-trips article and claim ids', () => {
    const search = readerSearch('4fb2ef7e', '4fb2ef7e:2');
    expect(search).toBe('?article=4fb2ef7e&claim=4fb2ef7e%3A2');
    expect(parseReaderSearch(search)).toEqual({ articleId: '4fb2ef7e', claimId: '4fb2ef7e:2' });
    expect(readerSearch('a b')).toBe('?article=a+b');
    expect(parseReaderSearch('?article=&x=1')).toEqual({ articleId: null, claimId: null });
  });
});

describe('segmentBody', () => {
  const body = 'First para has a claim here.\n\nSecond para\nthird line with claim.';
  const claims = [
    { id: 'c1', start: body.indexOf('a claim'), end: body.indexOf('a claim') + 7 },
    { id: 'c2', start: body.indexOf('para\nthird'), end: body.indexOf(' with') },
  ];

  it('splits on newlines and wraps claim spans, across paragraphs too', () => {
    const ps = segmentBody(body, claims);
    expect(ps.map((p) => p.pieces.map((x) => x.text).join(''))).toEqual(['First para has a claim here.', 'Second para', 'third line with claim.']);
    expect(ps[0].pieces).toEqual([
      { text: 'First para has ', claimId: null, first: false },
      { text: 'a claim', claimId: 'c1', first: true },
      { text: ' here.', claimId: null, first: false },
    ]);
    expect(ps[1].pieces[1]).toEqual({ text: 'para', claimId: 'c2', first: true });
    expect(ps[2].pieces[0]).toEqual({ text: 'third line', claimId: 'c2', first: false });
  });

  it('keeps offsets exact (every piece is the body slice) and flags subheadings', () => {
    const ps = segmentBody(view.article.body, view.claims);
    for (const c of view.claims) {
      const text = ps.flatMap((p) => p.pieces.filter((x) => x.claimId === c.id).map((x) => x.text)).join('');
      expect(text).toBe(c.text);
    }
    expect(ps.filter((p) => p.heading).map((p) => p.pieces[0].text)).toEqual(['US military role needed']);
  });

  it('clips overlapping and out-of-range spans', () => {
    expect(disjointSpans([{ id: 'b', start: 5, end: 12 }, { id: 'a', start: 0, end: 8 }, { id: 'z', start: 50, end: 60 }], 20)).toEqual([
      { id: 'a', start: 0, end: 8 },
      { id: 'b', start: 8, end: 12 },
    ]);
  });
});

describe('ReaderArticle', () => {
  const mount = (v: ArticleView, selected: string | null, onSelect = vi.fn()) => {
    const el = renderDom(<ReaderArticle view={v} selectedClaimId={selected} onSelect={onSelect} />);
    mounted.push(el);
    return { el, onSelect };
  };

  it('shows title, outlet, date, source link and the body as paragraphs with claim marks', () => {
    const { el } = mount(view, view.claims[1].id);
    expect(textOf(el.querySelector('h1'))).toBe(view.article.title);
    expect(textOf(el.querySelector('.cl-r-outlet'))).toBe('Diyaruna');
    expect(textOf(el.querySelector('.cl-r-byline time'))).toBe('22 Jan 2020');
    expect(el.querySelector('.cl-r-byline a')!.getAttribute('href')).toBe(view.article.url);
    expect(textOf(el.querySelector('summary'))).toBe('About Diyaruna');
    const marks = all(el, 'mark');
    expect(marks).toHaveLength(5);
    // linkedom keeps Preact's attribute case (browsers set the tabIndex property instead).
    expect(marks.map((m) => m.getAttribute('tabindex') ?? m.getAttribute('tabIndex'))).toEqual(['0', '0', '0', '0', '0']);
    expect(marks.every((m) => m.getAttribute('role') === 'button')).toBe(true);
    const selected = all(el, 'mark.is-selected');
    expect(selected.map(textOf)).toEqual([view.claims[1].text]);
    expect(selected[0].getAttribute('aria-pressed')).toBe('true');
    expect(all(el, '.cl-r-para').length).toBeGreaterThan(5);
  });

  it('selects a claim on click and on Enter', () => {
    const { el, onSelect } = mount(view, null);
    const mark = el.querySelector(`mark[data-claim="${view.claims[3].id}"]`)!;
    fire(mark, 'click');
    expect(onSelect).toHaveBeenLastCalledWith(view.claims[3].id);
    const ev = fire(el.querySelector(`mark[data-claim="${view.claims[0].id}"]`)!, 'keydown', { key: 'Enter' });
    expect(onSelect).toHaveBeenLastCalledWith(view.claims[0].id);
    expect(ev.defaultPrevented).toBe(true);
    fire(mark, 'keydown', { key: 'a' });
    expect(onSelect).toHaveBeenCalledTimes(2);
  });

  it('tones marks by their contrasts', () => {
    expect(markTone(view.contrasts[view.claims[0].id])).toBe('disputed');
    expect(markTone(view.contrasts[view.claims[3].id])).toBe('contrasted');
    expect(markTone(view.contrasts[view.claims[2].id])).toBe('plain');
    expect(markTone(undefined)).toBe('plain');
  });

  it('renders a hostile body and title as text', () => {
    const body = `Intro ${EVIL} and more.\n<script>alert(2)</script>`;
    const claim = { ...view.claims[0], start: 6, end: 6 + EVIL.length, text: EVIL };
    const { el } = mount({ ...view, article: { ...view.article, title: EVIL, body }, claims: [claim] }, claim.id);
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('script')).toBeNull();
    expect(textOf(el.querySelector('mark'))).toBe(EVIL);
    expect(textOf(el.querySelector('h1'))).toBe(EVIL);
    expect(textOf(el.querySelector('.cl-r-body'))).toContain('<script>alert(2)</script>');
  });
});

describe('ReaderPanel', () => {
  const mount = (selected: string | null, onSelect = vi.fn()) => {
    const el = renderDom(<ReaderPanel view={view} selectedClaimId={selected} onSelect={onSelect} readerUrl={readerUrl} />);
    mounted.push(el);
    return { el, onSelect };
  };

  it("shows the selected claim's contrasts, the figures and the timeline", () => {
    const { el } = mount(view.claims[0].id);
    expect(textOf(el.querySelector('.cl-r-panel-head h2'))).toBe('Claim 1 of 5');
    expect(textOf(el.querySelector('.cl-r-selected-quote'))).toBe(view.claims[0].text);
    expect(all(el, '.cl-group-head').map(textOf)).toEqual(['Disputes2 claims', 'Agrees2 claims']);
    expect(textOf(el.querySelector('.cl-figures'))).toContain('~5,200');
    expect(el.querySelector('.cl-timeline svg')).not.toBeNull();
  });

  it('says when a claim has no contrasts, and prompts when none is selected', () => {
    expect(textOf(mount(view.claims[2].id).el.querySelector('.cl-empty'))).toBe('No other outlet in your library agrees with, disputes or adds to this claim yet.');
    expect(textOf(mount('nope').el.querySelector('.cl-r-selected .cl-muted'))).toMatch(/^Select a highlighted claim/);
  });

  it('steps to the previous and next claim, wrapping around', () => {
    const { el, onSelect } = mount(view.claims[0].id);
    fire(el.querySelector('button[aria-label="Previous claim"]')!, 'click');
    expect(onSelect).toHaveBeenLastCalledWith(view.claims[4].id);
    fire(el.querySelector('button[aria-label="Next claim"]')!, 'click');
    expect(onSelect).toHaveBeenLastCalledWith(view.claims[1].id);
  });
});
