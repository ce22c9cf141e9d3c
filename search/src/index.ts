export {
  FACET_NAMES,
  type ContentType,
  type FacetDistribution,
  type FacetName,
  type ReplaceOptions,
  type Locale,
  type SearchDocument,
  type SearchEngine,
  type SearchFacets,
  type SearchFilters,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
  type SearchSort,
  type StoredDocument,
} from './SearchEngine'
export { storedForm } from './storedDocument'
export { EmbeddedEngine, type EmbeddedEngineOptions } from './EmbeddedEngine'
export {
  DEFAULT_MAX_PAYLOAD_BYTES,
  MAX_TOTAL_HITS,
  MAX_VALUES_PER_FACET,
  MEILISEARCH_SETTINGS,
  MeilisearchEngine,
  toMeilisearchKey,
  type MeilisearchEngineOptions,
} from './MeilisearchEngine'
export { createMeilisearchKeys, WRITE_ACTIONS, type MeilisearchKeys } from './meilisearchKeys'
export { contractLongForms, MAX_QUERY_WORDS, meilisearchQueryText, pageWindow } from './meilisearchQuery'
export { createEmbeddedEngine, createEngine } from './createEngine'
export { searchJson, ThreadedEngine, type ThreadedEngineOptions } from './ThreadedEngine'
export { withFallback } from './withFallback'
export { withWriteQueue, type QueuedEngine, type WriteQueueOptions } from './withWriteQueue'
export { parseSearchConfig, searchConfig, type SearchConfig } from './config'
export { escapeHtml, highlight, snippet, SNIPPET_WORDS } from './highlight'
export {
  analyzeQuery,
  exactForm,
  fold,
  hasMarks,
  isKeywordQuery,
  MAX_KEYWORD_CLAUSES,
  meilisearchSynonyms,
  MIN_WORD_SIZE_FOR_TYPOS,
  normalize,
  normalizeNumber,
  numberKey,
  numberQueryKeys,
  STOP_WORDS,
  SYNONYMS,
  tokenize,
  typoBudget,
  typoVariants,
  wordPairs,
  type QueryClause,
  type TypoVariant,
} from './vietnamese'
