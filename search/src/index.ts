export type {
  ContentType,
  Locale,
  SearchDocument,
  SearchEngine,
  SearchFacets,
  SearchHit,
  SearchQuery,
  SearchResult,
} from './SearchEngine'
export { EmbeddedEngine, type EmbeddedEngineOptions } from './EmbeddedEngine'
export {
  MEILISEARCH_SETTINGS,
  MeilisearchEngine,
  toMeilisearchKey,
  type MeilisearchEngineOptions,
} from './MeilisearchEngine'
export { createEngine } from './createEngine'
export { withFallback } from './withFallback'
export { parseSearchConfig, searchConfig, type SearchConfig } from './config'
export { escapeHtml, highlight } from './highlight'
export {
  analyzeQuery,
  fold,
  numberKey,
  meilisearchSynonyms,
  MIN_WORD_SIZE_FOR_TYPOS,
  normalize,
  normalizeNumber,
  SYNONYMS,
  tokenize,
  typoBudget,
  type QueryClause,
} from './vietnamese'
