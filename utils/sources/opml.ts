/**
 * OPML import and export of the source list, with feedsmith's OPML parser and generator (the same library
 * as the feeds, so no second XML dependency).
 */
import { generateOpml, parseOpml } from 'feedsmith';
import { XMLValidator } from 'fast-xml-parser';
import { absoluteUrl } from './parse';
import type { Source } from './types';

/** A feed listed in an OPML file. */
export interface OpmlFeed {
  url: string;
  title: string | null;
  siteUrl: string | null;
}

/** What an OPML file holds: its feeds, and one line per outline that could not be used. */
export interface OpmlImport {
  feeds: OpmlFeed[];
  problems: string[];
}

interface Outline {
  text?: string;
  title?: string;
  xmlUrl?: string;
  htmlUrl?: string;
  outlines?: Outline[];
}

/** Reads an OPML file (nested folders flattened). Throws an Error naming the file and what is wrong. */
export function feedsFromOpml(text: string, fileName: string): OpmlImport {
  const valid = XMLValidator.validate(text.replace(/^\uFEFF/, ''));
  if (valid !== true) throw new Error(`${fileName}: malformed XML at line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`);
  let doc: { body?: { outlines?: Outline[] } };
  try {
    doc = parseOpml(text.replace(/^\uFEFF/, '')) as typeof doc;
  } catch (err) {
    throw new Error(`${fileName}: not an OPML file (${(err as Error).message})`);
  }
  const feeds: OpmlFeed[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const walk = (outlines: Outline[] | undefined, path: string) => {
    for (const o of outlines ?? []) {
      const name = o.title ?? o.text ?? '(untitled)';
      if (o.outlines?.length) walk(o.outlines, `${path}${name} › `);
      if (!o.xmlUrl) continue;
      const url = absoluteUrl(o.xmlUrl, 'http://invalid/');
      if (!url || url.startsWith('http://invalid/')) {
        problems.push(`${fileName}: “${path}${name}” has no usable feed address (${o.xmlUrl})`);
        continue;
      }
      if (seen.has(url)) continue;
      seen.add(url);
      feeds.push({ url, title: o.title ?? o.text ?? null, siteUrl: absoluteUrl(o.htmlUrl, url) });
    }
  };
  walk(doc.body?.outlines, '');
  if (!feeds.length && !problems.length) problems.push(`${fileName}: lists no feeds (no outline has an xmlUrl)`);
  return { feeds, problems };
}

/** The source list as an OPML 2.0 document. */
export function opmlOf(sources: Pick<Source, 'url' | 'title' | 'outlet' | 'siteUrl'>[], now = new Date()): string {
  return generateOpml({
    head: { title: 'ClaimLens sources', dateCreated: now },
    body: {
      outlines: sources.map((s) => ({
        text: s.outlet || s.title,
        title: s.title,
        type: 'rss',
        xmlUrl: s.url,
        ...(s.siteUrl ? { htmlUrl: s.siteUrl } : {}),
      })),
    },
  });
}
