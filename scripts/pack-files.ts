/**
 * Node-side file loading shared by the CLI and the seed-pack build: reads article files and directories,
 * extracts HTML with Readability over linkedom (the extractor Firefox Reader View uses), parses every other
 * format with the engine's pure parsers, and analyses the articles. Only file reading lives here.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DOMParser } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { analyzeArticle, EngineInputError, type AnalyzedArticle, type ArticleInput } from '../utils/engine/analyze';
import { formatFileError, isPackJson, parseArticlesFile, parseOutletsFile, type ExtractedHtml, type OutletsFile } from '../utils/engine/formats';
import { validatePack, PackError } from '../utils/engine/pack';
import type { ArticleSource, CorpusPack } from '../utils/engine/types';

/** File extensions the loader picks up when given a directory. */
export const ARTICLE_EXTENSIONS = ['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', '.json', '.jsonl', '.ndjson', '.csv', '.tsv'];

/** Readability over a linkedom document: the article's cleaned HTML (format 'html') and metadata, or null. */
export function extractHtml(html: string): ExtractedHtml | null {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // linkedom's Document is close enough to the DOM Readability walks.
  const article = new Readability(doc as unknown as Document).parse();
  if (!article || !article.content || !(article.textContent ?? '').trim()) return null;
  return {
    text: article.content,
    format: 'html',
    title: article.title || null,
    byline: article.byline || null,
    siteName: article.siteName || null,
    published: article.publishedTime || null,
  };
}

/** Expands directories (recursively, sorted) into article files; plain file paths are kept as given. */
export function expandPaths(paths: readonly string[]): { files: string[]; errors: string[] } {
  const files: string[] = [];
  const errors: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (ARTICLE_EXTENSIONS.some((e) => name.toLowerCase().endsWith(e)) && name !== 'outlets.json') files.push(p);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      errors.push(`${p}: no such file or directory`);
      continue;
    }
    if (st.isDirectory()) walk(p);
    else files.push(p);
  }
  return { files, errors };
}

/** Reads an outlets file (Outlet[] or seeds/outlets.json entries). Throws naming the file when unreadable. */
export function readOutletsFile(path: string): OutletsFile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: cannot read outlets (${(e instanceof Error ? e.message : String(e)).split('\n')[0]})`);
  }
  return parseOutletsFile(json);
}

/** Options of {@link loadArticles}. */
export interface LoadOptions {
  outlets?: OutletsFile;
  source?: ArticleSource;
  importedAt?: number;
}

/** Result of {@link loadArticles}: analysed articles, packs found among the files, and every error (naming file and row). */
export interface Loaded {
  analyzed: AnalyzedArticle[];
  packs: CorpusPack[];
  errors: string[];
  /** File name of each analysed article (same order). */
  names: string[];
}

/** Reads, parses and analyses files; per-file metadata from the outlets file overrides detection. */
export function loadArticles(files: readonly string[], opts: LoadOptions = {}): Loaded {
  const out: Loaded = { analyzed: [], packs: [], errors: [], names: [] };
  for (const file of files) {
    let content: string;
    try {
      content = readFileSync(file, 'utf8');
    } catch (e) {
      out.errors.push(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
      continue;
    }
    if (/\.json$/i.test(file)) {
      let json: unknown = undefined;
      try {
        json = JSON.parse(content);
      } catch {
        /* reported by parseArticlesFile below */
      }
      if (isPackJson(json)) {
        try {
          out.packs.push(validatePack(json));
        } catch (e) {
          out.errors.push(`${file}: ${e instanceof PackError ? e.message : String(e)}`);
        }
        continue;
      }
    }
    const parsed = parseArticlesFile(file, content, { extractHtml: (html) => extractHtml(html) });
    for (const err of parsed.errors) out.errors.push(formatFileError(err));
    const meta = opts.outlets?.byFile.get(basename(file));
    for (const input of parsed.inputs) {
      const full: ArticleInput = {
        ...input,
        ...(meta?.title && !input.title ? { title: meta.title } : {}),
        ...(meta?.published && !input.published ? { published: meta.published } : {}),
        ...(meta?.author && !input.author ? { author: meta.author } : {}),
        ...(meta?.url && !input.url ? { url: meta.url } : {}),
        ...(meta?.outlet && !input.outlet ? { outlet: meta.outlet } : {}),
        source: opts.source ?? 'import',
        importedAt: opts.importedAt ?? 0,
      };
      try {
        out.analyzed.push(analyzeArticle(full));
        out.names.push(input.name ?? file);
      } catch (e) {
        const msg = e instanceof EngineInputError ? e.message : e instanceof Error ? e.message : String(e);
        out.errors.push(msg.startsWith(input.name ?? file) ? msg : `${input.name ?? file}: ${msg}`);
      }
    }
  }
  return out;
}
