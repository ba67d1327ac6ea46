/**
 * The claim engine's public API (pure TypeScript: runs in the service worker, extension pages and Node).
 * Article level: analyzeArticle. Corpus level: mineTopics, relate / relatePassage, buildPack / validatePack.
 */
export type * from './types';
export { analyzeArticle, EngineInputError, type ArticleInput, type AnalyzedArticle, type EngineInputErrorCode } from './analyze';
export {
  mineTopics,
  buildTopicMatcher,
  matchTopics,
  topicIdsIn,
  aliasKey,
  type MineTopicsOptions,
  type MinedTopics,
  type TopicMatcher,
  type TopicHit,
} from './topics';
export {
  relate,
  relatePassage,
  prepare,
  preparePassage,
  buildRelationStats,
  extractTerms,
  passageFeatures,
  CLAIM_THRESHOLDS,
  PASSAGE_THRESHOLDS,
  type RelatableText,
  type PreparedText,
  type PreparedPassage,
  type RelateOptions,
} from './relation';
export { buildPack, validatePack, mergePacks, PackError, type BuildPackOptions } from './pack';
export { parseArticlesFile, parseOutletsFile, formatFileError, type FileParseError, type ParsedArticlesFile } from './formats';
export { parseCsv, parseCsvTable, toCsv, CsvError } from './csv';
export { tokenize, stem, contentTerms, spotEntities, buildTermStats, type TermStats } from './text';
export { ENGINE_VERSION } from './version';
