// A fresh-subject corpus for figure rows (issue 9, "same event for figures"): a wildfire near a made-up town, reported by
// four outlets over a week, with far more claims than a card relates one by one, so claims deep in the topic can share
// a subject key without being close to what the page says. Used by cards/figure-anchoring.test.ts and the match-store
// test of which figure claims a page reads.
import { analyzeArticle } from '@/utils/engine/analyze';
import { buildPack } from '@/utils/engine/pack';

const OUTLETS = ['Valley Ledger', 'Pine Coast Times', 'Northwest Wire', 'Cascade Daily'];
const STREETS = ['Alder', 'Birch', 'Cedar', 'Dogwood', 'Elm', 'Fir', 'Hemlock', 'Juniper', 'Larch', 'Maple', 'Oak', 'Spruce'];

/** One outlet's report: many evacuation sentences close to the page, plus what the test plants. */
function report(outlet: number, extra: string[]): string {
  const lines: string[] = [];
  for (let k = 0; k < 20; k++) {
    const street = STREETS[(k + outlet * 5) % STREETS.length]!;
    lines.push(
      `Homes on ${street} Street were told to evacuate on day ${k + 1} as the Tamarack Fire crossed the highway near Cedar Ridge and smoke closed schools.`,
    );
  }
  return [...lines, ...extra].join(' ');
}

const planted: Record<number, string[]> = {
  // Two claims on one subject key, far from what the page says (training, equipment), in two outlets.
  0: ['Before the Tamarack Fire, the state trained 40 firefighters in Oregon in a new radio system last spring, officials said.'],
  1: ['A vendor that supplies the Tamarack Fire crews delivered new boots to 900 firefighters in Oregon under a contract signed in 2019.'],
  // One sentence setting two values side by side, and two outlets giving a price "in the US" of different things.
  2: [
    'The Tamarack Fire relief fund paid 120 families in Linn County on Monday and 45 families in Linn County on Tuesday.',
    'Generators sold out during the Tamarack Fire, and a portable model costs $899 in the US this week.',
  ],
  3: [
    'Because of the Tamarack Fire a hotel room now costs $120 in the US, up from last month.',
    // A control: a count the page gives too, of the same event — the row a card is for.
    'The Tamarack Fire destroyed 30 homes in Cedar Ridge by Tuesday, the county said.',
  ],
};

const analyzed = OUTLETS.map((outlet, i) =>
  analyzeArticle({
    text: report(i, planted[i] ?? []),
    format: 'text',
    title: `Tamarack Fire forces evacuations (${outlet})`,
    outlet,
    url: `https://${outlet.toLowerCase().replace(/\W+/g, '-')}.example/fire/${i}`,
    published: `2026-08-0${i + 2}`,
    name: `${outlet} report`,
  }),
);
export const wildfirePack = buildPack(analyzed, { createdAt: '2026-08-10T00:00:00.000Z' });
export const wildfirePage = {
  text: [
    'Thousands of homes were told to evacuate as the Tamarack Fire crossed the highway near Cedar Ridge.',
    'Smoke from the Tamarack Fire closed schools for a third day, and homes on Maple Street and Birch Street emptied at dawn.',
    'The Tamarack Fire crossed the highway overnight, and more homes were told to evacuate.',
    'Officials said nobody should return to Cedar Ridge until the Tamarack Fire is contained.',
    'The Tamarack Fire destroyed 12 homes in Cedar Ridge, fire officials said on Wednesday.',
  ].join(' '),
  url: 'https://harbor-gazette.example/cedar-ridge-fire',
  title: 'Tamarack Fire crosses highway',
  siteName: 'Harbor Gazette',
  published: '2026-08-05',
};
