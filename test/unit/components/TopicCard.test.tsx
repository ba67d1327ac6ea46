import { afterEach, describe, expect, it, vi } from 'vitest';
import { TopicCard, type TopicCardProps } from '../../../components/TopicCard';
import { FIXTURE_CONTRASTS, FIXTURE_TOPIC_MATCH } from '../../fixtures/dev-fixtures';
import type { Contrast, ContrastGroups, SentenceMatch, TopicMatch } from '../../../utils/engine/types';
import { all, cleanup, fire, renderDom, textOf } from './dom';

const EVIL = '<img src=x onerror=alert(1)>';
let mounted: HTMLElement[] = [];

afterEach(() => {
  mounted.forEach(cleanup);
  mounted = [];
});

function card(overrides: Partial<TopicCardProps> = {}) {
  const props: TopicCardProps = {
    match: FIXTURE_TOPIC_MATCH,
    readerUrl: (a, c) => `chrome-extension://x/reader.html?article=${a}&claim=${c}`,
    onClose: vi.fn(),
    onMuteTopic: vi.fn(),
    onMuteOutlet: vi.fn(),
    ...overrides,
  };
  const el = renderDom(<TopicCard {...props} />);
  mounted.push(el);
  return { el, props };
}

const groupHeads = (el: HTMLElement) => all(el, '.cl-group-head').map(textOf);
const empty: ContrastGroups = { disputes: [], agrees: [], related: [] };

