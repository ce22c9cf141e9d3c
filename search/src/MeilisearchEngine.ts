import {
  Meilisearch,
  MeilisearchApiError,
  type EnqueuedTaskPromise,
  type FacetDistribution as MeilisearchFacets,
  type Filter,
  type Hit,
  type SearchParams,
  type Settings,
} from 'meilisearch'
import { createHash } from 'node:crypto'
import { escapeHtml, SNIPPET_MARKER, SNIPPET_WORDS } from './highlight'
import { FACET_OF_ATTRIBUTE, facetAttribute, meilisearchQueryText, pageWindow, quote, toFilter } from './meilisearchQuery'
import {
  FACET_NAMES,
  type FacetDistribution,
  type FacetName,
  type ReplaceOptions,
  type SearchDocument,
  type SearchEngine,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
  type StoredDocument,
} from './SearchEngine'
import { storedForm } from './storedDocument'
import { analyzeQuery, isKeywordQuery, meilisearchSynonyms, MIN_WORD_SIZE_FOR_TYPOS } from './vietnamese'

/** Options for {@link MeilisearchEngine}. */
export interface MeilisearchEngineOptions {
  /** Base URL of the server, e.g. `http://127.0.0.1:7700`. */
  host: string
  /**
   * Key for writing and reading the index back: documents, settings, indexes and tasks actions on `indexUid` and
   * `${indexUid}_next` (`createMeilisearchKeys`); never the master key.
   */
  apiKey?: string
  /** Key with only the `search` action on `indexUid`, used for searches; `apiKey` when not given. */
  searchKey?: string
  /** Index the site searches; `replaceAll` builds `${indexUid}_next` beside it. */
  indexUid: string
  /** Largest request body to send, in bytes: the server's `--http-payload-size-limit` (default 100 MB). */
  maxPayloadBytes?: number
}

/**
 * The attribute the ranking rule on validity reads: 0 on a legal document no longer in force
 * (`SearchDocument.inForce`), 1 on every other record.
 *
 * @remarks Written on every record, because Meilisearch leaves the order undefined where some documents lack the
 * attribute of a custom ranking rule (it accepts the rule all the same); a number, because such a rule takes only
 * numbers and strings.
 */
const IN_FORCE_RANK = 'inForceRank'
/** The attribute a record and its parts share (the record's id), Meilisearch's `distinctAttribute`. */
const FAMILY = 'family'

/** A record as stored in Meilisearch: the document plus its Meilisearch-safe primary key and {@link IN_FORCE_RANK}. */
type MeilisearchRecord = SearchDocument & { key: string; [IN_FORCE_RANK]: 0 | 1; [FAMILY]: string }

const PRIMARY_KEY = 'key'
const DEFAULT_LIMIT = 10
const MAX_LIMIT = 100
const BATCH_SIZE = 1000
/**
 * Meilisearch's default payload limit, "100 MB" (`--http-payload-size-limit`,
 * https://www.meilisearch.com/docs/resources/self_hosting/configuration/reference#payload-limit-size).
 */
export const DEFAULT_MAX_PAYLOAD_BYTES = 100 * 1024 * 1024
/**
 * Results a search can reach, `pagination.maxTotalHits`: the site's deepest page (offset 10,000, 100 a page).
 *
 * @remarks Meilisearch's default, 1,000, would leave pages past the thousandth result empty and cap the total at
 * 1,000; it also caps the exhaustive `totalHits` (`min(candidates, max_total_hits)` in the server's search), so a query
 * matching more says 10,100. "Higher limits will negatively impact search performance"
 * (https://www.meilisearch.com/docs/capabilities/full_text_search/how_to/paginate_search_results).
 */
export const MAX_TOTAL_HITS = 10_100
/**
 * Facet values a search counts per facet, `faceting.maxValuesPerFacet`; Meilisearch's default, 100, would drop the
 * issuers and fields after the hundredth in alphabetical order from the filters
 * (https://www.meilisearch.com/docs/capabilities/filtering_sorting_faceting/how_to/handle_large_facet_cardinality).
 */
