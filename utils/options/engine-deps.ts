/**
 * The real claim engine behind the import pipeline (what the worker and the page fallback use).
 * Kept apart from pipeline.ts so tests can give the pipeline fakes, and so the engine is only loaded where
 * it runs: in the worker bundle.
 */
import { analyzeArticle } from '../engine/analyze';
import { parseCsv } from '../engine/csv';
import { parseArticlesFile } from '../engine/formats';
import { validatePack } from '../engine/pack';
import type { ImportItem } from '../messages';
import type { EngineDeps } from './pipeline';

/** The engine's parsed input as an import item: only the fields an ImportItem has. */
function asItem(input: Partial<ImportItem> & { text: string }, fileName: string): ImportItem {
  return {
    name: input.name || fileName,
    text: input.text,
    ...(input.format ? { format: input.format } : {}),
    title: input.title ?? null,
    outlet: input.outlet ?? null,
    url: input.url ?? null,
    published: input.published ?? null,
    author: input.author ?? null,
  };
}

export const engineDeps: EngineDeps = {
  analyze: (input) => analyzeArticle(input),
  parseFile: (name, content) => {
    const { inputs, errors } = parseArticlesFile(name, content);
    return { inputs: inputs.map((i) => asItem(i, name)), errors };
  },
  parseCsv: (content) => parseCsv(content),
  validatePack: (json) => validatePack(json),
};
