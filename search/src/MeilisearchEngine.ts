import {
  Meilisearch,
  MeilisearchApiError,
  type EnqueuedTaskPromise,
  type FacetDistribution as MeilisearchFacets,
  type Filter,
  type Hit,
  type Settings,
} from 'meilisearch'
import { filterConditions } from './facets'
import { escapeHtml, SNIPPET_MARKER, SNIPPET_WORDS } from './highlight'
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
  /** Admin or master key; server side only, never sent to browsers. */
  apiKey?: string
  /** Index the site searches; `replaceAll` builds `${indexUid}_next` beside it. */
  indexUid: string
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
// Private-use characters that cannot come from content, turned into <mark> after the rest is escaped.
const PRE_TAG = '\uE000'
const POST_TAG = '\uE001'
const RETRIEVED = ['id', 'type', 'locale', 'title', 'url', 'number', 'summary', 'date', 'facets', 'parentId', 'parentTitle']

/** The stored attribute behind each facet: `type` itself, the others inside `facets`. */
const facetAttribute = (name: FacetName): string => (name === 'type' ? 'type' : `facets.${name}`)
const FACET_OF_ATTRIBUTE = new Map(FACET_NAMES.map((name) => [facetAttribute(name), name]))

/**
 * The index settings {@link MeilisearchEngine.applySettings} sends.
 *
 * @remarks `rankingRules` are Meilisearch's built-in rules in their default order (1.36 and later; older servers
 * refuse `attributeRank` and `wordPosition`) with one custom rule, {@link IN_FORCE_RANK} descending, after
 * `attributeRank` and `sort`: among records that match as many query words, with as few typos, as close together and
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
  rankingRules: ['words', 'typo', 'proximity', 'attributeRank', 'sort', `${IN_FORCE_RANK}:desc`, 'wordPosition', 'exactness'],
  synonyms: meilisearchSynonyms(),
  typoTolerance: { minWordSizeForTypos: { ...MIN_WORD_SIZE_FOR_TYPOS }, disableOnNumbers: true },
}

/**
 * Encodes an id into Meilisearch's allowed primary key characters (`a-z A-Z 0-9 - _`).
 *
 * @remarks Ids look like `legal-document:vi:12` and `:` is not allowed; `_` followed by two hex digits escapes each
 * other byte, so distinct ids always get distinct keys.
 */
export function toMeilisearchKey(id: string): string {
  return Array.from(new TextEncoder().encode(id), (byte) => {
    const char = String.fromCharCode(byte)
    return /[A-Za-z0-9-]/.test(char) ? char : `_${byte.toString(16).padStart(2, '0')}`
  }).join('')
}

/** Quotes a value for a Meilisearch filter expression. */
const quote = (value: string): string => `"${value.replace(/["\\]/g, '\\$&')}"`

/** Writes a facet value into a filter expression: numbers bare, strings quoted. */
const filterValue = (value: string | number): string => (typeof value === 'number' ? String(value) : quote(value))

/** Builds a filter in Meilisearch's array form: the outer list is ANDed, each inner list ORed. */
function toFilter(query: SearchQuery): Filter {
  const filter: Filter = query.locale === undefined ? [] : [`locale = ${quote(query.locale)}`]
  for (const [name, values] of filterConditions(query)) {
    filter.push(values.map((value) => `${facetAttribute(name)} = ${filterValue(value)}`))
  }
  return filter
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
  readonly #indexUid: string
  #settingsApplied: Promise<void> | undefined

  constructor(options: MeilisearchEngineOptions) {
    this.#client = new Meilisearch({
      host: options.host,
      apiKey: options.apiKey,
      // A search must fail fast so the site can fall back; indexing tasks may take much longer.
      timeout: 10_000,
      defaultWaitOptions: { timeout: 120_000, interval: 50 },
    })
    this.#indexUid = options.indexUid
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

  async search(query: SearchQuery): Promise<SearchResult> {
    const limit = Math.min(MAX_LIMIT, Math.max(0, Math.floor(query.limit ?? DEFAULT_LIMIT)))
    const offset = Math.max(0, Math.floor(query.offset ?? 0))
    const q = query.q.trim()
    // A blank query lists records, not their parts.
    const filter = q === '' ? [...toFilter(query), 'parentId NOT EXISTS'] : toFilter(query)
    const requested = query.sort ?? 'relevance'
    // A blank query has no relevance to rank by: it lists newest first, as the embedded engine does.
    const sort = q === '' && requested === 'relevance' ? 'newest' : requested
    const response = await this.#client.index<MeilisearchRecord>(this.#indexUid).search(q, {
      limit,
      offset,
      ...(filter.length > 0 && { filter }),
      ...(sort !== 'relevance' && { sort: [sort === 'newest' ? 'date:desc' : 'date:asc'] }),
      ...(query.facets?.length && { facets: query.facets.map(facetAttribute) }),
      // The embedded engine's strategy: keywords drop trailing words, sentences rank on all words.
      matchingStrategy: isKeywordQuery(analyzeQuery(q)) ? 'last' : 'frequency',
      attributesToRetrieve: RETRIEVED,
      attributesToHighlight: ['title', 'summary'],
      // The summary as the embedded engine's `snippet()` gives it: words around the first match, `…` where cut.
      attributesToCrop: ['summary'],
      cropLength: SNIPPET_WORDS,
      cropMarker: SNIPPET_MARKER,
      highlightPreTag: PRE_TAG,
      highlightPostTag: POST_TAG,
    })
    const result: SearchResult = {
      query: query.q,
      hits: response.hits.map(toHit),
      total: response.estimatedTotalHits ?? response.hits.length,
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

  /** Adds records in batches, enqueued in order so a later duplicate id wins, then waits for all of them. */
  async #add(indexUid: string, docs: SearchDocument[], onProgress?: ReplaceOptions['onProgress']): Promise<void> {
    const index = this.#client.index<MeilisearchRecord>(indexUid)
    const tasks: EnqueuedTaskPromise[] = []
    for (let start = 0; start < docs.length; start += BATCH_SIZE) {
      const batch = docs
        .slice(start, start + BATCH_SIZE)
        .map((doc): MeilisearchRecord => ({ ...doc, key: toMeilisearchKey(doc.id), [IN_FORCE_RANK]: doc.inForce === false ? 0 : 1, [FAMILY]: doc.parentId ?? doc.id }))
      const task = index.addDocuments(batch, { primaryKey: PRIMARY_KEY })
      await task
      tasks.push(task)
    }
    for (const [i, task] of tasks.entries()) {
      await settle(task)
      onProgress?.(Math.min((i + 1) * BATCH_SIZE, docs.length), docs.length)
    }
  }
}
