/**
 * The small presentation rules that keep the card and the reader readable with real corpus data: quotation
 * marks, outlet-name qualifiers, topic titles, long source URLs, page words for stemmed terms, outlet turns in
 * a group, timeline clusters that stay at their dates, and refuting words credited to the right side.
 */
import { describe, expect, it } from 'vitest';
import { hasOwnQuotes, pageTerms, shortenUrls, splitOutletName, topicTitle } from '../../../components/format';
import { outletsTakeTurns } from '../../../components/ContrastList';
import { placeLaneDots } from '../../../components/Timeline';
import { evidenceLine } from '../../../components/ContrastItem';
import { OutletName } from '../../../components/OutletName';
import { FIXTURE_CONTRASTS } from '../../fixtures/dev-fixtures';
import type { Contrast, RelationEvidence } from '../../../utils/engine/types';
import { cleanup, renderDom, textOf } from './dom';

describe('hasOwnQuotes', () => {
  it.each([
    ['"We both assess ISIS is still a threat," she said.', true],
    ['ISIS lacks the “intent and capability” to attack.', true],
    ['Romanowski\'s claim contradicts the statements of the prime minister.', false],
    ['The group was defeated.', false],
  ])('%s → %s', (text, expected) => {
    expect(hasOwnQuotes(text)).toBe(expected);
  });
});

describe('splitOutletName / OutletName', () => {
  it.each([
    ['Diyaruna (attributed)', { base: 'Diyaruna', qualifier: 'attributed' }],
    ['PopularResistance.org (attributed)', { base: 'PopularResistance.org', qualifier: 'attributed' }],
    ['Sputnik', { base: 'Sputnik', qualifier: null }],
    ['  The Cradle ', { base: 'The Cradle', qualifier: null }],
  ])('%s', (name, expected) => {
    expect(splitOutletName(name)).toEqual(expected);
  });

  it('renders the name as the first text node and the qualifier quietly', () => {
    const el = renderDom(<p>{<OutletName name="Diyaruna (attributed)" />}</p>);
    expect(el.querySelector('p')!.firstChild!.textContent).toBe('Diyaruna');
    expect(textOf(el.querySelector('.cl-qual'))).toBe('(attributed)');
    expect(el.querySelector('.cl-qual')!.getAttribute('title')).toMatch(/does not name its publisher/);
    cleanup(el);
  });
});

describe('topicTitle', () => {
  it.each([
    ['coalition', 'Coalition'],
    ['US troops', 'US troops'],
    ['ISIS', 'ISIS'],
    ['iPhone', 'iPhone'],
  ])('%s → %s', (label, expected) => {
    expect(topicTitle(label)).toBe(expected);
  });
});

describe('shortenUrls', () => {
  it('keeps host and the start of the path', () => {
    expect(shortenUrls('stored public web copy: https://clippermedia.org/the-cradle-a-journalist-driven-publication/ (2 Sep 2021)')).toBe(
      'stored public web copy: clippermedia.org/the-cradle-a-journalis… (2 Sep 2021)',
    );
    expect(shortenUrls('see https://www.example.com/a')).toBe('see example.com/a');
    expect(shortenUrls('no links here')).toBe('no links here');
  });
});

describe('pageTerms', () => {
  const page =
    'US forces stay. The forces of the coalition say ISIS could resurge; a resurgence is feared. Iraqi officials disagree. ' +
    "The coalition's mission continues, with the Islamic State weakened.";
  it('turns stems into the page’s words, keeps phrases, drops unknown terms and repeats', () => {
    expect(pageTerms(['Islamic State', 'ISIS', 'forc', 'resurg', 'iraqi', 'coalition', "coalition's", 'zzz'], page)).toEqual([
      'Islamic State',
      'ISIS',
      'forces',
      'resurge',
      'Iraqi',
      'coalition',
    ]);
  });
});

describe('outletsTakeTurns', () => {
  it('interleaves outlets and keeps each outlet’s own order', () => {
    const c = (outlet: string, n: number) =>
      ({ ...FIXTURE_CONTRASTS.disputes[0]!, outlet: { ...FIXTURE_CONTRASTS.disputes[0]!.outlet, id: outlet }, claim: { ...FIXTURE_CONTRASTS.disputes[0]!.claim, id: `${outlet}:${n}` } }) as Contrast;
    const ids = outletsTakeTurns([c('a', 1), c('a', 2), c('a', 3), c('b', 1), c('c', 1), c('b', 2)]).map((x) => x.claim.id);
    expect(ids).toEqual(['a:1', 'b:1', 'c:1', 'a:2', 'b:2', 'a:3']);
  });
});

describe('placeLaneDots', () => {
  it('keeps a lone dot at its date', () => {
    expect(placeLaneDots([{ x: 200, label: 'agrees' }], 11, 110, 364)).toEqual([{ index: 0, cx: 200, cy: 11, r: 5 }]);
  });

  it('draws same-date claims as a block centred on the date, grouped by relation', () => {
    const labels = ['related', 'disputes', 'related', 'agrees', 'disputes', 'related'] as const;
    const dots = placeLaneDots(labels.map((label) => ({ x: 250, label })), 11, 110, 364);
    expect(dots).toHaveLength(6);
    const xs = dots.map((d) => d.cx);
    expect((Math.min(...xs) + Math.max(...xs)) / 2).toBeCloseTo(250, 5);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(20);
    expect(new Set(dots.map((d) => d.cy)).size).toBe(2);
    // Disputes come first (leftmost column), then agrees, then related.
    const byX = [...dots].sort((a, b) => a.cx - b.cx || a.cy - b.cy).map((d) => labels[d.index]);
    expect(byX).toEqual(['disputes', 'disputes', 'agrees', 'related', 'related', 'related']);
  });

  it('keeps clusters inside the chart and apart from each other', () => {
    const many = Array.from({ length: 20 }, () => ({ x: 362, label: 'related' as const }));
    const dots = placeLaneDots([{ x: 340, label: 'agrees' }, ...many], 11, 110, 364);
    for (const d of dots) {
      expect(d.cx + d.r).toBeLessThanOrEqual(364 + 1e-9);
      expect(Math.abs(d.cy - 11) + d.r).toBeLessThanOrEqual(11);
    }
    const lone = dots.find((d) => d.index === 0)!;
    expect(dots.filter((d) => d.index !== 0).every((d) => d.cx - d.r > lone.cx + lone.r)).toBe(true);
  });
});

describe('evidenceLine with the claim text', () => {
  const base: RelationEvidence = { sharedTerms: [], sharedEntities: [], opposingDirection: null, negation: false, refuting: ['contradicts'], figureDiffs: [] };
  it('quotes a refuting word only when this claim says it', () => {
    expect(evidenceLine(base, 'Her claim contradicts the prime minister.')).toBe('Says “contradicts”');
    expect(evidenceLine(base, 'Grynkewich did not see the threat of an immediate comeback.')).toBeNull();
    expect(evidenceLine({ ...base, negation: true }, 'No comeback is seen.')).toBe('Negates the claim');
  });
});
