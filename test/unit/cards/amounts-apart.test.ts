// Two sentences giving counts of one kind with no value in common state no one fact, whatever words they share (held-
// out subjects of session 56 showed "About 41,000 homes and businesses in Ravensholt lost power" / "In total 46,500
// customers lost supply", "a petition signed by about 3,000 people" / "a petition with 4,750 signatures" and "about 200
// kilograms of gas had escaped" / "About 1,400 kilograms of chlorine escaped" as agreeing). Fresh subject of our own.
import { describe, expect, it } from 'vitest';
import { amountsApart } from '@/utils/engine/relation';
import { extractFigures } from '@/utils/engine/figures';
import { outletStoryItems } from './outlet-story';

const figs = (s: string) => extractFigures(s, { date: '2031-11-12' });
const apart = (a: string, b: string) => amountsApart(figs(a), figs(b), a, b);

describe('amountsApart', () => {
  it('counts of things, sums or stuff of one unit with no value in common are apart; one value in common is not', () => {
    expect(apart('About 38,000 homes in Dunmore lost power after the fire.', 'In total 44,500 customers lost supply after the fire.')).toBe(true);
    expect(apart('About 300 kilograms of ammonia escaped.', 'About 1,100 kilograms of gas escaped before the valve was shut.')).toBe(true);
    expect(apart('About 38,000 homes in Dunmore lost power after the fire.', 'About 38,000 homes lost power, and 12 schools closed.')).toBe(false);
    // values that may be one amount are not apart
    expect(apart('The firm billed him for nearly $2,000 of equipment.', 'The firm billed him for $1,820 of equipment.')).toBe(false);
    // a length and a count are two kinds
    expect(apart('About 38,000 homes in Dunmore lost power.', 'The cable runs for 12 kilometres under the town.')).toBe(false);
  });
});

const reports = [
  {
    outlet: 'Dunmore Wire',
    published: '2031-11-11',
    sentences: [
      'A fire at the Mill Road substation in Dunmore cut power to homes across the town on Monday evening.',
      'Eastgrid Power said the fire started in one of the substation\'s two transformers.',
    ],
  },
  {
    outlet: 'Energy Networks Review',
    published: '2031-11-14',
    sentences: [
      'In total 44,500 customers lost supply after the fire at the Mill Road substation, according to figures Eastgrid Power has given the regulator.',
      'Eastgrid Power said the fire at the Mill Road substation started in a transformer.',
    ],
  },
];

describe('a card item', () => {
  const page = {
    text: 'About 38,000 homes and businesses in Dunmore lost power after a fire at the Mill Road substation on Monday evening. Eastgrid Power said the fire started in a transformer.',
    url: 'https://dunmore-courier.example/substation-fire',
    title: 'Fire at Mill Road substation cuts power to Dunmore',
    siteName: 'Dunmore Courier',
    published: '2031-11-12',
  };
  const { items, shown } = outletStoryItems({ title: 'Dunmore substation fire', path: 'fire', createdAt: '2031-11-15T00:00:00.000Z', reports }, page);

  it('"38,000 homes and businesses … lost power" and "In total 44,500 customers lost supply" do not agree', () => {
    const hit = items.filter((c) => c.claim.text.includes('44,500'));
    expect(hit.length, shown).toBeGreaterThan(0);
    expect(hit.map((c) => c.relation.label), shown).not.toContain('agrees');
  });
});
