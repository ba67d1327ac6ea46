/** The stores of db.ts as version 11 left them (every store of versions 1–11), for tests that upgrade an old database. */
export const STORES_V11: Record<string, string> = {
  outlets: 'id, name, domain',
  articles: 'id, outletId, published, source, url, importedAt',
  claims: 'id, articleId, outletId, kind, date, *topics',
  topics: 'id, label, *aliases, weight',
  meta: 'key',
  journal: 'id, job',
  importJobs: 'id, updatedAt',
  terms: 'term',
  topicIndex: 'id',
  sources: 'id, &url, nextFetchAt',
  searchPostings: 'term',
  searchDocs: 'slot, articleId',
  searchDocTerms: 'slot',
  topicState: 'key',
  claimFeatures: 'id, v',
  searchPacked: 'key',
};
