// Topic quality: reporting verbs, everyday news nouns, verb forms and place idioms are not concept topics on
// their own; the more specific multi-word concept wins when it covers a word's uses.
import { describe, expect, it } from 'vitest';
import { clusterTopic, mineTopics, type EntityCand } from '@/utils/engine/topics';
import type { Article, Claim } from '@/utils/engine/types';
import { seedCorpus } from './seed-corpus';

/** One article and one whole-body claim per [outlet, text]. */
function corpus(docs: [outlet: string, text: string][]): { articles: Article[]; claims: Claim[] } {
  const articles = docs.map(([outletId, body], i): Article => ({
    id: `a${i}`, outletId, title: '', url: null, published: null, author: null, language: 'en', body, source: 'import', importedAt: 0, problems: [],
  }));
  const claims = articles.map((a): Claim => ({
    id: `${a.id}:0`, articleId: a.id, outletId: a.outletId, text: a.body, start: 0, end: a.body.length, speaker: null, kind: 'assertion', topics: [], figures: [], date: null,
  }));
  return { articles, claims };
}

const labelsOf = (docs: [string, string][]): string[] => {
  const { articles, claims } = corpus(docs);
  return mineTopics(articles, claims).topics.map((t) => t.label.toLowerCase());
};

describe('seed corpus topics', () => {
  const { pack } = seedCorpus();
  const labels = pack.topics.map((t) => t.label);

  it.each(['ISIS', 'Qassem Soleimani', 'Mohammed Shia al-Sudani', 'Donald Trump', 'Pentagon', 'Operation Inherent Resolve', 'Iraq', 'Syria', 'Baghdad', 'resurgence', 'US troops'])(
    'keeps %s',
    (label) => expect(labels).toContain(label),
  );

  it.each(['claimed', 'claims', 'attacks', 'defeat', 'defeated', 'coalition', 'troops', 'Iraqi soil', 'international coalition', 'lacking', 'push', 'Iranian general', 'enduring', 'established', 'Author'])(
    'has no weak topic "%s"',
    (label) => expect(labels.map((l) => l.toLowerCase())).not.toContain(label.toLowerCase()),
  );

  it('prefers "US troops" over a bare "troops": no concept is a single word the pair covers', () => {
    const concepts = pack.topics.filter((t) => t.kind === 'concept');
    for (const t of concepts.filter((c) => !c.label.includes(' '))) {
      expect(concepts.some((c) => c.label.includes(' ') && c.label.toLowerCase().endsWith(` ${t.label.toLowerCase()}`)), t.label).toBe(false);
    }
  });
});

