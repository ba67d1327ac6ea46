// A subject the page's lead names once — "the Harbor Pilots Guild" in the first sentence, "the guild" after — is one
// the page is about: its lead mention counts twice toward the mentions a topic needs (session 23; the blind teachers'
// strike named its union once and the union's "strike will continue" never reached a card). A place gains nothing.
import { describe, expect, it } from 'vitest';
import { leadEndOf, preparePage, topicGate } from '@/utils/engine/match';
import { buildTopicMatcher } from '@/utils/engine/topics';
import type { Topic } from '@/utils/engine/types';

const topic = (label: string, kind: Topic['kind']): Topic => ({
  id: label.toLowerCase().replace(/\s+/g, '-'),
  label,
  kind,
  aliases: [label.toLowerCase()],
  outletCount: 3,
  claimCount: 6,
  weight: 1,
});
const GUILD = topic('Harbor Pilots Guild', 'org');
const PORT = topic('Port Lindell', 'place');

const PAGE = [
  'Harbor pilots return to work',
  'By Ana Ortiz',
  'Coastal Record, 3 March 2026',
  'The harbor pilots’ walkout at Port Lindell ended on Tuesday after the Harbor Pilots Guild accepted a new contract.',
  'Ships waited at anchor for four days. The guild said its members would vote on Friday.',
  'Port Lindell handles a third of the region’s freight.',
].join('\n\n');

describe("a topic named in the page's lead", () => {
  const doc = preparePage(PAGE, buildTopicMatcher([GUILD, PORT]));
  const leadEnd = leadEndOf(doc);
  const context = new Map([['pilot', 1], ['harbor', 1], ['contract', 1], ['walkout', 1]]);
  const terms = new Set(doc.sentences.flatMap((s) => s.terms));

  it('the lead ends after the first sentence of prose, past the headline, byline and dateline', () => {
    expect(PAGE.slice(0, leadEnd).endsWith('accepted a new contract.')).toBe(true);
    expect(leadEndOf(preparePage('Ships waited. The pilots’ guild accepted the contract on Tuesday night.', buildTopicMatcher([GUILD])))).toBe(
      'Ships waited. The pilots’ guild accepted the contract on Tuesday night.'.length,
    );
  });

  it('a subject named once in the lead passes the two-mention gate; named once later, it does not', () => {
    const mentions = doc.hits.filter((h) => h.topicId === GUILD.id);
    expect(mentions).toHaveLength(1);
    expect(mentions[0]!.start).toBeLessThan(leadEnd);
    expect(topicGate(GUILD, 1, true, context, terms, 'medium')).not.toBeNull();
    expect(topicGate(GUILD, 1, false, context, terms, 'medium')).toBeNull();
    // Low sensitivity asks for three mentions: a lead mention alone is still not enough there.
    expect(topicGate(GUILD, 1, true, context, terms, 'low')).toBeNull();
  });

  it('a place in the lead gains nothing (a page set in a corpus place is not about the corpus)', () => {
    expect(doc.hits.filter((h) => h.topicId === PORT.id)).toHaveLength(2);
    expect(topicGate(PORT, 2, true, context, terms, 'medium')).toBeNull();
  });
});
