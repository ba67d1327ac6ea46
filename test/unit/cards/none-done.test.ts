// A thing none had an act done to, against a report of the act done to it (utils/engine/none-done.ts, session 45): on
// the card a dispute in both directions — the page saying none ("No ferries were cancelled", a frame read for claims
// stating the act) and a claim saying none ("The port recorded no collision", read against the sentences it is compared
// with, however little else they share). A subject of its own (a harbour storm); the control pages state the same
// thing alike, so the test fails if the dispute comes from anything but the reading.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../../scripts/pack-files';
import { analyzeArticle } from '@/utils/engine/analyze';
import { buildPack } from '@/utils/engine/pack';
import { buildCorpusIndex, matchPage } from '@/utils/engine/match';
import type { Contrast, PageMatch } from '@/utils/engine/types';

const article = (outlet: string, published: string, text: string) =>
  analyzeArticle({ text, format: 'text', title: `${outlet} on the Carrick storm`, outlet, url: `https://${outlet.toLowerCase().replace(/\W+/g, '')}.example/carrick-storm`, published, name: outlet });
const pack = buildPack(
  [
    article(
      'Carrick Courier',
      '2031-01-14',
      'Storm Elin closed Carrick Harbour for most of Monday, and the harbour master said waves of up to six metres broke over the north pier. ' +
        'Carrick Ferries said it had cancelled 14 ferries to the islands on Monday because of the storm. ' +
        'The harbour master, Ruth Aldane, said the port recorded no collision in the channel during the storm. ' +
        'Shops on Quay Street were flooded when the sea wall was overtopped at high tide on Monday evening.',
    ),
    article(
      'Island Wire',
      '2031-01-15',
      'Carrick Harbour reopened on Tuesday morning after Storm Elin, the port said. ' +
        'Islanders said they had been cut off for a day after the Carrick ferries stopped. ' +
        'The storm brought down power lines on the north side of Carrick, leaving 2,000 homes without power overnight.',
    ),
  ],
  { createdAt: '2031-01-16T00:00:00.000Z' },
);
const index = buildCorpusIndex(pack);
const opts = { sensitivity: 'high' as const, mutedTopics: [], mutedOutlets: [] };
const page = (first: string, second: string) => ({
  text: `Storm Elin closed Carrick Harbour on Monday, and waves broke over the north pier of Carrick Harbour. ${first} ${second} The sea wall on Quay Street was overtopped at high tide, and shops were flooded.`,
  url: 'https://harbour-news.example/elin',
  title: 'Storm Elin shuts Carrick Harbour',
  siteName: 'Harbour News',
  published: '2031-01-15',
});
const disputes = (m: PageMatch): Contrast[] => m.topics.flatMap((t) => t.contrasts.disputes);
const about = (m: PageMatch, claim: RegExp) => disputes(m).filter((c) => claim.test(c.claim.text));

describe('none done against done, on the card', () => {
  it('the page says none: "No ferries were cancelled" is disputed by "had cancelled 14 ferries", on that sentence', () => {
    const m = matchPage(index, page('No ferries to the islands were cancelled on Monday, Carrick Ferries said.', 'A collision in the channel was recorded on Monday night.'), opts);
    const hit = about(m, /cancelled 14 ferries/);
    expect(hit.length).toBe(1);
    expect(hit[0]!.pageSentence?.text).toMatch(/^No ferries/);
    expect(hit[0]!.relation.evidence.done).toEqual({ none: 'a' });
  });

  it('the claim says none: "recorded no collision" disputes the page\'s "A collision … was recorded"', () => {
    const m = matchPage(index, page('Carrick Ferries cancelled its ferries to the islands on Monday.', 'A collision in the channel was recorded on Monday night.'), opts);
    const hit = about(m, /recorded no collision/);
    expect(hit.length).toBe(1);
    expect(hit[0]!.pageSentence?.text).toMatch(/collision in the channel was recorded/);
  });

  it('control: a page saying the same as the claims shows neither as a dispute', () => {
    const m = matchPage(index, page('Carrick Ferries cancelled 14 ferries to the islands on Monday.', 'No collision in the channel was recorded during the storm.'), opts);
    expect(about(m, /cancelled 14 ferries|recorded no collision/)).toEqual([]);
  });
});

// The held-out mine collapse (test/fixtures/subjects/ashgrove-mine-collapse): "The state Geological Survey recorded no
// tremor that night" and the page's "A small earth tremor was recorded beneath the mine …" share only "tremor" and
// "recorded" (0.179 against the corpus's weights, under the related threshold): the claim's none is read against the
// sentences it is compared with all the same.
describe('a claim\'s none answers a sentence it shares only the act and the thing with', () => {
  it('the mine collapse\'s tremor', () => {
    const dir = join(__dirname, '../../fixtures/subjects/ashgrove-mine-collapse');
    const files = readdirSync(join(dir, 'articles')).sort().map((f) => join(dir, 'articles', f));
    const subject = buildPack(loadArticles(files).analyzed, { createdAt: '2026-11-30T00:00:00.000Z' });
    const meta = JSON.parse(readFileSync(join(dir, 'page.json'), 'utf8')) as { url: string; title: string; siteName: string; published: string };
    const m = matchPage(buildCorpusIndex(subject), { ...meta, text: readFileSync(join(dir, 'page.txt'), 'utf8') }, { sensitivity: 'medium', mutedTopics: [], mutedOutlets: [] });
    const hit = about(m, /recorded no tremor that night/);
    expect(hit.length).toBe(1);
    expect(hit[0]!.pageSentence?.text).toMatch(/^A small earth tremor was recorded/);
  });
});
