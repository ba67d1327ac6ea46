/**
 * What any imported article must satisfy before it is stored, whatever format it came in (JSON, JSONL,
 * CSV, a pack, pasted text, a fetched page): text fields are strings, web addresses are http(s) only,
 * sizes are within the stated limits, and names carry no bidi control characters (an RLO makes "evil"
 * display as "live"). Pure: used by the options page's parser, the background's corpus writes and the CLI.
 */
import type { Article, CorpusPack, Outlet } from './types';

/** Most articles in one import (a CSV, JSONL or pack). */
export const MAX_ARTICLES = 10_000;
/** Longest article text, pasted text or fetched page (characters). */
export const MAX_TEXT_CHARS = 2_000_000;
/** Longest title (characters): a headline, not a body pasted into the wrong column. */
export const MAX_TITLE_CHARS = 1_000;
/** Longest outlet or author name (characters). */
export const MAX_NAME_CHARS = 200;
/** Longest web address (characters). */
export const MAX_URL_CHARS = 2_048;

/**
 * Bidi embedding/override/isolate controls and marks (U+202A–202E, U+2066–2069, U+200E/200F, U+061C).
 * In a one-line name they only serve to make the shown text differ from the stored one.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** `s` without bidi control characters. */
export function stripBidi(s: string): string {
  return s.replace(BIDI_CONTROLS, '');
}

/** True for an absolute http:// or https:// address (anything else — javascript:, data:, file: — is not a web page). */
export function isWebUrl(s: string): boolean {
  if (!/^https?:\/\//i.test(s.trim())) return false;
  try {
    const u = new URL(s.trim());
    return (u.protocol === 'http:' || u.protocol === 'https:') && !!u.hostname;
  } catch {
    return false;
  }
}

/** A value shortened for an error message. */
export function shortValue(v: string, max = 40): string {
  const flat = v.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

const n = (x: number) => x.toLocaleString('en-US');

/** The fields an import item may carry, as they arrive (from a message or a parsed file: not yet trusted). */
export interface ItemFields {
  text?: unknown;
  title?: unknown;
  outlet?: unknown;
  url?: unknown;
  published?: unknown;
  author?: unknown;
}

/**
 * What is wrong with an item's fields, or null. Messages say which field and why, never the raw value
 * when it is long: "the URL “javascript:alert(1)” is not a web address (http:// or https://)".
 */
export function itemFieldProblem(item: ItemFields): string | null {
  if (typeof item.text !== 'string') return `the article text must be text, not ${kindOf(item.text)}`;
  if (!item.text.trim()) return 'no article text';
  if (item.text.length > MAX_TEXT_CHARS) return `the article text is ${n(item.text.length)} characters, over the ${n(MAX_TEXT_CHARS)} limit`;
  const limits: [keyof ItemFields, string, number][] = [
    ['title', 'title', MAX_TITLE_CHARS],
    ['outlet', 'outlet name', MAX_NAME_CHARS],
    ['author', 'author', MAX_NAME_CHARS],
    ['published', 'date', 100],
    ['url', 'URL', MAX_URL_CHARS],
  ];
  for (const [key, label, max] of limits) {
    const v = item[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') return `the ${label} must be text, not ${kindOf(v)}`;
    if (v.length > max) return `the ${label} is ${n(v.length)} characters, over the ${n(max)} limit`;
  }
  if (typeof item.url === 'string' && item.url.trim() && !isWebUrl(item.url)) {
    return `the URL “${shortValue(item.url)}” is not a web address (http:// or https://)`;
  }
  return null;
}

/** "a number", "an object", "a list", "true/false". */
export function kindOf(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (v === null) return 'empty';
  switch (typeof v) {
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true/false';
    case 'object':
      return 'an object';
    default:
      return typeof v;
  }
}

/** An article with bidi controls removed from its one-line fields. */
export function sanitizeArticle<A extends Pick<Article, 'title' | 'author'>>(a: A): A {
  return { ...a, title: stripBidi(a.title), author: a.author === null ? null : stripBidi(a.author) };
}

/** An outlet with bidi controls removed from its name. */
export function sanitizeOutlet(o: Outlet): Outlet {
  return { ...o, name: stripBidi(o.name) };
}

/**
 * What a (structurally valid) pack breaks of the import limits, or null: too many articles, a long title,
 * a non-web URL, a huge body. Each message names the article by its place in the pack.
 */
export function packLimitProblem(pack: CorpusPack): string | null {
  if (pack.articles.length > MAX_ARTICLES) {
    return `the pack holds ${n(pack.articles.length)} articles, over the ${n(MAX_ARTICLES)} per import limit (split it into smaller packs)`;
  }
  for (const [i, a] of pack.articles.entries()) {
    const where = `articles[${i}]`;
    if (a.title.length > MAX_TITLE_CHARS) return `${where}.title is ${n(a.title.length)} characters, over the ${n(MAX_TITLE_CHARS)} limit`;
    if (a.body.length > MAX_TEXT_CHARS) return `${where}.body is ${n(a.body.length)} characters, over the ${n(MAX_TEXT_CHARS)} limit`;
    if (a.author && a.author.length > MAX_NAME_CHARS) return `${where}.author is ${n(a.author.length)} characters, over the ${n(MAX_NAME_CHARS)} limit`;
    if (a.url !== null && !isWebUrl(a.url)) return `${where}.url “${shortValue(a.url)}” is not a web address (http:// or https://)`;
  }
  for (const [i, o] of pack.outlets.entries()) {
    if (o.name.length > MAX_NAME_CHARS) return `outlets[${i}].name is ${n(o.name.length)} characters, over the ${n(MAX_NAME_CHARS)} limit`;
  }
  return null;
}

/**
 * True for parsed JSON that is (or means to be) a ClaimLens pack: `format: "claimlens-pack"`, a misspelt
 * format ("claimlens-pak"), or a pack's shape (articles with claims/outlets). Such a file must be validated as
 * a pack — naming the bad field — never read as a list of articles (which would store a seed a second time).
 */
export function isPackShaped(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  if (o.format === 'claimlens-pack') return true;
  if (typeof o.format === 'string' && /claim|lens|pack/i.test(o.format)) return true;
  return Array.isArray(o.articles) && (Array.isArray(o.claims) || Array.isArray(o.outlets) || 'engineVersion' in o);
}
