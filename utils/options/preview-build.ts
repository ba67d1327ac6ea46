/**
 * Building preview rows from the engine's analysis or from a pack's articles. Runs in the import worker
 * (it uses the engine's entity spotter for the "main names" of an article). Pure.
 */
import type { Article, Claim, CorpusPack, Outlet } from '../engine/types';
import type { ImportItem } from '../messages';
import { spotEntities } from '../engine/text';
import { domainLexicon } from '../engine/lexicon/domain';
import { UNKNOWN_OUTLET_NAME } from '../engine/analyze';
import type { PreviewRow } from './preview';

/** The part of the engine's `AnalyzedArticle` the preview reads. */
export interface AnalyzedLike {
  article: Article;
  outlet: Outlet;
  claims: Claim[];
}

/** The label of a known alias group for a normalised entity key ("nato" → "NATO"), from the lexicon in force. */
function aliasLabels(): Map<string, string> {
  const labels = new Map<string, string>();
  for (const g of domainLexicon().aliasGroups) for (const a of g.aliases) if (a.length > 2) labels.set(a.replace(/[.']/g, '').replace(/-/g, ' '), g.label);
  return labels;
}

/**
 * The few names an article is most about: capitalised names the engine spots (people, places,
 * organisations), counted, known aliases folded together (NATO = North Atlantic Treaty Organization), most frequent first.
 * A stand-in for corpus topics, which need the whole corpus to be mined.
 */
export function topTerms(text: string, limit = 4): string[] {
  const counts = new Map<string, { label: string; count: number; first: number; forms: Map<string, number> }>();
  const aliases = aliasLabels();
  let mentions;
  try {
    mentions = spotEntities(text.length > 60_000 ? text.slice(0, 60_000) : text);
  } catch {
    return [];
  }
  for (const m of mentions) {
    if (m.sentenceInitial && m.tokens.length === 1 && !m.acronym) continue;
    if (m.text.length < 2) continue;
    const alias = aliases.get(m.key) ?? aliases.get(m.text.toLowerCase());
    const key = alias ? `alias:${alias}` : m.key;
    const entry = counts.get(key) ?? { label: alias ?? m.text, count: 0, first: m.start, forms: new Map() };
    entry.count++;
    if (!alias) entry.forms.set(m.text, (entry.forms.get(m.text) ?? 0) + 1);
    counts.set(key, entry);
  }
  const ranked = [...counts.values()].sort((a, b) => b.count - a.count || a.first - b.first);
  const out: string[] = [];
  for (const e of ranked) {
    const label = e.forms.size ? [...e.forms.entries()].sort((a, b) => b[1] - a[1])[0][0] : e.label;
    if (!out.some((o) => o.toLowerCase() === label.toLowerCase())) out.push(label);
    if (out.length >= limit) break;
  }
  return out;
}

/** Number of words in a text. */
export function countWords(text: string): number {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}

/** The first ~`max` characters of a text on one line. */
export function excerptOf(text: string, max = 180): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** A preview row for an item the engine analysed. */
export function previewFromAnalysis(key: string, fileName: string, item: ImportItem, analyzed: AnalyzedLike): PreviewRow {
  const { article, outlet, claims } = analyzed;
  const title = article.title;
  const date = article.published ?? '';
  // "Unknown outlet" shows as an empty field asking to be filled in.
  const outletName = outlet.name === UNKNOWN_OUTLET_NAME ? '' : outlet.name;
  return {
    key,
    name: item.name,
    fileName,
    kind: 'item',
    item,
    packKey: null,
    articleId: article.id,
    title,
    outlet: outletName,
    date,
    url: article.url,
    author: article.author,
    original: { title, outlet: outletName, date },
    claimCount: claims.length,
    words: countWords(article.body),
    topics: topTerms(article.body),
    problems: [...article.problems],
    duplicate: null,
    selected: true,
    excerpt: excerptOf(article.body),
    analysis: { article, outlet, claims },
  };
}

/** Preview rows for every article of a pack; topics are the pack's own topic labels. */
export function previewFromPack(keyPrefix: string, fileName: string, packKey: string, pack: CorpusPack): PreviewRow[] {
  const outlets = new Map(pack.outlets.map((o) => [o.id, o]));
  const topicLabels = new Map(pack.topics.map((t) => [t.id, t.label]));
  const claimsBy = new Map<string, Claim[]>();
  for (const c of pack.claims) claimsBy.set(c.articleId, [...(claimsBy.get(c.articleId) ?? []), c]);
  return pack.articles.map((a, i) => {
    const claims = claimsBy.get(a.id) ?? [];
    const topicCount = new Map<string, number>();
    for (const c of claims) for (const t of c.topics) topicCount.set(t, (topicCount.get(t) ?? 0) + 1);
    const topics = [...topicCount.entries()]
      .sort((x, y) => y[1] - x[1])
      .map(([id]) => topicLabels.get(id) ?? id)
      .slice(0, 4);
    const outletName = outlets.get(a.outletId)?.name ?? a.outletId;
    const problems = [...a.problems];
    if (!outlets.has(a.outletId)) problems.push(`outlet “${a.outletId}” is not in the pack`);
    return {
      key: `${keyPrefix}:${i}`,
      name: `${fileName} › ${a.title}`,
      fileName,
      kind: 'pack',
      item: null,
      packKey,
      articleId: a.id,
      title: a.title,
      outlet: outletName,
      date: a.published ?? '',
      url: a.url,
      author: a.author,
      original: { title: a.title, outlet: outletName, date: a.published ?? '' },
      claimCount: claims.length,
      words: countWords(a.body),
      topics: topics.length ? topics : topTerms(a.body),
      problems,
      duplicate: null,
      selected: true,
      excerpt: excerptOf(a.body),
      ...((pack as { backup?: unknown }).backup === true ? { restores: true } : {}),
    } satisfies PreviewRow;
  });
}
