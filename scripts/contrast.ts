/**
 * `claimlens contrast`: what the card would show for pages, from a pack — the same matchPage the extension's
 * background runs, over one corpus index built once for every page.
 *
 * JSON (one line per page, a stable shape):
 *   { "page", "topics": [ { "topic", "items": [ { "label", "p", "pageSentence", "claimId", "articleId", "outletId",
 *     "date" } ], "figures": [ { "subject", "entries": [ { "value", "unit", "claimId", "articleId", "outletId",
 *     "date" } ] } ] } ] }
 * `label` is "disputes" | "agrees" | "context"; `p` the relation's probability (its score when the relation
 * carries no calibrated probability). A figure entry the page itself gives has null claim/article/outlet ids.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { DOMParser } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { markdownToText } from '../utils/engine/clean';
import { contrastItems } from '../utils/engine/shown';
import { matchPage, type CorpusIndex, type MatchOptions, type PageInput } from '../utils/engine/match';
import { publishedDate } from '../utils/page/extract';
import type { Contrast, PageMatch, Relation } from '../utils/engine/types';

/** File types a page may be. */
export const PAGE_EXTENSIONS = ['.txt', '.text', '.html', '.htm', '.md', '.markdown'];

/** One item of a topic as the CLI prints it. */
export interface CardItemJson {
  label: 'disputes' | 'agrees' | 'context';
  p: number;
  pageSentence: string | null;
  claimId: string;
  articleId: string;
  outletId: string;
  date: string | null;
}

/** One figure entry as the CLI prints it. */
export interface CardFigureEntryJson {
  value: number;
  unit: string;
  claimId: string | null;
  articleId: string | null;
  outletId: string | null;
  date: string | null;
}

/** What the card would show for one page. */
export interface CardJson {
  page: string;
  topics: {
    topic: string;
    items: CardItemJson[];
    figures: { subject: string; entries: CardFigureEntryJson[] }[];
  }[];
}

/**
 * Reads a page file as the content script would see the page: HTML through Readability (title, site name, main
 * text) with its publication date from JSON-LD/meta/<time>; Markdown as its text; plain text as is. Throws naming
 * the file when it cannot be read or is not a page type.
 */
export function readPageFile(path: string): PageInput {
  const ext = extname(path).toLowerCase();
  if (!PAGE_EXTENSIONS.includes(ext)) throw new Error(`${path}: not a page file (expected ${PAGE_EXTENSIONS.join(', ')})`);
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  const url = `file://${path}`;
  if (ext === '.html' || ext === '.htm') {
    const doc = new DOMParser().parseFromString(raw, 'text/html') as unknown as Document;
    const published = publishedDate(doc);
    const parsed = new Readability(doc).parse();
    const text = parsed?.textContent?.trim() ?? '';
    if (!text) throw new Error(`${path}: no article text found in the HTML`);
    return { text, title: parsed?.title ?? '', url, siteName: parsed?.siteName ?? null, published: parsed?.publishedTime ?? published };
  }
  const text = ext === '.md' || ext === '.markdown' ? markdownToText(raw).text : raw;
  if (!text.trim()) throw new Error(`${path}: the page is empty`);
  return { text, title: text.trim().split('\n')[0]!.slice(0, 200), url, siteName: null, published: null };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The relation's probability: `p` when the relation model gives one, else its score. */
function probability(r: Relation): number {
  const p = (r as Relation & { p?: number }).p;
  return round(typeof p === 'number' ? p : r.score);
}

function item(c: Contrast): CardItemJson {
  return {
    label: c.relation.label === 'disputes' ? 'disputes' : c.relation.label === 'agrees' ? 'agrees' : 'context',
    p: probability(c.relation),
    pageSentence: c.pageSentence?.text ?? null,
    claimId: c.claim.id,
    articleId: c.claim.articleId,
    outletId: c.claim.outletId,
    date: c.claim.date ?? c.article.published ?? null,
  };
}

/** The card of one match in the CLI's JSON shape. */
export function cardJson(index: CorpusIndex, page: string, match: PageMatch): CardJson {
  return {
    page,
    topics: match.topics.map((t) => ({
      topic: t.topic.label,
      items: contrastItems(t.contrasts).map(item),
      figures: t.figures.map((row) => ({
        subject: row.subject,
        entries: row.entries.map((e) => ({
          value: e.figure.value,
          unit: e.figure.unit,
          claimId: e.claimId || null,
          articleId: e.claimId ? (index.claimsById.get(e.claimId)?.articleId ?? null) : null,
          outletId: e.outletId || null,
          date: e.date,
        })),
      })),
    })),
  };
}

/** Matches one page file against the index and returns its card (the page path as given). */
export function contrastPage(index: CorpusIndex, path: string, opts: MatchOptions): { card: CardJson; match: PageMatch } {
  const match = matchPage(index, readPageFile(path), opts);
  return { card: cardJson(index, path, match), match };
}

const clip = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The card as readable text: topics, then per item its label, probability, the page sentence, the claim and its source. */
export function cardText(index: CorpusIndex, card: CardJson, match: PageMatch): string {
  const lines = [`== ${card.page} ==  (page date: ${match.pageDate ?? 'unknown'})`];
  if (!card.topics.length) lines.push('  no card: the page is not about a topic of the pack');
  for (const t of card.topics) {
    lines.push(`  topic: ${t.topic}`);
    for (const it of t.items) {
      const claim = index.claimsById.get(it.claimId);
      const outlet = index.outlets.get(it.outletId)?.name ?? it.outletId;
      lines.push(`    ${it.label.padEnd(8)} p=${it.p.toFixed(3)}  ${outlet} · ${it.date ?? 'no date'} · ${it.claimId} (article ${it.articleId})`);
      lines.push(`      claim:   ${clip(oneLine(claim?.text ?? ''), 140)}`);
      if (it.pageSentence) lines.push(`      answers: ${clip(oneLine(it.pageSentence), 140)}`);
    }
    for (const f of t.figures) {
      lines.push(`    figures: ${f.subject}: ${f.entries.map((e) => `${e.value} (${e.outletId ? (index.outlets.get(e.outletId)?.name ?? e.outletId) : 'this page'}${e.date ? `, ${e.date}` : ''})`).join(' · ')}`);
    }
  }
  return lines.join('\n');
}
