/**
 * Small pure questions about a page match that the overlay, the popup and the reader each used to answer
 * on their own: how many contrasts, which topic a sentence belongs to, which sentences deserve a highlight
 * or a place in the pill, and how a fresh mute hides items before the background's new answer arrives.
 *
 * The background decides what is shown (mutes and the page's own outlet are applied by `matchPage`); the
 * content script only calls {@link hideMuted} to hide a just-muted item at once, then asks again.
 */
import type { Contrast, ContrastGroups, PageMatch, SentenceMatch, TopicMatch, TopicSummary } from './types';
import { sameWording } from './wording';
import { isBoilerplateLine } from './boilerplate-line';

/** The one contrast counter: items over all groups. */
export function countContrasts(groups: ContrastGroups): number {
  return groups.disputes.length + groups.agrees.length + groups.related.length;
}

/** Every item of the groups, disputes first, then agrees, then the rest. */
export function contrastItems(groups: ContrastGroups): Contrast[] {
  return [...groups.disputes, ...groups.agrees, ...groups.related];
}

/**
 * The topic a page sentence belongs to in this match: its first topic that the match still shows (a muted
 * or dropped topic does not count), or null.
 */
export function topicOfSentence(match: { topics: readonly TopicSummary[] }, sentence: Pick<SentenceMatch, 'topicIds'> | undefined): string | null {
  if (!sentence) return null;
  for (const id of sentence.topicIds) if (match.topics.some((t) => t.topic.id === id)) return id;
  return null;
}

/** True when a contrast compares figures (the card then shows "5,200 vs 2,500"). */
function hasFigure(c: Contrast): boolean {
  return c.relation.evidence.figureDiffs.length > 0;
}

/**
 * True when a sentence has something worth a highlight: another outlet disputes or agrees with it, or a claim
 * gives a different figure. Sentences with only loosely "related" claims stay unmarked — they made almost
 * every sentence of a long article underlined.
 */
export function sentenceHasItem(s: SentenceMatch): boolean {
  return s.contrasts.disputes.length > 0 || s.contrasts.agrees.length > 0 || s.contrasts.related.some(hasFigure);
}

/**
 * Page furniture that reads like a sentence but is navigation: "[Read: Tunisia sends…]", "Read more: …",
 * "Related: …", "Watch: …", "Sign up for …", a line wholly in brackets. Never offered as a passage.
 */
