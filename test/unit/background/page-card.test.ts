/**
 * 'page.match' answers with the topics only; 'page.sentences' (the overlay's passages), 'page.card' (the overlay) and
 * 'tab.card' (the popup) give the sentence matches and a topic's card from the tab's kept analysis — what the full
 * match gives — and a stopped worker (fresh handlers, nothing kept) computes them again from the page text.
 */
import { describe, expect, it, vi } from 'vitest';
import { createHandlers, type HandlerDeps } from '@/utils/background/handlers';
import type { Matcher } from '@/utils/background/matcher';
import { analysePage, matchPage, topicCard, type MatchOptions } from '@/utils/engine/match';
import type { PageSummary } from '@/utils/engine/types';
import type { PageText } from '@/utils/messages';
import { fixturePage, seedIndex } from '../match/fixture-corpus';

const MEDIUM: MatchOptions = { sensitivity: 'medium', mutedTopics: [], mutedOutlets: [] };
const index = seedIndex();
const page: PageText = { ...fixturePage('seed-subject-article.html'), lang: 'en' } as PageText;
const full = matchPage(index, page, MEDIUM);
const tab = { kind: 'content', tabId: 3, url: page.url } as const;

/** Handlers over an in-memory matcher of the seed index, with the tab state in a map (as storage.session keeps it). */
function worker(stored = new Map<number, { match: PageSummary | null; page?: PageText }>()) {
  const matcher = {
    analyse: vi.fn(async (p: PageText) => analysePage(index, p, MEDIUM)),
    card: topicCard,
  } as unknown as Matcher & { analyse: ReturnType<typeof vi.fn> };
  const handlers = createHandlers({
    matcher,
    setTabMatch: async (tabId, match, p) => void stored.set(tabId, { match, page: p }),
    getTabMatch: async (tabId) => stored.get(tabId)?.match ?? null,
    getTabPage: async (tabId) => stored.get(tabId)?.page ?? null,
  } as Partial<HandlerDeps> as HandlerDeps);
  return { handlers, matcher, stored };
}

describe("'page.card' and 'tab.card'", () => {
  it('the page load carries the topics without cards; each card on request is the full match’s', async () => {
    expect(full.topics.length).toBeGreaterThan(1);
    const { handlers, matcher } = worker();
    const summary = await handlers['page.match'](page, tab);
    expect(summary.topics.map((t) => t.topic.id)).toEqual(full.topics.map((t) => t.topic.id));
    expect(summary.topics.every((t) => !('contrasts' in t))).toBe(true);
    for (const t of [...full.topics].reverse()) expect(await handlers['page.card']({ topicId: t.topic.id, page }, tab)).toEqual(t);
    // Reopened: the kept analysis answers, the page is not analysed again.
    expect(await handlers['page.card']({ topicId: full.topics[0]!.topic.id, page }, tab)).toEqual(full.topics[0]);
    expect(matcher.analyse).toHaveBeenCalledTimes(1);
    expect(await handlers['page.card']({ topicId: 'not-shown', page }, tab)).toBeNull();
  });

  it('a stopped worker computes the card again from the page text', async () => {
    const before = worker();
    await before.handlers['page.match'](page, tab);
    const after = worker(before.stored); // storage.session survives, memory does not
    const t = full.topics[1]!;
    expect(await after.handlers['page.card']({ topicId: t.topic.id, page }, tab)).toEqual(t);
    expect(await after.handlers['tab.card']({ tabId: 3, topicId: t.topic.id }, { kind: 'extension', tabId: null, url: 'chrome-extension://x/popup.html' })).toEqual(t);
    expect(after.matcher.analyse).toHaveBeenCalledTimes(1);
  });

  it('a card of other text (the page changed) is of that text; a cleared tab has no card for the popup', async () => {
    const { handlers, matcher } = worker();
    await handlers['page.match'](page, tab);
    const other = { ...page, text: `${page.text}\n\nA closing paragraph was added to the article after it was first published.` };
    const expected = matchPage(index, other, MEDIUM).topics[0]!;
    expect(await handlers['page.card']({ topicId: expected.topic.id, page: other }, tab)).toEqual(expected);
    expect(matcher.analyse).toHaveBeenCalledTimes(2);
    await handlers['page.clear']({}, tab);
    expect(await handlers['tab.card']({ tabId: 3, topicId: expected.topic.id }, { kind: 'extension', tabId: null, url: 'chrome-extension://x/popup.html' })).toBeNull();
  });

  it("'page.sentences' gives the full match's sentence matches from the kept analysis, or from the text again", async () => {
    expect(full.sentences.length).toBeGreaterThan(0);
    const { handlers, matcher, stored } = worker();
    const summary = await handlers['page.match'](page, tab);
    expect(summary).not.toHaveProperty('sentences');
    expect(await handlers['page.sentences']({ page }, tab)).toEqual(full.sentences);
    expect(matcher.analyse).toHaveBeenCalledTimes(1);
    const after = worker(stored); // a stopped worker
    expect(await after.handlers['page.sentences']({ page }, tab)).toEqual(full.sentences);
    expect(after.matcher.analyse).toHaveBeenCalledTimes(1);
    await expect(handlers['page.sentences']({} as never, tab)).rejects.toThrow(/bad page/);
  });

  it('refuses a request without a topic id or page text', async () => {
    const { handlers } = worker();
    await expect(handlers['page.card']({ topicId: 42, page } as never, tab)).rejects.toThrow(/bad topic or page/);
    await expect(handlers['page.card']({ topicId: 'x' } as never, tab)).rejects.toThrow(/bad topic or page/);
  });
});
