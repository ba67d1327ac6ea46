/**
 * Accessible names of the pill's list items — pure strings, tested without a DOM.
 */
import type { SentenceMatch, TopicSummary } from '../../utils/engine/types';
import { countContrasts } from '../../utils/engine/shown';
import { hasOwnQuotes, plural, topicTitle, truncate } from '../format';

/** Accessible name of a topic item: "ISIS — 5 outlets, 12 claims". */
export function topicItemLabel(t: TopicSummary): string {
  return `${topicTitle(t.topic.label)} — ${plural(t.outletCount, 'outlet')}, ${plural(t.claimCount, 'claim')}`;
}

/** A passage in curly quotes, unless it carries quotation marks of its own (“"…"” reads badly). */
export function quoted(text: string): string {
  return hasOwnQuotes(text) ? text : `“${text}”`;
}

/** Accessible name of a passage item. */
export function sentenceItemLabel(s: SentenceMatch): string {
  return `Passage: ${quoted(truncate(s.text, 90))} — ${plural(countContrasts(s.contrasts), 'related claim')}`;
}