export function isFurniture(text: string): boolean {
  const t = text.trim();
  if (/^[[(].*[\])]$/s.test(t)) return true;
  if (/^\[?\s*(read|read more|read also|also read|related|see also|more|watch|listen|advertisement|sign up|subscribe|recommended|opinion|photos?|video)\b\s*[:|—–-]/i.test(t)) {
    return true;
  }
  if (/^(sign up|subscribe|click here|follow us)\b/i.test(t) || isBoilerplateLine(t)) return true;
  // a label or a headline fragment, not a sentence anyone disputes; but a short full sentence is a statement ("No
  // redundancies are planned.", "No one was hurt.": a held-out subject of session 67 lost its "none" this way)
  return fewerWordsThan(t, 5) && !(SHORT_STATEMENT.test(t) && FINITE_VERB.test(t));
}

/** A sentence of three or four words from a capital to a full stop: "No one was hurt.", "The vote was unanimous." */
const SHORT_STATEMENT = /^["“‘']?\p{Lu}\p{L}*(?:\s+\S+){2,3}$(?<=[.!?]["”’']?)/u;
/** A finite auxiliary inside a short sentence, which a label ("Share this article.") lacks. */
const FINITE_VERB = /\s(?:is|are|was|were|has|have|had|will|would|can|could|did|does)\s/i;

/** `t.split(/\s+/).length < n` for a trimmed `t`, without splitting: a page has hundreds of sentences. */
function fewerWordsThan(t: string, n: number): boolean {
  const gaps = /\s+/g;
  let words = 1;
  while (words < n && gaps.exec(t)) words++;
  return words < n;
}

/** At most this many passages are offered in the pill and highlighted; the strongest first. */
export const MAX_PASSAGES = 6;

/**
 * The page sentences the overlay highlights and lists under "Passages", as indices into `match.sentences`:
 * those with an item to show ({@link sentenceHasItem}), of a shown topic, not furniture; ranked by disputes,
 * then agreements, then figures, capped at {@link MAX_PASSAGES}, and returned in page order.
 */
export function shownPassages(match: { topics: readonly TopicSummary[]; sentences: SentenceMatch[] }, max = MAX_PASSAGES): number[] {
  const weight = (s: SentenceMatch) => 3 * s.contrasts.disputes.length + 2 * s.contrasts.agrees.length + s.contrasts.related.filter(hasFigure).length;
  const ranked = match.sentences
    .map((s, index) => ({ s, index }))
    .filter(({ s }) => topicOfSentence(match, s) !== null && sentenceHasItem(s) && !isFurniture(s.text))
    .sort((a, b) => weight(b.s) - weight(a.s) || a.index - b.index)
    .slice(0, max);
  return ranked.map((r) => r.index).sort((a, b) => a - b);
}

/** What the user muted. */
export interface Mutes {
  mutedTopics: readonly string[];
  mutedOutlets: readonly string[];
}

function withoutOutlets(g: ContrastGroups, outlets: ReadonlySet<string>): ContrastGroups {
  const keep = (list: Contrast[]) => list.filter((c) => !outlets.has(c.outlet.id) && !outlets.has(c.claim.outletId));
  return { disputes: keep(g.disputes), agrees: keep(g.agrees), related: keep(g.related) };
}

/**
 * The match with muted topics and muted outlets' items removed (claims, figures, timeline points). Sentence
 * order, and so sentence indices, is kept. The background's `matchPage` already leaves muted items out; the
 * page uses this only to hide a just-muted item instantly while the background is asked again. A page load's
 * match (topics without their cards) loses muted topics and sentence items; its cards go through {@link hideMutedCard}.
 */
export function hideMuted<M extends Omit<PageMatch, 'topics'> & { topics: (TopicMatch | TopicSummary)[] }>(match: M, mutes: Mutes): M {
  const topicsOff = new Set(mutes.mutedTopics);
  const outletsOff = new Set(mutes.mutedOutlets);
  if (topicsOff.size === 0 && outletsOff.size === 0) return match;
  const topics = match.topics.filter((t) => !topicsOff.has(t.topic.id)).map((t) => ('contrasts' in t ? hideMutedCard(t, outletsOff) : t));
  const sentences: SentenceMatch[] = match.sentences.map((s) => ({
    ...s,
    topicIds: s.topicIds.filter((id) => !topicsOff.has(id)),
    contrasts: outletsOff.size === 0 ? s.contrasts : withoutOutlets(s.contrasts, outletsOff),
  }));
  return { ...match, topics, sentences };
}

/** A card without muted outlets' items, figure entries and timeline points (the card itself when none is muted). */
export function hideMutedCard(t: TopicMatch, outletsOff: ReadonlySet<string>): TopicMatch {
  if (outletsOff.size === 0) return t;
  return {
    ...t,
    contrasts: withoutOutlets(t.contrasts, outletsOff),
    figures: t.figures.map((row) => ({ ...row, entries: row.entries.filter((e) => !outletsOff.has(e.outletId)) })).filter((row) => row.entries.length > 0),
    timeline: t.timeline.filter((e) => !outletsOff.has(e.outletId)),
  };
}

/** One statement as a card lists it: the item shown, and other outlets' items with the same wording. */
export interface FoldedContrast {
  lead: Contrast;
  /** Near-verbatim copies of `lead`'s claim from other articles (wire copy, a shared press release), oldest first. */
  copies: Contrast[];
}

/**
 * Folds near-verbatim copies of one statement into one item, so five outlets running the same wire sentence read as
 * one statement carried by five, not as five outlets agreeing. Items keep their order (a copy goes under the first
 * item it copies); two claims are copies when they are one wording ({@link sameWording}: reported speech of one quote
 * in another outlet's words is not folded).
 */
export function foldCopies(items: readonly Contrast[]): FoldedContrast[] {
  const out: FoldedContrast[] = [];
  for (const c of items) {
    const home = out.find((f) => sameWording(f.lead.claim.text, c.claim.text));
    if (home) home.copies.push(c);
    else out.push({ lead: c, copies: [] });
  }
  return out.map(({ lead, copies }) => ({ lead, copies: copies.sort(byDate) }));
}

const dateOf = (c: Contrast): string | null => c.claim.date ?? c.article.published ?? null;
/** Oldest first, undated last. (No sentinel such as U+FFFF: Chromium refuses a content script holding a noncharacter.) */
function byDate(a: Contrast, b: Contrast): number {
  const x = dateOf(a);
  const y = dateOf(b);
  return x === y ? 0 : x === null ? 1 : y === null ? -1 : x.localeCompare(y);
}
