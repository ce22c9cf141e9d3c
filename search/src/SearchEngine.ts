/** Kinds of published content that the search index holds. */
export type ContentType = 'legal-document' | 'procedure' | 'news'

/** Locales the public site is published in; one index record per locale. */
export type Locale = 'vi' | 'en'

/** Facet values a record can be filtered by. */
export interface SearchFacets {
  field?: string
  documentType?: string
  issuer?: string
  status?: string
  level?: string
  year?: number
}

/** One record in the index: a published document in one locale, flattened to text. */
export interface SearchDocument {
  /** Stable key: `${type}:${locale}:${cmsId}`, e.g. `legal-document:vi:12`. */
  id: string
  type: ContentType
  locale: Locale
  title: string
  /** Legal document number (`15/2020/QĐ-UBND`) or procedure code (`1.001108`). */
  number?: string
  summary?: string
  /** Plain text of the body. */
  body?: string
  /** Public path on the site, e.g. `/van-ban/15-2020-qd-ubnd`. */
  url: string
  /** ISO date (issue date, publish date). */
  date?: string
  facets?: SearchFacets
}

/** What a caller asks for. */
export interface SearchQuery {
  /** What the user typed; a blank query lists every record that passes the filters, newest first. */
  q: string
  locale?: Locale
  type?: ContentType
  /** Page size; default 10, at most 100. */
  limit?: number
  offset?: number
}

/** One result, with highlighted fields in Meilisearch's `_formatted` shape (matches wrapped in `<mark>`, the rest HTML-escaped). */
export interface SearchHit {
  id: string
  type: ContentType
  locale: Locale
  title: string
  url: string
  number?: string
  summary?: string
  date?: string
  facets?: SearchFacets
  _formatted: { title: string; summary?: string }
}

/** A page of results. */
export interface SearchResult {
  query: string
  hits: SearchHit[]
  /** Estimated number of matching records. */
  total: number
  limit: number
  offset: number
  /** Milliseconds the engine spent. */
  took: number
}

/**
 * A full-text search engine over published content.
 *
 * @remarks Every engine passes the same shared test suite (`engines.test.ts`), so callers never branch on the engine.
 */
export interface SearchEngine {
  readonly name: 'embedded' | 'meilisearch'
  /** Adds or replaces records by id. */
  upsert(docs: SearchDocument[]): Promise<void>
  /** Removes records by id; unknown ids are ignored. */
  remove(ids: string[]): Promise<void>
  /** Replaces the whole index with these records. */
  replaceAll(docs: SearchDocument[]): Promise<void>
  /** Returns one page of the records matching the query, best first. */
  search(query: SearchQuery): Promise<SearchResult>
  /** Number of records in the index. */
  count(): Promise<number>
}