export const MAX_VALUES_PER_FACET = 1000
/** Meilisearch's limit on a document id: "a string of at most 511 bytes" (see {@link toMeilisearchKey}). */
const MAX_KEY_BYTES = 511
// Private-use characters that cannot come from content, turned into <mark> after the rest is escaped.
const PRE_TAG = '\uE000'
const POST_TAG = '\uE001'
const RETRIEVED = ['id', 'type', 'locale', 'title', 'url', 'number', 'summary', 'date', 'facets', 'parentId', 'parentTitle']

/**
 * The index settings {@link MeilisearchEngine.applySettings} sends.
 *
 * @remarks `rankingRules` are Meilisearch's built-in rules (1.36 and later; older servers refuse `attributeRank` and
 * `wordPosition`) with `sort` first and one custom rule. `sort` first: Meilisearch applies the rules one after
 * another, each only ordering what the ones before left equal
 * (https://www.meilisearch.com/docs/learn/relevancy/ranking_rules), so in its default place after `attributeRank`
 * "newest" with a query only ordered records that matched equally well; first, it orders every match by date, as the
 * embedded engine does, and without a `sort` in the query it has no effect. {@link IN_FORCE_RANK} descending after
 * `attributeRank`: among records that match as many query words, with as few typos, as close together and
 * in as good a field, those in force come first; where the words lie in the field and how exactly they match only
 * order records of the same validity. Meilisearch sorts by one rule after another, so this is the nearest it comes to
 * the embedded engine's rule (a score a fifth lower for a record no longer in force, `rankMatches.ts`): there a record
 * no longer in force that matches a quarter better still comes first, here one that is better on any of those four
 * rules does, and one better only by word position or exactness does not.
 */
export const MEILISEARCH_SETTINGS: Settings = {
  searchableAttributes: ['title', 'number', 'summary', 'body'],
  filterableAttributes: ['locale', 'parentId', ...FACET_NAMES.map(facetAttribute)],
  // One result per record and its parts (`SearchDocument.parentId`), as the embedded engine's `bestOfFamilies`.
  distinctAttribute: FAMILY,
  sortableAttributes: ['date'],
  rankingRules: ['sort', 'words', 'typo', 'proximity', 'attributeRank', `${IN_FORCE_RANK}:desc`, 'wordPosition', 'exactness'],
  synonyms: meilisearchSynonyms(),
  typoTolerance: { minWordSizeForTypos: { ...MIN_WORD_SIZE_FOR_TYPOS }, disableOnNumbers: true },
  pagination: { maxTotalHits: MAX_TOTAL_HITS },
  faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET, sortFacetValuesBy: { '*': 'alpha' } },
}

/**
 * Encodes an id into a Meilisearch document id: only `a-z A-Z 0-9 - _`
 * (https://www.meilisearch.com/docs/learn/getting_started/primary_key#formatting-the-document-id), and "not more than
 * 511 bytes" (the server's `invalid_document_id` message, milli's `UserError::InvalidDocumentId`).
 *
 * @remarks Ids look like `legal-document:vi:12` and `:` is not allowed; `_` followed by two hex digits escapes each
 * other byte, so distinct ids always get distinct keys. A key that would be longer than 511 bytes keeps its first 440
 * characters and ends in `_h` and the SHA-256 of the id: `_h` never occurs in an escaped key (`_` is always followed
 * by hex digits there), so it cannot equal a short key.
 */
export function toMeilisearchKey(id: string): string {
  const key = Array.from(new TextEncoder().encode(id), (byte) => {
    const char = String.fromCharCode(byte)
    return /[A-Za-z0-9-]/.test(char) ? char : `_${byte.toString(16).padStart(2, '0')}`
  }).join('')
  if (key.length <= MAX_KEY_BYTES) return key
  return `${key.slice(0, 440)}_h${createHash('sha256').update(id).digest('hex')}`
}

