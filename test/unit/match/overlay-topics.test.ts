// What the overlay shows on the seed-subject pages: the subject and its specific concepts, never a lone generic
// word ("troops", "coalition") or a field label, and places only beside a subject.
import { describe, expect, it } from 'vitest';
import { matchPage, type MatchOptions } from '@/utils/engine/match';
import { fixturePage, seedIndex } from './fixture-corpus';

const index = seedIndex();
const WEAK = ['troops', 'coalition', 'attacks', 'defeat', 'defeated', 'claimed', 'international coalition', 'iraqi soil', 'author', 'published'];

describe.each(['seed-subject-article.html', 'seed-subject-dark.html'])('overlay topics on %s', (path) => {
  const page = fixturePage(path);
  it.each(['low', 'medium', 'high'] as MatchOptions['sensitivity'][])('%s sensitivity', (sensitivity) => {
    const match = matchPage(index, page, { sensitivity, mutedTopics: [], mutedOutlets: [] });
    const labels = match.topics.map((t) => t.topic.label);
    expect(labels).toContain('ISIS');
    if (sensitivity !== 'low') expect(labels).toContain('US troops');
    for (const w of WEAK) expect(labels.map((l) => l.toLowerCase())).not.toContain(w);
    const places = match.topics.filter((t) => t.topic.kind === 'place').length;
    expect(places).toBeLessThanOrEqual(match.topics.length - places);
  });
});
