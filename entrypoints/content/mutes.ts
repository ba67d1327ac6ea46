/**
 * Applies the user's mutes to a page match before it is shown: muted topics disappear, muted outlets'
 * claims, figures and timeline points are dropped. Sentence order (and so sentence indices) is kept.
 */
import type { ContrastGroups, PageMatch, SentenceMatch } from '@/utils/engine/types';

export interface Mutes {
  mutedTopics: readonly string[];
  mutedOutlets: readonly string[];
}

function filterGroups(g: ContrastGroups, outlets: Set<string>): ContrastGroups {
  if (outlets.size === 0) return g;
  const keep = (list: ContrastGroups['disputes']) => list.filter((c) => !outlets.has(c.outlet.id) && !outlets.has(c.claim.outletId));
  return { disputes: keep(g.disputes), agrees: keep(g.agrees), related: keep(g.related) };
}

/** Number of contrasts in a group set. */
export function contrastTotal(g: ContrastGroups): number {
  return g.disputes.length + g.agrees.length + g.related.length;
}

export function applyMutes(match: PageMatch, mutes: Mutes): PageMatch {
  const topicsOff = new Set(mutes.mutedTopics);
  const outletsOff = new Set(mutes.mutedOutlets);
  if (topicsOff.size === 0 && outletsOff.size === 0) return match;
  const topics = match.topics
    .filter((t) => !topicsOff.has(t.topic.id))
    .map((t) =>
      outletsOff.size === 0
        ? t
        : {
            ...t,
            contrasts: filterGroups(t.contrasts, outletsOff),
            figures: t.figures
              .map((row) => ({ ...row, entries: row.entries.filter((e) => !outletsOff.has(e.outletId)) }))
              .filter((row) => row.entries.length > 0),
            timeline: t.timeline.filter((e) => !outletsOff.has(e.outletId)),
          },
    );
  const sentences: SentenceMatch[] = match.sentences.map((s) => ({
    ...s,
    topicIds: s.topicIds.filter((id) => !topicsOff.has(id)),
    contrasts: filterGroups(s.contrasts, outletsOff),
  }));
  return { ...match, topics, sentences };
}