describe('concept mining on any subject', () => {
  it.each<[string, [string, string][], string[], string[]]>([
    [
      'reporting verbs are never topics',
      [
        ['daily', 'The union claimed the wildfire smoke harmed workers. The mayor warned residents and announced new wildfire shelters.'],
        ['herald', 'Residents claimed the wildfire smoke was worse. Officials warned and announced that the wildfire was spreading.'],
        ['post', 'The council claimed it was ready for the wildfire. The mayor warned again and announced evacuations.'],
      ],
      ['wildfire'],
      ['claimed', 'warned', 'announced', 'claim'],
    ],
    [
      'everyday news nouns alone are not topics, specific words and pairs are',
      [
        ['daily', 'The attacks on the pipeline raised prices. The budget deficit grew as the election neared.'],
        ['herald', 'Prices rose after the attacks. Voters in the election blamed the budget deficit.'],
        ['post', 'After more attacks, prices climbed and the election campaign turned to the budget deficit and the pipeline.'],
      ],
      ['budget deficit', 'pipeline'],
      ['attacks', 'prices', 'election', 'deficit', 'budget'],
    ],
    [
      'a word mostly used inside one pair is that pair ("minimum wage", not "wage")',
      [
        ['daily', 'The minimum wage will rise in May. Critics of the minimum wage spoke out.'],
        ['herald', 'Shops say the minimum wage increase is too fast.'],
        ['post', 'The minimum wage debate continued in parliament.'],
      ],
      ['minimum wage'],
      ['wage'],
    ],
    [
      'verb and adjective forms are not concepts; a noun use is',
      [
        ['daily', 'The rebels were defeated and are lacking supplies. The flooding of the valley continued.'],
        ['herald', 'The army said the rebels were defeated, lacking men. The flooding destroyed crops.'],
        ['post', 'Officials said the rebels are lacking arms and were defeated. After the flooding, farms closed.'],
      ],
      ['flooding'],
      ['defeated', 'lacking', 'defeat', 'lack'],
    ],
    [
      'a country with a place noun is the place, with a title a person’s role; with a specific noun a concept',
      [
        ['daily', 'French farmers blocked roads on French soil, the French minister said.'],
        ['herald', 'French farmers protested; no tractor left French soil, a French minister said.'],
        ['post', 'The French minister met French farmers far from French soil.'],
      ],
      ['french farmers'],
      ['french soil', 'french minister', 'soil'],
    ],
    [
      'a plural possessive joins a pair as a space does ("dockworkers’ walkout", "farmers’ protest")',
      [
        ['daily', "The dockworkers' walkout shut the harbor on Monday. The farmers' protest blocked the ring road."],
        ['herald', 'Shipping lines said the dockworkers’ walkout cost them millions, and the farmers’ protest grew.'],
        ['post', "Talks to end the dockworkers' walkout failed as the farmers' protest reached the capital."],
      ],
      ['dockworkers walkout', 'farmers protest'],
      ['walkout'],
    ],
    [
      'a title, honorific or role alone is no name, in capitals or not; the name it comes with is',
      [
        ['daily', 'Mr. Okafor said the harbor bridge would close. The CEO of Delta Freight, Dr. Lina Park, disagreed, the MPs said. In the past week, Mr.'],
        ['herald', 'The harbor bridge closure worried Mr Okafor. Dr Park, the CEO, said freight would suffer. Sgt. Ruiz closed the road, MPs heard.'],
        ['post', 'Freight firms backed Dr. Park over the harbor bridge; Mr. Okafor and the CEO met. Sgt Ruiz and two MPs attended.'],
      ],
      ['harbor bridge', 'okafor'],
      ['mr', 'dr', 'ceo', 'sgt', 'mps', 'mp'],
    ],
    [
      'a negated auxiliary is half of no pair ("don\'t expect", "can\'t confirm"; a 100k-claim import kept them as topics)',
      [
        ['daily', "Geologists don't expect the sinkhole to grow, and engineers can't confirm the quarry is stable."],
        ['herald', "Engineers can't confirm that the sinkhole is stable; residents don't expect the quarry to reopen."],
        ['post', "Residents don't expect answers about the sinkhole, and the council can't confirm when the quarry closes."],
      ],
      ['sinkhole', 'quarry'],
      ["don't expect", "can't confirm", "don't", "can't"],
    ],
  ])('%s', (_name, docs, keep, drop) => {
    const labels = labelsOf(docs);
    for (const k of keep) expect(labels, `keeps ${k} in ${labels.join(', ')}`).toContain(k);
    for (const d of drop) expect(labels, `drops ${d}`).not.toContain(d);
  });
});

// Found as topics of a 100k-claim bench corpus: "One" (a person on 643 claims), "M", "VII", "YOU", "NOT", "OUR", "The".
describe('a name cluster that is no name', () => {
  const cand = (surface: string, over: Partial<EntityCand> = {}): EntityCand => ({
    key: surface.toLowerCase(),
    tokens: surface.toLowerCase().split(' '),
    surfaces: new Map([[surface, 12]]),
    votes: { person: 2, place: 0, org: 0 },
    initialOnly: false,
    acronym: /^[A-Z]{2,}$/.test(surface),
    ...over,
  });
  it.each(['One', 'Thousands', 'M', 'VII', 'YOU', 'NOT', 'OUR', 'The', 'If'])('"%s" alone is not a topic', (surface) => {
    expect(clusterTopic([cand(surface)], undefined, new Set())).toBeNull();
  });
  it.each(['Xi', 'Okafor', 'NATO', 'Kim'])('"%s" still is', (surface) => {
    expect(clusterTopic([cand(surface)], undefined, new Set())?.label).toBe(surface);
  });
  it('a number word inside a name is kept ("Air Force One")', () => {
    expect(clusterTopic([cand('Air Force One', { votes: { person: 0, place: 0, org: 2 } })], undefined, new Set())?.label).toBe('Air Force One');
  });
});
