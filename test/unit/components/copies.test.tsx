// Wire copy: one statement run by several outlets must read as one statement carried by several, not as several
// outlets agreeing (seen on the refinery second-subject card, session 10).
import { afterEach, describe, expect, it } from 'vitest';
import { ContrastList } from '../../../components/ContrastList';
import { foldCopies } from '../../../utils/engine/shown';
import { sameWording } from '../../../utils/engine/wording';
import { FIXTURE_CONTRASTS } from '../../fixtures/dev-fixtures';
import type { Contrast } from '../../../utils/engine/types';
import { all, cleanup, renderDom, textOf } from './dom';

const readerUrl = (a: string, c: string) => `reader.html?article=${a}&claim=${c}`;
const base = FIXTURE_CONTRASTS.agrees[0]!;
/** `base` as another outlet's article carrying `text`. */
const from = (outlet: string, text: string, published = '2024-03-28'): Contrast => ({
  ...base,
  claim: { ...base.claim, id: `${outlet}:1`, articleId: outlet, outletId: outlet, text, date: published },
  outlet: { ...base.outlet, id: outlet, name: `${outlet} News` },
  article: { ...base.article, id: outlet, published },
});
const WIRE = 'The refinery fire in Port Arden killed 12 workers and injured 30 more, the fire service said on Monday.';
const items = [
  from('alpha', WIRE, '2024-03-29'),
  from('beta', 'The refinery fire in Port Arden killed 12 workers and injured 30 more, the fire service said Monday.', '2024-03-28'),
  from('gamma', 'Officials at the refinery said production would restart within a month.'),
  from('delta', `${WIRE}`, '2024-03-30'),
  from('epsilon', 'The refinery fire in Port Arden killed 35 workers, a union leader said.'),
];
let mounted: HTMLElement[] = [];
afterEach(() => {
  mounted.forEach(cleanup);
  mounted = [];
});

describe('foldCopies', () => {
  it('folds near-verbatim copies under the first item, oldest copy first, and keeps different statements apart', () => {
    const folded = foldCopies(items);
    expect(folded.map((f) => [f.lead.outlet.id, f.copies.map((c) => c.outlet.id)])).toEqual([
      ['alpha', ['beta', 'delta']],
      ['gamma', []],
      ['epsilon', []],
    ]);
  });
  it('does not fold a statement that differs in a figure and a speaker, nor reported speech of one quote', () => {
    expect(foldCopies([items[0]!, items[4]!])).toHaveLength(2);
    const reported = from('zeta', 'The fire service said on Monday that the refinery fire in Port Arden killed 12 workers and injured 30 more.');
    expect(foldCopies([items[0]!, reported])).toHaveLength(2);
  });
});

describe('ContrastList with copies', () => {
  it('counts statements, shows each once, and names the outlets carrying the same wording', () => {
    const el = renderDom(<ContrastList groups={{ disputes: [], agrees: items, related: [] }} readerUrl={readerUrl} limit={5} />);
    mounted.push(el);
    expect(textOf(el.querySelector('.cl-group--agrees .cl-count'))).toBe('3 claims');
    expect(all(el, '.cl-item')).toHaveLength(3);
    expect(all(el, '.cl-copies').map(textOf)).toEqual(['Same wording in beta News and delta News']);
  });
  it('names three outlets and counts the rest', () => {
    const many = ['b', 'c', 'd', 'e', 'f'].map((o) => from(o, WIRE));
    const el = renderDom(<ContrastList groups={{ disputes: [], agrees: [from('a', WIRE), ...many], related: [] }} readerUrl={readerUrl} />);
    mounted.push(el);
    expect(all(el, '.cl-copies').map(textOf)).toEqual(['Same wording in b News, c News, d News and 2 more']);
  });
});

describe('sameWording (the page sentence carried word for word)', () => {
  it('is true for a copy with spelling, spacing and a dropped word changed', () => {
    expect(sameWording('Conal considered cancelling his service, but decided to stick with it after a Comcast rep promised that the issues would be resolved and threw in some free perks.', 'Conal considered canceling his service, but decided to stick with it after a Comcast rep promised that the issues would be resolved and threw in some free perk')).toBe(true);
    expect(sameWording(WIRE, WIRE.toUpperCase())).toBe(true);
  });
  it('is false for reported speech of one quote, a shorter sentence, and nothing to compare', () => {
    expect(sameWording('Chief executive Ronan Vesey said the refinery would remain closed for at least six months while investigators examine the site.', 'The refinery will remain closed for at least six months while investigators examine the site, chief executive Ronan Vesey said.')).toBe(false);
    expect(sameWording('The refinery fire in Port Arden killed 12 workers.', WIRE)).toBe(false);
    expect(sameWording(WIRE, undefined)).toBe(false);
  });
  it('a copy item says so on the card', () => {
    const copy = { ...items[0]!, relation: { ...items[0]!.relation, copy: true as const } };
    const el = renderDom(<ContrastList groups={{ disputes: [], agrees: [copy, items[2]!], related: [] }} readerUrl={readerUrl} />);
    mounted.push(el);
    expect(all(el, '.cl-group--agrees .cl-copies').map(textOf)).toEqual(['Same wording as this page']);
  });
});
