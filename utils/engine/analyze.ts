/**
 * The article-level entry point of the claim engine: raw input (text, HTML or Markdown plus any
 * known metadata) → a stored Article, its Outlet and its Claims, with the problems found on the way.
 * Given metadata always wins over what is detected in the text. Pure and synchronous; linear time.
 */

import type { Article, ArticleSource, Claim, Outlet } from './types';
import { cleanText, markdownToText, type TextFormat } from './clean';
import { normaliseDate, yearOf } from './dates';
import { extractClaims } from './claims';
import { mainPlace } from './figures';
import { contentHash, detectAuthor, detectDateLine, detectLeadDate, detectOutlets, domainOf, guessLanguage, slugify } from './metadata';
import { splitSentences } from './sentences';

/** One article to analyse. Only `text` is required; every other field overrides detection. */
export interface ArticleInput {
  text: string;
  format?: TextFormat;
  title?: string | null;
  outlet?: string | null;
  url?: string | null;
  /** Publication date: ISO or a common written form; a bare year ("2020") only helps resolve dates. */
  published?: string | null;
  author?: string | null;
  source?: ArticleSource;
  importedAt?: number;
  /** File name, for error messages. */
  name?: string;
}

/** Result of {@link analyzeArticle}. */
export interface AnalyzedArticle {
  article: Article;
  outlet: Outlet;
  claims: Claim[];
  problems: string[];
}

/** Why an input was refused. */
export type EngineInputErrorCode = 'empty' | 'binary' | 'too-large' | 'no-text';

/** Input the engine refuses to analyse; `code` says why, the message names the input. */
export class EngineInputError extends Error {
  readonly code: EngineInputErrorCode;
  constructor(code: EngineInputErrorCode, message: string) {
    super(message);
    this.name = 'EngineInputError';
    this.code = code;
  }
}

/** Largest accepted input, in bytes of UTF-8. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/** Name used for the outlet when nothing identifies it. */
export const UNKNOWN_OUTLET_NAME = 'Unknown outlet';

/** UTF-8 byte length without allocating an encoded copy. */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Refuse input that is not text we can analyse. Checks size before anything that scans the text. */
export function validateInput(input: ArticleInput): void {
  const label = input.name ? `"${input.name}"` : 'the input';
  const text = input.text;
  if (typeof text !== 'string' || text.trim() === '') throw new EngineInputError('empty', `${label} is empty: there is no text to analyse.`);
  // a UTF-16 code unit is at most 3 UTF-8 bytes: only count exactly when it could matter
  if (text.length > MAX_INPUT_BYTES || (text.length * 3 > MAX_INPUT_BYTES && utf8Length(text) > MAX_INPUT_BYTES)) {
    const mb = (utf8Length(text) / (1024 * 1024)).toFixed(1);
    throw new EngineInputError('too-large', `${label} is too large (${mb} MB): the limit is 5 MB of text per article.`);
  }
  // binary: NUL bytes, or many control / replacement characters in the first 64k
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) throw new EngineInputError('binary', `${label} looks like a binary file (it contains NUL bytes), not text.`);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) control++;
  }
  if (control > 8 && control / sample.length > 0.05) {
    throw new EngineInputError('binary', `${label} looks like a binary file (${Math.round((100 * control) / sample.length)}% control characters), not text.`);
  }
}

/** Outlet record for a name (and domain when known). */
function makeOutlet(name: string, domain: string | null, evidence: string[]): Outlet {
  return {
    id: slugify(name),
    name,
    domain,
    country: null,
    ownership: [],
    notes: evidence.map((e) => ({ value: 'outlet identified from the page', source: e })),
  };
}

function shortTitle(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t.length <= 120) return t;
  const cut = t.lastIndexOf(' ', 117);
  return t.slice(0, cut > 40 ? cut : 117) + '…';
}

/**
 * Analyse one article. Throws {@link EngineInputError} for empty, binary, oversized or textless
 * input; everything else (unknown outlet or date, another language) is reported in `problems`.
 */
