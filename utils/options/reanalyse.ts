/**
 * "Re-analyse everything" built only from existing messages: for each batch of imported articles,
 * export it (bodies included) → delete it → import the bodies again through the current engine → put back,
 * from the deleted pack, any article the engine now refuses. At most one batch is ever out of the library.
 * Seeds are not touched: they come from the seed pack, which the extension reloads on every update.
 */
import type { Article, CorpusPack } from '../engine/types';
import type { ArticleSummary, ImportItem, ImportOutcome } from '../messages';
import { chunk, summariseOutcomes, type BatchProgress, type OutcomeSummary } from './queue';

/** The calls re-analysis needs (a subset of `OptionsApi`). */
export interface ReanalyseApi {
  listArticles(): Promise<ArticleSummary[]>;
  exportPack(articleIds?: string[]): Promise<CorpusPack>;
  deleteArticles(ids: string[]): Promise<{ deleted: CorpusPack }>;
  importItems(items: ImportItem[]): Promise<ImportOutcome[]>;
  restoreArticles(pack: CorpusPack): Promise<{ restored: number }>;
  /**
   * Re-analyses a batch in ONE background transaction (issue 11: a stopped worker must not leave a batch
   * deleted but not re-imported). When present it replaces the export → delete → import → restore steps.
   */
  reanalyse?(ids: string[]): Promise<{ outcomes: ImportOutcome[]; kept: number }>;
}

/** What re-analysis did. */
export interface ReanalyseResult extends OutcomeSummary {
  /** Articles the engine refused this time, put back unchanged. */
  restored: number;
  outcomes: ImportOutcome[];
  cancelled: boolean;
}

/** The import item that re-creates a stored article with its (possibly edited) metadata. */
export function articleToItem(article: Article, outletName: string): ImportItem {
  return {
    name: article.title,
    text: article.body,
    format: 'text',
    title: article.title,
    outlet: outletName,
    url: article.url,
    published: article.published,
    author: article.author,
  };
}

/** The articles of `pack` with the given ids, with their claims, outlets and topics. */
export function subsetById(pack: CorpusPack, ids: ReadonlySet<string>): CorpusPack {
  const articles = pack.articles.filter((a) => ids.has(a.id));
  const claims = pack.claims.filter((c) => ids.has(c.articleId));
  const outletIds = new Set(articles.map((a) => a.outletId));
  const topicIds = new Set(claims.flatMap((c) => c.topics));
  return {
    ...pack,
    articles,
    claims,
    outlets: pack.outlets.filter((o) => outletIds.has(o.id)),
    topics: pack.topics.filter((t) => topicIds.has(t.id)),
  };
}

/** Re-analyses every imported article, `batchSize` at a time. */
export async function reanalyseImported(
  api: ReanalyseApi,
  options: { batchSize?: number; signal?: AbortSignal; onProgress?: (p: BatchProgress) => void } = {},
): Promise<ReanalyseResult> {
  const ids = (await api.listArticles()).filter((a) => a.source === 'import').map((a) => a.id);
  const outcomes: ImportOutcome[] = [];
  let restored = 0;
  let done = 0;
  let cancelled = false;
  options.onProgress?.({ done, total: ids.length });
  for (const batch of chunk(ids, options.batchSize ?? 25)) {
    if (options.signal?.aborted) {
      cancelled = true;
      break;
    }
    if (api.reanalyse) {
      const r = await api.reanalyse(batch);
      outcomes.push(...r.outcomes);
      restored += r.kept;
      done += batch.length;
      options.onProgress?.({ done, total: ids.length });
      continue;
    }
    const pack = await api.exportPack(batch);
    const outletNames = new Map(pack.outlets.map((o) => [o.id, o.name]));
    const items = pack.articles.map((a) => articleToItem(a, outletNames.get(a.outletId) ?? a.outletId));
    const { deleted } = await api.deleteArticles(batch);
    let result: ImportOutcome[];
    try {
      result = await api.importItems(items);
    } catch (err) {
      // Nothing of this batch was written: put all of it back as it was.
      await api.restoreArticles(deleted);
      restored += deleted.articles.length;
      const reason = err instanceof Error ? err.message : String(err);
      outcomes.push(...items.map((i): ImportOutcome => ({ name: i.name, status: 'error', reason })));
      done += batch.length;
      options.onProgress?.({ done, total: ids.length });
      continue;
    }
    outcomes.push(...result);
    const failed = new Set<string>();
    result.forEach((o, i) => {
      if (o.status === 'error' && pack.articles[i]) failed.add(pack.articles[i].id);
    });
    if (failed.size) {
      await api.restoreArticles(subsetById(deleted, failed));
      restored += failed.size;
    }
    done += batch.length;
    options.onProgress?.({ done, total: ids.length });
  }
  return { ...summariseOutcomes(outcomes), restored, outcomes, cancelled };
}
