/**
 * Story items (match.ts storyItems: claims of the cited articles that no shown topic offers, shown when they dispute or
 * agree by a reading of both sides) in the extension as in the CLI. The background's index slice holds only its topics'
 * candidates, so its matcher reads the story's articles' claims when a card is first asked for (background/matcher.ts):
 * "A woman in her seventies … was in a critical condition" names no topic of the ferry page, yet disputes its "None of
 * them was seriously injured" in both.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDb } from '@/utils/db';
import { installSeedPack } from '@/utils/corpus';
import { loadArticles } from '@/scripts/pack-files';
import { buildPack } from '@/utils/engine/pack';
import { buildCorpusIndex, matchPage } from '@/utils/engine/match';
import { createMatcher } from '@/utils/background/matcher';
import type { PageMatch } from '@/utils/engine/types';
import type { PageText } from '@/utils/messages';

const OPTS = { sensitivity: 'medium' as const, mutedTopics: [], mutedOutlets: [] };
const PAGES: Record<string, { url: string; title: string; siteName: string; published: string; claim: string; label: string }> = {
  'morven-star-grounding': { url: 'https://northern-isles-observer.example/news/morven-star-aground', title: 'Ferry runs aground off Inchcarra in gale; deckhand missing', siteName: 'Northern Isles Observer', published: '2026-10-19', claim: 'A woman in her seventies who was flown to the hospital', label: 'disputes' },
  'pepper-lane-salmonella': { url: 'https://tri-county-times.example/health/pepper-lane-salmonella', title: 'Salmonella outbreak tied to Pepper Lane Grill climbs to 47 cases', siteName: 'Tri-County Times', published: '2026-10-15', claim: 'None of our employees has tested positive', label: 'agrees' },
};

/** Each agree and dispute of a match as text: label, claim, the page sentence it answers. */
const stances = (m: PageMatch) =>
  m.topics
    .flatMap((t) => [...t.contrasts.disputes, ...t.contrasts.agrees].map((c) => `${c.relation.label}: ${c.claim.text} ↔ ${c.pageSentence?.text}`))
    .sort();

describe('story items: the background matcher over the stored slice against the full index', () => {
  it.each(Object.keys(PAGES))('%s', async (name) => {
    const dir = join(__dirname, '../../fixtures/subjects', name);
    const loaded = loadArticles(readdirSync(join(dir, 'articles')).sort().map((f) => join(dir, 'articles', f)));
    const { claim, label, ...meta } = PAGES[name]!;
    const page = { ...meta, text: readFileSync(join(dir, 'page.txt'), 'utf8'), lang: 'en' } as PageText;
    const db = createDb(`story-parity-${name}`);
    await installSeedPack(db, buildPack(loaded.analyzed, { createdAt: '2026-11-30T00:00:00.000Z' }));
    const [outlets, articles, claims, topics] = await Promise.all([db.outlets.toArray(), db.articles.toArray(), db.claims.toArray(), db.topics.toArray()]);
    const full = matchPage(buildCorpusIndex({ outlets, articles, claims, topics }), page, OPTS);
    const extension = await createMatcher(db).match(page);
    for (const m of [full, extension]) expect(stances(m).some((s) => s.startsWith(`${label}: `) && s.includes(claim)), name).toBe(true);
    expect(stances(extension)).toEqual(stances(full));
    db.close();
  });
});
