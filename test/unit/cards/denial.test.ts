// A sixth subject, written in session 16 and never used to fit anything: a football club's stadium naming rights,
// told by three outlets (Harbour Gazette asserts the sale, Ashford Echo relays radio claims of it, County Times
// reports the club's denial) and two pages (one with the denial, one with the sale confirmed). A denial disputes the
// claim that states what it denies — on either side of the card — and neither a relay of the rumour nor a rejected
// proposal is a dispute.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '@/scripts/pack-files';
import { buildPack, validatePack } from '@/utils/engine/pack';
import { buildCorpusIndex, matchPage } from '@/utils/engine/match';
import { contrastItems } from '@/utils/engine/shown';
import { evidenceLine } from '@/components/ContrastItem';
import type { Contrast } from '@/utils/engine/types';

const DIR = join(__dirname, '../../fixtures/subjects/stadium-sale');
const article = (name: string) => join(DIR, 'articles', name);
const opts = { sensitivity: 'medium' as const, mutedTopics: [], mutedOutlets: [] };

/** The card items of a page against a corpus of the given article files. */
function cardItems(files: string[], pageFile: string): Contrast[] {
  const loaded = loadArticles(files);
  expect(loaded.errors).toEqual([]);
  const pack = validatePack(buildPack(loaded.analyzed, { createdAt: '2026-04-13T00:00:00.000Z' }));
  const page = { text: readFileSync(join(DIR, pageFile), 'utf8'), url: `https://page.example/${pageFile}`, title: '', siteName: null, published: '2026-04-13' };
  return matchPage(buildCorpusIndex(pack), page, opts).topics.flatMap((t) => contrastItems(t.contrasts));
}

const SALE = 'Ashford United has sold the naming rights to its stadium to Globex for £12 million';
const RELAY = 'Local radio stations have claimed';
const DENIAL = 'Ashford United has denied reports that it sold the naming rights';

/** The items whose claim starts with `claimStart` are there, and each is a denial dispute of `pageStart` saying `why`. */
function expectDenialDisputes(items: Contrast[], claimStart: string, pageStart: string, why: string): void {
  const found = items.filter((c) => c.claim.text.startsWith(claimStart));
  expect(found.length).toBeGreaterThan(0);
  for (const c of found) {
    expect(c.relation.label).toBe('disputes');
    expect(c.relation.basis).toBe('denial');
    expect(c.pageSentence?.text.startsWith(pageStart)).toBe(true);
    expect(evidenceLine(c.relation.evidence, c.claim.text)).toBe(why);
  }
}

describe('a denial on the page (stadium sale)', () => {
  const items = cardItems([article('harbour-gazette-2026-04-10.txt'), article('ashford-echo-2026-04-11.txt')], 'page-denial.txt');

  it('disputes the outlet that states the sale, answering the denial', () => {
    expectDenialDisputes(items, SALE, DENIAL, 'This page denies “it sold the naming rights to its stadium to Globex”');
  });

  it('the relay of the radio claim and everything else are no disputes', () => {
    const relay = items.filter((c) => c.claim.text.startsWith(RELAY));
    expect(relay.length).toBeGreaterThan(0);
    for (const c of relay) expect(c.relation.label).not.toBe('disputes');
    const disputed = items.filter((c) => c.relation.label === 'disputes').map((c) => c.claim.text);
    expect(disputed.every((t) => t.startsWith(SALE))).toBe(true);
  });
});

describe('a denial in the corpus (stadium sale)', () => {
  const items = cardItems([article('county-times-2026-04-12.txt'), article('ashford-echo-2026-04-11.txt')], 'page-assertion.txt');

  it('disputes the page that states the sale', () => {
    expectDenialDisputes(items, DENIAL, 'Ashford United has sold the naming rights', 'Denies “it sold the naming rights to its stadium to Globex”');
  });

  it('a rejected proposal and a relay are no disputes', () => {
    const disputed = items.filter((c) => c.relation.label === 'disputes').map((c) => c.claim.text);
    expect(disputed.every((t) => t.startsWith(DENIAL))).toBe(true);
  });
});
