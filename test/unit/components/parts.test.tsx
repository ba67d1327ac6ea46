import type { ComponentChild } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContrastList } from '../../../components/ContrastList';
import { countContrasts } from '../../../utils/engine/shown';
import { FigureCompare, differingRows } from '../../../components/FigureCompare';
import { Timeline, dodge, timelineLanes } from '../../../components/Timeline';
import { OutletFacts } from '../../../components/OutletFacts';
import { evidenceLine } from '../../../components/ContrastItem';
import { FIXTURE_CONTRASTS, FIXTURE_FIGURES, FIXTURE_OUTLETS, FIXTURE_TIMELINE } from '../../fixtures/dev-fixtures';
import type { Figure, FigureRow, RelationEvidence } from '../../../utils/engine/types';
import { all, cleanup, fire, renderDom, textOf } from './dom';

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

describe('ContrastList', () => {
  it('counts and reveals hidden items with "Show N more"', async () => {
    expect(countContrasts(FIXTURE_CONTRASTS)).toBe(8);
    const el = mount(<ContrastList groups={FIXTURE_CONTRASTS} readerUrl={readerUrl} limit={1} />);
    expect(all(el, '.cl-item')).toHaveLength(3);
    expect(all(el, '.cl-more').map(textOf)).toEqual(['Show 1 more', 'Show 3 more', 'Show 1 more']);
    fire(el.querySelector('.cl-group--agrees .cl-more')!, 'click');
    await vi.waitFor(() => expect(all(el, '.cl-group--agrees .cl-item')).toHaveLength(4));
    expect(el.querySelector('.cl-group--agrees .cl-more')).toBeNull();
  });

  it('uses the given empty text', () => {
    const el = mount(<ContrastList groups={{ disputes: [], agrees: [], related: [] }} readerUrl={readerUrl} emptyText="Nothing yet." />);
    expect(textOf(el)).toBe('Nothing yet.');
  });

  it('labels group counts for screen readers and links each item', () => {
    const el = mount(<ContrastList groups={FIXTURE_CONTRASTS} readerUrl={readerUrl} />);
    expect(textOf(el.querySelector('.cl-group--related .cl-count'))).toBe('2 claims');
    const section = el.querySelector('.cl-group--disputes')!;
    expect(el.querySelector(`[id="${section.getAttribute('aria-labelledby')}"]`)).not.toBeNull();
    expect(all(el, '.cl-item a[target="_blank"]')).toHaveLength(7); // 2 + 3 shown + 2
  });
});

describe('evidenceLine', () => {
  const base: RelationEvidence = { sharedTerms: [], sharedEntities: [], opposingDirection: null, negation: false, refuting: [], figureDiffs: [] };
  const f = (value: number): Figure => ({ value, high: null, approx: false, unit: 'troop', subject: 'US troops in Iraq', subjectKey: 'k', period: null, text: '' });
  it.each([
    [{ ...base, figureDiffs: [{ subject: 'US troops in Iraq', a: f(5200), b: f(2500) }] }, 'US troops in Iraq: 5,200 vs 2,500'],
    [{ ...base, opposingDirection: { a: ['resurging'], b: ['defeated'] } }, '“resurging” vs “defeated”'],
    [{ ...base, refuting: ['denied'] }, 'Says “denied”'],
    [{ ...base, negation: true }, 'Negates the claim'],
    // a denied act names both sides' words, page first
    [{ ...base, negation: true, act: { a: 'not paid a fine', b: 'paid a fine of about $2 million' } }, '“not paid a fine” vs “paid a fine of about $2 million”'],
    [base, null],
  ])('%#', (e, expected) => {
    expect(evidenceLine(e)).toBe(expected);
  });
});

describe('FigureCompare', () => {
  const entry = (value: number, high: number | null, approx: boolean, outletName: string, date: string | null) => ({
    figure: { value, high, approx, unit: 'member', subject: 'ISIS fighters', subjectKey: 'isis member', period: null, text: '' },
    outletId: outletName.toLowerCase(),
    outletName,
    claimId: `${outletName}:1`,
    date,
  });
  const row: FigureRow = { subject: 'ISIS fighters', subjectKey: 'isis member', entries: [entry(14000, 18000, false, 'A', '2019-08'), entry(10000, null, true, 'B', '2020')] };

  it('shows ranges and approximate values with dates', () => {
    const el = mount(<FigureCompare rows={[row]} />);
    expect(textOf(el.querySelector('.cl-section-title'))).toBe('Figures differ');
    expect(all(el, '.cl-figentry').map(textOf)).toEqual(['14,000–18,000 A · Aug 2019', '~10,000 B · 2020']);
    expect(all(el, '.cl-figbar-fill').map((b) => b.getAttribute('style')?.replace(/[\s;]/g, ''))).toEqual(['width:100.0%', 'width:55.6%']);
  });

  it('renders nothing when no subject has differing values', () => {
    const same: FigureRow = { ...row, entries: [entry(5, null, false, 'A', null), entry(5, null, false, 'B', null)] };
    expect(differingRows([same, FIXTURE_FIGURES[1]])).toEqual([]);
    const el = mount(<FigureCompare rows={[same]} />);
    expect(el.children).toHaveLength(0);
  });
});

describe('Timeline', () => {
  it('puts one lane per outlet, oldest first, skipping undated entries', () => {
    const lanes = timelineLanes([...FIXTURE_TIMELINE, { ...FIXTURE_TIMELINE[0], claimId: 'u:1', date: 'unknown' }]);
    expect(lanes.map((l) => l.outletName)).toEqual(['Arab Observer', 'Diyaruna', 'Sputnik', 'PopularResistance.org', 'The Cradle']);
    expect(lanes.flatMap((l) => l.points)).toHaveLength(8);
  });

  it('nudges coincident dots apart within the chart', () => {
    expect(dodge([10, 10, 10], 9, 100)).toEqual([10, 19, 28]);
    expect(dodge([95, 95, 95], 9, 100)).toEqual([82, 91, 100]);
    expect(dodge([10, 50], 9, 100)).toEqual([10, 50]);
  });

  it('renders nothing without dated entries', () => {
    const el = mount(<Timeline entries={[{ ...FIXTURE_TIMELINE[0], date: '' }]} />);
    expect(el.children).toHaveLength(0);
  });

  it('shows a legend of the labels present only', () => {
    const el = mount(<Timeline entries={FIXTURE_TIMELINE.filter((e) => e.label === 'agrees')} />);
    expect(all(el, '.cl-legend li').map(textOf)).toEqual(['Agrees']);
    expect(el.querySelector('svg')!.getAttribute('aria-label')).toBe('Timeline: 4 claims by 4 outlets, from Aug 2019 to 27 Mar 2024.');
  });
});

describe('OutletFacts', () => {
  it('titles a single outlet by name and says when nothing is known', () => {
    const bare = { ...FIXTURE_OUTLETS.cradle, country: null, ownership: [], notes: [] };
    const el = mount(<OutletFacts outlets={[bare]} open />);
    expect(textOf(el.querySelector('summary'))).toBe('About The Cradle');
    expect(el.querySelector('details')!.hasAttribute('open')).toBe(true);
    expect(textOf(el.querySelector('.cl-muted'))).toBe('No background facts recorded for this outlet yet.');
  });
});