/** Maps Meilisearch's facet counts back to facet names, with an entry (maybe empty) for each facet asked for. */
function toFacetDistribution(names: readonly FacetName[], counts: MeilisearchFacets = {}): FacetDistribution {
  const distribution: FacetDistribution = Object.fromEntries(names.map((name) => [name, {}]))
  for (const [attribute, values] of Object.entries(counts)) {
    const name = FACET_OF_ATTRIBUTE.get(attribute)
    if (name && names.includes(name)) distribution[name] = values
  }
  return distribution
}

/** Escapes Meilisearch's highlighted text and turns the sentinel tags into `<mark>`. */
const toMarkedHtml = (text: string): string =>
  escapeHtml(text).replaceAll(PRE_TAG, '<mark>').replaceAll(POST_TAG, '</mark>')

/** Waits for a task and throws unless it succeeded or failed with the one error code that is expected. */
async function settle(task: EnqueuedTaskPromise, tolerated?: string): Promise<void> {
  const done = await task.waitTask()
  if (done.status === 'succeeded' || (tolerated !== undefined && done.error?.code === tolerated)) return
  const reason = done.error ? `${done.error.code}: ${done.error.message}` : done.status
  throw new Error(`Meilisearch task ${done.uid} (${done.type} on ${done.indexUid ?? 'no index'}) failed: ${reason}`)
}

function toHit(hit: Hit<MeilisearchRecord>): SearchHit {
  const { id, type, locale, title, url, number, summary, date, facets, parentId, parentTitle } = hit
  const formatted = hit._formatted ?? {}
  const _formatted: SearchHit['_formatted'] = { title: toMarkedHtml(formatted.title ?? title) }
  const result: SearchHit = { id, type, locale, title, url, _formatted }
  if (number != null) result.number = number
  if (summary != null) {
    result.summary = summary
    result._formatted.summary = toMarkedHtml(formatted.summary ?? summary)
  }
  if (date != null) result.date = date
  if (facets != null) result.facets = facets
  if (parentId != null) result.parentId = parentId
  if (parentTitle != null) result.parentTitle = parentTitle
  return result
}

/** A filter matching the parts of the given records. */
const partsFilter = (ids: readonly string[]): Filter => [ids.map((id) => `parentId = ${quote(id)}`)]

/**
 * Search engine backed by a Meilisearch server through the official client.
 *
 * @remarks The first write of each instance applies the index settings, so a fresh server filters correctly without
 * a separate setup step. Highlights use private sentinel tags rather than `<mark>` because Meilisearch does not
 * escape HTML: the engine escapes the text itself, then inserts the only tags it trusts.
 */
