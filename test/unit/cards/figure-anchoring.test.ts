// Figure rows compare what the page is looking at (issue 9, "same event for figures"). A fresh subject — a wildfire
// near a made-up town, reported by four outlets over a week — with far more claims than a card reads one by one, so
// two claims deep in the topic can share a subject key ("firefighters in Oregon": a training class in spring, the crews
// on the fire lines) without either being close to what the page says. Measured on FNC-1 pages with
// `npm run eval:cards -- --figures val`: rows holding an entry of another story fell from 84 % to 34 %.
import { describe, expect, it } from 'vitest';
import { buildCorpusIndex, matchPage } from '@/utils/engine/match';
import type { PageMatch } from '@/utils/engine/types';
import { wildfirePack as pack, wildfirePage as page } from './wildfire-fixture';

const match: PageMatch = matchPage(buildCorpusIndex(pack), page, { sensitivity: 'medium', mutedTopics: [], mutedOutlets: [] });
const rows = match.topics.flatMap((t) => t.figures);

describe('figure rows compare what the page is looking at', () => {
  it('the page matches the fire and its topic holds more claims than a card relates one by one', () => {
    const topic = match.topics.find((t) => /Tamarack/.test(t.topic.label));
    expect(topic, match.topics.map((t) => t.topic.label).join(', ')).toBeDefined();
    expect(topic!.claimCount).toBeGreaterThan(60);
    // the planted claims are in the corpus and keyed as the test expects
    const keys = pack.claims.flatMap((c) => c.figures.map((f) => f.subjectKey));
    expect(keys.filter((k) => k === '|firefighter|oregon')).toHaveLength(2);
  });

  it('a count the page gives and a claim of the same event give differently is a row (the control)', () => {
    const homes = rows.filter((r) => r.subjectKey.includes('home'));
    expect(homes.map((r) => r.entries.map((e) => e.figure.value).sort((a, b) => a - b))).toEqual([[12, 30]]);
  });

  it('two claims far from the page that share a subject key are not a row', () => {
    expect(rows.filter((r) => r.subjectKey.includes('firefighter')).map((r) => r.subject)).toEqual([]);
  });

  it('values one sentence sets side by side are not reports that differ', () => {
    expect(rows.filter((r) => r.subjectKey.includes('famil')).map((r) => r.subject)).toEqual([]);
  });

  it('a sum of money "in the US" says where, not what: two prices of different things are not a row', () => {
    expect(rows.filter((r) => r.entries.some((e) => e.figure.unit === '$')).map((r) => r.subject)).toEqual([]);
  });
});
