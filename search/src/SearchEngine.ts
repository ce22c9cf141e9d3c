/** Kinds of published content that the search index holds. */
export type ContentType = 'legal-document' | 'procedure' | 'news' | 'question'

/** Locales the public site is published in; one index record per locale. */
export type Locale = 'vi' | 'en'

/** Facet values a record can be filtered by. */
export interface SearchFacets {
  field?: string
  documentType?: string
  issuer?: string
  status?: string
  /** A procedure may be carried out at several levels (`Cấp tỉnh`, `Cấp xã`); it counts under each. */
  level?: string | string[]
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
  /**
   * `false` for a legal document no longer in force (repealed in full, or suspended); absent for every other record.
   *
   * @remarks Engines rank such a record after those in force that match the query about as well (`rankMatches.ts`,
   * `MeilisearchEngine.ts`); it is still found.
   */
  inForce?: boolean
  /**
   * For a part of a larger record, an article (`Điều 5`) of a legal document: the id of the record it belongs to.
   *
   * @remarks A search gives one result per record and its parts, the one that matches best, so a long decree's
   * articles do not push other documents off the page; upserting a record drops its parts that are not in the same
   * batch, and removing it removes them, so they cannot outlive it or its older text.
   */
  parentId?: string
  /** For a part: the title of the record it belongs to, which results show above the part's own title. */
  parentTitle?: string
}

/**
 * A record as an engine gives it back ({@link SearchEngine.documents}): `body`, which only indexing reads, replaced by
 * a digest of it (`storedForm`, `storedDocument.ts`), so an index can be checked against the published content without
 * keeping every text in memory.
 */
export type StoredDocument = Omit<SearchDocument, 'body'> & {
  /** SHA-256 of `body` (Base64), absent when the record had none. */
  bodyDigest?: string
}

/** Facets a query can filter by and count: the content type and every key of {@link SearchFacets}. */
export const FACET_NAMES = ['type', 'field', 'documentType', 'issuer', 'year', 'status', 'level'] as const

/** One of {@link FACET_NAMES}. */
export type FacetName = (typeof FACET_NAMES)[number]

/**
 * Facet values a record must have: facets combine with AND, the values given for one facet with OR.
 *
 * @example { type: ['legal-document'], year: [2020, 2021] } — legal documents from 2020 or 2021
 */
export type SearchFilters = { type?: ContentType[]; year?: number[] } & {
  [K in Exclude<FacetName, 'type' | 'year'>]?: string[]
}

/** Number of matching records per value of each requested facet, as Meilisearch's `facetDistribution`. */
export type FacetDistribution = Partial<Record<FacetName, Record<string, number>>>

/** Result order: best match first, or by `date`, records without one last. */
export type SearchSort = 'relevance' | 'newest' | 'oldest'

/** What a caller asks for. */
export interface SearchQuery {
  /** What the user typed; a blank query lists every record that passes the filters, newest first. */
  q: string
  locale?: Locale
  /** Only records of this type; when `filters.type` is given too, a record must satisfy both. */
  type?: ContentType
  filters?: SearchFilters
  /** Facets to count over every record that matches the query and filters. */
  facets?: FacetName[]
  /** Default `relevance` (newest first for a blank query). */
  sort?: SearchSort
  /** Page size; default 10, at most 100. */
  limit?: number
  offset?: number
}

/**
 * One result, with highlighted fields in Meilisearch's `_formatted` shape (matches wrapped in `<mark>`, the rest
 * HTML-escaped); `_formatted.summary` is a snippet of the summary, at most `SNIPPET_WORDS` words around the first
 * match, with `…` where it was cut.
 */
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
  /** For a part of a larger record ({@link SearchDocument.parentId}): that record's id and title. */
  parentId?: string
  parentTitle?: string
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
  /** Counts for each facet the query asked for; values no matching record has are left out. */
  facetDistribution?: FacetDistribution
}

/** Options of {@link SearchEngine.replaceAll}. */
export interface ReplaceOptions {
  /** Called as the new index fills up, with the records written so far and the total. */
  onProgress?: (done: number, total: number) => void
}

/**
 * A full-text search engine over published content.
 *
 * @remarks Every engine passes the same shared test suite (`engines.test.ts`), so callers never branch on the engine.
 */
export interface SearchEngine {
  readonly name: 'embedded' | 'meilisearch'
  /** Adds or replaces records by id; a record's parts that are not in the same batch are removed. */
  upsert(docs: SearchDocument[]): Promise<void>
  /** Removes records by id, with their parts; unknown ids are ignored. */
  remove(ids: string[]): Promise<void>
  /**
   * Replaces the whole index with these records: builds a new index beside the live one and swaps it in at once, so
   * searches answer from the old records until the new ones are all in place.
   */
  replaceAll(docs: SearchDocument[], options?: ReplaceOptions): Promise<void>
  /** Returns one page of the records matching the query, best first, one per record and its parts. */
  search(query: SearchQuery): Promise<SearchResult>
  /** Number of records in the index. */
  count(): Promise<number>
  /**
   * Every record in the index, as it was written but with its body as a digest (for checking the index against the
   * published content: compare with `storedForm` of each published record, `storedDocument.ts`).
   */
  documents(): Promise<StoredDocument[]>
  /**
   * Takes up at once an index another process has rewritten (`npm run reindex`), where the engine holds a copy of it;
   * absent where the index lives in a server.
   */
  refresh?(): Promise<void>
}