export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch'
  readonly #client: Meilisearch
  readonly #searchClient: Meilisearch
  readonly #indexUid: string
  readonly #maxPayloadBytes: number
  #settingsApplied: Promise<void> | undefined

  constructor(options: MeilisearchEngineOptions) {
    const client = (apiKey: string | undefined) =>
      new Meilisearch({
        host: options.host,
        apiKey,
        // A search must fail fast so the site can fall back; indexing tasks may take much longer.
        timeout: 10_000,
        defaultWaitOptions: { timeout: 120_000, interval: 50 },
      })
    this.#client = client(options.apiKey)
    this.#searchClient = options.searchKey === undefined ? this.#client : client(options.searchKey)
    this.#indexUid = options.indexUid
    this.#maxPayloadBytes = options.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD_BYTES
  }

  /** Sends the searchable, filterable and sortable attributes, ranking rules, synonyms and typo tolerance, and waits for them. */
  async applySettings(indexUid = this.#indexUid): Promise<void> {
    await settle(this.#client.index(indexUid).updateSettings(MEILISEARCH_SETTINGS))
  }

  async upsert(docs: SearchDocument[]): Promise<void> {
    if (docs.length === 0) return
    await this.#ensureSettings()
    // A record's parts are replaced with it: the old ones go first (the batch brings the current ones).
    const parents = docs.flatMap((doc) => (doc.parentId === undefined ? [doc.id] : []))
    if (parents.length > 0) await settle(this.#client.index(this.#indexUid).deleteDocuments({ filter: partsFilter(parents) }))
    await this.#add(this.#indexUid, docs)
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length === 0) return
    await this.#ensureSettings()
    await settle(this.#client.index(this.#indexUid).deleteDocuments(ids.map(toMeilisearchKey)))
    await settle(this.#client.index(this.#indexUid).deleteDocuments({ filter: partsFilter(ids) }))
  }

  /**
   * Builds the records into `${indexUid}_next`, swaps it with the live index, then deletes the old one.
   *
   * @remarks The live index keeps answering searches until the atomic swap.
   */
  async replaceAll(docs: SearchDocument[], options: ReplaceOptions = {}): Promise<void> {
    const next = `${this.#indexUid}_next`
    await settle(this.#client.deleteIndex(next), 'index_not_found')
    await settle(this.#client.createIndex(next, { primaryKey: PRIMARY_KEY }))
    await this.applySettings(next)
    await this.#add(next, docs, options.onProgress)
    await settle(this.#client.createIndex(this.#indexUid, { primaryKey: PRIMARY_KEY }), 'index_already_exists')
    await settle(this.#client.swapIndexes([{ indexes: [this.#indexUid, next], rename: false }]))
    await settle(this.#client.deleteIndex(next))
    this.#settingsApplied = Promise.resolve()
  }

  /**
   * Searches: keywords must all match, and only when no record has them all are trailing words dropped (`last`), as in
   * the embedded engine; a sentence ranks on all its words (`frequency`).
   *
   * @remarks Meilisearch's `last` strategy would also return, after the records with every word, those with only the
   * first ones (https://www.meilisearch.com/docs/reference/api/search#matching-strategy): with `sort` first in the
   * ranking rules they would be mixed in by date. Asking `all` first keeps them out; a second request is made only
   * when nothing matches every word. Pages are asked by `page`/`hitsPerPage` ({@link pageWindow}), so the total is
   * counted, not estimated.
   */
  async search(query: SearchQuery): Promise<SearchResult> {
    const limit = Math.min(MAX_LIMIT, Math.max(0, Math.floor(query.limit ?? DEFAULT_LIMIT)))
    const offset = Math.max(0, Math.floor(query.offset ?? 0))
    const q = meilisearchQueryText(query.q)
    // A blank query lists records, not their parts.
    const filter: Filter = q === '' ? [...toFilter(query), 'parentId NOT EXISTS'] : toFilter(query)
    const requested = query.sort ?? 'relevance'
    // A blank query has no relevance to rank by: it lists newest first, as the embedded engine does.
    const sort = q === '' && requested === 'relevance' ? 'newest' : requested
    const { page, hitsPerPage, skip } = pageWindow(offset, limit)
    const keywords = isKeywordQuery(analyzeQuery(q))
    const params = {
      page,
      hitsPerPage,
      ...(filter.length > 0 && { filter }),
      ...(sort !== 'relevance' && { sort: [sort === 'newest' ? 'date:desc' : 'date:asc'] }),
      ...(query.facets?.length && { facets: query.facets.map(facetAttribute) }),
      matchingStrategy: keywords ? 'all' : 'frequency',
      attributesToRetrieve: RETRIEVED,
      attributesToHighlight: ['title', 'summary'],
      // The summary as the embedded engine's `snippet()` gives it: words around the first match, `…` where cut.
      attributesToCrop: ['summary'],
      cropLength: SNIPPET_WORDS,
      cropMarker: SNIPPET_MARKER,
      highlightPreTag: PRE_TAG,
      highlightPostTag: POST_TAG,
    } satisfies SearchParams
    const index = this.#searchClient.index<MeilisearchRecord>(this.#indexUid)
    let response = await index.search(q, params)
    if (response.totalHits === 0 && keywords && analyzeQuery(q).length > 1) {
      response = await index.search(q, { ...params, matchingStrategy: 'last' })
    }
    const result: SearchResult = {
      query: query.q,
      hits: response.hits.slice(skip, skip + limit).map(toHit),
      total: response.totalHits,
      limit,
      offset,
      took: response.processingTimeMs,
    }
    if (query.facets?.length) result.facetDistribution = toFacetDistribution(query.facets, response.facetDistribution)
    return result
  }

  async count(): Promise<number> {
    try {
      return (await this.#client.index(this.#indexUid).getStats()).numberOfDocuments
    } catch (error) {
      if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') return 0
      throw error
    }
  }

  async documents(): Promise<StoredDocument[]> {
    const index = this.#client.index<MeilisearchRecord>(this.#indexUid)
    const docs: StoredDocument[] = []
    try {
      for (let offset = 0; ; offset += BATCH_SIZE) {
        const page = await index.getDocuments({ offset, limit: BATCH_SIZE })
        docs.push(...page.results.map(({ key: _key, [IN_FORCE_RANK]: _rank, [FAMILY]: _family, ...doc }) => storedForm(doc)))
        if (docs.length >= page.total || page.results.length === 0) return docs
      }
    } catch (error) {
      if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') return []
      throw error
    }
  }

  /** Applies the settings once per instance; a failure is retried on the next write. */
  #ensureSettings(): Promise<void> {
    this.#settingsApplied ??= this.applySettings().catch((error: unknown) => {
      this.#settingsApplied = undefined
      throw error
    })
    return this.#settingsApplied
  }

  /**
   * Adds records in batches, enqueued in order so a later duplicate id wins, then waits for all of them.
   *
   * @remarks A batch holds at most {@link BATCH_SIZE} records and at most `maxPayloadBytes` of JSON: the server refuses
   * a larger body (`payload_too_large`), and a count alone says nothing of size when a record carries a whole decree.
   */
  async #add(indexUid: string, docs: SearchDocument[], onProgress?: ReplaceOptions['onProgress']): Promise<void> {
    const index = this.#client.index<MeilisearchRecord>(indexUid)
    const tasks: { task: EnqueuedTaskPromise; done: number }[] = []
    for (const { records, done } of this.#batches(docs)) {
      const task = index.addDocuments(records, { primaryKey: PRIMARY_KEY })
      await task
      tasks.push({ task, done })
    }
    for (const { task, done } of tasks) {
      await settle(task)
      onProgress?.(done, docs.length)
    }
  }

  /** Cuts records into batches by count and by the bytes of their JSON array; throws on a record too large alone. */
  *#batches(docs: SearchDocument[]): Generator<{ records: MeilisearchRecord[]; done: number }> {
    let records: MeilisearchRecord[] = []
    let bytes = 2
    for (const [i, doc] of docs.entries()) {
      const record: MeilisearchRecord = { ...doc, key: toMeilisearchKey(doc.id), [IN_FORCE_RANK]: doc.inForce === false ? 0 : 1, [FAMILY]: doc.parentId ?? doc.id }
      const size = Buffer.byteLength(JSON.stringify(record)) + 1
      if (size + 2 > this.#maxPayloadBytes) {
        throw new Error(`Record ${doc.id} is ${size} bytes of JSON, more than Meilisearch accepts in one request (${this.#maxPayloadBytes} bytes, --http-payload-size-limit)`)
      }
      if (records.length === BATCH_SIZE || bytes + size > this.#maxPayloadBytes) {
        yield { records, done: i }
        records = []
        bytes = 2
      }
      records.push(record)
      bytes += size
    }
    if (records.length > 0) yield { records, done: docs.length }
  }
}