export function analyzeArticle(input: ArticleInput): AnalyzedArticle {
  validateInput(input);
  const label = input.name ? `"${input.name}"` : 'the input';
  const problems: string[] = [];
  const format = input.format ?? 'text';
  const cleaned = cleanText(input.text, format);
  const body = cleaned.body;
  if (!body.trim()) throw new EngineInputError('no-text', `${label} has no article text left once page furniture is removed.`);

  // metadata is read from the page text before cleaning (bylines, captions and date lines live there)
  // (Markdown is read without its markup: "*Published … by …*" is a masthead line like any other.)
  const pageText = format === 'html' ? cleaned.removed.join('\n') + '\n' + body : format === 'md' ? markdownToText(input.text).text : input.text;

  const language = guessLanguage(body);
  if (language !== 'en') problems.push(`language ${language}: claims may be incomplete`);

  // outlet: given > detected in text > URL domain > unknown
  const domain = domainOf(input.url);
  let outlet: Outlet;
  if (input.outlet && input.outlet.trim()) outlet = makeOutlet(input.outlet.trim(), domain, []);
  else {
    // A wire agency credited in a byline or dateline is the outlet only when nothing else names one.
    const candidates = detectOutlets(pageText, cleaned.meta);
    const found = candidates[0];
    if (found) {
      outlet = makeOutlet(found.name, domain, found.evidence);
      for (const wire of candidates.filter((c) => c.agency && c !== found)) {
        for (const e of wire.evidence) outlet.notes.push({ value: `wire copy credited to ${wire.name}`, source: e });
      }
    }
    else if (domain) outlet = makeOutlet(domain, domain, [`url: ${domain}`]);
    else {
      outlet = makeOutlet(UNKNOWN_OUTLET_NAME, null, []);
      problems.push('outlet unknown: no name in the text and no URL');
    }
  }

  // date: given full date > date line / meta > lead sentence ("said Wednesday (January 22nd)") with a known year
  let published = normaliseDate(input.published ?? null);
  if (input.published && !published && yearOf(input.published) === null) problems.push(`published date "${input.published}" not understood`);
  if (!published) published = detectDateLine(pageText, cleaned.meta)?.date ?? null;
  if (!published) {
    const lead = detectLeadDate(body, yearOf(input.published ?? null));
    if (lead) published = lead.date;
  }
  // A month or year the caller knows ("2020-06") beats no date: figures and timelines can still place it.
  if (!published) published = partialDate(input.published ?? null);
  if (!published) problems.push('no date found: claims are undated unless the text dates them');

  const author = input.author?.trim() || detectAuthor(pageText, cleaned.meta);

  let title = input.title?.trim() || cleaned.title;
  // "Headline - Site Name" / "Headline | Site Name": the site is the outlet, not part of the headline
  if (title && !input.title) {
    for (const sep of [' | ', ' - ', ' – ', ' — ']) {
      const suffix = sep + outlet.name;
      if (title.length > suffix.length + 10 && title.toLowerCase().endsWith(suffix.toLowerCase())) title = title.slice(0, -suffix.length).trim();
    }
  }
  if (!title) {
    const first = body.split('\n').find((l) => l.trim()) ?? '';
    title = shortTitle(first);
    problems.push('no headline found: the first sentence stands in');
  }

  const id = contentHash(body);
  const sentences = splitSentences(body);
  const place = mainPlace(body);
  const claims = extractClaims(body, sentences, { articleId: id, outletId: outlet.id, published, place });
  if (claims.length === 0) problems.push('no claims found');

  const source: ArticleSource = input.source ?? 'import';
  const article: Article = {
    id,
    outletId: outlet.id,
    title,
    url: input.url ?? null,
    published,
    author: author ?? null,
    language,
    body,
    source,
    importedAt: input.importedAt ?? (source === 'seed' ? 0 : Date.now()),
    problems,
  };
  return { article, outlet, claims, problems };
}

/** "YYYY-MM" or "YYYY" as given (a known month or year without a day), else null. */
function partialDate(s: string | null): string | null {
  const t = s?.trim() ?? '';
  return /^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/.test(t) ? t : null;
}
