/**
 * Issue 10's split: the page load ({@link analysePage}) shows the topics without their cards or sentence matches (asked
 * for right after: {@link pageSentences}, the full match's whenever asked), and a card computed on
 * request ({@link topicCard}) — alone, in any order, on a fresh analysis as a restarted worker computes it — is the
 * card the full match gives that topic. A topic's card depends on the other shown cards (each claim is shown under
 * one topic only), so a card opened alone must compute exactly what that needs.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysePage, matchPage, pageSentences, topicCard, type MatchOptions } from '@/utils/engine/match';
import type { TopicMatch } from '@/utils/engine/types';
import { fixturePage, PAGES, seedIndex } from './fixture-corpus';

const MEDIUM: MatchOptions = { sensitivity: 'medium', mutedTopics: [], mutedOutlets: [] };
const index = seedIndex();
// Every article fixture the content script reads as static HTML (scripted and non-article pages aside).
const SKIP = new Set(['spa.html', 'react-like.html', 'not-article.html']);
const paths = [
  ...readdirSync(PAGES).filter((f) => f.endsWith('.html') && !SKIP.has(f)),
  ...readdirSync(join(PAGES, 'varied'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => `varied/${f}`),
];
const withoutTook = <T extends { tookMs: number }>(m: T) => ({ ...m, tookMs: 0 });
const summaryOf = ({ contrasts: _c, figures: _f, timeline: _t, ...rest }: TopicMatch) => rest;

describe('a card on request equals the card of the full match', () => {
  const shown = paths.map((path) => ({ path, page: fixturePage(path) })).map(({ path, page }) => ({ path, page, full: matchPage(index, page, MEDIUM) }));

  it('the fixture pages show topics, some several (cards that share claims)', () => {
    expect(shown.filter((s) => s.full.topics.length > 0).length).toBeGreaterThanOrEqual(3);
    expect(shown.some((s) => s.full.topics.length > 1)).toBe(true);
  });

  it.each(paths)('%s: the page load shows the same topics, without cards; its sentence matches are the full match’s', (path) => {
    const { page, full } = shown.find((s) => s.path === path)!;
    const analysis = analysePage(index, page, MEDIUM);
    const { summary } = analysis;
    const { sentences, ...rest } = full;
    expect(withoutTook(summary)).toEqual(withoutTook({ ...rest, topics: full.topics.map(summaryOf) }));
    for (const t of summary.topics) expect(t).not.toHaveProperty('contrasts');
    expect(summary).not.toHaveProperty('sentences');
    expect(pageSentences(analysis)).toEqual(sentences);
    expect(pageSentences(analysis)).toBe(pageSentences(analysis)); // kept
  });

  it.each(paths)('%s: the sentence matches asked for after the cards are the same', (path) => {
    const { page, full } = shown.find((s) => s.path === path)!;
    const analysis = analysePage(index, page, MEDIUM);
    for (const t of full.topics) topicCard(analysis, t.topic.id);
    expect(pageSentences(analysis)).toEqual(full.sentences);
  });

  it.each(paths)('%s: each card alone on a fresh analysis, and all in reverse order, equal the full match’s', (path) => {
    const { page, full } = shown.find((s) => s.path === path)!;
    for (const t of full.topics) expect(topicCard(analysePage(index, page, MEDIUM), t.topic.id), t.topic.label).toEqual(t);
    const analysis = analysePage(index, page, MEDIUM);
    for (const t of [...full.topics].reverse()) expect(topicCard(analysis, t.topic.id)).toEqual(t);
  });

  it('a reopened card is the one computed before; a topic not shown has none', () => {
    const { page, full } = shown.find((s) => s.full.topics.length > 1)!;
    const analysis = analysePage(index, page, MEDIUM);
    const id = full.topics[0]!.topic.id;
    expect(topicCard(analysis, id)).toBe(topicCard(analysis, id));
    expect(topicCard(analysis, 'no-such-topic')).toBeNull();
  });

});