describe('TopicCard', () => {
  it('opened before its items came (issue 10): the header, a quiet loading line, and no items yet', () => {
    const { contrasts: _c, figures: _f, timeline: _t, ...summary } = FIXTURE_TOPIC_MATCH;
    const { el } = card({ match: summary });
    expect(textOf(el.querySelector('.cl-title'))).toBe('ISIS');
    expect(textOf(el.querySelector('.cl-sub'))).toBe('6 outlets · 23 claims');
    expect(textOf(el.querySelector('.cl-loading[role="status"]'))).toBe('Reading what other outlets say…');
    expect(all(el, '.cl-item')).toHaveLength(0);
    const failed = card({ match: summary, failed: true }).el;
    expect(textOf(failed.querySelector('.cl-loading'))).toMatch(/^Could not read what other outlets say/);
  });

  it('is a labelled non-modal dialog with a header and a close button', () => {
    const { el, props } = card();
    const dialog = el.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('false');
    const title = el.querySelector(`[id="${dialog.getAttribute('aria-labelledby')}"]`);
    expect(textOf(title)).toBe('ISIS');
    expect(textOf(el.querySelector('.cl-sub'))).toBe('6 outlets · 23 claims');
    const close = el.querySelector('button[aria-label="Close"]')!;
    fire(close, 'click');
    expect(props.onClose).toHaveBeenCalledTimes(1);
  });

  it('groups contrasts as Disputes, Agrees, Adds context with their counts', () => {
    const { el } = card();
    expect(groupHeads(el)).toEqual(['Disputes2 claims', 'Agrees4 claims', 'Adds context2 claims']);
    expect(all(el, '.cl-group--disputes .cl-item')).toHaveLength(2);
    // Agrees has 4: three shown, then a "Show 1 more" button that reveals the rest.
    expect(all(el, '.cl-group--agrees .cl-item')).toHaveLength(3);
    const more = el.querySelector('.cl-group--agrees .cl-more')!;
    expect(textOf(more)).toBe('Show 1 more');
  });

  it('shows quote, speaker, outlet, date and a reader link for each contrast', () => {
    const { el } = card();
    const item = el.querySelector('.cl-group--disputes .cl-item')!;
    expect(textOf(item.querySelector('.cl-quote'))).toBe('ISIS is no longer a threat in Iraq and US forces are not needed.');
    expect(textOf(item.querySelector('.cl-speaker'))).toBe('Mohammed Shia al-Sudani');
    expect(textOf(item.querySelector('.cl-outlet'))).toBe('The Cradle');
    expect(textOf(item.querySelector('time'))).toBe('27 Mar 2024');
    const link = item.querySelector('a')!;
    expect(textOf(link)).toBe('Open in reader ↗');
    expect(link.getAttribute('href')).toBe('chrome-extension://x/reader.html?article=b512b89c&claim=b512b89c:3');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    // Month-precision dates stay month-precision.
    expect(textOf(el.querySelectorAll('.cl-group--disputes time')[1])).toBe('Feb 2024');
  });

  it('omits empty groups', () => {
    const only: ContrastGroups = { ...empty, agrees: FIXTURE_CONTRASTS.agrees.slice(0, 1) };
    const { el } = card({ match: { ...FIXTURE_TOPIC_MATCH, contrasts: only } });
    expect(groupHeads(el)).toEqual(['Agrees1 claim']);
    expect(el.querySelector('.cl-group--disputes')).toBeNull();
  });

  it('uses the sentence contrasts when a sentence is given', () => {
    const sentence: SentenceMatch = {
      start: 0,
      end: 10,
      text: 'IS could stage a comeback.',
      topicIds: ['isis'],
      contrasts: { ...empty, disputes: FIXTURE_CONTRASTS.disputes.slice(0, 1) },
    };
    const { el } = card({ sentence });
    expect(groupHeads(el)).toEqual(['Disputes1 claim']);
    expect(textOf(el.querySelector('.cl-passage'))).toContain('IS could stage a comeback.');
  });

  // Leaving the page's own outlet out is the background's decision (matchPage, by domain or site name; see
  // test/unit/match/match.test.ts "never shows the page outlet…"): the card names it and shows what it is given.
  it("names the page's outlet in the header and does not filter the background's answer again", () => {
    const plain = card({}).el;
    const { el } = card({ pageOutletName: 'the cradle' });
    expect(textOf(el.querySelector('.cl-sub'))).toContain("you're reading the cradle");
    expect(groupHeads(el)).toEqual(groupHeads(plain));
  });

  it('says so helpfully when there are no contrasts at all', () => {
    const match: TopicMatch = { ...FIXTURE_TOPIC_MATCH, contrasts: empty, figures: [], timeline: [] };
    const { el } = card({ match });
    expect(el.querySelector('.cl-group')).toBeNull();
    expect(textOf(el.querySelector('.cl-empty'))).toMatch(/No other outlet in your library .* Import more articles/);
    expect(el.querySelector('.cl-figures')).toBeNull();
    expect(el.querySelector('.cl-timeline')).toBeNull();
    expect(el.querySelector('.cl-outlets')).toBeNull();
    // Mute topic is still offered.
    expect(all(el, '.cl-whymatched button').map(textOf)).toEqual(['Mute topic']);
  });

  it('compares differing figures with their dates and outlets', () => {
    const { el } = card();
    const rows = all(el, '.cl-figrow');
    expect(rows).toHaveLength(1); // the single-outlet "Daesh attacks" row is not a contrast
    expect(textOf(rows[0].querySelector('.cl-figsubject'))).toBe('US troops in Iraq');
    const entries = all(rows[0], '.cl-figentry').map(textOf);
    expect(entries).toEqual(['~5,200 Diyaruna · Jan 2020', '2,500 PopularResistance.org · 2024', '~2,500 The Cradle · 27 Mar 2024']);
  });

  it('draws an accessible timeline with a hidden list of every point', () => {
    const { el } = card();
    const svg = el.querySelector('.cl-timeline svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Timeline: 8 claims by 5 outlets, from Aug 2019 to 27 Mar 2024.');
    expect(all(svg as unknown as HTMLElement, 'circle')).toHaveLength(8);
    expect(all(svg as unknown as HTMLElement, '.cl-tl-dot--disputes')).toHaveLength(2);
    const list = all(el, '.cl-timeline .cl-sr-only li').map(textOf);
    expect(list).toHaveLength(8);
    expect(list[0]).toBe('Aug 2019 — Arab Observer (agrees): “The Islamic State group was resurging in Syria this quarter, a Pentagon watchdog said.”');
  });

  it('keeps outlet context in a collapsed <details> with sourced facts', () => {
    const { el } = card();
    const details = el.querySelector('details.cl-outlets')!;
    expect(details.hasAttribute('open')).toBe(false);
    const names = all(details as HTMLElement, '.cl-outlet-name').map((n) => n.firstChild?.textContent);
    expect(names).toEqual(['The Cradle', 'PopularResistance.org', 'Sputnik', 'Diyaruna', 'Arab Observer']);
    expect(textOf(details)).toContain("State-owned; operated by Rossiya Segodnya Source: Wikipedia: 'Sputnik (news agency)'");
  });

  it('explains why the topic matched and mutes topic or outlet', () => {
    const { el, props } = card();
    const why = el.querySelector('.cl-whymatched')!;
    expect(textOf(why.querySelector('.cl-score'))).toBe('86% match');
    expect(all(why as HTMLElement, '.cl-term').map(textOf)).toEqual(['ISIS', 'Islamic State', 'resurgence']);
    const buttons = all(why as HTMLElement, 'button');
    expect(buttons.map(textOf)).toEqual(['Mute topic', 'Mute The Cradle', 'Mute PopularResistance.org', 'Mute Sputnik', 'Mute Diyaruna', 'Mute Arab Observer']);
    fire(buttons[0], 'click');
    expect(props.onMuteTopic).toHaveBeenCalledWith('isis');
    fire(buttons[3], 'click');
    expect(props.onMuteOutlet).toHaveBeenCalledWith('sputnik');
  });

  it('renders hostile text as text, never as markup', () => {
    const base = FIXTURE_CONTRASTS.disputes[0];
    const evil: Contrast = {
      ...base,
      claim: { ...base.claim, text: `Claim ${EVIL}`, speaker: EVIL },
      outlet: { ...base.outlet, id: 'evil', name: EVIL, notes: [{ value: EVIL, source: EVIL }] },
      article: { ...base.article, published: EVIL },
    };
    const match: TopicMatch = {
      ...FIXTURE_TOPIC_MATCH,
      topic: { ...FIXTURE_TOPIC_MATCH.topic, label: EVIL },
      matchedTerms: [EVIL],
      contrasts: { ...empty, disputes: [evil] },
      timeline: [{ date: '2020-01', outletId: 'evil', outletName: EVIL, claimId: 'e:1', text: EVIL, label: 'disputes' }],
      figures: [
        {
          subject: EVIL,
          subjectKey: 'k',
          entries: [
            { figure: { ...FIXTURE_TOPIC_MATCH.figures[0].entries[0].figure }, outletId: 'evil', outletName: EVIL, claimId: 'e:1', date: EVIL },
            { figure: { ...FIXTURE_TOPIC_MATCH.figures[0].entries[1].figure }, outletId: 'b', outletName: 'B', claimId: 'e:2', date: null },
          ],
        },
      ],
    };
    const { el } = card({ match, sentence: { start: 0, end: 1, text: EVIL, topicIds: [], contrasts: match.contrasts }, pageOutletName: EVIL.toUpperCase() + 'x' });
    expect(el.querySelector('img')).toBeNull();
    expect(all(el, '[onerror]')).toHaveLength(0);
    expect(textOf(el.querySelector('.cl-title'))).toBe(EVIL);
    expect(textOf(el.querySelector('.cl-quote'))).toBe(`Claim ${EVIL}`);
    expect(textOf(el)).toContain(`Mute ${EVIL}`);
    expect(el.outerHTML).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
